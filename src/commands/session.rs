//! `userctl session list|revoke|impersonate`: login sessions. Revoking deletes the row, so the
//! application's next request with that token finds nothing.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::authz::{self, Action};
use crate::commands::targets::{run_each, SelectArgs};
use crate::commands::user_lifecycle::{confirm_then_apply, report};
use crate::commands::Ctx;
use crate::db::{self, sessions::Session, users::Sort};
use crate::error::{refuse, Refusal};
use crate::lifecycle;
use crate::output::{opt, Record};
use crate::targets::Target;

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run
pub enum SessionCommand {
    /// List login sessions (unexpired ones unless --all)
    #[command(after_long_help = "Examples:
  userctl session list
  userctl session list --user bob --all")]
    List(ListArgs),
    /// Revoke sessions by id, all of one user's (--user), or all (--all)
    #[command(after_long_help = "Examples:
  userctl session revoke 17 18
  userctl session revoke --user bob
  # Everybody logs in again
  userctl --yes session revoke --all")]
    Revoke(RevokeArgs),
    /// Open a short session as another account, for support: its token is printed once;
    /// the session is marked with who opened it and why, and audited at start and at
    /// revoke (needs the setting impersonation.enabled and the permission
    /// users.impersonate)
    #[command(after_long_help = "Examples:
  userctl session impersonate bob --reason \"ticket 4711: invoice page blank\"
  # At most impersonation.max_minutes; end it early with `session revoke ID`
  userctl session impersonate bob --reason \"ticket 4711\" --ttl 30m")]
    Impersonate(ImpersonateArgs),
}

#[derive(Debug, Args)]
pub struct ImpersonateArgs {
    /// The account to act as (username or email): active, unexpired, a person
    #[arg(value_name = "USER")]
    pub user: String,
    /// Why (kept with the session and in the audit log)
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// How long the session lasts: a span (15m, 1h) or an end date or timestamp; at most
    /// impersonation.max_minutes
    #[arg(long, value_name = "DURATION|DATE", default_value = "15m", value_parser = crate::cli::parse_until)]
    pub ttl: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this user's sessions (username or email)
    #[arg(long)]
    pub user: Option<String>,
    /// Include expired sessions
    #[arg(long)]
    pub all: bool,
    /// Only sessions opened by `session impersonate`
    #[arg(long)]
    pub impersonated: bool,
}

#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// Session ids (from `session list`)
    #[arg(value_name = "ID")]
    pub ids: Vec<i64>,
    /// Revoke every session of these users (usernames or emails; asks for confirmation)
    #[arg(long, value_name = "USER", num_args = 1..)]
    pub user: Vec<String>,
    /// Revoke every session of every user: everybody logs in again (asks for confirmation)
    #[arg(long, conflicts_with_all = ["ids", "user"])]
    pub all: bool,
    /// The users whose sessions to revoke, other than --user
    #[command(flatten)]
    pub select: SelectArgs,
}

pub fn run(ctx: &Ctx, cmd: SessionCommand) -> Result<()> {
    match cmd {
        SessionCommand::List(args) => list(ctx, &args),
        SessionCommand::Revoke(args) => revoke(ctx, &args),
        SessionCommand::Impersonate(args) => impersonate(ctx, &args),
    }
}

fn impersonate(ctx: &Ctx, args: &ImpersonateArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let (change, token) = authz::write(&conn, ctx.dry_run, |tx| {
        let user = db::users::get(tx, &args.user)?;
        lifecycle::impersonate(
            tx,
            &actor,
            &lifecycle::Impersonation {
                target: user.id,
                reason: &args.reason,
                expires_at: &args.ttl,
            },
        )
    })
    .map_err(|e| crate::commands::user_lifecycle::refused(ctx, &args.user, e))?;
    // The token is printed once, inside the session's result object.
    let secrets: &[(&str, &str)] = if ctx.dry_run {
        &[]
    } else {
        &[("session_token", token.as_str())]
    };
    crate::commands::user_lifecycle::report_with_secrets(ctx, change, secrets)
}

impl Record for Session {
    fn optional() -> &'static [&'static str] {
        &[
            "impersonation_reason",
            "user_agent",
            "ip",
            "impersonator",
            "created_at",
        ]
    }
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "username",
            "created_at",
            "last_seen_at",
            "expires_at",
            "ip",
            "user_agent",
            "impersonator",
            "impersonation_reason",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.username.clone(),
            self.created_at.clone(),
            opt(self.last_seen_at.as_deref()),
            self.expires_at.clone(),
            opt(self.ip.as_deref()),
            opt(self.user_agent.as_deref()),
            opt(self.impersonator.as_deref()),
            opt(self.impersonation_reason.as_deref()),
        ]
    }
}

fn list(ctx: &Ctx, args: &ListArgs) -> Result<()> {
    let conn = ctx.open_for_reading()?;
    let actor = ctx.actor(&conn)?;
    let user_id = args
        .user
        .as_deref()
        .map(|u| db::users::get(&conn, u).map(|u| u.id))
        .transpose()?;
    authz::authorize(&conn, &actor, Action::ListSessions { target: user_id })?;
    ctx.ui.records(&db::sessions::list(
        &conn,
        user_id,
        args.all,
        args.impersonated,
    )?)
}

fn revoke(ctx: &Ctx, args: &RevokeArgs) -> Result<()> {
    let by_user = !args.user.is_empty() || args.select.from.is_some() || args.select.all_matching;
    if by_user {
        if !args.ids.is_empty() || args.all {
            return refuse(Refusal::usage(
                "name the sessions one way: ID…, the users' (--user, --from, --all-matching), or --all",
            ));
        }
        let selection = args.select.selection(&args.user, "--user USER…")?;
        let conn = ctx.open()?;
        let actor = ctx.actor(&conn)?;
        let question = |targets: &[Target]| match targets {
            [one] => format!("Revoke every session of {}", one.username),
            many => format!(
                "Revoke every session of {} users ({})",
                many.len(),
                crate::targets::sample(many)
            ),
        };
        return run_each(
            ctx,
            &conn,
            &actor,
            &selection,
            args.select.max,
            Some(&question),
            |tx, t| lifecycle::revoke_user_sessions(tx, &actor, t.id),
        );
    }
    if args.select.max.is_some() || args.select.filter.filter(Sort::Username, None).narrows() {
        return refuse(
            Refusal::usage("filters and --max select users only together with --all-matching")
                .hint("add --all-matching (try --dry-run first to see the selection)"),
        );
    }
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    if args.all {
        return confirm_then_apply(
            ctx,
            &conn,
            "all sessions",
            "Revoke every session of every user",
            |tx| lifecycle::revoke_all_sessions(tx, &actor),
        );
    }
    if args.ids.is_empty() {
        return refuse(Refusal::usage(
            "name the sessions to revoke: ID…, --user USER or --all",
        ));
    }
    let changes = authz::write(&conn, ctx.dry_run, |tx| {
        lifecycle::revoke_sessions(tx, &actor, &args.ids)
    })?;
    for change in changes {
        report(ctx, change)?;
    }
    Ok(())
}
