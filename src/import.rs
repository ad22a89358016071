//! Bulk import from CSV: parse, validate every row, hash on every core, then one
//! short write transaction through [`authz::write`] (all or nothing).
//!
//! The domain never prints: it returns a [`Report`] the command renders.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Read;
use std::rc::Rc;

use anyhow::{Context, Result};
use rayon::prelude::*;
use rusqlite::{Connection, Transaction};
use serde::Serialize;
use serde_json::json;
use zeroize::Zeroizing;

use crate::accounts;
use crate::authz::{self, Action, Actor};
use crate::db::{self, import::Existing, users::NewUser, users::Status};
use crate::error::{refuse, Refusal};
use crate::output::csv_uncell;
use crate::{password, settings};

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

/// What an import did (or, in a dry run, would do).
#[derive(Serialize, Default)]
pub struct Report {
    pub mode: Option<Mode>,
    pub dry_run: bool,
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: u64,
    pub deactivated: Vec<String>,
    pub rejected: Vec<Rejected>,
    /// The header, for writing the rejected rows back.
    #[serde(skip)]
    pub header: Vec<String>,
    #[serde(skip)]
    pub generated: Vec<Generated>,
}

/// Physical line numbers: the csv crate's own line count misses newlines inside
/// quoted fields of CRLF files, so count `\n` bytes as they pass. The queue holds only
/// the newlines read ahead of the parser (its buffer), so memory stays bounded.
struct LineCounter<R> {
    inner: R,
    offset: u64,
    newlines: Rc<RefCell<VecDeque<u64>>>,
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
fn read_row(h: &Header, record: &csv::StringRecord) -> Result<Row, (String, String)> {
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
        Some(hash) => match password::check_hash_format(hash) {
            Ok(()) => Some(hash.to_string()),
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

/// What the write will do for one valid row.
enum Plan {
    Create {
        user: NewUser,
        /// A plaintext password to hash before the write.
        plaintext: Option<Zeroizing<String>>,
        generated: bool,
    },
    Update {
        id: i64,
        username: String,
        /// `Some(None)` clears the email (matches `db::users::update_profile`).
        #[allow(clippy::option_option)]
        email: Option<Option<String>>,
        name: Option<String>,
        role: Option<String>,
        status: Option<Status>,
        hash: Option<String>,
        /// A plaintext password that replaces the stored one unless it already verifies.
        plaintext: Option<(Zeroizing<String>, Option<String>)>,
    },
}

/// Validates a row against the database (read outside the write lock) and plans it.
fn plan_row(
    conn: &Connection,
    opts: &Options,
    policy: &password::Policy,
    roles: &HashSet<String>,
    row: Row,
) -> Result<Result<Option<Plan>, String>> {
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
        None => Ok(Ok(Some(plan_create(opts, row)))),
        Some(_) if opts.mode == Mode::Create => Ok(Err(format!(
            "user '{}' already exists (--mode create only creates)",
            row.username
        ))),
        Some(existing) => Ok(Ok(plan_update(&existing, row))),
    }
}

fn plan_create(opts: &Options, row: Row) -> Plan {
    let has_password = row.password.is_some() || row.password_hash.is_some();
    let generated = !has_password && opts.generate_passwords;
    let status = match row.status {
        Some(Status::Inactive) => Status::Inactive,
        Some(Status::Invited) => Status::Invited,
        _ if !has_password && !generated => Status::Invited,
        _ => Status::Active,
    };
    let keep_secret = status != Status::Invited;
    Plan::Create {
        user: NewUser {
            username: row.username,
            email: row.email,
            display_name: row.name.unwrap_or_default(),
            role: row.role.unwrap_or_else(|| opts.default_role.clone()),
            status,
            password_hash: row.password_hash.filter(|_| keep_secret),
            must_change_password: generated,
        },
        plaintext: row.password.filter(|_| keep_secret),
        generated: generated && keep_secret,
    }
}

fn plan_update(e: &Existing, row: Row) -> Option<Plan> {
    let email = (row.email_column && row.email != e.email).then(|| row.email.clone());
    let name = row.name.filter(|n| *n != e.display_name);
    let role = row.role.filter(|r| *r != e.role);
    let status = row.status.filter(|s| *s != e.status);
    let hash = row
        .password_hash
        .filter(|h| e.password_hash.as_deref() != Some(h.as_str()));
    let plaintext = row.password.map(|p| (p, e.password_hash.clone()));
    if email.is_none()
        && name.is_none()
        && role.is_none()
        && status.is_none()
        && hash.is_none()
        && plaintext.is_none()
    {
        return None;
    }
    Some(Plan::Update {
        id: e.id,
        username: e.username.clone(),
        email,
        name,
        role,
        status,
        hash,
        plaintext,
    })
}

/// Reads, validates and imports `input`. A refusal (exit 7) when rows are invalid
/// and `skip_invalid` is off; nothing is written then.
pub fn run(
    conn: &Connection,
    actor: &Actor,
    input: impl Read,
    opts: &Options,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<Report> {
    authz::authorize(conn, actor, Action::ManageUsers)?;
    accounts::ensure_role(conn, &opts.default_role)?;
    let policy = settings::password_policy(conn)?;
    let params = settings::hash_params(conn)?;
    let roles: HashSet<String> = db::roles::list(conn)?.into_iter().map(|r| r.name).collect();

    let newlines = Rc::new(RefCell::new(VecDeque::new()));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(opts.delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(LineCounter {
            inner: input,
            offset: 0,
            newlines: Rc::clone(&newlines),
        });
    let mut lines = Lines { newlines, seen: 0 };
    let mut report = Report {
        mode: Some(opts.mode),
        dry_run: opts.dry_run,
        ..Report::default()
    };
    let mut records = reader.records();
    let header = match records.next() {
        None => return refuse(Refusal::invalid("the file is empty: it needs a header row")),
        Some(Err(e)) => return refuse(Refusal::invalid(format!("line 1: {e}"))),
        Some(Ok(h)) => Header::parse(&h)?,
    };
    report.header.clone_from(&header.names);

    let mut plans: Vec<(u64, Plan)> = Vec::new();
    let mut in_file: HashSet<String> = HashSet::new();
    let mut usernames: HashMap<String, u64> = HashMap::new();
    let mut emails: HashMap<String, u64> = HashMap::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = lines.at(e.position());
                if let csv::ErrorKind::Io(_) = e.kind() {
                    return Err(e).context("reading the CSV input");
                }
                report.rejected.push(Rejected {
                    line,
                    username: String::new(),
                    reason: format!("unreadable row: {e}"),
                    fields: Vec::new(),
                });
                continue;
            }
        };
        let line = lines.at(record.position());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let row = match read_row(&header, &record) {
            Ok(row) => row,
            Err((username, reason)) => {
                in_file.insert(username.to_ascii_lowercase());
                report.rejected.push(Rejected {
                    line,
                    username,
                    reason,
                    fields: record.iter().map(str::to_string).collect(),
                });
                continue;
            }
        };
        in_file.insert(row.username.clone());
        let duplicate = if let Some(first) = usernames.get(&row.username) {
            Some(format!(
                "username '{}' already appears on line {first}",
                row.username
            ))
        } else {
            row.email.as_ref().and_then(|e| {
                emails
                    .get(e)
                    .map(|first| format!("email '{e}' already appears on line {first}"))
            })
        };
        usernames.entry(row.username.clone()).or_insert(line);
        if let Some(e) = &row.email {
            emails.entry(e.clone()).or_insert(line);
        }
        let username = row.username.clone();
        let fields: Vec<String> = record.iter().map(str::to_string).collect();
        let outcome = match duplicate {
            Some(why) => Err(why),
            None => plan_row(conn, opts, &policy, &roles, row)?,
        };
        match outcome {
            Ok(Some(plan)) => plans.push((line, plan)),
            Ok(None) => report.unchanged += 1,
            Err(reason) => report.rejected.push(Rejected {
                line,
                username,
                reason,
                fields,
            }),
        }
    }
    report.rejected.sort_by_key(|r| r.line);
    if !report.rejected.is_empty() && !opts.skip_invalid {
        return Ok(report);
    }

    // Hash (and verify plaintext against stored hashes) on every core, before the lock.
    let total = plans
        .iter()
        .filter(|(_, p)| {
            matches!(
                p,
                Plan::Create {
                    plaintext: Some(_),
                    ..
                } | Plan::Create {
                    generated: true,
                    ..
                }
            ) || matches!(
                p,
                Plan::Update {
                    plaintext: Some(_),
                    ..
                }
            )
        })
        .count() as u64;
    let done = std::sync::atomic::AtomicU64::new(0);
    let tick = || {
        let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        progress(n, total);
    };
    let generated: Vec<Option<Generated>> = plans
        .par_iter_mut()
        .map(|(_, plan)| -> Result<Option<Generated>> {
            match plan {
                Plan::Create {
                    user,
                    plaintext,
                    generated,
                } => {
                    let mut out = None;
                    if *generated {
                        let pw = password::generate()?;
                        user.password_hash = Some(password::hash(&pw, params)?);
                        out = Some(Generated {
                            username: user.username.clone(),
                            password: pw,
                        });
                        tick();
                    } else if let Some(pw) = plaintext.take() {
                        user.password_hash = Some(password::hash(&pw, params)?);
                        tick();
                    }
                    Ok(out)
                }
                Plan::Update {
                    hash, plaintext, ..
                } => {
                    if let Some((pw, stored)) = plaintext.take() {
                        let same = stored
                            .as_deref()
                            .is_some_and(|s| password::verify(&pw, s).unwrap_or(false));
                        if !same {
                            *hash = Some(password::hash(&pw, params)?);
                        }
                        tick();
                    }
                    Ok(None)
                }
            }
        })
        .collect::<Result<_>>()?;
    report.generated = generated.into_iter().flatten().collect();
    // Updates whose only change was a password that already verifies are unchanged.
    plans.retain(|(_, p)| match p {
        Plan::Update {
            email,
            name,
            role,
            status,
            hash,
            ..
        } => {
            let changed = email.is_some()
                || name.is_some()
                || role.is_some()
                || status.is_some()
                || hash.is_some();
            if !changed {
                report.unchanged += 1;
            }
            changed
        }
        Plan::Create { .. } => true,
    });

    // The short write: re-check conflicts under the lock, write, audit.
    let (created, updated, deactivated) = authz::write(conn, opts.dry_run, |tx| {
        write(tx, actor, opts, &plans, &in_file)
    })?;
    report.created = created;
    report.updated = updated;
    report.deactivated = deactivated;
    Ok(report)
}

type Written = (Vec<String>, Vec<String>, Vec<String>);

fn write(
    tx: &Transaction<'_>,
    actor: &Actor,
    opts: &Options,
    plans: &[(u64, Plan)],
    in_file: &HashSet<String>,
) -> Result<Written> {
    authz::authorize(tx, actor, Action::ManageUsers)?;
    let who = actor.audit_name();
    let (mut created, mut updated, mut deactivated) = (Vec::new(), Vec::new(), Vec::new());
    let changed_meanwhile = |line: u64, what: String| {
        refuse::<()>(
            Refusal::conflict(format!(
                "line {line}: {what} (the database changed during the import); nothing was written"
            ))
            .hint("run the import again"),
        )
    };
    for (line, plan) in plans {
        match plan {
            Plan::Create { user, .. } => {
                // The UNIQUE indexes and the role's foreign key re-check, under the
                // lock, what validation saw before it.
                if let Err(e) = db::users::insert(tx, user) {
                    if db::import::is_constraint(&e) {
                        changed_meanwhile(
                            *line,
                            format!(
                                "user '{}' or its email was created meanwhile, or its role deleted",
                                user.username
                            ),
                        )?;
                    }
                    return Err(e);
                }
                // The same entry as `accounts::create` writes.
                db::audit::append(
                    tx,
                    &who,
                    "user.add",
                    Some(&user.username),
                    &json!({
                        "email": user.email,
                        "display_name": user.display_name,
                        "role": user.role,
                        "status": user.status,
                        "must_change_password": user.must_change_password,
                        "password": if user.password_hash.is_some() { "set" } else { "none" },
                        "source": "import-csv",
                    }),
                )?;
                created.push(user.username.clone());
            }
            Plan::Update {
                id,
                username,
                email,
                name,
                role,
                status,
                hash,
                ..
            } => {
                match db::import::by_username(tx, username)? {
                    Some(e) if e.id == *id => {}
                    _ => changed_meanwhile(
                        *line,
                        format!("user '{username}' was deleted or renamed"),
                    )?,
                }
                if let Some(Some(email)) = email {
                    if let Err(e) = db::users::ensure_free(tx, username, Some(email), Some(*id)) {
                        changed_meanwhile(*line, format!("{e}"))?;
                    }
                }
                let mut fields = serde_json::Map::new();
                if email.is_some() || name.is_some() {
                    db::users::update_profile(
                        tx,
                        *id,
                        None,
                        email.as_ref().map(Option::as_deref),
                        name.as_deref(),
                    )?;
                }
                if let Some(email) = email {
                    fields.insert("email".into(), json!(email));
                }
                if let Some(name) = name {
                    fields.insert("display_name".into(), json!(name));
                }
                if let Some(role) = role {
                    db::users::set_role(tx, *id, role)?;
                    fields.insert("role".into(), json!(role));
                }
                if let Some(status) = status {
                    db::users::set_status(tx, *id, *status, Some("import"))?;
                    if *status != Status::Active {
                        db::sessions::delete_for_user(tx, *id)?;
                    }
                    fields.insert("status".into(), json!(status.as_str()));
                }
                if let Some(hash) = hash {
                    db::users::set_password_hash(tx, *id, hash, false)?;
                    db::sessions::delete_for_user(tx, *id)?;
                    fields.insert("password".into(), json!("changed"));
                }
                fields.insert("source".into(), json!("import-csv"));
                db::audit::append(
                    tx,
                    &who,
                    "user.edit",
                    Some(username),
                    &serde_json::Value::Object(fields),
                )?;
                updated.push(username.clone());
            }
        }
    }
    if opts.mode == Mode::Sync {
        for (id, username) in db::import::active_accounts(tx)? {
            if in_file.contains(&username.to_ascii_lowercase()) {
                continue;
            }
            db::users::set_status(tx, id, Status::Inactive, Some("absent from a sync import"))?;
            db::sessions::delete_for_user(tx, id)?;
            db::audit::append(
                tx,
                &who,
                "user.deactivate",
                Some(&username),
                &json!({"reason": "absent from a sync import", "source": "import-csv"}),
            )?;
            deactivated.push(username);
        }
    }
    Ok((created, updated, deactivated))
}
