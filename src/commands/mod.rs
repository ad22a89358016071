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
pub mod owned;
pub mod permission;
pub mod recover;
pub mod role;
pub mod session;
pub mod stats;
pub mod targets;
pub mod user;
pub mod user_access;
pub mod user_leaving;
pub mod user_lifecycle;

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;

use crate::authz::{self, Actor};
use crate::cli::{Command, GlobalArgs};
use crate::db::conninfo::{ConnInfo, Location};
use crate::db::Conn;
use crate::db::{Reading, Schema};
use crate::error::{refuse, Refusal};
use crate::output::Ui;
use crate::secret_input;

/// What every command gets: the global options, resolved.
pub struct Ctx {
    /// The SQLite file; for a server, its description (for messages only).
    pub db_path: PathBuf,
    /// The PostgreSQL database `--db` names, when it names one.
    pub server: Option<ConnInfo>,
    pub wait: Duration,
    pub as_user: Option<String>,
    pub yes: bool,
    pub dry_run: bool,
    pub ui: Ui,
}

impl Ctx {
    /// The context, or why `--db` / `USERCTL_DB` cannot be used (a password on
    /// the command line, an unreadable connection string).
    pub fn new(global: &GlobalArgs) -> Result<Self> {
        let (db_path, server) = match global.location()? {
            Location::File(path) => (path, None),
            Location::Server(info) => (PathBuf::from(info.describe()), Some(info)),
        };
        Ok(Ctx {
            db_path,
            server,
            wait: Duration::from_secs_f64(global.wait),
            as_user: global.as_user.clone(),
            yes: global.yes,
            dry_run: global.dry_run,
            ui: Ui::new(global.format, global.quiet, global.dry_run, global.color)
                .wide(global.wide)
                .no_input(global.no_input()),
        })
    }

    /// Opens the existing database at the current schema.
    pub fn open(&self) -> Result<Conn> {
        if let Some(info) = &self.server {
            return crate::db::server::open(info, self.wait, Schema::Current);
        }
        crate::db::open(&self.db_path, self.wait, Schema::Current)
    }

    /// Opens the existing database for a command that only reads: a file this user
    /// may only read opens read-only instead of being refused, and says so on stderr.
    pub fn open_for_reading(&self) -> Result<Conn> {
        if self.server.is_some() {
            return self.open();
        }
        let (conn, how) = crate::db::open_for_reading(&self.db_path, self.wait)?;
        let path = self.db_path.display();
        match how {
            Reading::Normal => {}
            Reading::ReadOnly => self.ui.status(&format!(
                "{path} is read-only for this user: reading it without writing"
            )),
            Reading::Snapshot => self.ui.status(&format!(
                "{path} is read-only for this user: reading it as a snapshot of the file"
            )),
        }
        Ok(conn)
    }

    /// [`Ctx::open_for_reading`] for a subcommand that only reads, else [`Ctx::open`].
    pub fn open_for(&self, only_reads: bool) -> Result<Conn> {
        if only_reads {
            self.open_for_reading()
        } else {
            self.open()
        }
    }

    /// Opens the existing database, migrating an older schema first. A dry run
    /// migrates a private copy instead and says so: the file is left as it is.
    pub fn open_migrating(&self) -> Result<Conn> {
        if let Some(info) = &self.server {
            return crate::db::server::open(info, self.wait, Schema::Migrate);
        }
        if !self.dry_run {
            return crate::db::open(&self.db_path, self.wait, Schema::Migrate);
        }
        let (conn, older) = crate::db::open_migrated_copy(&self.db_path, self.wait)?;
        if let Some(version) = older {
            self.ui.status(&format!(
                "dry run: {} has schema version {version}; the real run first migrates it to \
                 version {} (shown here on a copy, the file is untouched)",
                self.db_path.display(),
                crate::db::LATEST_VERSION
            ));
        }
        Ok(conn)
    }

    /// The actor: the local operator, or the `--as` account once authenticated.
    pub fn actor(&self, conn: &Conn) -> Result<Actor> {
        match &self.as_user {
            None => Ok(operator()),
            Some(name) => {
                let password = secret_input::actor_password(name, self.ui.interactive)?;
                authz::authenticate(conn, name, &password, &operator())
            }
        }
    }

    /// Asks to go ahead with something destructive: `--yes` answers; on a terminal a
    /// prompt does (declining is a refusal: exit 1, nothing changed); without one it
    /// is a usage error at once (never waits for input).
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !self.ui.interactive {
            return refuse(
                Refusal::usage(format!(
                    "{question} needs confirmation and there is no terminal (or --no-input is set)"
                ))
                .hint("add --yes to confirm"),
            );
        }
        if crate::prompt::yes_no(question)? {
            Ok(())
        } else {
            refuse(Refusal::declined("declined; nothing was changed"))
        }
    }
}

/// Asks on the terminal until `validate` accepts the (trimmed) answer. A refused
/// answer is explained and asked again, up to [`secret_input::ATTEMPTS`] times;
/// then the last refusal is the command's error.
pub fn ask<T>(
    ui: &Ui,
    prompt: &str,
    allow_empty: bool,
    validate: impl Fn(&str) -> Result<T>,
) -> Result<T> {
    let mut attempt = 1;
    loop {
        let answer = crate::prompt::line(prompt, allow_empty)?;
        match validate(answer.trim()) {
            Ok(value) => return Ok(value),
            Err(e) if attempt < secret_input::ATTEMPTS => match crate::error::refusal_of(&e) {
                Some(refusal) => ui.retry(&refusal.message, secret_input::ATTEMPTS - attempt),
                None => return Err(e),
            },
            Err(e) => return Err(e),
        }
        attempt += 1;
    }
}

/// The local operator: the login name of the user id running userctl (`uid<N>` when
/// it has none), with `sudo`'s original user beside it when `SUDO_USER` and `SUDO_UID`
/// name the same account. `USER` and `LOGNAME` are not consulted: anyone can set them.
pub fn operator() -> Actor {
    let sudo = std::env::var("SUDO_USER")
        .ok()
        .zip(std::env::var("SUDO_UID").ok());
    operator_from(sudo.as_ref().map(|(u, id)| (u.as_str(), id.as_str())))
}

/// [`operator`], given `sudo`'s `(SUDO_USER, SUDO_UID)`.
pub fn operator_from(sudo: Option<(&str, &str)>) -> Actor {
    use nix::unistd::{getuid, Uid, User};
    let name_of = |uid: Uid| User::from_uid(uid).ok().flatten().map(|u| u.name);
    let uid = getuid();
    let login = name_of(uid).unwrap_or_else(|| format!("uid{uid}"));
    let via = sudo.filter(|(user, id)| {
        id.trim()
            .parse::<u32>()
            .ok()
            .and_then(|id| name_of(Uid::from_raw(id)))
            .is_some_and(|name| name == *user)
    });
    let login = match via {
        Some((user, _)) if user != login => format!("{login} (sudo: {user})"),
        _ => login,
    };
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
        Command::Owned(cmd) => owned::run(ctx, cmd),
        Command::Stats(args) => stats::run(ctx, &args),
        Command::Audit(cmd) => audit::run(ctx, cmd),
        Command::Recover(args) => recover::run(ctx, &args),
        Command::Config(cmd) => config::run(ctx, cmd),
        Command::Db(cmd) => db::run(ctx, cmd),
        Command::Completions(args) => completions::run(&args),
    }
}
