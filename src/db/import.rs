//! SQL of `import-csv`: lookups for validation and the sync sweep.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};

use crate::db::users::Status;

/// An existing account as the import compares it.
#[derive(Debug, Clone)]
pub struct Existing {
    pub id: i64,
    pub username: String,
    pub email: Option<String>,
    pub display_name: String,
    pub role: String,
    pub status: Status,
    pub password_hash: Option<String>,
}

/// The account with this username (case-insensitive), if any.
pub fn by_username(conn: &Connection, username: &str) -> Result<Option<Existing>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, username, email, display_name, role, status, password_hash \
         FROM users WHERE username = ?1 COLLATE NOCASE",
    )?;
    Ok(stmt
        .query_row([username], |r| {
            let status: String = r.get(5)?;
            Ok(Existing {
                id: r.get(0)?,
                username: r.get(1)?,
                email: r.get(2)?,
                display_name: r.get(3)?,
                role: r.get(4)?,
                status: status.parse().unwrap_or(Status::Inactive),
                password_hash: r.get(6)?,
            })
        })
        .optional()?)
}

/// The id and username of the account using this email (case-insensitive), if any.
pub fn email_holder(conn: &Connection, email: &str) -> Result<Option<(i64, String)>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, username FROM users WHERE email = ?1 COLLATE NOCASE")?;
    Ok(stmt
        .query_row([email], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Every active account (id, username), for `--mode sync`.
pub fn active_accounts(conn: &Connection) -> Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare("SELECT id, username FROM users WHERE status = 'active'")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether the error is a constraint violation (a UNIQUE key taken, a role gone).
pub fn is_constraint(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        matches!(
            c.downcast_ref::<rusqlite::Error>(),
            Some(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::ConstraintViolation
        )
    })
}
