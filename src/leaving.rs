//! When someone leaves: the data an account owns in the application's tables, moved,
//! deleted, exported or erased, without losing attribution or `audit verify`.
//!
//! The application registers its per-account tables once (`owned add`): a column
//! that references `users(id)`, a label, and what happens to the rows when the account
//! leaves (`transfer`, `delete`, `block`). Every change here takes the transaction of
//! an [`authz::write`] (which adds the last-admin guard and the commit) and does
//! authorise → change → audit, like the rest of the domain.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use serde_json::{json, Value};

use crate::authz::{self, Action, Actor};
use crate::db::{self, owned::Owned, users::Status, Conn};
use crate::error::{refuse, Refusal};
use crate::lifecycle::{audit, change};
use crate::output::{sanitize, Change, Outcome};

/// What happens to an account's rows of a registered table when the account leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Departure {
    /// Given to another account (`user delete --transfer-to`, `user erase --transfer-to`).
    Transfer,
    /// Deleted with the account, by userctl itself.
    Delete,
    /// The account may not be deleted or erased while it has such rows.
    Block,
}

impl Departure {
    pub fn as_str(self) -> &'static str {
        match self {
            Departure::Transfer => "transfer",
            Departure::Delete => "delete",
            Departure::Block => "block",
        }
    }

    fn parse(text: &str) -> Option<Departure> {
        match text {
            "transfer" => Some(Departure::Transfer),
            "delete" => Some(Departure::Delete),
            "block" => Some(Departure::Block),
            _ => None,
        }
    }
}

/// The columns of `user list --counts` before the registered labels: a label may not
/// be one of them (nor `owned`, its JSON key).
pub const COUNTED_COLUMNS: &[&str] = &[
    "id",
    "username",
    "name",
    "email",
    "role",
    "status",
    "two_factor",
    "created_at",
    "last_login_at",
    "last_active_at",
    "groups",
    "grants",
];

/// A label as stored: lowercase `[a-z0-9._-]`, 1 to 50 characters, starting with a
/// letter, not a column `user list --counts` already shows.
pub fn normalize_label(input: &str) -> Result<String, Refusal> {
    let label = input.trim().to_ascii_lowercase();
    let valid = (1..=50).contains(&label.len())
        && label.starts_with(|c: char| c.is_ascii_lowercase())
        && label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    if !valid {
        return Err(Refusal::usage(format!(
            "invalid label '{}': use 1 to 50 of a-z, 0-9, '.', '_', '-', starting with a letter",
            sanitize(input.trim())
        )));
    }
    if label == "owned" || COUNTED_COLUMNS.contains(&label.as_str()) {
        return Err(Refusal::usage(format!(
            "label '{label}' is a column `user list --counts` already shows: choose another"
        )));
    }
    Ok(label)
}

/// Splits `TABLE.COLUMN` at its last dot.
fn split_spec(spec: &str) -> Result<(&str, &str), Refusal> {
    match spec.trim().rsplit_once('.') {
        Some((table, column)) if !table.is_empty() && !column.is_empty() => Ok((table, column)),
        _ => Err(Refusal::usage(format!(
            "'{}' is not TABLE.COLUMN",
            sanitize(spec.trim())
        ))
        .hint("e.g. `userctl owned add personas.owner_id --label personas --on-departure transfer`")),
    }
}

/// Registers `TABLE.COLUMN` under `label`. The column must exist (exit 3) and be a
/// foreign key to `users(id)` on its own (exit 7); userctl's own tables are refused
/// (their rows follow the account already); a label or column registered already is a
/// conflict (exit 4).
pub fn add(
    conn: &Conn,
    actor: &Actor,
    spec: &str,
    label: &str,
    on_departure: Departure,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageSettings)?;
    let (table, column) = split_spec(spec)?;
    let Some(table) = db::owned::catalogue_table(conn, table)? else {
        return refuse(
            Refusal::not_found(format!("no table '{}' in the database", sanitize(table)))
                .hint("name a table of the application (TABLE.COLUMN)"),
        );
    };
    if userctl_tables()?.contains(&table.to_ascii_lowercase()) {
        return refuse(
            Refusal::invalid(format!(
                "{table} is one of userctl's own tables: what it holds of an account is handled by userctl already"
            ))
            .hint("register the application's own tables"),
        );
    }
    let Some(column) = db::owned::catalogue_column(conn, &table, column)? else {
        return refuse(
            Refusal::not_found(format!(
                "table {table} has no column '{}'",
                sanitize(column)
            ))
            .hint(format!(
                "see the table's columns with `sqlite3 DB 'PRAGMA table_info({table})'`"
            )),
        );
    };
    if !db::owned::references_users_id(conn, &table, &column)? {
        return refuse(
            Refusal::invalid(format!(
                "{table}.{column} does not reference users(id): userctl registers only a column that is a foreign key to users(id)"
            ))
            .hint(format!(
                "declare it in the application's schema: {column} INTEGER REFERENCES users(id)"
            )),
        );
    }
    let registered = db::owned::list(conn)?;
    if let Some(same) = registered.iter().find(|o| o.label == label) {
        return refuse(
            Refusal::conflict(format!(
                "label '{label}' is registered already ({}.{})",
                same.table, same.column
            ))
            .hint("choose another label, or `userctl owned remove LABEL` first"),
        );
    }
    if let Some(same) = registered
        .iter()
        .find(|o| o.table.eq_ignore_ascii_case(&table) && o.column.eq_ignore_ascii_case(&column))
    {
        return refuse(
            Refusal::conflict(format!(
                "{table}.{column} is registered already, as '{}'",
                same.label
            ))
            .hint("one label per column; `userctl owned remove LABEL` first to change it"),
        );
    }
    let owned = Owned {
        label: label.to_string(),
        table,
        column,
        on_departure: on_departure.as_str().to_string(),
        created_at: crate::clock::now(),
    };
    db::owned::insert(conn, &owned)?;
    let details = json!({
        "table": owned.table,
        "column": owned.column,
        "on_departure": owned.on_departure,
    });
    audit(conn, actor, "owned.add", label, &details)?;
    Ok(change(
        label,
        Outcome::Created,
        format!(
            "registered {}.{} as '{label}' (on departure: {})",
            owned.table, owned.column, owned.on_departure
        ),
        details,
    ))
}

/// Removes a registration; the application's rows stay as they are.
pub fn remove(conn: &Conn, actor: &Actor, label: &str) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageSettings)?;
    let Some(owned) = db::owned::list(conn)?
        .into_iter()
        .find(|o| o.label == label)
    else {
        return refuse(
            Refusal::not_found(format!("no registered label '{label}'"))
                .hint("`userctl owned list` shows them"),
        );
    };
    db::owned::delete(conn, label)?;
    let details = json!({
        "table": owned.table,
        "column": owned.column,
        "on_departure": owned.on_departure,
    });
    audit(conn, actor, "owned.remove", label, &details)?;
    Ok(change(
        label,
        Outcome::Deleted,
        format!(
            "removed '{label}' ({}.{}); its rows are left as they are",
            owned.table, owned.column
        ),
        details,
    ))
}

/// The registry, for `owned list` (anyone who may list accounts may read it): each
/// registration with what is wrong with it now, if anything.
pub fn list(conn: &Conn, actor: &Actor) -> Result<Vec<(Owned, Option<String>)>> {
    authz::authorize(conn, actor, Action::ListUsers)?;
    db::owned::list(conn)?
        .into_iter()
        .map(|o| {
            let p = problem(conn, &o)?;
            Ok((o, p))
        })
        .collect()
}

/// The lower-cased names of userctl's own tables.
fn userctl_tables() -> Result<BTreeSet<String>> {
    Ok(db::expected_shape(db::LATEST_VERSION)?
        .into_iter()
        .filter(|((kind, _), _)| kind == "table")
        .map(|((_, name), _)| name.to_ascii_lowercase())
        .collect())
}

/// What is wrong with a registration now (the application changed its schema since),
/// or `None`: its table and column exist and the column references `users(id)`.
fn problem(conn: &Conn, owned: &Owned) -> Result<Option<String>> {
    let name = format!("'{}' ({}.{})", owned.label, owned.table, owned.column);
    if Departure::parse(&owned.on_departure).is_none() {
        return Ok(Some(format!(
            "{name}: unknown departure rule '{}'",
            owned.on_departure
        )));
    }
    let Some(table) = db::owned::catalogue_table(conn, &owned.table)? else {
        return Ok(Some(format!("{name}: the table no longer exists")));
    };
    let Some(column) = db::owned::catalogue_column(conn, &table, &owned.column)? else {
        return Ok(Some(format!("{name}: the column no longer exists")));
    };
    if !db::owned::references_users_id(conn, &table, &column)? {
        return Ok(Some(format!(
            "{name}: the column no longer references users(id)"
        )));
    }
    Ok(None)
}

/// What `db check` reports: every registration that no longer holds.
pub fn registry_problems(conn: &Conn) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for owned in db::owned::list(conn)? {
        out.extend(problem(conn, &owned)?);
    }
    Ok(out)
}

/// A registration checked against the catalogue, in the catalogue's spelling.
#[derive(Debug, Clone)]
struct Checked {
    label: String,
    table: String,
    column: String,
    rule: Departure,
}

/// Every registration, checked: one that no longer holds refuses the change (exit 9)
/// rather than leave the account's rows behind unseen.
fn checked(conn: &Conn) -> Result<Vec<Checked>> {
    let mut out = Vec::new();
    for owned in db::owned::list(conn)? {
        if let Some(why) = problem(conn, &owned)? {
            return refuse(
                Refusal::unusable(format!("the registry of owned data is out of date: {why}"))
                    .hint("fix the application's schema, or `userctl owned remove LABEL`; `userctl db check` lists every such entry"),
            );
        }
        let table = db::owned::catalogue_table(conn, &owned.table)?.unwrap_or(owned.table);
        let column =
            db::owned::catalogue_column(conn, &table, &owned.column)?.unwrap_or(owned.column);
        out.push(Checked {
            rule: Departure::parse(&owned.on_departure).unwrap_or(Departure::Block),
            label: owned.label,
            table,
            column,
        });
    }
    Ok(out)
}

/// The account's rows of each registered table, by label (registrations that no
/// longer hold are left out: `db check` names them).
pub fn counts(conn: &Conn, user_id: i64) -> Result<BTreeMap<String, i64>> {
    let mut out = BTreeMap::new();
    for owned in db::owned::list(conn)? {
        if problem(conn, &owned)?.is_none() {
            let n = db::owned::count_for(conn, &owned.table, &owned.column, user_id)?;
            out.insert(owned.label, n);
        }
    }
    Ok(out)
}

/// Every account's rows of each registered table: label → (account id → count).
pub fn counts_of_all(conn: &Conn) -> Result<Vec<(String, std::collections::HashMap<i64, i64>)>> {
    let mut out = Vec::new();
    for owned in db::owned::list(conn)? {
        if problem(conn, &owned)?.is_none() {
            let counts = db::owned::counts_by_account(conn, &owned.table, &owned.column)?;
            out.push((owned.label, counts));
        }
    }
    Ok(out)
}

/// Refuses (exit 7) a recipient that may not receive data: inactive, invited or
/// expired. Returns it.
fn recipient(conn: &Conn, actor: &Actor, to: i64) -> Result<db::users::User> {
    authz::authorize(conn, actor, Action::ManageUser { target: to })?;
    let user = db::users::get_by_id(conn, to)?;
    let why = if user.status != Status::Active {
        Some(format!("is {}", user.status))
    } else if db::users::is_expired(conn, to)? {
        Some("has expired".to_string())
    } else {
        None
    };
    if let Some(why) = why {
        return refuse(
            Refusal::invalid(format!(
                "{} {why}: data can only be given to an active account",
                user.username
            ))
            .hint("name an active account, or `userctl user activate` it first"),
        );
    }
    Ok(user)
}

/// Moves the rows of `labels` from `from` to `to`: all or nothing (a unique key that
/// refuses a row refuses the lot, exit 4). Returns the count per label.
fn move_labels(
    conn: &Conn,
    labels: &[&Checked],
    from: &db::users::User,
    to: &db::users::User,
) -> Result<BTreeMap<String, usize>> {
    let mut moved = BTreeMap::new();
    for owned in labels {
        match db::owned::move_rows(conn, &owned.table, &owned.column, from.id, to.id) {
            Ok(n) => {
                moved.insert(owned.label.clone(), n);
            }
            Err(e) if db::owned::is_constraint(&e) => {
                return refuse(
                    Refusal::conflict(format!(
                        "moving '{}' ({}.{}) from {} to {} conflicts with {}'s rows ({:#}); nothing was moved",
                        owned.label, owned.table, owned.column, from.username, to.username, to.username, e
                    ))
                    .hint("resolve the conflicting rows in the application, or leave the label out with --only"),
                );
            }
            Err(e) => return Err(e),
        }
    }
    Ok(moved)
}

/// `user transfer FROM TO [--only LABEL…]`: moves every registered label's rows (or
/// those named), whatever their departure rule, in one audited change.
pub fn transfer(conn: &Conn, actor: &Actor, from: i64, to: i64, only: &[String]) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: from })?;
    let source = db::users::get_by_id(conn, from)?;
    if from == to {
        return refuse(Refusal::usage(format!(
            "{} is both FROM and TO: name two accounts",
            source.username
        )));
    }
    let target = recipient(conn, actor, to)?;
    let registered = checked(conn)?;
    for label in only {
        if !registered.iter().any(|o| o.label == *label) {
            return refuse(
                Refusal::not_found(format!("no registered label '{label}'"))
                    .hint("`userctl owned list` shows them"),
            );
        }
    }
    let labels: Vec<&Checked> = registered
        .iter()
        .filter(|o| only.is_empty() || only.contains(&o.label))
        .collect();
    let moved = move_labels(conn, &labels, &source, &target)?;
    let total: usize = moved.values().sum();
    if total == 0 {
        return Ok(crate::lifecycle::unchanged(
            &source.username,
            format!("{} owns no registered rows; nothing moved", source.username),
        ));
    }
    let details = json!({ "to": target.username, "rows": moved });
    audit(conn, actor, "user.transfer", &source.username, &details)?;
    Ok(change(
        &source.username,
        Outcome::Updated,
        format!(
            "moved {total} row(s) from {} to {} ({})",
            source.username,
            target.username,
            summary(&moved)
        ),
        details,
    ))
}

/// `label: n, …` for messages.
fn summary(counts: &BTreeMap<String, usize>) -> String {
    counts
        .iter()
        .map(|(l, n)| format!("{l}: {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What happened to an account's registered data when it left.
#[derive(Debug, Default)]
pub struct Departed {
    pub transferred: BTreeMap<String, usize>,
    pub deleted: BTreeMap<String, usize>,
    pub to: Option<db::users::User>,
}

/// Before an account is deleted or erased (`verb`): refuses (exit 5) while `block`
/// rows exist, or `transfer` rows without a recipient, naming labels and counts; moves
/// `transfer` rows to `transfer_to`; deletes `delete` rows.
pub fn depart(
    conn: &Conn,
    actor: &Actor,
    user: &db::users::User,
    transfer_to: Option<i64>,
    verb: &str,
) -> Result<Departed> {
    let registered = checked(conn)?;
    let mut blocking = Vec::new();
    let mut to_move = Vec::new();
    for owned in &registered {
        let n = db::owned::count_for(conn, &owned.table, &owned.column, user.id)?;
        if n == 0 {
            continue;
        }
        match owned.rule {
            Departure::Block => blocking.push(format!("{}: {n}", owned.label)),
            Departure::Transfer => to_move.push((owned, n)),
            Departure::Delete => {}
        }
    }
    if !blocking.is_empty() {
        return refuse(
            Refusal::guard(format!(
                "{} owns data that blocks it from being {verb} ({})",
                user.username,
                blocking.join(", ")
            ))
            .hint("move it first (`userctl user transfer FROM TO --only LABEL`), or resolve it in the application"),
        );
    }
    let mut out = Departed::default();
    if !to_move.is_empty() {
        let Some(to) = transfer_to else {
            let listed: Vec<String> = to_move
                .iter()
                .map(|(o, n)| format!("{}: {n}", o.label))
                .collect();
            return refuse(
                Refusal::guard(format!(
                    "{} owns data to hand over before it is {verb} ({})",
                    user.username,
                    listed.join(", ")
                ))
                .hint("name who receives it with --transfer-to USER (or `userctl user transfer` first)"),
            );
        };
        if to == user.id {
            return refuse(Refusal::usage(format!(
                "{} cannot receive its own data: name another account with --transfer-to",
                user.username
            )));
        }
        let target = recipient(conn, actor, to)?;
        let labels: Vec<&Checked> = to_move.iter().map(|(o, _)| *o).collect();
        out.transferred = move_labels(conn, &labels, user, &target)?;
        out.to = Some(target);
    }
    for owned in registered.iter().filter(|o| o.rule == Departure::Delete) {
        let n = db::owned::delete_rows(conn, &owned.table, &owned.column, user.id)?;
        if n > 0 {
            out.deleted.insert(owned.label.clone(), n);
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Personal data in the audit log
// ---------------------------------------------------------------------------

/// What identifies a person in the audit log: every username, email and display name
/// the account had (lower-cased), found from its current row and the audit entries
/// about it (`user.add`, renames by `user.edit`, imports).
#[derive(Debug, Clone, Default)]
pub struct Personal {
    usernames: BTreeSet<String>,
    texts: BTreeSet<String>,
}

/// Keys of details that hold an account's identifying values.
const IDENTIFYING_KEYS: &[&str] = &["username", "email", "display_name", "name"];

impl Personal {
    /// Collects everything that names `user`, current and past.
    pub fn of(conn: &Conn, user: &db::users::User) -> Result<Personal> {
        let mut p = Personal::default();
        p.add_username(&user.username);
        p.add_text(user.email.as_deref().unwrap_or(""));
        p.add_text(&user.display_name);
        // Names learnt from an entry can make earlier entries about the account
        // recognisable (a rename): repeat until nothing new is learnt.
        loop {
            let before = (p.usernames.len(), p.texts.len());
            db::redaction::for_each_entry(conn, |row| {
                if row.redacted_by.is_some() {
                    return Ok(());
                }
                let about = row
                    .target
                    .as_deref()
                    .is_some_and(|t| p.usernames.contains(&t.to_lowercase()));
                if about && row.action.starts_with("user.") {
                    if let Ok(details) = serde_json::from_str::<Value>(&row.details) {
                        p.learn(&details, false);
                    }
                }
                Ok(())
            })?;
            if (p.usernames.len(), p.texts.len()) == before {
                return Ok(p);
            }
        }
    }

    fn add_username(&mut self, name: &str) {
        let name = name.trim().to_lowercase();
        if !name.is_empty() {
            self.texts.insert(name.clone());
            self.usernames.insert(name);
        }
    }

    fn add_text(&mut self, text: &str) {
        let text = text.trim().to_lowercase();
        // A single character identifies nobody, and would match everywhere.
        if text.chars().count() >= 2 {
            self.texts.insert(text);
        }
    }

    /// Takes the identifying values of an entry's details about the account.
    fn learn(&mut self, value: &Value, under_key: bool) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let key = IDENTIFYING_KEYS.contains(&k.as_str());
                    if k == "username" {
                        for name in strings(v) {
                            self.add_username(&name);
                        }
                    } else {
                        self.learn(v, key || (under_key && (k == "from" || k == "to")));
                    }
                }
            }
            Value::String(s) if under_key => self.add_text(s),
            _ => {}
        }
    }

    /// Whether `text` holds one of the person's names, as a whole word
    /// (case-insensitive): "bob" is in "bob@example.com" and "Bob Stone", not in "bobcat".
    pub fn mentioned_in(&self, text: &str) -> bool {
        let hay = text.to_lowercase();
        self.texts.iter().any(|needle| contains_word(&hay, needle))
    }

    /// Whether `value` (details) holds one of the person's names in a key or a string.
    fn mentioned_in_json(&self, value: &Value) -> bool {
        match value {
            Value::String(s) => self.mentioned_in(s),
            Value::Array(items) => items.iter().any(|v| self.mentioned_in_json(v)),
            Value::Object(map) => map
                .iter()
                .any(|(k, v)| self.mentioned_in(k) || self.mentioned_in_json(v)),
            _ => false,
        }
    }

    /// Whether an actor (`user:NAME`, `os:login`) is the account.
    fn is_actor(&self, actor: &str) -> bool {
        actor
            .strip_prefix("user:")
            .is_some_and(|n| self.usernames.contains(&n.to_lowercase()))
    }

    /// What of an audit entry names the person: the fields to redact (`None`: none).
    fn redaction(&self, row: &db::redaction::Row, id: i64) -> Option<db::redaction::Redact> {
        let actor = if self.is_actor(&row.actor) {
            Some(db::redaction::actor_marker(id))
        } else if self.mentioned_in(&row.actor) {
            Some(db::redaction::OTHER_MARKER.to_string())
        } else {
            None
        };
        let target = match row.target.as_deref() {
            Some(t) if self.usernames.contains(&t.to_lowercase()) => {
                Some(db::redaction::target_marker(id))
            }
            Some(t) if self.mentioned_in(t) => Some(db::redaction::OTHER_MARKER.to_string()),
            _ => None,
        };
        // An erase entry holds ids, counts and labels only, and lists what it redacted:
        // its details stay.
        let details = row.action != "user.erase"
            && serde_json::from_str::<Value>(&row.details).map_or_else(
                |_| self.mentioned_in(&row.details),
                |v| self.mentioned_in_json(&v),
            );
        (actor.is_some() || target.is_some() || details).then_some(db::redaction::Redact {
            actor,
            target,
            details,
        })
    }

    /// Whether an audit entry is about the person (its actor, target or details name it).
    fn names(&self, row: &db::redaction::Row) -> bool {
        self.redaction(row, 0).is_some()
    }
}

/// Every string in a value (a string, or the strings of an object's `from`/`to`).
fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => vec![s.clone()],
        Value::Object(map) => map.values().flat_map(strings).collect(),
        Value::Array(items) => items.iter().flat_map(strings).collect(),
        _ => Vec::new(),
    }
}

/// Whether `needle` occurs in `hay` with no letter or digit right before or after it.
fn contains_word(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(at) = hay[from..].find(needle) {
        let start = from + at;
        let end = start + needle.len();
        let before = hay[..start].chars().next_back();
        let after = hay[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

// ---------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------

/// Refuses (exit 6) an export the actor may not make: anyone may export their own
/// data; another account's takes `users.manage` (and holding all it holds).
pub fn authorize_export(conn: &Conn, actor: &Actor, user_id: i64) -> Result<()> {
    if actor.is(user_id) {
        authz::authorize(conn, actor, Action::ViewUser { target: user_id })
    } else {
        authz::authorize(conn, actor, Action::ManageUser { target: user_id })
    }
}

/// One account's data, as one JSON document: the account row, groups, permission
/// grants and denials, resource access, attributes, API key prefixes, sessions, every
/// registered table's rows, and the audit entries about the account.
pub fn export(conn: &Conn, user: &db::users::User) -> Result<Value> {
    let effective = authz::effective(conn, user.id)?;
    let overrides = db::access::overrides(conn, user.id)?;
    let (grants, modes) = db::erase::resource_access(conn, user.id)?;
    let mut owned = serde_json::Map::new();
    for o in checked(conn)? {
        owned.insert(
            o.label.clone(),
            json!({
                "table": o.table,
                "column": o.column,
                "on_departure": o.rule.as_str(),
                "rows": db::owned::rows_for(conn, &o.table, &o.column, user.id)?,
            }),
        );
    }
    let keys: Vec<Value> = db::keys::list(conn, Some(user.id))?
        .into_iter()
        .map(|k| {
            json!({
                "prefix": k.prefix,
                "label": k.label,
                "created_at": k.created_at,
                "last_used_at": k.last_used_at,
                "expires_at": k.expires_at,
                "suspended_at": k.suspended_at,
                "revoked_at": k.revoked_at,
            })
        })
        .collect();
    let sessions: Vec<Value> = db::sessions::list(conn, Some(user.id), true, false)?
        .into_iter()
        .map(|s| {
            json!({
                "created_at": s.created_at,
                "last_seen_at": s.last_seen_at,
                "expires_at": s.expires_at,
                "ip": s.ip,
                "user_agent": s.user_agent,
            })
        })
        .collect();
    let personal = Personal::of(conn, user)?;
    let mut audit_entries = Vec::new();
    db::redaction::for_each_entry(conn, |row| {
        if personal.names(&row) {
            audit_entries.push(json!({
                "id": row.id,
                "at": row.at,
                "actor": row.actor,
                "action": row.action,
                "target": row.target,
                "details": serde_json::from_str::<Value>(&row.details).unwrap_or(Value::Null),
            }));
        }
        Ok(())
    })?;
    Ok(json!({
        "exported_at": crate::clock::now(),
        "account": db::erase::account_row(conn, user.id)?,
        "groups": db::access::groups_of(conn, user.id)?.into_iter().map(|(_, n)| n).collect::<Vec<_>>(),
        "permissions": effective.permissions,
        "grants": overrides.iter().filter(|(_, e, _)| e == "grant").map(|(p, _, _)| p).collect::<Vec<_>>(),
        "denials": overrides.iter().filter(|(_, e, _)| e == "deny").map(|(p, _, _)| p).collect::<Vec<_>>(),
        "resource_grants": grants,
        "resource_modes": modes,
        "attributes": db::attributes::values_of(conn, user.id)?.into_iter().collect::<BTreeMap<_, _>>(),
        "api_keys": keys,
        "sessions": sessions,
        "owned": owned,
        "audit": audit_entries,
    }))
}

// ---------------------------------------------------------------------------
// Erase
// ---------------------------------------------------------------------------

/// `user erase USER [--transfer-to USER]`: the right to erasure without losing
/// attribution or `audit verify`. The registered data is transferred or deleted per
/// its rule (`block` refuses, exit 5); the account row is scrubbed to `erased-<id>`
/// and everything attached to it deleted; every audit entry that names the person is
/// redacted (see [`db::redaction`]); the erase's own entry names the account by id
/// only. An `--as` actor may not erase itself; the last manager is kept by the guard.
pub fn erase(conn: &Conn, actor: &Actor, user_id: i64, transfer_to: Option<i64>) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    authz::forbid_self(actor, user.id, "erase")?;
    let pseudonym = db::redaction::target_marker(user.id);
    if user.username == pseudonym && user.email.is_none() && user.status != Status::Active {
        let personal = Personal::of(conn, &user)?;
        if personal.texts.len() <= 1 {
            return Ok(crate::lifecycle::unchanged(
                &user.username,
                format!("{} is erased already; nothing changed", user.username),
            ));
        }
    }
    let departed = depart(conn, actor, &user, transfer_to, "erased")?;
    // Who the person was, before the row forgets it.
    let personal = Personal::of(conn, &user)?;
    let removed = db::erase::delete_attached(conn, user.id)?;
    db::erase::scrub_account(conn, user.id, &pseudonym, &crate::clock::now())?;

    // Redact, by the entry about to be appended.
    let by = db::audit::last_id(conn)? + 1;
    let mut found = Vec::new();
    db::redaction::for_each_entry(conn, |row| {
        if let Some(what) = personal.redaction(&row, user.id) {
            found.push((row, what));
        }
        Ok(())
    })?;
    let mut ids = Vec::with_capacity(found.len());
    let mut older = Vec::new();
    for (row, what) in &found {
        ids.push(row.id);
        if let Some((id, at, action)) = db::redaction::redact(conn, row, what, by)? {
            older.push(json!([id, at, action]));
        }
    }
    let details = json!({
        "user_id": user.id,
        "transferred": departed.transferred,
        "transferred_to_id": departed.to.as_ref().map(|u| u.id),
        "deleted": departed.deleted,
        "removed": removed.iter().map(|(k, n)| ((*k).to_string(), *n)).collect::<BTreeMap<_, _>>(),
        "redacted_entries": ids,
        "redacted_older_entries": older,
    });
    let id = db::audit::append(
        conn,
        &actor.audit_name(),
        "user.erase",
        Some(&pseudonym),
        &details,
    )?;
    anyhow::ensure!(
        id == by,
        "the erase entry is {id}, not {by} as its redactions say"
    );
    let mut message = format!(
        "erased account {} ({pseudonym} now); {} audit entr{} redacted",
        user.id,
        ids.len(),
        if ids.len() == 1 { "y" } else { "ies" }
    );
    if let Some(to) = &departed.to {
        message.push_str(&format!(
            "; moved to {}: {}",
            to.username,
            summary(&departed.transferred)
        ));
    }
    if !departed.deleted.is_empty() {
        message.push_str(&format!("; deleted: {}", summary(&departed.deleted)));
    }
    // The result names the account by id: the username it had is what was erased.
    Ok(change(&pseudonym, Outcome::Updated, message, details))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_as_whole_words_only() {
        assert!(contains_word("bob@example.com", "bob"));
        assert!(contains_word("hello bob stone", "bob stone"));
        assert!(!contains_word("bobcat", "bob"));
        assert!(!contains_word("jimbob", "bob"));
        assert!(contains_word("\"to\":\"bob\"", "bob"));
        assert!(contains_word("zoë bob", "zoë"));
        assert!(!contains_word("", "bob"));
    }

    #[test]
    fn labels_are_plain_names_and_not_columns_of_the_listing() {
        assert_eq!(normalize_label(" Personas ").unwrap(), "personas");
        assert!(normalize_label("groups").is_err());
        assert!(normalize_label("1x").is_err());
        assert!(normalize_label("a b").is_err());
        assert!(normalize_label("").is_err());
    }
}
