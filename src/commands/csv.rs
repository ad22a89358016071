//! `userctl import-csv` and `userctl export-csv`.

use anyhow::Result;
use clap::Args;

use crate::commands::{not_yet, Ctx};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, or - for standard input
    pub file: String,
}

#[derive(Debug, Args)]
pub struct ExportArgs {}

pub fn import(_ctx: &Ctx, _args: &ImportArgs) -> Result<()> {
    not_yet("import-csv")
}

pub fn export(_ctx: &Ctx, _args: &ExportArgs) -> Result<()> {
    not_yet("export-csv")
}
