//! The SQLite file: opening it safely, recognising it, migrating it.
//!
//! Every connection gets `foreign_keys=ON` and a busy timeout from `--wait`; a file
//! userctl creates is created mode 0600 before SQLite touches it and put in WAL mode.
//! A file that is not SQLite, is SQLite but not userctl's, or has a newer schema is
//! refused before anything is written to it. The submodules hold the SQL, one per table.
//!
//! Only this module and its submodules know the engine: the rest of userctl holds a
//! [`Conn`] or a [`Tx`], starts transactions with [`begin_write`] and [`begin_read`],
//! and asks the store functions for what it needs (a test in `tests/cli/layers.rs`
//! keeps it so).

pub mod access;
pub mod attributes;
pub mod audit;
pub mod backup;
pub mod bulk;
pub mod conninfo;
pub mod copy;
pub mod ends;
pub mod engine;
pub mod erase;
pub mod failure;
pub mod guard;
pub mod import;
pub mod instant;
pub mod keys;
pub mod lockout;
pub mod migrate;
pub mod names;
pub mod owned;
pub mod postgres;
pub mod recovery;
pub mod redaction;
pub mod resets;
pub mod rls;
pub mod roles;
pub mod second_factor;
pub mod server;
pub mod sessions;
pub mod settings;
pub mod users;

use std::fs::OpenOptions;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::OpenFlags;

use crate::error::{refuse, Kind, Refusal};

pub use engine::{
    marks, marks_from, params_from_iter, Conn, Dialect, FromSql, NoRows, OptionalExtension, Params,
    Row, Statement, ToSql, Tx, Value, ValueRef,
};

/// `PRAGMA application_id` of a userctl database: the bytes `uctl`.
pub const APPLICATION_ID: i64 = 0x7563_746C;

pub use migrate::{migrate, Applied, LATEST_VERSION};

/// How an existing file must look to be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// The current schema; an older one is refused with a hint to migrate.
    Current,
    /// Any schema this build knows; an older one is migrated on open.
    Migrate,
}

/// What [`open_or_create`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    Created,
    Existing,
}

/// Opens an existing userctl database.
pub fn open(path: &Path, wait: Duration, schema: Schema) -> Result<Conn> {
    let (conn, version) = open_initialised(path, wait)?;
    if version < LATEST_VERSION {
        if schema == Schema::Current {
            return refuse_older(path, version);
        }
        migrate(&conn, false)?;
    }
    Ok(conn)
}

/// Refuses a database at an older schema where it cannot be migrated.
fn refuse_older<T>(path: &Path, version: i64) -> Result<T> {
    refuse(
        Refusal::unusable(format!(
            "{} has schema version {version}; this userctl needs version {LATEST_VERSION}",
            path.display()
        ))
        .hint("back it up, then run `userctl db migrate` (as an account that can write it)"),
    )
}

/// How a command that only reads reached the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// As every command does: the file is writable for this user.
    Normal,
    /// Read-only: the file is not writable for this user, and an application has it
    /// open (its -wal holds changes), so SQLite reads through the existing -wal and
    /// -shm without creating or changing anything.
    ReadOnly,
    /// As an unchanging snapshot: the file is not writable for this user and no -wal
    /// holds changes, so the file alone is the database. Nothing is created beside it
    /// (a reader that created the -shm would own it, and could lock the application
    /// out). A checkpoint by an application starting meanwhile could make the read
    /// fail; it never writes.
    Snapshot,
}

/// Opens an existing database at the current schema for a command that only reads.
/// A file this user may write opens as for any command; one it may only read (a
/// backup on read-only media, an auditor's account) opens read-only (see
/// [`Reading`]) instead of being refused.
pub fn open_for_reading(path: &Path, wait: Duration) -> Result<(Conn, Reading)> {
    ensure_regular_file(path)?;
    let denied =
        |e: &std::io::Error| e.kind() == std::io::ErrorKind::PermissionDenied || read_only_fs(e);
    let read_only =
        matches!(OpenOptions::new().read(true).write(true).open(path), Err(e) if denied(&e));
    if !read_only {
        return Ok((open(path, wait, Schema::Current)?, Reading::Normal));
    }
    check_header(path)?;
    let beside = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        std::fs::metadata(name).is_ok_and(|m| m.len() > 0)
    };
    // A writer that died mid-change left its rollback journal: until an account that
    // can write the file opens it (which rolls the change back), the file alone is not
    // the database, and a snapshot would read the half-made change.
    if beside("-journal") {
        return refuse(
            Refusal::new(
                Kind::Failure,
                format!(
                    "{} is read-only for this user, and a writer that stopped mid-change left \
                     its -journal beside it",
                    path.display()
                ),
            )
            .hint("run any userctl command as an account that can write the file (it rolls the change back), then read it"),
        );
    }
    let how = if beside("-wal") {
        Reading::ReadOnly
    } else {
        Reading::Snapshot
    };
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let uri = format!(
        "file:{}?mode=ro{}",
        uri_path(path)?,
        if how == Reading::Snapshot {
            "&immutable=1"
        } else {
            ""
        }
    );
    let conn = rusqlite::Connection::open_with_flags(&uri, flags)
        .with_context(|| format!("opening {} read-only", path.display()))?;
    conn.busy_timeout(wait)?;
    // Through an application's -wal, SQLite needs to read its -shm too: a failure
    // there is a permission, not damage (which `recognise` would call it).
    if how == Reading::ReadOnly {
        if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        }) {
            return refuse(
                Refusal::new(
                    Kind::Failure,
                    format!(
                        "{} is read-only for this user, and an application has it open: its \
                         -wal and -shm cannot be read ({e})",
                        path.display()
                    ),
                )
                .hint("read a copy (`userctl db backup` by an account that can write it), or run userctl as the database's owner"),
            );
        }
    }
    let conn = Conn::Sqlite(conn);
    let version = recognise(&conn, path)?;
    require_initialised(path, version)?;
    if version < LATEST_VERSION {
        return refuse_older(path, version);
    }
    Ok((conn, how))
}

/// `path` as the path of an SQLite URI: absolute, with `%`, `?` and `#` escaped.
fn uri_path(path: &Path) -> Result<String> {
    let absolute =
        std::fs::canonicalize(path).with_context(|| format!("resolving {}", path.display()))?;
    let text = absolute
        .to_str()
        .with_context(|| format!("{} is not valid UTF-8", path.display()))?;
    Ok(text
        .replace('%', "%25")
        .replace('?', "%3f")
        .replace('#', "%23"))
}

/// Opens an existing database for a dry run of a command that migrates: a file at an
/// older schema is copied into a private temporary database (deleted when the
/// connection closes) and migrated there, so the dry run sees what the real run would
/// while the file itself is not touched. Returns the file's own version when it was
/// older.
pub fn open_migrated_copy(path: &Path, wait: Duration) -> Result<(Conn, Option<i64>)> {
    let (conn, version) = open_initialised(path, wait)?;
    if version >= LATEST_VERSION {
        return Ok((conn, None));
    }
    // An empty name is SQLite's private temporary on-disk database.
    let mut copy = rusqlite::Connection::open("")?;
    rusqlite::backup::Backup::new(conn.sqlite("a dry run on a copy")?, &mut copy)?
        .run_to_completion(4096, Duration::ZERO, None)
        .with_context(|| format!("copying {} for the dry run", path.display()))?;
    drop(conn);
    copy.pragma_update(None, "foreign_keys", "ON")?;
    copy.pragma_update(None, "secure_delete", "ON")?;
    let copy = Conn::Sqlite(copy);
    migrate(&copy, false)?;
    Ok((copy, Some(version)))
}

/// [`open_any_version`], refusing an empty database (one `init` has not made).
fn open_initialised(path: &Path, wait: Duration) -> Result<(Conn, i64)> {
    let (conn, version) = open_any_version(path, wait)?;
    require_initialised(path, version)?;
    Ok((conn, version))
}

/// Refuses an empty database (version 0): `init` makes it one.
pub fn require_initialised(path: &Path, version: i64) -> Result<()> {
    if version == 0 {
        return refuse(
            Refusal::unusable(format!("{} is an empty database", path.display()))
                .hint("initialise it with `userctl init`"),
        );
    }
    Ok(())
}

/// Opens an existing userctl database at whatever schema version it has, without
/// migrating it (`db check`, `db backup` and `db migrate` must work on an older
/// schema). A missing, foreign or newer file is refused. Returns the version (0 for
/// an empty database).
pub fn open_any_version(path: &Path, wait: Duration) -> Result<(Conn, i64)> {
    ensure_regular_file(path)?;
    if !path.exists() {
        return refuse(
            Refusal::unusable(format!("no database at {}", path.display()))
                .hint("create one with `userctl init`, or name it with --db PATH / USERCTL_DB"),
        );
    }
    check_header(path)?;
    let conn = connect(path, wait)?;
    let version = recognise(&conn, path)?;
    Ok((conn, version))
}

/// Opens the database at `path`, creating it (mode 0600, WAL) when it does not exist
/// and bringing its schema up to date either way.
pub fn open_or_create(path: &Path, wait: Duration) -> Result<(Conn, Opened)> {
    ensure_regular_file(path)?;
    let opened = if path.exists() {
        check_header(path)?;
        Opened::Existing
    } else {
        create_private_file(path)?;
        Opened::Created
    };
    let conn = connect(path, wait)?;
    let version = recognise(&conn, path)?;
    if version == 0 {
        conn.pragma_update(None, "journal_mode", "WAL")
            .context("switching the new database to WAL mode")?;
    }
    migrate(&conn, false)?;
    Ok((conn, opened))
}

/// An in-memory database at the latest schema, for tests of the domain.
pub fn open_in_memory() -> Result<Conn> {
    let conn = Conn::Sqlite(rusqlite::Connection::open_in_memory()?);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    migrate(&conn, false)?;
    Ok(conn)
}

/// Refuses a `--db` that is not a regular file (or a link to one) before anything
/// opens it: SQLite's `:memory:` and temporary databases, which would "succeed"
/// and keep nothing; a directory; a FIFO, which would block the first read
/// forever; a device or a socket. A file with more than one hard link is refused
/// too: SQLite keeps a -wal and -shm beside each name, so a second name is a second
/// journal for one file, and writes through both corrupt it. A path that does not
/// exist yet is fine. Every command runs this before it opens the database.
pub fn ensure_regular_file(path: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let text = path.as_os_str();
    if text.is_empty() || text == ":memory:" {
        return refuse(
            Refusal::usage(format!(
                "--db '{}' names no file: userctl works on a database file",
                path.display()
            ))
            .hint("name the application's SQLite file with --db PATH / USERCTL_DB"),
        );
    }
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    if !meta.is_file() {
        return refuse(
            Refusal::unusable(format!(
                "{} is {}, not a database file",
                path.display(),
                crate::fsio::file_kind(meta.file_type())
            ))
            .hint("check --db / USERCTL_DB; it was left untouched"),
        );
    }
    if meta.nlink() > 1 {
        return refuse(
            Refusal::unusable(format!(
                "{} has {} hard links: a second name makes SQLite keep a second -wal and -shm \
                 for the same file, and writes through both names corrupt it",
                path.display(),
                meta.nlink()
            ))
            .hint("name the database by the one name the application uses, and remove the other links (a symlink is fine)"),
        );
    }
    Ok(())
}

/// The schema version of an open database.
pub fn user_version(conn: &Conn) -> Result<i64> {
    if conn.dialect() == Dialect::Postgres {
        return server::version(conn);
    }
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

/// Whether the database has a table (or view) of this name.
pub fn table_exists(conn: &Conn, name: &str) -> Result<bool> {
    let sql = match conn.dialect() {
        Dialect::Sqlite => "SELECT count(*) > 0 FROM sqlite_schema WHERE name = ?1",
        Dialect::Postgres => "SELECT to_regclass(?1) IS NOT NULL",
    };
    conn.query_row(sql, [name], |r| r.get(0))
}

/// Starts a transaction on a shared reference (rusqlite's own helper wants `&mut`).
/// The caller commits; dropping it rolls back.
fn begin(conn: &Conn, write: bool) -> Result<Tx<'_>> {
    match conn {
        Conn::Sqlite(c) => {
            c.execute_batch(if write {
                "BEGIN IMMEDIATE"
            } else {
                "BEGIN DEFERRED"
            })?;
            Ok(Tx::started(conn))
        }
        Conn::Postgres(s) => {
            s.batch(if write {
                "BEGIN"
            } else {
                "BEGIN ISOLATION LEVEL REPEATABLE READ"
            })?;
            let tx = Tx::started(conn);
            if write && s.locking() {
                // Every writer takes this one row first: the guard's count and the
                // audit chain's head are read by one writer at a time.
                s.batch("SELECT version FROM userctl_schema FOR UPDATE")?;
            }
            Ok(tx)
        }
    }
}

/// Starts the transaction of a read-check-write: the write lock is taken at once
/// (SQLite's `BEGIN IMMEDIATE`), so nothing another writer does can slip in between
/// the check and the write, and waiting for the lock honours the busy timeout.
pub fn begin_write(conn: &Conn) -> Result<Tx<'_>> {
    begin(conn, true)
}

/// Starts a transaction that reads one consistent view of the database and takes
/// no lock until it writes (SQLite's `BEGIN DEFERRED`).
pub fn begin_read(conn: &Conn) -> Result<Tx<'_>> {
    begin(conn, false)
}

/// Runs `write`, a write that commits a large transaction (an import of many rows),
/// with the commit's fsync moved out of the write lock: in WAL mode the commit only
/// writes its frames (`synchronous=NORMAL`, which keeps the database consistent), and
/// once the lock is released the WAL file is flushed to disk before this returns, so
/// a write reported done is as durable as with `synchronous=FULL`. On a million-row
/// import that takes about 1.7 s off the time other writers wait (BENCHMARKS.md note
/// 2). Other journal modes commit as usual.
pub fn with_sync_after_unlock<T>(conn: &Conn, write: impl FnOnce() -> Result<T>) -> Result<T> {
    if conn.dialect() == Dialect::Postgres {
        // The server syncs its own WAL at commit; nothing is held for it here.
        return write();
    }
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
    let wal = match conn.sqlite("a write synced after unlock")?.path() {
        Some(path) if mode.eq_ignore_ascii_case("wal") && !path.is_empty() => format!("{path}-wal"),
        _ => return write(),
    };
    let before: i64 = conn.pragma_query_value(None, "synchronous", |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    let out = write();
    conn.pragma_update(None, "synchronous", before)?;
    let out = out?;
    // The WAL exists while this connection is open; its frames (ours, and any written
    // since) reach the disk here, whoever checkpoints them later.
    std::fs::File::open(&wal)
        .and_then(|f| f.sync_data())
        .with_context(|| {
            format!("the change was committed, but flushing {wal} to disk failed; check the disk")
        })?;
    Ok(out)
}

/// Closes a connection after copying everything in the WAL into the database file,
/// so the file alone holds the database (before it is moved into place). A failed
/// copy (a full disk) is an error, never a silent loss.
pub fn close_checkpointed(conn: Conn) -> Result<()> {
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", (), |r| r.get(0))?;
    if busy != 0 {
        return refuse(Refusal::busy(
            "the new database could not be completed: another process holds it",
        ));
    }
    conn.into_sqlite()?.close().map_err(|(_, e)| e)?;
    Ok(())
}

/// Creates an empty file readable and writable by its owner only, so that the
/// database (and the -wal/-shm files SQLite derives from its mode) is never 0644.
pub fn create_private_file(path: &Path) -> Result<()> {
    crate::fsio::create_new(path)?;
    Ok(())
}

fn connect(path: &Path, wait: Duration) -> Result<Conn> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = rusqlite::Connection::open_with_flags(path, flags)
        .with_context(|| format!("opening {}", path.display()))?;
    conn.busy_timeout(wait)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Deleted rows and replaced hashes are overwritten, not left in free pages.
    conn.pragma_update(None, "secure_delete", "ON")?;
    Ok(Conn::Sqlite(conn))
}

/// Refuses a non-empty file that does not start with SQLite's magic header, before
/// SQLite gets to open it.
fn check_header(path: &Path) -> Result<()> {
    let mut file =
        std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..])? {
            0 => break,
            n => read += n,
        }
    }
    if read == 0 || header == *b"SQLite format 3\0" {
        return Ok(());
    }
    refuse(
        Refusal::unusable(format!("{} is not an SQLite database", path.display()))
            .hint("check --db / USERCTL_DB; the file was left untouched"),
    )
}

/// The schema a database has: each object (`table`, `index`, `trigger`, `view`)
/// by kind and name. SQLite's statistics tables are left out: `ANALYZE` makes them.
pub type Shape = std::collections::BTreeMap<(String, String), SchemaObject>;

/// One object of a [`Shape`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaObject {
    /// The table it belongs to (itself, for a table).
    pub table: String,
    /// A table's column names; empty for other objects.
    pub columns: Vec<String>,
}

/// The shape of an open database. On PostgreSQL: the tables and views of the schema
/// userctl's tables are in, with their columns (its indexes and triggers are the
/// engine's own, and not compared).
pub fn shape(conn: &Conn) -> Result<Shape> {
    if conn.dialect() == Dialect::Postgres {
        return server::shape(conn);
    }
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' \
         ORDER BY type, name",
    )?;
    let objects = stmt
        .query_map((), |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<String>(1)?,
                r.get::<String>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>>>()?;
    let mut columns = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let mut out = Shape::new();
    for (kind, name, table) in objects {
        let columns = if kind == "table" {
            columns
                .query_map([&name], |r| r.get(0))?
                .collect::<Result<Vec<String>>>()?
        } else {
            Vec::new()
        };
        out.insert((kind, name), SchemaObject { table, columns });
    }
    Ok(out)
}

/// The shape the migrations themselves make at `version`, built in memory: what a
/// file of that version must have (applications may add more).
pub fn expected_shape(version: i64) -> Result<Shape> {
    shape(&migrate::fresh_at(version)?)
}

/// What the file lacks of its version's schema: missing tables, columns, indexes,
/// triggers, views. Empty when everything is there.
pub fn schema_problems(conn: &Conn, version: i64) -> Result<Vec<String>> {
    let have = shape(conn)?;
    let has_table = |t: &str| have.contains_key(&("table".to_string(), t.to_string()));
    let mut problems = Vec::new();
    let on_server = conn.dialect() == Dialect::Postgres;
    for ((kind, name), expected) in expected_shape(version)? {
        // A server has tables and views of the same names and columns; its indexes and
        // triggers, and SQLite's own tables, are each engine's own.
        if on_server && (!matches!(kind.as_str(), "table" | "view") || name.starts_with("sqlite_"))
        {
            continue;
        }
        match have.get(&(kind.clone(), name.clone())) {
            // A missing table's indexes and triggers go without saying.
            None if kind != "table" && !has_table(&expected.table) => {}
            None => problems.push(format!("{kind} {name} is missing")),
            Some(present) => {
                let missing: Vec<&str> = expected
                    .columns
                    .iter()
                    .filter(|c| !present.columns.contains(c))
                    .map(String::as_str)
                    .collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "table {name} lacks column(s) {}",
                        missing.join(", ")
                    ));
                }
            }
        }
    }
    Ok(problems)
}

/// The tables of the file that its version's schema does not have: an
/// application's (or a person's) own.
pub fn foreign_tables(conn: &Conn, version: i64) -> Result<Vec<String>> {
    let expected = expected_shape(version)?;
    // A server keeps the schema version in a table of userctl's own.
    let own = |name: &str| conn.dialect() == Dialect::Postgres && name == "userctl_schema";
    Ok(shape(conn)?
        .into_keys()
        .filter(|(kind, name)| kind == "table" && !own(name))
        .filter(|key| !expected.contains_key(key))
        .map(|(_, name)| name)
        .collect())
}

/// Names the cause of a lock or access refusal about the database at `path`: which
/// file, how long userctl waited, whether the file or its directory is read-only.
/// Other refusals are returned as they are.
pub fn explain(refusal: Refusal, path: &Path, wait: Duration) -> Refusal {
    match refusal.kind {
        Kind::Busy => Refusal::busy(format!(
            "{}: {} (gave up after waiting {:.1}s)",
            path.display(),
            refusal.message,
            wait.as_secs_f64()
        ))
        .hint(
            "the file is not damaged: an application holds a lock on it (a long transaction, \
             or PRAGMA locking_mode=EXCLUSIVE); retry when it lets go, or wait longer with --wait SECONDS",
        ),
        Kind::Access => Refusal::new(Kind::Access, access_problem(path)).hint(
            "the file is not damaged: give the account running userctl write access to the \
             file and its directory, or run userctl as the database's owner",
        ),
        _ => refusal,
    }
}

/// Whether an error is EROFS: the file system is mounted read-only.
fn read_only_fs(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(30)
}

/// Why the database at `path` cannot be written: the file, or its directory, where
/// SQLite creates the -wal, -shm and -journal files.
fn access_problem(path: &Path) -> String {
    use std::io::ErrorKind as E;
    use std::os::unix::fs::PermissionsExt;
    match OpenOptions::new().read(true).write(true).open(path) {
        Err(e) if read_only_fs(&e) => {
            return format!("{} is on a read-only file system", path.display())
        }
        Err(e) if e.kind() == E::PermissionDenied => {
            let mode = std::fs::metadata(path).map_or(0, |m| m.permissions().mode() & 0o777);
            return format!(
                "{} is read-only for this user (mode {mode:04o})",
                path.display()
            );
        }
        _ => {}
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let probe = dir.join(format!(".userctl-probe-{}", std::process::id()));
    match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            format!(
                "{} cannot be written (the file system refused)",
                path.display()
            )
        }
        Err(e) if read_only_fs(&e) => format!("{} is on a read-only file system", dir.display()),
        Err(_) => format!(
            "the directory {} is not writable for this user, and SQLite must create the \
             database's -wal, -shm or -journal file there",
            dir.display()
        ),
    }
}

/// Reads the identity of an open file: 0 for an empty database, else its schema
/// version. Refuses a foreign or newer database.
fn recognise(conn: &Conn, path: &Path) -> Result<i64> {
    let unusable = |e: anyhow::Error| {
        // A lock or a permission is not damage: those keep their own refusal.
        if crate::error::refusal_of(&e).is_some_and(|r| matches!(r.kind, Kind::Busy | Kind::Access))
        {
            return e;
        }
        let detail = format!("{e:#}");
        anyhow::Error::from(
            Refusal::unusable(format!(
                "{} cannot be read as a database: {detail}",
                path.display()
            ))
            .hint("run `userctl db check`, or restore a backup; the file was left untouched"),
        )
    };
    let app_id: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(&unusable)?;
    let version = user_version(conn).map_err(unusable)?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", (), |r| r.get(0))
        .map_err(unusable)?;
    if app_id == 0 && version == 0 && tables == 0 {
        return Ok(0);
    }
    if app_id != APPLICATION_ID {
        return refuse(
            Refusal::unusable(format!(
                "{} is an SQLite database, but not a userctl one",
                path.display()
            ))
            .hint("check --db / USERCTL_DB; the file was left untouched"),
        );
    }
    if version > LATEST_VERSION {
        return refuse(
            Refusal::unusable(format!(
                "{} has schema version {version}, newer than this userctl knows ({LATEST_VERSION})",
                path.display()
            ))
            .hint("upgrade userctl; the file was left untouched"),
        );
    }
    Ok(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synchronous(conn: &Conn) -> i64 {
        conn.pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap()
    }

    /// A large write commits with `synchronous=NORMAL` in WAL mode (its fsync comes
    /// after the lock), and the connection's own setting is back afterwards, after a
    /// failed write too. Another journal mode keeps its setting throughout.
    #[test]
    fn a_large_write_commits_without_fsync_under_the_lock_only_in_wal_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let (conn, _) = open_or_create(&path, Duration::ZERO).unwrap();
        assert_eq!(synchronous(&conn), 2);
        let inside = with_sync_after_unlock(&conn, || Ok(synchronous(&conn))).unwrap();
        assert_eq!((inside, synchronous(&conn)), (1, 2));
        let failed: Result<()> = with_sync_after_unlock(&conn, || anyhow::bail!("no"));
        assert!(failed.is_err());
        assert_eq!(synchronous(&conn), 2);

        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        let inside = with_sync_after_unlock(&conn, || Ok(synchronous(&conn))).unwrap();
        assert_eq!(inside, 2);
        let memory = open_in_memory().unwrap();
        assert_eq!(
            with_sync_after_unlock(&memory, || Ok(synchronous(&memory))).unwrap(),
            2
        );
    }

    #[test]
    fn migrations_reach_the_latest_version_and_seed_roles() {
        let conn = open_in_memory().unwrap();
        assert_eq!(user_version(&conn).unwrap(), LATEST_VERSION);
        let app_id: i64 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .unwrap();
        assert_eq!(app_id, APPLICATION_ID);
        let roles: Vec<String> = conn
            .prepare("SELECT name FROM roles ORDER BY name")
            .unwrap()
            .query_map((), |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(roles, ["admin", "moderator", "user"]);
        for table in [
            "users",
            "sessions",
            "api_keys",
            "roles",
            "role_permissions",
            "audit_log",
            "settings",
            "invitations",
        ] {
            let n: i64 = conn
                .query_row(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                    [table],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 1, "table {table} exists");
        }
    }

    #[test]
    fn a_fresh_database_has_exactly_the_expected_schema() {
        let conn = open_in_memory().unwrap();
        assert!(schema_problems(&conn, LATEST_VERSION).unwrap().is_empty());
        assert!(foreign_tables(&conn, LATEST_VERSION).unwrap().is_empty());
        conn.execute_batch("DROP TABLE invitations; CREATE TABLE mine (x)")
            .unwrap();
        assert_eq!(
            schema_problems(&conn, LATEST_VERSION).unwrap(),
            ["table invitations is missing"]
        );
        assert_eq!(foreign_tables(&conn, LATEST_VERSION).unwrap(), ["mine"]);
    }

    #[test]
    fn migrating_twice_applies_nothing() {
        let conn = open_in_memory().unwrap();
        assert!(migrate(&conn, false).unwrap().is_empty());
    }

    #[test]
    fn foreign_key_enforcement_is_on() {
        let conn = open_in_memory().unwrap();
        let err = conn.execute(
            "INSERT INTO sessions (user_id, token_hash, created_at, expires_at) VALUES (42, 'x', 'a', 'b')",
            (),
        );
        assert!(err.is_err());
    }
}
