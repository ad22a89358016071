//! README.md's tour works, line by line, for a newcomer: the test runs the fenced
//! block after the `<!-- tour` marker, in order, with the built `userctl` on PATH,
//! in a temporary directory, without a terminal.

use std::path::Path;
use std::process::{Command, Stdio};

/// The tour: the lines of the first fenced block after the marker.
fn tour() -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("read README.md");
    let after = readme
        .split_once("<!-- tour")
        .expect("README.md marks its tour with <!-- tour … -->")
        .1;
    let block = after
        .split_once("```sh\n")
        .expect("a ```sh block follows the marker")
        .1;
    block
        .split_once("\n```")
        .expect("the tour block is closed")
        .0
        .to_string()
}

#[test]
fn the_readme_tour_runs_line_by_line() {
    let tour = tour();
    let commands = tour
        .lines()
        .filter(|l| l.trim_start().starts_with("userctl "))
        .count();
    assert!(commands >= 15, "the tour runs userctl {commands} times");
    // A fresh database: the first userctl command creates it, and it is `init`.
    let first = tour
        .lines()
        .find(|l| l.trim_start().starts_with("userctl ") || l.contains("| userctl "))
        .unwrap_or_default();
    assert!(first.trim_start().starts_with("userctl init"), "{first}");

    let dir = tempfile::tempdir().unwrap();
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_userctl")).parent().unwrap();
    // Fail at the first line that fails, and show which one (-x).
    let out = Command::new("bash")
        .args(["--norc", "-euo", "pipefail", "-x", "-c", &tour])
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
        .env("HOME", dir.path())
        .env("TMPDIR", dir.path())
        .env("LOGNAME", "newcomer")
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .expect("run bash");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the tour failed ({:?})\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        out.status
    );
    // The steps did what the README says they do.
    for said in [
        "created admin alice",
        "generated password: ",
        "created user bob (role moderator, active)",
        "invitation token: ",
        "created user svc-backup",
        "user svc-backup already exists; nothing changed",
        "api key: ",
        "deleted user carol",
        "audit log intact",
    ] {
        assert!(stdout.contains(said), "{said}\n--- stdout\n{stdout}");
    }
    assert!(!stderr.contains("already initialised"), "{stderr}");
}
