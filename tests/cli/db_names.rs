//! The database is one file, however it is named: a symlinked `--db` protects the real
//! file's -wal/-shm/-journal, a second hard link is refused by every command, `--force`
//! replaces only regular files and symlinks, no output is written through a name
//! another user could swap, and whole-file inputs are bounded.

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use rusqlite::Connection;

use crate::common::{Env, Run};
use crate::files::FLAGS;

/// Runs userctl with `--db` given as `db` (USERCTL_DB).
fn run_db(env: &Env, db: &Path, args: &[&str]) -> Run {
    let mut cmd = env.command();
    cmd.env("USERCTL_DB", db);
    cmd.args(args).output().expect("run userctl").into()
}

fn text(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// An application's committed change that lives only in the -wal: its connection is
/// open (and keeps its lock, so nobody else checkpoints) for the rest of the test.
fn application_writes(env: &Env) {
    let app = Connection::open(&env.db).unwrap();
    app.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    app.execute_batch(
        "CREATE TABLE app_notes(note TEXT); INSERT INTO app_notes VALUES ('committed');",
    )
    .unwrap();
    std::mem::forget(app);
}

#[test]
fn a_symlinked_db_protects_the_real_files_wal_shm_and_journal() {
    let env = Env::init();
    application_writes(&env);
    let real = env.db.clone();
    let side = |suffix: &str| PathBuf::from(format!("{}{suffix}", real.display()));
    assert!(side("-wal").exists() && side("-shm").exists());
    let wal_before = std::fs::read(side("-wal")).unwrap();
    let link = env.dir.path().join("app-link.db");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let input = env.dir.path().join("new.csv");
    std::fs::write(&input, "username,email\nnewbie,newbie@example.com\n").unwrap();
    for target in [side("-wal"), side("-shm"), side("-journal"), real.clone()] {
        let t = text(&target);
        let mut cases: Vec<Vec<&str>> = vec![
            vec!["export-csv", "-o", t, "--force"],
            vec!["db", "backup", t, "--force"],
            vec!["import-csv", "--passwords-out", t, text(&input)],
            vec![
                "import-csv",
                "--skip-invalid",
                "--rejects",
                t,
                "--force",
                text(&input),
            ],
        ];
        cases.push(vec!["export-csv", "-o", t]);
        for case in &cases {
            let run = run_db(&env, &link, case);
            run.code(2);
            assert!(
                run.stderr
                    .contains(&format!("refusing to write {t}: it is the database")),
                "{case:?}: {}",
                run.stderr
            );
        }
    }
    assert_eq!(std::fs::read(side("-wal")).unwrap(), wal_before);
    assert!(!side("-journal").exists());
    let conn = Connection::open(&real).unwrap();
    let note: String = conn
        .query_row("SELECT note FROM app_notes", (), |r| r.get(0))
        .unwrap();
    assert_eq!(note, "committed");
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'newbie'"),
        0
    );
    run_db(&env, &link, &["db", "check"]).ok();
}

#[test]
fn a_database_with_a_second_hard_link_is_refused_by_every_command() {
    let env = Env::init();
    let second = env.dir.path().join("second-name.db");
    std::fs::hard_link(&env.db, &second).unwrap();
    let before = env.db_bytes();
    let backup = env.dir.path().join("b.db");
    let commands: &[&[&str]] = &[
        &["user", "list"],
        &["user", "show", "root"],
        &[
            "user",
            "add",
            "ann",
            "--email",
            "ann@example.com",
            "--generate-password",
        ],
        &["stats"],
        &["export-csv"],
        &["db", "check"],
        &["db", "migrate"],
        &["db", "backup", text(&backup)],
        &["audit", "verify"],
        &["config", "list"],
        &[
            "init",
            "--admin",
            "x",
            "--email",
            "x@example.com",
            "--generate-password",
        ],
    ];
    for name in [&env.db, &second] {
        for args in commands {
            let run = run_db(&env, name, args);
            run.code(9);
            assert!(
                run.stderr.contains(&format!(
                    "{} has 2 hard links: a second name makes SQLite keep a second -wal",
                    name.display()
                )),
                "{args:?}: {}",
                run.stderr
            );
            assert_eq!(run.stdout, "", "{args:?}");
        }
    }
    assert!(!backup.exists());
    assert_eq!(env.db_bytes(), before);
    std::fs::remove_file(&second).unwrap();
    env.run(&["db", "check"]).ok();
    assert_eq!(env.count("SELECT count(*) FROM users"), 1);
}

/// Makes a node of each kind no output may replace; returns (path, its kind's name).
fn special_nodes(dir: &Path) -> Vec<(PathBuf, &'static str)> {
    let fifo = dir.join("a-fifo");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let device = dir.join("a-device");
    // The same device as /dev/null (1, 3): needs root, as the suite runs.
    assert!(Command::new("mknod")
        .args([text(&device), "c", "1", "3"])
        .status()
        .unwrap()
        .success());
    let socket = dir.join("a-socket");
    std::mem::forget(std::os::unix::net::UnixListener::bind(&socket).unwrap());
    let directory = dir.join("a-directory");
    std::fs::create_dir(&directory).unwrap();
    vec![
        (fifo, "a FIFO (named pipe)"),
        (device, "a character device"),
        (socket, "a socket"),
        (directory, "a directory"),
    ]
}

#[test]
fn force_never_replaces_a_fifo_device_socket_or_directory() {
    for flag in FLAGS {
        let env = Env::init();
        let users_before = env.count("SELECT count(*) FROM users");
        for (node, kind) in special_nodes(env.dir.path()) {
            for force in [false, true] {
                let run = (flag.run)(&env, &node, force, None);
                run.code(4);
                let expected = if flag.name.contains("passwords-out") {
                    format!(
                        "refusing to add secrets to {}: it is {kind}",
                        node.display()
                    )
                } else {
                    format!("{} is {kind}: refusing to write over it", node.display())
                };
                assert!(
                    run.stderr.contains(&expected),
                    "{} {force}: {}",
                    flag.name,
                    run.stderr
                );
            }
            let t = std::fs::symlink_metadata(&node).unwrap().file_type();
            assert!(
                t.is_fifo() || t.is_char_device() || t.is_socket() || t.is_dir(),
                "{}: {} was replaced",
                flag.name,
                node.display()
            );
        }
        // Nothing was imported either: the refusal came before any write.
        assert_eq!(env.count("SELECT count(*) FROM users"), users_before);
        assert!(
            std::fs::read_dir(env.dir.path().join("a-directory"))
                .unwrap()
                .next()
                .is_none(),
            "{}",
            flag.name
        );
    }
}

/// Another user's process that replaces every file userctl creates in `dir` with a
/// symlink to `victim`, as fast as it can, until `stop` is set.
fn swapper(
    dir: PathBuf,
    victim: PathBuf,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> std::thread::JoinHandle<usize> {
    std::thread::spawn(move || {
        let mut swapped = 0;
        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with(".backup.db.partial-")
                    && entry.file_type().is_ok_and(|t| t.is_file())
                {
                    let path = entry.path();
                    let moved = dir.join(format!("moved-{swapped}"));
                    if std::fs::rename(&path, &moved).is_ok() {
                        let _ = std::os::unix::fs::symlink(&victim, &path);
                        swapped += 1;
                    }
                }
            }
        }
        swapped
    })
}

#[test]
fn a_backup_into_a_directory_others_can_write_never_reaches_a_swapped_in_name() {
    let env = Env::init();
    let shared = env.dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).unwrap();
    let victim = env.dir.path().join("attacker-file");
    std::fs::write(&victim, "").unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let attacker = swapper(shared.clone(), victim.clone(), stop.clone());
    let target = shared.join("backup.db");
    let mut refused = 0;
    for _ in 0..40 {
        let run = env.run(&["db", "backup", text(&target), "--force"]);
        if run.code == 4 {
            assert!(
                run.stderr
                    .contains("was replaced by another file while userctl wrote it"),
                "{}",
                run.stderr
            );
            refused += 1;
        } else {
            run.ok();
            let m = std::fs::symlink_metadata(&target).unwrap();
            assert!(m.file_type().is_file());
        }
        assert_eq!(
            std::fs::read(&victim).unwrap(),
            b"",
            "the copy reached the swapped-in link"
        );
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let swapped = attacker.join().unwrap();
    assert!(
        swapped > 0 && refused > 0,
        "swapped {swapped}, refused {refused}"
    );
}

#[test]
fn from_and_map_file_reads_are_bounded() {
    let env = Env::init();
    let start = std::time::Instant::now();
    let run = env.run(&["user", "deactivate", "--from", "/dev/zero", "--yes"]);
    run.code(7);
    assert!(
        run.stderr
            .contains("/dev/zero is larger than 64 MiB: not a list of accounts"),
        "{}",
        run.stderr
    );
    let input = env.dir.path().join("in.csv");
    std::fs::write(&input, "username,email\nann,ann@example.com\n").unwrap();
    let run = env.run(&["import-csv", "--map-file", "/dev/zero", text(&input)]);
    run.code(2);
    assert!(
        run.stderr
            .contains("--map-file /dev/zero is larger than 1 MiB: not a column map"),
        "{}",
        run.stderr
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(20));
    // Standard input is bounded the same way.
    let mut child = env
        .command()
        .args(["user", "deactivate", "--from", "-", "--yes"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        use std::io::Write;
        let chunk = vec![b'a'; 1 << 20];
        // Stops when userctl closes the pipe.
        for _ in 0..200 {
            if stdin.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let out: Run = child.wait_with_output().unwrap().into();
    feeder.join().unwrap();
    out.code(7);
    assert!(
        out.stderr.contains("standard input is larger than 64 MiB"),
        "{}",
        out.stderr
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE status = 'active'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'ann'"),
        0
    );
}

#[test]
fn an_unknown_name_from_a_list_is_echoed_escaped_and_cut_short() {
    let env = Env::init();
    let list = env.dir.path().join("list.txt");
    let long = format!("\x1b[31mevil{}", "x".repeat(5000));
    std::fs::write(&list, format!("root\n{long}\n")).unwrap();
    let run = env.run(&["user", "deactivate", "--from", text(&list), "--yes"]);
    run.code(3);
    assert!(
        run.stderr.contains("no user '\\e[31mevil"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("… (5010 characters)'"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains('\x1b'));
    assert!(run.stderr.len() < 600, "{}", run.stderr.len());
    std::fs::write(&list, format!("{long}\nsecond\x07bell\n")).unwrap();
    let run = env.run(&["user", "deactivate", "--from", text(&list), "--yes"]);
    run.code(3);
    assert!(run.stderr.contains("'second\\x07bell'"), "{}", run.stderr);
    assert!(!run.stderr.contains('\x1b') && !run.stderr.contains('\x07'));
    assert!(run.stderr.len() < 800, "{}", run.stderr.len());
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE status = 'active'"),
        1
    );
}
