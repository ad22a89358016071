//! SQL for `sessions`. Revoking a session deletes its row.

use super::{Conn, OptionalExtension, Row};
use crate::params;
use anyhow::Result;
use serde::Serialize;

use super::instant;
use crate::clock;

/// One login session (the token itself is never stored, only its SHA-256).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Session {
    pub id: i64,
    pub user_id: i64,
    pub username: String,
    pub created_at: String,
    pub last_seen_at: Option<String>,
    pub expires_at: String,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// Who opened it as this account (`user:NAME`, `os:LOGIN`); `None` for the
    /// account's own session.
    pub impersonator: Option<String>,
    pub impersonation_reason: Option<String>,
}

/// The columns [`from_row`] reads, with the owner's username.
const COLUMNS: &str = "s.id, s.user_id, u.username, s.created_at, s.last_seen_at, s.expires_at, \
                       s.ip, s.user_agent, s.impersonator, s.impersonation_reason";

fn from_row(r: &Row<'_>) -> Result<Session> {
    Ok(Session {
        id: r.get(0)?,
        user_id: r.get(1)?,
        username: r.get(2)?,
        created_at: r.get(3)?,
        last_seen_at: r.get(4)?,
        expires_at: r.get(5)?,
        ip: r.get(6)?,
        user_agent: r.get(7)?,
        impersonator: r.get(8)?,
        impersonation_reason: r.get(9)?,
    })
}

/// A session to insert (the demo and tests; the application creates real ones).
#[derive(Debug, Clone)]
pub struct NewSession<'a> {
    pub user_id: i64,
    pub token_hash: &'a str,
    pub created_at: &'a str,
    pub last_seen_at: Option<&'a str>,
    pub expires_at: &'a str,
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
}

pub fn insert(conn: &Conn, s: &NewSession<'_>) -> Result<i64> {
    conn.query_row(
        "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at, ip, user_agent) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        params![s.user_id, s.token_hash, s.created_at, s.last_seen_at, s.expires_at, s.ip, s.user_agent],
        |r| r.get(0),
    )
}

/// Sessions, newest first: of one user or of all; unexpired only unless `expired_too`;
/// only impersonation sessions with `impersonated`.
pub fn list(
    conn: &Conn,
    user_id: Option<i64>,
    expired_too: bool,
    impersonated: bool,
) -> Result<Vec<Session>> {
    let d = conn.dialect();
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE (CAST(?1 AS BIGINT) IS NULL OR s.user_id = ?1) AND (?2 OR {expires} > ?3) \
         AND (NOT ?4 OR s.impersonator IS NOT NULL) \
         ORDER BY {created} DESC, s.id DESC",
        expires = instant::sql_instant(d, "s.expires_at"),
        created = instant::sql_instant(d, "s.created_at"),
    ))?;
    let rows = stmt.query_map(
        params![user_id, expired_too, clock::unix_now(), impersonated],
        from_row,
    )?;
    rows.collect::<Result<_, _>>()
}

/// An impersonation session to open: the session row, who and why.
#[derive(Debug, Clone)]
pub struct NewImpersonation<'a> {
    pub user_id: i64,
    pub token_hash: &'a str,
    pub expires_at: &'a str,
    pub impersonator: &'a str,
    pub reason: &'a str,
}

/// Writes an impersonation session; returns its id.
pub fn insert_impersonation(conn: &Conn, s: &NewImpersonation<'_>) -> Result<i64> {
    conn.query_row(
        "INSERT INTO sessions (user_id, token_hash, created_at, expires_at, impersonator, \
         impersonation_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        params![
            s.user_id,
            s.token_hash,
            clock::now(),
            s.expires_at,
            s.impersonator,
            s.reason
        ],
        |r| r.get(0),
    )
}

/// Whether the account is the target of an unexpired impersonation session: whoever
/// acts as it may be someone impersonating it, so it may not impersonate in turn.
pub fn is_impersonated_now(conn: &Conn, user_id: i64) -> Result<bool> {
    let d = conn.dialect();
    conn.query_row(
        &format!(
            "SELECT count(*) > 0 FROM sessions WHERE user_id = ?1 AND impersonator IS NOT NULL \
             AND coalesce({} > ?2, TRUE)",
            instant::sql_instant(d, "expires_at")
        ),
        params![user_id, clock::unix_now()],
        |r| r.get(0),
    )
}

/// The impersonation sessions among the sessions of `user_id` (all users: `None`), for
/// the audit entries that end them when they are revoked.
pub fn impersonations(conn: &Conn, user_id: Option<i64>) -> Result<Vec<Session>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.impersonator IS NOT NULL AND (CAST(?1 AS BIGINT) IS NULL OR s.user_id = ?1) \
         ORDER BY s.id"
    ))?;
    let rows = stmt.query_map(params![user_id], from_row)?;
    rows.collect::<Result<_, _>>()
}

/// Unexpired sessions of a user.
pub fn count_active(conn: &Conn, user_id: i64) -> Result<i64> {
    let d = conn.dialect();
    conn.query_row(
        &format!(
            "SELECT count(*) FROM sessions WHERE user_id = ?1 AND {} > ?2",
            instant::sql_instant(d, "expires_at")
        ),
        params![user_id, clock::unix_now()],
        |r| r.get(0),
    )
}

/// Unexpired sessions of every user.
pub fn count_all_active(conn: &Conn) -> Result<i64> {
    let d = conn.dialect();
    conn.query_row(
        &format!(
            "SELECT count(*) FROM sessions WHERE {} > ?1",
            instant::sql_instant(d, "expires_at")
        ),
        [clock::unix_now()],
        |r| r.get(0),
    )
}

/// Deletes every session of a user; returns how many.
pub fn delete_for_user(conn: &Conn, user_id: i64) -> Result<usize> {
    conn.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])
}

/// Deletes one session; returns whether it existed.
pub fn delete(conn: &Conn, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM sessions WHERE id = ?1", [id])? > 0)
}

/// One session by id, whether expired or not.
pub fn get(conn: &Conn, id: i64) -> Result<Option<Session>> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} \
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?1"
        ),
        [id],
        from_row,
    )
    .optional()
}

/// Every session of a user, expired ones too.
pub fn count_for_user(conn: &Conn, user_id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM sessions WHERE user_id = ?1",
        [user_id],
        |r| r.get(0),
    )
}

/// Deletes every session of every user; returns how many.
pub fn delete_all(conn: &Conn) -> Result<usize> {
    conn.execute("DELETE FROM sessions", ())
}
