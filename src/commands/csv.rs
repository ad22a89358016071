//! `userctl import-csv` and `userctl export-csv`.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use crate::authz::{self, Action};
use crate::cli::UserFilterArgs;
use crate::commands::Ctx;
use crate::db::users::Sort;
use crate::error::{refuse, Refusal};
use crate::fsio;
use crate::import::{self, Mode, Options, Report};
use crate::output::{csv_cell, csv_out, sanitize, Format};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, or - for standard input. Header row required; columns:
    /// username, email, name (or first_name + last_name), role, status,
    /// password or password_hash. Unknown columns are refused
    pub file: String,
    /// create: only create (an existing user is an invalid row); upsert: create and
    /// update; sync: upsert, then deactivate active users absent from the file
    #[arg(long, value_enum, default_value_t = Mode::Upsert)]
    pub mode: Mode,
    /// The role of new users whose row has no role
    #[arg(long, default_value = "user", value_name = "ROLE")]
    pub default_role: String,
    /// The field separator (one ASCII character; \t for tab)
    #[arg(long, default_value = ",", value_name = "C")]
    pub delimiter: String,
    /// Import the valid rows even if some are invalid (exit 7 still reports them)
    #[arg(long)]
    pub skip_invalid: bool,
    /// Write the rejected rows, with a reason column, to this CSV file (mode 0600,
    /// never through a symlink)
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
    /// Replace an existing --rejects file (by writing beside it and renaming)
    #[arg(long)]
    pub force: bool,
    /// Give new users without a password a generated one (they must change it at
    /// first login) and write username,password to this file (mode 0600). Without
    /// it such users are created as invited
    #[arg(long, value_name = "FILE")]
    pub passwords_out: Option<PathBuf>,
    /// Accept password_hash values of broken schemes (md5, sha1, {SHA}, …); their
    /// accounts must change their password at next login
    #[arg(long)]
    pub allow_weak_hashes: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub filter: UserFilterArgs,
    /// Write to this file (created with mode 0600, never through a symlink; it
    /// appears complete or not at all) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace an existing --output file (by writing beside it and renaming)
    #[arg(long)]
    pub force: bool,
    /// Also export the password_hash column (argon2/bcrypt hashes: treat the file
    /// as a secret). Off by default
    #[arg(long)]
    pub with_password_hashes: bool,
}

/// The `--passwords-out` file, written beside its target (0600 from the first byte)
/// and moved into place only once the import has written: a refused or failed
/// import leaves an existing file (last night's passwords) untouched.
struct PendingFile {
    writer: csv::Writer<BufWriter<fsio::Output>>,
}

impl PendingFile {
    fn create(target: &Path, protected: &fsio::Protected) -> Result<Self> {
        let file = fsio::Output::create(target, fsio::Existing::Replace, protected)?;
        let mut writer = csv::Writer::from_writer(BufWriter::new(file));
        writer.write_record(["username", "password"])?;
        Ok(PendingFile { writer })
    }

    /// Adds one generated password.
    fn write(&mut self, g: &import::Generated) -> Result<()> {
        self.writer
            .write_record([g.username.as_str(), g.password.as_str()])?;
        Ok(())
    }

    /// Moves the file into place.
    fn persist(self) -> Result<()> {
        let file = self
            .writer
            .into_inner()
            .map_err(csv::IntoInnerError::into_error)?
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        file.commit()
            .context("moving the passwords file into place")
    }
}

/// The import's progress display: a bar over the file's bytes when its size is known
/// (a regular file), else a spinner; both count rows and hashed passwords.
fn progress_bar(size: Option<u64>) -> indicatif::ProgressBar {
    let (bar, template) = match size {
        Some(len) => (
            indicatif::ProgressBar::new(len),
            "{bar:30} {percent:>3}% {msg} ({elapsed})",
        ),
        None => (
            indicatif::ProgressBar::new_spinner(),
            "{spinner} {msg} ({elapsed})",
        ),
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

fn delimiter(text: &str) -> Result<u8> {
    match text {
        "\\t" | "\t" => Ok(b'\t'),
        t if t.len() == 1 && t.is_ascii() && t != "\"" => Ok(t.as_bytes()[0]),
        t => refuse(Refusal::usage(format!(
            "invalid --delimiter '{}': give one ASCII character other than '\"'",
            sanitize(t)
        ))),
    }
}

pub fn import(ctx: &Ctx, args: &ImportArgs) -> Result<()> {
    let delimiter = delimiter(&args.delimiter)?;
    let (input, size): (Box<dyn Read + Send>, Option<u64>) = if args.file == "-" {
        (Box::new(std::io::stdin()), None)
    } else {
        let file = File::open(&args.file).map_err(|e| {
            Refusal::not_found(format!("cannot open {}: {e}", sanitize(&args.file)))
        })?;
        let size = file
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map(|m| m.len());
        (Box::new(file), size)
    };
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    // Check the output files before anything is written, so a bad path fails first.
    let protected = fsio::Protected::database(&ctx.db_path).input(Path::new(&args.file));
    let rejects = fsio::Existing::from_force(args.force);
    if let Some(path) = &args.rejects {
        fsio::preflight(path, rejects, &protected)?;
    }
    let mut passwords_out = match (&args.passwords_out, ctx.dry_run) {
        (Some(path), false) => Some(PendingFile::create(path, &protected)?),
        (Some(path), true) => {
            fsio::preflight(path, fsio::Existing::Replace, &protected)?;
            None
        }
        (None, _) => None,
    };
    let opts = Options {
        mode: args.mode,
        default_role: args.default_role.trim().to_string(),
        delimiter,
        skip_invalid: args.skip_invalid,
        generate_passwords: args.passwords_out.is_some(),
        allow_weak_hashes: args.allow_weak_hashes,
        dry_run: ctx.dry_run,
    };
    let bar = (ctx.ui.interactive && !ctx.ui.quiet).then(|| progress_bar(size));
    let progress = |p: import::Progress| {
        if let Some(bar) = &bar {
            bar.set_position(p.bytes);
            let mut message = format!("{} rows read", p.rows);
            if p.hashed > 0 {
                message.push_str(&format!(", {} passwords hashed", p.hashed));
            }
            if p.writing {
                message.push_str("; writing to the database");
            }
            bar.set_message(message);
        }
    };
    let mut on_generated = |g: &import::Generated| match &mut passwords_out {
        Some(file) => file.write(g),
        None => Ok(()),
    };
    let report = import::run(
        &conn,
        &actor,
        std::io::BufReader::new(input),
        &opts,
        &progress,
        &mut on_generated,
    );
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let report = report?;
    let wrote = report.rejected.is_empty() || args.skip_invalid;
    if let Some(pending) = passwords_out {
        if wrote {
            pending.persist()?;
        }
    }
    if let Some(path) = &args.rejects {
        write_rejects(path, rejects, &protected, &report)?;
    }
    render(ctx, &report)?;
    if report.rejected.is_empty() {
        return Ok(());
    }
    let n = report.rejected.len();
    let written = !ctx.dry_run && args.skip_invalid;
    refuse(if written {
        Refusal::invalid(format!(
            "{n} invalid row(s) were skipped; the valid rows were imported"
        ))
        .hint("fix the rows listed above (or in --rejects) and import the file again")
    } else {
        Refusal::invalid(format!("{n} invalid row(s): nothing was written"))
            .hint("fix the rows listed above, or add --skip-invalid to import the valid rows only")
    })
}

fn write_rejects(
    path: &Path,
    existing: fsio::Existing,
    protected: &fsio::Protected,
    report: &Report,
) -> Result<()> {
    let file = fsio::Output::create(path, existing, protected)?;
    let mut w = csv::Writer::from_writer(BufWriter::new(file));
    let mut header = report.header.clone();
    header.push("reason".into());
    w.write_record(&header)?;
    for r in &report.rejected {
        let mut fields: Vec<String> = r.fields.iter().map(|f| csv_cell(f).into_owned()).collect();
        fields.resize(report.header.len(), String::new());
        fields.push(csv_cell(&format!("line {}: {}", r.line, r.reason)).into_owned());
        w.write_record(&fields)?;
    }
    w.into_inner()
        .map_err(csv::IntoInnerError::into_error)?
        .into_inner()
        .map_err(std::io::IntoInnerError::into_error)?
        .commit()
}

fn render(ctx: &Ctx, report: &Report) -> Result<()> {
    for r in &report.rejected {
        eprintln!("line {}: {}", r.line, sanitize(&r.reason));
    }
    let mut out = std::io::stdout().lock();
    if ctx.ui.format == Format::Json {
        let mut value = serde_json::json!({
            "mode": report.mode,
            "dry_run": report.dry_run,
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "deactivated": report.deactivated,
            "rejected": report.rejected.len(),
            "rejected_rows": report.rejected,
        });
        if let Some(names) = &report.names {
            value["would_create"] = serde_json::json!(names.created);
            value["would_update"] = serde_json::json!(names.updated);
            value["would_deactivate"] = serde_json::json!(names.deactivated);
        }
        writeln!(out, "{value}")?;
        return Ok(());
    }
    if let (Some(names), false) = (&report.names, ctx.ui.quiet) {
        for (verb, names) in [
            ("create", &names.created),
            ("update", &names.updated),
            ("deactivate", &names.deactivated),
        ] {
            for name in names {
                writeln!(out, "would {verb} {}", sanitize(name))?;
            }
        }
    }
    writeln!(
        out,
        "import{}: {} created, {} updated, {} unchanged, {} deactivated, {} rejected",
        if ctx.dry_run {
            " (dry run, nothing written)"
        } else {
            ""
        },
        report.created,
        report.updated,
        report.unchanged,
        report.deactivated,
        report.rejected.len()
    )?;
    Ok(())
}

pub fn export(ctx: &Ctx, args: &ExportArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    authz::authorize(&conn, &actor, Action::ListUsers)?;
    let filter = args.filter.filter(Sort::Username, None);
    match &args.output {
        Some(path) => {
            let existing = fsio::Existing::from_force(args.force);
            let protected = fsio::Protected::database(&ctx.db_path);
            let mut file = fsio::Output::create(path, existing, &protected)?;
            write_export(&conn, &filter, args, &mut file, false)?;
            file.commit()
        }
        // To a terminal the CSV is read, not parsed: escaped like a table.
        None => write_export(
            &conn,
            &filter,
            args,
            &mut std::io::stdout().lock(),
            ctx.ui.stdout_tty,
        ),
    }
}

fn write_export(
    conn: &rusqlite::Connection,
    filter: &crate::db::users::Filter,
    args: &ExportArgs,
    sink: &mut dyn Write,
    terminal: bool,
) -> Result<()> {
    let mut w = csv::Writer::from_writer(BufWriter::with_capacity(1 << 16, sink));
    let mut header = vec!["username", "email", "name", "role", "status"];
    if args.with_password_hashes {
        header.push("password_hash");
    }
    w.write_record(&header)?;
    let result = crate::db::users::for_each(conn, filter, |u| {
        let email = u.email.unwrap_or_default();
        let mut row = vec![
            csv_out(&u.username, terminal).into_owned(),
            csv_out(&email, terminal).into_owned(),
            csv_out(&u.display_name, terminal).into_owned(),
            csv_out(&u.role, terminal).into_owned(),
            u.status.as_str().to_string(),
        ];
        if args.with_password_hashes {
            let hash = crate::db::users::password_hash(conn, u.id)?;
            row.push(csv_out(&hash.unwrap_or_default(), terminal).into_owned());
        }
        w.write_record(&row)?;
        Ok(())
    })
    .and_then(|()| Ok(w.flush()?));
    match result {
        Err(e) if is_broken_pipe(&e) => Ok(()),
        other => other,
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|e| {
                matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}
