//! `userctl role list|show|create|grant|revoke|delete`: roles and their
//! permissions. Built-in roles cannot be deleted; a role in use cannot be deleted.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::authz::{self, Action};
use crate::commands::user_lifecycle::{apply, confirm_then_apply};
use crate::commands::Ctx;
use crate::db::{self, roles::Role};
use crate::error::{refuse, Refusal};
use crate::lifecycle;
use crate::output::Record;

#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// List roles with their permissions and how many accounts hold them
    #[command(after_long_help = "Examples:
  userctl role list")]
    List,
    /// Show one role
    #[command(after_long_help = "Examples:
  userctl role show moderator")]
    Show(NameArgs),
    /// Create a custom role
    #[command(after_long_help = "Examples:
  userctl role create helpdesk --permission users.view users.manage --description \"first-line support\"")]
    Create(CreateArgs),
    /// Add permissions to a role
    #[command(after_long_help = "Examples:
  userctl role grant helpdesk audit.view")]
    Grant(PermissionArgs),
    /// Remove permissions from a role (guarded: the last admin keeps users.manage)
    #[command(after_long_help = "Examples:
  userctl role revoke helpdesk users.manage")]
    Revoke(PermissionArgs),
    /// Delete a custom role no account holds (asks for confirmation)
    #[command(after_long_help = "Examples:
  # A missing role exits 3 before anything is asked; answering no exits 1
  userctl role delete helpdesk
  userctl --yes role delete helpdesk")]
    Delete(NameArgs),
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// Role name
    pub role: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Role name: a-z, 0-9, '.', '_', '-'
    pub role: String,
    /// Permissions of the role, e.g. --permission users.view audit.view (or repeat the flag)
    #[arg(long = "permission", value_name = "PERMISSION", required = true, num_args = 1..)]
    pub permissions: Vec<String>,
    /// What the role is for
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub description: String,
}

#[derive(Debug, Args)]
pub struct PermissionArgs {
    /// Role name
    pub role: String,
    /// Permissions, e.g. users.view audit.view
    #[arg(value_name = "PERMISSION", required = true)]
    pub permissions: Vec<String>,
}

pub fn run(ctx: &Ctx, cmd: RoleCommand) -> Result<()> {
    match cmd {
        RoleCommand::List => list(ctx),
        RoleCommand::Show(args) => show(ctx, &args),
        RoleCommand::Create(args) => create(ctx, &args),
        RoleCommand::Grant(args) => change(ctx, &args, true),
        RoleCommand::Revoke(args) => change(ctx, &args, false),
        RoleCommand::Delete(args) => delete(ctx, &args),
    }
}

impl Record for Role {
    fn identifying() -> &'static [&'static str] {
        &["name"]
    }
    fn headers() -> &'static [&'static str] {
        &["name", "builtin", "users", "permissions", "description"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            if self.builtin { "yes" } else { "no" }.into(),
            self.users.to_string(),
            self.permissions.join(" "),
            self.description.clone(),
        ]
    }
}

fn list(ctx: &Ctx) -> Result<()> {
    let conn = ctx.open_for_reading()?;
    let actor = ctx.actor(&conn)?;
    authz::authorize(&conn, &actor, Action::ViewRoles)?;
    ctx.ui.records(&db::roles::list(&conn)?)
}

fn show(ctx: &Ctx, args: &NameArgs) -> Result<()> {
    let conn = ctx.open_for_reading()?;
    let actor = ctx.actor(&conn)?;
    authz::authorize(&conn, &actor, Action::ViewRoles)?;
    let name = &args.role.trim().to_ascii_lowercase();
    let Some(role) = db::roles::find(&conn, name)? else {
        return refuse(
            Refusal::not_found(format!("no role '{name}'"))
                .hint("`userctl role list` shows the roles"),
        );
    };
    let fields = [
        ("name", role.name.clone()),
        ("description", role.description.clone()),
        ("builtin", if role.builtin { "yes" } else { "no" }.into()),
        ("users", role.users.to_string()),
        ("permissions", role.permissions.join(" ")),
    ];
    ctx.ui.detail(&role, &fields)
}

fn permissions(names: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let p = lifecycle::normalize_permission(name)?;
        if !out.contains(&p) {
            out.push(p);
        }
    }
    Ok(out)
}

fn create(ctx: &Ctx, args: &CreateArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let name = lifecycle::normalize_role(&args.role)?;
    let perms = permissions(&args.permissions)?;
    let description = args.description.trim();
    apply(ctx, &conn, &name, |tx| {
        lifecycle::create_role(tx, &actor, &name, &perms, description)
    })
}

fn change(ctx: &Ctx, args: &PermissionArgs, grant: bool) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let name = &args.role.trim().to_ascii_lowercase();
    let perms = permissions(&args.permissions)?;
    apply(ctx, &conn, name, |tx| {
        if grant {
            lifecycle::grant(tx, &actor, name, &perms)
        } else {
            lifecycle::revoke(tx, &actor, name, &perms)
        }
    })
}

fn delete(ctx: &Ctx, args: &NameArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let name = &args.role.trim().to_ascii_lowercase();
    confirm_then_apply(ctx, &conn, name, &format!("Delete role {name}"), |tx| {
        lifecycle::delete_role(tx, &actor, name)
    })
}
