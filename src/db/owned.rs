//! SQL for `owned_data`, the registry of the application's per-account tables, and for
//! the rows those tables hold: counting, moving, deleting and reading one account's.
//!
//! The names of the application's tables and columns come from the registry, which
//! an application may write too: every statement that names one is built from the
//! catalogue's own spelling ([`catalogue_table`], [`catalogue_column`]) and quoted by
//! [`quote_ident`], the one quoting helper. Values are always parameters.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// One registered column: the application's `table.column` referencing `users(id)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Owned {
    pub label: String,
    pub table: String,
    pub column: String,
    /// `transfer`, `delete` or `block`.
    pub on_departure: String,
    pub created_at: String,
}

/// An SQL identifier quoted for any statement: in double quotes, inner quotes doubled.
/// Only ever applied to a name the catalogue has confirmed.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Every registered column, by label.
pub fn list(conn: &Connection) -> Result<Vec<Owned>> {
    let mut stmt = conn.prepare(
        "SELECT label, table_name, column_name, on_departure, created_at FROM owned_data \
         ORDER BY label",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Owned {
            label: r.get(0)?,
            table: r.get(1)?,
            column: r.get(2)?,
            on_departure: r.get(3)?,
            created_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Registers a column.
pub fn insert(conn: &Connection, owned: &Owned) -> Result<()> {
    conn.execute(
        "INSERT INTO owned_data (label, table_name, column_name, on_departure, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            owned.label,
            owned.table,
            owned.column,
            owned.on_departure,
            owned.created_at
        ],
    )?;
    Ok(())
}

/// Removes a registration (the application's rows stay as they are).
pub fn delete(conn: &Connection, label: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM owned_data WHERE label = ?1", [label])? > 0)
}

/// The catalogue's spelling of a table of the database, matched as SQL matches names
/// (case-insensitively); `None` when there is no such table.
pub fn catalogue_table(conn: &Connection, name: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = ?1 COLLATE NOCASE",
            [name],
            |r| r.get(0),
        )
        .optional()?)
}

/// The catalogue's spelling of a column of `table` (a name [`catalogue_table`]
/// returned); `None` when the table has no such column.
pub fn catalogue_column(conn: &Connection, table: &str, column: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM pragma_table_info(?1) WHERE name = ?2 COLLATE NOCASE",
            [table, column],
            |r| r.get(0),
        )
        .optional()?)
}

/// Whether `table.column` (catalogue spellings) is, on its own, a foreign key to
/// `users(id)`. The one engine-specific reading of foreign keys: SQLite's
/// `pragma_foreign_key_list` (a reference without a column names the primary key).
pub fn references_users_id(conn: &Connection, table: &str, column: &str) -> Result<bool> {
    let mut stmt = conn.prepare(
        "SELECT id, \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?1) ORDER BY id, seq",
    )?;
    let rows = stmt
        .query_map([table], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut keys: HashMap<i64, Vec<(String, String, Option<String>)>> = HashMap::new();
    for (id, from, to_table, to) in rows {
        keys.entry(id).or_default().push((from, to_table, to));
    }
    Ok(keys.values().any(|parts| match &parts[..] {
        [(from, to_table, to)] => {
            from.eq_ignore_ascii_case(column)
                && to_table.eq_ignore_ascii_case("users")
                && to.as_deref().is_none_or(|t| t.eq_ignore_ascii_case("id"))
        }
        _ => false,
    }))
}

/// How many rows of `table` have `column` = `user_id`.
pub fn count_for(conn: &Connection, table: &str, column: &str, user_id: i64) -> Result<i64> {
    let sql = format!(
        "SELECT count(*) FROM {} WHERE {} = ?1",
        quote_ident(table),
        quote_ident(column)
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([user_id], |r| r.get(0))?)
}

/// The number of rows of `table` per account (`column` → count), accounts with none
/// left out.
pub fn counts_by_account(
    conn: &Connection,
    table: &str,
    column: &str,
) -> Result<HashMap<i64, i64>> {
    let c = quote_ident(column);
    let sql = format!(
        "SELECT {c}, count(*) FROM {} WHERE {c} IS NOT NULL GROUP BY {c}",
        quote_ident(table)
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Gives `from`'s rows of `table` to `to`; returns how many moved.
pub fn move_rows(
    conn: &Connection,
    table: &str,
    column: &str,
    from: i64,
    to: i64,
) -> Result<usize> {
    let c = quote_ident(column);
    let sql = format!("UPDATE {} SET {c} = ?2 WHERE {c} = ?1", quote_ident(table));
    Ok(conn.execute(&sql, params![from, to])?)
}

/// Deletes `user_id`'s rows of `table`; returns how many.
pub fn delete_rows(conn: &Connection, table: &str, column: &str, user_id: i64) -> Result<usize> {
    let sql = format!(
        "DELETE FROM {} WHERE {} = ?1",
        quote_ident(table),
        quote_ident(column)
    );
    Ok(conn.execute(&sql, [user_id])?)
}

/// Every column of the rows of `table` whose `column` = `user_id`, as JSON objects
/// (a blob as `{"base64": …}`), in storage order.
pub fn rows_for(
    conn: &Connection,
    table: &str,
    column: &str,
    user_id: i64,
) -> Result<Vec<serde_json::Map<String, serde_json::Value>>> {
    let sql = format!(
        "SELECT * FROM {} WHERE {} = ?1",
        quote_ident(table),
        quote_ident(column)
    );
    select_objects(conn, &sql, user_id)
}

/// The rows a query with one parameter returns, as JSON objects by column name.
pub(crate) fn select_objects(
    conn: &Connection,
    sql: &str,
    param: i64,
) -> Result<Vec<serde_json::Map<String, serde_json::Value>>> {
    let mut stmt = conn.prepare(sql)?;
    let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
    let mut rows = stmt.query([param])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut object = serde_json::Map::new();
        for (i, name) in names.iter().enumerate() {
            object.insert(name.clone(), json_value(r.get_ref(i)?));
        }
        out.push(object);
    }
    Ok(out)
}

fn json_value(value: ValueRef<'_>) -> serde_json::Value {
    use base64ct::Encoding;
    match value {
        ValueRef::Null => serde_json::Value::Null,
        ValueRef::Integer(i) => i.into(),
        ValueRef::Real(f) => serde_json::Number::from_f64(f)
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
        ValueRef::Blob(b) => serde_json::json!({ "base64": base64ct::Base64::encode_string(b) }),
    }
}

/// Whether an error is a constraint (a unique key, a check) the change ran into.
pub fn is_constraint(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<rusqlite::Error>(),
            Some(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::ConstraintViolation
        )
    })
}
