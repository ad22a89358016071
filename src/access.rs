//! Access beyond the role: the permission names, groups, per-account grants and
//! denials, resource grants and modes, account expiry and service accounts.
//!
//! Like [`crate::lifecycle`], every operation takes the connection of an
//! [`authz::write`] transaction and the [`Actor`], and does authorise → change →
//! audit; the write path adds the last-admin guard (a denial, leaving or deleting a
//! group, a group revoke, an expiry in the past, a service account can each take
//! `users.manage` away). What the rows mean — effective permissions, resource access —
//! is decided in [`authz`] only.

use anyhow::Result;
use serde_json::{json, Value};

use crate::authz::{self, Action, Actor, Level};
use crate::db::{self, access::Holder, users::User, Conn};
use crate::error::{refuse, Refusal};
use crate::lifecycle::{audit, change, unchanged};
use crate::output::{Change, Outcome};
use crate::targets::Target;
use crate::{bulk, clock, lifecycle};

/// Several changes to one account as one: the first when none changed anything,
/// else the changed ones' messages and details together.
pub fn merge_changes(changes: Vec<Change>) -> Change {
    let mut did: Vec<Change> = changes
        .iter()
        .filter(|c| c.result != Outcome::Unchanged)
        .cloned()
        .collect();
    match did.len() {
        0 => changes
            .into_iter()
            .next()
            .unwrap_or_else(|| unchanged("", String::new())),
        1 => did.remove(0),
        _ => {
            let first = did[0].clone();
            change(
                &first.target,
                Outcome::Updated,
                did.iter()
                    .map(|c| c.message.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                Value::Array(did.into_iter().map(|c| c.details).collect()),
            )
        }
    }
}

// ---------------------------------------------------------------------------
// Permission names
// ---------------------------------------------------------------------------

/// The closest known name to a typo (Levenshtein distance at most a third of its length).
pub fn did_you_mean<'a>(input: &str, known: &'a [String]) -> Option<&'a str> {
    fn distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
                prev = cur;
            }
        }
        row[b.len()]
    }
    known
        .iter()
        .map(|k| (distance(input, k), k))
        .filter(|(d, _)| *d <= input.len().max(3) / 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.as_str())
}

/// Normalises permission names and refuses an unknown one (exit 3, "did you mean"):
/// a typo in a security setting must never be accepted silently. Duplicates dropped.
pub fn known_permissions(conn: &Conn, names: &[String]) -> Result<Vec<String>> {
    let known = db::access::permission_names(conn)?;
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let p = lifecycle::normalize_permission(name)?;
        if !known.contains(&p) {
            let hint = match did_you_mean(&p, &known) {
                Some(close) => format!("did you mean '{close}'? (`userctl permission list` shows them all)"),
                None => format!(
                    "`userctl permission list` shows the known names; add a new one with `userctl permission add {p}`"
                ),
            };
            return refuse(Refusal::not_found(format!("unknown permission '{p}'")).hint(hint));
        }
        if !out.contains(&p) {
            out.push(p);
        }
    }
    Ok(out)
}

/// Adds a permission name the application knows.
pub fn add_permission(conn: &Conn, actor: &Actor, name: &str, description: &str) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageRoles)?;
    let name = lifecycle::normalize_permission(name)?;
    if db::access::permission_names(conn)?.contains(&name) {
        return refuse(Refusal::conflict(format!(
            "permission '{name}' already exists"
        )));
    }
    db::access::insert_permission(conn, &name, description)?;
    let details = json!({ "description": description });
    audit(conn, actor, "permission.add", &name, &details)?;
    Ok(change(
        &name,
        Outcome::Created,
        format!("added permission {name}"),
        details,
    ))
}

/// Removes a custom permission name that no role, group or account uses.
pub fn remove_permission(conn: &Conn, actor: &Actor, name: &str) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageRoles)?;
    let name = known_permissions(conn, &[name.to_string()])?.remove(0);
    let Some(p) = db::access::permissions(conn)?
        .into_iter()
        .find(|p| p.name == name)
    else {
        return refuse(Refusal::not_found(format!("unknown permission '{name}'")));
    };
    if p.builtin {
        return refuse(Refusal::guard(format!(
            "permission '{name}' is built in and cannot be removed"
        )));
    }
    if p.roles + p.groups + p.accounts > 0 {
        return refuse(
            Refusal::conflict(format!(
                "permission '{name}' is in use ({} role(s), {} group(s), {} account(s)) and cannot be removed",
                p.roles, p.groups, p.accounts
            ))
            .hint("revoke it first (`role revoke`, `group revoke`, `user reset-permissions`)"),
        );
    }
    db::access::delete_permission(conn, &name)?;
    let details = json!({ "description": p.description });
    audit(conn, actor, "permission.remove", &name, &details)?;
    Ok(change(
        &name,
        Outcome::Deleted,
        format!("removed permission {name}"),
        details,
    ))
}

// ---------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------

/// A group name as stored (the rules of role names).
pub fn normalize_group(input: &str) -> Result<String, Refusal> {
    lifecycle::check_name(input.trim().trim_start_matches('@'), "group name", 2, 50)
}

/// A group that exists, or exit 3.
pub fn existing_group(conn: &Conn, name: &str) -> Result<db::access::Group> {
    let name = name.trim().trim_start_matches('@');
    match db::access::find_group(conn, name)? {
        Some(g) => Ok(g),
        None => refuse(
            Refusal::not_found(format!("no group '{name}'"))
                .hint("`userctl group list` shows the groups"),
        ),
    }
}

/// Creates a group.
pub fn create_group(conn: &Conn, actor: &Actor, name: &str, description: &str) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageRoles)?;
    let name = normalize_group(name)?;
    if db::access::find_group(conn, &name)?.is_some() {
        return refuse(Refusal::conflict(format!("group '{name}' already exists")));
    }
    let id = db::access::insert_group(conn, &name, description)?;
    let details = json!({ "id": id, "description": description });
    audit(conn, actor, "group.create", &name, &details)?;
    Ok(change(
        &name,
        Outcome::Created,
        format!("created group {name}"),
        details,
    ))
}

/// Deletes a group with its memberships and grants. Guarded: the members lose what
/// the group gave them. An `--as` actor needs every permission and resource access
/// the group gives, and its members must stay within what the actor holds.
pub fn delete_group(conn: &Conn, actor: &Actor, name: &str) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageRoles)?;
    let g = existing_group(conn, name)?;
    ensure_holds_group(conn, actor, &g, "take away")?;
    let members = db::access::member_ids(conn, g.id)?;
    authz::changing_capabilities(conn, actor, &members, || {
        db::access::delete_group(conn, g.id)
    })?;
    let details = json!({ "members": g.members, "permissions": g.permissions, "grants": g.grants });
    audit(conn, actor, "group.delete", &g.name, &details)?;
    Ok(change(
        &g.name,
        Outcome::Deleted,
        format!("deleted group {} ({} member(s))", g.name, g.members),
        details,
    ))
}

/// Gives a group permissions (known names only; an `--as` actor only what it holds).
pub fn group_grant(
    conn: &Conn,
    actor: &Actor,
    name: &str,
    permissions: &[String],
) -> Result<Change> {
    group_permissions(conn, actor, name, permissions, true)
}

/// Takes permissions from a group. Guarded.
pub fn group_revoke(
    conn: &Conn,
    actor: &Actor,
    name: &str,
    permissions: &[String],
) -> Result<Change> {
    group_permissions(conn, actor, name, permissions, false)
}

/// `group grant` (`grant` true) and `group revoke`.
fn group_permissions(
    conn: &Conn,
    actor: &Actor,
    name: &str,
    permissions: &[String],
    grant: bool,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageRoles)?;
    let g = existing_group(conn, name)?;
    let permissions = known_permissions(conn, permissions)?;
    authz::ensure_holds(
        conn,
        actor,
        &permissions,
        if grant { "hand out" } else { "take away" },
    )?;
    let members = db::access::member_ids(conn, g.id)?;
    let changed = authz::changing_capabilities(conn, actor, &members, || {
        let mut changed = Vec::new();
        for p in &permissions {
            let done = if grant {
                db::access::grant_group(conn, g.id, p)?
            } else {
                db::access::revoke_group(conn, g.id, p)?
            };
            if done {
                changed.push(p.as_str());
            }
        }
        Ok(changed)
    })?;
    let (verb, action, nothing, preposition) = if grant {
        (
            "granted",
            "group.grant",
            "already has these permissions",
            "to",
        )
    } else {
        (
            "revoked",
            "group.revoke",
            "has none of these permissions",
            "from",
        )
    };
    if changed.is_empty() {
        return Ok(unchanged(
            &g.name,
            format!("group {} {nothing}; nothing changed", g.name),
        ));
    }
    let details = json!({ verb: changed });
    audit(conn, actor, action, &g.name, &details)?;
    Ok(change(
        &g.name,
        Outcome::Updated,
        format!(
            "{verb} {} {preposition} group {}",
            changed.join(" "),
            g.name
        ),
        details,
    ))
}

/// Adds one account to a group. An `--as` actor can only add to a group whose
/// permissions and resource grants it holds itself, and not itself.
pub fn add_member(conn: &Conn, actor: &Actor, name: &str, user_id: i64) -> Result<Change> {
    one_membership(conn, actor, name, user_id, Membership::Join { ends: None })
}

/// Removes one account from a group. Guarded.
pub fn remove_member(conn: &Conn, actor: &Actor, name: &str, user_id: i64) -> Result<Change> {
    one_membership(conn, actor, name, user_id, Membership::Leave)
}

/// What `group add` (until `ends`, `None`: for good) or `group remove` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Membership<'a> {
    Join { ends: Option<&'a str> },
    Leave,
}

fn one_membership(
    conn: &Conn,
    actor: &Actor,
    name: &str,
    user_id: i64,
    what: Membership<'_>,
) -> Result<Change> {
    let user = db::users::get_by_id(conn, user_id)?;
    let target = Target {
        id: user.id,
        username: user.username,
    };
    let mut changes = memberships(conn, actor, name, &[target], what, &mut None)?;
    changes
        .pop()
        .ok_or_else(|| anyhow::anyhow!("no result for one account"))
}

/// `group add` and `group remove`: every target joins (for good, or until an end:
/// a member's end is changed) or leaves the group, set-based ([`crate::bulk`]). Each
/// account is authorised as on its own; a refusal names it in `culprit` and changes
/// nobody. One audit entry per account that changed; the others are reported
/// unchanged.
pub fn memberships(
    conn: &Conn,
    actor: &Actor,
    name: &str,
    targets: &[Target],
    what: Membership<'_>,
    culprit: &mut Option<String>,
) -> Result<Vec<Change>> {
    let (join, ends) = match what {
        Membership::Join { ends } => (true, ends),
        Membership::Leave => (false, None),
    };
    let g = existing_group(conn, name)?;
    // The one rule of who may act on whom, for a membership: each target is within
    // the actor before the change (`authorize`), and what joining or leaving changes
    // is exactly what the group gives, which the actor must hold itself
    // (`ensure_holds_group`) — so every target stays within the actor after it, as
    // `authz::changing_capabilities` would find, without reading every target twice
    // under the lock (the property test of `--as` sequences holds this).
    ensure_holds_group(conn, actor, &g, if join { "hand out" } else { "take away" })?;
    let acting = authz::Acting::new(conn, actor)?;
    for t in targets {
        acting
            .authorize(conn, Action::ManageUser { target: t.id })
            .and_then(|()| authz::forbid_self(actor, t.id, "change the groups of"))
            .inspect_err(|_| *culprit = Some(t.username.clone()))?;
    }
    let staged = bulk::stage(conn, targets, |c| {
        db::bulk::mark_members(c, g.id, join, ends)
    })?;
    let (verb, action, preposition, nothing) = if join {
        db::bulk::add_members(conn, g.id, &clock::now(), ends)?;
        let nothing = if ends.is_some() {
            "is already in, with that end,"
        } else {
            "is already in"
        };
        ("added", "group.add", "to", nothing)
    } else {
        db::bulk::remove_members(conn, g.id)?;
        ("removed", "group.remove", "from", "is not in")
    };
    let mut details = json!({ "group": g.name });
    if let Some(end) = ends {
        details["until"] = json!(end);
    }
    let until = until_text(ends);
    bulk::audit(conn, actor, action, &staged, |_| details.clone())?;
    Ok(staged
        .iter()
        .map(|s| {
            if s.changed {
                change(
                    &s.username,
                    Outcome::Updated,
                    format!(
                        "{verb} {} {preposition} group {}{until}",
                        s.username, g.name
                    ),
                    details.clone(),
                )
            } else {
                unchanged(
                    &s.username,
                    format!("{} {nothing} group {}; nothing changed", s.username, g.name),
                )
            }
        })
        .collect())
}

/// Refuses (exit 6) an `--as` actor putting an account into a group, taking one out
/// of it, or deleting it (`verb`: "hand out" or "take away"), when the group gives
/// permissions or resource access the actor does not hold itself: no escalation
/// through groups. The local operator may.
pub fn ensure_holds_group(
    conn: &Conn,
    actor: &Actor,
    g: &db::access::Group,
    verb: &str,
) -> Result<()> {
    if actor.account_id().is_none() {
        return Ok(());
    }
    authz::ensure_holds(conn, actor, &g.permissions, verb)?;
    for r in db::access::grants(conn, Some(Holder::Group(g.id)), None)? {
        if let Some(level) = Level::parse(&r.level) {
            authz::ensure_reaches(
                conn,
                actor,
                &r.resource_type,
                Some(&r.resource_id),
                level,
                verb,
            )?;
        }
    }
    Ok(())
}

/// Makes an account's groups `wanted` (the import's `groups` column): joins the
/// ones it is not in and, unless `add_only`, leaves the others. Authorises like
/// `group add` / `group remove`; guarded through the caller's [`authz::write`]. The
/// caller writes the audit entry (the import records the change in the account's
/// own entry). Returns the (added, removed) group names, sorted.
pub fn set_groups(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    wanted: &[&db::access::Group],
    add_only: bool,
) -> Result<(Vec<String>, Vec<String>)> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let current = db::access::groups_of(conn, user_id)?;
    let added: Vec<&db::access::Group> = wanted
        .iter()
        .copied()
        .filter(|g| !current.iter().any(|(id, _)| *id == g.id))
        .collect();
    let removed: Vec<&(i64, String)> = current
        .iter()
        .filter(|(id, _)| !add_only && !wanted.iter().any(|g| g.id == *id))
        .collect();
    if !added.is_empty() || !removed.is_empty() {
        authz::forbid_self(actor, user_id, "change the groups of")?;
    }
    for g in &added {
        ensure_holds_group(conn, actor, g, "hand out")?;
    }
    authz::changing_capabilities(conn, actor, &[user_id], || {
        for g in &added {
            db::access::add_member(conn, g.id, user_id)?;
        }
        for (id, _) in &removed {
            db::access::remove_member(conn, *id, user_id)?;
        }
        Ok(())
    })?;
    let mut added: Vec<String> = added.iter().map(|g| g.name.clone()).collect();
    let mut removed: Vec<String> = removed.iter().map(|(_, n)| n.clone()).collect();
    added.sort();
    removed.sort();
    Ok((added, removed))
}

/// Parses the import/export `groups` cell: names separated by `;`.
pub fn parse_groups_cell(cell: &str) -> Result<Vec<String>, Refusal> {
    let mut out: Vec<String> = Vec::new();
    for part in cell.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let g = normalize_group(part)?;
        if !out.contains(&g) {
            out.push(g);
        }
    }
    out.sort();
    Ok(out)
}

// ---------------------------------------------------------------------------
// Per-account grants and denials
// ---------------------------------------------------------------------------

/// `user grant` (`deny` false) or `user deny` (`deny` true): per-account overrides of
/// the role. Granting needs the actor to hold what it grants; denying is guarded.
/// A grant may end by itself at `ends` (`--until`; a denial never does).
pub fn set_overrides(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    permissions: &[String],
    deny: bool,
    ends: Option<&str>,
) -> Result<Change> {
    let ends = if deny { None } else { ends };
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    let permissions = known_permissions(conn, permissions)?;
    authz::forbid_self(actor, user_id, "change the permissions of")?;
    authz::ensure_holds(
        conn,
        actor,
        &permissions,
        if deny { "take away" } else { "hand out" },
    )?;
    let effect = if deny { "deny" } else { "grant" };
    let changed = authz::changing_capabilities(conn, actor, &[user_id], || {
        let mut changed = Vec::new();
        for p in &permissions {
            if db::access::set_override(conn, user_id, p, effect, ends)? {
                changed.push(p.as_str());
            }
        }
        Ok(changed)
    })?;
    if changed.is_empty() {
        return Ok(unchanged(
            &user.username,
            format!(
                "{} already has these overrides; nothing changed",
                user.username
            ),
        ));
    }
    let mut details = json!({ effect: changed });
    if let Some(end) = ends {
        details["until"] = json!(end);
    }
    audit(
        conn,
        actor,
        &format!("user.{effect}"),
        &user.username,
        &details,
    )?;
    let verb = if deny { "denied" } else { "granted" };
    Ok(change(
        &user.username,
        Outcome::Updated,
        format!(
            "{verb} {} to {}{}",
            changed.join(" "),
            user.username,
            until_text(ends)
        ),
        details,
    ))
}

/// " until T" for a change that ends at T; nothing for one that does not.
pub fn until_text(ends: Option<&str>) -> String {
    ends.map(|e| format!(" until {e}")).unwrap_or_default()
}

/// Deletes an account's grants and denials: back to the role's (and groups')
/// permissions. Guarded (a grant may have been what made it a manager).
pub fn reset_permissions(conn: &Conn, actor: &Actor, user_id: i64) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    authz::forbid_self(actor, user_id, "change the permissions of")?;
    let before = db::access::overrides(conn, user_id)?;
    if before.is_empty() {
        return Ok(unchanged(
            &user.username,
            format!(
                "{} has the role's permissions already; nothing changed",
                user.username
            ),
        ));
    }
    let overridden: Vec<String> = before.iter().map(|(p, _, _)| p.clone()).collect();
    authz::ensure_holds(conn, actor, &overridden, "change")?;
    authz::changing_capabilities(conn, actor, &[user_id], || {
        db::access::clear_overrides(conn, user_id)
    })?;
    let details = json!({ "removed": before.iter().map(|(p, e, _)| json!({ "permission": p, "effect": e })).collect::<Vec<_>>() });
    audit(
        conn,
        actor,
        "user.reset-permissions",
        &user.username,
        &details,
    )?;
    Ok(change(
        &user.username,
        Outcome::Updated,
        format!(
            "reset {} to the role's permissions ({} override(s) removed)",
            user.username,
            before.len()
        ),
        details,
    ))
}

// ---------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------

/// A resource type as the application stores it: its exact string (never
/// case-folded: `Dashboard` and `dashboard` are two types), 1 to 50 characters with
/// no white space, control character or `:`. Surrounding white space on the command
/// line is dropped.
pub fn normalize_type(input: &str) -> Result<String, Refusal> {
    let t = input.trim();
    let ok = (1..=50).contains(&t.chars().count())
        && !t
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == ':');
    if ok {
        Ok(t.to_string())
    } else {
        Err(Refusal::invalid(format!(
            "invalid resource type '{}': 1 to 50 characters, no spaces, control characters or ':'",
            t.escape_debug()
        ))
        .hint("resource types are the application's exact strings: `Dashboard` and `dashboard` differ"))
    }
}

/// Parses `TYPE:ID` (the id is kept as given: any text up to 200 characters, no
/// control characters).
pub fn parse_resource(input: &str) -> Result<(String, String), Refusal> {
    let Some((t, id)) = input.trim().split_once(':') else {
        return Err(Refusal::usage(format!(
            "'{}' is not TYPE:ID (e.g. dataset:sales-2026)",
            input.trim()
        )));
    };
    let t = normalize_type(t)?;
    if id.is_empty() || id.chars().count() > 200 || id.chars().any(char::is_control) {
        return Err(Refusal::invalid(format!(
            "invalid resource id '{id}': 1 to 200 characters, no control characters"
        )));
    }
    Ok((t, id.to_string()))
}

/// Whom an `access` command is about: `USER` or `@GROUP`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    User(Box<User>),
    Group(db::access::Group),
}

impl Subject {
    /// Resolves `USER` or `@GROUP`.
    pub fn resolve(conn: &Conn, text: &str) -> Result<Subject> {
        match text.trim().strip_prefix('@') {
            Some(group) => Ok(Subject::Group(existing_group(conn, group)?)),
            None => Ok(Subject::User(Box::new(db::users::get(conn, text)?))),
        }
    }

    pub fn holder(&self) -> Holder {
        match self {
            Subject::User(u) => Holder::User(u.id),
            Subject::Group(g) => Holder::Group(g.id),
        }
    }

    /// The accounts whose access a change to this subject's grants changes.
    pub fn accounts(&self, conn: &Conn) -> Result<Vec<i64>> {
        match self {
            Subject::User(u) => Ok(vec![u.id]),
            Subject::Group(g) => db::access::member_ids(conn, g.id),
        }
    }

    /// `alice` or `@editors`.
    pub fn label(&self) -> String {
        match self {
            Subject::User(u) => u.username.clone(),
            Subject::Group(g) => format!("@{}", g.name),
        }
    }
}

/// Grants a resource to an account or group at a level (or changes the level), until
/// `ends` (`--until`; `None`: for good). An `--as` actor can only hand out access it
/// has itself, and not to itself.
pub fn grant_resource(
    conn: &Conn,
    actor: &Actor,
    subject: &Subject,
    resource: &(String, String),
    level: Level,
    ends: Option<&str>,
) -> Result<Change> {
    authz::authorize(
        conn,
        actor,
        match subject {
            Subject::User(u) => Action::ManageUser { target: u.id },
            Subject::Group(_) => Action::ManageRoles,
        },
    )?;
    let (t, id) = resource;
    if let Subject::User(u) = subject {
        authz::forbid_self(actor, u.id, "change the resource access of")?;
    }
    authz::ensure_reaches(conn, actor, t, Some(id), level, "hand out")?;
    let label = subject.label();
    let existing = db::access::grant(conn, subject.holder(), t, id)?;
    let before = existing.as_ref().map(|(level, _)| level.clone());
    if let Some(old) = before.as_deref().and_then(Level::parse) {
        authz::ensure_reaches(conn, actor, t, Some(id), old, "change")?;
    }
    if existing
        .as_ref()
        .is_some_and(|(l, e)| l == level.as_str() && e.as_deref() == ends)
    {
        return Ok(unchanged(
            &label,
            format!(
                "{label} already has {} access to {t}:{id}{}; nothing changed",
                level.as_str(),
                until_text(ends)
            ),
        ));
    }
    authz::changing_capabilities(conn, actor, &subject.accounts(conn)?, || {
        db::access::set_grant(conn, subject.holder(), t, id, level.as_str(), ends)
    })?;
    let mut details = json!({ "resource": format!("{t}:{id}"), "level": level, "from": before });
    if let Some(end) = ends {
        details["until"] = json!(end);
    }
    audit(conn, actor, "access.grant", &label, &details)?;
    Ok(change(
        &label,
        if before.is_some() {
            Outcome::Updated
        } else {
            Outcome::Created
        },
        format!(
            "granted {} access to {t}:{id} to {label}{}",
            level.as_str(),
            until_text(ends)
        ),
        details,
    ))
}

/// Removes a resource grant.
pub fn revoke_resource(
    conn: &Conn,
    actor: &Actor,
    subject: &Subject,
    resource: &(String, String),
) -> Result<Change> {
    authz::authorize(
        conn,
        actor,
        match subject {
            Subject::User(u) => Action::ManageUser { target: u.id },
            Subject::Group(_) => Action::ManageRoles,
        },
    )?;
    let (t, id) = resource;
    if let Subject::User(u) = subject {
        authz::forbid_self(actor, u.id, "change the resource access of")?;
    }
    let label = subject.label();
    let Some(before) = db::access::grant_level(conn, subject.holder(), t, id)? else {
        return Ok(unchanged(
            &label,
            format!("{label} has no grant on {t}:{id}; nothing changed"),
        ));
    };
    if let Some(old) = Level::parse(&before) {
        authz::ensure_reaches(conn, actor, t, Some(id), old, "take away")?;
    }
    authz::changing_capabilities(conn, actor, &subject.accounts(conn)?, || {
        db::access::delete_grant(conn, subject.holder(), t, id)
    })?;
    let details = json!({ "resource": format!("{t}:{id}"), "level": before });
    audit(conn, actor, "access.revoke", &label, &details)?;
    Ok(change(
        &label,
        Outcome::Deleted,
        format!("revoked {label}'s access to {t}:{id}"),
        details,
    ))
}

/// How an account reaches the resources of one type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModeKind {
    Full,
    Allow,
    Deny,
}

impl ModeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ModeKind::Full => "full",
            ModeKind::Allow => "allow",
            ModeKind::Deny => "deny",
        }
    }
}

/// Sets an account's mode for a type. `full` and `deny` reach every resource of the
/// type, so an `--as` actor needs that reach itself.
pub fn set_mode(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    resource_type: &str,
    mode: ModeKind,
    level: Level,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    authz::forbid_self(actor, user_id, "change the resource access of")?;
    if mode != ModeKind::Allow {
        authz::ensure_reaches(conn, actor, resource_type, None, level, "hand out")?;
    }
    let before = db::access::mode(conn, user_id, resource_type)?;
    if let Some(old) = before
        .as_ref()
        .filter(|m| m.mode != ModeKind::Allow.as_str())
        .and_then(|m| Level::parse(&m.level))
    {
        authz::ensure_reaches(conn, actor, resource_type, None, old, "change")?;
    }
    if before
        .as_ref()
        .is_some_and(|m| m.mode == mode.as_str() && m.level == level.as_str())
    {
        return Ok(unchanged(
            &user.username,
            format!(
                "{} already has mode {} ({}) for {resource_type}; nothing changed",
                user.username,
                mode.as_str(),
                level.as_str()
            ),
        ));
    }
    authz::changing_capabilities(conn, actor, &[user_id], || {
        db::access::set_mode(conn, user_id, resource_type, mode.as_str(), level.as_str())
    })?;
    let details =
        json!({ "type": resource_type, "mode": mode.as_str(), "level": level, "from": before });
    audit(conn, actor, "access.mode", &user.username, &details)?;
    Ok(change(
        &user.username,
        Outcome::Updated,
        format!(
            "set {}'s access to {resource_type} to {} ({})",
            user.username,
            mode.as_str(),
            level.as_str()
        ),
        details,
    ))
}

// ---------------------------------------------------------------------------
// Validity and kind
// ---------------------------------------------------------------------------

/// Parses an expiry: `never`, a date (`2027-03-31`, the start of that day UTC), a UTC
/// timestamp (`2027-03-31T18:00:00Z`) or a duration from now (`90d`, `12h`, `2w`).
/// `Some(None)` is "never".
pub fn parse_expires(text: &str) -> Result<Option<String>, Refusal> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("never") || t.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    let bad = || {
        Refusal::invalid(format!("invalid expiry '{t}'"))
            .hint("give a date (2027-03-31), a UTC time (2027-03-31T18:00:00Z), a duration from now (90d, 12h, 2w) or never")
    };
    if t.len() > 1
        && t[..t.len() - 1].bytes().all(|b| b.is_ascii_digit())
        && t.ends_with(['s', 'm', 'h', 'd', 'w'])
    {
        // A duration: parse_since gives the same length in the past; mirror it.
        let past = clock::parse_since(t).ok_or_else(bad)?;
        let past_secs = unix_of(&past).ok_or_else(bad)?;
        let now = clock::unix_now();
        return Ok(Some(clock::format_unix(now + (now - past_secs))));
    }
    let ts = clock::parse_since(t)
        .filter(|_| t.len() >= 10)
        .ok_or_else(bad)?;
    unix_of(&ts).ok_or_else(bad)?;
    Ok(Some(ts))
}

/// Seconds of a `YYYY-MM-DDTHH:MM:SSZ` timestamp (validating the calendar).
fn unix_of(ts: &str) -> Option<i64> {
    let n = |r: std::ops::Range<usize>| ts.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let (hh, mm, ss) = (n(11..13)?, n(14..16)?, n(17..19)?);
    if !(1..=12).contains(&m) || d < 1 || hh > 23 || mm > 59 || ss > 59 {
        return None;
    }
    // Days from civil (Howard Hinnant), then check the round trip for the day of month.
    let yy = if m <= 2 { y - 1 } else { y };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + hh * 3600 + mm * 60 + ss;
    (clock::format_unix(secs) == ts).then_some(secs)
}

/// Sets or clears an account's expiry. Guarded: an expiry in the past ends the
/// account's ability to log in now.
pub fn set_expires(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    expires_at: Option<&str>,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    if user.expires_at.as_deref() == expires_at {
        return Ok(unchanged(
            &user.username,
            format!(
                "{} already expires {}; nothing changed",
                user.username,
                expires_at.unwrap_or("never")
            ),
        ));
    }
    authz::forbid_self(actor, user_id, "change the expiry of")?;
    db::users::set_expires(conn, user_id, expires_at)?;
    let details = json!({ "from": user.expires_at, "to": expires_at });
    audit(conn, actor, "user.expires", &user.username, &details)?;
    Ok(change(
        &user.username,
        Outcome::Updated,
        format!(
            "{} now expires {}",
            user.username,
            expires_at.unwrap_or("never")
        ),
        details,
    ))
}

/// Makes an account a service account (API keys only: its password hash is removed
/// and its sessions revoked) or a person again. Guarded: service accounts never count
/// as managers.
pub fn set_service(conn: &Conn, actor: &Actor, user_id: i64, service: bool) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    let kind = if service { "service" } else { "person" };
    if user.kind == kind {
        return Ok(unchanged(
            &user.username,
            format!(
                "{} is already a {kind} account; nothing changed",
                user.username
            ),
        ));
    }
    authz::forbid_self(actor, user_id, "change the kind of")?;
    db::users::set_kind(conn, user_id, kind)?;
    let revoked = if service {
        db::sessions::delete_for_user(conn, user_id)?
    } else {
        0
    };
    let details = json!({ "from": user.kind, "to": kind, "sessions_revoked": revoked });
    audit(conn, actor, "user.kind", &user.username, &details)?;
    let note = if service {
        " (password removed; API keys only)"
    } else {
        " (set a password with `user passwd`)"
    };
    Ok(change(
        &user.username,
        Outcome::Updated,
        format!("{} is now a {kind} account{note}", user.username),
        details,
    ))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::*;
    use crate::authz::{perm, tests::TEST_HASH};
    use crate::error::exit_code;

    fn add(conn: &Conn, name: &str, role: &str) -> i64 {
        db::users::insert_for_test(conn, name, role, Some(TEST_HASH))
    }

    fn op() -> Actor {
        Actor::Operator { login: "t".into() }
    }

    fn manage() -> Vec<String> {
        vec![perm::USERS_MANAGE.to_string()]
    }

    /// A database whose only manager, `root` (role `user`), holds users.manage
    /// through the group `ops`; `plain` is an ordinary account.
    fn group_managed() -> (Conn, i64) {
        let conn = db::open_in_memory().unwrap();
        let root = add(&conn, "root", "user");
        add(&conn, "plain", "user");
        authz::write(&conn, false, |tx| {
            create_group(tx, &op(), "ops", "")?;
            group_grant(tx, &op(), "ops", &manage())?;
            add_member(tx, &op(), "ops", root)
        })
        .unwrap();
        assert_eq!(authz::active_managers(&conn).unwrap(), 1);
        (conn, root)
    }

    type Path = fn(&Conn, &Actor, i64) -> Result<()>;

    fn access_paths() -> Vec<(&'static str, Path)> {
        vec![
            ("user deny", |c, a, id| {
                set_overrides(c, a, id, &manage(), true, None).map(drop)
            }),
            ("group remove", |c, a, id| {
                remove_member(c, a, "ops", id).map(drop)
            }),
            ("group delete", |c, a, _| {
                delete_group(c, a, "ops").map(drop)
            }),
            ("group revoke", |c, a, _| {
                group_revoke(c, a, "ops", &manage()).map(drop)
            }),
            ("expiry in the past", |c, a, id| {
                set_expires(c, a, id, Some("2020-01-01T00:00:00Z")).map(drop)
            }),
            ("service account", |c, a, id| {
                set_service(c, a, id, true).map(drop)
            }),
            ("set groups (import)", |c, a, id| {
                set_groups(c, a, id, &[], false).map(drop)
            }),
        ]
    }

    fn snapshot(conn: &Conn) -> Vec<(String, String)> {
        db::access::snapshot_for_test(conn)
    }

    #[test]
    fn the_guard_covers_every_access_path() {
        for (what, path) in access_paths() {
            let (conn, root) = group_managed();
            let before = snapshot(&conn);
            let err = authz::write(&conn, false, |tx| path(tx, &op(), root)).unwrap_err();
            assert_eq!(exit_code(&err), 5, "{what}: {err:#}");
            assert_eq!(snapshot(&conn), before, "{what} wrote something");
            // With a second manager (through a per-account grant) the same path succeeds.
            let other = db::users::find(&conn, "plain").unwrap().unwrap().id;
            authz::write(&conn, false, |tx| {
                set_overrides(tx, &op(), other, &manage(), false, None)
            })
            .unwrap();
            authz::write(&conn, false, |tx| path(tx, &op(), root)).unwrap();
            assert_eq!(authz::active_managers(&conn).unwrap(), 1, "{what}");
        }
        // A manager through a per-account grant: reset-permissions is guarded too.
        let conn = db::open_in_memory().unwrap();
        let root = add(&conn, "root", "user");
        authz::write(&conn, false, |tx| {
            set_overrides(tx, &op(), root, &manage(), false, None)
        })
        .unwrap();
        let err = authz::write(&conn, false, |tx| reset_permissions(tx, &op(), root)).unwrap_err();
        assert_eq!(exit_code(&err), 5);
        assert_eq!(authz::active_managers(&conn).unwrap(), 1);
    }

    #[test]
    fn accounts_cannot_escalate_through_groups_grants_or_resources() {
        let (conn, root) = group_managed();
        let plain = db::users::find(&conn, "plain").unwrap().unwrap().id;
        // helpdesk: users.manage and roles.manage, but not audit.view nor resources.all.
        let desk = add(&conn, "desk", "user");
        authz::write(&conn, false, |tx| {
            set_overrides(
                tx,
                &op(),
                desk,
                &["users.manage".into(), "roles.manage".into()],
                false,
                None,
            )
        })
        .unwrap();
        let me = Actor::Account {
            id: desk,
            username: "desk".into(),
        };
        let denied = |r: Result<()>| exit_code(&r.unwrap_err());
        assert_eq!(
            denied(authz::write(&conn, false, |tx| set_overrides(
                tx,
                &me,
                plain,
                &["audit.view".into()],
                false,
                None
            )
            .map(drop))),
            6
        );
        assert_eq!(
            denied(authz::write(&conn, false, |tx| {
                create_group(tx, &me, "auditors", "")?;
                group_grant(tx, &me, "auditors", &["audit.view".into()]).map(drop)
            })),
            6
        );
        assert_eq!(
            denied(authz::write(&conn, false, |tx| {
                grant_resource(
                    tx,
                    &me,
                    &Subject::User(Box::new(db::users::get_by_id(tx, plain)?)),
                    &("dataset".into(), "x".into()),
                    Level::Read,
                    None,
                )
                .map(drop)
            })),
            6
        );
        assert_eq!(
            denied(authz::write(&conn, false, |tx| set_mode(
                tx,
                &me,
                plain,
                "dataset",
                ModeKind::Full,
                Level::Read
            )
            .map(drop))),
            6
        );
        // Not on itself, even what it holds.
        assert_eq!(
            denied(authz::write(&conn, false, |tx| set_overrides(
                tx,
                &me,
                desk,
                &["roles.manage".into()],
                false,
                None
            )
            .map(drop))),
            5
        );
        // What it holds, it may give to others; an allow-list needs no reach.
        authz::write(&conn, false, |tx| {
            set_overrides(tx, &me, plain, &["roles.manage".into()], false, None)
        })
        .unwrap();
        authz::write(&conn, false, |tx| {
            set_mode(tx, &me, plain, "dataset", ModeKind::Allow, Level::Read)
        })
        .unwrap();
        // A denied permission is not held: denying users.manage to desk stops it acting.
        authz::write(&conn, false, |tx| {
            set_overrides(tx, &op(), desk, &manage(), true, None)
        })
        .unwrap();
        assert_eq!(
            denied(authz::write(&conn, false, |tx| remove_member(
                tx, &me, "ops", root
            )
            .map(drop))),
            6
        );
    }

    #[test]
    fn unknown_permissions_are_refused_with_a_suggestion() {
        let conn = db::open_in_memory().unwrap();
        let err = known_permissions(&conn, &["users.mange".into()]).unwrap_err();
        assert_eq!(exit_code(&err), 3);
        let refusal = crate::error::refusal_of(&err).unwrap();
        assert!(refusal
            .hint
            .unwrap()
            .contains("did you mean 'users.manage'"));
        let err = authz::write(&conn, false, |tx| {
            lifecycle::grant(tx, &op(), "user", &["users.mange".into()])
        })
        .unwrap_err();
        assert_eq!(exit_code(&err), 3);
        assert_eq!(
            exit_code(
                &authz::write(&conn, false, |tx| remove_permission(
                    tx,
                    &op(),
                    "audit.view"
                ))
                .unwrap_err()
            ),
            5
        );
        authz::write(&conn, false, |tx| {
            add_permission(tx, &op(), "reports.export", "")
        })
        .unwrap();
        authz::write(&conn, false, |tx| {
            lifecycle::grant(tx, &op(), "user", &["reports.export".into()])
        })
        .unwrap();
        assert_eq!(
            exit_code(
                &authz::write(&conn, false, |tx| remove_permission(
                    tx,
                    &op(),
                    "reports.export"
                ))
                .unwrap_err()
            ),
            4
        );
    }

    #[test]
    fn the_readme_shows_the_query_access_check_agrees_with() {
        assert!(include_str!("../docs/application-guide.md").contains(db::access::ACCESS_SQL));
    }

    #[test]
    fn expiry_parsing() {
        assert_eq!(parse_expires("never").unwrap(), None);
        assert_eq!(
            parse_expires("2027-03-31").unwrap().as_deref(),
            Some("2027-03-31T00:00:00Z")
        );
        assert_eq!(
            parse_expires("2027-03-31T18:00:00Z").unwrap().as_deref(),
            Some("2027-03-31T18:00:00Z")
        );
        assert!(parse_expires("90d").unwrap().unwrap() > clock::now());
        for bad in ["2027-02-30", "2027-13-01", "soon", "31/03/2027", "90x"] {
            assert!(parse_expires(bad).is_err(), "{bad}");
        }
    }

    // ----- the property test: Rust rules against the SQL applications run -----

    const POOL: &[&str] = &[
        "users.manage",
        "resources.all",
        "audit.view",
        "reports.export",
    ];
    const TYPES: &[&str] = &["dataset", "package"];
    const IDS: &[&str] = &["a", "b", "c"];
    const LEVELS: &[&str] = &["read", "write"];
    const MODES: &[&str] = &["full", "allow", "deny"];

    /// An expiry as applications write it: (stored value, is it in the past).
    fn expiry(now: i64, choice: u8) -> Option<(db::Value, bool)> {
        use db::Value::{Integer, Text};
        match choice % 7 {
            0 | 1 => None,
            2 => Some((Text(clock::format_unix(now - 3600)), true)),
            3 => Some((Text(clock::format_unix(now + 86_400)), false)),
            // A space, no zone: 18:00 written as text sorts before 'T…' strings.
            4 => Some((
                Text(
                    clock::format_unix(now + 86_400)
                        .replace('T', " ")
                        .replace('Z', ""),
                ),
                false,
            )),
            5 => Some((Integer(now - 60), true)),
            _ => Some((Text(format!("{}.5", now + 3600)), false)),
        }
    }

    #[derive(Debug, Clone)]
    struct World {
        role_perms: Vec<Vec<bool>>,           // custom roles r0, r1 × POOL
        users: Vec<(u8, u8, u8, u8)>,         // role (0..5), status, expiry choice, kind/password
        group_perms: Vec<Vec<bool>>,          // groups × POOL
        members: Vec<(usize, usize)>,         // (group, user)
        overrides: Vec<(usize, usize, bool)>, // (user, perm, deny)
        grants: Vec<(bool, usize, usize, usize, usize)>, // (to group?, holder, type, id, level)
        modes: Vec<(usize, usize, usize, usize)>, // (user, type, mode, level)
        /// Ends of memberships, grants (per-account and resource) and temporary
        /// roles, by position: 0 none, 1 passed, 2 to come.
        ends: Vec<u8>,
        temporary: Vec<(usize, u8)>, // (user, role 0..5) until ends[…]
    }

    fn world() -> impl Strategy<Value = World> {
        (
            prop::collection::vec(prop::collection::vec(any::<bool>(), POOL.len()), 2),
            prop::collection::vec((0u8..5, 0u8..3, any::<u8>(), 0u8..4), 1..6),
            prop::collection::vec(prop::collection::vec(any::<bool>(), POOL.len()), 0..3),
            prop::collection::vec((0usize..3, 0usize..6), 0..8),
            prop::collection::vec((0usize..6, 0usize..POOL.len(), any::<bool>()), 0..6),
            prop::collection::vec(
                (any::<bool>(), 0usize..6, 0usize..2, 0usize..3, 0usize..2),
                0..10,
            ),
            prop::collection::vec((0usize..6, 0usize..2, 0usize..3, 0usize..2), 0..5),
            prop::collection::vec(0u8..3, 1..12),
            prop::collection::vec((0usize..6, 0u8..5), 0..3),
        )
            .prop_map(
                |(
                    role_perms,
                    users,
                    group_perms,
                    members,
                    overrides,
                    grants,
                    modes,
                    ends,
                    temporary,
                )| World {
                    role_perms,
                    users,
                    group_perms,
                    members,
                    overrides,
                    grants,
                    modes,
                    ends,
                    temporary,
                },
            )
    }

    /// Builds the world with plain SQL (as an application might), returns the ids and
    /// which accounts can log in.
    fn build(conn: &Conn, w: &World) -> (Vec<i64>, Vec<(bool, bool)>) {
        let now = clock::unix_now();
        for (r, perms) in w.role_perms.iter().enumerate() {
            let role = format!("r{r}");
            db::roles::insert(conn, &role, "").unwrap();
            for (i, on) in perms.iter().enumerate() {
                if *on {
                    db::roles::grant(conn, &role, POOL[i]).unwrap();
                }
            }
        }
        db::access::ensure_permission_for_test(conn, "reports.export");
        let roles = ["admin", "moderator", "user", "r0", "r1"];
        let mut ids = Vec::new();
        let mut can_log_in = Vec::new();
        for (i, (role, status, exp, kind)) in w.users.iter().enumerate() {
            let id = add(conn, &format!("u{i}"), roles[*role as usize]);
            let status = ["active", "inactive", "invited"][*status as usize];
            let expiry = expiry(now, *exp);
            let (kind, password) = match kind {
                0 | 1 => ("person", true),
                2 => ("person", false),
                _ => ("service", false),
            };
            db::users::set_state_for_test(
                conn,
                id,
                status,
                kind,
                expiry.as_ref().map(|e| &e.0),
                password,
            );
            ids.push(id);
            // The guard counts a manager that can log in and stays: no expiry date.
            can_log_in.push((
                status == "active"
                    && kind == "person"
                    && password
                    && !expiry.as_ref().is_some_and(|e| e.1),
                expiry.is_none(),
            ));
        }
        let mut groups = Vec::new();
        for (g, perms) in w.group_perms.iter().enumerate() {
            let gid = db::access::insert_group(conn, &format!("g{g}"), "").unwrap();
            for (i, on) in perms.iter().enumerate() {
                if *on {
                    db::access::grant_group(conn, gid, POOL[i]).unwrap();
                }
            }
            groups.push(gid);
        }
        let user = |i: usize| ids[i % ids.len()];
        for (g, u) in &w.members {
            if let Some(gid) = groups.get(*g) {
                db::access::add_member(conn, *gid, user(*u)).unwrap();
            }
        }
        for (u, p, deny) in &w.overrides {
            db::access::set_override(
                conn,
                user(*u),
                POOL[*p],
                if *deny { "deny" } else { "grant" },
                None,
            )
            .unwrap();
        }
        for (to_group, h, t, id, l) in &w.grants {
            let holder = if *to_group {
                match groups.get(*h % 3) {
                    Some(g) => Holder::Group(*g),
                    None => continue,
                }
            } else {
                Holder::User(user(*h))
            };
            db::access::set_grant(conn, holder, TYPES[*t], IDS[*id], LEVELS[*l], None).unwrap();
        }
        for (u, t, m, l) in &w.modes {
            db::access::set_mode(conn, user(*u), TYPES[*t], MODES[*m], LEVELS[*l]).unwrap();
        }
        // Ends, written as an application might: some passed, some to come.
        let mut next = 0;
        let mut end = || {
            next += 1;
            match w.ends[next % w.ends.len()] {
                0 => None,
                1 => Some("2000-01-01T00:00:00Z"),
                _ => Some("2999-01-01T00:00:00Z"),
            }
        };
        for (keys, table) in [
            ("group_id || ' ' || user_id", "group_members"),
            (
                "user_id || ' ' || permission || ' ' || effect",
                "user_permissions",
            ),
            ("CAST(id AS TEXT)", "resource_grants"),
        ] {
            let rows: Vec<String> = conn
                .prepare(&format!("SELECT {keys} FROM {table} ORDER BY 1"))
                .unwrap()
                .query_map((), |r| r.get(0))
                .unwrap()
                .collect::<Result<_>>()
                .unwrap();
            for key in rows {
                conn.execute(
                    &format!("UPDATE {table} SET ends_at = ?2 WHERE {keys} = ?1"),
                    crate::params![key, end()],
                )
                .unwrap();
            }
        }
        for (u, r) in &w.temporary {
            if let Some(e) = end() {
                conn.execute(
                    "UPDATE users SET temporary_role = ?2, temporary_role_ends_at = ?3 WHERE id = ?1",
                    crate::params![user(*u), roles[*r as usize], e],
                )
                .unwrap();
            }
        }
        (ids, can_log_in)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn access_check_the_documented_sql_and_the_view_agree(w in world()) {
            let conn = db::open_in_memory().unwrap();
            let (ids, can_log_in) = build(&conn, &w);
            let mut managers = 0;
            for (i, &id) in ids.iter().enumerate() {
                // effective_permissions (view) = authz::effective, source by source.
                let rust: BTreeSet<(String, String)> = authz::effective(&conn, id).unwrap()
                    .permissions.into_iter()
                    .flat_map(|(p, sources)| sources.into_iter().map(move |s| (p.clone(), s)))
                    .collect();
                let view: BTreeSet<(String, String)> =
                    db::access::effective_view(&conn, id).unwrap().into_iter().collect();
                prop_assert_eq!(&rust, &view, "account u{}", i);
                // The guard counts management that does not end at a time.
                let effective = authz::effective(&conn, id).unwrap();
                let lasting = effective.permissions.get("users.manage")
                    .is_some_and(|sources| sources.iter().any(|s| effective.end_of("users.manage", s).is_none()));
                if can_log_in[i] == (true, true) && lasting {
                    managers += 1;
                }
                // access check = the application guide's SQL, on every resource and level.
                for t in TYPES {
                    for rid in IDS.iter().chain(&["unlisted"]) {
                        let reach = authz::resource_level(&conn, id, t, rid).unwrap().level;
                        for l in LEVELS {
                            let want = Level::parse(l).unwrap();
                            let sql = db::access::access_sql(&conn, id, t, rid, l).unwrap();
                            prop_assert_eq!(reach.is_some_and(|r| r >= want), sql,
                                "u{} {}:{} at {}", i, t, rid, l);
                        }
                    }
                }
            }
            // The guard counts exactly the accounts that can log in and manage users.
            prop_assert_eq!(authz::active_managers(&conn).unwrap(), managers);
        }

    }

    proptest! {
        // `USERCTL_FUZZ_CASES` raises the number of worlds for a long campaign
        // (tests/fuzz_campaign.sh).
        #![proptest_config(ProptestConfig {
            cases: std::env::var("USERCTL_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(64),
            ..ProptestConfig::default()
        })]

        /// The one rule of who may act on whom, as a property: whatever sequence of
        /// changes an `--as` account tries, no account ends up with a permission, or a
        /// level of access to a resource, gained or lost, that the actor does not hold
        /// itself.
        #[test]
        fn no_sequence_of_changes_by_an_account_hands_out_or_strips_what_it_lacks(
            w in world(),
            actor_role in 0usize..5,
            ops in prop::collection::vec(
                (0u8..14, 0usize..7, 0usize..8, 0usize..3, 0usize..3, 0usize..2),
                1..12,
            ),
        ) {
            let conn = db::open_in_memory().unwrap();
            let (ids, _) = build(&conn, &w);
            let roles = ["admin", "moderator", "user", "r0", "r1"];
            let me = add(&conn, "actor", roles[actor_role]);
            for p in [perm::USERS_MANAGE, perm::ROLES_MANAGE] {
                db::access::set_override(&conn, me, p, "grant", None).unwrap();
            }
            let actor = Actor::Account { id: me, username: "actor".into() };
            let mut everyone = ids.clone();
            everyone.push(me);
            let points: Vec<(&str, &str)> = TYPES
                .iter()
                .flat_map(|t| IDS.iter().chain(&["unlisted"]).map(move |i| (*t, *i)))
                .collect();
            let snapshot = |conn: &Conn| -> Vec<(BTreeSet<String>, Vec<Option<Level>>)> {
                everyone
                    .iter()
                    .map(|&id| {
                        let perms = authz::effective(conn, id).unwrap().permissions.into_keys().collect();
                        let levels = points
                            .iter()
                            .map(|(t, i)| authz::resource_level(conn, id, t, i).unwrap().level)
                            .collect();
                        (perms, levels)
                    })
                    .collect()
            };
            let held: BTreeSet<String> = authz::permissions_of(&conn, me).unwrap().into_iter().collect();
            let before = snapshot(&conn);
            let reach = &before[everyone.len() - 1].1;
            for (kind, a, b, c, d, e) in ops {
                let user = everyone[a % everyone.len()];
                let perm = POOL[b % POOL.len()];
                let role = roles[b % roles.len()];
                let group = format!("g{c}");
                let resource = (TYPES[e].to_string(), IDS[d].to_string());
                let level = if c % 2 == 0 { Level::Read } else { Level::Write };
                let subject = |tx: &Conn| -> Result<Subject> {
                    if a % 2 == 0 {
                        Ok(Subject::User(Box::new(db::users::get_by_id(tx, user)?)))
                    } else {
                        Ok(Subject::Group(existing_group(tx, &group)?))
                    }
                };
                let _ = authz::write(&conn, false, |tx| {
                    match kind {
                        0 => lifecycle::set_role(tx, &actor, user, role, None).map(drop),
                        1 => add_member(tx, &actor, &group, user).map(drop),
                        2 => remove_member(tx, &actor, &group, user).map(drop),
                        3 => set_overrides(tx, &actor, user, &[perm.to_string()], false, None).map(drop),
                        4 => set_overrides(tx, &actor, user, &[perm.to_string()], true, None).map(drop),
                        5 => reset_permissions(tx, &actor, user).map(drop),
                        6 => lifecycle::grant(tx, &actor, role, &[POOL[c].to_string()]).map(drop),
                        7 => lifecycle::revoke(tx, &actor, role, &[POOL[c].to_string()]).map(drop),
                        8 => group_grant(tx, &actor, &group, &[perm.to_string()]).map(drop),
                        9 => group_revoke(tx, &actor, &group, &[perm.to_string()]).map(drop),
                        10 => delete_group(tx, &actor, &group).map(drop),
                        11 => grant_resource(tx, &actor, &subject(tx)?, &resource, level, None).map(drop),
                        12 => revoke_resource(tx, &actor, &subject(tx)?, &resource).map(drop),
                        _ => {
                            let mode = [ModeKind::Full, ModeKind::Allow, ModeKind::Deny][d];
                            set_mode(tx, &actor, user, TYPES[e], mode, level).map(drop)
                        }
                    }
                });
            }
            let after = snapshot(&conn);
            for (i, ((p0, l0), (p1, l1))) in before.iter().zip(&after).enumerate() {
                for p in p0.symmetric_difference(p1) {
                    prop_assert!(held.contains(p), "account #{} gained or lost {} (actor holds {:?})", i, p, held);
                }
                for (k, (x, y)) in l0.iter().zip(l1).enumerate() {
                    if x != y {
                        prop_assert!(reach[k] >= *x.max(y),
                            "account #{} went from {:?} to {:?} on {:?}; the actor reaches {:?}",
                            i, x, y, points[k], reach[k]);
                    }
                }
            }
        }
    }
}
