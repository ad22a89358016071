//! SQL for `attributes` (what the application defines) and `user_attributes` (values).

use super::{Conn, OptionalExtension};
use crate::params;
use anyhow::Result;
use serde::Serialize;

use crate::clock;

/// One defined attribute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribute {
    pub name: String,
    /// `text`, `int`, `bool`, `timezone`, `time` or `enum:A,B,…`.
    #[serde(rename = "type")]
    pub kind: String,
    pub default_value: Option<String>,
    /// How many accounts have a value of their own.
    pub values: i64,
}

/// Every attribute, by name.
pub fn list(conn: &Conn) -> Result<Vec<Attribute>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.name, a.type, a.default_value, \
         (SELECT count(*) FROM user_attributes v WHERE v.name = a.name) \
         FROM attributes a ORDER BY a.name",
    )?;
    let rows = stmt.query_map((), |r| {
        Ok(Attribute {
            name: r.get(0)?,
            kind: r.get(1)?,
            default_value: r.get(2)?,
            values: r.get(3)?,
        })
    })?;
    rows.collect::<Result<_, _>>()
}

/// One attribute by name.
pub fn find(conn: &Conn, name: &str) -> Result<Option<Attribute>> {
    Ok(list(conn)?.into_iter().find(|a| a.name == name))
}

/// Defines an attribute.
pub fn insert(conn: &Conn, name: &str, kind: &str, default: Option<&str>) -> Result<()> {
    conn.execute(
        "INSERT INTO attributes (name, type, default_value, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![name, kind, default, clock::now()],
    )?;
    Ok(())
}

/// Removes an attribute; the accounts' values cascade.
pub fn delete(conn: &Conn, name: &str) -> Result<()> {
    conn.execute("DELETE FROM attributes WHERE name = ?1", [name])?;
    Ok(())
}

/// An account's own values: (name, value), by name.
pub fn values_of(conn: &Conn, user_id: i64) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, value FROM user_attributes WHERE user_id = ?1 ORDER BY name",
    )?;
    let rows = stmt.query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect::<Result<_, _>>()
}

/// An account's own value of one attribute.
pub fn value(conn: &Conn, user_id: i64, name: &str) -> Result<Option<String>> {
    conn.prepare_cached("SELECT value FROM user_attributes WHERE user_id = ?1 AND name = ?2")?
        .query_row(params![user_id, name], |r| r.get(0))
        .optional()
}

/// Sets an account's value.
pub fn set(conn: &Conn, user_id: i64, name: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO user_attributes (user_id, name, value) VALUES (?1, ?2, ?3) \
         ON CONFLICT (user_id, name) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![user_id, name, value])?;
    Ok(())
}

/// Removes an account's value; returns whether it had one.
pub fn unset(conn: &Conn, user_id: i64, name: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM user_attributes WHERE user_id = ?1 AND name = ?2")?
        .execute(params![user_id, name])?
        > 0)
}
