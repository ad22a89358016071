//! `userctl recover`: break-glass recovery.

use anyhow::Result;
use clap::Args;

use crate::commands::{not_yet, Ctx};

#[derive(Debug, Args)]
pub struct RecoverArgs {}

pub fn run(_ctx: &Ctx, _args: &RecoverArgs) -> Result<()> {
    not_yet("recover")
}
