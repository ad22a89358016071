//! `userctl role …`.

use anyhow::Result;
use clap::Subcommand;

use crate::commands::{not_yet, Ctx};

#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// List them
    List,
}

pub fn run(_ctx: &Ctx, _cmd: RoleCommand) -> Result<()> {
    not_yet("role")
}
