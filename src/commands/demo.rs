//! `userctl demo`: a sample database and its statistics, the one-command tour.

use anyhow::Result;
use clap::Args;

use crate::commands::{operator, stats, Ctx};
use crate::error::{refuse, Refusal};
use crate::{authz, db, demo, fsio};

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many sample users
    #[arg(long, default_value_t = 250, value_parser = clap::value_parser!(u32).range(3..=1_000_000))]
    pub users: u32,
    /// Seed of the sample data (the same seed makes the same people)
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
}

pub fn run(ctx: &Ctx, args: &DemoArgs) -> Result<()> {
    let path = &ctx.db_path;
    let mut existing = fsio::Existing::Refuse;
    if path.exists() {
        // Only an earlier demo database is replaced; anything else is left alone.
        let conn = ctx.open()?;
        if db::audit::first_action(&conn)?.as_deref() != Some("demo.create") {
            return refuse(
                Refusal::conflict(format!(
                    "{} exists and is not a demo database",
                    path.display()
                ))
                .hint("name another file with --db PATH"),
            );
        }
        existing = fsio::Existing::Replace;
    }
    // Made under a hidden name and moved into place when complete: a kill leaves the
    // earlier demo database, or none, never a half-made one.
    let out = fsio::Output::create(path, existing, &fsio::Protected::none())?;
    let (conn, _) = db::open_or_create(out.temp_path(), ctx.wait)?;
    let actor = operator();
    let summary = authz::write(&conn, false, |tx| {
        demo::populate(tx, &actor, args.users as usize, args.seed)
    })?;
    db::close_checkpointed(conn)?;
    if existing == fsio::Existing::Replace {
        // The earlier demo's side files must not be read as the new file's.
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(fsio::with_suffix(path, suffix));
        }
    }
    out.commit()?;
    let conn = ctx.open()?;
    ctx.ui.status(&format!(
        "created demo database {}: {} users, {} sessions, {} API keys",
        path.display(),
        summary.users,
        summary.sessions,
        summary.api_keys
    ));
    ctx.ui
        .secret("sample accounts' password", &summary.password)?;
    stats::print(ctx, &conn)?;
    ctx.ui.status(&format!(
        "next: userctl --db {} user list --limit 10",
        path.display()
    ));
    Ok(())
}
