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
use crate::import::{self, Mapping, Mode, Options, Report};
use crate::output::{csv_cell, csv_out, sanitize, Format};
use crate::settings::Limit;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file, or - for standard input. Header row required; columns:
    /// username, email, name (or first_name + last_name), role, status,
    /// password or password_hash, groups (;-separated), expires_at, kind
    /// (person or service: creates service accounts), and the declared attributes. Unknown columns are refused (see --map,
    /// --ignore-column)
    pub file: String,
    /// create: only create (an existing user is an invalid row); upsert: create and
    /// update; sync: upsert, then deactivate the active accounts managed by this
    /// --source that are absent from the file
    #[arg(long, value_enum, default_value_t = Mode::Upsert)]
    pub mode: Mode,
    /// The name of this feed: accounts it creates are managed by it, and --mode sync
    /// only ever deactivates accounts of the same source
    #[arg(long, default_value = "csv", value_name = "NAME")]
    pub source: String,
    /// Also make the existing accounts the file names that no source manages managed
    /// by --source (so a later sync may deactivate them). Never the accounts made by
    /// init or recover, nor service accounts. Without it the import only updates
    /// their fields
    #[arg(long)]
    pub adopt: bool,
    /// Replace the passwords of existing accounts with the file's (each audited as a
    /// reset; their sessions end). Without it, file passwords are initial passwords only
    #[arg(long)]
    pub reset_passwords: bool,
    /// Sync: refuse (exit 7, nothing written) to deactivate more than N accounts, or
    /// P% of the source's active accounts (default: setting import.max_deactivate, 10%)
    #[arg(long, value_name = "N|P%", value_parser = parse_limit)]
    pub max_deactivate: Option<Limit>,
    /// Refuse (exit 7, nothing written) to create + update + deactivate more than N
    /// accounts, or P% of the source's active accounts
    #[arg(long, value_name = "N|P%", value_parser = parse_limit)]
    pub max_changes: Option<Limit>,
    /// Read the file's column HEADER as a userctl column, e.g. --map 'Email
    /// Address [Required]=email' (repeatable; HEADER is case-insensitive)
    #[arg(long = "map", value_name = "HEADER=COLUMN")]
    pub maps: Vec<String>,
    /// Read --map lines (HEADER=column) from FILE; blank lines and # comments skipped
    #[arg(long, value_name = "FILE")]
    pub map_file: Option<PathBuf>,
    /// Ignore the file's column HEADER (repeatable)
    #[arg(long = "ignore-column", value_name = "HEADER")]
    pub ignore_columns: Vec<String>,
    /// Derive the username from the email's local part (lower-cased)
    #[arg(long, value_name = "FIELD", value_parser = ["email"])]
    pub username_from: Option<String>,
    /// Read the status cell VALUE as active, inactive or invited (repeatable,
    /// case-insensitive), e.g. --status-map 'PROVISIONED=invited'
    #[arg(long = "status-map", value_name = "VALUE=STATUS")]
    pub status_maps: Vec<String>,
    /// Read the role cell VALUE as ROLE (repeatable, case-insensitive)
    #[arg(long = "role-map", value_name = "VALUE=ROLE")]
    pub role_maps: Vec<String>,
    /// Skip N lines before the header (a preamble such as "version:v1.0")
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub skip_lines: u64,
    /// The file's encoding, a WHATWG label: windows-1252, iso-8859-15, utf-16le …
    /// (default UTF-8; a UTF-8 or UTF-16 byte order mark is detected)
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
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
    /// Also export the password_hash column (the stored hashes, in whatever format
    /// each was imported: treat the file as a secret). Off by default
    #[arg(long)]
    pub with_password_hashes: bool,
}

/// `--passwords-out`: the passwords one run generates, kept in a private file beside
/// the target until the import has written, then added to the target — a new file, or
/// appended to an existing one. An earlier run's secrets are never lost: a run that
/// generates nothing leaves the target as it is.
struct PasswordsOut {
    target: PathBuf,
    protected: fsio::Protected,
    /// The target, opened for appending when it already exists.
    existing: Option<File>,
    staging: PathBuf,
    writer: Option<csv::Writer<BufWriter<File>>>,
    count: u64,
}

/// Checks the `--passwords-out` target before anything is written: not the database
/// or the input, and an existing one must be a private regular file of ours (not a
/// symlink, not a directory, no other link); returns it opened for appending.
fn passwords_target(target: &Path, protected: &fsio::Protected) -> Result<Option<File>> {
    fsio::open_append(target, protected)
}

impl PasswordsOut {
    /// Checks the target and creates the private file beside it (so an unwritable
    /// directory fails now, before the import writes anything).
    fn prepare(target: &Path, protected: &fsio::Protected) -> Result<Self> {
        let existing = passwords_target(target, protected)?;
        let name = target
            .file_name()
            .map_or_else(|| "passwords".into(), |n| n.to_string_lossy().into_owned());
        // Not named like fsio's partial files: those are cleaned up, and this one may be
        // the only copy of the passwords should the delivery fail.
        let staging = target.with_file_name(format!(".{name}.undelivered-{}", std::process::id()));
        let file = fsio::create_new(&staging).with_context(|| {
            format!(
                "--passwords-out {}: cannot create a file in its directory",
                target.display()
            )
        })?;
        let mut writer = csv::Writer::from_writer(BufWriter::new(file));
        writer.write_record(["username", "password"])?;
        Ok(PasswordsOut {
            target: target.to_path_buf(),
            protected: protected.clone(),
            existing,
            staging,
            writer: Some(writer),
            count: 0,
        })
    }

    /// Adds one generated password.
    fn write(&mut self, g: &import::Generated) -> Result<()> {
        let w = self
            .writer
            .as_mut()
            .context("the passwords file was already delivered")?;
        w.write_record([g.username.as_str(), g.password.as_str()])?;
        self.count += 1;
        Ok(())
    }

    /// After the import has written: adds the passwords to the target. A failure
    /// names the private file that still holds them.
    fn deliver(mut self) -> Result<()> {
        let Some(writer) = self.writer.take() else {
            return Ok(());
        };
        if self.count == 0 {
            drop(writer);
            let _ = std::fs::remove_file(&self.staging);
            return Ok(());
        }
        let result = self.deliver_from(writer);
        // Exit 1: the accounts exist; the message says where their passwords are.
        result.map_err(|e| {
            anyhow::anyhow!(
                "the import was written, but its {} generated password(s) could not be added \
                 to {}: {e:#}; they are in {} (mode 0600): hand them out from there, then \
                 delete that file",
                self.count,
                self.target.display(),
                self.staging.display()
            )
        })
    }

    fn deliver_from(&mut self, writer: csv::Writer<BufWriter<File>>) -> Result<()> {
        let file = writer
            .into_inner()
            .map_err(csv::IntoInnerError::into_error)?
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        file.sync_all()?;
        drop(file);
        let mut target = match self.existing.take() {
            Some(file) => file,
            None => match std::fs::hard_link(&self.staging, &self.target) {
                // A new target: the private file itself, under the target's name.
                Ok(()) => {
                    std::fs::remove_file(&self.staging)?;
                    return Ok(());
                }
                // Created meanwhile: append to it, if it is a file we may append to.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    passwords_target(&self.target, &self.protected)?
                        .context("the target appeared and vanished again")?
                }
                Err(e) => return Err(e.into()),
            },
        };
        let text = std::fs::read(&self.staging)?;
        let rows = text
            .iter()
            .position(|b| *b == b'\n')
            .map_or(&text[..], |i| &text[i + 1..]);
        target.write_all(rows)?;
        target.sync_all()?;
        std::fs::remove_file(&self.staging)?;
        Ok(())
    }
}

impl Drop for PasswordsOut {
    fn drop(&mut self) {
        // Never delivered (the import refused or failed): nothing to keep.
        if self.writer.is_some() {
            let _ = std::fs::remove_file(&self.staging);
        }
    }
}

/// The phases the import's progress display shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Reading, checking and hashing rows: one bar over the whole file's rows, a row
    /// being done once it is checked and its password (if any) hashed.
    Rows,
    /// The final write under the lock.
    Writing,
}

/// Rows done and rows in the whole file: while the file is still being read, the
/// total is estimated from the share of its bytes read so far (exact at the end,
/// or for standard input, whose size is unknown: then the rows read so far).
fn row_counts(p: &import::Progress, size: Option<u64>) -> (u64, u64) {
    let pending = p.queued.saturating_sub(p.hashed);
    let done = p.rows.saturating_sub(pending);
    let total = match size {
        Some(size) if p.bytes > 0 && p.bytes < size => {
            let estimate = u128::from(p.rows) * u128::from(size) / u128::from(p.bytes);
            u64::try_from(estimate).unwrap_or(u64::MAX).max(p.rows)
        }
        _ => p.rows,
    };
    (done, total.max(done))
}

/// Shows one progress report on the bar: one bar over the whole file's rows with an
/// estimate of the time left, then a spinner for the final write.
fn show_progress(
    bar: &indicatif::ProgressBar,
    shown: &std::sync::Mutex<Option<Phase>>,
    size: Option<u64>,
    p: &import::Progress,
) {
    let phase = if p.writing {
        Phase::Writing
    } else {
        Phase::Rows
    };
    let Ok(mut shown) = shown.lock() else {
        return;
    };
    if *shown != Some(phase) {
        let template = match phase {
            Phase::Rows => "{bar:30} {pos}/{len} rows{msg} ({elapsed}, about {eta} left)",
            Phase::Writing => "{spinner} {msg} ({elapsed})",
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        *shown = Some(phase);
    }
    match phase {
        Phase::Rows => {
            let (done, total) = row_counts(p, size);
            bar.set_length(total);
            bar.set_position(done);
            bar.set_message(if p.queued > 0 {
                format!(", {}/{} passwords hashed", p.hashed, p.queued)
            } else {
                String::new()
            });
        }
        Phase::Writing => bar.set_message(format!(
            "writing to the database ({} rows, {} passwords hashed)",
            p.rows, p.hashed
        )),
    }
}

/// The import's progress display: a bar over the file's rows; [`show_progress`]
/// moves it through the phases.
fn progress_bar() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(0);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} rows ({elapsed})")
    {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

fn parse_limit(text: &str) -> Result<Limit, String> {
    Limit::parse(text)
}

/// The mapping the flags describe; `attributes` are the declared attributes (which
/// `--map` may name as columns too).
fn mapping(args: &ImportArgs, attributes: Vec<String>) -> Result<Mapping> {
    let mut m = Mapping {
        attributes,
        ..Mapping::default()
    };
    if let Some(path) = &args.map_file {
        m.add_map_file(&path.display().to_string(), &read_map_file(path)?)?;
    }
    for text in &args.maps {
        m.add_column(text)?;
    }
    for header in &args.ignore_columns {
        m.add_ignore(header);
    }
    for text in &args.status_maps {
        m.add_status(text)?;
    }
    for text in &args.role_maps {
        m.add_role(text)?;
    }
    m.username_from_email = args.username_from.is_some();
    Ok(m)
}

/// The largest `--map-file` read: 1 MiB.
const MAX_MAP_FILE_BYTES: u64 = 1 << 20;

/// The text of a `--map-file` (at most [`MAX_MAP_FILE_BYTES`]).
fn read_map_file(path: &Path) -> Result<String> {
    let cannot = |e: &dyn std::fmt::Display| {
        Refusal::not_found(format!(
            "cannot read --map-file {}: {e}",
            sanitize(&path.to_string_lossy())
        ))
    };
    let bytes = File::open(path)
        .and_then(|f| fsio::read_bounded(f, MAX_MAP_FILE_BYTES))
        .map_err(|e| cannot(&e))?;
    let Some(bytes) = bytes else {
        return refuse(
            Refusal::usage(format!(
                "--map-file {} is larger than {} MiB: not a column map",
                sanitize(&path.to_string_lossy()),
                MAX_MAP_FILE_BYTES >> 20
            ))
            .hint("a map file holds one HEADER=column a line"),
        );
    };
    String::from_utf8(bytes).map_err(|_| cannot(&"it is not UTF-8 text").into())
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
    let summarised = std::cell::Cell::new(false);
    let out = import_summarised(ctx, args, &summarised);
    if let Err(err) = &out {
        if ctx.ui.format == Format::Json && !summarised.get() {
            // A cron job's summary file says why the run was refused, not nothing.
            let (message, hint) = match crate::error::refusal_of(err) {
                Some(r) => (r.message, r.hint),
                None => (format!("{err:#}"), None),
            };
            let summary = serde_json::json!({
                "refused": true,
                "error": message,
                "hint": hint,
                "exit_code": crate::error::exit_code(err),
                "created": 0,
                "updated": 0,
                "deactivated": 0,
                "dry_run": ctx.dry_run,
            });
            println!("{summary}");
        }
    }
    out
}

/// The import; `summarised` is set once its summary has been printed.
fn import_summarised(
    ctx: &Ctx,
    args: &ImportArgs,
    summarised: &std::cell::Cell<bool>,
) -> Result<()> {
    let delimiter = delimiter(&args.delimiter)?;
    import::check_source(&args.source)?;
    let conn = ctx.open()?;
    let declared = crate::db::attributes::list(&conn)?
        .into_iter()
        .map(|a| a.name)
        .collect();
    let mapping = mapping(args, declared)?;
    let encoding = match &args.encoding {
        None => None,
        Some(label) => Some(import::encoding_for(label).ok_or_else(|| {
            Refusal::usage(format!("unknown --encoding '{}'", sanitize(label)))
                .hint("give a WHATWG label: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-15 …")
        })?),
    };
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
    let actor = ctx.actor(&conn)?;
    // Check the output files before anything is written, so a bad path fails first.
    let protected = fsio::Protected::database(&ctx.db_path).input(Path::new(&args.file));
    let rejects = fsio::Existing::from_force(args.force);
    if let Some(path) = &args.rejects {
        fsio::preflight(path, rejects, &protected)?;
    }
    let mut passwords_out = match (&args.passwords_out, ctx.dry_run) {
        (Some(path), false) => Some(PasswordsOut::prepare(path, &protected)?),
        (Some(path), true) => {
            passwords_target(path, &protected)?;
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
        source: args.source.clone(),
        adopt: args.adopt,
        reset_passwords: args.reset_passwords,
        max_deactivate: args.max_deactivate,
        max_changes: args.max_changes,
        mapping,
        skip_lines: args.skip_lines,
        encoding,
        list_changes: ctx.ui.format == Format::Json,
    };
    let bar = (ctx.ui.interactive && !ctx.ui.quiet).then(progress_bar);
    let phase = std::sync::Mutex::new(None);
    let progress = |p: import::Progress| {
        if let Some(bar) = &bar {
            show_progress(bar, &phase, size, &p);
        }
    };
    let mut on_generated = |g: &import::Generated| match &mut passwords_out {
        Some(file) => file.write(g),
        None => Ok(()),
    };
    let report = crate::prompt::polling(|| {
        import::run(
            &conn,
            &actor,
            std::io::BufReader::new(input),
            &opts,
            &progress,
            &mut on_generated,
        )
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let report = report?;
    if args.file != "-" && has_plaintext_passwords(&report.header, &opts.mapping) {
        warn_if_others_can_read(ctx, Path::new(&args.file));
    }
    let wrote = report.rejected.is_empty() || args.skip_invalid;
    let delivered = match passwords_out {
        Some(out) if wrote => out.deliver(),
        _ => Ok(()),
    };
    if let Some(path) = &args.rejects {
        write_rejects(path, rejects, &protected, &report)?;
    }
    summarised.set(true);
    render(ctx, &report)?;
    delivered?;
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

/// Whether the file's header has a column of plaintext passwords (after `--map` and
/// `--ignore-column`).
fn has_plaintext_passwords(header: &[String], mapping: &Mapping) -> bool {
    header.iter().any(|h| {
        let h = h.trim().to_lowercase();
        if mapping.ignore.contains(&h) {
            return false;
        }
        match mapping.columns.iter().find(|(from, _)| *from == h) {
            Some((_, column)) => column == "password",
            None => h == "password",
        }
    })
}

/// A file of plaintext passwords that every local user can read is worth a warning.
fn warn_if_others_can_read(ctx: &Ctx, path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    let mode = meta.permissions().mode() & 0o7777;
    if mode & 0o004 != 0 {
        ctx.ui.warn(&format!(
            "{} holds plaintext passwords and every user on this machine can read it (mode {mode:04o}): \
             `chmod 600` it, and delete it once the import is done",
            path.display()
        ));
    }
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
            "source": report.source,
            "dry_run": report.dry_run,
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "deactivated": report.deactivated,
            "passwords_hashed": report.passwords_hashed,
            "rejected": report.rejected.len(),
            "rejected_rows": report.rejected,
        });
        if let Some(names) = &report.names {
            value["updated_accounts"] = serde_json::json!(names.updated);
            value["deactivated_accounts"] = serde_json::json!(names.deactivated);
            if report.dry_run {
                let updated: Vec<&str> =
                    names.updated.iter().map(|u| u.username.as_str()).collect();
                value["would_create"] = serde_json::json!(names.created);
                value["would_update"] = serde_json::json!(updated);
                value["would_deactivate"] = serde_json::json!(names.deactivated);
            }
        }
        writeln!(out, "{value}")?;
        return Ok(());
    }
    if let (Some(names), false) = (&report.names, ctx.ui.quiet) {
        for name in &names.created {
            writeln!(out, "would create {}", sanitize(name))?;
        }
        for u in &names.updated {
            let changes: Vec<String> = u
                .changes
                .iter()
                .map(|c| format!("{} {} -> {}", c.field, shown(&c.old), shown(&c.new)))
                .collect();
            writeln!(
                out,
                "would update {}: {}",
                sanitize(&u.username),
                changes.join(", ")
            )?;
        }
        for d in &names.deactivated {
            let manager = if d.manager {
                " (a manager: holds users.manage)"
            } else {
                ""
            };
            writeln!(out, "would deactivate {}{manager}", sanitize(&d.username))?;
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

/// A field's value in a text line: `(none)` for a missing one, escaped.
fn shown(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "(none)".into(),
        serde_json::Value::String(s) if s.is_empty() => "''".into(),
        serde_json::Value::String(s) => sanitize(s).into_owned(),
        // Groups, as the cell writes them.
        serde_json::Value::Array(items) if items.is_empty() => "(none)".into(),
        serde_json::Value::Array(items) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map_or_else(|| i.to_string(), |s| sanitize(s).into_owned())
            })
            .collect::<Vec<_>>()
            .join(";"),
        other => other.to_string(),
    }
}

pub fn export(ctx: &Ctx, args: &ExportArgs) -> Result<()> {
    let conn = ctx.open_for_reading()?;
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
    conn: &crate::db::Conn,
    filter: &crate::db::users::Filter,
    args: &ExportArgs,
    sink: &mut dyn Write,
    terminal: bool,
) -> Result<()> {
    let mut w = csv::Writer::from_writer(BufWriter::with_capacity(1 << 16, sink));
    // The columns import-csv reads: an attribute's cell is the account's own value
    // (empty: none, the default applies), so an export imports back unchanged.
    let attributes: Vec<String> = crate::db::attributes::list(conn)?
        .into_iter()
        .map(|a| a.name)
        .collect();
    let mut header = vec![
        "username",
        "email",
        "name",
        "role",
        "status",
        "groups",
        "expires_at",
        "kind",
    ];
    header.extend(attributes.iter().map(String::as_str));
    if args.with_password_hashes {
        header.push("password_hash");
    }
    w.write_record(&header)?;
    let result = crate::db::users::for_each_export(conn, filter, &attributes, |u| {
        let email = u.email.unwrap_or_default();
        let mut row = vec![
            csv_out(&u.username, terminal).into_owned(),
            csv_out(&email, terminal).into_owned(),
            csv_out(&u.display_name, terminal).into_owned(),
            csv_out(&u.role, terminal).into_owned(),
            u.status.as_str().to_string(),
            csv_out(&u.groups, terminal).into_owned(),
            u.expires_at.unwrap_or_default(),
            u.kind.clone(),
        ];
        for value in u.attributes {
            row.push(csv_out(&value.unwrap_or_default(), terminal).into_owned());
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn progress(bytes: u64, rows: u64, queued: u64, hashed: u64) -> import::Progress {
        import::Progress {
            bytes,
            rows,
            queued,
            hashed,
            writing: false,
        }
    }

    #[test]
    fn progress_counts_the_whole_file_in_rows() {
        // A quarter of a 4000-byte file read: 100 rows, so about 400 in all; rows
        // whose passwords wait to be hashed are not done yet.
        assert_eq!(
            row_counts(&progress(1000, 100, 60, 20), Some(4000)),
            (60, 400)
        );
        // Read to the end: the total is exact.
        assert_eq!(
            row_counts(&progress(4000, 390, 390, 100), Some(4000)),
            (100, 390)
        );
        assert_eq!(
            row_counts(&progress(4000, 390, 390, 390), Some(4000)),
            (390, 390)
        );
        // Standard input (no size): the rows so far.
        assert_eq!(row_counts(&progress(1000, 100, 0, 0), None), (100, 100));
        assert_eq!(row_counts(&progress(0, 0, 0, 0), Some(4000)), (0, 0));
    }
}
