//! Bulk import from CSV: parse and validate every row, stage it in a TEMP table, hash
//! on every core, then one short write transaction through [`authz::write`] (all or
//! nothing).
//!
//! The domain never prints: it returns a [`Report`] the command renders.
//!
//! Night after night: every account an import creates is *managed* by the import's
//! source; an existing account it matches becomes so only with `--adopt` (never one
//! made by `init` or `recover`, nor a service account). `--mode sync` sweeps only the
//! active accounts of that source, within a safety limit. Passwords in the file are initial passwords: an account that has one
//! keeps it (no hashing, no verification) unless `--reset-passwords`.
//!
//! Groups, expiry and declared attributes are columns too: a column present states
//! the whole value (an empty cell: no groups, never, no value of its own), an absent
//! one leaves the accounts alone. They are applied in the same write, authorised,
//! guarded, and recorded in each account's own audit entry.

mod decode;
mod mapping;

pub use decode::{encoding_for, MAX_LINE};
pub use mapping::Mapping;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Read;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::SyncSender;

use anyhow::Result;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;
use zeroize::Zeroizing;

use crate::attributes::Type;
use crate::authz::{self, Action, Actor};
use crate::db::import::{Duplicate, Existing, Expiry, Extras, Staged, Update};
use crate::db::{self, users::NewUser, users::Status, Conn, Tx};
use crate::error::{refuse, Refusal};
use crate::output::csv_uncell;
use crate::settings::Limit;
use crate::{access, accounts};
use crate::{clock, password, settings};

/// What to do with accounts that exist or are absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Only create; a row naming an existing account is invalid.
    Create,
    /// Create new accounts, update changed ones, leave the rest alone.
    #[default]
    Upsert,
    /// Upsert, then deactivate active accounts absent from the file.
    Sync,
}

/// How to run an import.
#[derive(Debug, Clone)]
pub struct Options {
    pub mode: Mode,
    pub default_role: String,
    pub delimiter: u8,
    /// Import the valid rows even when some are invalid.
    pub skip_invalid: bool,
    /// Generate passwords for new accounts without one (else they are invited).
    pub generate_passwords: bool,
    /// Accept hashes of broken schemes (their accounts must change their password).
    pub allow_weak_hashes: bool,
    pub dry_run: bool,
    /// The import's source: the accounts it creates are managed by it.
    pub source: String,
    /// Hand the unmanaged people the file names to the source too (see [`adopts`]).
    pub adopt: bool,
    /// Replace the passwords of existing accounts with the file's.
    pub reset_passwords: bool,
    /// Sync deactivates at most this many (default: the setting).
    pub max_deactivate: Option<Limit>,
    /// At most this many accounts created + updated + deactivated.
    pub max_changes: Option<Limit>,
    pub mapping: Mapping,
    /// Physical lines before the header.
    pub skip_lines: u64,
    /// The file's encoding (default UTF-8; a UTF-8 or UTF-16 BOM is detected).
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// List each updated account's changes and the deactivated accounts in the report
    /// (a dry run always does).
    pub list_changes: bool,
}

/// Checks a source name: 1–64 of `[A-Za-z0-9._-]`, not `none`.
pub fn check_source(name: &str) -> Result<(), Refusal> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        && !name.eq_ignore_ascii_case("none");
    if ok {
        Ok(())
    } else {
        Err(Refusal::usage(format!(
            "invalid --source '{}': 1 to 64 letters, digits, '.', '_' or '-' (not 'none')",
            mapping::echo(name)
        )))
    }
}

/// The columns `import-csv` reads (and `export-csv` writes).
pub const COLUMNS: &[&str] = &[
    "username",
    "email",
    "name",
    "first_name",
    "last_name",
    "role",
    "status",
    "password",
    "password_hash",
    "groups",
    "expires_at",
    "kind",
];

/// A row that could not be imported.
#[derive(Debug, Clone, Serialize)]
pub struct Rejected {
    /// Physical line of the row's start (the header is line 1).
    pub line: u64,
    pub username: String,
    pub reason: String,
    #[serde(skip)]
    pub fields: Vec<String>,
}

/// A generated password for a new account (for `--passwords-out`).
pub struct Generated {
    pub username: String,
    pub password: Zeroizing<String>,
}

/// How far an import has got, for a progress bar.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    /// Bytes of the input read so far.
    pub bytes: u64,
    pub rows: u64,
    /// Passwords to hash (or generate) found so far; `hashed` of them are done.
    pub queued: u64,
    pub hashed: u64,
    /// Validation and hashing are done; the final write is under way.
    pub writing: bool,
}

/// One changed field of an account: never a secret (a password is `none`/`set`/`reset`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Change {
    /// The column: one of [`COLUMNS`], `managed_by`, or an attribute's name.
    pub field: String,
    pub old: serde_json::Value,
    pub new: serde_json::Value,
}

/// An updated account and what changed.
#[derive(Debug, Clone, Serialize)]
pub struct Updated {
    pub username: String,
    pub changes: Vec<Change>,
}

/// Who was (or, in a dry run, would be) created, updated and deactivated. Created
/// accounts are listed in dry runs only, so a real run's memory does not grow with
/// the file.
#[derive(Serialize, Default, Clone)]
pub struct Names {
    pub created: Vec<String>,
    pub updated: Vec<Updated>,
    pub deactivated: Vec<Deactivated>,
}

/// An account a sync deactivated (or would).
#[derive(Debug, Clone, Serialize)]
pub struct Deactivated {
    pub username: String,
    /// It holds `users.manage`: deactivating it takes a manager away.
    pub manager: bool,
}

/// What an import did (or, in a dry run, would do).
#[derive(Serialize, Default)]
pub struct Report {
    pub mode: Option<Mode>,
    pub source: String,
    pub dry_run: bool,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub deactivated: u64,
    /// Passwords hashed (or, with `--reset-passwords`, verified): argon2 work done.
    pub passwords_hashed: u64,
    pub rejected: Vec<Rejected>,
    /// Dry runs and `list_changes`: the accounts concerned.
    #[serde(skip)]
    pub names: Option<Names>,
    /// The header, for writing the rejected rows back.
    #[serde(skip)]
    pub header: Vec<String>,
}

impl Report {
    fn reject(
        &mut self,
        line: u64,
        username: &str,
        reason: String,
        record: Option<&csv::StringRecord>,
    ) {
        self.rejected.push(Rejected {
            line,
            username: mapping::cut(username),
            reason,
            fields: record.map_or_else(Vec::new, |r| r.iter().map(str::to_string).collect()),
        });
    }
}

/// Physical line numbers: the csv crate's own line count misses newlines inside
/// quoted fields of CRLF files, so count `\n` bytes as they pass. The queue holds only
/// the newlines read ahead of the parser (its buffer), so memory stays bounded.
struct LineCounter<R> {
    inner: R,
    offset: u64,
    newlines: Rc<RefCell<VecDeque<u64>>>,
}

/// Counts the file's own bytes (before decoding) for the progress display.
struct Counted<'a, R> {
    inner: R,
    total: u64,
    read: &'a AtomicU64,
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.total += n as u64;
        self.read.store(self.total, Ordering::Relaxed);
        Ok(n)
    }
}

impl<R: Read> Read for LineCounter<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut queue = self.newlines.borrow_mut();
        for (i, b) in buf[..n].iter().enumerate() {
            if *b == b'\n' {
                queue.push_back(self.offset + i as u64);
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

/// Turns byte offsets of record starts (increasing) into physical line numbers.
struct Lines {
    newlines: Rc<RefCell<VecDeque<u64>>>,
    seen: u64,
}

impl Lines {
    fn at(&mut self, position: Option<&csv::Position>) -> u64 {
        let Some(byte) = position.map(csv::Position::byte) else {
            return self.seen + 1;
        };
        let mut queue = self.newlines.borrow_mut();
        // In CRLF files the csv crate places a record's start on the `\n` ending the
        // previous line, hence `<=`.
        while queue.front().is_some_and(|&o| o <= byte) {
            queue.pop_front();
            self.seen += 1;
        }
        self.seen + 1
    }
}

/// Column positions in the file.
#[derive(Default)]
struct Header {
    /// The file's own header names (for writing rejected rows back).
    names: Vec<String>,
    username: Option<usize>,
    email: Option<usize>,
    name: Option<usize>,
    first_name: Option<usize>,
    last_name: Option<usize>,
    role: Option<usize>,
    status: Option<usize>,
    password: Option<usize>,
    password_hash: Option<usize>,
    groups: Option<usize>,
    expires_at: Option<usize>,
    kind: Option<usize>,
    /// Declared attributes: (position, name, type).
    attributes: Vec<(usize, String, Type)>,
}

impl Header {
    /// Reads the header row (physical line `line`) through the mapping; `attributes`
    /// are the declared attributes, columns of the same names.
    fn parse(
        record: &csv::StringRecord,
        line: u64,
        mapping: &Mapping,
        attributes: &[(String, Type)],
    ) -> Result<Header, Refusal> {
        let mut h = Header::default();
        let mut seen: Vec<(String, String)> = Vec::new();
        let mut known: Vec<String> = COLUMNS.iter().map(ToString::to_string).collect();
        known.extend(attributes.iter().map(|(n, _)| n.clone()));
        let columns_hint = || {
            let declared = if attributes.is_empty() {
                " (no attributes are declared: `userctl attr define NAME --type T` adds one)"
                    .to_string()
            } else {
                String::new()
            };
            format!(
                "the columns import-csv reads: {}{declared}; name others with --map \
                 'HEADER=column' or skip them with --ignore-column 'HEADER'",
                known.join(", ")
            )
        };
        // A map naming a header the file lacks explains the unknown column that follows.
        for (header, column) in &mapping.columns {
            if !record.iter().any(|n| mapping::same_header(n, header)) {
                return Err(Refusal::invalid(format!(
                    "line {line}: --map names the header '{}' (for {column}), which the file \
                     does not have",
                    mapping::echo(header)
                ))
                .hint("check the map against the file's header row (and --skip-lines)"));
            }
        }
        for (i, raw) in record.iter().enumerate() {
            let own = raw.trim().trim_start_matches('\u{feff}').to_string();
            h.names.push(own.clone());
            let Some(name) = mapping.column_for(&own) else {
                continue;
            };
            if let Some((_, first)) = seen.iter().find(|(c, _)| *c == name) {
                return Err(Refusal::invalid(format!(
                    "line {line}: the column '{}' is given twice ('{}' and '{}')",
                    mapping::echo(&name),
                    mapping::echo(first),
                    mapping::echo(&own)
                )));
            }
            seen.push((name.clone(), own.clone()));
            let slot = match name.as_str() {
                "username" => &mut h.username,
                "email" => &mut h.email,
                "name" => &mut h.name,
                "first_name" => &mut h.first_name,
                "last_name" => &mut h.last_name,
                "role" => &mut h.role,
                "status" => &mut h.status,
                "password" => &mut h.password,
                "password_hash" => &mut h.password_hash,
                "groups" => &mut h.groups,
                "expires_at" => &mut h.expires_at,
                "kind" => &mut h.kind,
                _ => {
                    if let Some((n, t)) = attributes.iter().find(|(n, _)| *n == name) {
                        h.attributes.push((i, n.clone(), t.clone()));
                        continue;
                    }
                    let close = access::did_you_mean(&name, &known)
                        .map(|c| format!(" (did you mean '{c}'?)"))
                        .unwrap_or_default();
                    return Err(Refusal::invalid(format!(
                        "line {line}: unknown column '{}'{close}",
                        mapping::echo(&own)
                    ))
                    .hint(columns_hint()));
                }
            };
            *slot = Some(i);
        }
        if mapping.username_from_email {
            if h.username.is_some() {
                return Err(Refusal::invalid(format!(
                    "line {line}: the file has a username column and --username-from email \
                     was given"
                ))
                .hint("drop --username-from, or --ignore-column the username column"));
            }
            if h.email.is_none() {
                return Err(Refusal::invalid(format!(
                    "line {line}: --username-from email needs an email column"
                ))
                .hint(columns_hint()));
            }
        } else if h.username.is_none() {
            return Err(Refusal::invalid(format!(
                "line {line}: the header has no 'username' column"
            ))
            .hint(format!(
                "{}; or derive it with --username-from email",
                columns_hint()
            )));
        }
        if h.name.is_some() && (h.first_name.is_some() || h.last_name.is_some()) {
            return Err(Refusal::invalid(format!(
                "line {line}: give either 'name' or 'first_name'/'last_name', not both"
            ))
            .hint("--ignore-column the ones not to use"));
        }
        if h.password.is_some() && h.password_hash.is_some() {
            return Err(Refusal::invalid(format!(
                "line {line}: give either 'password' or 'password_hash', not both"
            )));
        }
        Ok(h)
    }

    fn has_name(&self) -> bool {
        self.name.is_some() || self.first_name.is_some() || self.last_name.is_some()
    }
}

/// One row as read: cells un-neutralised, trimmed where the field is not secret.
struct Row {
    /// The file has an email column (else the stored email is kept).
    email_column: bool,
    username: String,
    email: Option<String>,
    name: Option<String>,
    role: Option<String>,
    status: Option<Status>,
    password: Option<Zeroizing<String>>,
    password_hash: Option<String>,
    /// `password_hash` is of a broken scheme (known from its check, done once).
    weak_hash: bool,
    /// The `groups` cell (`None`: no such column): every group, `;`-separated.
    groups: Option<Vec<String>>,
    /// The `expires_at` cell (`None`: no such column).
    expires_at: Option<Expiry>,
    /// Whether the `kind` cell says `service` (`None`: no such column; an empty cell
    /// is a person).
    service: Option<bool>,
    /// The attribute cells: (name, value; `None` for an empty cell).
    attributes: Vec<(String, Option<String>)>,
}

fn cell(record: &csv::StringRecord, idx: Option<usize>) -> Option<&str> {
    idx.and_then(|i| record.get(i)).map(csv_uncell)
}

/// Checks one row's own content (no database).
fn read_row(
    h: &Header,
    mapping: &Mapping,
    record: &csv::StringRecord,
    allow_weak_hashes: bool,
) -> Result<Row, (String, String)> {
    let email_cell = cell(record, h.email).map_or("", str::trim);
    let raw_username = match h.username {
        Some(i) => cell(record, Some(i)).unwrap_or("").trim().to_string(),
        None => email_cell
            .rsplit_once('@')
            .map_or(email_cell, |(local, _)| local)
            .to_lowercase(),
    };
    let fail = |why: String| Err((raw_username.clone(), why));
    if record.len() != h.names.len() {
        return fail(format!(
            "expected {} fields, found {}",
            h.names.len(),
            record.len()
        ));
    }
    let email = match email_cell {
        "" => None,
        e => match accounts::normalize_email(e) {
            Ok(e) => Some(e),
            Err(e) => return fail(e.message),
        },
    };
    let username = if h.username.is_some() {
        accounts::normalize_username(&raw_username)
    } else {
        match &email {
            None => return fail("no email to derive the username from".into()),
            Some(e) => accounts::normalize_username(e.rsplit_once('@').map_or(e.as_str(), |p| p.0)),
        }
    };
    let username = match username {
        Ok(u) => u,
        Err(e) if h.username.is_none() => {
            return fail(format!(
                "cannot derive a username from the email: {}",
                e.message
            ))
        }
        Err(e) => return fail(e.message),
    };
    let name = if h.name.is_some() {
        cell(record, h.name).map(str::to_string)
    } else if h.has_name() {
        let first = cell(record, h.first_name).unwrap_or("").trim();
        let last = cell(record, h.last_name).unwrap_or("").trim();
        Some(format!("{first} {last}").trim().to_string())
    } else {
        None
    };
    let name = match name.map(|n| accounts::normalize_display_name(&n)) {
        None => None,
        Some(Ok(n)) => Some(n),
        Some(Err(e)) => return fail(e.message),
    };
    let role = cell(record, h.role)
        .map(|r| mapping.role_of(r))
        .filter(|r| !r.is_empty());
    let status = match cell(record, h.status).map(str::trim) {
        None | Some("") => None,
        Some(s) => match mapping.status_of(s) {
            Ok(s) => Some(s),
            Err(why) => return fail(why),
        },
    };
    let password = cell(record, h.password)
        .filter(|p| !p.is_empty())
        .map(|p| Zeroizing::new(p.to_string()));
    let (password_hash, weak_hash) = match cell(record, h.password_hash).map(str::trim) {
        None | Some("") => (None, false),
        Some(hash) => match password::check_hash(hash, allow_weak_hashes) {
            Ok(info) => (Some(hash.to_string()), info.weak),
            Err(why) => return fail(format!("invalid password_hash: {why}")),
        },
    };
    let groups = match h.groups {
        None => None,
        Some(i) => match access::parse_groups_cell(cell(record, Some(i)).unwrap_or("")) {
            Ok(g) => Some(g),
            Err(e) => return fail(format!("groups: {}", e.message)),
        },
    };
    let expires_at = match cell(record, h.expires_at).map(str::trim) {
        None => None,
        Some("") => Some(Expiry { at: None }),
        Some(text) => match expiry_cell(text) {
            Ok(at) => Some(Expiry { at }),
            Err(why) => return fail(why),
        },
    };
    let service = match cell(record, h.kind).map(|k| k.trim().to_ascii_lowercase()) {
        None => None,
        Some(k) if k.is_empty() || k == "person" => Some(false),
        Some(k) if k == "service" => Some(true),
        Some(k) => {
            return fail(format!(
                "invalid kind '{}': give person or service",
                mapping::echo(&k)
            ))
        }
    };
    let mut attributes = Vec::with_capacity(h.attributes.len());
    for (i, name, kind) in &h.attributes {
        let value = match cell(record, Some(*i)).map(str::trim) {
            None | Some("") => None,
            Some(v) => match crate::attributes::validate(name, kind, v) {
                Ok(v) => Some(v),
                Err(e) => return fail(e.message),
            },
        };
        attributes.push((name.clone(), value));
    }
    Ok(Row {
        email_column: h.email.is_some(),
        username,
        email,
        name,
        role,
        status,
        password,
        password_hash,
        weak_hash,
        groups,
        expires_at,
        service,
        attributes,
    })
}

/// Reads an `expires_at` cell: a date (`2027-03-31`, the start of that day UTC), a
/// UTC time (`2027-03-31T18:00:00Z`) or `never`. A duration (`90d`) is refused: it
/// would move every night, and importing the same file twice must change nothing.
fn expiry_cell(text: &str) -> Result<Option<String>, String> {
    let shown = mapping::echo(text);
    if clock::parse_duration(text).is_some() {
        return Err(format!(
            "expires_at '{shown}' is relative and would move every night: give a date \
             (2027-03-31) or a UTC time (2027-03-31T18:00:00Z)"
        ));
    }
    access::parse_expires(text).map_err(|_| {
        format!(
            "invalid expires_at '{shown}': give a date (2027-03-31), a UTC time \
             (2027-03-31T18:00:00Z), or never (or leave the cell empty)"
        )
    })
}

/// Rows whose passwords are hashed together: enough to keep every core busy, few
/// enough that memory does not grow with the file.
const CHUNK: usize = 1024;

/// The password work a valid row needs before it can be written.
enum Secret {
    /// A password to hash: a new account's, or the first of an account without one.
    Hash(Zeroizing<String>),
    /// An account without a password, under `--passwords-out`: generate and hash.
    Generate,
    /// `--reset-passwords`: the file's password replaces the stored hash unless it
    /// already verifies against it. `alone`: the row changes nothing else.
    Replace {
        password: Zeroizing<String>,
        stored: Option<String>,
        alone: bool,
    },
}

/// A staged row waiting for its password to be hashed.
struct Pending {
    line: u64,
    username: String,
    secret: Secret,
}

/// What becomes of a row once its secret is dealt with.
enum Hashed {
    Hash(String),
    Generated(String, Generated),
    /// The file's password is the stored one and nothing else changes.
    Keep,
    /// The file's password is the stored one; the row's other changes stand.
    Unchanged,
}

/// What a valid row becomes: its staged change, the password work it needs, and
/// what it says about groups, expiry and attributes.
type Planned = (Staged, Option<Secret>, Option<Extras>);

/// Validates a row against the database (read outside the write lock) and plans it.
fn plan_row(
    conn: &Conn,
    opts: &Options,
    policy: &password::Policy,
    known: &Known,
    found: &Found,
    mut row: Row,
) -> Result<Result<Planned, String>> {
    let roles = &known.roles;
    if let Some(groups) = &row.groups {
        if let Some(missing) = groups.iter().find(|g| !known.groups.contains(*g)) {
            let next = access::did_you_mean(missing, &known.groups).map_or_else(
                || format!("create it first with `userctl group create {missing}`"),
                |close| format!("did you mean '{close}'?"),
            );
            return Ok(Err(format!(
                "no group '{missing}' in the groups cell: {next}"
            )));
        }
    }
    let service = row.service;
    let wanted = Extras {
        groups: row.groups.take(),
        add_only: false,
        expires: row.expires_at.take(),
        attributes: std::mem::take(&mut row.attributes),
        service: service == Some(true),
    };
    if let Some(role) = &row.role {
        if !roles.contains(role) {
            let mut names: Vec<&str> = roles.iter().map(String::as_str).collect();
            names.sort_unstable();
            return Ok(Err(format!(
                "no role '{}' (existing roles: {}; translate the file's words with \
                 --role-map 'VALUE=ROLE')",
                mapping::echo(role),
                names.join(", ")
            )));
        }
    }
    let existing = found.account(conn, &row.username)?;
    if let Some(email) = &row.email {
        if let Some((holder_id, holder)) = found.email_holder(conn, email)? {
            if existing.as_ref().map(|e| e.id) != Some(holder_id) {
                return Ok(Err(format!(
                    "email '{email}' is already used by '{holder}'"
                )));
            }
        }
    }
    let username = row.username.clone();
    let email = row.email.clone();
    let (staged, secret, extras) = match existing {
        None if wanted.service => {
            if row.password.is_some() || row.password_hash.is_some() {
                return Ok(Err(format!(
                    "user '{}' is to be a service account (API keys only): it takes no password",
                    row.username
                )));
            }
            if row.status == Some(Status::Invited) {
                return Ok(Err(format!(
                    "user '{}' is to be a service account: it cannot be invited \
                     (service accounts are active or inactive)",
                    row.username
                )));
            }
            let (staged, _) = plan_create(opts, row);
            (staged, None, Some(created_extras(wanted)))
        }
        None => {
            let (staged, secret) = plan_create(opts, row);
            (staged, secret, Some(created_extras(wanted)))
        }
        // The import does not turn people into service accounts or back: that removes
        // a password, or needs one, and is a deliberate `user edit --service`.
        Some(e) if service.is_some_and(|s| s != (e.kind == "service")) => {
            let (is, says) = if e.kind == "service" {
                ("a service account", "person")
            } else {
                ("a person", "service")
            };
            return Ok(Err(format!(
                "user '{}' is {is} and the kind cell says {says}: the import does not \
                 change an account's kind (`userctl user edit {} --service true|false`)",
                e.username, e.username
            )));
        }
        Some(_) if opts.mode == Mode::Create => {
            return Ok(Err(format!(
                "user '{}' already exists (--mode create only creates)",
                row.username
            )))
        }
        Some(e)
            if e.kind == "service" && (row.password.is_some() || row.password_hash.is_some()) =>
        {
            return Ok(Err(format!(
                "user '{}' is a service account (API keys only): it takes no password",
                e.username
            )))
        }
        Some(existing) => {
            // The file states the whole of the groups of the people its source manages
            // or no source does; of another source's accounts it only adds.
            let adopt = adopts(conn, opts, &existing)?;
            let owned = existing.managed_by.as_deref() == Some(opts.source.as_str())
                || (existing.managed_by.is_none() && existing.kind == "person");
            let extras = differing_extras(conn, &existing, wanted, !owned)?;
            let (staged, secret) = plan_update(opts, &existing, row, extras.is_some(), adopt);
            (staged, secret, extras)
        }
    };
    // The policy applies to the passwords that will be set, and only to those.
    if let Some(Secret::Hash(pw) | Secret::Replace { password: pw, .. }) = &secret {
        let mut context = vec![username.as_str()];
        if let Some(e) = &email {
            context.push(e.as_str());
        }
        if let Err(e) = password::check_policy(pw, policy, &context) {
            return Ok(Err(e.message));
        }
    }
    Ok(Ok((staged, secret, extras)))
}

/// Whether this run hands an existing account to its source: only with `--adopt`,
/// only an account no source manages, never a service account (no people feed
/// sweeps it) nor one made by `init` or `recover` (the accounts that end a lockout).
/// An account the source created is managed by it already.
fn adopts(conn: &Conn, opts: &Options, e: &Existing) -> Result<bool> {
    Ok(opts.adopt
        && e.managed_by.is_none()
        && e.kind == "person"
        && !db::import::made_by_setup(conn, &e.username)?)
}

/// What the database holds of a batch's keys: the accounts its rows name, the holders
/// of the emails they give, and the earlier rows of the file holding one of its keys,
/// all read in one round trip (one per row would make a server's import slow).
struct Found {
    /// By lowercased username.
    accounts: HashMap<String, Existing>,
    /// (id, username) by lowercased email.
    holders: HashMap<String, (i64, String)>,
    /// The staged rows holding the batch's keys, for [`db::import::stage`].
    staged: db::import::Taken,
    /// The database matched a name its lowercased form does not give (a stored
    /// name whose case folds otherwise): each row is then looked up on its own.
    one_by_one: bool,
}

impl Found {
    /// Reads what the keys of a batch's rows find: a valid row's username and email
    /// (lowercased already), an unreadable record's username lowercased.
    fn read(conn: &Conn, batch: &[ParsedRow]) -> Result<Found> {
        let unreadable: Vec<String> = batch
            .iter()
            .filter_map(|(_, row, record)| match row {
                Err((username, _)) if record.is_some() => Some(username.to_ascii_lowercase()),
                _ => None,
            })
            .collect();
        let valid = batch.iter().filter_map(|(_, r, _)| r.as_ref().ok());
        let names: Vec<&str> = valid
            .clone()
            .map(|r| r.username.as_str())
            .chain(unreadable.iter().map(String::as_str))
            .collect();
        let emails: Vec<&str> = valid.filter_map(|r| r.email.as_deref()).collect();
        let part = db::import::look_up(conn, &names, &emails)?;
        let accounts: HashMap<String, Existing> = part
            .accounts
            .into_iter()
            .map(|e| (e.username.to_lowercase(), e))
            .collect();
        let holders: HashMap<String, (i64, String)> = part
            .holders
            .into_iter()
            .map(|(id, username, email)| (email.to_lowercase(), (id, username)))
            .collect();
        let (names, emails): (HashSet<&str>, HashSet<&str>) =
            (names.into_iter().collect(), emails.into_iter().collect());
        let found = Found {
            one_by_one: accounts.keys().any(|k| !names.contains(k.as_str()))
                || holders.keys().any(|k| !emails.contains(k.as_str())),
            accounts,
            holders,
            staged: part.staged,
        };
        Ok(found)
    }

    /// The account named `username` (lowercased), if any.
    fn account(&self, conn: &Conn, username: &str) -> Result<Option<Existing>> {
        if self.one_by_one {
            return db::import::by_username(conn, username);
        }
        Ok(self.accounts.get(username).cloned())
    }

    /// The (id, username) of the account using `email` (lowercased), if any.
    fn email_holder(&self, conn: &Conn, email: &str) -> Result<Option<(i64, String)>> {
        if self.one_by_one {
            return db::import::email_holder(conn, email);
        }
        Ok(self.holders.get(email).cloned())
    }
}

/// A row of a batch once planned, waiting for the batch to be staged.
struct PlannedRow {
    line: u64,
    /// The key it is staged under (`None`: an unreadable record, staged nowhere).
    key: Option<String>,
    username: String,
    email: Option<String>,
    staged: Staged,
    secret: Option<Secret>,
    extras: Option<Extras>,
    audit: Option<db::audit::Body>,
    /// Why the row is refused, if it is.
    invalid: Option<String>,
    record: Option<csv::StringRecord>,
    /// Refused by the reading thread (its reason stands even if a key collides).
    unreadable: bool,
}

/// What validation knows of the database: role and group names (lower-cased).
struct Known {
    roles: HashSet<String>,
    groups: Vec<String>,
}

/// A new account's extras: only what differs from a new account's nothing (no
/// groups, no expiry, no attribute values of its own).
fn created_extras(mut wanted: Extras) -> Extras {
    wanted.groups = wanted.groups.filter(|g| !g.is_empty());
    wanted.expires = wanted.expires.filter(|e| e.at.is_some());
    wanted.attributes.retain(|(_, v)| v.is_some());
    wanted
}

/// The row's extras when they would change the account (read outside the lock;
/// the write compares again under it), else `None`.
fn differing_extras(
    conn: &Conn,
    e: &Existing,
    mut wanted: Extras,
    add_only: bool,
) -> Result<Option<Extras>> {
    wanted.add_only = add_only;
    // An existing account keeps its kind (a different one was refused).
    wanted.service = false;
    let mut differs = false;
    if let Some(groups) = &wanted.groups {
        let mut current: Vec<String> = db::access::groups_of(conn, e.id)?
            .into_iter()
            .map(|(_, n)| n.to_lowercase())
            .collect();
        current.sort();
        differs |= if add_only {
            groups.iter().any(|g| !current.contains(g))
        } else {
            current != *groups
        };
    }
    if let Some(expiry) = &wanted.expires {
        differs |= expiry.at != e.expires_at;
    }
    if !wanted.attributes.is_empty() {
        let own = db::attributes::values_of(conn, e.id)?;
        differs |= wanted.attributes.iter().any(|(name, value)| {
            own.iter().find(|(n, _)| n == name).map(|(_, v)| v) != value.as_ref()
        });
    }
    Ok(differs.then_some(wanted))
}

fn plan_create(opts: &Options, row: Row) -> (Staged, Option<Secret>) {
    let service = row.service == Some(true);
    let has_password = row.password.is_some() || row.password_hash.is_some();
    let generate = !has_password && opts.generate_passwords && !service;
    // No active account without a password (a service account has none): without one
    // it is invited.
    let status = match row.status {
        Some(Status::Inactive) => Status::Inactive,
        Some(Status::Invited) => Status::Invited,
        _ if !has_password && !generate && !service => Status::Invited,
        _ => Status::Active,
    };
    let keep_secret = status != Status::Invited;
    // Passwords are generated for accounts that may log in, not for inactive ones.
    let generate = generate && status == Status::Active;
    let secret = match row.password {
        Some(pw) if keep_secret => Some(Secret::Hash(pw)),
        None if generate => Some(Secret::Generate),
        _ => None,
    };
    let user = NewUser {
        username: row.username,
        email: row.email,
        display_name: row.name.unwrap_or_default(),
        role: row.role.unwrap_or_else(|| opts.default_role.clone()),
        status,
        must_change_password: generate || row.weak_hash,
        password_hash: row.password_hash.filter(|_| keep_secret),
    };
    (Staged::Create(user), secret)
}

/// Plans the row of an existing account. Its password is the file's only when it has
/// none yet (an initial password) or with `--reset-passwords`; an account that has
/// one needs no hashing and no verification.
fn plan_update(
    opts: &Options,
    e: &Existing,
    row: Row,
    extras_change: bool,
    adopt: bool,
) -> (Staged, Option<Secret>) {
    // A service account has no password and is active without one.
    let service = e.kind == "service";
    let has_hash = e.password_hash.is_some() || service;
    let mut secret = None;
    let mut password_hash = None;
    let mut reset = false;
    // The status the row asks for; an invited account given its first password is
    // active unless the row says otherwise.
    let gets_password = !has_hash && (row.password.is_some() || row.password_hash.is_some());
    let mut wanted = row
        .status
        .or_else(|| (gets_password && e.status == Status::Invited).then_some(Status::Active));
    if wanted == Some(Status::Invited) && !has_hash {
        // An invited account takes no password (as at creation).
    } else if !has_hash {
        if let Some(hash) = row.password_hash {
            password_hash = Some(hash);
        } else if let Some(pw) = row.password {
            secret = Some(Secret::Hash(pw));
        } else if opts.generate_passwords
            && (wanted == Some(Status::Active) || (wanted.is_none() && e.status == Status::Invited))
        {
            secret = Some(Secret::Generate);
            wanted = Some(Status::Active);
        }
    } else if opts.reset_passwords {
        if let Some(hash) = row
            .password_hash
            .filter(|h| e.password_hash.as_deref() != Some(h.as_str()))
        {
            password_hash = Some(hash);
            reset = true;
        } else if let Some(pw) = row.password {
            secret = Some(Secret::Replace {
                password: pw,
                stored: e.password_hash.clone(),
                alone: false,
            });
            reset = true;
        }
    }
    let will_have_hash = has_hash || password_hash.is_some() || secret.is_some();
    if wanted == Some(Status::Active) && !will_have_hash {
        wanted = Some(Status::Invited);
    }
    let managed_by = adopt.then(|| opts.source.clone());
    let generated = matches!(secret, Some(Secret::Generate));
    let update = Update {
        id: e.id,
        username: e.username.clone(),
        email: (row.email_column && row.email != e.email).then(|| row.email.clone()),
        display_name: row.name.filter(|n| *n != e.display_name),
        role: row.role.filter(|r| *r != e.role),
        status: wanted.filter(|s| *s != e.status),
        password_hash,
        reset,
        must_change_password: generated,
        managed_by,
    };
    let alone = update.email.is_none()
        && update.display_name.is_none()
        && update.role.is_none()
        && update.status.is_none()
        && update.password_hash.is_none()
        && update.managed_by.is_none()
        && !extras_change;
    match secret {
        Some(Secret::Replace {
            password, stored, ..
        }) => (
            Staged::Update(update),
            Some(Secret::Replace {
                password,
                stored,
                alone,
            }),
        ),
        None if alone => (Staged::Keep, None),
        other => (Staged::Update(update), other),
    }
}

/// What Ctrl-C before the final write says.
const STOPPED: &str = ": the import stopped before writing";

/// Deals with the chunk's secrets on every core: hashes passwords, generates the
/// missing ones, keeps a stored hash the file's password already verifies against.
fn hash_chunk(
    pending: &mut Vec<Pending>,
    params: password::HashParams,
    tick: &(dyn Fn() + Sync),
) -> Result<Vec<(u64, Hashed)>> {
    pending
        .par_drain(..)
        .map(|p| -> Result<(u64, Hashed)> {
            crate::prompt::check(STOPPED)?;
            let hashed = match p.secret {
                Secret::Hash(pw) => Hashed::Hash(password::hash(&pw, params)?),
                Secret::Generate => {
                    let pw = password::generate()?;
                    let hash = password::hash(&pw, params)?;
                    Hashed::Generated(
                        hash,
                        Generated {
                            username: p.username,
                            password: pw,
                        },
                    )
                }
                Secret::Replace {
                    password: pw,
                    stored,
                    alone,
                } => {
                    let same = stored
                        .as_deref()
                        .is_some_and(|s| password::verify(&pw, s).unwrap_or(false));
                    match (same, alone) {
                        (false, _) => Hashed::Hash(password::hash(&pw, params)?),
                        (true, true) => Hashed::Keep,
                        (true, false) => Hashed::Unchanged,
                    }
                }
            };
            tick();
            Ok((p.line, hashed))
        })
        .collect()
}

/// Hashes the pending rows' passwords and completes their staged rows, emptying
/// `pending`. Generated passwords go to `generated`.
fn finish_chunk(
    conn: &Conn,
    pending: &mut Vec<Pending>,
    params: password::HashParams,
    tick: &(dyn Fn() + Sync),
    generated: &mut dyn FnMut(&Generated) -> Result<()>,
) -> Result<()> {
    if pending.is_empty() {
        return Ok(());
    }
    let hashed = hash_chunk(pending, params, tick)?;
    let tx = db::begin_read(conn)?;
    for (line, h) in hashed {
        match h {
            Hashed::Hash(hash) => db::import::set_staged_hash(&tx, line, &hash)?,
            Hashed::Generated(hash, g) => {
                db::import::set_staged_hash(&tx, line, &hash)?;
                generated(&g)?;
            }
            Hashed::Keep => db::import::keep_staged(&tx, line)?,
            Hashed::Unchanged => {}
        }
    }
    tx.commit()?;
    Ok(())
}

/// Rows the reading thread hands over at a time, each batch checked and staged
/// together (256: fewer round trips than 128, faster than 1,024; see BENCHMARKS.md).
const BATCH: usize = 256;
// A batch's lookup binds each key twice: four placeholders a row at the most, well
// within both engines' limits (SQLite's 32,766).
const _: () = assert!(BATCH * 4 <= db::import::MAX_PLACEHOLDERS);

/// What the reading thread sends: the header's column names once, then batches of
/// rows, each with its line, its own checks, and the record (`None`: unreadable).
enum Parsed {
    Header(Vec<String>),
    Rows(Vec<ParsedRow>),
}

type ParsedRow = (
    u64,
    Result<Row, (String, String)>,
    Option<csv::StringRecord>,
);

/// What the reading thread needs to know about the file.
struct Shape<'a> {
    delimiter: u8,
    skip_lines: u64,
    encoding: Option<&'static encoding_rs::Encoding>,
    mapping: &'a Mapping,
    allow_weak_hashes: bool,
    /// The declared attributes (columns of the same names).
    attributes: &'a [(String, Type)],
}

/// A CSV error as a refusal: undecodable bytes and over-long lines name their line
/// and what to try.
fn unreadable(e: csv::Error, line: u64) -> anyhow::Error {
    match decode::unreadable(&e) {
        Some(why @ decode::Unreadable::Malformed { .. }) => Refusal::invalid(why.to_string())
            .hint(
                "name the file's encoding with --encoding LABEL, e.g. --encoding windows-1252 \
                 (Excel in Western Europe) or --encoding utf-16le",
            )
            .into(),
        Some(
            why @ (decode::Unreadable::TooLong { .. } | decode::Unreadable::RecordTooLong { .. }),
        ) => Refusal::invalid(why.to_string())
            .hint("check the file, --delimiter and --skip-lines")
            .into(),
        None if matches!(e.kind(), csv::ErrorKind::Io(_)) => {
            anyhow::Error::from(e).context("reading the CSV input")
        }
        None => Refusal::invalid(format!("line {line}: {e}")).into(),
    }
}

/// Parses `input` into `out` (the reading thread), skipping blank rows. Stops at the
/// first error it sends, or when the receiver is gone.
fn parse(input: impl Read, shape: &Shape<'_>, read: &AtomicU64, out: &SyncSender<Result<Parsed>>) {
    let newlines = Rc::new(RefCell::new(VecDeque::new()));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(shape.delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(LineCounter {
            inner: decode::Decoded::new(
                Counted {
                    inner: input,
                    total: 0,
                    read,
                },
                shape.encoding,
                shape.skip_lines,
            )
            .delimiter(shape.delimiter),
            offset: 0,
            newlines: Rc::clone(&newlines),
        });
    let mut lines = Lines {
        newlines,
        seen: shape.skip_lines,
    };
    let header_line = shape.skip_lines + 1;
    let mut records = reader.records();
    let header = match records.next() {
        None => refuse(Refusal::invalid(format!(
            "the file is empty: it needs a header row (on line {header_line})"
        ))),
        Some(Err(e)) => Err(unreadable(e, header_line)),
        Some(Ok(h)) => {
            lines.at(h.position());
            Header::parse(&h, header_line, shape.mapping, shape.attributes)
                .map_err(anyhow::Error::from)
        }
    };
    let header = match header {
        Ok(h) => h,
        Err(e) => {
            let _ = out.send(Err(e));
            return;
        }
    };
    if out.send(Ok(Parsed::Header(header.names.clone()))).is_err() {
        return;
    }
    let mut batch = Vec::with_capacity(BATCH);
    for record in records {
        let parsed = match record {
            Ok(record) => {
                let line = lines.at(record.position());
                if record.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                (
                    line,
                    read_row(&header, shape.mapping, &record, shape.allow_weak_hashes),
                    Some(record),
                )
            }
            Err(e) => {
                let line = lines.at(e.position());
                if decode::unreadable(&e).is_some() || matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    let _ = out.send(Err(unreadable(e, line)));
                    return;
                }
                let why = format!("unreadable row: {e}");
                (line, Err((String::new(), why)), None)
            }
        };
        batch.push(parsed);
        if batch.len() == BATCH {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
            if out.send(Ok(Parsed::Rows(full))).is_err() {
                return;
            }
        }
    }
    let _ = out.send(Ok(Parsed::Rows(batch)));
}

/// Reads, validates and imports `input`. A refusal (exit 7) when rows are invalid
/// and `skip_invalid` is off; nothing is written then.
///
/// Every row is validated against the database (in short read transactions) and
/// staged in a TEMP table; passwords are hashed a chunk at a time on every core with
/// no transaction open. Only the final write takes the lock. `generated` receives
/// each generated password (for `--passwords-out`) before the write: keep them only
/// if the import then writes.
pub fn run(
    conn: &Conn,
    actor: &Actor,
    input: impl Read + Send,
    opts: &Options,
    progress: &(dyn Fn(Progress) + Sync),
    generated: &mut dyn FnMut(&Generated) -> Result<()>,
) -> Result<Report> {
    authz::authorize(conn, actor, Action::AddUsers)?;
    accounts::ensure_role(conn, &opts.default_role)?;
    let policy = settings::password_policy(conn)?;
    let params = settings::hash_params(conn)?;
    let known = Known {
        roles: db::roles::names(conn)?.into_iter().collect(),
        groups: db::access::groups(conn)?
            .into_iter()
            .map(|g| g.name.to_lowercase())
            .collect(),
    };
    let attributes: Vec<(String, Type)> = crate::attributes::columns(conn)?
        .into_iter()
        .map(|(a, t)| (a.name, t))
        .collect();
    let mut granted: HashSet<String> = HashSet::new();
    // Which kinds of rows were staged: the write skips the scans for the others.
    let mut kinds = StagedKinds::default();
    let who = actor.audit_name();
    db::import::create_stage(conn)?;

    let mut report = Report {
        mode: Some(opts.mode),
        source: opts.source.clone(),
        dry_run: opts.dry_run,
        names: (opts.dry_run || opts.list_changes).then(Names::default),
        ..Report::default()
    };
    let bytes_read = AtomicU64::new(0);
    let rows_read = AtomicU64::new(0);
    let queued = AtomicU64::new(0);
    let hashed = AtomicU64::new(0);
    let writing = AtomicBool::new(false);
    let show = || {
        progress(Progress {
            bytes: bytes_read.load(Ordering::Relaxed),
            rows: rows_read.load(Ordering::Relaxed),
            queued: queued.load(Ordering::Relaxed),
            hashed: hashed.load(Ordering::Relaxed),
            writing: writing.load(Ordering::Relaxed),
        });
    };
    let tick = || {
        hashed.fetch_add(1, Ordering::Relaxed);
        show();
    };
    let mut pending: Vec<Pending> = Vec::with_capacity(CHUNK);

    // A second thread parses the CSV while this one works with the database.
    let (sender, receiver) = std::sync::mpsc::sync_channel(8);
    let shape = Shape {
        delimiter: opts.delimiter,
        skip_lines: opts.skip_lines,
        encoding: opts.encoding,
        mapping: &opts.mapping,
        allow_weak_hashes: opts.allow_weak_hashes,
        attributes: &attributes,
    };
    let staged = std::thread::scope(|scope| -> Result<()> {
        let bytes_read = &bytes_read;
        let shape = &shape;
        scope.spawn(move || parse(input, shape, bytes_read, &sender));
        let mut batches = receiver.into_iter();
        let header = match batches.next() {
            Some(Ok(Parsed::Header(names))) => names,
            Some(Err(e)) => return Err(e),
            _ => anyhow::bail!("the CSV reader stopped before the header"),
        };
        report.header = header;
        // Short read transactions: one per chunk of rows, so that a database in
        // rollback-journal mode is never read-locked for long.
        let mut reading = db::begin_read(conn)?;
        let mut in_transaction = 0;
        for batch in batches {
            crate::prompt::check(STOPPED)?;
            let Parsed::Rows(batch) = batch? else {
                anyhow::bail!("the CSV reader sent a second header");
            };
            // Planned together: what the batch's keys find is read in one statement,
            // and its rows are staged in one more.
            let mut found = Found::read(conn, &batch)?;
            let mut planned = Vec::with_capacity(batch.len());
            for (line, row, record) in batch {
                let row = match row {
                    Ok(row) => row,
                    Err((username, reason)) => {
                        planned.push(PlannedRow {
                            line,
                            // Named in the file all the same: `--mode sync` leaves it alone.
                            key: record.is_some().then(|| username.to_ascii_lowercase()),
                            username,
                            email: None,
                            staged: Staged::Rejected,
                            secret: None,
                            extras: None,
                            audit: None,
                            invalid: Some(reason),
                            record,
                            unreadable: true,
                        });
                        continue;
                    }
                };
                if rows_read.fetch_add(1, Ordering::Relaxed) % 4096 == 0 {
                    show();
                }
                let username = row.username.clone();
                let email = row.email.clone();
                let (staged, secret, extras, invalid) =
                    match plan_row(conn, opts, &policy, &known, &found, row)? {
                        Ok((staged, secret, extras)) => (staged, secret, extras, None),
                        Err(reason) => (Staged::Rejected, None, None, Some(reason)),
                    };
                // No escalation: an `--as` account only gives roles whose permissions
                // it holds.
                let given = match &staged {
                    Staged::Create(u) => {
                        kinds.create = true;
                        Some(&u.role)
                    }
                    Staged::Update(u) => {
                        kinds.update = true;
                        u.role.as_ref()
                    }
                    Staged::Keep | Staged::Rejected => None,
                };
                if let Some(role) = given.filter(|r| !granted.contains(*r)) {
                    authz::ensure_holds_role(conn, actor, role)?;
                    granted.insert(role.clone());
                }
                // A new account's audit entry, digested now; one with groups, expiry or
                // attributes is audited by the write, with what they became.
                let audit = match &staged {
                    Staged::Create(_) if extras.as_ref().is_some_and(|e| !e.is_empty()) => {
                        kinds.extras = true;
                        None
                    }
                    Staged::Create(u) => Some(added_entry(
                        &who,
                        opts,
                        u,
                        u.password_hash.is_some() || secret.is_some(),
                    )?),
                    _ => None,
                };
                planned.push(PlannedRow {
                    line,
                    key: Some(username.clone()),
                    username,
                    email,
                    staged,
                    secret,
                    extras,
                    audit,
                    invalid,
                    record,
                    unreadable: false,
                });
            }
            let to_stage: Vec<db::import::ToStage<'_>> = planned
                .iter()
                .filter_map(|p| {
                    Some(db::import::ToStage {
                        line: p.line,
                        username: p.key.as_deref()?,
                        email: p.email.as_deref(),
                        row: &p.staged,
                        extras: p.extras.as_ref(),
                        audit: p.audit.as_ref(),
                    })
                })
                .collect();
            let duplicates: HashMap<u64, Duplicate> =
                db::import::stage(conn, &to_stage, std::mem::take(&mut found.staged))?
                    .into_iter()
                    .collect();
            drop(to_stage);
            for p in planned {
                if p.unreadable {
                    let reason = p.invalid.unwrap_or_default();
                    report.reject(p.line, &p.username, reason, p.record.as_ref());
                    continue;
                }
                let invalid = match duplicates.get(&p.line) {
                    Some(Duplicate::Username { first_line }) => Some(format!(
                        "username '{}' already appears on line {first_line}",
                        p.username
                    )),
                    Some(Duplicate::Email { first_line }) => Some(format!(
                        "email '{}' already appears on line {first_line}",
                        p.email.as_deref().unwrap_or_default()
                    )),
                    None => p.invalid,
                };
                if let Some(reason) = invalid {
                    report.reject(
                        p.line,
                        &p.username,
                        reason,
                        Some(&p.record.unwrap_or_default()),
                    );
                    continue;
                }
                if let Some(secret) = p.secret {
                    queued.fetch_add(1, Ordering::Relaxed);
                    pending.push(Pending {
                        line: p.line,
                        username: p.username,
                        secret,
                    });
                }
                in_transaction += 1;
                if in_transaction == CHUNK || pending.len() == CHUNK {
                    reading.commit()?;
                    if pending.len() == CHUNK {
                        if report.rejected.is_empty() || opts.skip_invalid {
                            finish_chunk(conn, &mut pending, params, &tick, generated)?;
                        } else {
                            // Nothing will be written: spare the hashing.
                            pending.clear();
                        }
                    }
                    reading = db::begin_read(conn)?;
                    in_transaction = 0;
                }
            }
        }
        reading.commit()?;
        Ok(())
    });
    staged?;
    show();
    if !report.rejected.is_empty() && !opts.skip_invalid {
        return Ok(report);
    }
    finish_chunk(conn, &mut pending, params, &tick, generated)?;
    conn.analyze("import_rows")?;
    report.unchanged = db::import::kept(conn)?;
    report.passwords_hashed = hashed.load(Ordering::Relaxed);

    // The short write: re-check under the lock, write, audit.
    crate::prompt::check(STOPPED)?;
    writing.store(true, Ordering::Relaxed);
    show();
    let names = report.names.take();
    let (counts, names) = db::with_sync_after_unlock(conn, || {
        authz::write(conn, opts.dry_run, |tx| {
            write(tx, actor, opts, &granted, kinds, names.clone())
        })
    })?;
    report.created = counts.created;
    report.updated = counts.updated;
    report.deactivated = counts.deactivated;
    report.names = names;
    Ok(report)
}

/// What the write did.
#[derive(Default)]
struct Counts {
    created: u64,
    updated: u64,
    deactivated: u64,
}

/// The audit details of an account an import created.
#[derive(Serialize)]
struct AddedBy<'a> {
    #[serde(flatten)]
    added: accounts::Added<'a>,
    managed_by: &'a str,
}

/// Which kinds of rows were staged (rows rejected afterwards included): the write
/// skips the staging table's scans for the others.
#[derive(Default, Clone, Copy)]
#[allow(clippy::struct_excessive_bools)]
struct StagedKinds {
    create: bool,
    update: bool,
    /// A new account with groups, expiry or attributes (audited by the write).
    extras: bool,
}

/// The action of a new account's audit entry.
const ADD_ACTION: &str = "user.add";

/// The audit entry of a new account, digested while staging (before the lock): its
/// password is `set` when the file gives a hash or one is still to be hashed.
fn added_entry(
    who: &str,
    opts: &Options,
    user: &NewUser,
    password_set: bool,
) -> Result<db::audit::Body> {
    db::audit::Body::new(
        who,
        ADD_ACTION,
        Some(&user.username),
        &AddedBy {
            added: accounts::Added::planned(user, password_set, Some("import-csv")),
            managed_by: &opts.source,
        },
    )
}

/// Refuses (exit 7, nothing written) a run over one of its safety limits.
fn check_limits(tx: &Tx<'_>, opts: &Options, deactivate: u64) -> Result<()> {
    let base = db::import::managed_active(tx, &opts.source)?;
    let source = mapping::echo(&opts.source);
    if opts.mode == Mode::Sync {
        let limit = match opts.max_deactivate {
            Some(limit) => limit,
            None => settings::import_max_deactivate(tx)?,
        };
        let max = limit.of(base);
        if deactivate > max {
            return refuse(
                Refusal::invalid(format!(
                    "refused: this sync would deactivate {deactivate} of the {base} active \
                     accounts managed by '{source}', more than the limit of {max} \
                     (--max-deactivate {limit}); is the file truncated? Nothing was written"
                ))
                .hint(format!(
                    "check the file; if it is right, allow it for this run with \
                     --max-deactivate {deactivate}"
                )),
            );
        }
    }
    if let Some(limit) = opts.max_changes {
        let created = db::import::staged_count(tx, "create")?;
        let updated = db::import::staged_count(tx, "update")?;
        let changes = created + updated + deactivate;
        let max = limit.of(base);
        if changes > max {
            return refuse(
                Refusal::invalid(format!(
                    "refused: this import would change {changes} accounts ({created} created, \
                     {updated} updated, {deactivate} deactivated), more than the limit of {max} \
                     (--max-changes {limit} of the {base} active accounts managed by \
                     '{source}'); is the file truncated? Nothing was written"
                ))
                .hint(format!(
                    "check the file; if it is right, allow it for this run with \
                     --max-changes {changes}"
                )),
            );
        }
    }
    Ok(())
}

fn write(
    tx: &Tx<'_>,
    actor: &Actor,
    opts: &Options,
    granted: &HashSet<String>,
    kinds: StagedKinds,
    mut names: Option<Names>,
) -> Result<(Counts, Option<Names>)> {
    // Permissions may have changed since validation: check again under the lock.
    authz::authorize(tx, actor, Action::AddUsers)?;
    for role in granted {
        authz::ensure_holds_role(tx, actor, role)?;
    }
    // Who sync sweeps, counted under the lock before anything is written.
    let absent = if opts.mode == Mode::Sync {
        db::import::managed_absent(tx, &opts.source)?
    } else {
        Vec::new()
    };
    check_limits(tx, opts, absent.len() as u64)?;
    let who = actor.audit_name();
    let now = clock::now();
    let mut counts = Counts::default();
    let mut audit = db::audit::Appender::at_head(tx)?;
    // New accounts, and the audit entries staged for them: only their links are left.
    let (created, staged_entries) = if kinds.create {
        create_staged(tx, &mut audit, opts, &now, &who)?
    } else {
        (0, 0)
    };
    counts.created = created;
    if let Some(names) = names.as_mut().filter(|_| opts.dry_run) {
        names.created = db::import::created_names(tx)?;
    }
    // Then, in file order, the updates and the new accounts with groups, expiry or
    // attributes (their entries say what those became).
    let mut targets = Targets::default();
    let mut audited_here = 0;
    db::import::for_each_staged(tx, kinds.update || kinds.extras, |line, staged, extras| {
        match staged {
            Staged::Create(user) => {
                let mut details = serde_json::to_value(AddedBy {
                    added: accounts::Added::new(&user, Some("import-csv")),
                    managed_by: &opts.source,
                })?;
                if let Some(extras) = extras {
                    let Some(created) = db::import::by_username(tx, &user.username)? else {
                        anyhow::bail!("line {line}: the account just created is missing");
                    };
                    let set =
                        apply_extras(tx, actor, line, created.id, &extras, None, &mut targets)?;
                    for c in set {
                        if ["groups", "expires_at", "kind"].contains(&c.field.as_str()) {
                            details[c.field] = c.new;
                        } else {
                            details["attributes"][c.field] = c.new;
                        }
                    }
                }
                audit.append(tx, &now, &who, ADD_ACTION, Some(&user.username), &details)?;
                audited_here += 1;
            }
            Staged::Update(u) => {
                let current = match db::import::by_username(tx, &u.username)? {
                    Some(e) if e.id == u.id => e,
                    _ => {
                        changed_meanwhile(
                            line,
                            &format!("user '{}' was deleted or renamed", u.username),
                        )?;
                        return Ok(());
                    }
                };
                authz::authorize(tx, actor, Action::ManageUser { target: u.id })?;
                // An --as account changes neither its own role nor its own status, as
                // with `user role` and `user deactivate`.
                if u.role.is_some() {
                    authz::forbid_self(actor, u.id, "change the role of")?;
                }
                if u.status.is_some_and(|s| s != Status::Active) {
                    authz::forbid_self(actor, u.id, "deactivate")?;
                }
                if let Some(Some(email)) = &u.email {
                    if let Err(e) = db::users::ensure_free(tx, &u.username, Some(email), Some(u.id))
                    {
                        changed_meanwhile(line, &format!("{e}"))?;
                    }
                }
                let mut changes = apply_update(tx, &u, &current)?;
                if let Some(extras) = extras {
                    changes.extend(apply_extras(
                        tx,
                        actor,
                        line,
                        u.id,
                        &extras,
                        current.expires_at.as_deref(),
                        &mut targets,
                    )?);
                }
                if changes.is_empty() {
                    return Ok(());
                }
                let reset = changes
                    .iter()
                    .any(|c| c.field == "password" && c.new == json!("reset"));
                let mut fields = serde_json::Map::new();
                for c in changes.iter().filter(|c| !(reset && c.field == "password")) {
                    fields.insert(c.field.clone(), audited(c));
                }
                if !fields.is_empty() {
                    let details = json!({
                        "changes": fields,
                        "source": "import-csv",
                        "managed_by": current.managed_by.as_deref().or(u.managed_by.as_deref()),
                    });
                    audit.append(tx, &now, &who, "user.edit", Some(&u.username), &details)?;
                }
                if reset {
                    // A replaced password: audited as a reset, the old sessions end.
                    let revoked = db::sessions::delete_for_user(tx, u.id)?;
                    let details = json!({
                        "reset": true,
                        "sessions_revoked": revoked,
                        "must_change_password": false,
                        "source": "import-csv",
                    });
                    audit.append(tx, &now, &who, "user.passwd", Some(&u.username), &details)?;
                }
                counts.updated += 1;
                if let Some(names) = &mut names {
                    names.updated.push(Updated {
                        username: u.username,
                        changes,
                    });
                }
            }
            Staged::Keep | Staged::Rejected => {}
        }
        Ok(())
    })?;
    anyhow::ensure!(
        staged_entries + audited_here == counts.created,
        "{} audit entries for {} new accounts",
        staged_entries + audited_here,
        counts.created
    );
    if opts.mode == Mode::Sync {
        let reason = "absent from a sync import";
        for (id, username) in absent {
            authz::authorize(tx, actor, Action::ManageUser { target: id })?;
            db::users::set_status(tx, id, Status::Inactive, Some(reason))?;
            db::sessions::delete_for_user(tx, id)?;
            audit.append(
                tx,
                &now,
                &who,
                "user.deactivate",
                Some(&username),
                &json!({"reason": reason, "source": "import-csv", "managed_by": opts.source}),
            )?;
            counts.deactivated += 1;
            if let Some(names) = &mut names {
                let manager = authz::effective(tx, id)?
                    .permissions
                    .contains_key(authz::perm::USERS_MANAGE);
                names.deactivated.push(Deactivated { username, manager });
            }
        }
    }
    Ok((counts, names))
}

/// Refuses (exit 4) a write that finds the database changed since validation.
fn changed_meanwhile(line: u64, what: &str) -> Result<()> {
    refuse(
        Refusal::conflict(format!(
            "line {line}: {what} (the database changed during the import); nothing was written"
        ))
        .hint("run the import again"),
    )
}

/// Writes the staged new accounts and the audit entries staged for them; returns how
/// many of each (an account with groups, expiry or attributes has its entry written
/// later, with what they became).
fn create_staged(
    tx: &Tx<'_>,
    audit: &mut db::audit::Appender,
    opts: &Options,
    now: &str,
    who: &str,
) -> Result<(u64, u64)> {
    // A failed statement ends a server's transaction: the savepoint keeps it open to
    // name the row that can no longer be created.
    tx.execute_batch("SAVEPOINT create_staged")?;
    let created = match db::import::insert_created(tx, now, &opts.source) {
        Ok(n) => {
            tx.execute_batch("RELEASE SAVEPOINT create_staged")?;
            n as u64
        }
        Err(e) if db::import::is_constraint(&e) => {
            tx.execute_batch("ROLLBACK TO SAVEPOINT create_staged")?;
            let (line, username) = db::import::first_conflict(tx)?.unwrap_or_default();
            changed_meanwhile(
                line,
                &format!(
                    "user '{username}' or its email was created meanwhile, or its role deleted"
                ),
            )?;
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    // Their entries, staged with their digests before the lock: only the links are
    // computed here.
    let audited = audit.append_staged(tx, now, who, ADD_ACTION, &db::import::CREATED_ENTRIES)?;
    Ok((created, audited as u64))
}

/// The groups and attributes as they are under the lock, read once when a row
/// first needs them.
#[derive(Default)]
struct Targets {
    groups: Option<std::collections::HashMap<String, db::access::Group>>,
    attributes: Option<HashSet<String>>,
}

/// A change as its audit entry records it: old and new, and for groups which were
/// joined and left.
fn audited(c: &Change) -> serde_json::Value {
    if c.field != "groups" {
        return json!({"old": c.old, "new": c.new});
    }
    let names = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let (old, new) = (names(&c.old), names(&c.new));
    let added: Vec<&String> = new.iter().filter(|g| !old.contains(g)).collect();
    let removed: Vec<&String> = old.iter().filter(|g| !new.contains(g)).collect();
    json!({"old": old, "new": new, "added": added, "removed": removed})
}

/// The refusal when a group or attribute a row names went away during the import.
fn gone_meanwhile(line: u64, what: &str) -> anyhow::Error {
    Refusal::conflict(format!(
        "line {line}: {what} was removed meanwhile (the database changed during the \
         import); nothing was written"
    ))
    .hint("run the import again")
    .into()
}

/// Applies a row's groups, expiry and attributes to account `user_id` (whose expiry
/// under the lock is `expires_now`), authorised like `group add|remove`, `user edit
/// --expires` and `user set|unset`; the guard runs when the write ends. Returns each
/// changed field (the caller audits them with the account's entry): `groups` with
/// the old and new lists, `expires_at`, and each attribute by name (`null`: no value
/// of its own).
fn apply_extras(
    tx: &Tx<'_>,
    actor: &Actor,
    line: u64,
    user_id: i64,
    extras: &Extras,
    expires_now: Option<&str>,
    targets: &mut Targets,
) -> Result<Vec<Change>> {
    authz::authorize(tx, actor, Action::ManageUser { target: user_id })?;
    let mut changes = Vec::new();
    // Only a new account becomes a service account here (it has no password yet).
    if extras.service {
        db::users::set_kind(tx, user_id, "service")?;
        changes.push(Change {
            field: "kind".into(),
            old: json!("person"),
            new: json!("service"),
        });
    }
    if let Some(names) = &extras.groups {
        if targets.groups.is_none() {
            let all = db::access::groups(tx)?;
            targets.groups = Some(
                all.into_iter()
                    .map(|g| (g.name.to_lowercase(), g))
                    .collect(),
            );
        }
        let known = targets.groups.as_ref();
        let mut wanted = Vec::with_capacity(names.len());
        for name in names {
            match known.and_then(|k| k.get(name)) {
                Some(g) => wanted.push(g),
                None => return Err(gone_meanwhile(line, &format!("group '{name}'"))),
            }
        }
        let before: Vec<String> = db::access::groups_of(tx, user_id)?
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        let (added, removed) = access::set_groups(tx, actor, user_id, &wanted, extras.add_only)?;
        if !added.is_empty() || !removed.is_empty() {
            let mut after: Vec<String> = before
                .iter()
                .filter(|g| !removed.contains(g))
                .chain(added.iter())
                .cloned()
                .collect();
            after.sort();
            changes.push(Change {
                field: "groups".into(),
                old: json!(before),
                new: json!(after),
            });
        }
    }
    if let Some(expiry) = extras
        .expires
        .as_ref()
        .filter(|e| e.at.as_deref() != expires_now)
    {
        authz::forbid_self(actor, user_id, "change the expiry of")?;
        db::users::set_expires(tx, user_id, expiry.at.as_deref())?;
        changes.push(Change {
            field: "expires_at".into(),
            old: json!(expires_now),
            new: json!(expiry.at),
        });
    }
    for (name, value) in &extras.attributes {
        if targets.attributes.is_none() {
            let all = db::attributes::list(tx)?;
            targets.attributes = Some(all.into_iter().map(|a| a.name).collect());
        }
        if !targets
            .attributes
            .as_ref()
            .is_some_and(|a| a.contains(name))
        {
            return Err(gone_meanwhile(line, &format!("attribute '{name}'")));
        }
        let before = db::attributes::value(tx, user_id, name)?;
        if before == *value {
            continue;
        }
        authz::forbid_self(actor, user_id, "change the attributes of")?;
        match value {
            Some(v) => db::attributes::set(tx, user_id, name, v)?,
            None => {
                db::attributes::unset(tx, user_id, name)?;
            }
        }
        changes.push(Change {
            field: name.clone(),
            old: json!(before),
            new: json!(value),
        });
    }
    Ok(changes)
}

/// Applies one staged update to the account as it is now (read under the lock);
/// returns each field that changed with its old and new value (never a secret).
fn apply_update(tx: &Tx<'_>, u: &Update, now: &Existing) -> Result<Vec<Change>> {
    let mut changes = Vec::new();
    let email = u.email.as_ref().filter(|e| **e != now.email);
    let name = u.display_name.as_ref().filter(|n| **n != now.display_name);
    if email.is_some() || name.is_some() {
        db::users::update_profile(
            tx,
            u.id,
            None,
            email.map(Option::as_deref),
            name.map(String::as_str),
        )?;
    }
    if let Some(email) = email {
        changes.push(Change {
            field: "email".into(),
            old: json!(now.email),
            new: json!(email),
        });
    }
    if let Some(name) = name {
        changes.push(Change {
            field: "name".into(),
            old: json!(now.display_name),
            new: json!(name),
        });
    }
    if let Some(role) = u.role.as_ref().filter(|r| **r != now.role) {
        db::users::set_role(tx, u.id, role)?;
        changes.push(Change {
            field: "role".into(),
            old: json!(now.role),
            new: json!(role),
        });
    }
    if let Some(hash) = &u.password_hash {
        if u.reset || now.password_hash.is_none() {
            db::users::set_password_hash(
                tx,
                u.id,
                hash,
                u.must_change_password || password::is_weak(hash),
            )?;
            changes.push(Change {
                field: "password".into(),
                old: json!(if now.password_hash.is_some() {
                    "set"
                } else {
                    "none"
                }),
                new: json!(if u.reset { "reset" } else { "set" }),
            });
        }
    }
    if let Some(status) = u.status.filter(|s| *s != now.status) {
        // Never an active account without a password (a service account has none).
        let has_hash =
            now.password_hash.is_some() || u.password_hash.is_some() || now.kind == "service";
        let status = if status == Status::Active && !has_hash {
            Status::Invited
        } else {
            status
        };
        if status != now.status {
            db::users::set_status(tx, u.id, status, Some("import"))?;
            if status != Status::Active {
                db::sessions::delete_for_user(tx, u.id)?;
            }
            changes.push(Change {
                field: "status".into(),
                old: json!(now.status.as_str()),
                new: json!(status.as_str()),
            });
        }
    }
    if let Some(source) = u.managed_by.as_ref().filter(|_| now.managed_by.is_none()) {
        db::import::set_managed_by(tx, u.id, source)?;
        changes.push(Change {
            field: "managed_by".into(),
            old: serde_json::Value::Null,
            new: json!(source),
        });
    }
    Ok(changes)
}
