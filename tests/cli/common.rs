//! The test environment: a temp dir with a database, and a way to run userctl in it.

#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use tempfile::TempDir;
use userctl::db::Conn;

/// The engine a test binary runs the suite on: `tests/cli/main.rs` on SQLite files,
/// `tests/postgres.rs` on databases of a PostgreSQL server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// A section of docs/application-guide.md (from its `## TITLE` heading to the next) and
/// its SQL examples in order: the statements the guide gives applications, for the
/// tests that run them against a database userctl wrote.
pub fn guide_sql(title: &str) -> (String, Vec<String>) {
    let guide = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/application-guide.md"
    ))
    .unwrap();
    let heading = format!("## {title}");
    let start = guide
        .find(&heading)
        .unwrap_or_else(|| panic!("no section '{heading}'"));
    let section = &guide[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let blocks = section
        .split("```sql\n")
        .skip(1)
        .map(|b| b[..b.find("```").unwrap()].to_string())
        .collect();
    (section.to_string(), blocks)
}

/// Returns from a test about what only an SQLite file has (its journal, its bytes, the
/// forms an application may write into its untyped columns), saying so on stderr.
#[macro_export]
macro_rules! only_in_a_file {
    ($why:literal) => {
        if $crate::common::engine() == $crate::common::Engine::Postgres {
            $crate::common::only_in_a_file($why);
            return;
        }
    };
}

/// Says on stderr (past the test harness's capture) which test is about the file alone.
pub fn only_in_a_file(why: &str) {
    let name = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        format!("SQLite only ({why}): {name}\n").as_bytes(),
    );
}

/// SQL for a field of the audit entry's JSON `details` (`path` like `managed_by.to`),
/// as text, on either engine.
pub fn details_field(path: &str) -> String {
    match engine() {
        Engine::Sqlite => format!("CAST(json_extract(details, '$.{path}') AS TEXT)"),
        Engine::Postgres => format!("(details::json #>> '{{{}}}')", path.replace('.', ",")),
    }
}

/// The tables of the database's schema, by name.
pub fn table_names(conn: &Conn) -> Vec<String> {
    let sql = match engine() {
        Engine::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             ORDER BY name"
        }
        Engine::Postgres => {
            "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        }
    };
    conn.prepare(sql)
        .unwrap()
        .query_map((), |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// SQL for a timestamp column as text: in the file, as stored; on PostgreSQL (a
/// `timestamptz`), as userctl prints it (`YYYY-MM-DDTHH:MM:SSZ`).
pub fn instant_text(column: &str) -> String {
    match engine() {
        Engine::Sqlite => column.to_string(),
        Engine::Postgres => userctl::db::instant::sql_timestamp(
            userctl::db::Dialect::Postgres,
            &userctl::db::instant::sql_instant(userctl::db::Dialect::Postgres, column),
        ),
    }
}

/// A connection holding the write lock every userctl write takes first (SQLite's
/// `BEGIN IMMEDIATE`; the lock row on PostgreSQL) until it is dropped or rolled back.
pub fn hold_write_lock(env: &Env) -> Conn {
    let conn = env.sql();
    match engine() {
        Engine::Sqlite => conn.execute_batch("BEGIN IMMEDIATE").unwrap(),
        Engine::Postgres => conn
            .execute_batch("BEGIN; SELECT version FROM userctl_schema FOR UPDATE")
            .unwrap(),
    }
    conn
}

/// Marks the database as made by a newer userctl (schema version `version`).
pub fn set_schema_version(env: &Env, version: i64) {
    let conn = env.sql();
    match engine() {
        Engine::Sqlite => conn.pragma_update(None, "user_version", version).unwrap(),
        Engine::Postgres => {
            conn.execute("UPDATE userctl_schema SET version = ?1", [version])
                .unwrap();
        }
    }
}

/// The engine of this test binary.
pub fn engine() -> Engine {
    crate::ENGINE
}

/// The first admin's password in [`Env::init`].
pub const ROOT_PASSWORD: &str = "violet tractor sings at dawn";
/// A password that passes the default policy, for other accounts.
pub const GOOD_PASSWORD: &str = "seven orange kites over the harbour";

/// How the audit log names the operator running the tests (the environment of a
/// test run is cleared: no `sudo` variables).
pub fn operator() -> String {
    userctl::commands::operator_from(None).audit_name()
}

/// What a run produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code, expected,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Self {
        self.code(0)
    }

    /// Parses stdout as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// Parses stdout as JSON lines (one object per target).
    #[track_caller]
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }
}

/// A temp directory and one database: `userctl.db` in it on SQLite; a new, empty
/// database of the test server on PostgreSQL (dropped with the `Env`).
pub struct Env {
    pub dir: TempDir,
    /// What `USERCTL_DB` says: the file, or the server database's connection string.
    pub db: PathBuf,
    pub server_db: Option<String>,
}

impl Env {
    /// An empty directory and no database yet (on PostgreSQL, an empty database).
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        match engine() {
            Engine::Sqlite => {
                let db = dir.path().join("userctl.db");
                Env {
                    dir,
                    db,
                    server_db: None,
                }
            }
            Engine::Postgres => {
                let (name, conninfo) = crate::server::create_database();
                Env {
                    dir,
                    db: PathBuf::from(conninfo),
                    server_db: Some(name),
                }
            }
        }
    }

    /// A database made by `init` with the admin `root` / [`ROOT_PASSWORD`].
    pub fn init() -> Env {
        let env = Env::new();
        env.run_stdin(
            &[
                "init",
                "--admin",
                "root",
                "--email",
                "root@example.com",
                "--password-stdin",
            ],
            &format!("{ROOT_PASSWORD}\n"),
        )
        .ok();
        env
    }

    /// The userctl command with a cleared environment, pointed at this database.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_userctl"));
        cmd.env_clear()
            .env("USERCTL_DB", &self.db)
            .env("LOGNAME", "tester")
            .current_dir(self.dir.path())
            .stdin(Stdio::null());
        cmd
    }

    /// Runs userctl with no standard input.
    pub fn run(&self, args: &[&str]) -> Run {
        self.command()
            .args(args)
            .output()
            .expect("run userctl")
            .into()
    }

    /// Runs userctl with `input` on standard input.
    pub fn run_stdin(&self, args: &[&str], input: &str) -> Run {
        Self::spawn_with_input(self.command(), args, input)
    }

    fn spawn_with_input(mut cmd: Command, args: &[&str], input: &str) -> Run {
        let mut child = cmd
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn userctl");
        // A command refused before it reads its input closes the pipe: not an error.
        if let Err(e) = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
        {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
        }
        child.wait_with_output().expect("wait userctl").into()
    }

    /// Runs userctl `--as` an account, its password in `USERCTL_PASSWORD`, with `input`
    /// on standard input.
    pub fn run_as(&self, who: &str, password: &str, args: &[&str], input: &str) -> Run {
        let mut cmd = self.command();
        cmd.env("USERCTL_PASSWORD", password).arg("--as").arg(who);
        Self::spawn_with_input(cmd, args, input)
    }

    /// Adds a user with [`GOOD_PASSWORD`].
    pub fn add_user(&self, name: &str, role: &str) {
        self.run_stdin(
            &[
                "user",
                "add",
                name,
                "--email",
                &format!("{name}@example.com"),
                "--role",
                role,
                "--password-stdin",
            ],
            GOOD_PASSWORD,
        )
        .ok();
    }

    /// A direct connection to the database, for checking what was written (on
    /// SQLite with foreign keys enforced, as an application would open it).
    pub fn sql(&self) -> Conn {
        match engine() {
            Engine::Sqlite => {
                let conn = rusqlite::Connection::open(&self.db).expect("open db");
                conn.pragma_update(None, "foreign_keys", "ON").unwrap();
                Conn::Sqlite(conn)
            }
            Engine::Postgres => crate::server::connect(&self.db.to_string_lossy()),
        }
    }

    /// The SQLite file itself, for tests of what only a file has; panics on PostgreSQL.
    pub fn sqlite(&self) -> rusqlite::Connection {
        assert_eq!(
            engine(),
            Engine::Sqlite,
            "this check is about the SQLite file"
        );
        let conn = rusqlite::Connection::open(&self.db).expect("open db");
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        conn
    }

    /// A single integer from a query.
    pub fn count(&self, sql: &str) -> i64 {
        self.sql().query_row(sql, (), |r| r.get(0)).expect(sql)
    }

    /// The database as it stands, for "nothing changed" checks: on SQLite the file's
    /// bytes; on PostgreSQL every row of every table of the schema, in order, and each
    /// sequence's position.
    pub fn db_bytes(&self) -> Vec<u8> {
        match engine() {
            Engine::Sqlite => std::fs::read(&self.db).expect("read db"),
            Engine::Postgres => {
                let conn = self.sql();
                let names: Vec<String> = conn
                    .prepare(
                        "SELECT tablename::text FROM pg_tables \
                         WHERE schemaname = current_schema() ORDER BY 1",
                    )
                    .unwrap()
                    .query_map((), |r| r.get(0))
                    .unwrap()
                    .map(Result::unwrap)
                    .collect();
                let mut out = String::new();
                for table in names {
                    let rows: Vec<String> = conn
                        .prepare(&format!("SELECT t::text FROM {table} t ORDER BY 1"))
                        .unwrap()
                        .query_map((), |r| r.get(0))
                        .unwrap()
                        .map(Result::unwrap)
                        .collect();
                    out.push_str(&format!("{table}\n{}\n", rows.join("\n")));
                }
                let sequences: String = conn
                    .query_row(
                        "SELECT coalesce(string_agg(sequencename || ' ' || \
                         coalesce(last_value::text, '-'), ' ' ORDER BY sequencename), '') \
                         FROM pg_sequences WHERE schemaname = current_schema()",
                        (),
                        |r| r.get(0),
                    )
                    .unwrap();
                out.push_str(&sequences);
                out.into_bytes()
            }
        }
    }
}

/// What a run on a pseudo-terminal showed.
#[derive(Debug)]
pub struct Screen {
    /// Everything written to the terminal (stdout and stderr together).
    pub text: String,
    pub code: i32,
    /// The terminal echoes typed characters again after the command ended.
    pub echo_on: bool,
}

impl Screen {
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code, expected,
            "exit code\n--- terminal\n{}",
            self.text
        );
        self
    }
}

/// Runs `cmd` (with its environment) on a pseudo-terminal `columns` wide, playing
/// `steps`: `("expect", TEXT)` waits for TEXT, `("send", KEYS)` types, `("sleep",
/// SECONDS)` waits (see fixtures/pty_drive.py).
pub fn on_terminal(cmd: &Command, columns: u16, steps: &[(&str, &str)]) -> Screen {
    let steps: Vec<[&str; 2]> = steps.iter().map(|(k, v)| [*k, *v]).collect();
    let driver =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/fixtures/pty_drive.py");
    let mut py = Command::new("python3");
    py.arg(driver)
        .arg(serde_json::to_string(&steps).unwrap())
        .arg(columns.to_string())
        .arg("--")
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .env_clear();
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            py.env(k, v);
        }
    }
    py.env("TERM", "xterm");
    if !cmd.get_envs().any(|(k, _)| k == "PATH") {
        py.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    }
    if let Some(dir) = cmd.get_current_dir() {
        py.current_dir(dir);
    }
    let out = py
        .output()
        .expect("run python3 (the pseudo-terminal driver)");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "pty driver failed\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (text, tail) = text.rsplit_once("\nexit: ").expect("driver's exit line");
    let (code, echo) = tail.split_once("\necho: ").expect("driver's echo line");
    Screen {
        text: text.to_string(),
        code: code.trim().parse().expect("exit code"),
        echo_on: echo.trim() == "on",
    }
}

impl Env {
    /// Runs userctl in this environment on a pseudo-terminal 80 columns wide.
    pub fn on_terminal(&self, args: &[&str], steps: &[(&str, &str)]) -> Screen {
        let mut cmd = self.command();
        cmd.args(args);
        on_terminal(&cmd, 80, steps)
    }

    /// Runs userctl on a pseudo-terminal `columns` wide, typing nothing.
    pub fn on_terminal_sized(&self, args: &[&str], columns: u16) -> Screen {
        let mut cmd = self.command();
        cmd.args(args);
        on_terminal(&cmd, columns, &[])
    }
}

/// The database as it was when [`Env::template`] froze it, copied afresh for each
/// round of a race.
pub struct Template {
    /// SQLite: the frozen file; PostgreSQL: the template database's name.
    source: String,
    dir: PathBuf,
}

/// One copy of a [`Template`]: `db` is what `USERCTL_DB` says for it. Removed on drop.
pub struct Copy {
    pub db: PathBuf,
    server_db: Option<String>,
}

impl Env {
    /// Freezes the database as it is now (every userctl run on it has ended).
    pub fn template(&self) -> Template {
        match engine() {
            Engine::Sqlite => {
                let conn = self.sqlite();
                let _: i64 = conn
                    .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
                    .unwrap();
                drop(conn);
                let frozen = self.dir.path().join("template.db");
                std::fs::copy(&self.db, &frozen).unwrap();
                Template {
                    source: frozen.display().to_string(),
                    dir: self.dir.path().to_path_buf(),
                }
            }
            Engine::Postgres => {
                let name = format!("{}_template", self.server_db.as_deref().unwrap());
                crate::server::create_from(&name, self.server_db.as_deref().unwrap());
                Template {
                    source: name,
                    dir: self.dir.path().to_path_buf(),
                }
            }
        }
    }
}

impl Template {
    /// Copy number `i`.
    pub fn copy(&self, i: usize) -> Copy {
        match engine() {
            Engine::Sqlite => {
                let db = self.dir.join(format!("race-{i}.db"));
                std::fs::copy(&self.source, &db).unwrap();
                Copy {
                    db,
                    server_db: None,
                }
            }
            Engine::Postgres => {
                let name = format!("{}_{i}", self.source);
                let conninfo = crate::server::create_from(&name, &self.source);
                Copy {
                    db: PathBuf::from(conninfo),
                    server_db: Some(name),
                }
            }
        }
    }
}

impl Drop for Template {
    fn drop(&mut self) {
        if engine() == Engine::Postgres {
            crate::server::drop_database(&self.source);
        }
    }
}

impl Copy {
    /// A direct connection to this copy.
    pub fn sql(&self) -> Conn {
        match engine() {
            Engine::Sqlite => Conn::Sqlite(rusqlite::Connection::open(&self.db).expect("open db")),
            Engine::Postgres => crate::server::connect(&self.db.to_string_lossy()),
        }
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        match &self.server_db {
            Some(name) => crate::server::drop_database(name),
            None => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", self.db.display()));
                }
            }
        }
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        if let Some(name) = &self.server_db {
            crate::server::drop_database(name);
        }
    }
}
