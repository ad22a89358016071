//! `userctl db …`: check, back up and migrate the database file.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::json;

use crate::commands::Ctx;
use crate::db::{self, open_any_version, Conn, LATEST_VERSION};
use crate::error::{refuse, Kind, Refusal};
use crate::output::{Change, Outcome, Record};
use crate::{authz, fsio};

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Check integrity, foreign keys, schema version, the active-admin invariant,
    /// the audit chain and file permissions: exit 0 healthy, 9 not
    #[command(after_long_help = "Examples:
  userctl --db /srv/app/app.db db check
  userctl db check --format json")]
    Check,
    /// Copy the database through SQLite's online backup API (safe while the application writes)
    #[command(after_long_help = "Examples:
  userctl --db /srv/app/app.db db backup /root/app-$(date +%F).db")]
    Backup(BackupArgs),
    /// Copy the whole database into an empty one on either engine: a new SQLite file
    /// or an empty PostgreSQL database (ids, sequences and the audit chain as they are)
    #[command(after_long_help = "Examples:
  userctl --db /srv/app/app.db db copy --to postgresql://app@db1.internal/app
  userctl --db postgresql://app@db1.internal/app db copy --to /root/app-copy.db")]
    Copy(CopyArgs),
    /// Apply pending schema migrations (back up first)
    #[command(after_long_help = "Examples:
  userctl db backup /root/before-upgrade.db && userctl db migrate")]
    Migrate,
    /// The last-manager guard inside a PostgreSQL database: refuse, at commit, any
    /// transaction (the application's too) that leaves no active manager
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl db guard install
  userctl db guard remove")]
    Guard(GuardCommand),
}

#[derive(Debug, Subcommand)]
pub enum GuardCommand {
    /// Install (or repair) the guard's triggers; nothing changes when it is installed.
    /// PostgreSQL only (SQLite has no trigger deferred to commit: exit 2); run as the
    /// role that owns userctl's tables
    #[command(after_long_help = "Examples:
  USERCTL_DB=postgres:///app userctl db guard install
  # `userctl db check` then reports it installed")]
    Install,
    /// Remove the guard's triggers and functions
    #[command(after_long_help = "Examples:
  USERCTL_DB=postgres:///app userctl db guard remove")]
    Remove,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The backup file to create (mode 0600); an existing file is refused unless --force
    pub file: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The target: a SQLite file that does not exist yet (created mode 0600), or an
    /// empty PostgreSQL database as a URL or a key=value string. A password in it is
    /// refused: put it in ~/.pgpass or PGPASSFILE
    #[arg(long, value_name = "URL|FILE")]
    pub to: std::ffi::OsString,
}

pub fn run(ctx: &Ctx, cmd: DbCommand) -> Result<()> {
    if ctx.as_user.is_some() {
        return refuse(
            Refusal::usage("`db` commands do not take --as: they need access to the file itself")
                .hint("run them without --as"),
        );
    }
    match cmd {
        DbCommand::Check => check(ctx),
        DbCommand::Backup(args) => backup(ctx, &args),
        DbCommand::Copy(args) => copy(ctx, &args),
        DbCommand::Migrate => migrate(ctx),
        DbCommand::Guard(cmd) => guard(ctx, &cmd),
    }
}

/// One finding of `db check`.
#[derive(Debug, Serialize)]
struct Finding {
    check: &'static str,
    /// `ok`, `warn` or `fail`.
    status: &'static str,
    detail: String,
}

impl Record for Finding {
    fn identifying() -> &'static [&'static str] {
        &["check", "status"]
    }
    fn headers() -> &'static [&'static str] {
        &["check", "status", "detail"]
    }
    fn cells(&self) -> Vec<String> {
        vec![self.check.into(), self.status.into(), self.detail.clone()]
    }
}

fn finding(check: &'static str, ok: bool, detail: impl Into<String>) -> Finding {
    Finding {
        check,
        status: if ok { "ok" } else { "fail" },
        detail: detail.into(),
    }
}

/// Whether an error is the file being locked or out of reach rather than damaged.
fn not_the_file(e: &anyhow::Error) -> bool {
    crate::error::refusal_of(e).is_some_and(|r| matches!(r.kind, Kind::Busy | Kind::Access))
}

fn check(ctx: &Ctx) -> Result<()> {
    let path = &ctx.db_path;
    let mut findings = Vec::new();
    // A server database has no file of its own to check.
    let opened = if let Some(info) = &ctx.server {
        db::server::open_any_version(info, ctx.wait)
    } else {
        db::ensure_regular_file(path)?;
        findings.push(permissions(path));
        findings.extend(permission_of_side_files(path));
        findings.push(leftovers(path));
        open_any_version(path, ctx.wait)
    };
    match opened {
        Ok((conn, version)) => findings.extend(check_contents(&conn, version)?),
        // A lock or a permission is no finding about the file: say so, exit 8 or 1.
        Err(e) if not_the_file(&e) => return Err(e),
        Err(e) => findings.push(finding("open", false, format!("{e:#}"))),
    }
    ctx.ui.records(&findings)?;
    let failed = findings.iter().filter(|f| f.status == "fail").count();
    if failed > 0 {
        let first = findings
            .iter()
            .find(|f| f.status == "fail")
            .map(|f| format!("{}: {}", f.check, f.detail))
            .unwrap_or_default();
        return refuse(
            Refusal::unusable(format!(
                "the database is not healthy ({failed} problem(s)); first: {first}"
            ))
            .hint("restore a backup for damage; `userctl recover` when no admin is active; `userctl db migrate` for an older schema"),
        );
    }
    ctx.ui.status("the database is healthy");
    Ok(())
}

/// The checks that read the database. A damaged file fails a check; it never panics.
/// A lock taken meanwhile (or a permission) ends the check with its own error.
fn check_contents(conn: &Conn, version: i64) -> Result<Vec<Finding>> {
    let mut out = vec![finding(
        "schema",
        version == LATEST_VERSION,
        if version == LATEST_VERSION {
            format!("version {version} (current)")
        } else {
            format!(
                "version {version}, this userctl writes {LATEST_VERSION}: run `userctl db migrate`"
            )
        },
    )];
    let on_server = conn.dialect() == db::Dialect::Postgres;
    out.push(match db::schema_problems(conn, version) {
        Ok(p) if p.is_empty() => finding(
            "schema objects",
            true,
            if on_server {
                format!("every table, view and column of version {version} is there")
            } else {
                format!("every table, column, index and trigger of version {version} is there")
            },
        ),
        Ok(p) => finding("schema objects", false, p.join("; ")),
        Err(e) => failed("schema objects", e)?,
    });
    // A server keeps its storage whole itself (there is no PRAGMA integrity_check).
    if !on_server {
        out.push(integrity(conn)?);
    }
    if version != LATEST_VERSION {
        return Ok(out);
    }
    out.push(match db::recovery::orphan_rows(conn) {
        Ok(p) if p.is_empty() => finding("foreign keys", true, "no orphan rows"),
        Ok(p) => finding("foreign keys", false, p.join("; ")),
        Err(e) => failed("foreign keys", e)?,
    });
    contents_on_both_engines(conn, &mut out)?;
    Ok(out)
}

/// SQLite's own check of the file's pages and indexes.
fn integrity(conn: &Conn) -> Result<Finding> {
    Ok(match db::recovery::integrity_problems(conn) {
        Ok(p) if p.is_empty() => finding("integrity", true, "PRAGMA integrity_check: ok"),
        Ok(p) => finding("integrity", false, p.join("; ")),
        Err(e) => failed("integrity", e)?,
    })
}

/// The checks of what userctl keeps in the database, the same on both engines.
fn contents_on_both_engines(conn: &Conn, out: &mut Vec<Finding>) -> Result<()> {
    out.push(match crate::leaving::registry_problems(conn) {
        Ok(p) if p.is_empty() => finding(
            "owned data",
            true,
            "every registered column references users(id)",
        ),
        Ok(p) => finding("owned data", false, p.join("; ")),
        Err(e) => failed("owned data", e)?,
    });
    out.push(match authz::active_managers(conn) {
        Ok(0) => finding(
            "admins",
            false,
            "no active account can manage users: run `userctl recover`",
        ),
        Ok(1) => Finding {
            check: "admins",
            status: "warn",
            detail: "only one active account can manage users; consider a second".into(),
        },
        Ok(n) => finding(
            "admins",
            true,
            format!("{n} active accounts can manage users"),
        ),
        Err(e) => failed("admins", e)?,
    });
    out.push(guard_finding(conn)?);
    out.push(match db::audit::verify(conn) {
        Ok(v) => match v.first_bad {
            None => finding(
                "audit chain",
                true,
                format!("{} entries, head {}", v.entries, v.head),
            ),
            Some((_, why)) => finding("audit chain", false, format!("tampered: {why}")),
        },
        Err(e) => failed("audit chain", e)?,
    });
    Ok(())
}

/// Whether the guard inside the database is installed (`db guard install`).
fn guard_finding(conn: &Conn) -> Result<Finding> {
    if conn.dialect() != db::Dialect::Postgres {
        return Ok(finding(
            "guard",
            true,
            "none inside the database (SQLite: `db guard install` needs PostgreSQL)",
        ));
    }
    Ok(match db::guard::state(conn) {
        Ok(db::guard::State::Installed) => finding(
            "guard",
            true,
            format!(
                "installed: a transaction that leaves no active manager is refused at commit ({})",
                db::guard::watched_tables().join(", ")
            ),
        ),
        Ok(db::guard::State::Absent) => finding(
            "guard",
            true,
            "not installed: only userctl's own writes are guarded (`userctl db guard install`)",
        ),
        Ok(db::guard::State::Damaged(p)) => finding(
            "guard",
            false,
            format!(
                "partly installed: {}; run `userctl db guard install` to repair it",
                p.join("; ")
            ),
        ),
        Err(e) => failed("guard", e)?,
    })
}

/// A check that could not run: a failed finding, unless the file is locked or out of
/// reach, which is the command's error.
fn failed(check: &'static str, e: anyhow::Error) -> Result<Finding> {
    if not_the_file(&e) {
        return Err(e);
    }
    Ok(finding(check, false, describe(&e)))
}

/// Half-written files of killed runs beside the database (`.NAME.partial-PID…`):
/// copies that may hold password hashes. A warning: the database itself is fine.
fn leftovers(path: &Path) -> Finding {
    let found = fsio::stale_partials(&fsio::parent_dir(path));
    if found.is_empty() {
        return finding(
            "leftovers",
            true,
            "no half-written files beside the database",
        );
    }
    let names: Vec<String> = found.iter().map(|p| p.display().to_string()).collect();
    Finding {
        check: "leftovers",
        status: "warn",
        detail: format!(
            "half-written file(s) of killed runs, which may hold password hashes: {}; remove them",
            names.join(", ")
        ),
    }
}

/// The database file must not be readable by others: it holds password hashes.
fn permissions(path: &Path) -> Finding {
    match std::fs::metadata(path) {
        Ok(m) => mode_finding("file mode", path, m.permissions().mode()),
        Err(e) => finding("file mode", false, format!("{}: {e}", path.display())),
    }
}

fn permission_of_side_files(path: &Path) -> Vec<Finding> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .filter_map(|suffix| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            let side = PathBuf::from(name);
            std::fs::metadata(&side)
                .ok()
                .map(|m| mode_finding("file mode", &side, m.permissions().mode()))
        })
        .collect()
}

fn mode_finding(check: &'static str, path: &Path, mode: u32) -> Finding {
    let mode = mode & 0o777;
    let shown = format!("{} is {mode:04o}", path.display());
    if mode & 0o007 != 0 {
        finding(
            check,
            false,
            format!("{shown}: readable or writable by everyone; chmod 600 it"),
        )
    } else if mode & 0o070 != 0 {
        Finding {
            check,
            status: "warn",
            detail: format!(
                "{shown}: open to its group; chmod 600 it unless the application needs that"
            ),
        }
    } else {
        finding(check, true, shown)
    }
}

fn backup(ctx: &Ctx, args: &BackupArgs) -> Result<()> {
    let target = &args.file;
    let existing = fsio::Existing::from_force(args.force);
    let protected = fsio::Protected::database(&ctx.db_path);
    fsio::preflight(target, existing, &protected)?;
    if ctx.server.is_some() {
        return copy_to_file(ctx, target, existing, "backed up");
    }
    let (src, version) = open_any_version(&ctx.db_path, ctx.wait)?;
    if ctx.dry_run {
        return ctx.ui.change(&Change {
            target: target.display().to_string(),
            result: Outcome::Created,
            message: format!("back up {} to {}", ctx.db_path.display(), target.display()),
            details: json!({ "schema_version": version }),
            dry_run: true,
        });
    }
    let mut out = fsio::Output::create(target, existing, &protected)?;
    let pages = db::backup::copy(&src, ctx.wait, &mut out)
        .with_context(|| format!("backing up to {}", target.display()))?;
    out.commit()?;
    let bytes = std::fs::metadata(target).map_or(0, |m| m.len());
    ctx.ui.change(&Change {
        target: target.display().to_string(),
        result: Outcome::Created,
        message: format!(
            "backed up {} to {} ({pages} pages, {bytes} bytes, schema version {version})",
            ctx.db_path.display(),
            target.display()
        ),
        details: json!({ "pages": pages, "bytes": bytes, "schema_version": version }),
        dry_run: false,
    })
}

/// `db copy --to`: the whole database into a new file or an empty server database.
fn copy(ctx: &Ctx, args: &CopyArgs) -> Result<()> {
    match db::conninfo::locate(&args.to, db::conninfo::Source::CopyTarget)? {
        db::conninfo::Location::File(path) => {
            copy_to_file(ctx, &path, fsio::Existing::Refuse, "copied")
        }
        db::conninfo::Location::Server(info) => {
            let src = ctx.open()?;
            let target = info.describe();
            if ctx.dry_run {
                let dst = db::server::connect(&info, ctx.wait)?;
                db::server::ensure_empty(&dst, &info, "a copy")?;
                return report_copy(ctx, &target, None, "copied");
            }
            let copied = db::copy::to_server(&src, &info, ctx.wait)
                .with_context(|| format!("copying to {target}"))?;
            report_copy(ctx, &target, Some(&copied), "copied")
        }
    }
}

/// The database, whichever engine holds it, copied into a new SQLite file `target`.
fn copy_to_file(ctx: &Ctx, target: &Path, existing: fsio::Existing, done: &str) -> Result<()> {
    let protected = fsio::Protected::database(&ctx.db_path);
    fsio::preflight(target, existing, &protected)?;
    let src = ctx.open()?;
    let shown = target.display().to_string();
    if ctx.dry_run {
        return report_copy(ctx, &shown, None, done);
    }
    let (copied, bytes) =
        db::copy::to_file_bytes(&src).with_context(|| format!("copying to {shown}"))?;
    let mut out = fsio::Output::create(target, existing, &protected)?;
    std::io::Write::write_all(&mut out, &bytes)?;
    out.commit()?;
    report_copy(ctx, &shown, Some(&copied), done)
}

/// One line for a copy made (or, in a dry run, that would be made).
fn report_copy(
    ctx: &Ctx,
    target: &str,
    copied: Option<&db::copy::Copied>,
    done: &str,
) -> Result<()> {
    let source = ctx.db_path.display();
    let (message, details) = match copied {
        Some(c) => (
            format!(
                "{done} {source} to {target}: {} rows in {} tables, schema version {LATEST_VERSION}, audit head {}",
                c.rows, c.tables, c.head
            ),
            json!({ "rows": c.rows, "tables": c.tables, "schema_version": LATEST_VERSION, "audit_head": c.head }),
        ),
        None => (
            format!("copy {source} to {target}"),
            json!({ "schema_version": LATEST_VERSION }),
        ),
    };
    ctx.ui.change(&Change {
        target: target.to_string(),
        result: Outcome::Created,
        message,
        details,
        dry_run: ctx.dry_run,
    })
}

fn migrate(ctx: &Ctx) -> Result<()> {
    let (conn, version) = if let Some(info) = &ctx.server {
        let (conn, version) = db::server::open_any_version(info, ctx.wait)?;
        db::server::require_initialised(info, version)?;
        (conn, version)
    } else {
        let (conn, version) = open_any_version(&ctx.db_path, ctx.wait)?;
        crate::db::require_initialised(&ctx.db_path, version)?;
        (conn, version)
    };
    let target = ctx.db_path.display().to_string();
    if version >= LATEST_VERSION {
        return ctx.ui.change(&Change {
            target,
            result: Outcome::Unchanged,
            message: format!("already at schema version {version}; nothing to migrate"),
            details: json!({ "version": version, "applied": [] }),
            dry_run: false,
        });
    }
    let applied = db::migrate(&conn, ctx.dry_run)?;
    let versions: Vec<i64> = applied.iter().map(|a| a.version).collect();
    let list = versions
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let steps: Vec<String> = applied
        .iter()
        .flat_map(|a| a.summary.iter().map(move |s| format!("{}: {s}", a.version)))
        .collect();
    // One line (a change is one sentence; a dry run's is prefixed "would have").
    ctx.ui.change(&Change {
        target,
        result: Outcome::Updated,
        message: format!(
            "applied schema migration(s) {list}: version {version} to {LATEST_VERSION}; {}",
            steps.join("; ")
        ),
        details: json!({ "from": version, "to": LATEST_VERSION, "applied": versions, "steps": steps }),
        dry_run: ctx.dry_run,
    })
}

/// `db guard install|remove`: the guard's objects written or dropped in one audited,
/// guarded write.
fn guard(ctx: &Ctx, cmd: &GuardCommand) -> Result<()> {
    let Some(info) = &ctx.server else {
        return refuse(
            Refusal::usage(
                "`db guard` needs PostgreSQL: SQLite has no trigger deferred to commit, and a \
                 per-row trigger would refuse a transaction that passes through no manager on \
                 its way to another (a role swap), and every write while no manager is left",
            )
            .hint("on SQLite the application holds the write lock while it changes accounts; use `userctl` (whose writes are guarded) for role and status changes"),
        );
    };
    let conn = db::server::open(info, ctx.wait, db::Schema::Current)?;
    let install = matches!(cmd, GuardCommand::Install);
    if install {
        if let Some(owner) = db::guard::not_owner(&conn)? {
            return refuse(
                Refusal::denied(format!(
                    "`db guard install` must run as the role that owns userctl's tables ({owner}): its functions are owned by it"
                ))
                .hint(format!("connect as {owner} (or a member of it)")),
            );
        }
    }
    let actor = super::operator();
    let tables = db::guard::watched_tables();
    let target = ctx.db_path.display().to_string();
    let change = authz::write(&conn, ctx.dry_run, |tx| {
        let changed = if install {
            db::guard::install(tx)?
        } else {
            db::guard::remove(tx)?
        };
        let (action, result, message) = match (install, changed) {
            (true, true) => (
                "db.guard.install",
                Outcome::Created,
                format!(
                    "installed the guard: a transaction that leaves no active manager is refused at commit (triggers on {})",
                    tables.join(", ")
                ),
            ),
            (true, false) => (
                "",
                Outcome::Unchanged,
                "the guard is installed already".to_string(),
            ),
            (false, true) => (
                "db.guard.remove",
                Outcome::Deleted,
                "removed the guard: the database no longer refuses a transaction that leaves no active manager".to_string(),
            ),
            (false, false) => ("", Outcome::Unchanged, "no guard is installed".to_string()),
        };
        let details = json!({ "tables": tables });
        if changed {
            db::audit::append(tx, &actor.audit_name(), action, None, &details)?;
        }
        Ok(Change {
            target: target.clone(),
            result,
            message,
            details,
            dry_run: ctx.dry_run && changed,
        })
    })?;
    ctx.ui.change(&change)
}

/// An error as one short finding: the refusal's message when SQLite's code is known.
fn describe(e: &anyhow::Error) -> String {
    crate::error::refusal_of(e).map_or_else(|| format!("{e:#}"), |r| r.message)
}
