//! `userctl completions SHELL`, and the hidden `userctl __complete` the scripts
//! call for the names of accounts, roles, groups, attributes, settings … (dispatched before clap, in `lib.rs`).

use std::io::Write;

use anyhow::Result;
use clap::Args;

use std::process::ExitCode;

use crate::db::{self, names};
use crate::generate::{self, Shell};

#[derive(Debug, Args)]
#[command(after_long_help = "Examples:
  # bash, for your user
  userctl completions bash > ~/.local/share/bash-completion/completions/userctl
  # fish
  userctl completions fish > ~/.config/fish/completions/userctl.fish")]
pub struct CompletionsArgs {
    /// The shell to print a completion script for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: &CompletionsArgs) -> Result<()> {
    std::io::stdout()
        .lock()
        .write_all(&generate::completion(args.shell))?;
    Ok(())
}

/// How many names a completion offers at most.
const MAX_NAMES: u32 = 500;

/// `userctl __complete -- WORDS…` (hidden; the completion scripts call it): prints,
/// one per line, the names the last word can be (accounts, roles, groups,
/// permissions, attributes, setting keys …), read from the database the command
/// line names (`--db`, else `USERCTL_DB`, else `userctl.db`).
/// Exits 2 when the word is not a name, so the script falls back to its own
/// completion; a database that cannot be read offers nothing.
pub fn complete(words: &[String]) -> ExitCode {
    let Some(slot) = generate::name_slot(words) else {
        return ExitCode::from(2);
    };
    if slot.kind == names::Kind::Setting {
        return print(names::settings_starting_with(&slot.prefix, MAX_NAMES));
    }
    let found = db::open_for_reading(&slot.db, std::time::Duration::ZERO)
        .and_then(|(conn, _)| names::starting_with(&conn, slot.kind, &slot.prefix, MAX_NAMES));
    print(found.unwrap_or_default())
}

fn print(names: Vec<String>) -> ExitCode {
    let mut out = std::io::stdout().lock();
    for name in names {
        if writeln!(out, "{name}").is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}
