//! A userctl database on a PostgreSQL server: connecting, recognising it, creating and
//! migrating its schema. The schema version lives in the one-row table
//! `userctl_schema`, whose row every writer locks first (see [`super::begin_write`]).

use std::time::Duration;

use anyhow::Result;

use super::conninfo::ConnInfo;
use super::postgres::Session;
use super::{Conn, OptionalExtension, Schema, Tx, LATEST_VERSION};
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
        super::migrate(&conn, false)?;
    }
    Ok(conn)
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
    for (version, sql) in STEPS {
        tx.execute_batch(sql)?;
        if *version == 2 {
            tx.execute_batch(super::migrate::effective_permissions_view())?;
        }
    }
    super::migrate::seed_settings(tx)?;
    tx.execute(
        "INSERT INTO userctl_schema (version) VALUES (?1)",
        [LATEST_VERSION],
    )?;
    if let Conn::Postgres(session) = &**tx {
        session.set_locking(true);
    }
    Ok(())
}
