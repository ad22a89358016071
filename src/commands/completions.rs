//! `userctl completions SHELL`.

use anyhow::Result;
use clap::Args;

use crate::commands::not_yet;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell
    pub shell: String,
}

pub fn run(_args: &CompletionsArgs) -> Result<()> {
    not_yet("completions")
}
