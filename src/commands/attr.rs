//! `userctl attr define|list|remove`: the attributes the application keeps per
//! account (timezone, email digest, budgets …). Values: `user set|unset`.

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::attributes::{self, Type};
use crate::authz::{self, Action};
use crate::commands::user_lifecycle::{apply, confirm_then_apply};
use crate::commands::Ctx;
use crate::db::{self, attributes::Attribute};
use crate::output::{opt, Record};

#[derive(Debug, Subcommand)]
pub enum AttrCommand {
    /// Define an attribute: its type and default
    #[command(after_long_help = "Examples:
  userctl attr define timezone --type timezone --default UTC
  userctl attr define email_digest --type enum:off,daily,weekly --default weekly")]
    Define(DefineArgs),
    /// List the attributes with their types, defaults and how many accounts set them
    #[command(after_long_help = "Examples:
  userctl attr list")]
    List,
    /// Remove an attribute and every account's value of it (asks)
    #[command(after_long_help = "Examples:
  userctl --yes attr remove email_digest")]
    Remove(NameArgs),
}

#[derive(Debug, Args)]
pub struct DefineArgs {
    /// Attribute name, e.g. timezone or daily_budget (a-z, 0-9, '.', '_', '-')
    pub name: String,
    /// text, int, bool, timezone (IANA name), time (HH:MM) or enum:A,B,…
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: String,
    /// The value of accounts that have none of their own
    #[arg(long, value_name = "VALUE")]
    pub default: Option<String>,
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// Attribute name
    #[arg(value_name = "ATTRIBUTE")]
    pub name: String,
}

impl Record for Attribute {
    fn identifying() -> &'static [&'static str] {
        &["name"]
    }
    fn headers() -> &'static [&'static str] {
        &["name", "type", "default", "values"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.kind.clone(),
            opt(self.default_value.as_deref()),
            self.values.to_string(),
        ]
    }
}

impl AttrCommand {
    /// Whether this subcommand only reads (it then works on a file this user may only
    /// read).
    fn only_reads(&self) -> bool {
        matches!(self, AttrCommand::List)
    }
}

pub fn run(ctx: &Ctx, cmd: AttrCommand) -> Result<()> {
    let conn = ctx.open_for(cmd.only_reads())?;
    let actor = ctx.actor(&conn)?;
    match cmd {
        AttrCommand::Define(args) => {
            let kind = Type::parse(&args.kind)?;
            apply(ctx, &conn, &args.name, |tx| {
                attributes::define(tx, &actor, &args.name, &kind, args.default.as_deref())
            })
        }
        AttrCommand::List => {
            authz::authorize(&conn, &actor, Action::ViewRoles)?;
            ctx.ui.records(&db::attributes::list(&conn)?)
        }
        AttrCommand::Remove(args) => confirm_then_apply(
            ctx,
            &conn,
            &args.name,
            &format!(
                "Remove attribute {} and every account's value of it",
                args.name
            ),
            |tx| attributes::remove(tx, &actor, &args.name),
        ),
    }
}
