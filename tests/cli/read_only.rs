//! A database this user may only read (an auditor's account, a backup on read-only
//! media): the commands that only read still work, opening it read-only and creating
//! nothing beside it; the commands that write are refused as before.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::{Env, Run};

/// The uid and gid of `nobody`.
const NOBODY: u32 = 65_534;

/// Someone who can read the database but write neither it nor its directory: `nobody`
/// when the tests run as root (root may write any file), else this user with the file
/// and the directory made read-only. The binary is copied beside the database, where
/// `nobody` can run it.
struct Reader {
    bin: PathBuf,
    as_nobody: bool,
    db: PathBuf,
    dir: PathBuf,
}

impl Reader {
    /// Takes away write access (file 0644 or 0444, directory 0755 or 0555).
    fn new(env: &Env) -> Reader {
        let dir = env.dir.path().to_path_buf();
        let bin = dir.join("userctl");
        std::fs::copy(env!("CARGO_BIN_EXE_userctl"), &bin).unwrap();
        let as_nobody = std::fs::metadata(&bin).unwrap().uid() == 0;
        let (file, folder) = if as_nobody {
            (0o644, 0o755)
        } else {
            (0o444, 0o555)
        };
        chmod(&env.db, file);
        chmod(&dir, folder);
        Reader {
            bin,
            as_nobody,
            db: env.db.clone(),
            dir,
        }
    }

    fn run(&self, args: &[&str]) -> Run {
        let mut cmd = Command::new(&self.bin);
        cmd.env_clear()
            .env("USERCTL_DB", &self.db)
            .env("LOGNAME", "auditor")
            .current_dir("/")
            .stdin(Stdio::null())
            .args(args);
        if self.as_nobody {
            cmd.uid(NOBODY).gid(NOBODY);
        }
        // The binary was just copied: a process another test thread forked meanwhile
        // may still hold the copy's write descriptor until it execs, and running the
        // copy then fails with ETXTBSY ("text file busy"). That passes; retry briefly.
        for _ in 0..100 {
            match cmd.output() {
                Err(e) if e.raw_os_error() == Some(26) => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                other => return other.expect("run the copied userctl").into(),
            }
        }
        panic!("the copied userctl stayed busy (ETXTBSY) for 2 s")
    }

    /// The names in the database's directory.
    fn listing(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Reader {
    /// Gives write access back, so that the temporary directory can be removed.
    fn drop(&mut self) {
        chmod(&self.dir, 0o755);
    }
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_database_this_user_may_only_read_is_read_as_a_snapshot_and_never_written() {
    let env = Env::init();
    env.add_user("alice", "user");
    let listed = env.run(&["--format", "csv", "user", "list"]);
    listed.ok();
    let exported = env.run(&["export-csv"]);
    exported.ok();
    // init closed the file: no -wal beside it, the file alone is the database.
    let reader = Reader::new(&env);
    let files = reader.listing();
    let bytes = env.db_bytes();

    let run = reader.run(&["--format", "csv", "user", "list"]);
    run.ok();
    assert_eq!(run.stdout, listed.stdout);
    assert!(
        run.stderr
            .contains("is read-only for this user: reading it as a snapshot of the file"),
        "{}",
        run.stderr
    );
    assert_eq!(reader.run(&["export-csv"]).ok().stdout, exported.stdout);
    assert!(reader
        .run(&["user", "show", "alice"])
        .ok()
        .stdout
        .contains("alice"));
    assert_eq!(
        reader.run(&["--format", "json", "stats"]).ok().json()["total"],
        2
    );
    let verify = reader.run(&["audit", "verify"]);
    verify.ok();
    assert!(
        verify.stdout.contains("audit log intact"),
        "{}",
        verify.stdout
    );
    for args in [
        &["role", "list"][..],
        &["audit", "list"],
        &["key", "list"],
        &["session", "list"],
        &["group", "list"],
        &["permission", "list"],
        &["attr", "list"],
        &["config", "get", "argon2.iterations"],
        &["access", "check", "root", "dataset:sales"],
    ] {
        reader.run(args).ok();
    }
    // Tab completion reads names from it too.
    assert_eq!(
        reader
            .run(&["__complete", "--", "userctl", "user", "show", "al"])
            .ok()
            .stdout,
        "alice\n"
    );
    // A command that writes is refused as before, naming why.
    let run = reader.run(&[
        "user",
        "add",
        "bob",
        "--email",
        "bob@example.com",
        "--invite",
    ]);
    run.code(1);
    assert!(
        run.stderr.contains("is read-only for this user"),
        "{}",
        run.stderr
    );
    // Nothing was created beside the file, and the file is as it was.
    assert_eq!(reader.listing(), files);
    assert_eq!(env.db_bytes(), bytes);
}

#[test]
fn a_database_an_application_has_open_is_read_through_its_wal() {
    let env = Env::init();
    env.add_user("alice", "user");
    // The application: a change still in the WAL, its connection open (made before
    // write access is taken away; its -wal and -shm get the file's mode, 0644).
    chmod(&env.db, 0o644);
    let app = env.sql();
    app.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    app.execute(
        "UPDATE users SET display_name = 'Alice in the WAL' WHERE username = 'alice'",
        (),
    )
    .unwrap();
    let reader = Reader::new(&env);
    let files = reader.listing();
    assert!(files.iter().any(|f| f.ends_with("-wal")), "{files:?}");

    let run = reader.run(&["--format", "json", "user", "show", "alice"]);
    run.ok();
    assert_eq!(run.json()["name"], "Alice in the WAL", "{}", run.stdout);
    assert!(
        run.stderr
            .contains("is read-only for this user: reading it without writing"),
        "{}",
        run.stderr
    );
    assert_eq!(reader.listing(), files);
    drop(app);
}

#[test]
fn a_rollback_journal_left_by_a_dead_writer_is_not_read_around() {
    let env = Env::init();
    // What a writer killed mid-change in rollback-journal mode leaves: the file may
    // hold half the change until the journal is rolled back.
    let journal = env.dir.path().join("userctl.db-journal");
    std::fs::write(&journal, vec![0xd9u8; 512]).unwrap();
    let reader = Reader::new(&env);
    let run = reader.run(&["user", "list"]);
    run.code(1);
    assert!(
        run.stderr.contains("left its -journal beside it"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}
