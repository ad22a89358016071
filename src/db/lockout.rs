//! SQL for the failed-login lockout: `users.failed_logins` and `users.locked_until`.
//!
//! An account is locked while `locked_until` lies in the future, compared as instants.
//! A `locked_until` no form of timestamp reads counts as locked (like an unreadable
//! `expires_at` counts as expired): `user unlock` clears it.

use anyhow::Result;

use super::{instant, Conn, Dialect};
use crate::{clock, params};

/// An account's lockout state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// Wrong passwords since the last successful login or unlock.
    pub failed_logins: i64,
    /// When the lock ends, as `YYYY-MM-DDTHH:MM:SSZ` (as stored when no form reads it);
    /// `None`: not locked (also when an earlier lock has passed).
    pub locked_until: Option<String>,
}

/// SQL: whether the row (read as `users`) is locked now.
pub fn locked_sql(d: Dialect) -> String {
    format!(
        "(locked_until IS NOT NULL AND coalesce({} > {}, TRUE))",
        instant::sql_instant(d, "locked_until"),
        instant::sql_now(d)
    )
}

/// SQL: the row's `locked_until` while it is locked, as userctl writes timestamps
/// (as stored when no form reads it); NULL when not locked.
pub fn locked_until_sql(d: Dialect) -> String {
    format!(
        "CASE WHEN {} THEN coalesce({}, CAST(locked_until AS TEXT)) END",
        locked_sql(d),
        instant::sql_timestamp(d, &instant::sql_instant(d, "locked_until"))
    )
}

/// The lockout state of an account.
pub fn state(conn: &Conn, id: i64) -> Result<State> {
    let d = conn.dialect();
    conn.prepare_cached(&format!(
        "SELECT coalesce(failed_logins, 0), {} FROM users WHERE id = ?1",
        locked_until_sql(d)
    ))?
    .query_row([id], |r| {
        Ok(State {
            failed_logins: r.get(0)?,
            locked_until: r.get(1)?,
        })
    })
}

/// Counts a wrong password for an account that is not locked; at `max_failures` in a
/// row it is locked until `lock_until` (a timestamp). After an earlier lock has passed
/// the count starts again. Returns the new state.
pub fn record_failure(conn: &Conn, id: i64, max_failures: i64, lock_until: &str) -> Result<State> {
    // A `locked_until` still set here belongs to a lock that has passed.
    conn.execute(
        "UPDATE users SET failed_logins = CASE WHEN locked_until IS NULL \
         THEN coalesce(failed_logins, 0) + 1 ELSE 1 END, locked_until = NULL WHERE id = ?1",
        [id],
    )?;
    conn.execute(
        "UPDATE users SET locked_until = ?2 WHERE id = ?1 AND failed_logins >= ?3",
        params![id, lock_until, max_failures],
    )?;
    state(conn, id)
}

/// After a successful login: the count back to 0, a passed lock forgotten. Writes
/// only when there is something to clear; returns whether it wrote.
pub fn record_success(conn: &Conn, id: i64) -> Result<bool> {
    let n = conn.execute(
        "UPDATE users SET failed_logins = 0, locked_until = NULL \
         WHERE id = ?1 AND (failed_logins <> 0 OR locked_until IS NOT NULL)",
        [id],
    )?;
    Ok(n > 0)
}

/// Clears a lock and the count of failures (`user unlock`, `recover`, an admin's
/// password change, `user activate`); returns the state before, `None` when there
/// was nothing to clear (no lock and no failure counted; a passed lock is cleared
/// without counting as one).
pub fn clear(conn: &Conn, id: i64) -> Result<Option<State>> {
    let before = state(conn, id)?;
    let n = conn.execute(
        "UPDATE users SET failed_logins = 0, locked_until = NULL, updated_at = ?2 \
         WHERE id = ?1 AND (failed_logins <> 0 OR locked_until IS NOT NULL)",
        params![id, clock::now()],
    )?;
    Ok((n > 0 && (before.failed_logins > 0 || before.locked_until.is_some())).then_some(before))
}

/// How many accounts are locked now (served by the partial index on `locked_until`).
pub fn count_locked(conn: &Conn) -> Result<i64> {
    let d = conn.dialect();
    conn.query_row(
        &format!("SELECT count(*) FROM users WHERE {}", locked_sql(d)),
        (),
        |r| r.get(0),
    )
}
