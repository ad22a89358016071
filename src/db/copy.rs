//! `db copy`: a whole userctl database from either engine into an empty one of either
//! engine — every row of userctl's tables with its id, each table's id high-water mark
//! (ids are never reused), and so the audit chain as it was: the copy's `audit verify`
//! prints the source's head. `db backup` of a server database is a copy into a new
//! SQLite file.
//!
//! Which tables and columns are userctl's is read from the schema userctl makes (a
//! fresh one, at the latest revision), never from the databases: an application's own
//! tables and columns stay where they are. Tables are copied parents first (their
//! foreign keys), in one snapshot of the source and one transaction of the target.

use std::time::Duration;

use anyhow::{Context, Result};

use super::conninfo::ConnInfo;
use super::instant::{sql_instant, sql_timestamp};
use super::{begin_read, migrate, server, Conn, Dialect, OptionalExtension, Tx, Value};
use crate::error::{refuse, Refusal};

/// One of userctl's tables: its name and its columns, in the schema's order.
struct Table {
    name: String,
    columns: Vec<String>,
}

/// What a copy moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub tables: usize,
    pub rows: u64,
    /// The copy's audit chain head, walked in the target: the source's.
    pub head: String,
}

/// Copies every row of userctl's tables from `src`, read in one snapshot, into the
/// target transaction `dst`, which holds a fresh userctl schema at the same revision
/// (its seeded rows are replaced by the source's). The caller commits `dst`.
pub fn copy_into(src: &Conn, dst: &Tx<'_>) -> Result<Copied> {
    let tables = userctl_tables()?;
    let snapshot = begin_read(src)?;
    for table in tables.iter().rev() {
        dst.execute(&format!("DELETE FROM {}", table.name), ())?;
    }
    let mut rows = 0;
    for table in &tables {
        rows += copy_table(&snapshot, dst, table)?;
        let high = high_water(&snapshot, table)?;
        if high > 0 {
            set_high_water(dst, &table.name, high)?;
        }
    }
    snapshot.commit()?;
    Ok(Copied {
        tables: tables.len(),
        rows,
        head: super::audit::verify(dst)?.head,
    })
}

/// userctl's tables at the latest revision, parents before the tables whose foreign
/// keys name them.
fn userctl_tables() -> Result<Vec<Table>> {
    let fresh = migrate::fresh_at(super::LATEST_VERSION)?;
    let names: Vec<String> = fresh
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' \
             AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
        )?
        .query_map((), |r| r.get(0))?
        .collect::<Result<_>>()?;
    let mut parents = Vec::new();
    let mut columns = Vec::new();
    for name in &names {
        let of: Vec<String> = fresh
            .prepare("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1)")?
            .query_map([name], |r| r.get(0))?
            .collect::<Result<_>>()?;
        parents.push(of);
        columns.push(
            fresh
                .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?
                .query_map([name], |r| r.get(0))?
                .collect::<Result<Vec<String>>>()?,
        );
    }
    // Parents first: a table comes once every table it names (but itself) has come.
    let mut ordered: Vec<Table> = Vec::with_capacity(names.len());
    let mut placed = vec![false; names.len()];
    while ordered.len() < names.len() {
        let before = ordered.len();
        for i in 0..names.len() {
            let ready = !placed[i]
                && parents[i].iter().all(|p| {
                    p == &names[i] || names.iter().zip(&placed).any(|(n, done)| n == p && *done)
                });
            if ready {
                placed[i] = true;
                ordered.push(Table {
                    name: names[i].clone(),
                    columns: columns[i].clone(),
                });
            }
        }
        anyhow::ensure!(
            ordered.len() > before,
            "userctl's tables name each other in a cycle"
        );
    }
    Ok(ordered)
}

/// Copies one table's rows in id order; returns how many.
fn copy_table(src: &Tx<'_>, dst: &Tx<'_>, table: &Table) -> Result<u64> {
    let moments = moment_columns(dst, &table.name)?;
    let from_file = src.dialect() == Dialect::Sqlite && dst.dialect() == Dialect::Postgres;
    let mut selected = Vec::with_capacity(table.columns.len());
    for column in &table.columns {
        if from_file && moments.contains(column) {
            refuse_unreadable_moments(src, &table.name, column)?;
            // A timestamp as the application wrote it (any form userctl reads), in the
            // one form the server's `timestamptz` takes.
            selected.push(sql_timestamp(
                Dialect::Sqlite,
                &sql_instant(Dialect::Sqlite, column),
            ));
        } else {
            selected.push(column.clone());
        }
    }
    let order = if table.columns.iter().any(|c| c == "id") {
        " ORDER BY id"
    } else {
        ""
    };
    let mut read = src.prepare(&format!(
        "SELECT {} FROM {}{order}",
        selected.join(", "),
        table.name
    ))?;
    let placeholders: Vec<String> = (1..=table.columns.len()).map(|i| format!("?{i}")).collect();
    let mut write = dst.prepare(&format!(
        "INSERT INTO {} ({}) VALUES ({})",
        table.name,
        table.columns.join(", "),
        placeholders.join(", ")
    ))?;
    let width = table.columns.len();
    let mut rows = read.query(())?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        let values = (0..width)
            .map(|i| row.get::<Value>(i))
            .collect::<Result<Vec<Value>>>()?;
        write
            .execute(super::params_from_iter(values))
            .with_context(|| format!("copying a row of {}", table.name))?;
        count += 1;
    }
    Ok(count)
}

/// The columns of `table` that hold instants in `conn` (on a server, its `timestamptz`
/// columns; a file keeps them as text).
fn moment_columns(conn: &Conn, table: &str) -> Result<Vec<String>> {
    if conn.dialect() == Dialect::Sqlite {
        return Ok(Vec::new());
    }
    conn.prepare(
        "SELECT column_name FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name = ?1 \
         AND data_type = 'timestamp with time zone'",
    )?
    .query_map([table], |r| r.get(0))?
    .collect()
}

/// Refuses a copy to a server when a file holds a timestamp in no form userctl reads:
/// the server's `timestamptz` would refuse it, and a guess would change the data.
fn refuse_unreadable_moments(src: &Conn, table: &str, column: &str) -> Result<()> {
    let unreadable: Option<String> = src
        .query_row(
            &format!(
                "SELECT CAST({column} AS TEXT) FROM {table} \
                 WHERE {column} IS NOT NULL AND {} IS NULL LIMIT 1",
                sql_instant(Dialect::Sqlite, column)
            ),
            (),
            |r| r.get(0),
        )
        .optional()?;
    if let Some(value) = unreadable {
        return refuse(
            Refusal::invalid(format!(
                "{table}.{column} holds {value:?}, which is not a timestamp: \
                 the server's timestamptz column cannot take it"
            ))
            .hint("correct the value in the file (see `userctl db check`), then copy again"),
        );
    }
    Ok(())
}

/// The highest id `table` has ever given (0 if it has no `id`): its rows', or more
/// if the newest rows were deleted, so the copy never hands out an id again.
fn high_water(conn: &Conn, table: &Table) -> Result<i64> {
    if !table.columns.iter().any(|c| c == "id") {
        return Ok(0);
    }
    let name = &table.name;
    let most: i64 = conn.query_row(
        &format!("SELECT coalesce(max(id), 0) FROM {name}"),
        (),
        |r| r.get(0),
    )?;
    let given = match conn.dialect() {
        Dialect::Sqlite if super::table_exists(conn, "sqlite_sequence")? => {
            "SELECT seq FROM sqlite_sequence WHERE name = ?1"
        }
        Dialect::Postgres if has_sequence(conn, name)? => {
            "SELECT pg_sequence_last_value(CAST(pg_get_serial_sequence(?1, 'id') AS regclass))"
        }
        _ => return Ok(most),
    };
    let given: Option<i64> = conn
        .query_row(given, [name], |r| r.get(0))
        .optional()?
        .flatten();
    Ok(most.max(given.unwrap_or(0)))
}

/// Whether `table` has an identity (or serial) `id` on a server.
fn has_sequence(conn: &Conn, table: &str) -> Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name = ?1 AND column_name = 'id') \
         AND pg_get_serial_sequence(?1, 'id') IS NOT NULL",
        [table],
        |r| r.get(0),
    )
}

/// Makes `table` hand out ids above `high` from now on.
fn set_high_water(conn: &Conn, table: &str, high: i64) -> Result<()> {
    match conn.dialect() {
        Dialect::Sqlite => {
            let autoincrement: bool = conn.query_row(
                "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = ?1 \
                 AND sql LIKE '%AUTOINCREMENT%'",
                [table],
                |r| r.get(0),
            )?;
            if autoincrement {
                conn.execute("DELETE FROM sqlite_sequence WHERE name = ?1", [table])?;
                conn.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)",
                    crate::params![table, high],
                )?;
            }
        }
        Dialect::Postgres => {
            if has_sequence(conn, table)? {
                conn.query_row(
                    "SELECT setval(pg_get_serial_sequence(?1, 'id'), ?2)",
                    crate::params![table, high],
                    |r| r.get::<i64>(0),
                )?;
            }
        }
    }
    Ok(())
}

/// A copy of `src` as the bytes of a new SQLite file, made in SQLite's private
/// temporary database (as `db backup` makes its copies) and checked there.
pub fn to_file_bytes(src: &Conn) -> Result<(Copied, Vec<u8>)> {
    let dst = Conn::Sqlite(
        rusqlite::Connection::open("").context("creating a private database for the copy")?,
    );
    dst.pragma_update(None, "foreign_keys", "ON")?;
    super::migrate(&dst, false)?;
    let tx = super::begin_write(&dst)?;
    let copied = copy_into(src, &tx)?;
    tx.commit()?;
    let mut bytes = super::backup::checked_bytes(dst)?;
    // The file format's write and read versions (header offsets 18 and 19): 2 is WAL,
    // the mode of every database userctl creates.
    if bytes.len() > 19 {
        bytes[18] = 2;
        bytes[19] = 2;
    }
    Ok((copied, bytes))
}

/// Copies `src` into the database `info` names on a server, which must hold nothing
/// of userctl's (exit 4 otherwise): the schema and every row in one transaction, so
/// a copy that fails or is killed leaves the target as empty as it was.
pub fn to_server(src: &Conn, info: &ConnInfo, wait: Duration) -> Result<Copied> {
    let dst = server::connect(info, wait)?;
    server::ensure_empty(&dst, info, "a copy")?;
    let tx = super::begin_write(&dst)?;
    server::create_schema(&tx)?;
    let copied = copy_into(src, &tx)?;
    tx.commit()?;
    Ok(copied)
}
