//! The PostgreSQL server the suite runs against: `USERCTL_TEST_PG` names it (a libpq
//! connection string for a role that may create databases; `.ci/pg-cluster start`
//! starts a throwaway one and prints it). Every [`crate::common::Env`] gets a new
//! database of its own, dropped afterwards.
//!
//! Without a server the PostgreSQL half of the suite does not run: the first test to
//! ask for a database says so on stderr, counting the tests skipped, and ends the test
//! binary successfully, unless `USERCTL_TEST_PG_REQUIRED=1` (CI), where a missing
//! server fails the run.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use userctl::db::Conn;

static NEXT: AtomicUsize = AtomicUsize::new(0);
static ADMIN: Mutex<Option<Conn>> = Mutex::new(None);

/// The server's connection string, or the end of this test binary.
fn server() -> String {
    match std::env::var("USERCTL_TEST_PG") {
        Ok(s) if !s.trim().is_empty() => s,
        _ => skip_all("USERCTL_TEST_PG is not set"),
    }
}

fn skip_all(why: &str) -> ! {
    let required = std::env::var("USERCTL_TEST_PG_REQUIRED").is_ok_and(|v| v == "1");
    let tests = count_tests();
    let line = "=".repeat(78);
    let message = format!(
        "\n{line}\nPostgreSQL end-to-end tests SKIPPED: {tests} tests did not run ({why}).\n\
         Start a server with `eval \"$(.ci/pg-cluster start)\"` and run the tests again.\n{line}\n"
    );
    // Written past the test harness's capture, so it is seen.
    let _ = std::io::Write::write_all(&mut std::io::stderr(), message.as_bytes());
    if required {
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            b"USERCTL_TEST_PG_REQUIRED=1: a missing server is a failure\n",
        );
        std::process::exit(1);
    }
    std::process::exit(0);
}

/// How many tests this binary holds (what a skip leaves out).
fn count_tests() -> usize {
    std::env::current_exe()
        .ok()
        .and_then(|exe| {
            std::process::Command::new(exe)
                .args(["--list", "--format", "terse"])
                .env_remove("USERCTL_TEST_PG")
                .output()
                .ok()
        })
        .map_or(0, |out| {
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter(|l| l.ends_with(": test"))
                .count()
        })
}

/// A connection to `conninfo` through userctl's own connection layer.
pub fn connect(conninfo: &str) -> Conn {
    let userctl::db::conninfo::Location::Server(info) = userctl::db::conninfo::locate(
        std::ffi::OsStr::new(conninfo),
        userctl::db::conninfo::Source::Environment,
    )
    .expect("a connection string") else {
        panic!("not a server connection string: {conninfo}");
    };
    userctl::db::server::connect(&info, std::time::Duration::from_secs(30))
        .unwrap_or_else(|e| panic!("connecting to {conninfo}: {e:#}"))
}

fn admin<T>(f: impl FnOnce(&Conn) -> T) -> T {
    let mut admin = ADMIN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if admin.is_none() {
        let conninfo = server();
        let Ok(conn) = std::panic::catch_unwind(|| connect(&conninfo)) else {
            skip_all(&format!("cannot connect to {conninfo}"))
        };
        *admin = Some(conn);
    }
    f(admin.as_ref().expect("connected"))
}

/// Creates an empty database; its name and connection string.
pub fn create_database() -> (String, String) {
    let name = format!(
        "userctl_test_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    admin(|conn| {
        conn.execute_batch(&format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e:#}"));
    });
    let base = server();
    (name.clone(), format!("{base} dbname={name}"))
}

/// Creates database `name` as a copy of `template`; its connection string.
pub fn create_from(name: &str, template: &str) -> String {
    admin(|conn| {
        conn.execute_batch(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name} TEMPLATE {template}: {e:#}"));
    });
    format!("{} dbname={name}", server())
}

/// Drops a database made by [`create_database`], whoever is still connected.
pub fn drop_database(name: &str) {
    admin(|conn| {
        let _ = conn.execute_batch(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    });
}
