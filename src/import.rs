//! Bulk import from CSV: parse and validate every row, stage it in a TEMP table, hash
//! on every core, then one short write transaction through [`authz::write`] (all or
//! nothing).
//!
//! The domain never prints: it returns a [`Report`] the command renders.

use std::cell::RefCell;
use std::collections::{HashSet, VecDeque};
use std::io::Read;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::SyncSender;

use anyhow::Result;
use rayon::prelude::*;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use serde::Serialize;
use serde_json::json;
use zeroize::Zeroizing;

use crate::accounts;
use crate::authz::{self, Action, Actor};
use crate::db::import::{Duplicate, Existing, Staged, Update};
use crate::db::{self, users::NewUser, users::Status};
use crate::error::{refuse, Refusal};
use crate::output::csv_uncell;
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
    pub hashed: u64,
    /// Validation and hashing are done; the final write is under way.
    pub writing: bool,
}

/// Who a dry run would create, update and deactivate.
#[derive(Serialize, Default)]
pub struct Names {
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub deactivated: Vec<String>,
}

/// What an import did (or, in a dry run, would do).
#[derive(Serialize, Default)]
pub struct Report {
    pub mode: Option<Mode>,
    pub dry_run: bool,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub deactivated: u64,
    pub rejected: Vec<Rejected>,
    /// Dry runs only: the accounts concerned (a real run reports counts only, so
    /// its memory does not grow with the file).
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
        username: String,
        reason: String,
        record: Option<&csv::StringRecord>,
    ) {
        self.rejected.push(Rejected {
            line,
            username,
            reason,
            fields: record.map_or_else(Vec::new, |r| r.iter().map(str::to_string).collect()),
        });
    }
}

/// Physical line numbers: the csv crate's own line count misses newlines inside
/// quoted fields of CRLF files, so count `\n` bytes as they pass. The queue holds only
/// the newlines read ahead of the parser (its buffer), so memory stays bounded.
/// `read` tells the progress display how many bytes have passed.
struct LineCounter<'a, R> {
    inner: R,
    offset: u64,
    newlines: Rc<RefCell<VecDeque<u64>>>,
    read: &'a AtomicU64,
}

impl<R: Read> Read for LineCounter<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut queue = self.newlines.borrow_mut();
        for (i, b) in buf[..n].iter().enumerate() {
            if *b == b'\n' {
                queue.push_back(self.offset + i as u64);
            }
        }
        self.offset += n as u64;
        self.read.store(self.offset, Ordering::Relaxed);
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
    names: Vec<String>,
    username: usize,
    email: Option<usize>,
    name: Option<usize>,
    first_name: Option<usize>,
    last_name: Option<usize>,
    role: Option<usize>,
    status: Option<usize>,
    password: Option<usize>,
    password_hash: Option<usize>,
}

impl Header {
    fn parse(record: &csv::StringRecord) -> Result<Header, Refusal> {
        let mut h = Header::default();
        let mut username = None;
        let mut seen = HashSet::new();
        for (i, raw) in record.iter().enumerate() {
            let name = raw
                .trim()
                .trim_start_matches('\u{feff}')
                .to_ascii_lowercase();
            if !seen.insert(name.clone()) {
                return Err(Refusal::invalid(format!(
                    "line 1: the column '{name}' appears twice"
                )));
            }
            let slot = match name.as_str() {
                "username" => {
                    username = Some(i);
                    None
                }
                "email" => Some(&mut h.email),
                "name" => Some(&mut h.name),
                "first_name" => Some(&mut h.first_name),
                "last_name" => Some(&mut h.last_name),
                "role" => Some(&mut h.role),
                "status" => Some(&mut h.status),
                "password" => Some(&mut h.password),
                "password_hash" => Some(&mut h.password_hash),
                other => {
                    return Err(Refusal::invalid(format!(
                        "line 1: unknown column '{}'",
                        crate::output::sanitize(other)
                    ))
                    .hint(format!(
                        "the columns import-csv reads: {}",
                        COLUMNS.join(", ")
                    )))
                }
            };
            if let Some(slot) = slot {
                *slot = Some(i);
            }
            h.names.push(name);
        }
        let Some(username) = username else {
            return Err(
                Refusal::invalid("line 1: the header has no 'username' column").hint(format!(
                    "the columns import-csv reads: {}",
                    COLUMNS.join(", ")
                )),
            );
        };
        if h.name.is_some() && (h.first_name.is_some() || h.last_name.is_some()) {
            return Err(Refusal::invalid(
                "line 1: give either 'name' or 'first_name'/'last_name', not both",
            ));
        }
        if h.password.is_some() && h.password_hash.is_some() {
            return Err(Refusal::invalid(
                "line 1: give either 'password' or 'password_hash', not both",
            ));
        }
        h.username = username;
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
}

fn cell(record: &csv::StringRecord, idx: Option<usize>) -> Option<&str> {
    idx.and_then(|i| record.get(i)).map(csv_uncell)
}

/// Checks one row's own content (no database).
fn read_row(
    h: &Header,
    record: &csv::StringRecord,
    allow_weak_hashes: bool,
) -> Result<Row, (String, String)> {
    let raw_username = cell(record, Some(h.username))
        .unwrap_or("")
        .trim()
        .to_string();
    let fail = |why: String| Err((raw_username.clone(), why));
    if record.len() != h.names.len() {
        return fail(format!(
            "expected {} fields, found {}",
            h.names.len(),
            record.len()
        ));
    }
    let username = match accounts::normalize_username(&raw_username) {
        Ok(u) => u,
        Err(e) => return fail(e.message),
    };
    let email = match cell(record, h.email).map(str::trim) {
        None | Some("") => None,
        Some(e) => match accounts::normalize_email(e) {
            Ok(e) => Some(e),
            Err(e) => return fail(e.message),
        },
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
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    let status = match cell(record, h.status).map(str::trim) {
        None | Some("") => None,
        Some(s) => match s.to_ascii_lowercase().parse::<Status>() {
            Ok(s) => Some(s),
            Err(_) => {
                return fail(format!(
                    "invalid status '{s}': use active, inactive or invited"
                ))
            }
        },
    };
    let password = cell(record, h.password)
        .filter(|p| !p.is_empty())
        .map(|p| Zeroizing::new(p.to_string()));
    let password_hash = match cell(record, h.password_hash).map(str::trim) {
        None | Some("") => None,
        Some(hash) => match password::check_hash(hash, allow_weak_hashes) {
            Ok(_) => Some(hash.to_string()),
            Err(why) => return fail(format!("invalid password_hash: {why}")),
        },
    };
    Ok(Row {
        email_column: h.email.is_some(),
        username,
        email,
        name,
        role,
        status,
        password,
        password_hash,
    })
}

/// Rows whose passwords are hashed together: enough to keep every core busy, few
/// enough that memory does not grow with the file.
const CHUNK: usize = 1024;

/// The password work a valid row needs before it can be written.
enum Secret {
    /// A new account's password, to hash.
    Hash(Zeroizing<String>),
    /// A new account without one, under `--passwords-out`: generate and hash.
    Generate,
    /// An existing account's password from the file: replaces the stored hash unless
    /// it already verifies against it. `alone`: the row changes nothing else.
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

/// Validates a row against the database (read outside the write lock) and plans it.
fn plan_row(
    conn: &Connection,
    opts: &Options,
    policy: &password::Policy,
    roles: &HashSet<String>,
    row: Row,
) -> Result<Result<(Staged, Option<Secret>), String>> {
    if let Some(role) = &row.role {
        if !roles.contains(role) {
            let mut names: Vec<&str> = roles.iter().map(String::as_str).collect();
            names.sort_unstable();
            return Ok(Err(format!(
                "no role '{role}' (existing roles: {})",
                names.join(", ")
            )));
        }
    }
    if let Some(pw) = &row.password {
        let mut context = vec![row.username.as_str()];
        if let Some(e) = &row.email {
            context.push(e.as_str());
        }
        if let Err(e) = password::check_policy(pw, policy, &context) {
            return Ok(Err(e.message));
        }
    }
    let existing = db::import::by_username(conn, &row.username)?;
    if let Some(email) = &row.email {
        if let Some((holder_id, holder)) = db::import::email_holder(conn, email)? {
            if existing.as_ref().map(|e| e.id) != Some(holder_id) {
                return Ok(Err(format!(
                    "email '{email}' is already used by '{holder}'"
                )));
            }
        }
    }
    match existing {
        None => Ok(Ok(plan_create(opts, row))),
        Some(_) if opts.mode == Mode::Create => Ok(Err(format!(
            "user '{}' already exists (--mode create only creates)",
            row.username
        ))),
        Some(existing) => Ok(Ok(plan_update(&existing, row))),
    }
}

fn plan_create(opts: &Options, row: Row) -> (Staged, Option<Secret>) {
    let has_password = row.password.is_some() || row.password_hash.is_some();
    let generate = !has_password && opts.generate_passwords;
    let status = match row.status {
        Some(Status::Inactive) => Status::Inactive,
        Some(Status::Invited) => Status::Invited,
        _ if !has_password && !generate => Status::Invited,
        _ => Status::Active,
    };
    let keep_secret = status != Status::Invited;
    let secret = match row.password {
        Some(pw) if keep_secret => Some(Secret::Hash(pw)),
        None if generate && keep_secret => Some(Secret::Generate),
        _ => None,
    };
    let user = NewUser {
        username: row.username,
        email: row.email,
        display_name: row.name.unwrap_or_default(),
        role: row.role.unwrap_or_else(|| opts.default_role.clone()),
        status,
        must_change_password: generate
            || row.password_hash.as_deref().is_some_and(password::is_weak),
        password_hash: row.password_hash.filter(|_| keep_secret),
    };
    (Staged::Create(user), secret)
}

fn plan_update(e: &Existing, row: Row) -> (Staged, Option<Secret>) {
    let update = Update {
        id: e.id,
        username: e.username.clone(),
        email: (row.email_column && row.email != e.email).then(|| row.email.clone()),
        display_name: row.name.filter(|n| *n != e.display_name),
        role: row.role.filter(|r| *r != e.role),
        status: row.status.filter(|s| *s != e.status),
        password_hash: row
            .password_hash
            .filter(|h| e.password_hash.as_deref() != Some(h.as_str())),
    };
    let alone = !(update.email.is_some()
        || update.display_name.is_some()
        || update.role.is_some()
        || update.status.is_some()
        || update.password_hash.is_some());
    match row.password {
        Some(password) => (
            Staged::Update(update),
            Some(Secret::Replace {
                password,
                stored: e.password_hash.clone(),
                alone,
            }),
        ),
        None if alone => (Staged::Keep, None),
        None => (Staged::Update(update), None),
    }
}

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
    conn: &Connection,
    pending: &mut Vec<Pending>,
    params: password::HashParams,
    tick: &(dyn Fn() + Sync),
    generated: &mut dyn FnMut(&Generated) -> Result<()>,
) -> Result<()> {
    if pending.is_empty() {
        return Ok(());
    }
    let hashed = hash_chunk(pending, params, tick)?;
    let tx = db::begin(conn, TransactionBehavior::Deferred)?;
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

/// Rows the reading thread hands over at a time.
const BATCH: usize = 256;

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

/// Parses `input` into `out` (the reading thread), skipping blank rows. Stops at the
/// first error it sends, or when the receiver is gone.
fn parse(
    input: impl Read,
    delimiter: u8,
    allow_weak_hashes: bool,
    read: &AtomicU64,
    out: &SyncSender<Result<Parsed>>,
) {
    let newlines = Rc::new(RefCell::new(VecDeque::new()));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(LineCounter {
            inner: input,
            offset: 0,
            newlines: Rc::clone(&newlines),
            read,
        });
    let mut lines = Lines { newlines, seen: 0 };
    let mut records = reader.records();
    let header = match records.next() {
        None => refuse(Refusal::invalid("the file is empty: it needs a header row")),
        Some(Err(e)) => refuse(Refusal::invalid(format!("line 1: {e}"))),
        Some(Ok(h)) => Header::parse(&h).map_err(anyhow::Error::from),
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
                    read_row(&header, &record, allow_weak_hashes),
                    Some(record),
                )
            }
            Err(e) => {
                if let csv::ErrorKind::Io(_) = e.kind() {
                    let _ = out.send(Err(anyhow::Error::from(e).context("reading the CSV input")));
                    return;
                }
                let why = format!("unreadable row: {e}");
                (lines.at(e.position()), Err((String::new(), why)), None)
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
    conn: &Connection,
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
    let roles: HashSet<String> = db::roles::names(conn)?.into_iter().collect();
    let mut granted: HashSet<String> = HashSet::new();
    db::import::create_stage(conn)?;

    let mut report = Report {
        mode: Some(opts.mode),
        dry_run: opts.dry_run,
        names: opts.dry_run.then(Names::default),
        ..Report::default()
    };
    let bytes_read = AtomicU64::new(0);
    let rows_read = AtomicU64::new(0);
    let hashed = AtomicU64::new(0);
    let writing = AtomicBool::new(false);
    let show = || {
        progress(Progress {
            bytes: bytes_read.load(Ordering::Relaxed),
            rows: rows_read.load(Ordering::Relaxed),
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
    let (delimiter, allow_weak) = (opts.delimiter, opts.allow_weak_hashes);
    let staged = std::thread::scope(|scope| -> Result<()> {
        let bytes_read = &bytes_read;
        scope.spawn(move || parse(input, delimiter, allow_weak, bytes_read, &sender));
        let mut batches = receiver.into_iter();
        let header = match batches.next() {
            Some(Ok(Parsed::Header(names))) => names,
            Some(Err(e)) => return Err(e),
            _ => anyhow::bail!("the CSV reader stopped before the header"),
        };
        report.header = header;
        // Short read transactions: one per chunk of rows, so that a database in
        // rollback-journal mode is never read-locked for long.
        let mut reading = db::begin(conn, TransactionBehavior::Deferred)?;
        let mut in_transaction = 0;
        for batch in batches {
            let Parsed::Rows(batch) = batch? else {
                anyhow::bail!("the CSV reader sent a second header");
            };
            for (line, row, record) in batch {
                let row = match row {
                    Ok(row) => row,
                    Err((username, reason)) => {
                        // Named in the file all the same: `--mode sync` leaves it alone.
                        if record.is_some() {
                            let key = username.to_ascii_lowercase();
                            db::import::stage(conn, line, &key, None, &Staged::Rejected)?;
                        }
                        report.reject(line, username, reason, record.as_ref());
                        continue;
                    }
                };
                let record = record.unwrap_or_default();
                if rows_read.fetch_add(1, Ordering::Relaxed) % 4096 == 0 {
                    show();
                }
                let username = row.username.clone();
                let email = row.email.clone();
                let (staged, secret, invalid) = match plan_row(conn, opts, &policy, &roles, row)? {
                    Ok((staged, secret)) => (staged, secret, None),
                    Err(reason) => (Staged::Rejected, None, Some(reason)),
                };
                // No escalation: an `--as` account only gives roles whose permissions
                // it holds.
                let given = match &staged {
                    Staged::Create(u) => Some(&u.role),
                    Staged::Update(u) => u.role.as_ref(),
                    Staged::Keep | Staged::Rejected => None,
                };
                if let Some(role) = given.filter(|r| !granted.contains(*r)) {
                    authz::ensure_holds(conn, actor, &db::roles::permissions(conn, role)?)?;
                    granted.insert(role.clone());
                }
                let duplicate =
                    db::import::stage(conn, line, &username, email.as_deref(), &staged)?;
                let invalid = match duplicate {
                    Some(Duplicate::Username { first_line }) => Some(format!(
                        "username '{username}' already appears on line {first_line}"
                    )),
                    Some(Duplicate::Email { first_line }) => Some(format!(
                        "email '{}' already appears on line {first_line}",
                        email.as_deref().unwrap_or_default()
                    )),
                    None => invalid,
                };
                if let Some(reason) = invalid {
                    report.reject(line, username, reason, Some(&record));
                    continue;
                }
                if let Some(secret) = secret {
                    pending.push(Pending {
                        line,
                        username,
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
                    reading = db::begin(conn, TransactionBehavior::Deferred)?;
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
    report.unchanged = db::import::kept(conn)?;

    // The short write: re-check under the lock, write, audit.
    writing.store(true, Ordering::Relaxed);
    show();
    let names = report.names.take();
    let (counts, names) = authz::write(conn, opts.dry_run, |tx| {
        write(tx, actor, opts, &granted, names)
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

fn write(
    tx: &Transaction<'_>,
    actor: &Actor,
    opts: &Options,
    granted: &HashSet<String>,
    mut names: Option<Names>,
) -> Result<(Counts, Option<Names>)> {
    // Permissions may have changed since validation: check again under the lock.
    authz::authorize(tx, actor, Action::AddUsers)?;
    for role in granted {
        authz::ensure_holds(tx, actor, &db::roles::permissions(tx, role)?)?;
    }
    let who = actor.audit_name();
    let now = clock::now();
    let mut counts = Counts::default();
    let changed_meanwhile = |line: u64, what: String| {
        refuse::<()>(
            Refusal::conflict(format!(
                "line {line}: {what} (the database changed during the import); nothing was written"
            ))
            .hint("run the import again"),
        )
    };
    match db::import::insert_created(tx, &now) {
        Ok(n) => counts.created = n as u64,
        Err(e) if db::import::is_constraint(&e) => {
            let (line, username) = db::import::first_conflict(tx)?.unwrap_or_default();
            changed_meanwhile(
                line,
                format!(
                    "user '{username}' or its email was created meanwhile, or its role deleted"
                ),
            )?;
            return Err(e);
        }
        Err(e) => return Err(e),
    }
    let mut audit = db::audit::Appender::at_head(tx)?;
    db::import::for_each_staged(tx, |line, staged| {
        match staged {
            Staged::Create(user) => {
                audit.append(
                    tx,
                    &now,
                    &who,
                    "user.add",
                    Some(&user.username),
                    &accounts::Added::new(&user, Some("import-csv")),
                )?;
                if let Some(names) = &mut names {
                    names.created.push(user.username);
                }
            }
            Staged::Update(u) => {
                match db::import::by_username(tx, &u.username)? {
                    Some(e) if e.id == u.id => {}
                    _ => changed_meanwhile(
                        line,
                        format!("user '{}' was deleted or renamed", u.username),
                    )?,
                }
                authz::authorize(tx, actor, Action::ManageUser { target: u.id })?;
                if let Some(Some(email)) = &u.email {
                    if let Err(e) = db::users::ensure_free(tx, &u.username, Some(email), Some(u.id))
                    {
                        changed_meanwhile(line, format!("{e}"))?;
                    }
                }
                let details = apply_update(tx, &u)?;
                audit.append(tx, &now, &who, "user.edit", Some(&u.username), &details)?;
                counts.updated += 1;
                if let Some(names) = &mut names {
                    names.updated.push(u.username);
                }
            }
            Staged::Keep | Staged::Rejected => {}
        }
        Ok(())
    })?;
    if opts.mode == Mode::Sync {
        let reason = "absent from a sync import";
        for (id, username) in db::import::active_not_named(tx)? {
            authz::authorize(tx, actor, Action::ManageUser { target: id })?;
            db::users::set_status(tx, id, Status::Inactive, Some(reason))?;
            db::sessions::delete_for_user(tx, id)?;
            audit.append(
                tx,
                &now,
                &who,
                "user.deactivate",
                Some(&username),
                &json!({"reason": reason, "source": "import-csv"}),
            )?;
            counts.deactivated += 1;
            if let Some(names) = &mut names {
                names.deactivated.push(username);
            }
        }
    }
    Ok((counts, names))
}

/// Applies one staged update; returns the audit details naming what changed.
fn apply_update(tx: &Transaction<'_>, u: &Update) -> Result<serde_json::Value> {
    let mut fields = serde_json::Map::new();
    if u.email.is_some() || u.display_name.is_some() {
        db::users::update_profile(
            tx,
            u.id,
            None,
            u.email.as_ref().map(Option::as_deref),
            u.display_name.as_deref(),
        )?;
    }
    if let Some(email) = &u.email {
        fields.insert("email".into(), json!(email));
    }
    if let Some(name) = &u.display_name {
        fields.insert("display_name".into(), json!(name));
    }
    if let Some(role) = &u.role {
        db::users::set_role(tx, u.id, role)?;
        fields.insert("role".into(), json!(role));
    }
    if let Some(status) = u.status {
        db::users::set_status(tx, u.id, status, Some("import"))?;
        if status != Status::Active {
            db::sessions::delete_for_user(tx, u.id)?;
        }
        fields.insert("status".into(), json!(status.as_str()));
    }
    if let Some(hash) = &u.password_hash {
        db::users::set_password_hash(tx, u.id, hash, password::is_weak(hash))?;
        db::sessions::delete_for_user(tx, u.id)?;
        fields.insert("password".into(), json!("changed"));
    }
    fields.insert("source".into(), json!("import-csv"));
    Ok(serde_json::Value::Object(fields))
}
