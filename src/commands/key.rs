//! `userctl key …`.

use anyhow::Result;
use clap::Subcommand;

use crate::commands::{not_yet, Ctx};

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// List them
    List,
}

pub fn run(_ctx: &Ctx, _cmd: KeyCommand) -> Result<()> {
    not_yet("key")
}
