//! SQL for `audit_log`: the append-only, hash-chained record of every change.
//!
//! Each entry's `hash` chains it to the entry before it, so an edited, deleted or
//! reordered entry breaks the chain at the first place it was touched. Deleting the
//! newest entries is caught by comparing the chain head with one kept elsewhere.
//!
//! Three formats, told apart entry by entry by the stored `hash`:
//! - **format 3** (every entry written now, schema revision 3 on): `hash` is `v3:` and
//!   a link like format 2's, over a body digest made of one salted digest per field,
//!   so that an erase can redact an entry's personal data and the chain still verifies
//!   (see [`super::redaction`], which also checks redacted entries).
//! - **format 2** (schema revision 2): `hash` is `v2:` and the hex SHA-256 of the
//!   *link* — a tag, `prev_hash`, the id, `at` and the entry's *body digest*, the
//!   SHA-256 of a tag and its `actor`, `action`, `target` and `details`. The body digest
//!   depends on nothing but the entry itself, so a bulk import computes it (and the
//!   JSON) before it takes the write lock; only the link is computed under the lock.
//! - **format 1** (entries written before): `hash` is the bare hex SHA-256 of
//!   `prev_hash`, the id, `at`, `actor`, `action`, `target` and `details`.
//!
//! Every field is length-prefixed, and the first field of a format-2 link (the tag) has
//! a length no `prev_hash` has, so no input of one formula is an input of the other:
//! accepting both lets no edit pass without a SHA-256 second preimage.

use std::sync::{Arc, Mutex};

use super::{Conn, Dialect, OptionalExtension};
use crate::params;
use anyhow::Result;
use rusqlite::functions::{Context, FunctionFlags};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::redaction::{self, link_hash};
use crate::clock;

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// How a format-2 `hash` starts.
pub const V2: &str = "v2:";

/// The first field of a body digest and of a link (domain separation: their lengths
/// are neither 64 nor 67, the lengths of a `prev_hash`).
const BODY_TAG: &[u8] = b"userctl audit body v2";
const LINK_TAG: &[u8] = b"userctl audit link v2";

/// One audit entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: Option<String>,
    pub details: serde_json::Value,
    #[serde(skip)]
    pub details_text: String,
    pub prev_hash: String,
    pub hash: String,
    /// The `user.erase` entry that redacted this one's personal data, if one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redacted_by: Option<i64>,
}

/// Appends an entry after the current head. Must run inside the change's write
/// transaction, so the entry and the change commit or roll back together.
pub fn append(
    conn: &Conn,
    actor: &str,
    action: &str,
    target: Option<&str>,
    details: &impl Serialize,
) -> Result<i64> {
    Appender::at_head(conn)?.append(conn, &clock::now(), actor, action, target, details)
}

/// What an entry says, ready to be chained: its details as stored, its salt and its
/// (format-3) body digest. Computed without the database, before any lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    pub details: String,
    pub digest: [u8; 32],
    pub salt: [u8; 16],
}

impl Body {
    /// Serialises `details` and digests the entry's content.
    pub fn new(
        actor: &str,
        action: &str,
        target: Option<&str>,
        details: &impl Serialize,
    ) -> Result<Body> {
        let details = serde_json::to_string(details)?;
        let salt = super::redaction::new_salt();
        let digest = super::redaction::body_digest(&salt, actor, action, target, &details);
        Ok(Body {
            details,
            digest,
            salt,
        })
    }

    /// The digest and the salt as one value, for a staged row's `body` column
    /// ([`CHAIN_FUNCTION`] reads it).
    pub fn staged(&self) -> [u8; 48] {
        let mut out = [0u8; 48];
        out[..32].copy_from_slice(&self.digest);
        out[32..].copy_from_slice(&self.salt);
        out
    }
}

/// SHA-256 over `fields`, each preceded by its length.
fn digest_fields(fields: &[&[u8]]) -> [u8; 32] {
    let mut h = Sha256::new();
    for field in fields {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field);
    }
    h.finalize().into()
}

/// The body digest of a format-2 entry. A missing target and an empty one differ.
pub fn body_digest(actor: &str, action: &str, target: Option<&str>, details: &str) -> [u8; 32] {
    let (has_target, target) = match target {
        Some(t) => (&[1u8][..], t.as_bytes()),
        None => (&[0u8][..], &b""[..]),
    };
    digest_fields(&[
        BODY_TAG,
        actor.as_bytes(),
        action.as_bytes(),
        has_target,
        target,
        details.as_bytes(),
    ])
}

/// The stored `hash` of a format-2 entry: `v2:` and the hex link of `body` to `prev`.
pub fn link_hash_v2(prev: &str, id: i64, at: &str, body: &[u8; 32]) -> String {
    let link = digest_fields(&[
        LINK_TAG,
        prev.as_bytes(),
        &id.to_be_bytes(),
        at.as_bytes(),
        body,
    ]);
    let mut hash = String::with_capacity(V2.len() + 64);
    hash.push_str(V2);
    hash.push_str(&crate::tokens::hex(&link));
    hash
}

/// The hash of a format-1 entry (written before format 2), chained to `prev`.
fn v1_hash(
    prev: &str,
    id: i64,
    at: &str,
    actor: &str,
    action: &str,
    target: Option<&str>,
    details: &str,
) -> String {
    crate::tokens::hex(&digest_fields(&[
        prev.as_bytes(),
        &id.to_be_bytes(),
        at.as_bytes(),
        actor.as_bytes(),
        action.as_bytes(),
        target.unwrap_or("\u{0}").as_bytes(),
        details.as_bytes(),
    ]))
}

/// An entry's fields as stored, to check against its `hash`.
struct Stored<'a> {
    id: i64,
    at: &'a str,
    actor: &'a str,
    action: &'a str,
    target: Option<&'a str>,
    details: &'a str,
    hash: &'a str,
}

impl Stored<'_> {
    /// Whether `hash` is this entry's hash after `prev`, in the format it names.
    fn chains_to(&self, prev: &str) -> bool {
        if self.hash.starts_with(V2) {
            let body = body_digest(self.actor, self.action, self.target, self.details);
            link_hash_v2(prev, self.id, self.at, &body) == self.hash
        } else {
            v1_hash(
                prev,
                self.id,
                self.at,
                self.actor,
                self.action,
                self.target,
                self.details,
            ) == self.hash
        }
    }
}

/// Appends many entries in one write transaction, keeping the chain head in memory
/// instead of reading it back for every entry (a bulk import appends one per account).
/// Only valid while the transaction that read the head is open and nothing else appends.
pub struct Appender {
    last_id: i64,
    prev: String,
}

/// The SQL function [`Appender::append_staged`] lends to its `INSERT … SELECT`.
pub const CHAIN_FUNCTION: &str = "userctl_audit_chain";

/// Audit entries staged before the write lock, waiting in a table to be linked: one
/// row per entry, in `key` order, with its body digested ([`Body::staged`]), its target
/// and its details. [`Appender::append_staged`] links them: on SQLite inside one
/// `INSERT … SELECT` through [`CHAIN_FUNCTION`] (run by userctl inside SQLite); on
/// PostgreSQL, which cannot call back into userctl, by reading them a page at a time,
/// linking them here and writing them with `COPY`. The link is made by [`link_hash`]
/// on both engines.
pub struct StagedEntries {
    pub table: &'static str,
    /// An integer column, unique, growing in the entries' order.
    pub key: &'static str,
    pub body: &'static str,
    pub target: &'static str,
    pub details: &'static str,
    /// Which of the table's rows are entries (an SQL condition).
    pub filter: &'static str,
}

/// The chain as [`CHAIN_FUNCTION`] advances it, one staged row at a time.
struct Chain {
    at: String,
    /// The staged row (its key) the last link was made for.
    key: Option<i64>,
    id: i64,
    prev: String,
    hash: String,
    /// The last linked entry's salt, in hex.
    salt: String,
}

impl Chain {
    /// `CHAIN_FUNCTION(key, body, part)`: the entry's id (part 0), `prev_hash` (1),
    /// `hash` (2) or `body_salt` (3); `body` is [`Body::staged`]. A new, greater key
    /// links the next entry; the same key answers from the link already made, whatever
    /// order SQLite evaluates the columns in.
    fn call(&mut self, ctx: &Context<'_>) -> rusqlite::Result<rusqlite::types::Value> {
        use rusqlite::types::Value;
        let key: i64 = ctx.get(0)?;
        let part: i64 = ctx.get(2)?;
        if self.key != Some(key) {
            if self.key.is_some_and(|k| key < k) {
                return Err(rusqlite::Error::UserFunctionError(
                    "staged audit rows out of order".into(),
                ));
            }
            let staged: [u8; 48] = ctx
                .get_raw(1)
                .as_blob()
                .ok()
                .and_then(|b| b.try_into().ok())
                .ok_or_else(|| {
                    rusqlite::Error::UserFunctionError(
                        "a staged body digest is not 48 bytes".into(),
                    )
                })?;
            let mut body = [0u8; 32];
            body.copy_from_slice(&staged[..32]);
            let id = self.id + 1;
            let hash = link_hash(&self.hash, id, &self.at, &body);
            self.prev = std::mem::replace(&mut self.hash, hash);
            self.salt = crate::tokens::hex(&staged[32..]);
            self.id = id;
            self.key = Some(key);
        }
        Ok(match part {
            0 => Value::Integer(self.id),
            1 => Value::Text(self.prev.clone()),
            3 => Value::Text(self.salt.clone()),
            _ => Value::Text(self.hash.clone()),
        })
    }
}

impl Appender {
    /// Starts after the current head.
    pub fn at_head(conn: &Conn) -> Result<Self> {
        let (last_id, prev) = conn
            .prepare_cached("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")?
            .query_row((), |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .unwrap_or((0, GENESIS.to_string()));
        Ok(Appender { last_id, prev })
    }

    /// Appends one entry (`details` are stored as JSON); returns its id.
    pub fn append(
        &mut self,
        conn: &Conn,
        at: &str,
        actor: &str,
        action: &str,
        target: Option<&str>,
        details: &impl Serialize,
    ) -> Result<i64> {
        let body = Body::new(actor, action, target, details)?;
        let id = self.last_id + 1;
        let hash = link_hash(&self.prev, id, at, &body.digest);
        conn.prepare_cached(
            "INSERT INTO audit_log (id, at, actor, action, target, details, prev_hash, hash, \
             body_salt) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            id,
            at,
            actor,
            action,
            target,
            body.details,
            self.prev,
            hash,
            crate::tokens::hex(&body.salt)
        ])?;
        self.last_id = id;
        self.prev = hash;
        Ok(id)
    }

    /// Appends the entries staged in `staged`, all at `at` by `actor` with `action`,
    /// in key order. Returns how many it wrote.
    pub fn append_staged(
        &mut self,
        conn: &Conn,
        at: &str,
        actor: &str,
        action: &str,
        staged: &StagedEntries,
    ) -> Result<usize> {
        if conn.dialect() == Dialect::Postgres {
            return self.append_staged_linking_here(conn, at, actor, action, staged);
        }
        let chain = Arc::new(Mutex::new(Chain {
            at: at.to_string(),
            key: None,
            id: self.last_id,
            prev: String::new(),
            hash: self.prev.clone(),
            salt: String::new(),
        }));
        let state = Arc::clone(&chain);
        let sqlite = conn.sqlite("linking staged audit entries")?;
        sqlite.create_scalar_function(
            CHAIN_FUNCTION,
            3,
            FunctionFlags::SQLITE_UTF8,
            move |ctx| {
                let mut chain = state.lock().map_err(|_| {
                    rusqlite::Error::UserFunctionError("audit chain poisoned".into())
                })?;
                chain.call(ctx)
            },
        )?;
        let StagedEntries {
            table,
            key,
            body,
            target,
            details,
            filter,
        } = staged;
        // The function's SELECT takes each entry's `id`, `prev_hash`, `hash` and
        // `body_salt` from `CHAIN_FUNCTION(key, body, 0|1|2|3)`, the key growing from
        // row to row; the function links each row to the one before it.
        let chained = |part: u8| format!("{CHAIN_FUNCTION}({key}, {body}, {part})");
        let written = conn.execute(
            &format!(
                "INSERT INTO audit_log ({}) SELECT {}, ?1, ?2, ?3, {target}, {details}, {}, \
                 {}, {} FROM {table} WHERE {filter} ORDER BY {key}",
                AUDIT_COLUMNS.join(", "),
                chained(0),
                chained(1),
                chained(2),
                chained(3)
            ),
            params![at, actor, action],
        );
        sqlite.remove_function(CHAIN_FUNCTION, 3)?;
        let written = written?;
        let chain = chain
            .lock()
            .map_err(|_| anyhow::anyhow!("audit chain poisoned"))?;
        // Every row written was linked exactly once, in order.
        anyhow::ensure!(
            chain.id == self.last_id + i64::try_from(written)?,
            "the staged audit entries were not chained one by one"
        );
        self.last_id = chain.id;
        self.prev.clone_from(&chain.hash);
        Ok(written)
    }

    /// [`Appender::append_staged`] where the engine cannot call back into userctl
    /// (PostgreSQL): the staged entries are read a page at a time in key order, linked
    /// here and written with `COPY` (a statement per entry would hold the lock a
    /// hundred microseconds per account; a page keeps memory bounded).
    fn append_staged_linking_here(
        &mut self,
        conn: &Conn,
        at: &str,
        actor: &str,
        action: &str,
        staged: &StagedEntries,
    ) -> Result<usize> {
        let page = format!(
            "SELECT {key}, {}, {}, {} FROM {} WHERE ({}) AND {key} > ?1 ORDER BY {key} \
             LIMIT {AUDIT_ROWS_PER_COPY}",
            staged.body,
            staged.target,
            staged.details,
            staged.table,
            staged.filter,
            key = staged.key,
        );
        let mut after = i64::MIN;
        let mut written = 0;
        loop {
            let entries = conn.query_map(&page, [after], |r| {
                Ok((
                    r.get::<i64>(0)?,
                    r.get::<Vec<u8>>(1)?,
                    r.get::<Option<String>>(2)?,
                    r.get::<String>(3)?,
                ))
            })?;
            let Some(last) = entries.last() else {
                return Ok(written);
            };
            after = last.0;
            let linked = entries
                .into_iter()
                .map(|(_, staged_body, target, details)| {
                    let staged_body: [u8; 48] = staged_body
                        .try_into()
                        .map_err(|_| anyhow::anyhow!("a staged body digest is not 48 bytes"))?;
                    let mut body = [0u8; 32];
                    body.copy_from_slice(&staged_body[..32]);
                    let id = self.last_id + 1;
                    let hash = link_hash(&self.prev, id, at, &body);
                    let row = [
                        super::Value::Integer(id),
                        super::Value::Text(at.to_string()),
                        super::Value::Text(actor.to_string()),
                        super::Value::Text(action.to_string()),
                        target.map_or(super::Value::Null, super::Value::Text),
                        super::Value::Text(details),
                        super::Value::Text(std::mem::take(&mut self.prev)),
                        super::Value::Text(hash.clone()),
                        super::Value::Text(crate::tokens::hex(&staged_body[32..])),
                    ];
                    self.last_id = id;
                    self.prev = hash;
                    Ok(row)
                });
            written += conn.insert_rows("audit_log", &AUDIT_COLUMNS, linked)?;
        }
    }
}

/// How many linked audit entries are written at a time on a server.
const AUDIT_ROWS_PER_COPY: usize = 10_000;

/// The columns of a linked audit entry, in the order the linking writes them.
const AUDIT_COLUMNS: [&str; 9] = [
    "id",
    "at",
    "actor",
    "action",
    "target",
    "details",
    "prev_hash",
    "hash",
    "body_salt",
];

/// Which entries `list` returns.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Entries whose target is this username.
    pub target: Option<String>,
    /// Entries by this actor (`os:root`, `user:alice`, or a bare name matching either).
    pub actor: Option<String>,
    pub action: Option<String>,
    /// A timestamp; entries at or after it.
    pub since: Option<String>,
    pub limit: Option<u64>,
}

/// Matching entries, newest first.
pub fn list(conn: &Conn, filter: &Filter) -> Result<Vec<Entry>> {
    let (conditions, args) = conditions(conn.dialect(), filter);
    let mut sql = format!(
        "SELECT id, at, actor, action, target, details, prev_hash, hash, redacted_by \
         FROM audit_log WHERE 1 = 1{conditions}"
    );
    sql.push_str(" ORDER BY id DESC");
    if let Some(limit) = filter.limit {
        sql.push_str(&format!(" LIMIT {limit}"));
    }
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(super::params_from_iter(args.iter()), |r| {
        let details_text: String = r.get(5)?;
        Ok(Entry {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            action: r.get(3)?,
            target: r.get(4)?,
            details: serde_json::from_str(&details_text).unwrap_or(serde_json::Value::Null),
            details_text,
            prev_hash: r.get(6)?,
            hash: r.get(7)?,
            redacted_by: r.get(8)?,
        })
    })?;
    rows.collect::<Result<_, _>>()
}

/// How many entries match the filter (its limit aside).
pub fn count(conn: &Conn, filter: &Filter) -> Result<u64> {
    let (conditions, args) = conditions(conn.dialect(), filter);
    let sql = format!("SELECT count(*) FROM audit_log WHERE 1 = 1{conditions}");
    let n: i64 = conn.query_row(&sql, super::params_from_iter(args.iter()), |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// The filter's `AND …` conditions and their parameters.
fn conditions(dialect: Dialect, filter: &Filter) -> (String, Vec<String>) {
    let mut sql = String::new();
    let mut args: Vec<String> = Vec::new();
    if let Some(target) = &filter.target {
        args.push(target.clone());
        sql.push_str(&format!(
            " AND target = ?{}{}",
            args.len(),
            dialect.nocase()
        ));
    }
    if let Some(actor) = &filter.actor {
        args.push(actor.clone());
        let n = args.len();
        sql.push_str(&format!(
            " AND (actor = ?{n} OR actor = 'os:' || ?{n} OR actor = 'user:' || ?{n})"
        ));
    }
    if let Some(action) = &filter.action {
        args.push(action.clone());
        let n = args.len();
        sql.push_str(&format!(" AND (action = ?{n} OR action LIKE ?{n} || '.%')"));
    }
    if let Some(since) = &filter.since {
        args.push(since.clone());
        sql.push_str(&format!(" AND at >= ?{}", args.len()));
    }
    (sql, args)
}

/// The result of walking the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verification {
    pub entries: u64,
    /// The hash of the newest entry (the chain head), to keep elsewhere.
    pub head: String,
    /// The first entry that does not chain: its id and what is wrong with it.
    pub first_bad: Option<(i64, String)>,
}

/// Walks the whole chain in id order, streaming.
pub fn verify(conn: &Conn) -> Result<Verification> {
    let mut stmt = match conn.prepare(
        "SELECT id, at, actor, action, target, details, hash, body_salt, body_digest, \
         redacted_by, prev_hash FROM audit_log ORDER BY id",
    ) {
        Ok(stmt) => stmt,
        Err(e) => {
            let e = e;
            // A lock is no verdict; a table or column gone is tampering.
            if crate::error::refusal_of(&e).is_some() {
                return Err(e);
            }
            return Err(crate::error::Refusal::unusable(format!(
                "the audit log was tampered with: {e}"
            ))
            .hint("the audit_log table is gone or altered; restore a backup and compare")
            .into());
        }
    };
    let mut rows = stmt.query(())?;
    let mut prev = GENESIS.to_string();
    let mut expected_id = 1;
    let mut entries = 0;
    let mut redactions = Redactions::default();
    while let Some(r) = rows.next()? {
        let row = redaction::row_of(&r)?;
        let stored_prev: String = r.get(10)?;
        let id = row.id;
        let bad = |why: String| Verification {
            entries,
            head: prev.clone(),
            first_bad: Some((id, why)),
        };
        if id != expected_id {
            return Ok(bad(format!(
                "entry {id} follows entry {}: entries are missing",
                expected_id - 1
            )));
        }
        if stored_prev != prev {
            return Ok(bad(format!(
                "entry {id} does not follow the entry before it (deleted or reordered entries)"
            )));
        }
        if let Err((named, why)) = redactions.check(&row, &prev) {
            return Ok(Verification {
                entries,
                head: prev.clone(),
                first_bad: Some((named, why)),
            });
        }
        prev = row.hash;
        expected_id += 1;
        entries += 1;
    }
    if let Some((id, why)) = redactions.unfinished() {
        return Ok(Verification {
            entries,
            head: prev,
            first_bad: Some((id, why)),
        });
    }
    Ok(Verification {
        entries,
        head: prev,
        first_bad: None,
    })
}

/// Whether one entry chains to `prev`, in whatever format it was written, redacted
/// or not.
fn chains(row: &redaction::Row, prev: &str) -> Result<(), String> {
    let modified = || format!("entry {} was modified after it was written", row.id);
    if row.redacted_by.is_some() {
        return redaction::chains_redacted(row, prev).map(drop);
    }
    if row.body_digest.is_some() {
        return Err(modified());
    }
    let ok = if row.hash.starts_with(redaction::V3) {
        redaction::chains_as_written(row, prev)
    } else {
        Stored {
            id: row.id,
            at: &row.at,
            actor: &row.actor,
            action: &row.action,
            target: row.target.as_deref(),
            details: &row.details,
            hash: &row.hash,
        }
        .chains_to(prev)
    };
    if ok {
        Ok(())
    } else {
        Err(modified())
    }
}

/// The redacted entries seen while walking the chain, each waiting for the erase entry
/// that must list it (a later entry, named by its `redacted_by`).
#[derive(Default)]
struct Redactions {
    /// Erase entry id → (redacted entry id, what it must have recorded of it).
    waiting: std::collections::BTreeMap<i64, Vec<(i64, Option<redaction::OlderRecord>)>>,
}

impl Redactions {
    /// Checks one entry: its link, and, for an erase entry others wait for, that it
    /// lists them.
    fn check(&mut self, row: &redaction::Row, prev: &str) -> Result<(), (i64, String)> {
        chains(row, prev).map_err(|why| (row.id, why))?;
        if let Some(by) = row.redacted_by {
            let older = redaction::chains_redacted(row, prev).map_err(|why| (row.id, why))?;
            self.waiting.entry(by).or_default().push((row.id, older));
        }
        let Some(waiting) = self.waiting.remove(&row.id) else {
            return Ok(());
        };
        let listed: Option<serde_json::Value> = (row.action == "user.erase")
            .then(|| serde_json::from_str(&row.details).ok())
            .flatten();
        let ids = listed
            .as_ref()
            .and_then(|d| d.get("redacted_entries"))
            .and_then(serde_json::Value::as_array);
        let older = listed
            .as_ref()
            .and_then(|d| d.get("redacted_older_entries"))
            .and_then(serde_json::Value::as_array);
        for (id, record) in waiting {
            let in_ids = ids.is_some_and(|ids| ids.iter().any(|v| v.as_i64() == Some(id)));
            let recorded = match &record {
                None => true,
                Some((rid, at, action)) => older
                    .is_some_and(|o| o.iter().any(|v| *v == serde_json::json!([rid, at, action]))),
            };
            if !in_ids || !recorded {
                return Err((
                    id,
                    format!(
                        "entry {id} is marked redacted by entry {}, which does not list it as \
                         redacted (or records it otherwise)",
                        row.id
                    ),
                ));
            }
        }
        Ok(())
    }

    /// A redacted entry whose erase entry never came.
    fn unfinished(&self) -> Option<(i64, String)> {
        self.waiting.iter().next().and_then(|(by, ids)| {
            ids.first().map(|(id, _)| {
                (
                    *id,
                    format!("entry {id} is marked redacted by entry {by}, which does not exist"),
                )
            })
        })
    }
}

/// What is wrong with the newest entry, checked against its predecessor only (two
/// rows by primary key, whatever the log's length): `None` when it chains (or the log
/// is empty). Every change checks this before appending to the chain.
pub fn head_problem(conn: &Conn) -> Result<Option<String>> {
    // Asked first: on PostgreSQL a failed statement would end the transaction.
    if !super::table_exists(conn, "audit_log")? {
        return Ok(Some("the audit_log table is missing".into()));
    }
    let newest_two = || -> Result<Vec<(redaction::Row, String)>> {
        conn.prepare_cached(
            "SELECT id, at, actor, action, target, details, hash, body_salt, body_digest, \
             redacted_by, prev_hash FROM audit_log ORDER BY id DESC LIMIT 2",
        )?
        .query_map((), |r| Ok((redaction::row_of(r)?, r.get(10)?)))?
        .collect()
    };
    let rows = newest_two()?;
    let Some((row, prev_hash)) = rows.first() else {
        return Ok(None);
    };
    let id = row.id;
    let (expected_id, expected_prev) = match rows.get(1) {
        Some((before, _)) => (before.id + 1, before.hash.as_str()),
        None => (1, GENESIS),
    };
    if id != expected_id {
        return Ok(Some(format!(
            "entry {id} follows entry {}: entries are missing",
            expected_id - 1
        )));
    }
    if prev_hash != expected_prev {
        return Ok(Some(format!(
            "entry {id} does not follow the entry before it (deleted or reordered entries)"
        )));
    }
    // The newest entry cannot have been redacted by a later one.
    if row.redacted_by.is_some() {
        return Ok(Some(format!(
            "entry {id} was modified after it was written"
        )));
    }
    Ok(chains(row, expected_prev).err())
}

/// The id of the newest entry (0 for an empty log): the next entry's is one more.
pub fn last_id(conn: &Conn) -> Result<i64> {
    conn.query_row("SELECT COALESCE(max(id), 0) FROM audit_log", (), |r| {
        r.get(0)
    })
}

/// The action of the first entry (a demo database starts with `demo.create`).
pub fn first_action(conn: &Conn) -> Result<Option<String>> {
    conn.query_row(
        "SELECT action FROM audit_log ORDER BY id LIMIT 1",
        (),
        |r| r.get(0),
    )
    .optional()
}

/// How many entries the audit log holds, for unit tests that check nothing (or
/// something) was logged.
///
/// # Panics
/// When the count fails.
#[cfg(test)]
pub fn rows_for_test(conn: &Conn) -> i64 {
    conn.query_row("SELECT count(*) FROM audit_log", (), |r| r.get(0))
        .expect("count the audit log")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn log_three() -> Conn {
        let conn = crate::db::open_in_memory().unwrap();
        for i in 0..3 {
            append(
                &conn,
                "os:root",
                "user.add",
                Some(&format!("u{i}")),
                &json!({"i": i}),
            )
            .unwrap();
        }
        conn
    }

    #[test]
    fn an_intact_chain_verifies() {
        let v = verify(&log_three()).unwrap();
        assert_eq!(v.entries, 3);
        assert_eq!(v.first_bad, None);
        assert_ne!(v.head, GENESIS);
    }

    #[test]
    fn an_edited_entry_is_named() {
        let conn = log_three();
        conn.execute("UPDATE audit_log SET target = 'mallory' WHERE id = 2", ())
            .unwrap();
        assert_eq!(verify(&conn).unwrap().first_bad.unwrap().0, 2);
    }

    #[test]
    fn the_head_check_sees_the_newest_entry_only() {
        let conn = log_three();
        assert_eq!(head_problem(&conn).unwrap(), None);
        conn.execute("UPDATE audit_log SET target = 'mallory' WHERE id = 3", ())
            .unwrap();
        assert!(head_problem(&conn)
            .unwrap()
            .unwrap()
            .contains("entry 3 was modified"));
        let conn = log_three();
        conn.execute("DELETE FROM audit_log WHERE id = 2", ())
            .unwrap();
        assert!(head_problem(&conn)
            .unwrap()
            .unwrap()
            .contains("entries are missing"));
        let conn = log_three();
        conn.execute("UPDATE audit_log SET prev_hash = hash WHERE id = 3", ())
            .unwrap();
        assert!(head_problem(&conn)
            .unwrap()
            .unwrap()
            .contains("does not follow"));
        // An older entry is `audit verify`'s to find, not the per-write check's.
        let conn = log_three();
        conn.execute("UPDATE audit_log SET actor = 'x' WHERE id = 1", ())
            .unwrap();
        assert_eq!(head_problem(&conn).unwrap(), None);
        let empty = crate::db::open_in_memory().unwrap();
        assert_eq!(head_problem(&empty).unwrap(), None);
        empty.execute_batch("DROP TABLE audit_log").unwrap();
        assert!(head_problem(&empty).unwrap().unwrap().contains("missing"));
    }

    /// Appends a format-1 entry as userctl wrote them before format 2.
    fn append_v1(conn: &Conn, target: &str) {
        let (last_id, prev): (i64, String) = conn
            .query_row(
                "SELECT coalesce(max(id), 0), coalesce((SELECT hash FROM audit_log \
                 ORDER BY id DESC LIMIT 1), ?1) FROM audit_log",
                [GENESIS],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        let (id, at, details) = (last_id + 1, "2026-01-01T00:00:00Z", r#"{"old":true}"#);
        let hash = v1_hash(&prev, id, at, "os:root", "user.add", Some(target), details);
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, action, target, details, prev_hash, hash) \
             VALUES (?1, ?2, 'os:root', 'user.add', ?3, ?4, ?5, ?6)",
            params![id, at, target, details, prev, hash],
        )
        .unwrap();
    }

    /// Two format-1 entries (as a database made before format 2 holds), then two of
    /// format 2 appended by this version.
    fn mixed_log() -> Conn {
        let conn = crate::db::open_in_memory().unwrap();
        append_v1(&conn, "old1");
        append_v1(&conn, "old2");
        for name in ["new3", "new4"] {
            append(
                &conn,
                "os:root",
                "user.add",
                Some(name),
                &json!({"n": name}),
            )
            .unwrap();
        }
        conn
    }

    fn first_bad(conn: &Conn) -> Option<(i64, String)> {
        verify(conn).unwrap().first_bad
    }

    #[test]
    fn new_entries_are_format_3_and_a_mixed_chain_verifies() {
        let conn = mixed_log();
        let hashes: Vec<String> = conn
            .prepare("SELECT hash FROM audit_log ORDER BY id")
            .unwrap()
            .query_map((), |r| r.get(0))
            .unwrap()
            .collect::<Result<_>>()
            .unwrap();
        assert!(!hashes[0].starts_with(V2) && hashes[0].len() == 64);
        assert!(!hashes[1].starts_with(V2));
        assert!(hashes[2].starts_with(redaction::V3) && hashes[2].len() == 67);
        assert!(hashes[3].starts_with(redaction::V3));
        let v = verify(&conn).unwrap();
        assert_eq!((v.entries, v.first_bad), (4, None));
        assert_eq!(v.head, hashes[3]);
        assert_eq!(head_problem(&conn).unwrap(), None);
        // The per-write check on a format-1 head.
        let old = crate::db::open_in_memory().unwrap();
        append_v1(&old, "old1");
        append_v1(&old, "old2");
        assert_eq!(head_problem(&old).unwrap(), None);
        old.execute("UPDATE audit_log SET details = '{}' WHERE id = 2", ())
            .unwrap();
        assert!(head_problem(&old)
            .unwrap()
            .unwrap()
            .contains("entry 2 was modified"));
    }

    #[test]
    fn edits_of_either_format_are_named() {
        for (id, sql) in [
            (1, "UPDATE audit_log SET target = 'mallory' WHERE id = 1"),
            (
                2,
                "UPDATE audit_log SET details = '{\"old\":false}' WHERE id = 2",
            ),
            (
                2,
                "UPDATE audit_log SET at = '2027-01-01T00:00:00Z' WHERE id = 2",
            ),
            (3, "UPDATE audit_log SET actor = 'os:mallory' WHERE id = 3"),
            (3, "UPDATE audit_log SET target = NULL WHERE id = 3"),
            (3, "UPDATE audit_log SET target = '' WHERE id = 3"),
            (
                4,
                "UPDATE audit_log SET action = 'user.delete' WHERE id = 4",
            ),
            (
                4,
                "UPDATE audit_log SET at = '2027-01-01T00:00:00Z' WHERE id = 4",
            ),
            // Deleted entries: the next one names the gap.
            (2, "DELETE FROM audit_log WHERE id = 1"),
            (4, "DELETE FROM audit_log WHERE id = 3"),
            // Switching an entry's format: its hash no longer matches either way.
            (
                3,
                "UPDATE audit_log SET hash = substr(hash, 4) WHERE id = 3",
            ),
            (1, "UPDATE audit_log SET hash = 'v2:' || hash WHERE id = 1"),
        ] {
            let conn = mixed_log();
            conn.execute(sql, ()).unwrap();
            assert_eq!(first_bad(&conn).map(|b| b.0), Some(id), "{sql}");
        }
    }

    #[test]
    fn reordered_entries_of_either_format_are_named() {
        // Swap the contents of two entries (ids stay in order).
        for (a, b) in [(1, 2), (3, 4), (2, 3)] {
            let conn = mixed_log();
            conn.execute_batch(&format!(
                "UPDATE audit_log SET id = -1 WHERE id = {a};
                 UPDATE audit_log SET id = {a} WHERE id = {b};
                 UPDATE audit_log SET id = {b} WHERE id = -1;"
            ))
            .unwrap();
            assert_eq!(first_bad(&conn).map(|b| b.0), Some(a), "swap {a} and {b}");
        }
    }

    #[test]
    fn an_entry_recomputed_in_the_other_format_breaks_the_next_link() {
        // Without a key anyone can recompute one entry; the chain then breaks at the
        // next entry (and at the kept head beyond the last).
        let conn = mixed_log();
        let (prev, at, actor, action, details): (String, String, String, String, String) = conn
            .query_row(
                "SELECT prev_hash, at, actor, action, details FROM audit_log WHERE id = 3",
                (),
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap();
        let forged = v1_hash(&prev, 3, &at, &actor, &action, Some("mallory"), &details);
        conn.execute(
            "UPDATE audit_log SET target = 'mallory', hash = ?1 WHERE id = 3",
            [forged],
        )
        .unwrap();
        let bad = first_bad(&conn).unwrap();
        assert_eq!(bad.0, 4);
        assert!(bad.1.contains("does not follow"), "{}", bad.1);
    }

    #[test]
    fn a_missing_target_and_an_empty_one_digest_apart() {
        assert_ne!(
            body_digest("os:a", "x", None, "{}"),
            body_digest("os:a", "x", Some(""), "{}")
        );
        assert_ne!(
            body_digest("os:ab", "x", None, "{}"),
            body_digest("os:a", "bx", None, "{}")
        );
    }

    /// Stages bodies in a TEMP table keyed by `line` (gaps as an import's are).
    fn staged(conn: &Conn, names: &[&str]) {
        conn.execute_batch(
            "CREATE TEMP TABLE stage (line INTEGER PRIMARY KEY, target TEXT, details TEXT, body BLOB)",
        )
        .unwrap();
        for (i, name) in names.iter().enumerate() {
            let body =
                Body::new("os:root", "user.add", Some(name), &json!({"name": name})).unwrap();
            conn.execute(
                "INSERT INTO temp.stage VALUES (?1, ?2, ?3, ?4)",
                params![i as i64 * 3 + 2, name, body.details, &body.staged()[..]],
            )
            .unwrap();
        }
    }

    /// The entries [`staged`] stages.
    const STAGE: StagedEntries = StagedEntries {
        table: "temp.stage",
        key: "line",
        body: "body",
        target: "target",
        details: "details",
        filter: "body IS NOT NULL",
    };

    /// Calls the chain function outside [`Appender::append_staged`].
    fn chain_outside(conn: &Conn) -> Result<usize> {
        conn.execute(
            &format!("SELECT {CHAIN_FUNCTION}(line, body, 0) FROM temp.stage"),
            (),
        )
    }

    #[test]
    fn staged_entries_chain_in_one_statement_after_either_format() {
        let conn = mixed_log();
        staged(&conn, &["s1", "s2", "s3"]);
        let mut appender = Appender::at_head(&conn).unwrap();
        let at = "2026-11-23T10:00:00Z";
        let n = appender
            .append_staged(&conn, at, "os:root", "user.add", &STAGE)
            .unwrap();
        assert_eq!(n, 3);
        // The appender goes on after them, and the function is gone.
        appender
            .append(&conn, at, "os:root", "user.edit", Some("s1"), &json!({}))
            .unwrap();
        let v = verify(&conn).unwrap();
        assert_eq!((v.entries, v.first_bad), (8, None));
        assert!(chain_outside(&conn).is_err());
        let targets: Vec<(i64, String)> = conn
            .prepare("SELECT id, target FROM audit_log WHERE id > 4 ORDER BY id")
            .unwrap()
            .query_map((), |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_>>()
            .unwrap();
        assert_eq!(
            targets,
            [
                (5, "s1".into()),
                (6, "s2".into()),
                (7, "s3".into()),
                (8, "s1".into())
            ]
        );
        // After a format-1 head too.
        let conn = crate::db::open_in_memory().unwrap();
        append_v1(&conn, "old1");
        staged(&conn, &["s1"]);
        Appender::at_head(&conn)
            .unwrap()
            .append_staged(&conn, at, "os:root", "user.add", &STAGE)
            .unwrap();
        assert_eq!(verify(&conn).unwrap().first_bad, None);
    }

    #[test]
    fn a_damaged_staged_body_writes_nothing() {
        let conn = log_three();
        staged(&conn, &["s1", "s2"]);
        conn.execute("UPDATE temp.stage SET body = x'00' WHERE target = 's2'", ())
            .unwrap();
        let at = "2026-11-23T10:00:00Z";
        let err = Appender::at_head(&conn)
            .unwrap()
            .append_staged(&conn, at, "os:root", "user.add", &STAGE)
            .unwrap_err();
        assert!(format!("{err:#}").contains("not 48 bytes"), "{err:#}");
        assert_eq!(verify(&conn).unwrap().entries, 3);
    }

    /// Appends a format-2 entry as userctl wrote them in schema revision 2.
    fn append_v2(conn: &Conn, target: &str) {
        let (last_id, prev): (i64, String) = conn
            .query_row(
                "SELECT coalesce(max(id), 0), coalesce((SELECT hash FROM audit_log \
                 ORDER BY id DESC LIMIT 1), ?1) FROM audit_log",
                [GENESIS],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        let (id, at, details) = (last_id + 1, "2026-06-01T00:00:00Z", r#"{"v":2}"#);
        let body = body_digest("os:root", "user.edit", Some(target), details);
        let hash = link_hash_v2(&prev, id, at, &body);
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, action, target, details, prev_hash, hash) \
             VALUES (?1, ?2, 'os:root', 'user.edit', ?3, ?4, ?5, ?6)",
            params![id, at, target, details, prev, hash],
        )
        .unwrap();
    }

    /// Entries 1 (format 1) and 2 (format 2) about alice, 3 by alice about bob,
    /// 4 about bob naming alice in its details, 5 about carol.
    fn log_of_every_format() -> Conn {
        let conn = crate::db::open_in_memory().unwrap();
        append_v1(&conn, "alice");
        append_v2(&conn, "alice");
        append(
            &conn,
            "user:alice",
            "user.role",
            Some("bob"),
            &json!({"to": "admin"}),
        )
        .unwrap();
        append(
            &conn,
            "os:root",
            "group.add",
            Some("bob"),
            &json!({"by": "Alice"}),
        )
        .unwrap();
        append(&conn, "os:root", "user.add", Some("carol"), &json!({})).unwrap();
        conn
    }

    /// Redacts what names alice, as `user erase` does, by entry 6.
    fn redact_alice(conn: &Conn) -> Vec<serde_json::Value> {
        let mut rows = Vec::new();
        redaction::for_each_entry(conn, |r| {
            rows.push(r);
            Ok(())
        })
        .unwrap();
        let mut older = Vec::new();
        for row in &rows {
            let what = redaction::Redact {
                actor: (row.actor == "user:alice").then(|| redaction::actor_marker(7)),
                target: (row.target.as_deref() == Some("alice"))
                    .then(|| redaction::target_marker(7)),
                details: row.details.contains("lice"),
            };
            if what.actor.is_some() || what.target.is_some() || what.details {
                if let Some((id, at, action)) = redaction::redact(conn, row, &what, 6).unwrap() {
                    older.push(json!([id, at, action]));
                }
            }
        }
        older
    }

    #[test]
    fn redacted_entries_of_every_format_verify_once_their_erase_entry_lists_them() {
        let conn = log_of_every_format();
        let head_before = verify(&conn).unwrap().head;
        let older = redact_alice(&conn);
        assert_eq!(older.len(), 2);
        // Without the erase entry the redactions are unaccounted for.
        let bad = first_bad(&conn).unwrap();
        assert_eq!(bad.0, 1, "{}", bad.1);
        append(
            &conn,
            "os:root",
            "user.erase",
            Some("erased-7"),
            &json!({"redacted_entries": [1, 2, 3, 4], "redacted_older_entries": older}),
        )
        .unwrap();
        let v = verify(&conn).unwrap();
        assert_eq!((v.entries, v.first_bad), (6, None));
        assert_eq!(head_problem(&conn).unwrap(), None);
        // The old head is still entry 5's: nothing before it was re-linked.
        let hash5: String = conn
            .query_row("SELECT hash FROM audit_log WHERE id = 5", (), |r| r.get(0))
            .unwrap();
        assert_eq!(hash5, head_before);
        // Kept fields are still checked: entry 3's action and entry 4's target.
        let (actor, details): (String, String) = conn
            .query_row(
                "SELECT actor, details FROM audit_log WHERE id = 3",
                (),
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(actor, "user:erased-7");
        assert_eq!(details, r#"{"to":"admin"}"#);
        for (id, sql) in [
            (
                3,
                "UPDATE audit_log SET details = '{\"to\":\"user\"}' WHERE id = 3",
            ),
            (
                3,
                "UPDATE audit_log SET action = 'user.delete' WHERE id = 3",
            ),
            (4, "UPDATE audit_log SET target = 'mallory' WHERE id = 4"),
            (
                4,
                "UPDATE audit_log SET details = '{\"by\":\"x\"}' WHERE id = 4",
            ),
            (
                2,
                "UPDATE audit_log SET action = 'user.delete' WHERE id = 2",
            ),
            (
                1,
                "UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE id = 1",
            ),
            (1, "UPDATE audit_log SET actor = 'os:mallory' WHERE id = 1"),
            // A redaction nobody listed; an entry unmarked.
            (5, "UPDATE audit_log SET redacted_by = 6 WHERE id = 5"),
            (3, "UPDATE audit_log SET redacted_by = NULL WHERE id = 3"),
        ] {
            let conn = log_of_every_format();
            let older = redact_alice(&conn);
            append(
                &conn,
                "os:root",
                "user.erase",
                Some("erased-7"),
                &json!({"redacted_entries": [1, 2, 3, 4], "redacted_older_entries": older}),
            )
            .unwrap();
            conn.execute(sql, ()).unwrap();
            assert_eq!(first_bad(&conn).map(|b| b.0), Some(id), "{sql}");
        }
    }

    #[test]
    fn a_redacted_entry_keeps_no_salt_to_confirm_a_guess_with() {
        let conn = log_of_every_format();
        redact_alice(&conn);
        let (salt, digest): (Option<String>, String) = conn
            .query_row(
                "SELECT body_salt, body_digest FROM audit_log WHERE id = 4",
                (),
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(salt, None);
        // Actor and target kept (their salts), details removed (its digest).
        let parts: Vec<&str> = digest.strip_prefix("v3:").unwrap().split('.').collect();
        assert!(parts[0].starts_with('k') && parts[1].starts_with('k'));
        assert!(parts[2].starts_with('r'));
    }

    #[test]
    fn a_deleted_entry_is_named() {
        let conn = log_three();
        conn.execute("DELETE FROM audit_log WHERE id = 2", ())
            .unwrap();
        assert_eq!(verify(&conn).unwrap().first_bad.unwrap().0, 3);
    }
}
