//! `userctl user edit|role|deactivate|activate|delete|passwd|reset-2fa|unlock|verify`.
//!
//! Each reads its arguments, calls [`crate::lifecycle`] inside one
//! [`authz::write`] transaction, and reports the change.

use anyhow::Result;

use crate::authz::{self, Action, Actor};
use crate::commands::targets::{run_all, run_each, Question, TargetArgs};
use crate::commands::user::{
    DeactivateArgs, EditArgs, PasswdArgs, RoleArgs, UserCommand, VerifyArgs,
};
use crate::commands::Ctx;
use crate::db::{self, Conn, Tx};
use crate::error::{refusal_of, refuse, Refusal};
use crate::lifecycle::{self, Edit, NewPassword};
use crate::output::{Change, Format, Outcome};
use crate::secret_input::Source;
use crate::{accounts, password, secret_input, settings};

pub fn run(ctx: &Ctx, cmd: &UserCommand) -> Result<()> {
    match cmd {
        UserCommand::Edit(args) => edit(ctx, args),
        UserCommand::Role(args) => role(ctx, args),
        UserCommand::Deactivate(args) => deactivate(ctx, args),
        UserCommand::Activate(args) => each(ctx, args, None, lifecycle::activate),
        UserCommand::Passwd(args) => passwd(ctx, args),
        UserCommand::Reset2fa(args) => each(ctx, args, None, lifecycle::reset_2fa),
        UserCommand::Unlock(args) => each(ctx, args, None, lifecycle::unlock),
        UserCommand::Verify(args) => verify(ctx, args),
        _ => Err(anyhow::anyhow!(
            "user add, list, show, invite and the access verbs are handled in commands::user"
        )),
    }
}

/// Runs one change through the write path and reports it; a refusal is also
/// reported as a `refused` object with `--format json`.
pub fn apply(
    ctx: &Ctx,
    conn: &Conn,
    target: &str,
    op: impl FnMut(&Tx<'_>) -> Result<Change>,
) -> Result<()> {
    match authz::write(conn, ctx.dry_run, op) {
        Ok(change) => report(ctx, change),
        Err(err) => Err(refused(ctx, target, err)),
    }
}

/// A destructive change: every check runs first (a rolled-back pass through the
/// write path, guard included) so nobody confirms what would be refused and a
/// missing target is "not found" (3) before anything is asked; then the
/// confirmation (without a terminal `--yes` is required, exit 2 at once;
/// declining exits 1 and changes nothing); then the change.
pub fn confirm_then_apply(
    ctx: &Ctx,
    conn: &Conn,
    target: &str,
    question: &str,
    op: impl Fn(&Tx<'_>) -> Result<Change>,
) -> Result<()> {
    if !ctx.dry_run {
        if !ctx.yes {
            authz::write(conn, true, &op).map_err(|e| refused(ctx, target, e))?;
        }
        ctx.confirm(question)?;
    }
    apply(ctx, conn, target, op)
}

/// Prints a change; a dry run marks the ones it kept from being written.
pub fn report(ctx: &Ctx, change: Change) -> Result<()> {
    report_with_secrets(ctx, change, &[])
}

/// Like [`report`], with the secrets shown once inside the change's result (see
/// [`crate::output::Ui::change_with_secrets`]).
pub fn report_with_secrets(ctx: &Ctx, mut change: Change, secrets: &[(&str, &str)]) -> Result<()> {
    change.dry_run = ctx.dry_run && change.result != Outcome::Unchanged;
    ctx.ui.change_with_secrets(&change, secrets)
}

/// With `--format json`, a refusal about `target` is one `refused` result object on
/// stdout too (the message and exit code stay as they are).
pub fn refused(ctx: &Ctx, target: &str, err: anyhow::Error) -> anyhow::Error {
    if ctx.ui.format == Format::Json {
        if let Some(refusal) = refusal_of(&err) {
            let _ = ctx.ui.change(&Change {
                target: target.to_string(),
                result: Outcome::Refused,
                message: refusal.message,
                details: serde_json::json!({ "exit_code": refusal.kind.exit_code() }),
                dry_run: false,
            });
        }
    }
    err
}

/// Runs `op` on every account the arguments select, in one guarded transaction.
pub fn each(
    ctx: &Ctx,
    args: &TargetArgs,
    question: Option<Question<'_>>,
    op: impl Fn(&Conn, &Actor, i64) -> Result<Change>,
) -> Result<()> {
    let selection = args.selection()?;
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    run_each(
        ctx,
        &conn,
        &actor,
        &selection,
        args.select.max,
        question,
        |tx, t| op(tx, &actor, t.id),
    )
}

fn edit(ctx: &Ctx, args: &EditArgs) -> Result<()> {
    let one = args.targets.users.len() == 1;
    if !one && (args.new_username.is_some() || args.email.is_some()) {
        return refuse(
            Refusal::usage("--username and --email change one account: name exactly one USER")
                .hint("the other flags (--name, --must-change-password, --managed-by) take many"),
        );
    }
    let edit = Edit {
        username: args
            .new_username
            .as_deref()
            .map(accounts::normalize_username)
            .transpose()?,
        email: match args.email.as_deref().map(str::trim) {
            None => None,
            Some("") => Some(None),
            Some(e) => Some(Some(accounts::normalize_email(e)?)),
        },
        display_name: args
            .name
            .as_deref()
            .map(accounts::normalize_display_name)
            .transpose()?,
        must_change_password: args.must_change_password,
        managed_by: args
            .set_managed_by
            .as_deref()
            .map(lifecycle::normalize_source)
            .transpose()?,
    };
    let expires = args
        .expires
        .as_deref()
        .map(crate::access::parse_expires)
        .transpose()?;
    each(ctx, &args.targets, None, |tx, actor, id| {
        let mut changes = vec![lifecycle::edit(tx, actor, id, &edit)?];
        if let Some(expires) = &expires {
            changes.push(crate::access::set_expires(
                tx,
                actor,
                id,
                expires.as_deref(),
            )?);
        }
        if let Some(service) = args.service {
            changes.push(crate::access::set_service(tx, actor, id, service)?);
        }
        Ok(crate::access::merge_changes(changes))
    })
}

fn role(ctx: &Ctx, args: &RoleArgs) -> Result<()> {
    let selection = args.select.selection(&args.users, "USER… ROLE")?;
    let role = &args.new_role.trim().to_ascii_lowercase();
    let ends = args.until.ends()?;
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    run_each(
        ctx,
        &conn,
        &actor,
        &selection,
        args.select.max,
        None,
        |tx, t| lifecycle::set_role(tx, &actor, t.id, role, ends),
    )
}

fn deactivate(ctx: &Ctx, args: &DeactivateArgs) -> Result<()> {
    let reason = args
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let selection = args.targets.selection()?;
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    run_all(
        ctx,
        &conn,
        &actor,
        &selection,
        args.targets.select.max,
        None,
        |tx, targets, culprit| lifecycle::deactivate_all(tx, &actor, targets, reason, culprit),
    )
}

fn passwd(ctx: &Ctx, args: &PasswdArgs) -> Result<()> {
    let conn = ctx.open()?;
    // Authenticated here rather than by `ctx.actor`: acting as yourself, the
    // password you authenticate with is the current password the change needs.
    let (actor, actor_password) = match &ctx.as_user {
        None => (crate::commands::operator(), None),
        Some(name) => {
            let pw = secret_input::actor_password(name, ctx.ui.interactive)?;
            (
                authz::authenticate(&conn, name, &pw, &crate::commands::operator())?,
                Some(pw),
            )
        }
    };
    let user = db::users::get(&conn, &args.user).map_err(|e| refused(ctx, &args.user, e))?;
    authz::authorize(&conn, &actor, Action::SetPassword { target: user.id })?;

    if let Some(source) = args.hash_source() {
        return set_foreign_hash(
            ctx,
            &conn,
            &actor,
            actor_password.as_deref().map(String::as_str),
            &user,
            args,
            &source,
        );
    }
    if args.allow_weak_hashes {
        return Err(refused(
            ctx,
            &user.username,
            Refusal::usage("--allow-weak-hashes goes with --hash-stdin or --hash-file").into(),
        ));
    }
    let policy = settings::password_policy(&conn)?;
    let context = lifecycle::password_context(&user);
    let new = secret_input::new_password_checked(
        &args.password.source(),
        ctx.ui.interactive,
        &user.username,
        |pw| Ok(password::check_policy(pw, &policy, &context)?),
    )?;
    let hash = password::hash(&new.value, settings::hash_params(&conn)?)?;
    let current = actor_password.filter(|_| actor.is(user.id));
    let change = NewPassword {
        hash: &hash,
        current: current.as_deref().map(String::as_str),
        keep_sessions: args.keep_sessions,
        must_change_password: args.must_change_password,
        scheme: None,
    };
    let secrets: &[(&str, &str)] = if new.generated && !ctx.dry_run {
        &[("generated_password", &new.value)]
    } else {
        &[]
    };
    match authz::write(&conn, ctx.dry_run, |tx| {
        lifecycle::set_password(tx, &actor, user.id, &change)
    }) {
        Ok(change) => report_with_secrets(ctx, change, secrets),
        Err(err) => Err(refused(ctx, &user.username, err)),
    }
}

/// `user passwd --hash-stdin|--hash-file`: a hash from another system, checked like
/// an imported one (format, bounds, the weak rule), set like a new password.
fn set_foreign_hash(
    ctx: &Ctx,
    conn: &Conn,
    actor: &Actor,
    actor_password: Option<&str>,
    user: &db::users::User,
    args: &PasswdArgs,
    source: &Source,
) -> Result<()> {
    let hash = secret_input::password_hash(source)?;
    let info = password::check_hash(&hash, args.allow_weak_hashes).map_err(|why| {
        let refusal = Refusal::invalid(format!("invalid password hash: {why}"));
        let refusal = if why.contains("--allow-weak-hashes") {
            refusal
        } else {
            refusal.hint(
                "see docs/operator-guide.md, \"Passwords\", for the formats and bounds accepted",
            )
        };
        refused(ctx, &user.username, refusal.into())
    })?;
    let current = actor_password.filter(|_| actor.is(user.id));
    let change = NewPassword {
        hash: &hash,
        current,
        keep_sessions: args.keep_sessions,
        must_change_password: args.must_change_password || info.weak,
        scheme: Some(&info.scheme),
    };
    apply(ctx, conn, &user.username, |tx| {
        lifecycle::set_password(tx, actor, user.id, &change)
    })
}

fn verify(ctx: &Ctx, args: &VerifyArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    // An account that does not exist may not log in either: exit 6 like a wrong
    // password (the contract's "not right or may not log in"), so a script checking
    // a login gets one answer for every "no".
    let Some(user) = db::users::find(&conn, &args.user)? else {
        authz::authorize(&conn, &actor, Action::ListUsers)?;
        crate::clock::pause(authz::FAILED_LOGIN_DELAY);
        return Err(refused(
            ctx,
            &args.user,
            Refusal::denied(format!(
                "no user '{}': nobody may log in with that name",
                args.user.trim()
            ))
            .hint("`userctl user list --search TEXT` finds users by name or email")
            .into(),
        ));
    };
    authz::authorize(&conn, &actor, Action::VerifyPassword { target: user.id })?;
    let pw = secret_input::existing_password(
        &args.password.source(),
        ctx.ui.interactive,
        &format!("Password of {}", user.username),
    )?;
    // Settings out of bounds never stop a verification: it only does not rehash.
    let argon2 = settings::argon2_settings(&conn)?;
    for why in &argon2.out_of_bounds {
        ctx.ui.warn(&format!(
            "{why}; the password's hash is not upgraded meanwhile"
        ));
    }
    let outdated = lifecycle::verify_password(&conn, &actor, user.id, &pw, argon2.params)
        .map_err(|e| refused(ctx, &user.username, e))?
        .filter(|_| argon2.out_of_bounds.is_empty());
    let Some((old_hash, target)) = outdated else {
        return report(
            ctx,
            Change {
                target: user.username.clone(),
                result: Outcome::Unchanged,
                message: format!("password verified for {}", user.username),
                details: serde_json::Value::Null,
                dry_run: false,
            },
        );
    };
    // Hashed before the write lock is taken, like every new hash.
    let new_hash = password::hash(&pw, target)?;
    apply(ctx, &conn, &user.username, |tx| {
        lifecycle::rehash(tx, &actor, user.id, &old_hash, &new_hash, target)
    })
}
