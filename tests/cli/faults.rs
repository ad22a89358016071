//! Faults: a tampered audit chain, a full disk, a read-only file or directory.

use crate::common::{Env, GOOD_PASSWORD, ROOT_PASSWORD};

#[test]
fn a_change_is_refused_when_the_newest_audit_entry_does_not_verify() {
    let env = Env::init();
    env.add_user("alice", "user");
    env.sql()
        .execute(
            "UPDATE audit_log SET target = 'mallory' WHERE id = (SELECT max(id) FROM audit_log)",
            (),
        )
        .unwrap();
    let entries = env.count("SELECT count(*) FROM audit_log");
    let before = env.db_bytes();
    let run = env.run(&["user", "deactivate", "alice"]);
    run.code(9);
    assert!(run.stderr.contains("audit log is broken"), "{}", run.stderr);
    assert!(
        run.stderr.contains("was modified after it was written"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("userctl audit verify"),
        "{}",
        run.stderr
    );
    let run = env.run_stdin(
        &[
            "user",
            "add",
            "bob",
            "--email",
            "bob@example.com",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    );
    run.code(9);
    let csv = env.dir.path().join("n.csv");
    std::fs::write(&csv, "username,email\nnew1,new1@example.com\n").unwrap();
    env.run(&["import-csv", csv.to_str().unwrap()]).code(9);
    env.run(&["config", "set", "session_lifetime", "2h"])
        .code(9);
    assert_eq!(env.db_bytes(), before);
    // Reads still work.
    env.run(&["user", "list"]).ok();

    // recover still runs, and says and records what it found.
    let run = env.run_stdin(
        &["recover", "--user", "root", "--password-stdin"],
        &format!("{ROOT_PASSWORD} again\n"),
    );
    run.ok();
    assert!(
        run.stdout.contains("found the audit chain broken"),
        "{}",
        run.stdout
    );
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), entries + 1);
    let details: String = env
        .sql()
        .query_row(
            "SELECT details FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert!(details.contains("audit_chain_broken"), "{details}");
    env.run(&["audit", "verify"]).code(9);
}

#[test]
fn a_deleted_entry_before_the_newest_is_caught_too() {
    let env = Env::init();
    env.add_user("alice", "user");
    env.add_user("carol", "user");
    env.sql()
        .execute(
            "DELETE FROM audit_log WHERE id = (SELECT max(id) - 1 FROM audit_log)",
            (),
        )
        .unwrap();
    let run = env.run(&["user", "deactivate", "alice"]);
    run.code(9);
    assert!(run.stderr.contains("entries are missing"), "{}", run.stderr);
}

/// A small tmpfs mounted for one test, unmounted when dropped. Mounting needs root
/// (CI runs as root): without it the test fails loudly rather than pass untested.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Tmpfs {
        let dir = tempfile::tempdir().unwrap();
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .expect("run mount");
        assert!(
            out.status.success(),
            "this test needs a real full file system and could not mount a tmpfs (run as root): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Tmpfs { dir }
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Fills the file system, leaving about `keep_kib` KiB free.
    fn fill(&self, keep_kib: u64) {
        use std::io::Write;
        let mut f = std::fs::File::create(self.path().join("filler")).unwrap();
        let block = vec![0u8; 4096];
        while f.write_all(&block).is_ok() {}
        drop(f);
        let len = std::fs::metadata(self.path().join("filler")).unwrap().len();
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(self.path().join("filler"))
            .unwrap();
        f.set_len(len.saturating_sub(keep_kib * 1024)).unwrap();
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.dir.path())
            .status();
    }
}

fn no_partials(dir: &std::path::Path) {
    let left: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".partial-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn an_import_on_a_full_disk_names_the_cause_and_writes_nothing() {
    let fs = Tmpfs::mount("3m");
    let env = Env {
        db: fs.path().join("u.db"),
        dir: tempfile::tempdir_in(fs.path()).unwrap(),
        server_db: None,
    };
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
    let csv = tempfile::NamedTempFile::new().unwrap();
    let mut text = String::from("username,email,name\n");
    for i in 0..4000 {
        text.push_str(&format!("user{i},user{i}@example.com,User Number {i}\n"));
    }
    std::fs::write(csv.path(), text).unwrap();
    fs.fill(300);
    let entries = env.count("SELECT count(*) FROM audit_log");
    let run = env.run(&["import-csv", csv.path().to_str().unwrap()]);
    run.code(1);
    assert!(run.stderr.contains("the disk is full"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert!(!run.stderr.contains("Error code"), "{}", run.stderr);
    assert_eq!(env.count("SELECT count(*) FROM users"), 1);
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), entries);
    env.run(&["db", "check"]).ok();
    env.run(&["audit", "verify"]).ok();
}

#[test]
fn backups_and_exports_to_a_full_disk_name_the_cause_and_leave_nothing() {
    let env = Env::init();
    env.run(&["demo", "--db", "demo.db", "--users", "300"]).ok();
    let fs = Tmpfs::mount("256k");
    fs.fill(16);
    let backup = fs.path().join("b.db");
    let run = env.run(&["--db", "demo.db", "db", "backup", backup.to_str().unwrap()]);
    run.code(1);
    assert!(run.stderr.contains("backing up to"), "{}", run.stderr);
    assert!(
        run.stderr.contains("no space left on the device"),
        "{}",
        run.stderr
    );
    assert!(!backup.exists());
    no_partials(fs.path());
    let export = fs.path().join("e.csv");
    let run = env.run(&[
        "--db",
        "demo.db",
        "export-csv",
        "-o",
        export.to_str().unwrap(),
    ]);
    run.code(1);
    assert!(
        run.stderr.contains("no space left on the device"),
        "{}",
        run.stderr
    );
    assert!(!export.exists());
    no_partials(fs.path());
    env.run(&["--db", "demo.db", "db", "check"]).ok();
}

/// Found by the fuzz tests: a 60-byte bcrypt-looking hash with a multi-byte
/// character where the cost goes crashed the import (exit 101).
#[test]
fn a_bcrypt_shaped_hash_with_multibyte_characters_is_invalid_not_a_crash() {
    let env = Env::init();
    let mut hash = String::from("$2y$é");
    while hash.len() < 60 {
        hash.push('a');
    }
    let csv = env.dir.path().join("h.csv");
    std::fs::write(
        &csv,
        format!("username,email,password_hash\nzed,zed@example.com,{hash}\n"),
    )
    .unwrap();
    let run = env.run(&["import-csv", csv.to_str().unwrap()]);
    run.code(7);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'zed'"),
        0
    );
}
