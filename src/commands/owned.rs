//! `userctl owned add|list|remove`: the application's per-account tables, and what
//! happens to their rows when an account leaves.

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use crate::commands::user_lifecycle::apply;
use crate::commands::Ctx;
use crate::db::owned::Owned;
use crate::leaving::{self, Departure};
use crate::output::Record;

#[derive(Debug, Subcommand)]
pub enum OwnedCommand {
    /// Register a column of the application's that references users(id): its rows
    /// belong to an account, and are counted, moved, exported and erased with it
    #[command(after_long_help = "Examples:
  # Personas are handed over when their owner leaves
  userctl owned add personas.owner_id --label personas --on-departure transfer
  # Drafts go with the account; invoices must be settled by hand first
  userctl owned add drafts.author_id --label drafts --on-departure delete
  userctl owned add invoices.user_id --label invoices --on-departure block")]
    Add(AddArgs),
    /// List the registered columns, their departure rules, and any that no longer hold
    #[command(after_long_help = "Examples:
  userctl owned list
  userctl --format json owned list")]
    List,
    /// Stop tracking a label (the application's rows are left as they are)
    #[command(after_long_help = "Examples:
  userctl owned remove drafts")]
    Remove(RemoveArgs),
}

/// What happens to an account's rows when it leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnDeparture {
    /// Handed to another account (`user delete|erase --transfer-to USER`)
    Transfer,
    /// Deleted with the account, by userctl (whatever the foreign key says)
    Delete,
    /// The account cannot be deleted or erased while it has such rows
    Block,
}

impl From<OnDeparture> for Departure {
    fn from(d: OnDeparture) -> Self {
        match d {
            OnDeparture::Transfer => Departure::Transfer,
            OnDeparture::Delete => Departure::Delete,
            OnDeparture::Block => Departure::Block,
        }
    }
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The application's table and column, TABLE.COLUMN; the column must be a foreign
    /// key to users(id)
    #[arg(value_name = "TABLE.COLUMN")]
    pub column: String,
    /// The name counts and messages use ("personas: 12"): a-z, 0-9, '.', '_', '-'
    #[arg(long, value_name = "L")]
    pub label: String,
    /// What happens to an account's rows when it is deleted or erased
    #[arg(long, value_enum, value_name = "RULE")]
    pub on_departure: OnDeparture,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The label
    #[arg(value_name = "LABEL")]
    pub label: String,
}

/// A row of `owned list`.
#[derive(Debug, Serialize)]
struct Row {
    #[serde(flatten)]
    owned: Owned,
    /// What no longer holds (the table or column is gone, or no longer references
    /// users(id)); `null` when the registration is sound.
    problem: Option<String>,
}

impl Record for Row {
    fn identifying() -> &'static [&'static str] {
        &["label"]
    }
    fn headers() -> &'static [&'static str] {
        &[
            "label",
            "table",
            "column",
            "on_departure",
            "created_at",
            "problem",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.owned.label.clone(),
            self.owned.table.clone(),
            self.owned.column.clone(),
            self.owned.on_departure.clone(),
            self.owned.created_at.clone(),
            self.problem.clone().unwrap_or_default(),
        ]
    }
}

pub fn run(ctx: &Ctx, cmd: OwnedCommand) -> Result<()> {
    let conn = ctx.open_for(matches!(cmd, OwnedCommand::List))?;
    let actor = ctx.actor(&conn)?;
    match cmd {
        OwnedCommand::List => {
            let rows: Vec<Row> = leaving::list(&conn, &actor)?
                .into_iter()
                .map(|(owned, problem)| Row { owned, problem })
                .collect();
            ctx.ui.records(&rows)
        }
        OwnedCommand::Add(args) => {
            let label = leaving::normalize_label(&args.label)?;
            apply(ctx, &conn, &label, |tx| {
                leaving::add(tx, &actor, &args.column, &label, args.on_departure.into())
            })
        }
        OwnedCommand::Remove(args) => {
            let label = leaving::normalize_label(&args.label)?;
            apply(ctx, &conn, &label, |tx| leaving::remove(tx, &actor, &label))
        }
    }
}
