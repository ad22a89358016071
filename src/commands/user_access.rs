//! `userctl user grant|deny|reset-permissions|set|unset`: an account's own
//! permissions and attribute values.

use anyhow::Result;
use clap::Args;
use rusqlite::Connection;

use crate::commands::group::{apply_many, user_ids};
use crate::commands::user_lifecycle::apply;
use crate::commands::Ctx;
use crate::error::{refuse, Refusal};
use crate::{access, attributes, db};

#[derive(Debug, Args)]
pub struct OverrideArgs {
    /// One or more usernames or emails, then one or more permissions
    /// (e.g. `alice bob reports.export`)
    #[arg(value_name = "USER… PERMISSION", required = true, num_args = 2..)]
    pub args: Vec<String>,
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
    /// NAME=VALUE pairs of defined attributes (e.g. timezone=Europe/Berlin)
    #[arg(value_name = "NAME=VALUE", required = true)]
    pub values: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UnsetArgs {
    /// Username or email
    pub user: String,
    /// Attribute names
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
}

/// Splits `USER… PERMISSION…`: the first argument is an account; the following ones
/// are accounts while they name one (and not a permission); the rest are permissions.
fn split(conn: &Connection, args: &[String]) -> Result<(Vec<String>, Vec<String>)> {
    let known = db::access::permission_names(conn)?;
    let mut users = vec![args[0].clone()];
    let mut rest = &args[1..];
    while let Some((first, tail)) = rest.split_first() {
        let p = first.trim().to_ascii_lowercase();
        if known.contains(&p) || db::users::find(conn, first)?.is_none() {
            break;
        }
        users.push(first.clone());
        rest = tail;
    }
    if rest.is_empty() {
        return refuse(
            Refusal::usage("give one or more users, then one or more permissions")
                .hint("e.g. `userctl user grant alice reports.export`"),
        );
    }
    Ok((users, rest.to_vec()))
}

/// `user grant` (`deny` false) and `user deny`.
pub fn overrides(ctx: &Ctx, args: &OverrideArgs, deny: bool) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let (users, permissions) = split(&conn, &args.args)?;
    let ids = user_ids(ctx, &conn, &users)?;
    apply_many(ctx, &conn, &users.join(" "), |tx| {
        ids.iter()
            .map(|&id| access::set_overrides(tx, &actor, id, &permissions, deny))
            .collect()
    })
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
