//! `userctl permission list|add|remove`: the permission names the application knows.
//! Roles, groups and accounts can only be given known names.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::access;
use crate::authz::{self, Action};
use crate::commands::user_lifecycle::apply;
use crate::commands::Ctx;
use crate::db::{self, access::Permission};
use crate::output::Record;

#[derive(Debug, Subcommand)]
pub enum PermissionCommand {
    /// List the known permission names and how many roles, groups and accounts use each
    #[command(after_long_help = "Examples:
  userctl permission list
  userctl --format json permission list")]
    List,
    /// Add a permission name the application checks
    #[command(after_long_help = "Examples:
  # A name the application checks; roles and groups may then carry it
  userctl permission add tickets.handle --description \"Work the support queue\"")]
    Add(AddArgs),
    /// Remove a custom permission name nothing uses
    #[command(after_long_help = "Examples:
  userctl permission remove tickets.handle")]
    Remove(NameArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Permission name, e.g. reports.export (a-z, 0-9, '.', '_', '-')
    pub name: String,
    /// What the permission allows
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub description: String,
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// Permission name
    #[arg(value_name = "PERMISSION")]
    pub name: String,
}

impl Record for Permission {
    fn identifying() -> &'static [&'static str] {
        &["name"]
    }
    fn headers() -> &'static [&'static str] {
        &[
            "name",
            "builtin",
            "roles",
            "groups",
            "accounts",
            "description",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            if self.builtin { "yes" } else { "no" }.into(),
            self.roles.to_string(),
            self.groups.to_string(),
            self.accounts.to_string(),
            self.description.clone(),
        ]
    }
}

impl PermissionCommand {
    /// Whether this subcommand only reads (it then works on a file this user may only
    /// read).
    fn only_reads(&self) -> bool {
        matches!(self, PermissionCommand::List)
    }
}

pub fn run(ctx: &Ctx, cmd: PermissionCommand) -> Result<()> {
    let conn = ctx.open_for(cmd.only_reads())?;
    let actor = ctx.actor(&conn)?;
    match cmd {
        PermissionCommand::List => {
            authz::authorize(&conn, &actor, Action::ViewRoles)?;
            ctx.ui.records(&db::access::permissions(&conn)?)
        }
        PermissionCommand::Add(args) => {
            let description = args.description.trim();
            apply(ctx, &conn, &args.name, |tx| {
                access::add_permission(tx, &actor, &args.name, description)
            })
        }
        PermissionCommand::Remove(args) => apply(ctx, &conn, &args.name, |tx| {
            access::remove_permission(tx, &actor, &args.name)
        }),
    }
}
