//! SQL for `roles` and `role_permissions`.

use super::{Conn, OptionalExtension};
use crate::params;
use anyhow::Result;
use serde::Serialize;

/// A role with its permissions and how many accounts hold it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Role {
    pub name: String,
    pub description: String,
    pub builtin: bool,
    pub permissions: Vec<String>,
    pub users: i64,
}

/// Whether a role exists.
pub fn exists(conn: &Conn, name: &str) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM roles WHERE name = ?1", [name], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The names of every role, sorted (without [`list`]'s per-role user counts).
pub fn names(conn: &Conn) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM roles ORDER BY name")?;
    let rows = stmt.query_map((), |r| r.get(0))?;
    rows.collect::<Result<_, _>>()
}

/// The permissions of a role, sorted.
pub fn permissions(conn: &Conn, role: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT permission FROM role_permissions WHERE role = ?1 ORDER BY permission",
    )?;
    let rows = stmt.query_map([role], |r| r.get(0))?;
    rows.collect::<Result<_, _>>()
}

/// Every role, by name.
pub fn list(conn: &Conn) -> Result<Vec<Role>> {
    let mut stmt = conn.prepare(
        "SELECT r.name, r.description, r.builtin, \
         (SELECT count(*) FROM users u WHERE u.role = r.name OR u.temporary_role = r.name) \
         FROM roles r ORDER BY r.builtin DESC, r.name",
    )?;
    let rows = stmt
        .query_map((), |r| {
            Ok(Role {
                name: r.get(0)?,
                description: r.get(1)?,
                builtin: r.get(2)?,
                permissions: Vec::new(),
                users: r.get(3)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|mut role| {
            role.permissions = permissions(conn, &role.name)?;
            Ok(role)
        })
        .collect()
}

/// One role, if it exists.
pub fn find(conn: &Conn, name: &str) -> Result<Option<Role>> {
    Ok(list(conn)?.into_iter().find(|r| r.name == name))
}

/// Creates a custom role.
pub fn insert(conn: &Conn, name: &str, description: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO roles (name, description, builtin) VALUES (?1, ?2, FALSE)",
        params![name, description],
    )?;
    Ok(())
}

/// Grants a permission; returns whether it was new.
pub fn grant(conn: &Conn, role: &str, permission: &str) -> Result<bool> {
    Ok(conn.execute(
        "INSERT INTO role_permissions (role, permission) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![role, permission],
    )? > 0)
}

/// Revokes a permission; returns whether the role had it.
pub fn revoke(conn: &Conn, role: &str, permission: &str) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM role_permissions WHERE role = ?1 AND permission = ?2",
        params![role, permission],
    )? > 0)
}

/// Takes every permission from `role`, as a careless application might, for unit
/// tests of the repairs.
///
/// # Panics
/// When the delete fails (a test's setup is wrong).
#[cfg(test)]
pub fn strip_for_test(conn: &Conn, role: &str) {
    conn.execute("DELETE FROM role_permissions WHERE role = ?1", [role])
        .expect("strip a test role");
}

/// Deletes a role (its permissions cascade).
pub fn delete(conn: &Conn, name: &str) -> Result<()> {
    conn.execute("DELETE FROM roles WHERE name = ?1", [name])?;
    Ok(())
}
