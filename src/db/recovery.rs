//! SQL for break-glass recovery and `db check`.

use super::Conn;
use anyhow::Result;

/// Ids of the accounts whose role holds `permission`, whatever their status, oldest first.
pub fn holders_of(conn: &Conn, permission: &str) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id FROM users WHERE {} ORDER BY id",
        super::ends::role_matches_sql(
            conn.dialect(),
            "",
            "IN (SELECT role FROM role_permissions WHERE permission = ?1)"
        )
    ))?;
    let rows = stmt.query_map([permission], |r| r.get(0))?;
    rows.collect::<Result<_, _>>()
}

/// Whether an entry with this hash is in the audit log (after the chain verified,
/// this means the chain passes through it).
pub fn audit_has_hash(conn: &Conn, hash: &str) -> Result<bool> {
    use super::OptionalExtension;
    Ok(conn
        .query_row(
            "SELECT 1 FROM audit_log WHERE hash = ?1",
            [hash.trim().to_ascii_lowercase()],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// `PRAGMA integrity_check`: "ok", or the problems SQLite found (at most 20).
pub fn integrity_problems(conn: &Conn) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA integrity_check(20)")?;
    let rows = stmt.query_map((), |r| r.get::<String>(0))?;
    let lines: Vec<String> = rows.collect::<Result<_, _>>()?;
    Ok(lines.into_iter().filter(|l| l != "ok").collect())
}

/// `PRAGMA foreign_key_check`: rows pointing at missing parents, as "table row id → parent".
pub fn orphan_rows(conn: &Conn) -> Result<Vec<String>> {
    if conn.dialect() == super::Dialect::Postgres {
        return super::server::orphan_rows(conn);
    }
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = stmt.query_map((), |r| {
        let table: String = r.get(0)?;
        let rowid: Option<i64> = r.get(1)?;
        let parent: String = r.get(2)?;
        Ok(format!(
            "{table} row {} refers to a missing {parent} row",
            rowid.map_or_else(|| "?".into(), |id| id.to_string())
        ))
    })?;
    rows.collect::<Result<_, _>>()
}
