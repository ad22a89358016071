//! `userctl group create|list|show|delete|add|remove|grant|revoke`: sets of accounts
//! that share permissions and resource grants.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::access;
use crate::authz::{self, Action};
use crate::commands::targets::{refused_all, run_all, TargetArgs};
use crate::commands::user_lifecycle::{apply, confirm_then_apply};
use crate::commands::Ctx;
use crate::db::{self, access::Group, Conn};
use crate::output::Record;

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
    /// Add accounts to a group: several USERs, --from FILE, or --all-matching with filters
    #[command(after_long_help = "Examples:
  userctl group add support alice bob
  # Everyone in a list, one username or email a line (\"-\": standard input)
  userctl group add support --from new-hires.txt
  userctl --dry-run group add analysts --all-matching --role moderator --max 50")]
    Add(AddArgs),
    /// Remove accounts from a group (guarded): several USERs, --from FILE, or
    /// --all-matching with filters
    #[command(after_long_help = "Examples:
  userctl group remove support bob
  # Everyone not seen for 90 days leaves the group, all or nothing
  userctl group remove support --all-matching --group support --inactive-since 90d")]
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
    #[arg(value_name = "GROUP")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct MembersArgs {
    /// Group name
    #[arg(value_name = "GROUP")]
    pub name: String,
    #[command(flatten)]
    pub targets: TargetArgs,
}

/// `group add`: the members, and when their membership ends.
#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub members: MembersArgs,
    #[command(flatten)]
    pub until: crate::cli::UntilArgs,
}

#[derive(Debug, Args)]
pub struct PermissionArgs {
    /// Group name
    #[arg(value_name = "GROUP")]
    pub name: String,
    /// Permissions, e.g. users.view audit.view
    #[arg(value_name = "PERMISSION", required = true)]
    pub permissions: Vec<String>,
}

impl Record for Group {
    fn identifying() -> &'static [&'static str] {
        &["name"]
    }
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

impl GroupCommand {
    /// Whether this subcommand only reads (it then works on a file this user may only
    /// read).
    fn only_reads(&self) -> bool {
        matches!(self, GroupCommand::List | GroupCommand::Show(_))
    }
}

pub fn run(ctx: &Ctx, cmd: GroupCommand) -> Result<()> {
    let conn = ctx.open_for(cmd.only_reads())?;
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
            let ends = args.until.ends()?;
            members(
                ctx,
                &conn,
                &actor,
                &args.members,
                access::Membership::Join { ends },
            )
        }
        GroupCommand::Remove(args) => members(ctx, &conn, &actor, &args, access::Membership::Leave),
        GroupCommand::Grant(args) => apply(ctx, &conn, &args.name, |tx| {
            access::group_grant(tx, &actor, &args.name, &args.permissions)
        }),
        GroupCommand::Revoke(args) => apply(ctx, &conn, &args.name, |tx| {
            access::group_revoke(tx, &actor, &args.name, &args.permissions)
        }),
    }
}

/// `group add` and `group remove`: every selected account at once, in one
/// guarded transaction. The group is looked up first, so a mistyped name is "not
/// found" (exit 3) even when the filters select nobody.
fn members(
    ctx: &Ctx,
    conn: &Conn,
    actor: &authz::Actor,
    args: &MembersArgs,
    what: access::Membership<'_>,
) -> Result<()> {
    let selection = args.targets.selection()?;
    access::existing_group(conn, &args.name)
        .map_err(|e| refused_all(ctx, &selection, &[], None, e))?;
    run_all(
        ctx,
        conn,
        actor,
        &selection,
        args.targets.select.max,
        None,
        |tx, targets, culprit| access::memberships(tx, actor, &args.name, targets, what, culprit),
    )
}

/// Everything `group show` prints.
#[derive(Debug, Serialize)]
struct Details {
    #[serde(flatten)]
    group: Group,
    member_names: Vec<String>,
    resource_grants: Vec<db::access::ResourceGrant>,
}

fn show(ctx: &Ctx, conn: &Conn, actor: &authz::Actor, name: &str) -> Result<()> {
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
