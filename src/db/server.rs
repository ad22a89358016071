//! A userctl database on a PostgreSQL server: connecting, recognising it, creating and
//! migrating its schema. The schema version lives in the one-row table
//! `userctl_schema`, whose row every writer locks first (see [`super::begin_write`]).

use std::time::Duration;

use anyhow::{Context, Result};

use super::conninfo::ConnInfo;
use super::postgres::Session;
use super::{Applied, Conn, OptionalExtension, Schema, Tx, LATEST_VERSION};
use crate::error::{refuse, Refusal};

/// The steps that make a server's schema: version N is made by every step up to N.
/// PostgreSQL support starts at revision 2, so its first step makes revision 2 whole.
const STEPS: &[(i64, &str)] = &[
    (2, include_str!("migrations/postgres/0002_schema.sql")),
    (3, include_str!("migrations/postgres/0003_revision3.sql")),
];

/// Connects to the server, without looking at what the database holds.
pub fn connect(info: &ConnInfo, wait: Duration) -> Result<Conn> {
    let client = info.connect(wait)?;
    Ok(Conn::Postgres(Box::new(Session::new(client, wait)?)))
}

/// The schema version of the database: 0 when it holds no userctl schema.
pub fn version(conn: &Conn) -> Result<i64> {
    let present: bool = conn.query_row(
        "SELECT to_regclass('userctl_schema') IS NOT NULL",
        (),
        |r| r.get(0),
    )?;
    if !present {
        return Ok(0);
    }
    Ok(conn
        .query_row("SELECT version FROM userctl_schema", (), |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

/// Opens an existing userctl database on a server and says which version it has.
/// An empty one (no userctl schema) is version 0; a newer one is refused.
pub fn open_any_version(info: &ConnInfo, wait: Duration) -> Result<(Conn, i64)> {
    let conn = connect(info, wait)?;
    let version = version(&conn)?;
    if version > LATEST_VERSION {
        return refuse(
            Refusal::unusable(format!(
                "{} has schema version {version}, newer than this userctl knows ({LATEST_VERSION})",
                info.describe()
            ))
            .hint("upgrade userctl; the database was left untouched"),
        );
    }
    if let Conn::Postgres(session) = &conn {
        session.set_locking(version > 0);
    }
    Ok((conn, version))
}

/// Opens an existing userctl database on a server for a command: an empty database or
/// an older schema is refused (or, with [`Schema::Migrate`], migrated).
pub fn open(info: &ConnInfo, wait: Duration, schema: Schema) -> Result<Conn> {
    let (conn, version) = open_any_version(info, wait)?;
    require_initialised(info, version)?;
    if version < LATEST_VERSION {
        if schema == Schema::Current {
            return refuse(
                Refusal::unusable(format!(
                    "{} has schema version {version}; this userctl needs version {LATEST_VERSION}",
                    info.describe()
                ))
                .hint("back it up, then run `userctl db migrate` (as a role that owns the schema)"),
            );
        }
        migrate(&conn, false)?;
    }
    Ok(conn)
}

/// Upgrades the schema in place to [`LATEST_VERSION`]: every pending step in one
/// transaction (PostgreSQL's DDL is transactional), so a kill at any moment leaves
/// one revision or the other. The steps only add (tables, columns, indexes), so every
/// column, table, view, index, trigger and policy an application added is kept as it
/// is. The lock row is taken first and the version read again under it: two
/// migrations at once apply the steps once. With `dry_run` the steps run in full and
/// are rolled back. Returns what was (or would be) applied.
pub fn migrate(conn: &Conn, dry_run: bool) -> Result<Vec<Applied>> {
    let tx = super::begin_write(conn)?;
    let version = version(&tx)?;
    if version > LATEST_VERSION {
        return refuse(
            Refusal::unusable(format!(
                "the database has schema version {version}, newer than this userctl knows ({LATEST_VERSION})"
            ))
            .hint("upgrade userctl; the database was left untouched"),
        );
    }
    let applied = super::migrate::pending(version);
    if applied.is_empty() {
        return Ok(applied);
    }
    apply_steps(&tx, version, LATEST_VERSION)?;
    tx.execute("UPDATE userctl_schema SET version = ?1", [LATEST_VERSION])?;
    if dry_run {
        tx.rollback()?;
    } else {
        tx.commit()?;
    }
    Ok(applied)
}

/// Runs the steps after `from` up to `to` inside `tx`, and stores every setting's value.
fn apply_steps(tx: &Tx<'_>, from: i64, to: i64) -> Result<()> {
    for (version, sql) in STEPS.iter().filter(|(v, _)| *v > from && *v <= to) {
        tx.execute_batch(sql)
            .with_context(|| format!("applying schema migration {version}"))?;
        if *version == 2 {
            tx.execute_batch(super::migrate::effective_permissions_view())?;
        }
        if let Some(after) = super::migrate::after_sql(*version, super::Dialect::Postgres) {
            tx.execute_batch(&after)?;
        }
    }
    super::migrate::seed_settings(tx)
}

/// Creates the schema of `version` (an older one than this userctl writes) in an
/// empty database, as the userctl of that revision made it, with no account: tests
/// of `db migrate` make their older databases with it.
#[doc(hidden)]
pub fn create_schema_at(conn: &Conn, version: i64) -> Result<()> {
    let tx = super::begin(conn, true)?;
    apply_steps(&tx, 0, version)?;
    tx.execute(
        "INSERT INTO userctl_schema (version) VALUES (?1)",
        [version],
    )?;
    tx.commit()
}

/// The tables and views of the schema userctl's tables are in, with their columns in
/// order (see [`super::shape`]).
pub fn shape(conn: &Conn) -> Result<super::Shape> {
    let mut stmt = conn.prepare(
        "SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'table' END, c.relname::text, \
         coalesce((SELECT string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_attribute a \
                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '') \
         FROM pg_class c \
         WHERE c.relkind IN ('r', 'p', 'v') AND c.relnamespace = \
         (SELECT relnamespace FROM pg_class WHERE oid = 'userctl_schema'::regclass) \
         ORDER BY 1, 2",
    )?;
    let rows = stmt.query_map((), |r| {
        Ok((
            r.get::<String>(0)?,
            r.get::<String>(1)?,
            r.get::<String>(2)?,
        ))
    })?;
    let mut out = super::Shape::new();
    for row in rows {
        let (kind, name, columns) = row?;
        let columns = if kind == "table" {
            columns.split(',').map(str::to_string).collect()
        } else {
            Vec::new()
        };
        out.insert(
            (kind, name.clone()),
            super::SchemaObject {
                table: name,
                columns,
            },
        );
    }
    Ok(out)
}

/// Rows that refer to a missing row through a foreign key of the schema userctl's
/// tables are in (the server enforces them, but a constraint added `NOT VALID`, or
/// triggers disabled by a restore, can let such rows in): one line per key.
pub fn orphan_rows(conn: &Conn) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, \
         (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.i) \
          FROM unnest(c.conkey) WITH ORDINALITY k(n, i) \
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n), \
         (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY k.i) \
          FROM unnest(c.confkey) WITH ORDINALITY k(n, i) \
          JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) \
         FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = \
         (SELECT relnamespace FROM pg_class WHERE oid = 'userctl_schema'::regclass) \
         ORDER BY 1, 2, 3",
    )?;
    let keys = stmt
        .query_map((), |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<String>(1)?,
                r.get::<String>(2)?,
                r.get::<String>(3)?,
            ))
        })?
        .collect::<Result<Vec<_>>>()?;
    let mut out = Vec::new();
    for (child, parent, columns, referenced) in keys {
        let columns: Vec<&str> = columns.split(',').collect();
        let referenced: Vec<&str> = referenced.split(',').collect();
        // MATCH SIMPLE: a key with a NULL column refers to nothing.
        let present = columns
            .iter()
            .map(|c| format!("o.{c} IS NOT NULL"))
            .collect::<Vec<_>>()
            .join(" AND ");
        let equal = columns
            .iter()
            .zip(&referenced)
            .map(|(c, p)| format!("p.{p} = o.{c}"))
            .collect::<Vec<_>>()
            .join(" AND ");
        let missing: i64 = conn.query_row(
            &format!(
                "SELECT count(*) FROM {child} o WHERE {present} \
                 AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE {equal})"
            ),
            (),
            |r| r.get(0),
        )?;
        if missing > 0 {
            out.push(format!(
                "{missing} row(s) of {child} refer to a missing {parent} row ({})",
                columns.join(", ")
            ));
        }
    }
    Ok(out)
}

/// Refuses a database without a userctl schema, naming what to do.
pub fn require_initialised(info: &ConnInfo, version: i64) -> Result<()> {
    if version == 0 {
        return refuse(
            Refusal::unusable(format!("{} holds no userctl database", info.describe())).hint(
                "initialise it with `userctl init`, or move one there with `userctl db copy --to`",
            ),
        );
    }
    Ok(())
}

/// Drops userctl's schema inside `tx` (a demo database that the next demo replaces):
/// its tables, with what hangs on them (views, triggers, policies), and its version
/// row. Nothing else is touched: the caller has made sure the database holds no
/// table of another's.
pub fn drop_schema(tx: &Tx<'_>) -> Result<()> {
    let mut tables: Vec<String> = super::expected_shape(LATEST_VERSION)?
        .into_keys()
        .filter(|(kind, _)| kind == "table")
        .map(|(_, name)| name)
        .collect();
    tables.push("userctl_schema".into());
    tx.execute_batch(&format!(
        "DROP TABLE IF EXISTS {} CASCADE",
        tables.join(", ")
    ))?;
    // userctl's functions (its triggers', the guard's, row-level security's).
    let functions: Vec<String> = tx
        .prepare(
            "SELECT CAST(CAST(p.oid AS regprocedure) AS text) FROM pg_proc p \
             WHERE p.pronamespace = CAST(current_schema() AS regnamespace) \
             AND starts_with(p.proname, 'userctl_')",
        )?
        .query_map((), |r| r.get(0))?
        .collect::<Result<_>>()?;
    for function in functions {
        tx.execute_batch(&format!("DROP FUNCTION IF EXISTS {function} CASCADE"))?;
    }
    Ok(())
}

/// Refuses (exit 4) a server database that already holds userctl's schema, or a
/// table of one of userctl's names: a copy goes into an empty database only.
pub fn ensure_empty(dst: &Conn, info: &ConnInfo, what: &str) -> Result<()> {
    let held = if version(dst)? > 0 {
        Some("a userctl database".to_string())
    } else {
        taken_table(dst)?.map(|t| format!("a table {t}"))
    };
    if let Some(held) = held {
        return refuse(
            Refusal::conflict(format!(
                "{} already holds {held}: {what} goes into an empty database only",
                info.describe()
            ))
            .hint("create an empty database (createdb) or name another schema in search_path"),
        );
    }
    Ok(())
}

/// The first of userctl's main tables that the database already has, if any.
pub fn taken_table(conn: &Conn) -> Result<Option<String>> {
    conn.query_row(
        "SELECT t FROM unnest(ARRAY['users', 'roles', 'sessions', 'audit_log', 'settings']) t \
         WHERE to_regclass(t) IS NOT NULL LIMIT 1",
        (),
        |r| r.get(0),
    )
    .optional()
}

/// Creates the schema inside `tx` (the transaction that also writes the first admin,
/// so a failure leaves the database as it was). A database where userctl's tables
/// exist without its schema marker belongs to something else and is refused.
pub fn create_schema(tx: &Tx<'_>) -> Result<()> {
    if let Some(table) = taken_table(tx)? {
        return refuse(
            Refusal::unusable(format!(
                "the database already has a table {table} that userctl did not create: it is not a userctl database"
            ))
            .hint("use an empty database or another schema (search_path in --db / USERCTL_DB)"),
        );
    }
    apply_steps(tx, 0, LATEST_VERSION)?;
    tx.execute(
        "INSERT INTO userctl_schema (version) VALUES (?1)",
        [LATEST_VERSION],
    )?;
    if let Conn::Postgres(session) = &**tx {
        session.set_locking(true);
    }
    Ok(())
}
