//! `userctl completions SHELL`.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use crate::generate::{self, Shell};

#[derive(Debug, Args)]
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
