//! `userctl key list|create|revoke`: API keys. The full key is printed once at
//! creation; only its SHA-256 and its 16-character prefix are stored.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::authz::{self, Action};
use crate::commands::user_lifecycle::{apply, confirm_then_apply, refused, report_with_secrets};
use crate::commands::Ctx;
use crate::db::{self, keys::ApiKey};
use crate::lifecycle;
use crate::output::{opt, Record};

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// List API keys (of one user with --user)
    #[command(after_long_help = "Examples:
  userctl key list
  userctl key list --user bob")]
    List(ListArgs),
    /// Create an API key for a user and print it once
    #[command(after_long_help = "Examples:
  # The key is printed once; only its hash and prefix are stored
  userctl key create bob --label \"backup script\"
  userctl --format json key create bob --label ci | jq -r .api_key")]
    Create(CreateArgs),
    /// Revoke an API key (asks for confirmation)
    #[command(after_long_help = "Examples:
  userctl key revoke 12
  userctl --yes key revoke 12")]
    Revoke(RevokeArgs),
    /// Suspend an API key: it stops working until resumed (not revoked)
    #[command(after_long_help = "Examples:
  # The key's owner is on leave: stop the key without losing it
  userctl key suspend 12")]
    Suspend(RevokeArgs),
    /// Resume a suspended API key
    #[command(after_long_help = "Examples:
  userctl key resume 12")]
    Resume(RevokeArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this user's keys (username or email)
    #[arg(long)]
    pub user: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Username or email of the key's owner
    pub user: String,
    /// What the key is for, e.g. "backup script"
    #[arg(long, value_name = "TEXT")]
    pub label: String,
    /// When the key stops working: after DURATION (90d, 12w) or at DATE (2027-01-31)
    #[arg(long, value_name = "DURATION|DATE", value_parser = crate::cli::parse_until)]
    pub expires: Option<String>,
}

#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// Key id (from `key list`)
    pub id: i64,
}

pub fn run(ctx: &Ctx, cmd: KeyCommand) -> Result<()> {
    match cmd {
        KeyCommand::List(args) => list(ctx, &args),
        KeyCommand::Create(args) => create(ctx, &args),
        KeyCommand::Revoke(args) => revoke(ctx, &args),
        KeyCommand::Suspend(args) => suspend(ctx, &args, true),
        KeyCommand::Resume(args) => suspend(ctx, &args, false),
    }
}

impl Record for ApiKey {
    fn optional() -> &'static [&'static str] {
        &["revoked_at", "created_at", "last_used_at"]
    }
    fn identifying() -> &'static [&'static str] {
        &["prefix"]
    }
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "username",
            "prefix",
            "label",
            "created_at",
            "state",
            "expires_at",
            "last_used_at",
            "revoked_at",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.username.clone(),
            self.prefix.clone(),
            self.label.clone(),
            self.created_at.clone(),
            self.state.clone(),
            opt(self.expires_at.as_deref()),
            opt(self.last_used_at.as_deref()),
            opt(self.revoked_at.as_deref()),
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
    authz::authorize(&conn, &actor, Action::ListKeys { target: user_id })?;
    ctx.ui.records(&db::keys::list(&conn, user_id)?)
}

fn create(ctx: &Ctx, args: &CreateArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let user = db::users::get(&conn, &args.user).map_err(|e| refused(ctx, &args.user, e))?;
    let label = lifecycle::normalize_label(&args.label)?;
    let (change, key) = authz::write(&conn, ctx.dry_run, |tx| {
        lifecycle::create_key(tx, &actor, user.id, &label, args.expires.as_deref())
    })
    .map_err(|e| refused(ctx, &user.username, e))?;
    let secrets: &[(&str, &str)] = if ctx.dry_run {
        &[]
    } else {
        &[("api_key", &key)]
    };
    report_with_secrets(ctx, change, secrets)
}

fn revoke(ctx: &Ctx, args: &RevokeArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    confirm_then_apply(
        ctx,
        &conn,
        &args.id.to_string(),
        &format!("Revoke API key {}", args.id),
        |tx| lifecycle::revoke_key(tx, &actor, args.id),
    )
}

fn suspend(ctx: &Ctx, args: &RevokeArgs, suspend: bool) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    apply(ctx, &conn, &args.id.to_string(), |tx| {
        lifecycle::suspend_key(tx, &actor, args.id, suspend)
    })
}
