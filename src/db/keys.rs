//! SQL for `api_keys`. Only a key's SHA-256 and its 16-character prefix are stored.

use super::{Conn, OptionalExtension, Row};
use crate::params;
use anyhow::Result;
use serde::Serialize;

/// One API key, without its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiKey {
    pub id: i64,
    pub user_id: i64,
    pub username: String,
    pub prefix: String,
    pub label: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
    pub expires_at: Option<String>,
    pub suspended_at: Option<String>,
    /// `active`, `suspended`, `expired` or `revoked` (the first that applies from the end).
    pub state: String,
}

/// The columns [`from_row`] reads, with the owner's username and the key's state
/// (expiry compared as an instant, whatever form it was written in).
fn columns() -> String {
    let expires = super::instant::sql_instant("k.expires_at");
    format!(
        "k.id, k.user_id, u.username, k.prefix, k.label, k.created_at, k.last_used_at, \
         k.revoked_at, k.expires_at, k.suspended_at, \
         CASE WHEN k.revoked_at IS NOT NULL THEN 'revoked' \
         WHEN {expires} <= unixepoch('now') THEN 'expired' \
         WHEN k.suspended_at IS NOT NULL THEN 'suspended' ELSE 'active' END"
    )
}

fn from_row(r: &Row<'_>) -> Result<ApiKey> {
    Ok(ApiKey {
        id: r.get(0)?,
        user_id: r.get(1)?,
        username: r.get(2)?,
        prefix: r.get(3)?,
        label: r.get(4)?,
        created_at: r.get(5)?,
        last_used_at: r.get(6)?,
        revoked_at: r.get(7)?,
        expires_at: r.get(8)?,
        suspended_at: r.get(9)?,
        state: r.get(10)?,
    })
}

pub fn insert(
    conn: &Conn,
    user_id: i64,
    prefix: &str,
    key_hash: &str,
    label: &str,
    created_at: &str,
) -> Result<i64> {
    conn.query_row(
        "INSERT INTO api_keys (user_id, prefix, key_hash, label, created_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        params![user_id, prefix, key_hash, label, created_at],
        |r| r.get(0),
    )
}

/// Keys of one user or of all, newest first.
pub fn list(conn: &Conn, user_id: Option<i64>) -> Result<Vec<ApiKey>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {} \
         FROM api_keys k JOIN users u ON u.id = k.user_id \
         WHERE (?1 IS NULL OR k.user_id = ?1) ORDER BY k.id DESC",
        columns()
    ))?;
    let rows = stmt.query_map(params![user_id], from_row)?;
    rows.collect::<Result<_, _>>()
}

/// Unrevoked keys of a user.
pub fn count_active(conn: &Conn, user_id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM api_keys WHERE user_id = ?1 AND revoked_at IS NULL",
        [user_id],
        |r| r.get(0),
    )
}

/// Marks a key revoked; returns whether an unrevoked key had that id.
pub fn revoke(conn: &Conn, id: i64, at: &str) -> Result<bool> {
    Ok(conn.execute(
        "UPDATE api_keys SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
        params![id, at],
    )? > 0)
}

/// Sets when a key stops working (`None`: never).
pub fn set_expires(conn: &Conn, id: i64, at: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE api_keys SET expires_at = ?2 WHERE id = ?1",
        params![id, at],
    )?;
    Ok(())
}

/// Suspends or resumes a key (`at`: the suspension time; `None` resumes it).
pub fn set_suspended(conn: &Conn, id: i64, at: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE api_keys SET suspended_at = ?2 WHERE id = ?1",
        params![id, at],
    )?;
    Ok(())
}

/// One key by id.
pub fn get(conn: &Conn, id: i64) -> Result<Option<ApiKey>> {
    conn.query_row(
        &format!(
            "SELECT {} FROM api_keys k JOIN users u ON u.id = k.user_id WHERE k.id = ?1",
            columns()
        ),
        [id],
        from_row,
    )
    .optional()
}

/// Every key of a user, revoked ones too.
pub fn count_for_user(conn: &Conn, user_id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM api_keys WHERE user_id = ?1",
        [user_id],
        |r| r.get(0),
    )
}
