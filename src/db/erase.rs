//! SQL of leaving: scrubbing an erased account's row and everything that hangs off it,
//! and reading what an export of an account's data holds.

use anyhow::Result;

use super::owned::select_objects;
use super::Conn;
use crate::params;

/// Scrubs the account row: username `erased-<id>`, inactive, no email, name,
/// password, second factor or import source.
pub fn scrub_account(conn: &Conn, id: i64, username: &str, now: &str) -> Result<()> {
    conn.execute(
        "UPDATE users SET username = ?2, email = NULL, display_name = '', password_hash = NULL, \
         totp_secret = NULL, status = 'inactive', status_reason = 'erased', \
         must_change_password = FALSE, managed_by = NULL, updated_at = ?3 WHERE id = ?1",
        params![id, username, now],
    )?;
    Ok(())
}

/// What [`delete_attached`] removed, by kind.
pub type Removed = Vec<(&'static str, usize)>;

/// Deletes what hangs off an account besides the application's tables: sessions, API
/// keys, invitations, attributes, group memberships, permission overrides, resource
/// grants and modes, recovery codes, reset links and its place under the 2FA policy.
/// Returns how many rows of each went.
pub fn delete_attached(conn: &Conn, id: i64) -> Result<Removed> {
    let mut out = Vec::new();
    for (what, sql) in [
        ("sessions", "DELETE FROM sessions WHERE user_id = ?1"),
        ("api_keys", "DELETE FROM api_keys WHERE user_id = ?1"),
        ("invitations", "DELETE FROM invitations WHERE user_id = ?1"),
        (
            "attributes",
            "DELETE FROM user_attributes WHERE user_id = ?1",
        ),
        ("groups", "DELETE FROM group_members WHERE user_id = ?1"),
        (
            "permission_overrides",
            "DELETE FROM user_permissions WHERE user_id = ?1",
        ),
        (
            "resource_grants",
            "DELETE FROM resource_grants WHERE user_id = ?1",
        ),
        (
            "resource_modes",
            "DELETE FROM resource_modes WHERE user_id = ?1",
        ),
        (
            "recovery_codes",
            "DELETE FROM recovery_codes WHERE user_id = ?1",
        ),
        (
            "reset_links",
            "DELETE FROM password_resets WHERE user_id = ?1",
        ),
        (
            "second_factor_required",
            "DELETE FROM second_factor_required WHERE user_id = ?1",
        ),
    ] {
        out.push((what, conn.execute(sql, [id])?));
    }
    Ok(out)
}

/// The account's row as stored, every column (the application's too) but the password
/// hash and the second factor's secret, which are said to exist or not.
pub fn account_row(conn: &Conn, id: i64) -> Result<serde_json::Map<String, serde_json::Value>> {
    let mut rows = select_objects(conn, "users", "id = ?1", id)?;
    let mut row = rows.pop().unwrap_or_default();
    for (secret, flag) in [
        ("password_hash", "has_password"),
        ("totp_secret", "two_factor"),
    ] {
        let present = row.remove(secret).is_some_and(|v| !v.is_null());
        row.insert(flag.into(), present.into());
    }
    Ok(row)
}

/// Rows as JSON objects by column name.
pub type Objects = Vec<serde_json::Map<String, serde_json::Value>>;

/// The account's resource grants and modes, as stored.
pub fn resource_access(conn: &Conn, id: i64) -> Result<(Objects, Objects)> {
    Ok((
        select_objects(
            conn,
            "resource_grants",
            "user_id = ?1 ORDER BY resource_type, resource_id",
            id,
        )?,
        select_objects(
            conn,
            "resource_modes",
            "user_id = ?1 ORDER BY resource_type",
            id,
        )?,
    ))
}
