//! `userctl key list|create|revoke`: API keys. The full key is printed once at
//! creation; only its SHA-256 and its 16-character prefix are stored.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::authz::{self, Action};
use crate::commands::user_lifecycle::{apply, refused, report};
use crate::commands::Ctx;
use crate::db::{self, keys::ApiKey};
use crate::lifecycle;
use crate::output::{opt, Record};

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// List API keys (of one user with --user)
    List(ListArgs),
    /// Create an API key for a user and print it once
    Create(CreateArgs),
    /// Revoke an API key
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
            "user",
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
    report(ctx, change)?;
    if !ctx.dry_run {
        ctx.ui.secret("api key", &key)?;
    }
    Ok(())
}

fn revoke(ctx: &Ctx, args: &RevokeArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    apply(ctx, &conn, &args.id.to_string(), |tx| {
        lifecycle::revoke_key(tx, &actor, args.id)
    })
}
