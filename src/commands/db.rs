//! `userctl db …`.

use anyhow::Result;
use clap::Subcommand;

use crate::commands::{not_yet, Ctx};

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// List them
    List,
}

pub fn run(_ctx: &Ctx, _cmd: DbCommand) -> Result<()> {
    not_yet("db")
}
