//! One file per noun. A command reads its arguments, calls the domain, renders the
//! result; [`Ctx`] carries what every command needs to do that.

pub mod access;
pub mod attr;
pub mod audit;
pub mod completions;
pub mod config;
pub mod csv;
pub mod db;
pub mod demo;
pub mod group;
pub mod init;
pub mod key;
pub mod permission;
pub mod recover;
pub mod role;
pub mod session;
pub mod stats;
pub mod targets;
pub mod user;
pub mod user_access;
pub mod user_lifecycle;

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use rusqlite::Connection;

use crate::authz::{self, Actor};
use crate::cli::{Command, GlobalArgs};
use crate::db::Schema;
use crate::error::{refuse, Refusal};
use crate::output::Ui;
use crate::secret_input;

/// What every command gets: the global options, resolved.
pub struct Ctx {
    pub db_path: PathBuf,
    pub wait: Duration,
    pub as_user: Option<String>,
    pub yes: bool,
    pub dry_run: bool,
    pub ui: Ui,
}

impl Ctx {
    pub fn new(global: &GlobalArgs) -> Self {
        Ctx {
            db_path: global.db.clone(),
            wait: Duration::from_secs_f64(global.wait),
            as_user: global.as_user.clone(),
            yes: global.yes,
            dry_run: global.dry_run,
            ui: Ui::new(global.format, global.quiet, global.dry_run, global.color),
        }
    }

    /// Opens the existing database at the current schema.
    pub fn open(&self) -> Result<Connection> {
        crate::db::open(&self.db_path, self.wait, Schema::Current)
    }

    /// Opens the existing database, migrating an older schema first.
    pub fn open_migrating(&self) -> Result<Connection> {
        crate::db::open(&self.db_path, self.wait, Schema::Migrate)
    }

    /// The actor: the local operator, or the `--as` account once authenticated.
    pub fn actor(&self, conn: &Connection) -> Result<Actor> {
        match &self.as_user {
            None => Ok(operator()),
            Some(name) => {
                let password = secret_input::actor_password(name, self.ui.interactive)?;
                authz::authenticate(conn, name, &password)
            }
        }
    }

    /// Asks to go ahead with something destructive: `--yes` answers; on a terminal a
    /// prompt does; without one it is a usage error at once (never waits for input).
    pub fn confirm(&self, question: &str) -> Result<bool> {
        if self.yes {
            return Ok(true);
        }
        if !self.ui.interactive {
            return refuse(
                Refusal::usage(format!(
                    "{question} needs confirmation and there is no terminal"
                ))
                .hint("add --yes to confirm"),
            );
        }
        Ok(dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()?)
    }
}

/// The local operator, named by the login that ran userctl (`sudo` keeps the
/// original login).
pub fn operator() -> Actor {
    let login = ["SUDO_USER", "LOGNAME", "USER"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata("/proc/self")
                .map_or_else(|_| "unknown".into(), |m| format!("uid{}", m.uid()))
        });
    Actor::Operator { login }
}

/// Runs one command.
pub fn dispatch(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Init(args) => init::run(ctx, &args),
        Command::Demo(args) => demo::run(ctx, &args),
        Command::User(cmd) => user::run(ctx, cmd),
        Command::ImportCsv(args) => csv::import(ctx, &args),
        Command::ExportCsv(args) => csv::export(ctx, &args),
        Command::Session(cmd) => session::run(ctx, cmd),
        Command::Key(cmd) => key::run(ctx, cmd),
        Command::Role(cmd) => role::run(ctx, cmd),
        Command::Permission(cmd) => permission::run(ctx, cmd),
        Command::Group(cmd) => group::run(ctx, cmd),
        Command::Access(cmd) => access::run(ctx, cmd),
        Command::Attr(cmd) => attr::run(ctx, cmd),
        Command::Stats(args) => stats::run(ctx, &args),
        Command::Audit(cmd) => audit::run(ctx, cmd),
        Command::Recover(args) => recover::run(ctx, &args),
        Command::Config(cmd) => config::run(ctx, cmd),
        Command::Db(cmd) => db::run(ctx, cmd),
        Command::Completions(args) => completions::run(&args),
    }
}
