//! `userctl access grant|revoke|mode|list|check`: the application's resources
//! (`TYPE:ID`: packages, datasets, dashboards …) granted to accounts and groups.
//! The rule that decides is `authz::resource_level`; docs/operator-guide.md "Access model" gives the
//! SQL an application runs for the same answer.

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use crate::access::{self, ModeKind, Subject};
use crate::authz::{self, Action, Level};
use crate::commands::user_lifecycle::{apply, refused};
use crate::commands::Ctx;
use crate::db::{self, access::Holder};
use crate::error::{refuse, Refusal};
use crate::output::Record;

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// Grant a resource to an account or @group at a level
    #[command(after_long_help = "Examples:
  userctl access grant alice package:left-pad --level read
  userctl access grant @support dataset:tickets --level write")]
    Grant(GrantArgs),
    /// Remove a resource grant from an account or @group
    #[command(after_long_help = "Examples:
  userctl access revoke alice package:left-pad")]
    Revoke(RevokeArgs),
    /// How an account reaches a type: full (everything), allow (only granted), deny (all but listed)
    #[command(after_long_help = "Examples:
  # Seed 003's whitelist: only the datasets granted, read-only by default
  userctl access mode alice dataset allow --level read")]
    Mode(ModeArgs),
    /// List grants and modes, of everyone or of one account or @group
    #[command(after_long_help = "Examples:
  userctl access list
  userctl access list alice --type dataset")]
    List(ListArgs),
    /// Whether an account may open a resource: exit 0 allowed, 6 not
    #[command(after_long_help = "Examples:
  # Exit 0 when alice may write dataset:sales, 6 when not
  userctl access check alice dataset:sales --level write")]
    Check(CheckArgs),
}

/// A level of access, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    Read,
    Write,
}

impl LevelArg {
    fn level(self) -> Level {
        match self {
            LevelArg::Read => Level::Read,
            LevelArg::Write => Level::Write,
        }
    }
}

/// A mode, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    /// Every resource of the type, at --level
    Full,
    /// Only the resources granted, at their grant's level
    Allow,
    /// Every resource but those granted to the account itself, at --level
    Deny,
}

#[derive(Debug, Args)]
pub struct GrantArgs {
    /// Username, email, or @GROUP
    pub subject: String,
    /// The resource, TYPE:ID (e.g. dataset:sales-2026)
    pub resource: String,
    /// Access level
    #[arg(long, value_enum, default_value_t = LevelArg::Read)]
    pub level: LevelArg,
}

#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// Username, email, or @GROUP
    pub subject: String,
    /// The resource, TYPE:ID
    pub resource: String,
}

#[derive(Debug, Args)]
pub struct ModeArgs {
    /// Username or email
    pub user: String,
    /// Resource type, e.g. dataset
    #[arg(value_name = "TYPE")]
    pub resource_type: String,
    /// full, allow or deny
    #[arg(value_enum)]
    pub mode: ModeArg,
    /// The level of what the mode reaches (full and deny)
    #[arg(long, value_enum, default_value_t = LevelArg::Read)]
    pub level: LevelArg,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this account (with its groups' grants) or @GROUP
    pub subject: Option<String>,
    /// Only this resource type
    #[arg(long = "type", value_name = "TYPE")]
    pub resource_type: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Username or email
    pub user: String,
    /// The resource, TYPE:ID
    pub resource: String,
    /// The level asked for
    #[arg(long, value_enum, default_value_t = LevelArg::Read)]
    pub level: LevelArg,
}

impl AccessCommand {
    /// Whether this subcommand only reads (it then works on a file this user may only
    /// read).
    fn only_reads(&self) -> bool {
        matches!(self, AccessCommand::List(_) | AccessCommand::Check(_))
    }
}

pub fn run(ctx: &Ctx, cmd: AccessCommand) -> Result<()> {
    let conn = ctx.open_for(cmd.only_reads())?;
    let actor = ctx.actor(&conn)?;
    match cmd {
        AccessCommand::Grant(args) => {
            let subject = Subject::resolve(&conn, &args.subject)
                .map_err(|e| refused(ctx, &args.subject, e))?;
            let resource = access::parse_resource(&args.resource)?;
            apply(ctx, &conn, &subject.label(), |tx| {
                access::grant_resource(tx, &actor, &subject, &resource, args.level.level())
            })
        }
        AccessCommand::Revoke(args) => {
            let subject = Subject::resolve(&conn, &args.subject)
                .map_err(|e| refused(ctx, &args.subject, e))?;
            let resource = access::parse_resource(&args.resource)?;
            apply(ctx, &conn, &subject.label(), |tx| {
                access::revoke_resource(tx, &actor, &subject, &resource)
            })
        }
        AccessCommand::Mode(args) => {
            let user =
                db::users::get(&conn, &args.user).map_err(|e| refused(ctx, &args.user, e))?;
            let t = access::normalize_type(&args.resource_type)?;
            let mode = match args.mode {
                ModeArg::Full => ModeKind::Full,
                ModeArg::Allow => ModeKind::Allow,
                ModeArg::Deny => ModeKind::Deny,
            };
            apply(ctx, &conn, &user.username, |tx| {
                access::set_mode(tx, &actor, user.id, &t, mode, args.level.level())
            })
        }
        AccessCommand::List(args) => list(ctx, &conn, &actor, &args),
        AccessCommand::Check(args) => check(ctx, &conn, &actor, &args),
    }
}

/// One row of `access list`: a grant, or a mode (`TYPE:*`).
#[derive(Debug, Serialize)]
pub struct Row {
    pub holder: String,
    pub resource: String,
    pub level: String,
    /// `grant`, `group:NAME` (through a group the account is in), or `mode full|allow|deny`.
    pub via: String,
}

impl Record for Row {
    fn headers() -> &'static [&'static str] {
        &["holder", "resource", "level", "via"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.holder.clone(),
            self.resource.clone(),
            self.level.clone(),
            self.via.clone(),
        ]
    }
}

/// The grants and modes that concern one account: its modes, its own grants, and
/// its groups' grants. `user show` prints the same.
pub fn rows_of_user(
    conn: &db::Conn,
    user: &db::users::User,
    resource_type: Option<&str>,
) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for m in db::access::modes(conn, user.id)? {
        if resource_type.is_some_and(|t| t != m.resource_type) {
            continue;
        }
        rows.push(Row {
            holder: user.username.clone(),
            resource: format!("{}:*", m.resource_type),
            level: if m.mode == "allow" {
                String::new()
            } else {
                m.level
            },
            via: format!("mode {}", m.mode),
        });
    }
    for g in db::access::grants(conn, Some(Holder::User(user.id)), resource_type)? {
        rows.push(Row {
            holder: user.username.clone(),
            resource: format!("{}:{}", g.resource_type, g.resource_id),
            level: g.level,
            via: "grant".into(),
        });
    }
    for (gid, gname) in db::access::groups_of(conn, user.id)? {
        for g in db::access::grants(conn, Some(Holder::Group(gid)), resource_type)? {
            rows.push(Row {
                holder: user.username.clone(),
                resource: format!("{}:{}", g.resource_type, g.resource_id),
                level: g.level,
                via: format!("group:{gname}"),
            });
        }
    }
    Ok(rows)
}

fn list(ctx: &Ctx, conn: &db::Conn, actor: &authz::Actor, args: &ListArgs) -> Result<()> {
    let t = args
        .resource_type
        .as_deref()
        .map(access::normalize_type)
        .transpose()?;
    let rows = if let Some(text) = &args.subject {
        match Subject::resolve(conn, text)? {
            Subject::User(user) => {
                authz::authorize(conn, actor, Action::ViewUser { target: user.id })?;
                rows_of_user(conn, &user, t.as_deref())?
            }
            Subject::Group(g) => {
                authz::authorize(conn, actor, Action::ViewRoles)?;
                grant_rows(conn, Some(Holder::Group(g.id)), t.as_deref())?
            }
        }
    } else {
        authz::authorize(conn, actor, Action::ListUsers)?;
        grant_rows(conn, None, t.as_deref())?
    };
    ctx.ui.records(&rows)
}

fn grant_rows(conn: &db::Conn, holder: Option<Holder>, t: Option<&str>) -> Result<Vec<Row>> {
    Ok(db::access::grants(conn, holder, t)?
        .into_iter()
        .map(|g| {
            let (kind, name) = g.holder.split_once(':').unwrap_or(("user", &g.holder));
            Row {
                holder: if kind == "group" {
                    format!("@{name}")
                } else {
                    name.to_string()
                },
                resource: format!("{}:{}", g.resource_type, g.resource_id),
                level: g.level,
                via: "grant".into(),
            }
        })
        .collect())
}

/// What `access check` answers.
#[derive(Debug, Serialize)]
struct Answer {
    user: String,
    resource: String,
    level: Level,
    allowed: bool,
    reached: Option<Level>,
    because: String,
}

fn check(ctx: &Ctx, conn: &db::Conn, actor: &authz::Actor, args: &CheckArgs) -> Result<()> {
    let user = db::users::get(conn, &args.user)?;
    authz::authorize(conn, actor, Action::ViewUser { target: user.id })?;
    let (t, id) = access::parse_resource(&args.resource)?;
    let reach = authz::resource_level(conn, user.id, &t, &id)?;
    let level = args.level.level();
    let answer = Answer {
        user: user.username.clone(),
        resource: format!("{t}:{id}"),
        level,
        allowed: reach.level.is_some_and(|l| l >= level),
        reached: reach.level,
        because: reach.because,
    };
    let fields = [
        ("user", answer.user.clone()),
        ("resource", answer.resource.clone()),
        ("level", level.as_str().to_string()),
        ("allowed", if answer.allowed { "yes" } else { "no" }.into()),
        (
            "reached",
            answer.reached.map_or("none", Level::as_str).to_string(),
        ),
        ("because", answer.because.clone()),
    ];
    ctx.ui.detail(&answer, &fields)?;
    if answer.allowed {
        return Ok(());
    }
    refuse(Refusal::denied(format!(
        "{} may not {} {} ({})",
        answer.user,
        level.as_str(),
        answer.resource,
        answer.because
    )))
}
