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
    if let Some(info) = &ctx.server {
        return on_server(ctx, info, args);
    }
    let path = &ctx.db_path;
    db::ensure_regular_file(path)?;
    let mut existing = fsio::Existing::Refuse;
    if path.exists() {
        ensure_replaceable(&ctx.open()?, &path.display().to_string())?;
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
    show(ctx, &summary, &format!("--db {} ", path.display()))
}

/// The demo in a database on a server: its schema and sample data in one transaction,
/// into an empty database or replacing an earlier demo (as on a file).
fn on_server(ctx: &Ctx, info: &db::conninfo::ConnInfo, args: &DemoArgs) -> Result<()> {
    let (conn, version) = db::server::open_any_version(info, ctx.wait)?;
    let replacing = version > 0;
    if replacing {
        ensure_replaceable(&conn, &info.describe())?;
    } else {
        db::server::ensure_empty(&conn, info, "the demo")?;
    }
    let actor = operator();
    let create = |tx: &db::Tx<'_>| {
        if replacing {
            db::server::drop_schema(tx)?;
        }
        db::server::create_schema(tx)
    };
    let summary = authz::write_creating(&conn, create, |tx| {
        demo::populate(tx, &actor, args.users as usize, args.seed)
    })?;
    // The same --db or USERCTL_DB names it again.
    show(ctx, &summary, "")
}

/// Refuses (exit 4) to replace a database that is not an earlier demo, or that has
/// gained tables userctl did not make.
fn ensure_replaceable(conn: &db::Conn, shown: &str) -> Result<()> {
    if db::audit::first_action(conn)?.as_deref() != Some("demo.create") {
        return refuse(
            Refusal::conflict(format!("{shown} exists and is not a demo database"))
                .hint("name another database with --db"),
        );
    }
    let foreign = db::foreign_tables(conn, db::user_version(conn)?)?;
    if !foreign.is_empty() {
        return refuse(
            Refusal::conflict(format!(
                "{shown} is a demo database, but it has gained tables userctl did not make ({}); \
                 it was not replaced",
                foreign.join(", ")
            ))
            .hint("name another database with --db, or remove it yourself if it is disposable"),
        );
    }
    Ok(())
}

/// What the demo made, its statistics, and what to run next.
fn show(ctx: &Ctx, summary: &demo::Summary, db_flag: &str) -> Result<()> {
    let conn = ctx.open()?;
    ctx.ui.status(&format!(
        "created demo database {}: {} users, {} sessions, {} API keys",
        ctx.db_path.display(),
        summary.users,
        summary.sessions,
        summary.api_keys
    ));
    // Sample data's shared password: on stdout beside the table, on stderr when
    // stdout carries JSON or CSV (one document).
    let line = zeroize::Zeroizing::new(format!(
        "sample accounts' password: {}",
        summary.password.as_str()
    ));
    if ctx.ui.format == crate::output::Format::Table {
        use std::io::Write;
        writeln!(std::io::stdout().lock(), "{}", line.as_str())?;
    } else {
        ctx.ui.status(&line);
    }
    stats::print(ctx, &conn)?;
    ctx.ui
        .status(&format!("next: userctl {db_flag}user list --limit 10"));
    Ok(())
}
