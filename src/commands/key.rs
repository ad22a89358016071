//! `userctl key list|create|revoke`: API keys. The full key is printed once at
//! creation; only its SHA-256 and its 16-character prefix are stored.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::authz::{self, Action};
use crate::commands::user_lifecycle::{confirm_then_apply, refused, report_with_secrets};
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
    }
}

impl Record for ApiKey {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "username",
            "prefix",
            "label",
            "created_at",
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
            opt(self.last_used_at.as_deref()),
            opt(self.revoked_at.as_deref()),
        ]
    }
}

fn list(ctx: &Ctx, args: &ListArgs) -> Result<()> {
    let conn = ctx.open()?;
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
        lifecycle::create_key(tx, &actor, user.id, &label)
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
