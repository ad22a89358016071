//! `userctl group create|list|show|delete|add|remove|grant|revoke`: sets of accounts
//! that share permissions and resource grants.

use anyhow::Result;
use clap::{Args, Subcommand};
use rusqlite::{Connection, Transaction};
use serde::Serialize;

use crate::access;
use crate::authz::{self, Action};
use crate::commands::user_lifecycle::{apply, confirm_then_apply, refused, report};
use crate::commands::Ctx;
use crate::db::{self, access::Group};
use crate::output::{Change, Record};

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Create a group
    #[command(after_long_help = "Examples:
  userctl group create support --description \"Support desk\"")]
    Create(CreateArgs),
    /// List groups with their permissions, member and grant counts
    #[command(after_long_help = "Examples:
  userctl group list")]
    List,
    /// Show a group: permissions, members, resource grants
    #[command(after_long_help = "Examples:
  userctl group show support")]
    Show(NameArgs),
    /// Delete a group with its memberships and grants (asks; guarded)
    #[command(after_long_help = "Examples:
  userctl --yes group delete support")]
    Delete(NameArgs),
    /// Add accounts to a group
    #[command(after_long_help = "Examples:
  userctl group add support alice bob")]
    Add(MembersArgs),
    /// Remove accounts from a group (guarded)
    #[command(after_long_help = "Examples:
  userctl group remove support bob")]
    Remove(MembersArgs),
    /// Give a group permissions (known names only)
    #[command(after_long_help = "Examples:
  userctl group grant support tickets.handle users.view")]
    Grant(PermissionArgs),
    /// Take permissions from a group (guarded)
    #[command(after_long_help = "Examples:
  userctl group revoke support users.view")]
    Revoke(PermissionArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Group name: a-z, 0-9, '.', '_', '-'
    pub name: String,
    /// What the group is for
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub description: String,
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// Group name
    pub name: String,
}

#[derive(Debug, Args)]
pub struct MembersArgs {
    /// Group name
    pub name: String,
    /// Usernames or emails
    #[arg(value_name = "USER", required = true)]
    pub users: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PermissionArgs {
    /// Group name
    pub name: String,
    /// Permissions, e.g. users.view audit.view
    #[arg(value_name = "PERMISSION", required = true)]
    pub permissions: Vec<String>,
}

impl Record for Group {
    fn headers() -> &'static [&'static str] {
        &["name", "members", "grants", "permissions", "description"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.members.to_string(),
            self.grants.to_string(),
            self.permissions.join(" "),
            self.description.clone(),
        ]
    }
}

pub fn run(ctx: &Ctx, cmd: GroupCommand) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    match cmd {
        GroupCommand::Create(args) => apply(ctx, &conn, &args.name, |tx| {
            access::create_group(tx, &actor, &args.name, args.description.trim())
        }),
        GroupCommand::List => {
            authz::authorize(&conn, &actor, Action::ViewRoles)?;
            ctx.ui.records(&db::access::groups(&conn)?)
        }
        GroupCommand::Show(args) => show(ctx, &conn, &actor, &args.name),
        GroupCommand::Delete(args) => confirm_then_apply(
            ctx,
            &conn,
            &args.name,
            &format!("Delete group {} with its memberships and grants", args.name),
            |tx| access::delete_group(tx, &actor, &args.name),
        ),
        GroupCommand::Add(args) => {
            let ids = user_ids(ctx, &conn, &args.users)?;
            apply_many(ctx, &conn, &args.name, |tx| {
                access::add_members(tx, &actor, &args.name, &ids)
            })
        }
        GroupCommand::Remove(args) => {
            let ids = user_ids(ctx, &conn, &args.users)?;
            apply_many(ctx, &conn, &args.name, |tx| {
                access::remove_members(tx, &actor, &args.name, &ids)
            })
        }
        GroupCommand::Grant(args) => apply(ctx, &conn, &args.name, |tx| {
            access::group_grant(tx, &actor, &args.name, &args.permissions)
        }),
        GroupCommand::Revoke(args) => apply(ctx, &conn, &args.name, |tx| {
            access::group_revoke(tx, &actor, &args.name, &args.permissions)
        }),
    }
}

/// Resolves several USER arguments (username or email) to ids, in order, once each.
pub fn user_ids(ctx: &Ctx, conn: &Connection, users: &[String]) -> Result<Vec<i64>> {
    let mut ids = Vec::new();
    for u in users {
        let user = db::users::get(conn, u).map_err(|e| refused(ctx, u, e))?;
        if !ids.contains(&user.id) {
            ids.push(user.id);
        }
    }
    Ok(ids)
}

/// Several changes in one guarded transaction (all or nothing), each reported.
pub fn apply_many(
    ctx: &Ctx,
    conn: &Connection,
    target: &str,
    op: impl FnOnce(&Transaction<'_>) -> Result<Vec<Change>>,
) -> Result<()> {
    match authz::write(conn, ctx.dry_run, op) {
        Ok(changes) => changes.into_iter().try_for_each(|c| report(ctx, c)),
        Err(err) => Err(refused(ctx, target, err)),
    }
}

/// Everything `group show` prints.
#[derive(Debug, Serialize)]
struct Details {
    #[serde(flatten)]
    group: Group,
    member_names: Vec<String>,
    resource_grants: Vec<db::access::ResourceGrant>,
}

fn show(ctx: &Ctx, conn: &Connection, actor: &authz::Actor, name: &str) -> Result<()> {
    authz::authorize(conn, actor, Action::ViewRoles)?;
    let group = access::existing_group(conn, name)?;
    let details = Details {
        member_names: db::access::members(conn, group.id)?,
        resource_grants: db::access::grants(conn, Some(db::access::Holder::Group(group.id)), None)?,
        group,
    };
    let g = &details.group;
    let mut fields = vec![
        ("name", g.name.clone()),
        ("description", g.description.clone()),
        ("created", g.created_at.clone()),
        ("permissions", g.permissions.join(" ")),
        ("members", details.member_names.join(" ")),
    ];
    for r in &details.resource_grants {
        fields.push((
            "resource",
            format!("{}:{} ({})", r.resource_type, r.resource_id, r.level),
        ));
    }
    ctx.ui.detail(&details, &fields)
}
