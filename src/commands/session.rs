//! `userctl session …`.

use anyhow::Result;
use clap::Subcommand;

use crate::commands::{not_yet, Ctx};

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// List them
    List,
}

pub fn run(_ctx: &Ctx, _cmd: SessionCommand) -> Result<()> {
    not_yet("session")
}
