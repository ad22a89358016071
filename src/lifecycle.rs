//! The account lifecycle and what hangs off an account: edit, role, status,
//! delete, passwords, 2FA; sessions, API keys and roles.
//!
//! Every operation that changes something takes the connection of an
//! [`authz::write`] transaction and the [`Actor`], and does authorise → change →
//! audit; the write path adds the last-admin guard and the commit. Nothing here
//! prints, prompts or hashes under the lock: commands read their arguments, hash
//! new passwords first, call these, and render the [`Change`] they return.
//!
//! A change that would change nothing reports [`Outcome::Unchanged`] and writes no
//! audit entry.

use anyhow::Result;
use serde_json::{json, Value};
use zeroize::Zeroizing;

use crate::authz::{self, Action, Actor};
use crate::db::{self, users::Status, users::User, Conn};
use crate::error::{refuse, Refusal};
use crate::output::{Change, Outcome};
use crate::password::{self, HashParams};
use crate::targets::Target;
use crate::{accounts, bulk, clock, tokens};

/// A change's result for `target` (the domain's one way to build one).
pub(crate) fn change(target: &str, result: Outcome, message: String, details: Value) -> Change {
    Change {
        target: target.to_string(),
        result,
        message,
        details,
        dry_run: false,
    }
}

/// A no-op's result: reported `unchanged`, not audited.
pub(crate) fn unchanged(target: &str, message: String) -> Change {
    change(target, Outcome::Unchanged, message, Value::Null)
}

/// Appends the change's audit entry, by `actor`, in the caller's transaction.
pub(crate) fn audit(
    conn: &Conn,
    actor: &Actor,
    action: &str,
    target: &str,
    details: &Value,
) -> Result<()> {
    db::audit::append(conn, &actor.audit_name(), action, Some(target), details)?;
    Ok(())
}

/// The words a new password may not contain: the username, the email and its
/// local part.
pub fn password_context(user: &User) -> Vec<&str> {
    let mut context = vec![user.username.as_str()];
    if let Some(email) = &user.email {
        context.push(email);
        context.extend(email.split('@').next());
    }
    context
}

// ---------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------

/// What `user edit` changes; `None` leaves a field alone. Values are normalised
/// already (see [`accounts`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edit {
    pub username: Option<String>,
    /// `Some(None)` removes the email.
    pub email: Option<Option<String>>,
    pub display_name: Option<String>,
    pub must_change_password: Option<bool>,
    /// The import source that manages the account; `Some(None)` releases it.
    pub managed_by: Option<Option<String>>,
}

/// An import source's name as stored in `users.managed_by`: trimmed, 1 to 100
/// printable characters; `none` (any case) means "managed by nobody" (`None`).
pub fn normalize_source(input: &str) -> Result<Option<String>, Refusal> {
    let source = input.trim();
    if source.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    if source.is_empty() || source.chars().count() > 100 || source.chars().any(char::is_control) {
        return Err(Refusal::invalid(format!(
            "invalid source name '{}': use 1 to 100 printable characters, or \"none\"",
            crate::output::sanitize(source)
        )));
    }
    Ok(Some(source.to_string()))
}

/// Changes the username, email, display name, must-change-password flag or the
/// import source that manages the account.
pub fn edit(conn: &Conn, actor: &Actor, user_id: i64, edit: &Edit) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    let username = edit.username.as_deref().filter(|u| *u != user.username);
    let email = edit
        .email
        .as_ref()
        .map(Option::as_deref)
        .filter(|e| *e != user.email.as_deref());
    let name = edit
        .display_name
        .as_deref()
        .filter(|n| *n != user.display_name);
    let must = edit
        .must_change_password
        .filter(|m| *m != user.must_change_password);
    let managed_by = edit
        .managed_by
        .as_ref()
        .map(Option::as_deref)
        .filter(|m| *m != user.managed_by.as_deref());

    let mut details = serde_json::Map::new();
    let mut fields = Vec::new();
    let mut note = |field: &'static str, value: Value| {
        fields.push(field);
        details.insert(field.into(), value);
    };
    if let Some(u) = username {
        note("username", json!({ "from": user.username, "to": u }));
    }
    if let Some(e) = email {
        note("email", json!({ "from": user.email, "to": e }));
    }
    if let Some(n) = name {
        note(
            "display_name",
            json!({ "from": user.display_name, "to": n }),
        );
    }
    if let Some(m) = must {
        note(
            "must_change_password",
            json!({ "from": user.must_change_password, "to": m }),
        );
    }
    if let Some(m) = managed_by {
        note("managed_by", json!({ "from": user.managed_by, "to": m }));
    }
    if fields.is_empty() {
        return Ok(unchanged(
            &user.username,
            format!(
                "user {} already has these values; nothing changed",
                user.username
            ),
        ));
    }
    db::users::ensure_free(
        conn,
        username.unwrap_or(&user.username),
        email.flatten(),
        Some(user.id),
    )?;
    db::users::update_profile(conn, user.id, username, email, name)?;
    if let Some(m) = must {
        db::users::set_must_change_password(conn, user.id, m)?;
    }
    if let Some(m) = managed_by {
        db::users::set_managed_by(conn, user.id, m)?;
    }
    let target = username.unwrap_or(&user.username);
    let message = format!("updated user {target} ({})", fields.join(", "));
    let details = Value::Object(details);
    audit(conn, actor, "user.edit", target, &details)?;
    Ok(change(target, Outcome::Updated, message, details))
}

/// Gives an account another role. An `--as` actor may not change its own role nor
/// hand out a role carrying permissions it lacks. Guarded by the write path.
pub fn set_role(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    role: &str,
    ends: Option<&str>,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    accounts::ensure_role(conn, role)?;
    // The role it has now, and the one it has for good (they differ while a
    // temporary role lasts).
    let now = match (&user.role_after, &user.role_until) {
        (Some(_), Some(until)) => format!("{} (until {until})", user.role),
        _ => user.role.clone(),
    };
    let lasting = user.role_after.clone().unwrap_or_else(|| user.role.clone());
    let same = match ends {
        None => user.role_after.is_none() && user.role == role,
        Some(end) => {
            user.role_after.is_some()
                && user.role == role
                && user.role_until.as_deref() == Some(end)
        }
    };
    if same {
        return Ok(unchanged(
            &user.username,
            format!(
                "user {} already has role {now}; nothing changed",
                user.username
            ),
        ));
    }
    if ends.is_some() && lasting == role {
        return refuse(
            Refusal::invalid(format!(
                "{} goes back to role {role} anyway: a temporary role must be another one",
                user.username
            ))
            .hint(format!(
                "to end a temporary role now: `userctl user role {} {role}`",
                user.username
            )),
        );
    }
    authz::forbid_self(actor, user.id, "change the role of")?;
    authz::ensure_holds_role(conn, actor, role)?;
    authz::changing_capabilities(conn, actor, &[user.id], || match ends {
        None => db::users::set_role(conn, user.id, role),
        Some(end) => db::users::set_temporary_role(conn, user.id, role, end),
    })?;
    let mut details = json!({ "from": user.role, "to": role });
    if let Some(end) = ends {
        details["until"] = json!(end);
        details["then"] = json!(lasting);
    }
    audit(conn, actor, "user.role", &user.username, &details)?;
    let message = match ends {
        None => format!("changed the role of {} from {now} to {role}", user.username),
        Some(end) => format!(
            "changed the role of {} from {now} to {role} until {end}, then {lasting}",
            user.username
        ),
    };
    Ok(change(&user.username, Outcome::Updated, message, details))
}

/// Deactivates an account and deletes its sessions; its API keys stop working
/// because applications check the status. Nothing else is lost. Guarded.
pub fn deactivate(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    reason: Option<&str>,
) -> Result<Change> {
    let user = db::users::get_by_id(conn, user_id)?;
    let target = Target {
        id: user.id,
        username: user.username,
    };
    deactivate_all(conn, actor, &[target], reason, &mut None)?
        .pop()
        .ok_or_else(|| anyhow::anyhow!("no result for one account"))
}

/// [`deactivate`] every target, set-based ([`crate::bulk`]):
/// each account is authorised as on its own (a refusal names it in `culprit` and
/// changes nobody); one audit entry per account that changed.
pub fn deactivate_all(
    conn: &Conn,
    actor: &Actor,
    targets: &[Target],
    reason: Option<&str>,
    culprit: &mut Option<String>,
) -> Result<Vec<Change>> {
    let staged = bulk::stage(conn, targets, db::bulk::mark_deactivate)?;
    let acting = authz::Acting::new(conn, actor)?;
    for s in &staged {
        acting
            .authorize(conn, Action::ManageUser { target: s.user_id })
            .and_then(|()| {
                if s.changed {
                    authz::forbid_self(actor, s.user_id, "deactivate")
                } else {
                    Ok(())
                }
            })
            .inspect_err(|_| *culprit = Some(s.username.clone()))?;
    }
    db::bulk::deactivate(conn, reason, &clock::now())?;
    let details = |s: &db::bulk::Staged| {
        let from: Option<Status> = s.status.as_deref().and_then(|t| t.parse().ok());
        json!({ "from": from, "reason": reason, "sessions_revoked": s.sessions })
    };
    bulk::audit(conn, actor, "user.deactivate", &staged, details)?;
    Ok(staged
        .iter()
        .map(|s| {
            if s.changed {
                change(
                    &s.username,
                    Outcome::Updated,
                    format!(
                        "deactivated user {} and revoked {} session(s)",
                        s.username, s.sessions
                    ),
                    details(s),
                )
            } else {
                unchanged(
                    &s.username,
                    format!("user {} is already inactive; nothing changed", s.username),
                )
            }
        })
        .collect())
}

/// Makes an account active again. An invited account without a password must get
/// one first.
pub fn activate(conn: &Conn, actor: &Actor, user_id: i64) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    if user.status == Status::Active {
        // Already active but locked after failed logins: activating lets it log in.
        if let Some(cleared) = clear_lock(conn, &user)? {
            let details = json!({ "from": user.status, "unlocked": lock_details(&cleared) });
            audit(conn, actor, "user.activate", &user.username, &details)?;
            return Ok(change(
                &user.username,
                Outcome::Updated,
                format!(
                    "user {} is already active; {}",
                    user.username,
                    lock_cleared(&cleared)
                ),
                details,
            ));
        }
        return Ok(unchanged(
            &user.username,
            format!("user {} is already active; nothing changed", user.username),
        ));
    }
    if !user.has_password {
        return refuse(
            Refusal::conflict(format!(
                "user {} has no password yet and cannot be activated",
                user.username
            ))
            .hint(format!(
                "set one first: `userctl user passwd {}`",
                user.username
            )),
        );
    }
    db::users::set_status(conn, user.id, Status::Active, None)?;
    let cleared = clear_lock(conn, &user)?;
    let mut details = json!({ "from": user.status });
    let mut message = format!("activated user {}", user.username);
    if let Some(cleared) = &cleared {
        details["unlocked"] = lock_details(cleared);
        message.push_str(&format!("; {}", lock_cleared(cleared)));
    }
    audit(conn, actor, "user.activate", &user.username, &details)?;
    Ok(change(&user.username, Outcome::Updated, message, details))
}

/// Ends an account's lock after failed logins and resets its count of failures
/// (`user unlock`).
pub fn unlock(conn: &Conn, actor: &Actor, user_id: i64) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    let Some(cleared) = db::lockout::clear(conn, user.id)? else {
        return Ok(unchanged(
            &user.username,
            format!(
                "user {} is not locked and has no failed logins; nothing changed",
                user.username
            ),
        ));
    };
    let details = lock_details(&cleared);
    audit(conn, actor, "user.unlock", &user.username, &details)?;
    let message = match &cleared.locked_until {
        Some(until) => format!(
            "unlocked user {} (was locked until {until} after {} failed logins)",
            user.username, cleared.failed_logins
        ),
        None => format!(
            "reset the {} failed login(s) of user {}; it was not locked",
            cleared.failed_logins, user.username
        ),
    };
    Ok(change(&user.username, Outcome::Updated, message, details))
}

/// Ends the account's lock after failed logins, if it is locked now, and resets its
/// count of failures (`recover`, an admin's `user passwd`, `user activate`); returns
/// the lock it ended. An account not locked is left alone (`user unlock` also resets
/// a count without a lock).
pub(crate) fn clear_lock(
    conn: &Conn,
    user: &db::users::User,
) -> Result<Option<db::lockout::State>> {
    if user.locked_until.is_none() {
        return Ok(None);
    }
    db::lockout::clear(conn, user.id)
}

/// The audit details of a cleared lock.
pub(crate) fn lock_details(cleared: &db::lockout::State) -> Value {
    json!({ "failed_logins": cleared.failed_logins, "locked_until": cleared.locked_until })
}

/// The sentence saying a lock was cleared.
pub(crate) fn lock_cleared(cleared: &db::lockout::State) -> String {
    format!(
        "cleared its lock after {} failed logins (was locked until {})",
        cleared.failed_logins,
        cleared.locked_until.as_deref().unwrap_or("now")
    )
}

/// Deletes an account for good; its sessions, API keys and invitations cascade.
/// The audit log keeps the username. An `--as` actor cannot delete itself. Guarded.
pub fn delete(conn: &Conn, actor: &Actor, user_id: i64) -> Result<Change> {
    delete_transferring(conn, actor, user_id, None)
}

/// [`delete`], handing the account's registered `transfer` data to `transfer_to`
/// first (see [`crate::leaving::depart`]: `block` data, or `transfer` data without a
/// recipient, refuses with exit 5); its `delete` data goes with it.
pub fn delete_transferring(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    transfer_to: Option<i64>,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    authz::forbid_self(actor, user.id, "delete")?;
    let departed = crate::leaving::depart(conn, actor, &user, transfer_to, "deleted")?;
    let mut details = json!({
        "email": user.email,
        "role": user.role,
        "status": user.status,
        "sessions": db::sessions::count_for_user(conn, user.id)?,
        "api_keys": db::keys::count_for_user(conn, user.id)?,
        "invitations": db::users::invitation_count(conn, user.id)?,
    });
    if let Some(to) = &departed.to {
        details["transferred"] = json!(departed.transferred);
        details["transferred_to"] = json!(to.username);
    }
    if !departed.deleted.is_empty() {
        details["deleted_rows"] = json!(departed.deleted);
    }
    db::users::delete(conn, user.id)?;
    audit(conn, actor, "user.delete", &user.username, &details)?;
    Ok(change(
        &user.username,
        Outcome::Deleted,
        format!("deleted user {}", user.username),
        details,
    ))
}

/// A new password, hashed before the write lock was taken.
#[derive(Debug, Clone)]
pub struct NewPassword<'a> {
    /// The PHC string.
    pub hash: &'a str,
    /// The actor's current password, required when it changes its own.
    pub current: Option<&'a str>,
    pub keep_sessions: bool,
    pub must_change_password: bool,
    /// The scheme of a hash set from another system (`--hash-*`), for the audit
    /// log and the message; `None` for a password hashed here.
    pub scheme: Option<&'a str>,
}

/// Sets an account's password and revokes its sessions unless asked to keep them.
/// An `--as` actor changing its own password must give the current one (exit 6).
pub fn set_password(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    new: &NewPassword<'_>,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::SetPassword { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    if actor.is(user.id) {
        let stored = db::users::password_hash(conn, user.id)?;
        let right = match (new.current, stored) {
            (Some(current), Some(stored)) => password::verify(current, &stored).unwrap_or(false),
            _ => false,
        };
        if !right {
            return refuse(
                Refusal::denied("changing your own password needs your current password")
                    .hint("give the current password of the --as account"),
            );
        }
    }
    db::users::set_password_hash(conn, user.id, new.hash, new.must_change_password)?;
    // An admin's reset ends a lock; changing your own password does not.
    let cleared = if actor.is(user.id) {
        None
    } else {
        clear_lock(conn, &user)?
    };
    let revoked = if new.keep_sessions {
        0
    } else {
        db::sessions::delete_for_user(conn, user.id)?
    };
    let mut details = json!({
        "sessions_revoked": revoked,
        "must_change_password": new.must_change_password,
    });
    if let Some(scheme) = new.scheme {
        // The scheme only: a hash is a secret too.
        details["hash_scheme"] = json!(scheme);
    }
    if let Some(cleared) = &cleared {
        details["unlocked"] = lock_details(cleared);
    }
    audit(conn, actor, "user.passwd", &user.username, &details)?;
    let sessions = if new.keep_sessions {
        "kept its sessions".to_string()
    } else {
        format!("revoked {revoked} session(s)")
    };
    let what = match new.scheme {
        Some(scheme) => format!("set a {scheme} password hash"),
        None => "set a new password".to_string(),
    };
    let unlocked = cleared
        .as_ref()
        .map(|c| format!("; {}", lock_cleared(c)))
        .unwrap_or_default();
    Ok(change(
        &user.username,
        Outcome::Updated,
        format!("{what} for {} and {sessions}{unlocked}", user.username),
        details,
    ))
}

/// Clears an account's second factor; it enrols again at next login.
pub fn reset_2fa(conn: &Conn, actor: &Actor, user_id: i64) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    let codes = db::second_factor::unused_codes(conn, user.id)?;
    if !user.two_factor && codes == 0 {
        return Ok(unchanged(
            &user.username,
            format!(
                "user {} has no second factor; nothing changed",
                user.username
            ),
        ));
    }
    db::users::clear_totp(conn, user.id)?;
    let deleted = db::second_factor::delete_codes(conn, user.id)?;
    // Under the 2FA policy the account sets up a second factor again at its next
    // login: its grace period starts again now (the guard still refuses this for
    // the last manager when 2fa.grace_days is 0).
    let grace = db::second_factor::restart_grace(conn, user.id)?;
    let mut details = json!({ "recovery_codes_deleted": deleted });
    let mut message = match (user.two_factor, deleted) {
        (true, 0) => format!("cleared the second factor of {}", user.username),
        (true, n) => format!(
            "cleared the second factor of {} and deleted its {n} recovery code(s)",
            user.username
        ),
        (false, n) => format!(
            "deleted the {n} recovery code(s) of {} (it had no second factor)",
            user.username
        ),
    };
    if grace {
        let days = crate::settings::two_factor(conn)?.grace_secs / 86_400;
        details["grace_restarted"] = json!(true);
        message.push_str(&format!(
            "; 2fa.required applies to it: it has {days} day(s) from now to set one up"
        ));
    }
    audit(conn, actor, "user.reset-2fa", &user.username, &details)?;
    Ok(change(&user.username, Outcome::Updated, message, details))
}

/// Replaces an account's recovery codes by ten new ones (`user recovery-codes
/// --generate`); returns the change and the codes, to be shown once. Only their
/// hashes are stored; the audit entry counts them.
pub fn generate_recovery_codes(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
) -> Result<(Change, Vec<Zeroizing<String>>)> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    if user.kind == "service" {
        return refuse(Refusal::invalid(format!(
            "user {} is a service account: it does not log in, so it has no recovery codes",
            user.username
        )));
    }
    let codes = crate::tokens::recovery_codes()?;
    let hashes: Vec<String> = codes
        .iter()
        .map(|c| crate::tokens::recovery_code_hash(c))
        .collect();
    let replaced = db::second_factor::replace_codes(conn, user.id, &hashes)?;
    let details = json!({ "codes": codes.len(), "replaced": replaced });
    audit(conn, actor, "user.recovery-codes", &user.username, &details)?;
    let message = if replaced > 0 {
        format!(
            "generated {} recovery codes for {} (its {replaced} earlier code(s) no longer work)",
            codes.len(),
            user.username
        )
    } else {
        format!(
            "generated {} recovery codes for {}",
            codes.len(),
            user.username
        )
    };
    Ok((
        change(&user.username, Outcome::Updated, message, details),
        codes,
    ))
}

/// Checks a password the way a login would: right, and the account active. Any
/// failure is a refusal (exit 6) after the fixed delay; so is a stored hash that
/// cannot be checked (out of bounds, unrecognised). When the stored hash is weaker
/// than `params` (see [`password::check`]), returns it with the parameters to
/// rehash with.
pub fn verify_password(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    password_text: &str,
    params: HashParams,
) -> Result<Option<(String, HashParams)>> {
    authz::authorize(conn, actor, Action::VerifyPassword { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    // An account that may not log in whatever the password: the password is not
    // checked, so the answer says nothing about it.
    let barred = authz::login_bar(conn, &user)?.map(|bar| match bar {
        authz::LoginBar::Service => (
            "a service account (API keys only)".to_string(),
            format!(
                "service accounts authenticate with API keys: `userctl key create {} --label L`",
                user.username
            ),
        ),
        authz::LoginBar::Expired => (
            format!(
                "expired (since {})",
                user.expires_at.as_deref().unwrap_or("an unreadable date")
            ),
            format!("`userctl user edit {} --expires never`", user.username),
        ),
        authz::LoginBar::Status(status) => (
            status.to_string(),
            format!("`userctl user activate {}`", user.username),
        ),
    });
    if let Some((what, hint)) = barred {
        clock::pause(authz::FAILED_LOGIN_DELAY);
        return refuse(
            Refusal::denied(format!(
                "user {} is {what} and may not log in",
                user.username
            ))
            .hint(hint),
        );
    }
    // Locked after too many failed logins: the password is not checked either.
    if let Some(until) = &user.locked_until {
        clock::pause(authz::FAILED_LOGIN_DELAY);
        return refuse(
            Refusal::denied(format!(
                "user {} is locked until {until} after {} failed logins and may not log in",
                user.username, user.failed_logins
            ))
            .hint(format!(
                "the lock ends by itself; `userctl user unlock {}` ends it now",
                user.username
            )),
        );
    }
    let stored = db::users::password_hash(conn, user.id)?;
    let verdict = match &stored {
        Some(stored) => password::check(password_text, stored, params),
        None => password::Verdict::Wrong,
    };
    let rehash = match verdict {
        password::Verdict::Right { rehash } => rehash,
        password::Verdict::Wrong => {
            let state = count_wrong_password(conn, actor, &user)?;
            clock::pause(authz::FAILED_LOGIN_DELAY);
            return refuse(match state.locked_until {
                Some(until) => Refusal::denied(format!(
                    "wrong password for {}; after {} failed logins it is locked until {until}",
                    user.username, state.failed_logins
                ))
                .hint(format!(
                    "the lock ends by itself; `userctl user unlock {}` ends it now",
                    user.username
                )),
                None => Refusal::denied(format!("wrong password for {}", user.username)),
            });
        }
        password::Verdict::Unusable(why) => {
            clock::pause(authz::FAILED_LOGIN_DELAY);
            return refuse(
                Refusal::denied(format!(
                    "the password of {} cannot be checked: its stored hash is unusable ({why})",
                    user.username
                ))
                .hint(format!(
                    "set a new one: `userctl user passwd {}`",
                    user.username
                )),
            );
        }
    };
    if user.failed_logins > 0 {
        authz::reset_failed_logins(conn, user.id)?;
    }
    Ok(stored.zip(rehash))
}

/// Counts a wrong password given to `user verify` in its own write transaction, like
/// the application's login; a failure that locks the account is audited
/// (`user.lock`).
fn count_wrong_password(
    conn: &Conn,
    actor: &Actor,
    user: &db::users::User,
) -> Result<db::lockout::State> {
    let tx = db::begin_write(conn)?;
    let state = authz::count_failed_login(&tx, user.id)?;
    if let Some(until) = &state.locked_until {
        let details = json!({ "failed_logins": state.failed_logins, "locked_until": until });
        audit(&tx, actor, "user.lock", &user.username, &details)?;
    }
    tx.commit()?;
    Ok(state)
}

/// Replaces a verified password's outdated hash with `new_hash` (made outside the
/// lock with the current parameters), unless the password changed meanwhile.
pub fn rehash(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    old_hash: &str,
    new_hash: &str,
    params: HashParams,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::VerifyPassword { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    if db::users::password_hash(conn, user.id)?.as_deref() != Some(old_hash) {
        return Ok(unchanged(
            &user.username,
            format!("password verified for {}", user.username),
        ));
    }
    db::users::replace_hash(conn, user.id, new_hash)?;
    // The scheme it came from, never the hash.
    let from = password::check_hash(old_hash, true).map_or_else(|_| "unknown".into(), |i| i.scheme);
    let details = json!({ "rehashed": true, "from": from, "params": params });
    audit(conn, actor, "user.rehash", &user.username, &details)?;
    Ok(change(
        &user.username,
        Outcome::Updated,
        format!(
            "password verified for {}; its {from} hash was upgraded to argon2id (m={}, t={}, p={})",
            user.username, params.memory_kib, params.iterations, params.parallelism
        ),
        details,
    ))
}

// ---------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------

/// Revokes sessions by id, all or none: an unknown id refuses the lot (exit 3).
pub fn revoke_sessions(conn: &Conn, actor: &Actor, ids: &[i64]) -> Result<Vec<Change>> {
    let mut out = Vec::new();
    for &id in ids {
        let Some(session) = db::sessions::get(conn, id)? else {
            return refuse(
                Refusal::not_found(format!("no session {id}"))
                    .hint("`userctl session list --all` shows the session ids"),
            );
        };
        authz::authorize(
            conn,
            actor,
            Action::ManageSessions {
                target: Some(session.user_id),
            },
        )?;
        db::sessions::delete(conn, id)?;
        let details = json!({ "session": id, "user": session.username });
        audit(conn, actor, "session.revoke", &session.username, &details)?;
        if session.impersonator.is_some() {
            end_impersonations(conn, actor, std::slice::from_ref(&session))?;
        }
        out.push(change(
            &id.to_string(),
            Outcome::Deleted,
            format!("revoked session {id} of {}", session.username),
            details,
        ));
    }
    Ok(out)
}

/// Audits the end of the impersonation sessions among `sessions` (revoked now).
fn end_impersonations(
    conn: &Conn,
    actor: &Actor,
    sessions: &[db::sessions::Session],
) -> Result<()> {
    for s in sessions {
        let details = json!({
            "session": s.id,
            "impersonator": s.impersonator,
            "reason": s.impersonation_reason,
        });
        audit(
            conn,
            actor,
            "session.impersonation-end",
            &s.username,
            &details,
        )?;
    }
    Ok(())
}

/// What `session impersonate` asks for.
#[derive(Debug, Clone)]
pub struct Impersonation<'a> {
    pub target: i64,
    pub reason: &'a str,
    /// When the session ends (`--ttl`, a span or a date, already read).
    pub expires_at: &'a str,
}

/// Opens a session as another account for support (`session impersonate`): off
/// unless `impersonation.enabled`; needs `users.impersonate` and every permission of
/// the target (exit 6); never from an account that is itself impersonated now (exit
/// 6); the target must be an active, unexpired person account other than the actor,
/// and the session may last at most `impersonation.max_minutes` (exit 7). Writes the
/// session marked with the impersonator and the reason, audits it
/// (`session.impersonate`, never the token) and returns the token, to be shown once.
pub fn impersonate(
    conn: &Conn,
    actor: &Actor,
    ask: &Impersonation<'_>,
) -> Result<(Change, Zeroizing<String>)> {
    let Some(max_secs) = crate::settings::impersonation_max_secs(conn)? else {
        return refuse(
            Refusal::denied("impersonation is off (setting impersonation.enabled is false)").hint(
                "an operator turns it on with `userctl config set impersonation.enabled true`",
            ),
        );
    };
    authz::authorize(conn, actor, Action::Impersonate { target: ask.target })?;
    if let Some(me) = actor.account_id() {
        if db::sessions::is_impersonated_now(conn, me)? {
            return refuse(
                Refusal::denied(format!(
                    "'{}' is being impersonated now, so whoever acts as it may not impersonate \
                     in turn (impersonation is never nested)",
                    actor.audit_name().trim_start_matches("user:")
                ))
                .hint("end the impersonation first: `userctl session list --impersonated`"),
            );
        }
    }
    let user = db::users::get_by_id(conn, ask.target)?;
    let unsuitable = if actor.is(user.id) {
        Some("is the account acting".to_string())
    } else if user.kind == "service" {
        Some("is a service account (it has no interactive sessions)".to_string())
    } else if user.status != Status::Active {
        Some(format!("is {}", user.status))
    } else if db::users::is_expired(conn, user.id)? {
        Some("has expired".to_string())
    } else {
        None
    };
    if let Some(why) = unsuitable {
        return refuse(Refusal::invalid(format!(
            "cannot impersonate {}: it {why}",
            user.username
        )));
    }
    let reason = ask.reason.trim();
    if reason.is_empty() {
        return refuse(Refusal::usage(
            "--reason must say why (it is kept with the session and in the audit log)",
        ));
    }
    let secs = clock::seconds_until(ask.expires_at).unwrap_or(0);
    if secs <= 0 {
        return refuse(Refusal::invalid(format!(
            "--ttl ends at {}, which is not in the future",
            ask.expires_at
        )));
    }
    if secs > max_secs {
        return refuse(
            Refusal::invalid(format!(
                "--ttl of {} minute(s) is above impersonation.max_minutes ({})",
                (secs + 59) / 60,
                max_secs / 60
            ))
            .hint("ask for less, or raise the setting"),
        );
    }
    let token = tokens::new_token("sess")?;
    let impersonator = actor.audit_name();
    let id = db::sessions::insert_impersonation(
        conn,
        &db::sessions::NewImpersonation {
            user_id: user.id,
            token_hash: &tokens::sha256_hex(&token),
            expires_at: ask.expires_at,
            impersonator: &impersonator,
            reason,
        },
    )?;
    let details = json!({
        "session": id,
        "impersonator": impersonator,
        "reason": reason,
        "expires_at": ask.expires_at,
    });
    audit(conn, actor, "session.impersonate", &user.username, &details)?;
    Ok((
        change(
            &user.username,
            Outcome::Created,
            format!(
                "opened session {id} as {} until {} (impersonation by {impersonator})",
                user.username, ask.expires_at
            ),
            details,
        ),
        token,
    ))
}

/// Revokes every session of one account.
pub fn revoke_user_sessions(conn: &Conn, actor: &Actor, user_id: i64) -> Result<Change> {
    authz::authorize(
        conn,
        actor,
        Action::ManageSessions {
            target: Some(user_id),
        },
    )?;
    let user = db::users::get_by_id(conn, user_id)?;
    let impersonations = db::sessions::impersonations(conn, Some(user.id))?;
    let revoked = db::sessions::delete_for_user(conn, user.id)?;
    end_impersonations(conn, actor, &impersonations)?;
    if revoked == 0 {
        return Ok(unchanged(
            &user.username,
            format!("user {} has no sessions; nothing changed", user.username),
        ));
    }
    let details = json!({ "sessions_revoked": revoked });
    audit(conn, actor, "session.revoke", &user.username, &details)?;
    Ok(change(
        &user.username,
        Outcome::Deleted,
        format!("revoked {revoked} session(s) of {}", user.username),
        details,
    ))
}

/// Revokes every session of every account: everybody logs in again.
pub fn revoke_all_sessions(conn: &Conn, actor: &Actor) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageSessions { target: None })?;
    let impersonations = db::sessions::impersonations(conn, None)?;
    let revoked = db::sessions::delete_all(conn)?;
    end_impersonations(conn, actor, &impersonations)?;
    let target = "all sessions";
    if revoked == 0 {
        return Ok(unchanged(
            target,
            "there are no sessions; nothing changed".into(),
        ));
    }
    let details = json!({ "sessions_revoked": revoked });
    db::audit::append(
        conn,
        &actor.audit_name(),
        "session.revoke-all",
        None,
        &details,
    )?;
    Ok(change(
        target,
        Outcome::Deleted,
        format!("revoked all {revoked} session(s)"),
        details,
    ))
}

// ---------------------------------------------------------------------------
// API keys
// ---------------------------------------------------------------------------

/// The length of the stored, displayable start of a key.
pub const KEY_PREFIX_LEN: usize = 16;

/// A label as stored: trimmed, 1 to 100 characters.
pub fn normalize_label(input: &str) -> Result<String, Refusal> {
    let label = input.trim();
    if label.is_empty() || label.chars().count() > 100 {
        return Err(Refusal::invalid(
            "a key label must be 1 to 100 characters long",
        ));
    }
    Ok(label.to_string())
}

/// Creates an API key for an account. Returns the report and the full key, which
/// exists nowhere else: only its SHA-256 and its prefix are stored.
pub fn create_key(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    label: &str,
    expires_at: Option<&str>,
) -> Result<(Change, Zeroizing<String>)> {
    authz::authorize(conn, actor, Action::ManageKeys { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    if let Some(at) = expires_at.filter(|at| *at <= clock::now().as_str()) {
        return refuse(Refusal::invalid(format!(
            "the expiry {at} is in the past: the key would never work"
        )));
    }
    let key = tokens::new_token("uk")?;
    let prefix = key
        .get(..KEY_PREFIX_LEN)
        .unwrap_or(key.as_str())
        .to_string();
    let id = db::keys::insert(
        conn,
        user.id,
        &prefix,
        &tokens::sha256_hex(&key),
        label,
        &clock::now(),
    )?;
    if expires_at.is_some() {
        db::keys::set_expires(conn, id, expires_at)?;
    }
    let details = json!({ "id": id, "prefix": prefix, "label": label, "expires_at": expires_at });
    audit(conn, actor, "key.create", &user.username, &details)?;
    let until = expires_at.map_or_else(String::new, |e| format!(", expires {e}"));
    let report = change(
        &user.username,
        Outcome::Created,
        format!(
            "created API key {id} ({prefix}…) for {}{until}",
            user.username
        ),
        details,
    );
    Ok((report, key))
}

/// Revokes an API key (it stays listed, with its revocation time).
pub fn revoke_key(conn: &Conn, actor: &Actor, key_id: i64) -> Result<Change> {
    let Some(key) = db::keys::get(conn, key_id)? else {
        return refuse(
            Refusal::not_found(format!("no API key {key_id}"))
                .hint("`userctl key list` shows the key ids"),
        );
    };
    authz::authorize(
        conn,
        actor,
        Action::ManageKeys {
            target: key.user_id,
        },
    )?;
    if key.revoked_at.is_some() {
        return Ok(unchanged(
            &key_id.to_string(),
            format!("API key {key_id} is already revoked; nothing changed"),
        ));
    }
    db::keys::revoke(conn, key.id, &clock::now())?;
    let details = json!({ "id": key.id, "prefix": key.prefix, "label": key.label });
    audit(conn, actor, "key.revoke", &key.username, &details)?;
    Ok(change(
        &key_id.to_string(),
        Outcome::Updated,
        format!(
            "revoked API key {key_id} ({}…) of {}",
            key.prefix, key.username
        ),
        details,
    ))
}

/// Suspends an API key (`suspend: true`) or resumes it: a suspended key stops
/// working until resumed, without being revoked. A revoked key can be neither.
pub fn suspend_key(conn: &Conn, actor: &Actor, key_id: i64, suspend: bool) -> Result<Change> {
    let Some(key) = db::keys::get(conn, key_id)? else {
        return refuse(
            Refusal::not_found(format!("no API key {key_id}"))
                .hint("`userctl key list` shows the key ids"),
        );
    };
    authz::authorize(
        conn,
        actor,
        Action::ManageKeys {
            target: key.user_id,
        },
    )?;
    let (done, action) = if suspend {
        ("suspended", "key.suspend")
    } else {
        ("resumed", "key.resume")
    };
    if key.revoked_at.is_some() {
        return refuse(
            Refusal::conflict(format!("API key {key_id} is revoked and cannot be {done}")).hint(
                format!(
                    "create a new one: `userctl key create {} --label LABEL`",
                    key.username
                ),
            ),
        );
    }
    if key.suspended_at.is_some() == suspend {
        let already = if suspend {
            "suspended"
        } else {
            "not suspended"
        };
        return Ok(unchanged(
            &key_id.to_string(),
            format!("API key {key_id} is already {already}; nothing changed"),
        ));
    }
    let now = clock::now();
    db::keys::set_suspended(conn, key.id, suspend.then_some(now.as_str()))?;
    let details = json!({ "id": key.id, "prefix": key.prefix, "label": key.label });
    audit(conn, actor, action, &key.username, &details)?;
    Ok(change(
        &key_id.to_string(),
        Outcome::Updated,
        format!(
            "{done} API key {key_id} ({}…) of {}",
            key.prefix, key.username
        ),
        details,
    ))
}

// ---------------------------------------------------------------------------
// Invitations
// ---------------------------------------------------------------------------

/// Issues a new invitation token to an invited account and invalidates every earlier
/// one. Returns the report and the token, which exists nowhere else.
pub fn reinvite(conn: &Conn, actor: &Actor, user_id: i64) -> Result<(Change, Zeroizing<String>)> {
    reinvite_until(conn, actor, user_id, None)
}

/// A point in time an operator gave (`--expires`), refused (exit 7) unless ahead.
fn ensure_ahead(expires_at: &str) -> Result<()> {
    if clock::seconds_until(expires_at).unwrap_or(0) <= 0 {
        return refuse(Refusal::invalid(format!(
            "--expires {expires_at} is not in the future"
        )));
    }
    Ok(())
}

/// Issues a one-time password-reset link token (`user reset-link`): the account's
/// unused earlier tokens stop working; only the new token's SHA-256 is stored and it
/// is valid until `expires_at`. For active person accounts (exit 7 otherwise: an
/// invited account gets an invitation). Audited (`user.reset-link`), never the token.
pub fn issue_reset_link(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    expires_at: &str,
) -> Result<(Change, Zeroizing<String>)> {
    authz::authorize(conn, actor, Action::SetPassword { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    let unsuitable = if user.kind == "service" {
        Some("is a service account (it has no password)")
    } else if user.status == Status::Invited {
        Some("is invited: send it an invitation (`userctl user invite`)")
    } else if user.status != Status::Active {
        Some("is not active: activate it first")
    } else {
        None
    };
    if let Some(why) = unsuitable {
        return refuse(Refusal::invalid(format!(
            "no reset link for {}: it {why}",
            user.username
        )));
    }
    ensure_ahead(expires_at)?;
    let invalidated = db::resets::delete_unused(conn, user.id)?;
    let token = tokens::new_token("rst")?;
    db::resets::insert(conn, user.id, &tokens::sha256_hex(&token), expires_at)?;
    let details = json!({ "expires_at": expires_at, "invalidated": invalidated });
    audit(conn, actor, "user.reset-link", &user.username, &details)?;
    Ok((
        change(
            &user.username,
            Outcome::Created,
            format!(
                "issued a password-reset link for {} valid until {expires_at} ({invalidated} \
                 earlier link(s) no longer work)",
                user.username
            ),
            details,
        ),
        token,
    ))
}

/// [`reinvite`], valid until `expires_at` (`None`: the setting's lifetime).
pub fn reinvite_until(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    expires_at: Option<&str>,
) -> Result<(Change, Zeroizing<String>)> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    if user.status != Status::Invited || user.has_password {
        return refuse(
            Refusal::conflict(format!(
                "user {} is {} and has {}: only invited accounts get invitations",
                user.username,
                user.status,
                if user.has_password {
                    "a password"
                } else {
                    "no password"
                }
            ))
            .hint(format!(
                "set a password instead: `userctl user passwd {} --generate-password`",
                user.username
            )),
        );
    }
    if let Some(at) = expires_at {
        ensure_ahead(at)?;
    }
    let invalidated = db::users::delete_invitations(conn, user.id)?;
    let token = match expires_at {
        Some(at) => accounts::issue_invitation_until(conn, user.id, at)?,
        None => accounts::issue_invitation(conn, user.id)?,
    };
    let mut details = json!({ "invalidated": invalidated });
    if let Some(at) = expires_at {
        details["expires_at"] = json!(at);
    }
    audit(conn, actor, "user.invite", &user.username, &details)?;
    Ok((
        change(
            &user.username,
            Outcome::Updated,
            format!(
                "issued a new invitation for {} ({invalidated} earlier invitation(s) no longer work)",
                user.username
            ),
            details,
        ),
        token,
    ))
}

// ---------------------------------------------------------------------------
// Roles
// ---------------------------------------------------------------------------

pub(crate) fn check_name(
    input: &str,
    what: &str,
    min: usize,
    max: usize,
) -> Result<String, Refusal> {
    let name = input.trim().to_ascii_lowercase();
    let ok = (min..=max).contains(&name.len())
        && name.as_bytes()[0].is_ascii_alphanumeric()
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        });
    if ok {
        Ok(name)
    } else {
        Err(Refusal::invalid(format!(
            "invalid {what} '{}': use {min} to {max} of a-z, 0-9, '.', '_', '-', starting with a letter or digit",
            input.trim()
        )))
    }
}

/// A role name as stored.
pub fn normalize_role(input: &str) -> Result<String, Refusal> {
    check_name(input, "role name", 2, 50)
}

/// A permission name as stored, e.g. `reports.export`.
pub fn normalize_permission(input: &str) -> Result<String, Refusal> {
    check_name(input, "permission", 2, 100)
}

fn existing_role(conn: &Conn, name: &str) -> Result<db::roles::Role> {
    accounts::ensure_role(conn, name)?;
    match db::roles::find(conn, name)? {
        Some(role) => Ok(role),
        None => refuse(Refusal::not_found(format!("no role '{name}'"))),
    }
}

/// Creates a custom role with its permissions.
pub fn create_role(
    conn: &Conn,
    actor: &Actor,
    name: &str,
    permissions: &[String],
    description: &str,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageRoles)?;
    let permissions = &crate::access::known_permissions(conn, permissions)?;
    if db::roles::exists(conn, name)? {
        return refuse(
            Refusal::conflict(format!("role '{name}' already exists")).hint(format!(
                "change it with `userctl role grant {name} PERMISSION…`"
            )),
        );
    }
    authz::ensure_holds(conn, actor, permissions, "hand out")?;
    db::roles::insert(conn, name, description)?;
    for p in permissions {
        db::roles::grant(conn, name, p)?;
    }
    let details = json!({ "permissions": permissions, "description": description });
    audit(conn, actor, "role.create", name, &details)?;
    Ok(change(
        name,
        Outcome::Created,
        format!("created role {name} ({})", permissions.join(" ")),
        details,
    ))
}

/// Grants permissions to a role. An `--as` actor may hand out only what it holds,
/// to a role whose accounts stay within what it holds.
pub fn grant(conn: &Conn, actor: &Actor, role: &str, permissions: &[String]) -> Result<Change> {
    role_permissions(conn, actor, role, permissions, true)
}

/// Revokes permissions from a role. Guarded: taking `users.manage` from the role of
/// the last active admins is refused. An `--as` actor may take away only what it
/// holds, from a role whose accounts stay within what it holds.
pub fn revoke(conn: &Conn, actor: &Actor, role: &str, permissions: &[String]) -> Result<Change> {
    role_permissions(conn, actor, role, permissions, false)
}

/// `role grant` (`grant` true) and `role revoke`.
fn role_permissions(
    conn: &Conn,
    actor: &Actor,
    role: &str,
    permissions: &[String],
    grant: bool,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageRoles)?;
    existing_role(conn, role)?;
    let permissions = &crate::access::known_permissions(conn, permissions)?;
    let (verb, action, hand, nothing) = if grant {
        (
            "granted",
            "role.grant",
            "hand out",
            "already has these permissions",
        )
    } else {
        (
            "revoked",
            "role.revoke",
            "take away",
            "has none of these permissions",
        )
    };
    authz::ensure_holds(conn, actor, permissions, hand)?;
    let members = db::users::ids_with_role(conn, role)?;
    let changed = authz::changing_capabilities(conn, actor, &members, || {
        let mut changed = Vec::new();
        for p in permissions {
            let done = if grant {
                db::roles::grant(conn, role, p)?
            } else {
                db::roles::revoke(conn, role, p)?
            };
            if done {
                changed.push(p.as_str());
            }
        }
        Ok(changed)
    })?;
    if changed.is_empty() {
        return Ok(unchanged(
            role,
            format!("role {role} {nothing}; nothing changed"),
        ));
    }
    let details = json!({ verb: changed });
    audit(conn, actor, action, role, &details)?;
    let preposition = if grant { "to" } else { "from" };
    Ok(change(
        role,
        Outcome::Updated,
        format!("{verb} {} {preposition} role {role}", changed.join(" ")),
        details,
    ))
}

/// Deletes a custom role that no account holds.
pub fn delete_role(conn: &Conn, actor: &Actor, role: &str) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageRoles)?;
    let found = existing_role(conn, role)?;
    if found.builtin {
        return refuse(
            Refusal::guard(format!("role '{role}' is built in and cannot be deleted")).hint(
                format!("change its permissions with `userctl role revoke {role} PERMISSION…`"),
            ),
        );
    }
    if found.users > 0 {
        return refuse(
            Refusal::conflict(format!(
                "role '{role}' is held by {} account(s) and cannot be deleted",
                found.users
            ))
            .hint(format!(
                "move them first: `userctl user list --role {role}`, then `userctl user role USER ROLE`"
            )),
        );
    }
    db::roles::delete(conn, role)?;
    let details = json!({ "permissions": found.permissions, "description": found.description });
    audit(conn, actor, "role.delete", role, &details)?;
    Ok(change(
        role,
        Outcome::Deleted,
        format!("deleted role {role}"),
        details,
    ))
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use proptest::prelude::*;

    use super::*;
    use crate::authz::perm;
    use crate::db::users::NewUser;

    const PW: &str = "seven orange kites over the harbour";

    /// One real hash, made once (argon2 is deliberately slow).
    fn hash() -> &'static str {
        static HASH: OnceLock<String> = OnceLock::new();
        HASH.get_or_init(|| password::hash(PW, HashParams::default()).unwrap())
    }

    fn add(conn: &Conn, name: &str, role: &str) -> i64 {
        db::users::insert_for_test(conn, name, role, Some(hash()))
    }

    fn op() -> Actor {
        Actor::Operator {
            login: "tester".into(),
        }
    }

    fn audit_count(conn: &Conn) -> i64 {
        db::audit::rows_for_test(conn)
    }

    fn code(err: &anyhow::Error) -> u8 {
        crate::error::exit_code(err)
    }

    #[test]
    fn a_no_op_reports_unchanged_and_writes_no_audit_entry() {
        let conn = db::open_in_memory().unwrap();
        let id = add(&conn, "alice", "user");
        let before = audit_count(&conn);
        let same = Edit {
            email: Some(Some("alice@example.com".into())),
            ..Edit::default()
        };
        for result in [
            authz::write(&conn, false, |tx| activate(tx, &op(), id)).unwrap(),
            authz::write(&conn, false, |tx| set_role(tx, &op(), id, "user", None)).unwrap(),
            authz::write(&conn, false, |tx| reset_2fa(tx, &op(), id)).unwrap(),
            authz::write(&conn, false, |tx| edit(tx, &op(), id, &same)).unwrap(),
        ] {
            assert_eq!(result.result, Outcome::Unchanged, "{}", result.message);
        }
        assert_eq!(audit_count(&conn), before);
    }

    #[test]
    fn deactivate_keeps_the_reason_and_drops_the_sessions() {
        let conn = db::open_in_memory().unwrap();
        add(&conn, "root", "admin");
        let id = add(&conn, "alice", "user");
        db::sessions::insert(
            &conn,
            &db::sessions::NewSession {
                user_id: id,
                token_hash: "h1",
                created_at: "2026-01-01T00:00:00Z",
                last_seen_at: None,
                expires_at: "2999-01-01T00:00:00Z",
                ip: None,
                user_agent: None,
            },
        )
        .unwrap();
        let c = authz::write(&conn, false, |tx| {
            deactivate(tx, &op(), id, Some("left the company"))
        })
        .unwrap();
        assert_eq!(c.result, Outcome::Updated);
        let u = db::users::get_by_id(&conn, id).unwrap();
        assert_eq!(u.status, Status::Inactive);
        assert_eq!(u.status_reason.as_deref(), Some("left the company"));
        assert_eq!(db::sessions::count_for_user(&conn, id).unwrap(), 0);
        // Back to active clears the reason.
        authz::write(&conn, false, |tx| activate(tx, &op(), id)).unwrap();
        assert_eq!(db::users::get_by_id(&conn, id).unwrap().status_reason, None);
    }

    #[test]
    fn changing_your_own_password_needs_the_current_one() {
        let conn = db::open_in_memory().unwrap();
        let id = add(&conn, "alice", "user");
        let me = Actor::Account {
            id,
            username: "alice".into(),
        };
        let new_hash =
            password::hash("a completely new passphrase", HashParams::default()).unwrap();
        let attempt = |current: Option<&str>| {
            authz::write(&conn, false, |tx| {
                set_password(
                    tx,
                    &me,
                    id,
                    &NewPassword {
                        hash: &new_hash,
                        current,
                        keep_sessions: false,
                        must_change_password: false,
                        scheme: None,
                    },
                )
            })
        };
        assert_eq!(code(&attempt(None).unwrap_err()), 6);
        assert_eq!(
            code(&attempt(Some("not my password at all")).unwrap_err()),
            6
        );
        assert_eq!(
            db::users::password_hash(&conn, id).unwrap().as_deref(),
            Some(hash())
        );
        attempt(Some(PW)).unwrap();
        assert_eq!(
            db::users::password_hash(&conn, id).unwrap(),
            Some(new_hash.clone())
        );
    }

    #[test]
    fn an_invited_account_without_a_password_cannot_be_activated() {
        let conn = db::open_in_memory().unwrap();
        let id = db::users::insert(
            &conn,
            &NewUser {
                username: "invitee".into(),
                email: None,
                display_name: String::new(),
                role: "user".into(),
                status: Status::Invited,
                password_hash: None,
                must_change_password: false,
            },
        )
        .unwrap();
        let err = authz::write(&conn, false, |tx| activate(tx, &op(), id)).unwrap_err();
        assert_eq!(code(&err), 4);
    }

    #[test]
    fn verify_asks_for_a_rehash_only_when_the_stored_hash_is_weaker() {
        let conn = db::open_in_memory().unwrap();
        let id = add(&conn, "alice", "user");
        let now = HashParams::default();
        assert_eq!(verify_password(&conn, &op(), id, PW, now).unwrap(), None);
        let stronger = HashParams {
            iterations: 3,
            ..now
        };
        let (old, target) = verify_password(&conn, &op(), id, PW, stronger)
            .unwrap()
            .unwrap();
        assert_eq!(target, stronger);
        let new_hash = password::hash(PW, stronger).unwrap();
        let c = authz::write(&conn, false, |tx| {
            rehash(tx, &op(), id, &old, &new_hash, stronger)
        })
        .unwrap();
        assert_eq!(c.result, Outcome::Updated);
        assert_eq!(
            verify_password(&conn, &op(), id, PW, stronger).unwrap(),
            None
        );
        let details = db::audit::list(&conn, &db::audit::Filter::default()).unwrap();
        assert!(!details.iter().any(|e| e.details_text.contains(PW)));
    }

    /// One random step of the lifecycle.
    #[derive(Debug, Clone)]
    enum Step {
        Role(usize, usize),
        Deactivate(usize),
        Activate(usize),
        Delete(usize),
        RevokeManage(usize),
        GrantManage(usize),
        DeleteRole(usize),
        RevokeSessions(usize),
    }

    const USERS: [&str; 4] = ["ann", "ben", "cat", "dan"];
    const ROLES: [&str; 4] = ["admin", "boss", "moderator", "user"];

    fn step() -> impl Strategy<Value = (Option<usize>, Step)> {
        let u = 0..USERS.len();
        let r = 0..ROLES.len();
        let s = prop_oneof![
            (u.clone(), r.clone()).prop_map(|(u, r)| Step::Role(u, r)),
            u.clone().prop_map(Step::Deactivate),
            u.clone().prop_map(Step::Activate),
            u.clone().prop_map(Step::Delete),
            r.clone().prop_map(Step::RevokeManage),
            r.clone().prop_map(Step::GrantManage),
            r.prop_map(Step::DeleteRole),
            u.prop_map(Step::RevokeSessions),
        ];
        // The actor: the operator, or one of the accounts.
        (prop::option::of(0..USERS.len()), s)
    }

    fn state(conn: &Conn) -> String {
        format!(
            "{:?}{:?}",
            db::users::list(conn, &db::users::Filter::default()).unwrap(),
            db::roles::list(conn).unwrap()
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        #[test]
        fn no_sequence_of_steps_loses_the_last_admin_or_breaks_the_audit_chain(
            steps in prop::collection::vec(step(), 1..24)
        ) {
            let conn = db::open_in_memory().unwrap();
            db::roles::insert(&conn, "boss", "").unwrap();
            db::roles::grant(&conn, "boss", perm::USERS_MANAGE).unwrap();
            let ids: Vec<i64> = USERS
                .iter()
                .zip(["admin", "boss", "moderator", "user"])
                .map(|(name, role)| add(&conn, name, role))
                .collect();
            let manage = [perm::USERS_MANAGE.to_string()];
            for (who, step) in steps {
                let actor = match who {
                    None => op(),
                    Some(i) => Actor::Account { id: ids[i], username: USERS[i].into() },
                };
                let before = (state(&conn), audit_count(&conn));
                let result = authz::write(&conn, false, |tx| match &step {
                    Step::Role(u, r) => set_role(tx, &actor, ids[*u], ROLES[*r], None),
                    Step::Deactivate(u) => deactivate(tx, &actor, ids[*u], None),
                    Step::Activate(u) => activate(tx, &actor, ids[*u]),
                    Step::Delete(u) => delete(tx, &actor, ids[*u]),
                    Step::RevokeManage(r) => revoke(tx, &actor, ROLES[*r], &manage),
                    Step::GrantManage(r) => grant(tx, &actor, ROLES[*r], &manage),
                    Step::DeleteRole(r) => delete_role(tx, &actor, ROLES[*r]),
                    Step::RevokeSessions(u) => revoke_user_sessions(tx, &actor, ids[*u]),
                });
                match result {
                    Ok(c) if c.result == Outcome::Unchanged => {
                        prop_assert_eq!(&(state(&conn), audit_count(&conn)), &before);
                    }
                    Ok(_) => prop_assert_eq!(audit_count(&conn), before.1 + 1),
                    Err(err) => {
                        prop_assert!((3..=6).contains(&code(&err)), "{:#}", err);
                        prop_assert_eq!(&(state(&conn), audit_count(&conn)), &before, "{:?}", step);
                    }
                }
                prop_assert!(authz::active_managers(&conn).unwrap() >= 1, "{:?}", step);
                let chain = db::audit::verify(&conn).unwrap();
                prop_assert!(chain.first_bad.is_none(), "{:?}", chain.first_bad);
            }
        }
    }
}
