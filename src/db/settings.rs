//! SQL for `settings`: stored values only. Which keys exist, their defaults and
//! their validation live in `crate::settings`.

use super::{Conn, OptionalExtension};
use crate::params;
use anyhow::Result;

use crate::clock;

/// The stored value of a key, if it was ever set.
pub fn get(conn: &Conn, key: &str) -> Result<Option<String>> {
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .optional()
}

/// Stores a value.
pub fn set(conn: &Conn, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        params![key, value, clock::now()],
    )?;
    Ok(())
}
