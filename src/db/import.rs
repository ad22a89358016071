//! SQL of `import-csv`: lookups for validation, the TEMP staging tables, the bulk
//! insert and the sync sweep.
//!
//! Validated (and hashed) rows wait in TEMP tables until the write: they live in this
//! connection's own temporary file, so staging takes no lock on the database file
//! and memory stays bounded however long the input is.

use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::db::users::{NewUser, Status};

/// An existing account as the import compares it.
#[derive(Debug, Clone)]
pub struct Existing {
    pub id: i64,
    pub username: String,
    pub email: Option<String>,
    pub display_name: String,
    pub role: String,
    pub status: Status,
    pub password_hash: Option<String>,
}

/// The account with this username (case-insensitive), if any.
pub fn by_username(conn: &Connection, username: &str) -> Result<Option<Existing>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, username, email, display_name, role, status, password_hash \
         FROM main.users WHERE username = ?1 COLLATE NOCASE",
    )?;
    Ok(stmt
        .query_row([username], |r| {
            Ok(Existing {
                id: r.get(0)?,
                username: r.get(1)?,
                email: r.get(2)?,
                display_name: r.get(3)?,
                role: r.get(4)?,
                status: status(r, 5)?,
                password_hash: r.get(6)?,
            })
        })
        .optional()?)
}

/// The id and username of the account using this email (case-insensitive), if any.
pub fn email_holder(conn: &Connection, email: &str) -> Result<Option<(i64, String)>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, username FROM main.users WHERE email = ?1 COLLATE NOCASE")?;
    Ok(stmt
        .query_row([email], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

fn status(r: &Row<'_>, idx: usize) -> rusqlite::Result<Status> {
    let text: String = r.get(idx)?;
    Ok(text.parse().unwrap_or(Status::Inactive))
}

/// A change to an existing account; `None` fields stay as they are.
#[derive(Debug, Clone)]
pub struct Update {
    pub id: i64,
    pub username: String,
    /// `Some(None)` clears the email (matches `db::users::update_profile`).
    #[allow(clippy::option_option)]
    pub email: Option<Option<String>>,
    pub display_name: Option<String>,
    pub role: Option<String>,
    pub status: Option<Status>,
    pub password_hash: Option<String>,
}

/// One validated row waiting for the write.
#[derive(Debug, Clone)]
pub enum Staged {
    Create(NewUser),
    Update(Update),
}

/// Creates the (empty) staging tables. `import_names` and `import_emails` hold every
/// key the file mentions with its first line, valid row or not (the in-file
/// duplicate check, and the names `--mode sync` keeps); `import_rows` the rows to write.
pub fn create_stage(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "DROP TABLE IF EXISTS temp.import_names;
         DROP TABLE IF EXISTS temp.import_emails;
         DROP TABLE IF EXISTS temp.import_rows;
         CREATE TEMP TABLE import_names (
             username TEXT PRIMARY KEY COLLATE NOCASE,
             line     INTEGER NOT NULL
         ) WITHOUT ROWID;
         CREATE TEMP TABLE import_emails (
             email TEXT PRIMARY KEY COLLATE NOCASE,
             line  INTEGER NOT NULL
         ) WITHOUT ROWID;
         CREATE TEMP TABLE import_rows (
             line                 INTEGER PRIMARY KEY,
             user_id              INTEGER,  -- NULL: a new account
             username             TEXT NOT NULL,
             set_email            INTEGER NOT NULL,
             email                TEXT,
             display_name         TEXT,
             role                 TEXT,
             status               TEXT,
             password_hash        TEXT,
             must_change_password INTEGER NOT NULL
         );",
    )?;
    Ok(())
}

/// Records that `line` names this username; the line that named it first if one did.
pub fn note_username(conn: &Connection, username: &str, line: u64) -> Result<Option<u64>> {
    note(conn, "import_names", "username", username, line)
}

/// Records that `line` uses this email; the line that used it first if one did.
pub fn note_email(conn: &Connection, email: &str, line: u64) -> Result<Option<u64>> {
    note(conn, "import_emails", "email", email, line)
}

fn note(conn: &Connection, table: &str, column: &str, key: &str, line: u64) -> Result<Option<u64>> {
    let inserted = conn
        .prepare_cached(&format!(
            "INSERT INTO temp.{table} ({column}, line) VALUES (?1, ?2) ON CONFLICT DO NOTHING"
        ))?
        .execute(params![key, sql_line(line)])?;
    if inserted == 1 {
        return Ok(None);
    }
    Ok(conn
        .prepare_cached(&format!(
            "SELECT line FROM temp.{table} WHERE {column} = ?1"
        ))?
        .query_row([key], |r| r.get::<_, i64>(0))
        .optional()?
        .map(line_of))
}

/// Line numbers as SQLite stores them (a file has fewer than 2^63 lines).
fn sql_line(line: u64) -> i64 {
    i64::try_from(line).unwrap_or(i64::MAX)
}

fn line_of(stored: i64) -> u64 {
    u64::try_from(stored).unwrap_or_default()
}

/// Adds a validated row to the stage.
pub fn stage(conn: &Connection, line: u64, row: &Staged) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO temp.import_rows (line, user_id, username, set_email, email, display_name, \
         role, status, password_hash, must_change_password) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    match row {
        Staged::Create(u) => stmt.execute(params![
            sql_line(line),
            None::<i64>,
            u.username,
            true,
            u.email,
            u.display_name,
            u.role,
            u.status.as_str(),
            u.password_hash,
            u.must_change_password,
        ])?,
        Staged::Update(u) => stmt.execute(params![
            sql_line(line),
            u.id,
            u.username,
            u.email.is_some(),
            u.email.as_ref().and_then(Option::as_deref),
            u.display_name,
            u.role,
            u.status.map(Status::as_str),
            u.password_hash,
            false,
        ])?,
    };
    Ok(())
}

/// Inserts every staged new account in one statement, all created at `now`. The
/// UNIQUE indexes and the role's foreign key re-check, under the write lock, what
/// validation saw before it: a violation fails the statement (see [`first_conflict`]).
pub fn insert_created(conn: &Connection, now: &str) -> Result<usize> {
    Ok(conn.execute(
        "INSERT INTO main.users (username, email, display_name, password_hash, role, status, \
         must_change_password, created_at, updated_at) \
         SELECT username, email, display_name, password_hash, role, status, \
         must_change_password, ?1, ?1 FROM temp.import_rows WHERE user_id IS NULL ORDER BY line",
        [now],
    )?)
}

/// The first staged new account that can no longer be created (its username or email
/// taken, or its role deleted since validation), as (line, username).
pub fn first_conflict(conn: &Connection) -> Result<Option<(u64, String)>> {
    Ok(conn
        .query_row(
            "SELECT line, username FROM temp.import_rows AS s WHERE user_id IS NULL AND ( \
               EXISTS (SELECT 1 FROM main.users AS u WHERE u.username = s.username) \
               OR EXISTS (SELECT 1 FROM main.users AS u WHERE u.email = s.email) \
               OR NOT EXISTS (SELECT 1 FROM main.roles AS r WHERE r.name = s.role)) \
             ORDER BY line LIMIT 1",
            [],
            |r| Ok((line_of(r.get(0)?), r.get(1)?)),
        )
        .optional()?)
}

/// The roles the staged rows give accounts.
pub fn staged_roles(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT role FROM temp.import_rows WHERE role IS NOT NULL ORDER BY role",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Calls `f` with every staged row in file order.
pub fn for_each_staged(
    conn: &Connection,
    mut f: impl FnMut(u64, Staged) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT line, user_id, username, set_email, email, display_name, role, status, \
         password_hash, must_change_password FROM temp.import_rows ORDER BY line",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let line = line_of(r.get(0)?);
        let status: Option<String> = r.get(7)?;
        let status = status.map(|s| s.parse().unwrap_or(Status::Inactive));
        let staged = match r.get::<_, Option<i64>>(1)? {
            None => Staged::Create(NewUser {
                username: r.get(2)?,
                email: r.get(4)?,
                display_name: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                role: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                status: status.unwrap_or(Status::Active),
                password_hash: r.get(8)?,
                must_change_password: r.get(9)?,
            }),
            Some(id) => Staged::Update(Update {
                id,
                username: r.get(2)?,
                email: if r.get(3)? { Some(r.get(4)?) } else { None },
                display_name: r.get(5)?,
                role: r.get(6)?,
                status,
                password_hash: r.get(8)?,
            }),
        };
        f(line, staged)?;
    }
    Ok(())
}

/// Active accounts (id, username) the file does not name, for `--mode sync`.
pub fn active_not_named(conn: &Connection) -> Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT id, username FROM main.users WHERE status = 'active' \
         AND username NOT IN (SELECT username FROM temp.import_names) ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether the error is a constraint violation (a UNIQUE key taken, a role gone).
pub fn is_constraint(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        matches!(
            c.downcast_ref::<rusqlite::Error>(),
            Some(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::ConstraintViolation
        )
    })
}
