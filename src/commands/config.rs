//! `userctl config list|get|set`: the settings kept in the database.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use crate::authz::{self, Action};
use crate::commands::Ctx;
use crate::output::{Change, Outcome, Record};
use crate::settings::{self, Value};

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Show every setting, its value and its default
    #[command(after_long_help = "Examples:
  userctl config list")]
    List,
    /// Show one setting
    #[command(after_long_help = "Examples:
  userctl config get password.min_length")]
    Get(GetArgs),
    /// Change one setting (validated, audited)
    #[command(after_long_help = "Examples:
  userctl config set password.min_length 16
  userctl config set argon2.memory_kib 65536")]
    Set(SetArgs),
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// e.g. password.min_length
    pub key: String,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// e.g. password.min_length
    pub key: String,
    /// The new value
    pub value: String,
}

impl Record for Value {
    fn identifying() -> &'static [&'static str] {
        &["key"]
    }
    fn headers() -> &'static [&'static str] {
        &["key", "value", "default", "description"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.key.clone(),
            self.value.clone(),
            self.default.clone(),
            self.help.clone(),
        ]
    }
}

impl ConfigCommand {
    /// Whether this subcommand only reads (it then works on a file this user may only
    /// read).
    fn only_reads(&self) -> bool {
        matches!(self, ConfigCommand::List | ConfigCommand::Get(_))
    }
}

pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> Result<()> {
    let conn = ctx.open_for(cmd.only_reads())?;
    let actor = ctx.actor(&conn)?;
    authz::authorize(&conn, &actor, Action::ManageSettings)?;
    match cmd {
        ConfigCommand::List => ctx.ui.records(&settings::list(&conn)?),
        ConfigCommand::Get(args) => {
            let value = settings::get(&conn, &args.key)?;
            match ctx.ui.format {
                crate::output::Format::Table => {
                    use std::io::Write;
                    writeln!(std::io::stdout().lock(), "{}", value.value)?;
                    Ok(())
                }
                _ => ctx.ui.records(&[value]),
            }
        }
        ConfigCommand::Set(args) => {
            let (old, new) = authz::write(&conn, ctx.dry_run, |tx| {
                authz::authorize(tx, &actor, Action::ManageSettings)?;
                let old = settings::get(tx, &args.key)?;
                let new = settings::validate(tx, &args.key, &args.value)?;
                if old.value != new || old.is_default {
                    crate::db::settings::set(tx, &old.key, &new)?;
                    crate::db::audit::append(
                        tx,
                        &actor.audit_name(),
                        "config.set",
                        Some(&old.key),
                        &json!({ "old": old.value, "new": new }),
                    )?;
                }
                Ok((old, new))
            })?;
            let changed = old.value != new;
            if let Some(caution) = settings::caution(&old.key, &new) {
                ctx.ui.warn(&caution);
            }
            ctx.ui.change(&Change {
                target: old.key.clone(),
                result: if changed {
                    Outcome::Updated
                } else {
                    Outcome::Unchanged
                },
                message: if changed {
                    format!("set {} = {new} (was {})", old.key, old.value)
                } else {
                    format!("{} is already {new}", old.key)
                },
                details: json!({ "old": old.value, "new": new }),
                dry_run: ctx.dry_run,
            })
        }
    }
}
