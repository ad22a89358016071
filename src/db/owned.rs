//! SQL for `owned_data`, the registry of the application's per-account tables, and for
//! the rows those tables hold: counting, moving, deleting and reading one account's.
//!
//! The names of the application's tables and columns come from the registry, which
//! an application may write too: every statement that names one is built from the
//! catalogue's own spelling ([`catalogue_table`], [`catalogue_column`]) and quoted by
//! [`quote_ident`], the one quoting helper. Values are always parameters.

use std::collections::HashMap;

use anyhow::Result;
use serde::Serialize;

use super::{Conn, Dialect, OptionalExtension, Value};
use crate::params;

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
pub fn list(conn: &Conn) -> Result<Vec<Owned>> {
    let mut stmt = conn.prepare(
        "SELECT label, table_name, column_name, on_departure, created_at FROM owned_data \
         ORDER BY label",
    )?;
    let rows = stmt.query_map((), |r| {
        Ok(Owned {
            label: r.get(0)?,
            table: r.get(1)?,
            column: r.get(2)?,
            on_departure: r.get(3)?,
            created_at: r.get(4)?,
        })
    })?;
    rows.collect()
}

/// Registers a column.
pub fn insert(conn: &Conn, owned: &Owned) -> Result<()> {
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
pub fn delete(conn: &Conn, label: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM owned_data WHERE label = ?1", [label])? > 0)
}

/// The catalogue's spelling of a table of the database, matched as SQL matches names
/// (case-insensitively); `None` when there is no such table.
pub fn catalogue_table(conn: &Conn, name: &str) -> Result<Option<String>> {
    let sql = match conn.dialect() {
        Dialect::Sqlite => {
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = ?1 COLLATE NOCASE"
        }
        // Tables of the schemas on the search path, as an unqualified name finds them.
        Dialect::Postgres => {
            "SELECT c.relname::text FROM pg_class c \
             WHERE c.relkind IN ('r', 'p') AND lower(c.relname) = lower(?1) \
             AND c.relnamespace = ANY (current_schemas(false)::regnamespace[]) LIMIT 1"
        }
    };
    conn.query_row(sql, [name], |r| r.get(0)).optional()
}

/// The catalogue's spelling of a column of `table` (a name [`catalogue_table`]
/// returned); `None` when the table has no such column.
pub fn catalogue_column(conn: &Conn, table: &str, column: &str) -> Result<Option<String>> {
    Ok(table_columns(conn, table)?
        .into_iter()
        .find(|c| c.eq_ignore_ascii_case(column)))
}

/// The columns of `table` (a name [`catalogue_table`] returned), in order.
pub fn table_columns(conn: &Conn, table: &str) -> Result<Vec<String>> {
    let sql = match conn.dialect() {
        Dialect::Sqlite => "SELECT name FROM pragma_table_info(?1) ORDER BY cid",
        Dialect::Postgres => {
            "SELECT column_name::text FROM information_schema.columns \
             WHERE table_name = ?1 AND table_schema = ANY (current_schemas(false)) \
             ORDER BY ordinal_position"
        }
    };
    conn.query_map(sql, [table], |r| r.get(0))
}

/// Whether `table.column` (catalogue spellings) is, on its own, a foreign key to
/// `users(id)`. The one engine-specific reading of foreign keys: SQLite's
/// `pragma_foreign_key_list` (a reference without a column names the primary key);
/// PostgreSQL's `pg_constraint`, one row per column of each foreign key.
pub fn references_users_id(conn: &Conn, table: &str, column: &str) -> Result<bool> {
    let sql = match conn.dialect() {
        Dialect::Sqlite => {
            "SELECT id, \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?1) ORDER BY id, seq"
        }
        Dialect::Postgres => {
            "SELECT CAST(k.oid AS BIGINT), a.attname::text, t.relname::text, r.attname::text \
             FROM pg_constraint k \
             CROSS JOIN LATERAL unnest(k.conkey, k.confkey) AS u(from_col, to_col) \
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.from_col \
             JOIN pg_class t ON t.oid = k.confrelid \
             JOIN pg_attribute r ON r.attrelid = k.confrelid AND r.attnum = u.to_col \
             WHERE k.contype = 'f' AND k.conrelid = to_regclass(quote_ident(?1)) \
             ORDER BY k.oid"
        }
    };
    let rows: Vec<(i64, String, String, Option<String>)> = conn.query_map(sql, [table], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
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
pub fn count_for(conn: &Conn, table: &str, column: &str, user_id: i64) -> Result<i64> {
    let sql = format!(
        "SELECT count(*) FROM {} WHERE {} = ?1",
        quote_ident(table),
        quote_ident(column)
    );
    conn.query_row(&sql, [user_id], |r| r.get(0))
}

/// The number of rows of `table` per account (`column` → count), accounts with none
/// left out.
pub fn counts_by_account(conn: &Conn, table: &str, column: &str) -> Result<HashMap<i64, i64>> {
    let c = quote_ident(column);
    let sql = format!(
        "SELECT {c}, count(*) FROM {} WHERE {c} IS NOT NULL GROUP BY {c}",
        quote_ident(table)
    );
    Ok(conn
        .query_map(&sql, (), |r| Ok((r.get::<i64>(0)?, r.get::<i64>(1)?)))?
        .into_iter()
        .collect())
}

/// Gives `from`'s rows of `table` to `to`; returns how many moved.
pub fn move_rows(conn: &Conn, table: &str, column: &str, from: i64, to: i64) -> Result<usize> {
    let c = quote_ident(column);
    let sql = format!("UPDATE {} SET {c} = ?2 WHERE {c} = ?1", quote_ident(table));
    conn.execute(&sql, params![from, to])
}

/// Deletes `user_id`'s rows of `table`; returns how many.
pub fn delete_rows(conn: &Conn, table: &str, column: &str, user_id: i64) -> Result<usize> {
    let sql = format!(
        "DELETE FROM {} WHERE {} = ?1",
        quote_ident(table),
        quote_ident(column)
    );
    conn.execute(&sql, [user_id])
}

/// Every column of the rows of `table` whose `column` = `user_id`, as JSON objects
/// (a blob as `{"base64": …}`), in storage order.
pub fn rows_for(
    conn: &Conn,
    table: &str,
    column: &str,
    user_id: i64,
) -> Result<Vec<serde_json::Map<String, serde_json::Value>>> {
    select_objects(
        conn,
        table,
        &format!("{} = ?1", quote_ident(column)),
        user_id,
    )
}

/// Every column of the rows of `table` that `condition` (with one parameter, `param`)
/// selects, as JSON objects by column name.
pub(crate) fn select_objects(
    conn: &Conn,
    table: &str,
    condition: &str,
    param: i64,
) -> Result<Vec<serde_json::Map<String, serde_json::Value>>> {
    let names = table_columns(conn, table)?;
    let list = names
        .iter()
        .map(|n| quote_ident(n))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT {list} FROM {} WHERE {condition}",
        quote_ident(table)
    );
    conn.query_map(&sql, [param], |r| {
        let mut object = serde_json::Map::new();
        for (i, name) in names.iter().enumerate() {
            object.insert(name.clone(), json_value(r.get::<Value>(i)?));
        }
        Ok(object)
    })
}

fn json_value(value: Value) -> serde_json::Value {
    use base64ct::Encoding;
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => i.into(),
        Value::Real(f) => serde_json::Number::from_f64(f)
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
        Value::Text(t) => t.into(),
        Value::Blob(b) => serde_json::json!({ "base64": base64ct::Base64::encode_string(&b) }),
    }
}

/// Whether an error is a constraint (a unique key, a check) the change ran into.
pub fn is_constraint(e: &anyhow::Error) -> bool {
    super::failure::is_constraint(e)
}
