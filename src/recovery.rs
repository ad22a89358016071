//! Break-glass recovery: make the database have an active admin who can log in,
//! with nothing but write access to the file. The local operator is the actor;
//! every step is audited (`recover.*`) in one `authz::write` transaction.

use anyhow::Result;
use serde_json::json;

use crate::accounts::{self, NewAccount};
use crate::authz::{self, perm, Actor};
use crate::db::{self, users::NewUser, users::Status, users::User, Conn};
use crate::error::{refuse, Refusal};

/// The role a recovered or created account gets when its own cannot manage users.
pub const ADMIN_ROLE: &str = "admin";

/// The accounts whose role holds `users.manage`, in any state, oldest first.
pub fn admins(conn: &Conn) -> Result<Vec<User>> {
    db::recovery::holders_of(conn, perm::USERS_MANAGE)?
        .into_iter()
        .map(|id| db::users::get_by_id(conn, id))
        .collect()
}

/// What to do; passwords arrive already hashed (hashing happens before the lock).
#[derive(Debug, Clone)]
pub enum Plan {
    /// Reset an account: new password (must change at next login), active, no 2FA,
    /// no sessions, and an admin role if its role cannot manage users.
    Reset { user: String, hash: String },
    /// [`Plan::Reset`] without a new password: the account keeps its password and gets
    /// a one-time password-reset link valid until `expires_at` (`recover --link`).
    ResetLink { user: String, expires_at: String },
    /// Make an existing account an active admin, setting a new password (must
    /// change at next login) when one is given. One is needed when the account has
    /// none: an admin nobody can log in as repairs nothing.
    Promote { user: String, hash: Option<String> },
    /// Create a new active admin.
    Create { user: NewUser },
}

/// What was done, for the report.
#[derive(Debug, Clone)]
pub struct Done {
    pub user: User,
    pub action: &'static str,
    /// Human sentences, one per step.
    pub steps: Vec<String>,
    /// False when there was nothing to do (nothing written, nothing audited).
    pub changed: bool,
    /// The reset link's token of `recover --link`, to be shown once.
    pub reset_token: Option<zeroize::Zeroizing<String>>,
}

/// Carries out the plan in one write transaction (rolled back with `dry_run`).
pub fn apply(conn: &Conn, actor: &Actor, plan: &Plan, dry_run: bool) -> Result<Done> {
    // Recovery runs even on a broken audit chain, and records that it found one.
    authz::write_despite_broken_chain(conn, dry_run, |tx, broken_chain| {
        let mut reset_token = None;
        let (user, action, mut steps) = match plan {
            Plan::Reset { user, .. } | Plan::ResetLink { user, .. } => {
                let u = db::users::get(tx, user)?;
                ensure_person(&u)?;
                let mut steps: Vec<String> = Vec::new();
                match plan {
                    Plan::Reset { hash, .. } => {
                        db::users::set_password_hash(tx, u.id, hash, true)?;
                        steps.push("set a new password (must be changed at next login)".into());
                    }
                    Plan::ResetLink { expires_at, .. } => {
                        db::resets::delete_unused(tx, u.id)?;
                        let token = crate::tokens::new_token("rst")?;
                        db::resets::insert(
                            tx,
                            u.id,
                            &crate::tokens::sha256_hex(&token),
                            expires_at,
                        )?;
                        reset_token = Some(token);
                        steps.push(format!(
                            "issued a one-time password-reset link valid until {expires_at} (its \
                             password is unchanged)"
                        ));
                    }
                    _ => {}
                }
                if u.status != Status::Active {
                    db::users::set_status(tx, u.id, Status::Active, None)?;
                    steps.push(format!("reactivated it (was {})", u.status));
                }
                if u.two_factor {
                    db::users::clear_totp(tx, u.id)?;
                    steps.push("cleared its second factor".into());
                }
                let revoked = db::sessions::delete_for_user(tx, u.id)?;
                if revoked > 0 {
                    steps.push(format!("revoked {revoked} session(s)"));
                }
                steps.extend(clear_lock(tx, &u)?);
                steps.extend(clear_past_expiry(tx, &u)?);
                steps.extend(ensure_admin_role(tx, &u)?);
                steps.extend(restart_two_factor_grace(tx, &u, true)?);
                (u, "recover.reset", steps)
            }
            Plan::Promote { user, hash } => {
                let u = db::users::get(tx, user)?;
                ensure_person(&u)?;
                let mut steps = Vec::new();
                match hash {
                    Some(hash) => {
                        db::users::set_password_hash(tx, u.id, hash, true)?;
                        steps.push("set a new password (must be changed at next login)".into());
                    }
                    None if !u.has_password => return refuse(no_password_to_promote(&u.username)),
                    None => {}
                }
                steps.extend(ensure_admin_role(tx, &u)?);
                if u.status != Status::Active {
                    db::users::set_status(tx, u.id, Status::Active, None)?;
                    steps.push(format!("activated it (was {})", u.status));
                }
                steps.extend(clear_lock(tx, &u)?);
                steps.extend(clear_past_expiry(tx, &u)?);
                steps.extend(restart_two_factor_grace(tx, &u, false)?);
                if steps.is_empty() {
                    return Ok(Done {
                        user: u,
                        action: "recover.promote",
                        steps: vec!["it is already an active admin; nothing changed".into()],
                        changed: false,
                        reset_token: None,
                    });
                }
                (u, "recover.promote", steps)
            }
            Plan::Create { user } => {
                let mut steps = restore_admin_role(tx)?;
                let created = accounts::create(
                    tx,
                    actor,
                    &NewAccount {
                        user: user.clone(),
                        invite: false,
                    },
                )?;
                steps.push(format!(
                    "created it (role {}, must change password at next login)",
                    created.user.role
                ));
                (created.user, "recover.create", steps)
            }
        };
        let mut details = json!({ "steps": steps });
        if let Some(why) = broken_chain {
            details["audit_chain_broken"] = json!(why);
            steps.push(format!(
                "found the audit chain broken ({why}); run `userctl audit verify`"
            ));
        }
        db::audit::append(
            tx,
            &actor.audit_name(),
            action,
            Some(&user.username),
            &details,
        )?;
        Ok(Done {
            user: db::users::get_by_id(tx, user.id)?,
            action,
            steps,
            changed: true,
            reset_token,
        })
    })
}

/// Under the 2FA policy, a recovered admin without a second factor gets its grace
/// period again from now, so it can log in and set one up (`always`: after `recover`
/// cleared its second factor; otherwise only when it was past the grace period).
fn restart_two_factor_grace(tx: &Conn, u: &User, always: bool) -> Result<Vec<String>> {
    let overdue = db::second_factor::is_overdue(tx, u.id)?;
    if !(always || overdue) || !db::second_factor::restart_grace(tx, u.id)? {
        return Ok(Vec::new());
    }
    let days = crate::settings::two_factor(tx)?.grace_secs / 86_400;
    Ok(vec![if days == 0 {
        "2fa.required applies to it and 2fa.grace_days is 0: it cannot log in without a \
         second factor (`userctl config set 2fa.grace_days 1` gives it a day)"
            .to_string()
    } else {
        format!("started its 2FA grace period again: {days} day(s) to set up a second factor")
    }])
}

/// The refusal to promote an account without a password and without a source for one.
/// Ends a lock after failed logins (and resets the count): a recovered admin can log
/// in at once.
fn clear_lock(tx: &Conn, u: &User) -> Result<Vec<String>> {
    Ok(crate::lifecycle::clear_lock(tx, u)?
        .map(|cleared| crate::lifecycle::lock_cleared(&cleared))
        .into_iter()
        .collect())
}

pub fn no_password_to_promote(username: &str) -> Refusal {
    Refusal::usage(format!(
        "user {username} has no password: promoted, it would be an admin nobody can log in as"
    ))
    .hint(format!(
        "give it one: `userctl recover --promote {username} --generate-password` \
         (or --password-stdin / --password-file FILE)"
    ))
}

/// Refuses (exit 4) to recover through a service account: it has no password and
/// no interactive login, so an admin made of it ends no lockout.
pub fn ensure_person(u: &User) -> Result<(), Refusal> {
    if u.kind == "person" {
        return Ok(());
    }
    Err(Refusal::conflict(format!(
        "user {} is a service account (API keys only, no interactive login): as an admin it \
         would end no lockout; nothing was changed",
        u.username
    ))
    .hint(
        "recover through a person's account (`userctl recover` lists the admins), or create \
         a new admin: `userctl recover --create USERNAME --email EMAIL`",
    ))
}

/// Clears an expiry that has passed: an expired account cannot log in. (A future
/// expiry stays; it is the account's own business.)
fn clear_past_expiry(conn: &Conn, u: &User) -> Result<Vec<String>> {
    if !db::users::is_expired(conn, u.id)? {
        return Ok(Vec::new());
    }
    db::users::set_expires(conn, u.id, None)?;
    Ok(vec![format!(
        "cleared its expiry (it had expired: {})",
        u.expires_at.as_deref().unwrap_or("unreadable date")
    )])
}

/// Gives the account the admin role unless its role already manages users, and lifts
/// its own denial of `users.manage`.
fn ensure_admin_role(conn: &Conn, u: &User) -> Result<Vec<String>> {
    // A per-account denial would take users.manage away again, whatever the role.
    let mut steps = Vec::new();
    if db::access::remove_denial(conn, u.id, perm::USERS_MANAGE)? {
        steps.push(format!("lifted its denial of {}", perm::USERS_MANAGE));
    }
    if db::roles::permissions(conn, &u.role)?
        .iter()
        .any(|p| p == perm::USERS_MANAGE)
    {
        return Ok(steps);
    }
    steps.extend(restore_admin_role(conn)?);
    db::users::set_role(conn, u.id, ADMIN_ROLE)?;
    if u.role != ADMIN_ROLE {
        steps.push(format!("gave it the {ADMIN_ROLE} role (was {})", u.role));
    }
    Ok(steps)
}

/// Puts back the built-in admin role and its permissions (all of them) if someone
/// removed them from the database: a lockout no account change alone repairs.
fn restore_admin_role(conn: &Conn) -> Result<Vec<String>> {
    let mut steps = Vec::new();
    if !db::roles::exists(conn, ADMIN_ROLE)? {
        db::roles::insert(conn, ADMIN_ROLE, "Full access")?;
        steps.push(format!("recreated the missing {ADMIN_ROLE} role"));
    }
    let mut granted = Vec::new();
    for p in perm::ALL {
        if db::roles::grant(conn, ADMIN_ROLE, p)? {
            granted.push(*p);
        }
    }
    if !granted.is_empty() {
        steps.push(format!(
            "restored the {ADMIN_ROLE} role's permissions ({})",
            granted.join(", ")
        ));
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promote_restores_an_admin_role_stripped_of_its_permissions() {
        let conn = db::open_in_memory().unwrap();
        db::roles::strip_for_test(&conn, "admin");
        db::users::insert(
            &conn,
            &NewUser {
                username: "root".into(),
                email: None,
                display_name: String::new(),
                role: "admin".into(),
                status: Status::Active,
                password_hash: Some(crate::authz::tests::TEST_HASH.into()),
                must_change_password: false,
            },
        )
        .unwrap();
        assert_eq!(authz::active_managers(&conn).unwrap(), 0);
        let op = Actor::Operator { login: "t".into() };
        let plan = Plan::Promote {
            user: "root".into(),
            hash: Some(crate::authz::tests::TEST_HASH.into()),
        };
        let done = apply(&conn, &op, &plan, false).unwrap();
        assert!(done.changed);
        assert_eq!(authz::active_managers(&conn).unwrap(), 1);
        assert_eq!(
            db::roles::permissions(&conn, "admin").unwrap().len(),
            perm::ALL.len()
        );
    }

    #[test]
    fn reset_repairs_a_demoted_deactivated_admin() {
        let conn = db::open_in_memory().unwrap();
        let id = db::users::insert(
            &conn,
            &NewUser {
                username: "root".into(),
                email: None,
                display_name: String::new(),
                role: "user".into(),
                status: Status::Inactive,
                password_hash: None,
                must_change_password: false,
            },
        )
        .unwrap();
        assert_eq!(authz::active_managers(&conn).unwrap(), 0);
        let op = Actor::Operator { login: "t".into() };
        let plan = Plan::Reset {
            user: "root".into(),
            hash: crate::authz::tests::TEST_HASH.into(),
        };
        let done = apply(&conn, &op, &plan, false).unwrap();
        assert_eq!(done.user.id, id);
        assert_eq!(authz::active_managers(&conn).unwrap(), 1);
        assert!(
            db::users::get_by_id(&conn, id)
                .unwrap()
                .must_change_password
        );
    }
}
