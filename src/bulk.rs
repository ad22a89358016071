//! Bulk verbs, set-based: the selected accounts are staged in a TEMP table, every
//! account's checks run in memory, then each kind of change is one statement over the
//! staged accounts and their audit entries (one per changed account, chained as one
//! by one) one more. A change over 20,000 accounts holds the write lock for a few
//! statements instead of 20,000 round trips.

use anyhow::Result;
use serde_json::Value;

use crate::authz::Actor;
use crate::clock;
use crate::db::{self, audit::Appender, audit::Body, bulk::Staged, Conn};
use crate::targets::Target;

/// Stages the targets and returns them as the database has them, once `mark` has
/// noted which ones change.
pub fn stage(
    conn: &Conn,
    targets: &[Target],
    mark: impl FnOnce(&Conn) -> Result<()>,
) -> Result<Vec<Staged>> {
    db::bulk::stage(conn, targets.iter().map(|t| (t.id, t.username.as_str())))?;
    mark(conn)?;
    db::bulk::staged(conn)
}

/// Appends the audit entry (`action` by `actor`, `details_of` each) of every changed
/// staged account, in order, in one statement.
pub fn audit(
    conn: &Conn,
    actor: &Actor,
    action: &str,
    staged: &[Staged],
    details_of: impl Fn(&Staged) -> Value,
) -> Result<()> {
    let who = actor.audit_name();
    let mut any = false;
    for s in staged.iter().filter(|s| s.changed) {
        let body = Body::new(&who, action, Some(&s.username), &details_of(s))?;
        db::bulk::set_entry(conn, s.seq, &body.staged(), &body.details)?;
        any = true;
    }
    if !any {
        return Ok(());
    }
    let now = clock::now();
    Appender::at_head(conn)?.append_staged(conn, &now, &who, action, &db::bulk::CHANGED_ENTRIES)?;
    Ok(())
}
