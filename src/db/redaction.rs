//! Audit format 3 and redaction: an entry whose personal data an erase removed still
//! verifies, and a redaction cannot make an entry say anything it did not say.
//!
//! **Format 3** (every entry written from schema revision 3 on): the link hashes the
//! entry's *body digest*, which is made of one digest per field. The personal fields —
//! `actor`, `target` and `details` — are each digested with a salt of their own,
//! derived from the entry's random `body_salt`; `action` is digested as it is:
//!
//! ```text
//! salt(f)   = SHA-256(SALT_TAG, body_salt, f)
//! digest(f) = SHA-256(FIELD_TAG, f, salt(f), value of f)
//! body      = SHA-256(BODY_TAG, digest(actor), action, digest(target), digest(details))
//! hash      = "v3:" hex SHA-256(LINK_TAG, prev_hash, id, at, body)
//! ```
//!
//! **Redacting** replaces a personal field by a fixed marker and keeps, in
//! `body_digest`, that field's digest; a field that stays keeps its salt there instead,
//! so it is still checked against its value. The entry's `body_salt` is removed, so the
//! kept digest of a removed value can no longer be confirmed by guessing it (the salt
//! it was made with is gone). `redacted_by` names the `user.erase` entry that did it;
//! that entry lists every id it redacted, and `audit verify` holds the two together.
//!
//! Entries of formats 1 and 2 (written before) cannot be split by field: redacting one
//! replaces its actor, target and details by markers, keeps the format-2 body digest
//! (format 1 has none: its stored hash stands in the chain as it is), and the erase
//! entry records its `at` and `action`, which `audit verify` compares.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use anyhow::Result;
use sha2::{Digest, Sha256};

use super::{Conn, Row as DbRow};
use crate::params;

/// How a format-3 `hash` starts.
pub const V3: &str = "v3:";

/// Domain separation (lengths that are neither 64 nor 67, the lengths of a `prev_hash`).
const SALT_TAG: &[u8] = b"userctl audit salt v3";
const FIELD_TAG: &[u8] = b"userctl audit field v3";
const BODY_TAG: &[u8] = b"userctl audit body v3";
const LINK_TAG: &[u8] = b"userctl audit link v3";

/// The marker a redacted `details` holds.
pub const DETAILS_MARKER: &str = r#"{"redacted":true}"#;
/// The marker of a redacted actor or target that was not the erased account itself.
pub const OTHER_MARKER: &str = "[redacted]";

/// The marker of the erased account `id` as an actor.
pub fn actor_marker(id: i64) -> String {
    format!("user:erased-{id}")
}

/// The marker of the erased account `id` as a target (its username after the erase).
pub fn target_marker(id: i64) -> String {
    format!("erased-{id}")
}

/// Whether `value` is a marker a redacted actor may hold.
fn is_actor_marker(value: &str) -> bool {
    value == OTHER_MARKER
        || value
            .strip_prefix("user:erased-")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `value` is a marker a redacted target may hold.
fn is_target_marker(value: Option<&str>) -> bool {
    value.is_some_and(|v| {
        v == OTHER_MARKER
            || v.strip_prefix("erased-")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
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

/// A fresh salt for a new entry: unpredictable (a random seed per process) and never
/// repeated (a counter), without a system call per entry.
pub fn new_salt() -> [u8; 16] {
    static SEED: OnceLock<[u8; 32]> = OnceLock::new();
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let seed = SEED.get_or_init(|| {
        let mut seed = [0u8; 32];
        // Without the system's randomness, a salt from the time and process still
        // never repeats; it is only guessable, which weakens redaction, not the chain.
        if getrandom::getrandom(&mut seed).is_err() {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            seed = digest_fields(&[&now.to_be_bytes(), &std::process::id().to_be_bytes()]);
        }
        seed
    });
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let full = digest_fields(&[seed, &n.to_be_bytes()]);
    let mut salt = [0u8; 16];
    salt.copy_from_slice(&full[..16]);
    salt
}

/// The personal fields, in the order of a format-3 body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Actor,
    Target,
    Details,
}

impl Field {
    const ALL: [Field; 3] = [Field::Actor, Field::Target, Field::Details];

    fn name(self) -> &'static [u8] {
        match self {
            Field::Actor => b"actor",
            Field::Target => b"target",
            Field::Details => b"details",
        }
    }
}

fn field_salt(body_salt: &[u8], field: Field) -> [u8; 32] {
    digest_fields(&[SALT_TAG, body_salt, field.name()])
}

/// A target as digested: a missing target and an empty one differ.
fn target_bytes(target: Option<&str>) -> Vec<u8> {
    match target {
        Some(t) => {
            let mut v = vec![1u8];
            v.extend_from_slice(t.as_bytes());
            v
        }
        None => vec![0u8],
    }
}

fn field_digest(field: Field, salt: &[u8; 32], value: &[u8]) -> [u8; 32] {
    digest_fields(&[FIELD_TAG, field.name(), salt, value])
}

fn body_of(actor: &[u8; 32], action: &str, target: &[u8; 32], details: &[u8; 32]) -> [u8; 32] {
    digest_fields(&[BODY_TAG, actor, action.as_bytes(), target, details])
}

/// The body digest of a format-3 entry as written.
pub fn body_digest(
    salt: &[u8],
    actor: &str,
    action: &str,
    target: Option<&str>,
    details: &str,
) -> [u8; 32] {
    let d = |f: Field, value: &[u8]| field_digest(f, &field_salt(salt, f), value);
    body_of(
        &d(Field::Actor, actor.as_bytes()),
        action,
        &d(Field::Target, &target_bytes(target)),
        &d(Field::Details, details.as_bytes()),
    )
}

/// The stored `hash` of a format-3 entry: `v3:` and the hex link of `body` to `prev`.
pub fn link_hash(prev: &str, id: i64, at: &str, body: &[u8; 32]) -> String {
    let link = digest_fields(&[
        LINK_TAG,
        prev.as_bytes(),
        &id.to_be_bytes(),
        at.as_bytes(),
        body,
    ]);
    let mut hash = String::with_capacity(V3.len() + 64);
    hash.push_str(V3);
    hash.push_str(&crate::tokens::hex(&link));
    hash
}

/// One field of a redacted format-3 entry as kept in `body_digest`: `k` and the field's
/// salt (the value stayed), or `r` and its digest (the value was replaced by a marker).
fn kept_field(field: Field, salt: &[u8], redact: bool, value: &[u8]) -> String {
    let s = field_salt(salt, field);
    if redact {
        format!("r{}", crate::tokens::hex(&field_digest(field, &s, value)))
    } else {
        format!("k{}", crate::tokens::hex(&s))
    }
}

fn unhex32(text: &str) -> Option<[u8; 32]> {
    crate::tokens::unhex(text)?.try_into().ok()
}

/// An audit entry as stored, with its redaction columns.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: Option<String>,
    pub details: String,
    pub hash: String,
    pub body_salt: Option<String>,
    pub body_digest: Option<String>,
    pub redacted_by: Option<i64>,
}

/// What an erase replaces in one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redact {
    /// The marker for the actor, when it goes.
    pub actor: Option<String>,
    /// The marker for the target, when it goes.
    pub target: Option<String>,
    pub details: bool,
}

/// An older entry's fields an erase records in its own entry: id, at, action.
pub type OlderRecord = (i64, String, String);

/// Redacts one entry (inside the erase's transaction), by the erase entry `by`.
/// Entries of formats 1 and 2 lose actor, target and details whatever `what` says;
/// their `at` and `action` are returned, for the erase entry to record.
pub fn redact(conn: &Conn, row: &Row, what: &Redact, by: i64) -> Result<Option<OlderRecord>> {
    let (actor, target, details, body_digest, older) = if row.hash.starts_with(V3) {
        let salt = row
            .body_salt
            .as_deref()
            .and_then(|s| hex_bytes(s).ok())
            .ok_or_else(|| anyhow::anyhow!("audit entry {} has no salt to redact with", row.id))?;
        let stored = [
            kept_field(
                Field::Actor,
                &salt,
                what.actor.is_some(),
                row.actor.as_bytes(),
            ),
            kept_field(
                Field::Target,
                &salt,
                what.target.is_some(),
                &target_bytes(row.target.as_deref()),
            ),
            kept_field(Field::Details, &salt, what.details, row.details.as_bytes()),
        ]
        .join(".");
        (
            what.actor.clone().unwrap_or_else(|| row.actor.clone()),
            what.target.clone().or_else(|| row.target.clone()),
            if what.details {
                DETAILS_MARKER.to_string()
            } else {
                row.details.clone()
            },
            format!("{V3}{stored}"),
            None,
        )
    } else {
        let digest = if row.hash.starts_with(super::audit::V2) {
            let body = super::audit::body_digest(
                &row.actor,
                &row.action,
                row.target.as_deref(),
                &row.details,
            );
            format!("{}{}", super::audit::V2, crate::tokens::hex(&body))
        } else {
            "v1:".to_string()
        };
        (
            what.actor
                .clone()
                .unwrap_or_else(|| OTHER_MARKER.to_string()),
            Some(
                what.target
                    .clone()
                    .unwrap_or_else(|| OTHER_MARKER.to_string()),
            ),
            DETAILS_MARKER.to_string(),
            digest,
            Some((row.id, row.at.clone(), row.action.clone())),
        )
    };
    conn.prepare_cached(
        "UPDATE audit_log SET actor = ?2, target = ?3, details = ?4, body_salt = NULL, \
         body_digest = ?5, redacted_by = ?6 WHERE id = ?1",
    )?
    .execute(params![row.id, actor, target, details, body_digest, by])?;
    Ok(older)
}

fn hex_bytes(text: &str) -> Result<Vec<u8>> {
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|b| u8::from_str_radix(b, 16).ok())
                .ok_or_else(|| anyhow::anyhow!("not hex"))
        })
        .collect()
}

/// Whether a format-3 entry as written chains to `prev`.
pub fn chains_as_written(row: &Row, prev: &str) -> bool {
    let Some(salt) = row.body_salt.as_deref().and_then(|s| hex_bytes(s).ok()) else {
        return false;
    };
    let body = body_digest(
        &salt,
        &row.actor,
        &row.action,
        row.target.as_deref(),
        &row.details,
    );
    link_hash(prev, row.id, &row.at, &body) == row.hash
}

/// Whether a redacted entry chains to `prev`: its kept fields match their digests,
/// its removed ones hold markers, and its link is made from them. Returns what the
/// erase entry must have recorded of it (formats 1 and 2), or `Err` with the reason.
pub fn chains_redacted(row: &Row, prev: &str) -> Result<Option<OlderRecord>, String> {
    let modified = || format!("entry {} was modified after it was written", row.id);
    let digest = row.body_digest.as_deref().unwrap_or("");
    if row.body_salt.is_some() || row.redacted_by.is_none_or(|by| by <= row.id) {
        return Err(modified());
    }
    if let Some(parts) = digest.strip_prefix(V3) {
        if !row.hash.starts_with(V3) {
            return Err(modified());
        }
        let parts: Vec<&str> = parts.split('.').collect();
        let [actor, target, details] = parts[..] else {
            return Err(modified());
        };
        let target_value = target_bytes(row.target.as_deref());
        let values: [(&str, &[u8], bool); 3] = [
            (actor, row.actor.as_bytes(), is_actor_marker(&row.actor)),
            (
                target,
                &target_value,
                is_target_marker(row.target.as_deref()),
            ),
            (
                details,
                row.details.as_bytes(),
                row.details == DETAILS_MARKER,
            ),
        ];
        let mut digests = [[0u8; 32]; 3];
        for ((field, (stored, value, marker)), out) in
            Field::ALL.iter().zip(values).zip(digests.iter_mut())
        {
            let (kind, hex) = stored.split_at(stored.len().min(1));
            let bytes = unhex32(hex).ok_or_else(modified)?;
            *out = match kind {
                "k" => field_digest(*field, &bytes, value),
                "r" if marker => bytes,
                _ => return Err(modified()),
            };
        }
        let body = body_of(&digests[0], &row.action, &digests[1], &digests[2]);
        if link_hash(prev, row.id, &row.at, &body) != row.hash {
            return Err(modified());
        }
        return Ok(None);
    }
    // Formats 1 and 2: every personal field is a marker.
    let markers = is_actor_marker(&row.actor)
        && is_target_marker(row.target.as_deref())
        && row.details == DETAILS_MARKER;
    if !markers {
        return Err(modified());
    }
    if let Some(hex) = digest.strip_prefix(super::audit::V2) {
        let body = unhex32(hex).ok_or_else(modified)?;
        if !row.hash.starts_with(super::audit::V2)
            || super::audit::link_hash_v2(prev, row.id, &row.at, &body) != row.hash
        {
            return Err(modified());
        }
    } else if digest != "v1:" || row.hash.starts_with(super::audit::V2) || row.hash.starts_with(V3)
    {
        return Err(modified());
    }
    Ok(Some((row.id, row.at.clone(), row.action.clone())))
}

/// Every entry, oldest first, handed to `each` one at a time (streamed).
pub fn for_each_entry(conn: &Conn, mut each: impl FnMut(Row) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, action, target, details, hash, body_salt, body_digest, \
         redacted_by FROM audit_log ORDER BY id",
    )?;
    let mut rows = stmt.query(())?;
    while let Some(r) = rows.next()? {
        each(row_of(&r)?)?;
    }
    Ok(())
}

/// A [`Row`] from a query selecting the columns in [`for_each_entry`]'s order.
pub fn row_of(r: &DbRow<'_>) -> Result<Row> {
    Ok(Row {
        id: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        action: r.get(3)?,
        target: r.get(4)?,
        details: r.get(5)?,
        hash: r.get(6)?,
        body_salt: r.get(7)?,
        body_digest: r.get(8)?,
        redacted_by: r.get(9)?,
    })
}
