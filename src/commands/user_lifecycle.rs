//! `userctl user edit|role|deactivate|activate|delete|passwd|reset-2fa|verify`.
//!
//! Each reads its arguments, calls [`crate::lifecycle`] inside one
//! [`authz::write`] transaction, and reports the change.

use anyhow::Result;
use rusqlite::{Connection, Transaction};

use crate::authz::{self, Action, Actor};
use crate::commands::user::{
    DeactivateArgs, EditArgs, PasswdArgs, RoleArgs, TargetArgs, UserCommand, VerifyArgs,
};
use crate::commands::Ctx;
use crate::db;
use crate::error::refusal_of;
use crate::lifecycle::{self, Edit, NewPassword};
use crate::output::{Change, Format, Outcome};
use crate::{accounts, password, secret_input, settings};

pub fn run(ctx: &Ctx, cmd: &UserCommand) -> Result<()> {
    match cmd {
        UserCommand::Edit(args) => edit(ctx, args),
        UserCommand::Role(args) => role(ctx, args),
        UserCommand::Deactivate(args) => deactivate(ctx, args),
        UserCommand::Activate(args) => simple(ctx, args, lifecycle::activate),
        UserCommand::Delete(args) => delete(ctx, args),
        UserCommand::Passwd(args) => passwd(ctx, args),
        UserCommand::Reset2fa(args) => simple(ctx, args, lifecycle::reset_2fa),
        UserCommand::Verify(args) => verify(ctx, args),
        _ => Err(anyhow::anyhow!(
            "user add, list, show and the access verbs are handled in commands::user"
        )),
    }
}

/// Runs one change through the write path and reports it; a refusal is also
/// reported as a `refused` object with `--format json`.
pub fn apply(
    ctx: &Ctx,
    conn: &Connection,
    target: &str,
    op: impl FnOnce(&Transaction<'_>) -> Result<Change>,
) -> Result<()> {
    match authz::write(conn, ctx.dry_run, op) {
        Ok(change) => report(ctx, change),
        Err(err) => Err(refused(ctx, target, err)),
    }
}

/// A destructive change: on a terminal, every check runs first (a rolled-back
/// pass through the write path, guard included) so nobody confirms what would be
/// refused; then the confirmation (without a terminal `--yes` is required, exit 2
/// at once); then the change.
pub fn confirm_then_apply(
    ctx: &Ctx,
    conn: &Connection,
    target: &str,
    question: &str,
    op: impl Fn(&Transaction<'_>) -> Result<Change>,
) -> Result<()> {
    if !ctx.dry_run {
        if ctx.ui.interactive && !ctx.yes {
            authz::write(conn, true, &op).map_err(|e| refused(ctx, target, e))?;
        }
        if !ctx.confirm(question)? {
            ctx.ui.status("nothing changed");
            return Ok(());
        }
    }
    apply(ctx, conn, target, op)
}

/// Prints a change; a dry run marks the ones it kept from being written.
pub fn report(ctx: &Ctx, mut change: Change) -> Result<()> {
    change.dry_run = ctx.dry_run && change.result != Outcome::Unchanged;
    ctx.ui.change(&change)
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

/// Opens the database, authenticates the actor and finds the target user.
fn begin(ctx: &Ctx, user: &str) -> Result<(Connection, Actor, db::users::User)> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let user = db::users::get(&conn, user).map_err(|e| refused(ctx, user, e))?;
    Ok((conn, actor, user))
}

fn simple(
    ctx: &Ctx,
    args: &TargetArgs,
    op: fn(&Connection, &Actor, i64) -> Result<Change>,
) -> Result<()> {
    let (conn, actor, user) = begin(ctx, &args.user)?;
    apply(ctx, &conn, &user.username, |tx| op(tx, &actor, user.id))
}

fn edit(ctx: &Ctx, args: &EditArgs) -> Result<()> {
    let (conn, actor, user) = begin(ctx, &args.user)?;
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
    };
    let expires = args
        .expires
        .as_deref()
        .map(crate::access::parse_expires)
        .transpose()?;
    if expires.is_none() && args.service.is_none() {
        return apply(ctx, &conn, &user.username, |tx| {
            lifecycle::edit(tx, &actor, user.id, &edit)
        });
    }
    crate::commands::group::apply_many(ctx, &conn, &user.username, |tx| {
        let mut changes = vec![lifecycle::edit(tx, &actor, user.id, &edit)?];
        if let Some(expires) = &expires {
            changes.push(crate::access::set_expires(
                tx,
                &actor,
                user.id,
                expires.as_deref(),
            )?);
        }
        if let Some(service) = args.service {
            changes.push(crate::access::set_service(tx, &actor, user.id, service)?);
        }
        Ok(crate::access::only_changes(changes))
    })
}

fn role(ctx: &Ctx, args: &RoleArgs) -> Result<()> {
    let (conn, actor, user) = begin(ctx, &args.user)?;
    let role = &args.role.trim().to_ascii_lowercase();
    apply(ctx, &conn, &user.username, |tx| {
        lifecycle::set_role(tx, &actor, user.id, role)
    })
}

fn deactivate(ctx: &Ctx, args: &DeactivateArgs) -> Result<()> {
    let (conn, actor, user) = begin(ctx, &args.user)?;
    let reason = args
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    apply(ctx, &conn, &user.username, |tx| {
        lifecycle::deactivate(tx, &actor, user.id, reason)
    })
}

fn delete(ctx: &Ctx, args: &TargetArgs) -> Result<()> {
    let (conn, actor, user) = begin(ctx, &args.user)?;
    confirm_then_apply(
        ctx,
        &conn,
        &user.username,
        &format!(
            "Delete user {} permanently, with their sessions and API keys",
            user.username
        ),
        |tx| lifecycle::delete(tx, &actor, user.id),
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
            (authz::authenticate(&conn, name, &pw)?, Some(pw))
        }
    };
    let user = db::users::get(&conn, &args.user).map_err(|e| refused(ctx, &args.user, e))?;
    authz::authorize(&conn, &actor, Action::SetPassword { target: user.id })?;

    let new =
        secret_input::new_password(&args.password.source(), ctx.ui.interactive, &user.username)?;
    password::check_policy(
        &new.value,
        &settings::password_policy(&conn)?,
        &lifecycle::password_context(&user),
    )?;
    let hash = password::hash(&new.value, settings::hash_params(&conn)?)?;
    let current = actor_password.filter(|_| actor.is(user.id));
    let change = NewPassword {
        hash: &hash,
        current: current.as_deref().map(String::as_str),
        keep_sessions: args.keep_sessions,
        must_change_password: args.must_change_password,
    };
    apply(ctx, &conn, &user.username, |tx| {
        lifecycle::set_password(tx, &actor, user.id, &change)
    })?;
    if new.generated && !ctx.dry_run {
        ctx.ui.secret("generated password", &new.value)?;
    }
    Ok(())
}

fn verify(ctx: &Ctx, args: &VerifyArgs) -> Result<()> {
    let (conn, actor, user) = begin(ctx, &args.user)?;
    authz::authorize(&conn, &actor, Action::VerifyPassword { target: user.id })?;
    let pw = secret_input::existing_password(
        &args.password.source(),
        ctx.ui.interactive,
        &format!("Password of {}", user.username),
    )?;
    let params = settings::hash_params(&conn)?;
    let outdated = lifecycle::verify_password(&conn, &actor, user.id, &pw, params)
        .map_err(|e| refused(ctx, &user.username, e))?;
    let Some(old_hash) = outdated else {
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
    let new_hash = password::hash(&pw, params)?;
    apply(ctx, &conn, &user.username, |tx| {
        lifecycle::rehash(tx, &actor, user.id, &old_hash, &new_hash, params)
    })
}
