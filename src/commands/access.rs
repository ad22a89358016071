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
    /// Row-level security from grants on an application table (PostgreSQL)
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl access rls enable packages --type package --id-column name
  userctl access rls list")]
    Rls(RlsCommand),
}

#[derive(Debug, Subcommand)]
pub enum RlsCommand {
    /// Policies on TABLE: a session that has set `userctl.account` sees the rows
    /// `access check` allows (read for SELECT, write for changes) and the rows it owns.
    /// PostgreSQL only (SQLite: exit 2); the table's owner and superusers are not subject
    /// to policies, so the application connects as another role
    #[command(after_long_help = "Examples:
  userctl access rls enable packages --type package --id-column name --owner-column created_by
  # The application, per request (inside its transaction):
  #   SELECT set_config('userctl.account', '42', true);
  #   SELECT * FROM packages;   -- only what account 42 may read")]
    Enable(RlsEnableArgs),
    /// Drop userctl's policies on TABLE (row-level security goes off unless the
    /// application has policies of its own there)
    #[command(after_long_help = "Examples:
  userctl access rls disable packages")]
    Disable(RlsTableArgs),
    /// The tables userctl's policies protect
    #[command(after_long_help = "Examples:
  userctl access rls list
  userctl --format json access rls list")]
    List,
}

#[derive(Debug, Args)]
pub struct RlsEnableArgs {
    /// The application's table
    #[arg(value_name = "TABLE")]
    pub table: String,
    /// The resource type its rows are (as in `access grant USER TYPE:ID`)
    #[arg(long = "type", value_name = "TYPE")]
    pub resource_type: String,
    /// The column holding each row's resource id
    #[arg(long, value_name = "C")]
    pub id_column: String,
    /// A column referencing the account that owns the row: it sees and changes it whatever the grants
    #[arg(long, value_name = "O")]
    pub owner_column: Option<String>,
}

#[derive(Debug, Args)]
pub struct RlsTableArgs {
    /// The application's table
    #[arg(value_name = "TABLE")]
    pub table: String,
}

/// One row of `access rls list`.
#[derive(Debug, Serialize)]
struct RlsRow {
    #[serde(flatten)]
    protected: db::rls::Protected,
}

impl Record for RlsRow {
    fn identifying() -> &'static [&'static str] {
        &["table"]
    }
    fn headers() -> &'static [&'static str] {
        &["table", "type", "id_column", "owner_column"]
    }
    fn cells(&self) -> Vec<String> {
        let p = &self.protected;
        vec![
            p.table.clone(),
            p.resource_type.clone(),
            p.id_column.clone(),
            p.owner_column.clone().unwrap_or_default(),
        ]
    }
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
    #[command(flatten)]
    pub until: crate::cli::UntilArgs,
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
    if let AccessCommand::Rls(rls_cmd) = cmd {
        return rls(ctx, rls_cmd);
    }
    let conn = ctx.open_for(cmd.only_reads())?;
    let actor = ctx.actor(&conn)?;
    match cmd {
        AccessCommand::Grant(args) => {
            let subject = Subject::resolve(&conn, &args.subject)
                .map_err(|e| refused(ctx, &args.subject, e))?;
            let resource = access::parse_resource(&args.resource)?;
            let ends = args.until.ends()?;
            apply(ctx, &conn, &subject.label(), |tx| {
                access::grant_resource(tx, &actor, &subject, &resource, args.level.level(), ends)
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
        AccessCommand::Rls(_) => unreachable!("handled above"),
    }
}

/// `access rls enable|disable|list`.
fn rls(ctx: &Ctx, cmd: RlsCommand) -> Result<()> {
    if ctx.server.is_none() {
        return refuse(
            Refusal::usage("row-level security needs PostgreSQL: SQLite has none")
                .hint("check access in the application with the query of docs/application-guide.md (\"Access model\"), or `userctl access check`"),
        );
    }
    let conn = ctx.open_for(matches!(cmd, RlsCommand::List))?;
    let actor = ctx.actor(&conn)?;
    match cmd {
        RlsCommand::List => {
            authz::authorize(&conn, &actor, Action::ManageSettings)?;
            let rows: Vec<RlsRow> = db::rls::list(&conn)?
                .into_iter()
                .map(|protected| RlsRow { protected })
                .collect();
            ctx.ui.records(&rows)
        }
        RlsCommand::Enable(args) => {
            let table = application_table(&conn, &args.table)?;
            let column = |name: &str| -> Result<String> {
                db::owned::catalogue_column(&conn, &table, name)?.map_or_else(
                    || {
                        refuse(
                            Refusal::not_found(format!(
                                "table {table} has no column '{}'",
                                crate::output::sanitize(name)
                            ))
                            .hint("name a column of the table"),
                        )
                    },
                    Ok,
                )
            };
            let resource_type = access::normalize_type(&args.resource_type)?;
            let protected = db::rls::Protected {
                table: table.clone(),
                resource_type,
                id_column: column(&args.id_column)?,
                owner_column: args.owner_column.as_deref().map(column).transpose()?,
            };
            apply(ctx, &conn, &table, |tx| {
                authz::authorize(tx, &actor, Action::ManageSettings)?;
                let changed = db::rls::enable(tx, &protected)?;
                let details = serde_json::to_value(&protected)?;
                if changed {
                    db::audit::append(
                        tx,
                        &actor.audit_name(),
                        "access.rls.enable",
                        Some(&table),
                        &details,
                    )?;
                }
                Ok(crate::output::Change {
                    target: table.clone(),
                    result: if changed {
                        crate::output::Outcome::Created
                    } else {
                        crate::output::Outcome::Unchanged
                    },
                    message: if changed {
                        format!(
                            "row-level security on {table}: rows are {} resources by {}{}",
                            protected.resource_type,
                            protected.id_column,
                            protected
                                .owner_column
                                .as_ref()
                                .map(|o| format!(", owned by {o}"))
                                .unwrap_or_default()
                        )
                    } else {
                        format!("row-level security on {table} is as asked already")
                    },
                    details,
                    dry_run: false,
                })
            })
        }
        RlsCommand::Disable(args) => {
            let table = application_table(&conn, &args.table)?;
            apply(ctx, &conn, &table, |tx| {
                authz::authorize(tx, &actor, Action::ManageSettings)?;
                let changed = db::rls::disable(tx, &table)?;
                if changed {
                    db::audit::append(
                        tx,
                        &actor.audit_name(),
                        "access.rls.disable",
                        Some(&table),
                        &serde_json::json!({}),
                    )?;
                }
                Ok(crate::output::Change {
                    target: table.clone(),
                    result: if changed {
                        crate::output::Outcome::Deleted
                    } else {
                        crate::output::Outcome::Unchanged
                    },
                    message: if changed {
                        format!("removed userctl's row-level security policies from {table}")
                    } else {
                        format!("{table} has no row-level security policies of userctl's")
                    },
                    details: serde_json::Value::Null,
                    dry_run: false,
                })
            })
        }
    }
}

/// The catalogue's name of an application table (exit 3 when there is none; exit 7
/// for one of userctl's own), and the current role must be able to act as its owner
/// (exit 6 naming it).
fn application_table(conn: &db::Conn, name: &str) -> Result<String> {
    let Some(table) = db::owned::catalogue_table(conn, name)? else {
        return refuse(
            Refusal::not_found(format!(
                "no table '{}' in the database",
                crate::output::sanitize(name)
            ))
            .hint("name a table of the application"),
        );
    };
    if db::expected_shape(db::LATEST_VERSION)?.contains_key(&("table".to_string(), table.clone()))
        || table == "userctl_schema"
    {
        return refuse(
            Refusal::invalid(format!(
                "{table} is one of userctl's own tables: row-level security is for the application's"
            ))
            .hint("name a table of the application"),
        );
    }
    if let Some(owner) = db::rls::not_owner(conn, &table)? {
        return refuse(
            Refusal::denied(format!(
                "policies on {table} are written by its owner ({owner})"
            ))
            .hint(format!("connect as {owner} (or a member of it)")),
        );
    }
    Ok(table)
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
            via: format!("grant{}", access::until_text(g.ends_at.as_deref())),
        });
    }
    for (gid, gname, member_ends) in db::access::memberships_of(conn, user.id)? {
        for g in db::access::grants(conn, Some(Holder::Group(gid)), resource_type)? {
            // Through the group until the earlier of the two ends.
            let ends = [member_ends.as_deref(), g.ends_at.as_deref()]
                .into_iter()
                .flatten()
                .min();
            rows.push(Row {
                holder: user.username.clone(),
                resource: format!("{}:{}", g.resource_type, g.resource_id),
                level: g.level,
                via: format!("group:{gname}{}", access::until_text(ends)),
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
                via: format!("grant{}", access::until_text(g.ends_at.as_deref())),
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
