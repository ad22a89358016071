//! SQL of the bulk verbs: the selected accounts wait in a TEMP table, and each kind of
//! change is one statement over it, so the write lock is held for a few statements
//! however many accounts change (see `crate::bulk`).

use super::Conn;
use crate::params;
use anyhow::Result;

use crate::db::audit::StagedEntries;

/// One staged account and what the change found.
#[derive(Debug, Clone)]
pub struct Staged {
    pub seq: i64,
    pub user_id: i64,
    pub username: String,
    /// The account changes (else it is already as asked).
    pub changed: bool,
    /// Its status before the change (`mark_deactivate`).
    pub status: Option<String>,
    /// Its sessions, which deactivation ends (`mark_deactivate`).
    pub sessions: i64,
}

/// Stages the selected accounts (id, username), in order, replacing any staged before.
pub fn stage<'a>(conn: &Conn, targets: impl Iterator<Item = (i64, &'a str)>) -> Result<()> {
    let d = conn.dialect();
    conn.execute_batch(&format!(
        "CREATE TEMP TABLE IF NOT EXISTS bulk_targets (
             seq      {},
             user_id  BIGINT NOT NULL,
             username TEXT NOT NULL,
             changed  BOOLEAN NOT NULL DEFAULT FALSE,
             status   TEXT,
             sessions BIGINT NOT NULL DEFAULT 0,
             body     {},
             details  TEXT
         );
         DELETE FROM bulk_targets;",
        d.serial_key(),
        d.blob()
    ))?;
    let mut insert =
        conn.prepare_cached("INSERT INTO bulk_targets (user_id, username) VALUES (?1, ?2)")?;
    for (id, username) in targets {
        insert.execute(params![id, username])?;
    }
    Ok(())
}

/// Marks the staged accounts that joining (`join`) or leaving the group changes.
/// Joining (`join`), an account changes unless it is a member now with the same end
/// (`ends`, `None`: never); leaving, unless it is not a member now (a membership that
/// has ended is none).
pub fn mark_members(conn: &Conn, group_id: i64, join: bool, ends: Option<&str>) -> Result<()> {
    let d = conn.dialect();
    let live = super::ends::live_sql(d, "m.ends_at");
    if join {
        conn.execute(
            &format!(
                "UPDATE bulk_targets SET changed = NOT EXISTS (SELECT 1 FROM group_members m \
                 WHERE m.group_id = ?1 AND m.user_id = bulk_targets.user_id AND {live} \
                 AND {} IS NOT DISTINCT FROM {})",
                super::ends::end_text_sql(d, "m.ends_at"),
                super::ends::end_text_sql(d, "CAST(?2 AS TEXT)"),
            ),
            params![group_id, ends],
        )?;
    } else {
        conn.execute(
            &format!(
                "UPDATE bulk_targets SET changed = EXISTS (SELECT 1 FROM group_members m \
                 WHERE m.group_id = ?1 AND m.user_id = bulk_targets.user_id AND {live})"
            ),
            params![group_id],
        )?;
    }
    Ok(())
}

/// Puts the marked accounts into the group until `ends` (`None`: for good), or sets
/// the end of their membership.
pub fn add_members(conn: &Conn, group_id: i64, now: &str, ends: Option<&str>) -> Result<usize> {
    conn.execute(
        "INSERT INTO group_members (group_id, user_id, added_at, ends_at) \
         SELECT ?1, user_id, ?2, ?3 FROM bulk_targets WHERE changed ORDER BY seq \
         ON CONFLICT (group_id, user_id) DO UPDATE SET added_at = excluded.added_at, \
         ends_at = excluded.ends_at",
        params![group_id, now, ends],
    )
}

/// Takes the marked accounts out of the group.
pub fn remove_members(conn: &Conn, group_id: i64) -> Result<usize> {
    conn.execute(
        "DELETE FROM group_members WHERE group_id = ?1 \
         AND user_id IN (SELECT user_id FROM bulk_targets WHERE changed)",
        [group_id],
    )
}

/// Notes each staged account's status and sessions, and marks those not inactive yet.
pub fn mark_deactivate(conn: &Conn) -> Result<()> {
    conn.execute_batch(
        "UPDATE bulk_targets SET \
           status = (SELECT u.status FROM users u WHERE u.id = bulk_targets.user_id), \
           sessions = (SELECT count(*) FROM sessions s WHERE s.user_id = bulk_targets.user_id); \
         UPDATE bulk_targets SET changed = (status IS DISTINCT FROM 'inactive');",
    )?;
    Ok(())
}

/// Deactivates the marked accounts (with `reason`) and ends their sessions.
pub fn deactivate(conn: &Conn, reason: Option<&str>, now: &str) -> Result<usize> {
    let n = conn.execute(
        "UPDATE users SET status = 'inactive', status_reason = ?1, updated_at = ?2 \
         WHERE id IN (SELECT user_id FROM bulk_targets WHERE changed)",
        params![reason, now],
    )?;
    conn.execute(
        "DELETE FROM sessions \
         WHERE user_id IN (SELECT user_id FROM bulk_targets WHERE changed)",
        (),
    )?;
    Ok(n)
}

/// Every staged account, in order.
pub fn staged(conn: &Conn) -> Result<Vec<Staged>> {
    let mut stmt = conn.prepare(
        "SELECT seq, user_id, username, changed, status, sessions FROM bulk_targets \
         ORDER BY seq",
    )?;
    let rows = stmt.query_map((), |r| {
        Ok(Staged {
            seq: r.get(0)?,
            user_id: r.get(1)?,
            username: r.get(2)?,
            changed: r.get(3)?,
            status: r.get(4)?,
            sessions: r.get(5)?,
        })
    })?;
    rows.collect::<Result<_>>()
}

/// Stores a staged account's audit entry: its staged body (digest and salt, see
/// `Body::staged`) and details as stored.
pub fn set_entry(conn: &Conn, seq: i64, body: &[u8], details: &str) -> Result<()> {
    conn.prepare_cached("UPDATE bulk_targets SET body = ?2, details = ?3 WHERE seq = ?1")?
        .execute(params![seq, body, details])?;
    Ok(())
}

/// The stored audit entries of the marked accounts, in order, for
/// [`Appender::append_staged`](crate::db::audit::Appender::append_staged).
pub const CHANGED_ENTRIES: StagedEntries = StagedEntries {
    table: "bulk_targets",
    key: "seq",
    body: "body",
    target: "username",
    details: "details",
    filter: "changed",
};
