//! `userctl user grant|deny|reset-permissions|set|unset`: an account's own
//! permissions and attribute values.

use anyhow::Result;
use clap::Args;

use crate::commands::targets::{refused_all, run_each, SelectArgs};
use crate::commands::user_lifecycle::apply;
use crate::commands::Ctx;
use crate::db::Conn;
use crate::error::{refuse, Refusal};
use crate::{access, attributes, db};

#[derive(Debug, Args)]
pub struct OverrideArgs {
    /// Accounts (usernames or emails), then permissions: `alice bob reports.export`.
    /// With --permission every argument is an account; with --from or --all-matching
    /// every argument is a permission
    #[arg(value_name = crate::generate::USER_OR_PERMISSION)]
    pub args: Vec<String>,
    /// A permission (repeat for several); the arguments are then all accounts
    #[arg(short = 'p', long = "permission", value_name = "PERMISSION")]
    pub permissions: Vec<String>,
    #[command(flatten)]
    pub select: SelectArgs,
}

/// `user grant`: the overrides, and when they end.
#[derive(Debug, Args)]
pub struct GrantArgs {
    #[command(flatten)]
    pub overrides: OverrideArgs,
    #[command(flatten)]
    pub until: crate::cli::UntilArgs,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// Username or email
    pub user: String,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Username or email
    pub user: String,
    /// Values of defined attributes, ATTRIBUTE=VALUE (e.g. timezone=Europe/Berlin)
    #[arg(value_name = "ATTRIBUTE=VALUE", required = true)]
    pub values: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UnsetArgs {
    /// Username or email
    pub user: String,
    /// Attribute names
    #[arg(value_name = "ATTRIBUTE", required = true)]
    pub names: Vec<String>,
}

/// The accounts and the permissions of `user grant|deny`, said one of three ways:
/// - `USER… PERMISSION…`: the first argument is an account; the following ones are
///   accounts while they name one (and not a permission); the rest are permissions;
/// - `-p PERMISSION… USER…`: every argument is an account;
/// - `--from FILE` or `--all-matching`: the accounts come from there, every argument
///   (and every `-p`) is a permission.
fn split(conn: &Conn, args: &OverrideArgs) -> Result<(Vec<String>, Vec<String>)> {
    let known = db::access::permission_names(conn)?;
    let is_permission = |a: &str| known.contains(&a.trim().to_ascii_lowercase());
    if args.select.from.is_some() || args.select.all_matching {
        if let Some(account) = args.args.iter().find(|a| !is_permission(a)) {
            if db::users::find(conn, account)?.is_some() {
                return refuse(
                    Refusal::usage(format!(
                        "'{}' is an account: with --from or --all-matching the arguments are permissions",
                        account.trim()
                    ))
                    .hint("name the accounts one way: USER…, --from FILE, or --all-matching with filters"),
                );
            }
        }
        let permissions = args.args.iter().chain(&args.permissions).cloned().collect();
        return Ok((Vec::new(), permissions));
    }
    if !args.permissions.is_empty() {
        return Ok((args.args.clone(), args.permissions.clone()));
    }
    let Some((first, mut rest)) = args.args.split_first() else {
        return Ok((Vec::new(), Vec::new()));
    };
    let mut users = vec![first.clone()];
    while let Some((next, tail)) = rest.split_first() {
        if is_permission(next) || db::users::find(conn, next)?.is_none() {
            break;
        }
        users.push(next.clone());
        rest = tail;
    }
    Ok((users, rest.to_vec()))
}

/// `user grant` (`deny` false) and `user deny`: every selected account in one
/// guarded transaction.
pub fn overrides(ctx: &Ctx, args: &OverrideArgs, deny: bool, ends: Option<&str>) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let (users, permissions) = split(&conn, args)?;
    if permissions.is_empty() {
        return refuse(
            Refusal::usage("give one or more users, then one or more permissions").hint(
                "e.g. `userctl user grant alice reports.export`, \
                 `userctl user grant -p reports.export alice bob`, \
                 `userctl user grant --from team.txt reports.export`",
            ),
        );
    }
    let selection = args.select.selection(&users, "USER…")?;
    let permissions = access::known_permissions(&conn, &permissions)
        .map_err(|e| refused_all(ctx, &selection, &[], None, e))?;
    run_each(
        ctx,
        &conn,
        &actor,
        &selection,
        args.select.max,
        None,
        |tx, t| access::set_overrides(tx, &actor, t.id, &permissions, deny, ends),
    )
}

pub fn reset(ctx: &Ctx, args: &ResetArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let user = db::users::get(&conn, &args.user)?;
    apply(ctx, &conn, &user.username, |tx| {
        access::reset_permissions(tx, &actor, user.id)
    })
}

pub fn set(ctx: &Ctx, args: &SetArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let user = db::users::get(&conn, &args.user)?;
    let values = attributes::parse_assignments(&conn, &args.values)?;
    apply(ctx, &conn, &user.username, |tx| {
        attributes::set_values(tx, &actor, user.id, &values)
    })
}

pub fn unset(ctx: &Ctx, args: &UnsetArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let user = db::users::get(&conn, &args.user)?;
    apply(ctx, &conn, &user.username, |tx| {
        attributes::unset_values(tx, &actor, user.id, &args.names)
    })
}
