//! The test environment: a temp dir with a database, and a way to run userctl in it.

#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use rusqlite::Connection;
use tempfile::TempDir;

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

/// A temp directory holding one database, `userctl.db`.
pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Env {
    /// An empty directory (no database yet).
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("userctl.db");
        Env { dir, db }
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

    /// A direct connection to the database, for checking what was written.
    pub fn sql(&self) -> Connection {
        let conn = Connection::open(&self.db).expect("open db");
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        conn
    }

    /// A single integer from a query.
    pub fn count(&self, sql: &str) -> i64 {
        self.sql().query_row(sql, [], |r| r.get(0)).expect(sql)
    }

    /// The bytes of the database file.
    pub fn db_bytes(&self) -> Vec<u8> {
        std::fs::read(&self.db).expect("read db")
    }
}
