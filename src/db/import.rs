//! SQL of `import-csv`: lookups for validation, the TEMP staging tables, the bulk
//! insert and the sync sweep.
//!
//! Validated (and hashed) rows wait in TEMP tables until the write: they live in this
//! connection's own temporary file, so staging takes no lock on the database file
//! and memory stays bounded however long the input is.

use super::{Conn, OptionalExtension, Row, Value};
use crate::params;
use std::collections::HashMap;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::db::audit::{Body, StagedEntries};
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
    /// The import source managing it (`None`: made by hand, or not adopted).
    pub managed_by: Option<String>,
    /// `person` or `service`.
    pub kind: String,
    /// The expiry as the instant it names, written `YYYY-MM-DDTHH:MM:SSZ` whatever
    /// form the application stored it in (`None`: never, or unreadable).
    pub expires_at: Option<String>,
}

/// The columns of an [`Existing`] account, in the order [`existing`] reads them.
fn existing_columns(d: super::Dialect) -> String {
    format!(
        "id, username, email, display_name, role, status, password_hash, managed_by, kind, {}",
        super::instant::sql_timestamp(d, &super::instant::sql_instant(d, "expires_at"))
    )
}

/// How many columns [`existing_columns`] names.
const EXISTING_COLUMNS: usize = 10;

/// The [`Existing`] account in the row's columns from `at` on.
fn existing(r: &Row<'_>, at: usize) -> Result<Existing> {
    Ok(Existing {
        id: r.get(at)?,
        username: r.get(at + 1)?,
        email: r.get(at + 2)?,
        display_name: r.get(at + 3)?,
        role: r.get(at + 4)?,
        status: status(r, at + 5)?,
        password_hash: r.get(at + 6)?,
        managed_by: r.get(at + 7)?,
        kind: r.get(at + 8)?,
        expires_at: r.get(at + 9)?,
    })
}

/// The account with this username (case-insensitive), if any.
pub fn by_username(conn: &Conn, username: &str) -> Result<Option<Existing>> {
    let columns = existing_columns(conn.dialect());
    conn.prepare_cached(&format!("SELECT {columns} FROM users WHERE username = ?1"))?
        .query_row([username], |r| existing(r, 0))
        .optional()
}

/// The id and username of the account using this email (case-insensitive), if any.
pub fn email_holder(conn: &Conn, email: &str) -> Result<Option<(i64, String)>> {
    let mut stmt = conn.prepare_cached("SELECT id, username FROM users WHERE email = ?1")?;
    stmt.query_row([email], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
}

/// What a batch of the file's keys finds, read in one round trip: the accounts its
/// usernames name, the accounts using its emails, and the staged rows of the file that
/// hold one of its keys already.
#[derive(Default)]
pub struct Found {
    pub accounts: Vec<Existing>,
    /// (id, username, email).
    pub holders: Vec<(i64, String, String)>,
    pub staged: Taken,
}

/// The lines of the staged rows holding keys, by username and by email.
pub type Taken = (HashMap<String, u64>, HashMap<String, u64>);

/// Looks the keys of a batch up: one statement of three `SELECT`s (`UNION ALL`, told
/// apart by their first column), so that a batch costs a server one round trip. The
/// usernames and emails are compared without regard to case in `users`, exactly in the
/// staging table (its keys are lowercased).
pub fn look_up(conn: &Conn, usernames: &[&str], emails: &[&str]) -> Result<Found> {
    let mut found = Found::default();
    // Every key is a row's: a row with an email has a username.
    if usernames.is_empty() {
        return Ok(found);
    }
    let (n, m) = (usernames.len(), emails.len());
    // Each list is bound twice (`users`, then the staging table): a server types a
    // placeholder once, and the two tables compare differently.
    let names = |first| super::marks_from(first, n);
    let mails = |first| super::marks_from(first, m);
    // The other two SELECTs fill the account's columns after the third with NULLs.
    let nulls = ["NULL"; EXISTING_COLUMNS - 3].join(", ");
    let mut branches = vec![format!(
        "SELECT 0, {} FROM users WHERE username IN ({})",
        existing_columns(conn.dialect()),
        names(1)
    )];
    if m > 0 {
        branches.push(format!(
            "SELECT 1, id, username, email, {nulls} FROM users WHERE email IN ({})",
            mails(n + 1)
        ));
    }
    let mut staged = format!(
        "SELECT 2, line, username, email, {nulls} FROM import_rows WHERE username IN ({})",
        names(n + m + 1)
    );
    if m > 0 {
        staged.push_str(&format!(" OR email IN ({})", mails(2 * n + m + 1)));
    }
    branches.push(staged);
    let keys: Vec<&str> = [usernames, emails, usernames, emails].concat();
    let mut stmt = conn.prepare_cached(&branches.join(" UNION ALL "))?;
    let mut rows = stmt.query(super::params_from_iter(keys))?;
    while let Some(r) = rows.next()? {
        match r.get::<i64>(0)? {
            0 => found.accounts.push(existing(&r, 1)?),
            1 => found.holders.push((r.get(1)?, r.get(2)?, r.get(3)?)),
            _ => {
                let line = line_of(r.get(1)?);
                found.staged.0.insert(r.get(2)?, line);
                if let Some(email) = r.get::<Option<String>>(3)? {
                    found.staged.1.insert(email, line);
                }
            }
        }
    }
    Ok(found)
}

/// The most placeholders one statement binds on either engine (SQLite's limit; a
/// server's is 65,535): [`look_up`] binds each username and email twice.
pub const MAX_PLACEHOLDERS: usize = 32_766;

fn status(r: &Row<'_>, idx: usize) -> Result<Status> {
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
    /// The password replaces one the account has (`--reset-passwords`).
    pub reset: bool,
    /// A generated password: to be changed at the first login.
    pub must_change_password: bool,
    /// Adopted by the import's source.
    pub managed_by: Option<String>,
}

/// What a row says about an account's groups, expiry and attributes: each `None`
/// (or absent) where the file has no such column, so the account keeps what it has.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extras {
    /// Every group the account is to be in (an empty list: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<String>>,
    /// Only join the groups named, never leave one (an account another source manages).
    #[serde(default)]
    pub add_only: bool,
    /// The expiry to set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<Expiry>,
    /// (attribute, its value; `None`: no value of its own, the default applies).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<(String, Option<String>)>,
    /// A new account that is to be a service account (API keys only).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub service: bool,
}

/// An expiry a row sets: `at` `None` is "never".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expiry {
    pub at: Option<String>,
}

impl Extras {
    /// Whether the row says nothing about groups, expiry or attributes.
    pub fn is_empty(&self) -> bool {
        self.groups.is_none()
            && self.expires.is_none()
            && self.attributes.is_empty()
            && !self.service
    }
}

/// What the write does with one row of the file.
#[derive(Debug, Clone)]
pub enum Staged {
    Create(NewUser),
    Update(Update),
    /// An existing account the row matches already.
    Keep,
    /// An invalid row: written nowhere, but its keys still count as taken.
    Rejected,
}

/// A key a row shares with an earlier row of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Duplicate {
    Username { first_line: u64 },
    Email { first_line: u64 },
}

/// How much of the staging table a server keeps in memory (MiB).
const STAGE_MEMORY_MIB: u32 = 256;

/// Creates the (empty) staging table: one row per row of the file, whatever becomes
/// of it, so that its keys find duplicates inside the file and `--mode sync` knows
/// every name the file mentions. Keys are stored lowercased (BINARY is exact).
pub fn create_stage(conn: &Conn) -> Result<()> {
    conn.temp_memory(STAGE_MEMORY_MIB)?;
    conn.execute_batch(&format!(
        "DROP TABLE IF EXISTS import_rows;
         CREATE TEMP TABLE import_rows (
             line                 BIGINT PRIMARY KEY,
             -- Written as ORs: an IN list would build a lookup table on every insert.
             op                   TEXT NOT NULL CHECK (op = 'create' OR op = 'update'
                                                       OR op = 'keep' OR op = 'reject'),
             user_id              BIGINT,
             username             TEXT NOT NULL UNIQUE,
             email                TEXT UNIQUE,     -- the row's email, as the file gives it
             set_email            BOOLEAN NOT NULL, -- update: change the email to `email`
             display_name         TEXT,
             role                 TEXT,
             status               TEXT,
             password_hash        TEXT,
             must_change_password BOOLEAN NOT NULL,
             reset                BOOLEAN NOT NULL DEFAULT FALSE, -- update: a password reset
             managed_by           TEXT,             -- update: adopted by this source
             extras               TEXT,             -- groups, expiry, attributes (JSON)
             audit_details        TEXT,             -- create: the audit entry's details
             audit_body           {}             -- create: its body digest (db::audit)
         );",
        conn.dialect().blob()
    ))?;
    Ok(())
}

/// One row of the file as it is staged: under its keys (`username` and `email`
/// lowercased), with what it says about groups, expiry and attributes (if anything)
/// and, for a new account, its audit entry (only the link is left for the write).
pub struct ToStage<'a> {
    pub line: u64,
    pub username: &'a str,
    pub email: Option<&'a str>,
    pub row: &'a Staged,
    pub extras: Option<&'a Extras>,
    pub audit: Option<&'a Body>,
}

/// The columns of `import_rows` a staged row fills, in the order of [`staged_values`].
const STAGED_COLUMNS: [&str; 16] = [
    "line",
    "op",
    "user_id",
    "username",
    "email",
    "set_email",
    "display_name",
    "role",
    "status",
    "password_hash",
    "must_change_password",
    "reset",
    "managed_by",
    "extras",
    "audit_details",
    "audit_body",
];

/// Stages rows of the file, in file order. A row with a key an earlier row holds —
/// one of the staged rows in `taken` ([`look_up`] found them), or earlier in `rows` —
/// stages nothing: such rows are returned with the earlier row they collide with, the
/// username's first.
pub fn stage(conn: &Conn, rows: &[ToStage<'_>], taken: Taken) -> Result<Vec<(u64, Duplicate)>> {
    let (mut names, mut emails) = taken;
    let mut duplicates = Vec::new();
    let mut fresh = Vec::with_capacity(rows.len());
    for row in rows {
        let duplicate = match (
            names.get(row.username),
            row.email.and_then(|e| emails.get(e)),
        ) {
            (Some(&first_line), _) => Some(Duplicate::Username { first_line }),
            (None, Some(&first_line)) => Some(Duplicate::Email { first_line }),
            (None, None) => None,
        };
        if let Some(duplicate) = duplicate {
            duplicates.push((row.line, duplicate));
            continue;
        }
        names.insert(row.username.to_string(), row.line);
        if let Some(email) = row.email {
            emails.insert(email.to_string(), row.line);
        }
        fresh.push(row);
    }
    conn.insert_rows(
        "import_rows",
        &STAGED_COLUMNS,
        fresh.into_iter().map(staged_values),
    )?;
    Ok(duplicates)
}

/// The values of one staged row, in the order of [`stage`]'s columns.
fn staged_values(s: &ToStage<'_>) -> Result<[Value; STAGED_COLUMNS.len()]> {
    let text = |t: Option<&str>| t.map_or(Value::Null, |t| Value::Text(t.to_string()));
    let flag = |b: bool| Value::Integer(i64::from(b));
    let extras = match s.extras.filter(|e| !e.is_empty()) {
        Some(e) => Value::Text(serde_json::to_string(e)?),
        None => Value::Null,
    };
    let line = Value::Integer(sql_line(s.line));
    let username = Value::Text(s.username.to_string());
    let email = text(s.email);
    Ok(match s.row {
        Staged::Create(u) => {
            // Its audit entry, digested already: only the link is left for the write.
            let (details, body) = match s.audit {
                Some(body) => (
                    Value::Text(body.details.clone()),
                    Value::Blob(body.staged().to_vec()),
                ),
                None => (Value::Null, Value::Null),
            };
            [
                line,
                Value::Text("create".into()),
                Value::Null,
                username,
                email,
                flag(true),
                Value::Text(u.display_name.clone()),
                Value::Text(u.role.clone()),
                Value::Text(u.status.as_str().into()),
                text(u.password_hash.as_deref()),
                flag(u.must_change_password),
                flag(false),
                Value::Null,
                extras,
                details,
                body,
            ]
        }
        Staged::Update(u) => [
            line,
            Value::Text("update".into()),
            Value::Integer(u.id),
            username,
            email,
            flag(u.email.is_some()),
            text(u.display_name.as_deref()),
            text(u.role.as_deref()),
            text(u.status.map(Status::as_str)),
            text(u.password_hash.as_deref()),
            flag(u.must_change_password),
            flag(u.reset),
            text(u.managed_by.as_deref()),
            extras,
            Value::Null,
            Value::Null,
        ],
        Staged::Keep | Staged::Rejected => [
            line,
            Value::Text(
                if matches!(s.row, Staged::Keep) {
                    "keep"
                } else {
                    "reject"
                }
                .into(),
            ),
            Value::Null,
            username,
            email,
            flag(false),
            Value::Null,
            Value::Null,
            Value::Null,
            Value::Null,
            flag(false),
            flag(false),
            Value::Null,
            Value::Null,
            Value::Null,
            Value::Null,
        ],
    })
}

/// Sets the password hash of a staged row once it is computed.
pub fn set_staged_hash(conn: &Conn, line: u64, hash: &str) -> Result<()> {
    conn.prepare_cached("UPDATE import_rows SET password_hash = ?2 WHERE line = ?1")?
        .execute(params![sql_line(line), hash])?;
    Ok(())
}

/// Marks a staged update as a no-op (its only change was a password that verifies).
pub fn keep_staged(conn: &Conn, line: u64) -> Result<()> {
    conn.prepare_cached("UPDATE import_rows SET op = 'keep' WHERE line = ?1")?
        .execute([sql_line(line)])?;
    Ok(())
}

/// How many staged rows change nothing.
pub fn kept(conn: &Conn) -> Result<u64> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM import_rows WHERE op = 'keep'",
        (),
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or_default())
}

/// Line numbers as SQLite stores them (a file has fewer than 2^63 lines).
fn sql_line(line: u64) -> i64 {
    i64::try_from(line).unwrap_or(i64::MAX)
}

fn line_of(stored: i64) -> u64 {
    u64::try_from(stored).unwrap_or_default()
}

/// Inserts every staged new account in one statement, all created at `now` and
/// managed by `source`. The UNIQUE indexes and the role's foreign key re-check, under
/// the write lock, what validation saw before it: a violation fails the statement
/// (see [`first_conflict`]).
pub fn insert_created(conn: &Conn, now: &str, source: &str) -> Result<usize> {
    conn.execute(
        "INSERT INTO users (username, email, display_name, password_hash, role, status, \
         must_change_password, created_at, updated_at, managed_by) \
         SELECT username, email, display_name, password_hash, role, status, \
         must_change_password, ?1, ?1, ?2 FROM import_rows WHERE op = 'create' \
         ORDER BY line",
        params![now, source],
    )
}

/// The staged audit entry of every new account that has one (an account with groups,
/// expiry or attributes is audited by the write with what they became), in file order,
/// for [`Appender::append_staged`](crate::db::audit::Appender::append_staged).
pub const CREATED_ENTRIES: StagedEntries = StagedEntries {
    table: "import_rows",
    key: "line",
    body: "audit_body",
    target: "username",
    details: "audit_details",
    filter: "op = 'create' AND audit_body IS NOT NULL",
};

/// The usernames of the staged new accounts, in file order.
pub fn created_names(conn: &Conn) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare("SELECT username FROM import_rows WHERE op = 'create' AND audit_body IS NOT NULL ORDER BY line")?;
    let rows = stmt.query_map((), |r| r.get(0))?;
    rows.collect::<Result<_>>()
}

/// Whether the account named `username` was made by `init` (the `user.add` entry
/// that follows `db.init` in the same transaction) or by `recover --create`, as its
/// audit entries say. A name made so once and later reused counts as made so: such
/// an account is never adopted by an import, and erring that way adopts nothing.
pub fn made_by_setup(conn: &Conn, username: &str) -> Result<bool> {
    conn.prepare_cached(&format!(
        "SELECT EXISTS (SELECT 1 FROM audit_log AS a \
             WHERE a.target = ?1{} AND (a.action = 'recover.create' \
               OR (a.action = 'user.add' AND EXISTS (SELECT 1 FROM audit_log AS b \
                   WHERE b.id = a.id - 1 AND b.action = 'db.init'))))",
        conn.dialect().nocase()
    ))?
    .query_row([username], |r| r.get(0))
}

/// Hands an account to an import source.
pub fn set_managed_by(conn: &Conn, id: i64, source: &str) -> Result<()> {
    conn.prepare_cached("UPDATE users SET managed_by = ?2 WHERE id = ?1")?
        .execute(params![id, source])?;
    Ok(())
}

/// How many active accounts `source` manages.
pub fn managed_active(conn: &Conn, source: &str) -> Result<u64> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM users WHERE managed_by = ?1 AND status = 'active'",
        [source],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or_default())
}

/// How many staged rows have this operation (`create`, `update`).
pub fn staged_count(conn: &Conn, op: &str) -> Result<u64> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM import_rows WHERE op = ?1",
        [op],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or_default())
}

/// The first staged new account that can no longer be created (its username or email
/// taken, or its role deleted since validation), as (line, username).
pub fn first_conflict(conn: &Conn) -> Result<Option<(u64, String)>> {
    let d = conn.dialect();
    conn.query_row(
        &format!(
            "SELECT line, username FROM import_rows AS s WHERE op = 'create' AND ( \
               EXISTS (SELECT 1 FROM users AS u WHERE u.username = {}) \
               OR EXISTS (SELECT 1 FROM users AS u WHERE u.email = {}) \
               OR NOT EXISTS (SELECT 1 FROM roles AS r WHERE r.name = s.role)) \
             ORDER BY line LIMIT 1",
            d.as_name("s.username"),
            d.as_name("s.email")
        ),
        (),
        |r| Ok((line_of(r.get(0)?), r.get(1)?)),
    )
    .optional()
}

/// Calls `f` with every staged update and every staged creation whose audit entry
/// is not staged (it has groups, expiry or attributes), in file order, and what its
/// row says about groups, expiry and attributes. `any`: whether there may be such a
/// row (if not, the staging table is not scanned).
pub fn for_each_staged(
    conn: &Conn,
    any: bool,
    mut f: impl FnMut(u64, Staged, Option<Extras>) -> Result<()>,
) -> Result<()> {
    if !any {
        return Ok(());
    }
    let mut stmt = conn.prepare(
        "SELECT line, user_id, username, set_email, email, display_name, role, status, \
         password_hash, must_change_password, reset, managed_by, extras FROM import_rows \
         WHERE op = 'update' OR (op = 'create' AND audit_body IS NULL) ORDER BY line",
    )?;
    let mut rows = stmt.query(())?;
    while let Some(r) = rows.next()? {
        let line = line_of(r.get(0)?);
        let status: Option<String> = r.get(7)?;
        let status = status.map(|s| s.parse().unwrap_or(Status::Inactive));
        let staged = match r.get::<Option<i64>>(1)? {
            None => Staged::Create(NewUser {
                username: r.get(2)?,
                email: r.get(4)?,
                display_name: r.get::<Option<String>>(5)?.unwrap_or_default(),
                role: r.get::<Option<String>>(6)?.unwrap_or_default(),
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
                must_change_password: r.get(9)?,
                reset: r.get(10)?,
                managed_by: r.get(11)?,
            }),
        };
        let extras = match r.get::<Option<String>>(12)? {
            Some(json) => Some(serde_json::from_str(&json)?),
            None => None,
        };
        f(line, staged, extras)?;
    }
    Ok(())
}

/// Active accounts (id, username) managed by `source` that the file does not name,
/// for `--mode sync`. Accounts made by hand (`managed_by` NULL) or managed by another
/// source are never among them.
pub fn managed_absent(conn: &Conn, source: &str) -> Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT id, username FROM users WHERE managed_by = ?1 AND status = 'active' \
         AND lower(username) NOT IN (SELECT username FROM import_rows) ORDER BY id",
    )?;
    let rows = stmt.query_map([source], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect::<Result<_>>()
}

pub use super::failure::is_constraint;
