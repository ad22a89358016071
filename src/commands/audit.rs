//! `userctl audit …`.

use anyhow::Result;
use clap::Subcommand;

use crate::commands::{not_yet, Ctx};

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List them
    List,
}

pub fn run(_ctx: &Ctx, _cmd: AuditCommand) -> Result<()> {
    not_yet("audit")
}
