//! SQL for `audit_log`: the append-only, hash-chained record of every change.
//!
//! Each entry's `hash` is the hex SHA-256 of the previous entry's hash and this
//! entry's own fields (id included, each length-prefixed), so an edited, deleted or
//! reordered entry breaks the chain at the first place it was touched. Deleting the
//! newest entries is caught by comparing the chain head with one kept elsewhere.

use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::clock;

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

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
}

/// Appends an entry after the current head. Must run inside the change's write
/// transaction, so the entry and the change commit or roll back together.
pub fn append(
    conn: &Connection,
    actor: &str,
    action: &str,
    target: Option<&str>,
    details: &impl Serialize,
) -> Result<i64> {
    Appender::at_head(conn)?.append(conn, &clock::now(), actor, action, target, details)
}

/// Appends many entries in one write transaction, keeping the chain head in memory
/// instead of reading it back for every entry (a bulk import appends one per account).
/// Only valid while the transaction that read the head is open and nothing else appends.
pub struct Appender {
    last_id: i64,
    prev: String,
}

impl Appender {
    /// Starts after the current head.
    pub fn at_head(conn: &Connection) -> Result<Self> {
        let (last_id, prev) = conn
            .prepare_cached("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .unwrap_or((0, GENESIS.to_string()));
        Ok(Appender { last_id, prev })
    }

    /// Appends one entry (`details` are stored as JSON); returns its id.
    pub fn append(
        &mut self,
        conn: &Connection,
        at: &str,
        actor: &str,
        action: &str,
        target: Option<&str>,
        details: &impl Serialize,
    ) -> Result<i64> {
        let id = self.last_id + 1;
        let details = serde_json::to_string(details)?;
        let hash = entry_hash(&self.prev, id, at, actor, action, target, &details);
        conn.prepare_cached(
            "INSERT INTO audit_log (id, at, actor, action, target, details, prev_hash, hash) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            id, at, actor, action, target, details, self.prev, hash
        ])?;
        self.last_id = id;
        self.prev = hash;
        Ok(id)
    }
}

/// The hash of one entry, chained to `prev`.
pub fn entry_hash(
    prev: &str,
    id: i64,
    at: &str,
    actor: &str,
    action: &str,
    target: Option<&str>,
    details: &str,
) -> String {
    let mut h = Sha256::new();
    for field in [
        prev.as_bytes(),
        &id.to_be_bytes(),
        at.as_bytes(),
        actor.as_bytes(),
        action.as_bytes(),
        target.unwrap_or("\u{0}").as_bytes(),
        details.as_bytes(),
    ] {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field);
    }
    crate::tokens::hex(&h.finalize())
}

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
pub fn list(conn: &Connection, filter: &Filter) -> Result<Vec<Entry>> {
    let mut sql = String::from(
        "SELECT id, at, actor, action, target, details, prev_hash, hash FROM audit_log WHERE 1 = 1",
    );
    let mut args: Vec<String> = Vec::new();
    if let Some(target) = &filter.target {
        args.push(target.clone());
        sql.push_str(&format!(" AND target = ?{} COLLATE NOCASE", args.len()));
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
    sql.push_str(" ORDER BY id DESC");
    if let Some(limit) = filter.limit {
        sql.push_str(&format!(" LIMIT {limit}"));
    }
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
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
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
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
pub fn verify(conn: &Connection) -> Result<Verification> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, action, target, details, prev_hash, hash FROM audit_log ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS.to_string();
    let mut expected_id = 1;
    let mut entries = 0;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let stored_prev: String = r.get(6)?;
        let stored: String = r.get(7)?;
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
        let at: String = r.get(1)?;
        let actor: String = r.get(2)?;
        let action: String = r.get(3)?;
        let target: Option<String> = r.get(4)?;
        let details: String = r.get(5)?;
        let computed = entry_hash(&prev, id, &at, &actor, &action, target.as_deref(), &details);
        if computed != stored {
            return Ok(bad(format!("entry {id} was modified after it was written")));
        }
        prev = stored;
        expected_id += 1;
        entries += 1;
    }
    Ok(Verification {
        entries,
        head: prev,
        first_bad: None,
    })
}

/// What is wrong with the newest entry, checked against its predecessor only (two
/// rows by primary key, whatever the log's length): `None` when it chains (or the log
/// is empty). Every change checks this before appending to the chain.
pub fn head_problem(conn: &Connection) -> Result<Option<String>> {
    type Row = (
        i64,
        String,
        String,
        String,
        Option<String>,
        String,
        String,
        String,
    );
    let newest_two = || -> rusqlite::Result<Vec<Row>> {
        conn.prepare_cached(
            "SELECT id, at, actor, action, target, details, prev_hash, hash \
             FROM audit_log ORDER BY id DESC LIMIT 2",
        )?
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?
        .collect()
    };
    let rows = match newest_two() {
        Ok(rows) => rows,
        Err(rusqlite::Error::SqliteFailure(_, Some(msg))) if msg.contains("no such table") => {
            return Ok(Some("the audit_log table is missing".into()))
        }
        Err(e) => return Err(e.into()),
    };
    let Some((id, at, actor, action, target, details, prev_hash, hash)) = rows.first() else {
        return Ok(None);
    };
    let (expected_id, expected_prev) = match rows.get(1) {
        Some(before) => (before.0 + 1, before.7.as_str()),
        None => (1, GENESIS),
    };
    if *id != expected_id {
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
    if entry_hash(
        expected_prev,
        *id,
        at,
        actor,
        action,
        target.as_deref(),
        details,
    ) != *hash
    {
        return Ok(Some(format!(
            "entry {id} was modified after it was written"
        )));
    }
    Ok(None)
}

/// The action of the first entry (a demo database starts with `demo.create`).
pub fn first_action(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT action FROM audit_log ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn log_three() -> Connection {
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
        conn.execute("UPDATE audit_log SET target = 'mallory' WHERE id = 2", [])
            .unwrap();
        assert_eq!(verify(&conn).unwrap().first_bad.unwrap().0, 2);
    }

    #[test]
    fn the_head_check_sees_the_newest_entry_only() {
        let conn = log_three();
        assert_eq!(head_problem(&conn).unwrap(), None);
        conn.execute("UPDATE audit_log SET target = 'mallory' WHERE id = 3", [])
            .unwrap();
        assert!(head_problem(&conn)
            .unwrap()
            .unwrap()
            .contains("entry 3 was modified"));
        let conn = log_three();
        conn.execute("DELETE FROM audit_log WHERE id = 2", [])
            .unwrap();
        assert!(head_problem(&conn)
            .unwrap()
            .unwrap()
            .contains("entries are missing"));
        let conn = log_three();
        conn.execute("UPDATE audit_log SET prev_hash = hash WHERE id = 3", [])
            .unwrap();
        assert!(head_problem(&conn)
            .unwrap()
            .unwrap()
            .contains("does not follow"));
        // An older entry is `audit verify`'s to find, not the per-write check's.
        let conn = log_three();
        conn.execute("UPDATE audit_log SET actor = 'x' WHERE id = 1", [])
            .unwrap();
        assert_eq!(head_problem(&conn).unwrap(), None);
        let empty = crate::db::open_in_memory().unwrap();
        assert_eq!(head_problem(&empty).unwrap(), None);
        empty.execute_batch("DROP TABLE audit_log").unwrap();
        assert!(head_problem(&empty).unwrap().unwrap().contains("missing"));
    }

    #[test]
    fn a_deleted_entry_is_named() {
        let conn = log_three();
        conn.execute("DELETE FROM audit_log WHERE id = 2", [])
            .unwrap();
        assert_eq!(verify(&conn).unwrap().first_bad.unwrap().0, 3);
    }
}
