//! SQL for second factors: who the 2FA policy applies to (`second_factor_required`),
//! who is past the grace period without a second factor, and recovery codes.
//!
//! A second factor is a non-NULL `users.totp_secret`. The policy (setting
//! `2fa.required`) is read by [`crate::settings::two_factor_policy`]; the accounts it
//! applies to are computed here, in [`applies_sql`] only, and stored with the
//! instant the policy started to apply to each by [`sync`], which every userctl write
//! runs before the last-admin guard counts.

use anyhow::Result;

use super::{instant, params_from_iter, Conn, Dialect, Value};
use crate::clock;
use crate::settings::TwoFactorPolicy;

/// The setting holding the grace period, in days.
pub const GRACE_DAYS_KEY: &str = "2fa.grace_days";

/// SQL: the grace period in seconds, as the setting stores it (read in SQL, the way
/// the application reads it).
fn grace_secs_sql() -> String {
    format!(
        "(coalesce((SELECT CAST(value AS BIGINT) FROM settings WHERE key = '{GRACE_DAYS_KEY}'), 0) \
         * 86400)"
    )
}

/// SQL: whether the account whose columns are prefixed by `row` (`users.`, `u.`) is
/// past its grace period without a second factor: the policy applies to it, its
/// `totp_secret` is NULL, and `since` + `2fa.grace_days` has passed (a `since` no
/// form of timestamp reads counts as passed). Such an account may not log in.
pub fn overdue_sql(d: Dialect, row: &str) -> String {
    format!(
        "({row}totp_secret IS NULL AND EXISTS (SELECT 1 FROM second_factor_required sfr \
         WHERE sfr.user_id = {row}id AND coalesce({since} + {grace} <= {now}, TRUE)))",
        since = instant::sql_instant(d, "sfr.since"),
        grace = grace_secs_sql(),
        now = instant::sql_now(d)
    )
}

/// SQL: whether the policy applies to the account (prefix `row`) and it has no second
/// factor, within its grace period or past it.
pub fn missing_sql(row: &str) -> String {
    format!(
        "({row}totp_secret IS NULL AND EXISTS (SELECT 1 FROM second_factor_required sfr \
         WHERE sfr.user_id = {row}id))"
    )
}

/// The one definition of whom the policy applies to: a query of account ids, with its
/// arguments (numbered from `?1`). Only person accounts (service accounts do not log
/// in with a password); `admins` are the accounts whose effective permissions hold
/// `users.manage` (the `effective_permissions` view), whatever their status.
pub fn applies_sql(d: Dialect, policy: &TwoFactorPolicy) -> (String, Vec<Value>) {
    let list = |names: &[String]| {
        let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
        let args = names.iter().map(|n| Value::Text(n.clone())).collect();
        (marks.join(", "), args)
    };
    match policy {
        TwoFactorPolicy::None => ("SELECT id FROM users WHERE 1 = 0".into(), Vec::new()),
        TwoFactorPolicy::All => (
            "SELECT id FROM users WHERE kind = 'person'".into(),
            Vec::new(),
        ),
        TwoFactorPolicy::Admins => (
            format!(
                "SELECT id FROM users WHERE kind = 'person' AND id IN \
                 (SELECT user_id FROM effective_permissions WHERE permission = '{}')",
                crate::authz::perm::USERS_MANAGE
            ),
            Vec::new(),
        ),
        TwoFactorPolicy::Roles(roles) => {
            let (marks, args) = list(roles);
            (
                format!(
                    "SELECT id FROM users WHERE kind = 'person' AND {}",
                    super::ends::role_matches_sql(d, "", &format!("IN ({marks})"))
                ),
                args,
            )
        }
        TwoFactorPolicy::Groups(groups) => {
            let (marks, args) = list(groups);
            (
                format!(
                    "SELECT id FROM users WHERE kind = 'person' AND id IN \
                     (SELECT m.user_id FROM group_members m JOIN groups g ON g.id = m.group_id \
                      WHERE g.name IN ({marks}) AND {})",
                    super::ends::live_sql(d, "m.ends_at")
                ),
                args,
            )
        }
    }
}

/// Brings `second_factor_required` in line with `policy`: accounts it no longer
/// applies to leave the table; accounts it has come to apply to enter it with `since`
/// now, so their grace period starts now. Accounts already in keep their `since`.
/// Returns how many accounts entered.
pub fn sync(conn: &Conn, policy: &TwoFactorPolicy) -> Result<usize> {
    if *policy == TwoFactorPolicy::None {
        conn.execute("DELETE FROM second_factor_required", ())?;
        return Ok(0);
    }
    let (applies, mut args) = applies_sql(conn.dialect(), policy);
    conn.execute(
        &format!("DELETE FROM second_factor_required WHERE user_id NOT IN ({applies})"),
        params_from_iter(args.iter()),
    )?;
    args.push(Value::Text(clock::now()));
    let now = format!("?{}", args.len());
    let since = match conn.dialect() {
        Dialect::Sqlite => now,
        Dialect::Postgres => format!("CAST({now} AS timestamptz)"),
    };
    conn.execute(
        &format!(
            "INSERT INTO second_factor_required (user_id, since) \
             SELECT a.id, {since} FROM ({applies}) a \
             WHERE NOT EXISTS (SELECT 1 FROM second_factor_required s WHERE s.user_id = a.id)"
        ),
        params_from_iter(args.iter()),
    )
}

/// When the policy started to apply to the account, if it applies (as stored).
pub fn required_since(conn: &Conn, user_id: i64) -> Result<Option<String>> {
    use super::OptionalExtension;
    let d = conn.dialect();
    conn.query_row(
        &format!(
            "SELECT coalesce({}, CAST(since AS TEXT)) FROM second_factor_required WHERE user_id = ?1",
            instant::sql_timestamp(d, &instant::sql_instant(d, "since"))
        ),
        [user_id],
        |r| r.get(0),
    )
    .optional()
}

/// Whether an account is past its grace period without a second factor.
pub fn is_overdue(conn: &Conn, user_id: i64) -> Result<bool> {
    let d = conn.dialect();
    conn.query_row(
        &format!(
            "SELECT {} FROM users u WHERE u.id = ?1",
            overdue_sql(d, "u.")
        ),
        [user_id],
        |r| r.get(0),
    )
}

/// Starts an account's grace period again, if the policy applies to it (`user
/// reset-2fa`: the account sets up a second factor again at its next login). Returns
/// whether it did.
pub fn restart_grace(conn: &Conn, user_id: i64) -> Result<bool> {
    Ok(conn.execute(
        "UPDATE second_factor_required SET since = ?2 WHERE user_id = ?1",
        crate::params![user_id, clock::now()],
    )? > 0)
}

/// How many accounts the policy applies to have no second factor: (all of them,
/// those past their grace period).
pub fn count_noncompliant(conn: &Conn) -> Result<(i64, i64)> {
    let d = conn.dialect();
    conn.query_row(
        &format!(
            "SELECT count(*), coalesce(sum(CASE WHEN {} THEN 1 ELSE 0 END), 0) FROM users u \
             WHERE {}",
            overdue_sql(d, "u."),
            missing_sql("u.")
        ),
        (),
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

// ---------------------------------------------------------------------------
// Recovery codes
// ---------------------------------------------------------------------------

/// Replaces an account's recovery codes by `hashes` (hex SHA-256 each); returns how
/// many it had.
pub fn replace_codes(conn: &Conn, user_id: i64, hashes: &[String]) -> Result<usize> {
    let before = delete_codes(conn, user_id)?;
    let now = clock::now();
    let mut insert = conn.prepare_cached(
        "INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (?1, ?2, ?3)",
    )?;
    for hash in hashes {
        insert.execute(crate::params![user_id, hash, &now])?;
    }
    Ok(before)
}

/// Deletes an account's recovery codes; returns how many there were.
pub fn delete_codes(conn: &Conn, user_id: i64) -> Result<usize> {
    conn.execute("DELETE FROM recovery_codes WHERE user_id = ?1", [user_id])
}

/// How many unused recovery codes an account has.
pub fn unused_codes(conn: &Conn, user_id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM recovery_codes WHERE user_id = ?1 AND used_at IS NULL",
        [user_id],
        |r| r.get(0),
    )
}
