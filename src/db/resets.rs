//! SQL for `password_resets`: one-time password-reset tokens, stored as their SHA-256.

use anyhow::Result;

use super::Conn;
use crate::{clock, params};

/// Deletes an account's unused reset tokens (a new link replaces them); returns how
/// many there were.
pub fn delete_unused(conn: &Conn, user_id: i64) -> Result<usize> {
    conn.execute(
        "DELETE FROM password_resets WHERE user_id = ?1 AND used_at IS NULL",
        [user_id],
    )
}

/// Stores a reset token's hash, valid until `expires_at`.
pub fn insert(conn: &Conn, user_id: i64, token_hash: &str, expires_at: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO password_resets (user_id, token_hash, created_at, expires_at) \
         VALUES (?1, ?2, ?3, ?4)",
        params![user_id, token_hash, clock::now(), expires_at],
    )?;
    Ok(())
}
