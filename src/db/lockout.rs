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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Value;

    /// A lock is in force while `locked_until` is ahead, in whatever form an
    /// application wrote it; one no form reads counts as locked until cleared.
    #[test]
    fn a_lock_is_read_in_every_form_and_ends_by_itself() {
        let conn = crate::db::open_in_memory().unwrap();
        let id = crate::db::users::insert_for_test(&conn, "bob", "user", None);
        let now = clock::unix_now();
        let set = |v: Value| {
            conn.execute(
                "UPDATE users SET failed_logins = 3, locked_until = ?2 WHERE id = ?1",
                params![id, v],
            )
            .unwrap();
        };
        for (value, locked) in [
            (Value::Integer(now + 600), true),
            (Value::Integer((now + 600) * 1000), true),
            (
                Value::Text(clock::format_unix(now + 600).replace('T', " ")),
                true,
            ),
            (Value::Text("2020-01-01 00:00:00".into()), false),
            (Value::Integer(now - 1), false),
            (Value::Text("soon".into()), true),
            (Value::Null, false),
        ] {
            set(value.clone());
            let state = state(&conn, id).unwrap();
            assert_eq!(state.locked_until.is_some(), locked, "{value:?}");
            assert_eq!(count_locked(&conn).unwrap(), i64::from(locked), "{value:?}");
        }
        // A passed lock: the next failure starts the count again.
        set(Value::Integer(now - 1));
        let after = record_failure(&conn, id, 2, &clock::from_now(60)).unwrap();
        assert_eq!((after.failed_logins, after.locked_until), (1, None));
        let locked = record_failure(&conn, id, 2, &clock::from_now(60)).unwrap();
        assert_eq!(locked.failed_logins, 2);
        assert!(locked.locked_until.is_some());
        assert_eq!(clear(&conn, id).unwrap(), Some(locked));
        assert_eq!(clear(&conn, id).unwrap(), None);
        assert!(!record_success(&conn, id).unwrap());
    }
}
