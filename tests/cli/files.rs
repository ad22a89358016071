//! Files userctl writes: never through a symlink or a hard link, never over an existing
//! file without `--force`, 0600 under any umask, never the database or the input.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::common::{Env, Run};

/// An output flag: how to run a command writing to `path`.
pub(crate) struct Flag {
    pub(crate) name: &'static str,
    /// Whether `--force` exists (and is needed to replace an existing file).
    pub(crate) has_force: bool,
    pub(crate) run: fn(&Env, &Path, bool, Option<&str>) -> Run,
}

static UNIQUE: AtomicUsize = AtomicUsize::new(0);

/// Runs userctl under a umask, or as usual.
fn run_with(env: &Env, args: &[String], umask: Option<&str>) -> Run {
    match umask {
        None => {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            env.run(&args)
        }
        Some(mask) => {
            let mut cmd = Command::new("sh");
            cmd.env_clear()
                .env("USERCTL_DB", &env.db)
                .env("LOGNAME", "tester")
                .current_dir(env.dir.path())
                .arg("-c")
                .arg(format!("umask {mask} && exec \"$0\" \"$@\""))
                .arg(env!("CARGO_BIN_EXE_userctl"))
                .args(args);
            cmd.output().expect("run userctl").into()
        }
    }
}

fn args(list: &[&str], path: &Path, force: bool) -> Vec<String> {
    let mut v: Vec<String> = list.iter().map(|s| (*s).to_string()).collect();
    v.push(path.to_str().unwrap().to_string());
    if force {
        v.push("--force".into());
    }
    v
}

fn export(env: &Env, path: &Path, force: bool, umask: Option<&str>) -> Run {
    run_with(env, &args(&["export-csv", "--output"], path, force), umask)
}

fn rejects(env: &Env, path: &Path, force: bool, umask: Option<&str>) -> Run {
    let input = env.dir.path().join("bad.csv");
    std::fs::write(&input, "username,email\nzz,zz@example.com\n").unwrap();
    let mut a = args(&["import-csv", "--skip-invalid", "--rejects"], path, force);
    a.push(input.to_str().unwrap().into());
    run_with(env, &a, umask)
}

fn passwords(env: &Env, path: &Path, _force: bool, umask: Option<&str>) -> Run {
    let n = UNIQUE.fetch_add(1, Ordering::Relaxed);
    let input = env.dir.path().join(format!("new{n}.csv"));
    std::fs::write(
        &input,
        format!("username,email\nnew{n},new{n}@example.com\n"),
    )
    .unwrap();
    let mut a = args(&["import-csv", "--passwords-out"], path, false);
    a.push(input.to_str().unwrap().into());
    run_with(env, &a, umask)
}

fn backup(env: &Env, path: &Path, force: bool, umask: Option<&str>) -> Run {
    let mut a = vec!["db".to_string(), "backup".into()];
    a.extend(args(&[], path, force));
    run_with(env, &a, umask)
}

pub(crate) const FLAGS: &[Flag] = &[
    Flag {
        name: "export-csv --output",
        has_force: true,
        run: export,
    },
    Flag {
        name: "import-csv --rejects",
        has_force: true,
        run: rejects,
    },
    Flag {
        name: "import-csv --passwords-out",
        has_force: false,
        run: passwords,
    },
    Flag {
        name: "db backup",
        has_force: true,
        run: backup,
    },
];

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path).unwrap().mode() & 0o7777
}

/// Asserts `victim` still holds `content` with its mode and owner.
#[track_caller]
fn untouched(victim: &Path, content: &str, mode_was: u32, uid_was: u32) {
    assert_eq!(std::fs::read_to_string(victim).unwrap(), content);
    let m = std::fs::metadata(victim).unwrap();
    assert_eq!(m.mode() & 0o7777, mode_was, "{}", victim.display());
    assert_eq!(m.uid(), uid_was);
}

/// Creates `victim` holding "precious", mode 0644, owned by `uid`.
fn victim(env: &Env, name: &str, uid: u32) -> std::path::PathBuf {
    let p = env.dir.path().join(name);
    std::fs::write(&p, "precious").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::os::unix::fs::chown(&p, Some(uid), Some(uid)).unwrap();
    p
}

/// After a successful write: a regular private file of ours, not the victim.
#[track_caller]
fn fresh_private_file(out: &Path) {
    let m = std::fs::symlink_metadata(out).unwrap();
    assert!(
        m.file_type().is_file(),
        "{} is not a regular file",
        out.display()
    );
    assert_eq!(m.mode() & 0o7777, 0o600, "{}", out.display());
    assert_eq!(m.nlink(), 1);
    assert_ne!(std::fs::read_to_string(out).unwrap_or_default(), "precious");
}

/// Needs root to give a file to another user; refuses to pass silently without it.
fn require_root() {
    assert_eq!(
        rustix::process::geteuid().as_raw(),
        0,
        "this test gives files to another user (chown) and must run as root"
    );
}

#[test]
fn no_output_flag_writes_through_a_symlink() {
    for flag in FLAGS {
        let env = Env::init();
        let victim = victim(&env, "victim", 0);
        let out = env.dir.path().join("out");
        std::os::unix::fs::symlink(&victim, &out).unwrap();
        if flag.has_force {
            let run = (flag.run)(&env, &out, false, None);
            run.code(4);
            assert!(
                run.stderr.contains("already exists"),
                "{}: {}",
                flag.name,
                run.stderr
            );
            assert!(std::fs::symlink_metadata(&out)
                .unwrap()
                .file_type()
                .is_symlink());
        }
        let run = (flag.run)(&env, &out, true, None);
        // --passwords-out may replace the link or refuse it; never write through it.
        if flag.has_force {
            run.code(if flag.name.contains("rejects") { 7 } else { 0 });
            fresh_private_file(&out);
        }
        untouched(&victim, "precious", 0o644, 0);
        // A dangling link: nothing is created at its target.
        let dangling = env.dir.path().join("dangling");
        let nowhere = env.dir.path().join("nowhere");
        std::os::unix::fs::symlink(&nowhere, &dangling).unwrap();
        let run = (flag.run)(&env, &dangling, false, None);
        assert!(
            !nowhere.exists(),
            "{}: created through a dangling link",
            flag.name
        );
        if flag.has_force {
            run.code(4);
        }
    }
}

#[test]
fn no_output_flag_writes_through_a_hard_link() {
    for flag in FLAGS {
        let env = Env::init();
        let victim = victim(&env, "victim", 0);
        let out = env.dir.path().join("out");
        std::fs::hard_link(&victim, &out).unwrap();
        if flag.has_force {
            (flag.run)(&env, &out, false, None).code(4);
        }
        let _ = (flag.run)(&env, &out, true, None);
        untouched(&victim, "precious", 0o644, 0);
        if flag.has_force {
            fresh_private_file(&out);
        }
    }
}

#[test]
fn another_users_file_is_never_written_or_chmodded() {
    require_root();
    for flag in FLAGS {
        let env = Env::init();
        let theirs = victim(&env, "theirs", 65534);
        let keep = env.dir.path().join("keep");
        std::fs::hard_link(&theirs, &keep).unwrap();
        if flag.has_force {
            let run = (flag.run)(&env, &theirs, false, None);
            run.code(4);
            untouched(&theirs, "precious", 0o644, 65534);
        }
        let _ = (flag.run)(&env, &theirs, true, None);
        // The other user's inode (still reachable as `keep`) is untouched either way.
        untouched(&keep, "precious", 0o644, 65534);
        if flag.has_force {
            fresh_private_file(&theirs);
            assert_eq!(std::fs::metadata(&theirs).unwrap().uid(), 0);
        }
    }
}

#[test]
fn outputs_are_0600_under_any_umask() {
    for mask in ["000", "022", "277"] {
        for flag in FLAGS {
            let env = Env::init();
            let out = env.dir.path().join("out");
            let run = (flag.run)(&env, &out, false, Some(mask));
            assert!(run.code == 0 || run.code == 7, "{}: {run:?}", flag.name);
            assert_eq!(mode(&out), 0o600, "{} under umask {mask}", flag.name);
        }
    }
}

#[test]
fn init_creates_a_private_database_under_umask_000() {
    let env = Env::new();
    let mut cmd = Command::new("sh");
    cmd.env_clear()
        .env("USERCTL_DB", &env.db)
        .current_dir(env.dir.path())
        .arg("-c")
        .arg("umask 000 && printf 'violet tractor sings at dawn\\n' | exec \"$0\" init --admin root --email r@example.com --password-stdin")
        .arg(env!("CARGO_BIN_EXE_userctl"));
    let run: Run = cmd.output().unwrap().into();
    run.ok();
    assert_eq!(mode(&env.db), 0o600);
    env.run(&["user", "list"]).ok();
    for suffix in ["-wal", "-shm"] {
        let side = format!("{}{suffix}", env.db.display());
        if let Ok(m) = std::fs::metadata(&side) {
            assert_eq!(m.mode() & 0o777, 0o600, "{side}");
        }
    }
}

#[test]
fn no_output_may_be_the_database_its_side_files_or_the_input() {
    let env = Env::init();
    let input = env.dir.path().join("in.csv");
    std::fs::write(
        &input,
        "username,email\nzz,zz@example.com\nnewbie,newbie@example.com\n",
    )
    .unwrap();
    let db = env.db.to_str().unwrap().to_string();
    let wal = format!("{db}-wal");
    let journal = format!("{db}-journal");
    let inp = input.to_str().unwrap().to_string();
    let link = env.dir.path().join("db-link");
    std::os::unix::fs::symlink(&env.db, &link).unwrap();
    let dotted = format!("{}/./userctl.db", env.dir.path().display());
    let before = env.db_bytes();
    let mut cases: Vec<Vec<String>> = Vec::new();
    for target in [&db, &wal, &journal, &dotted, &link.display().to_string()] {
        for force in [false, true] {
            let f = if force {
                vec!["--force".to_string()]
            } else {
                vec![]
            };
            let t = target.clone();
            cases.push([vec!["export-csv".into(), "-o".into(), t.clone()], f.clone()].concat());
            cases.push(
                [
                    vec![
                        "import-csv".into(),
                        "--skip-invalid".into(),
                        "--rejects".into(),
                        t.clone(),
                        inp.clone(),
                    ],
                    f.clone(),
                ]
                .concat(),
            );
            cases.push(
                [
                    vec![
                        "import-csv".into(),
                        "--passwords-out".into(),
                        t.clone(),
                        inp.clone(),
                    ],
                    f.clone(),
                ]
                .concat(),
            );
            cases.push([vec!["db".into(), "backup".into(), t.clone()], f].concat());
        }
    }
    for force in [false, true] {
        let mut c: Vec<String> = ["import-csv", "--skip-invalid", "--rejects", &inp, &inp]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        if force {
            c.push("--force".into());
        }
        cases.push(c);
    }
    for case in &cases {
        let args: Vec<&str> = case.iter().map(String::as_str).collect();
        let run = env.run(&args);
        run.code(2);
        assert!(
            run.stderr.contains("refusing to write"),
            "{case:?}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("it is the database") || run.stderr.contains("input file"),
            "{case:?}: {}",
            run.stderr
        );
    }
    assert_eq!(env.db_bytes(), before);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'newbie'"),
        0
    );
    assert!(std::fs::read_to_string(&input).unwrap().contains("newbie"));
    env.run(&["db", "check"]).ok();
}

#[test]
fn an_output_appears_whole_or_not_at_all() {
    let env = Env::init();
    let out = env.dir.path().join("export.csv");
    env.run(&["export-csv", "-o", out.to_str().unwrap()]).ok();
    let first = std::fs::read_to_string(&out).unwrap();
    assert!(first.starts_with("username,"));
    // A refused replacement leaves the file and no temporary beside it.
    env.run(&["export-csv", "-o", out.to_str().unwrap()])
        .code(4);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), first);
    let names: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".partial-"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

/// Runs `args` with `input` and kills it after `delay` (if still running).
fn kill_after(env: &Env, args: &[&str], input: &str, delay: std::time::Duration) {
    use std::io::Write;
    let mut child = env
        .command()
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    std::thread::sleep(delay);
    let _ = child.kill();
    let _ = child.wait();
}

/// How long one run of `args` takes here.
fn timed(env: &Env, args: &[&str], input: &str) -> std::time::Duration {
    let start = std::time::Instant::now();
    env.run_stdin(args, input);
    start.elapsed()
}

fn partials(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".partial-"))
        .collect()
}

const INIT: &[&str] = &[
    "init",
    "--admin",
    "root",
    "--email",
    "root@example.com",
    "--password-stdin",
];

#[test]
fn a_killed_init_leaves_nothing_or_a_whole_database() {
    let input = format!("{}\n", crate::common::ROOT_PASSWORD);
    let probe = Env::new();
    let full = timed(&probe, INIT, &input);
    for round in 0..5u32 {
        let env = Env::new();
        kill_after(&env, INIT, &input, full * round / 4);
        if env.db.exists() {
            // Whole: a working database with its admin.
            env.run(&["user", "list"]).ok();
            assert_eq!(
                env.count("SELECT count(*) FROM users WHERE username = 'root'"),
                1
            );
            env.run_stdin(INIT, &input).ok();
            env.run(&["db", "check"]).ok();
        } else {
            // Nothing at PATH: init simply runs again (and clears the leftover).
            env.run_stdin(INIT, &input).ok();
            env.run(&["db", "migrate"]).ok();
            assert!(
                partials(env.dir.path()).is_empty(),
                "{:?}",
                partials(env.dir.path())
            );
        }
    }
}

#[test]
fn init_adopts_an_empty_sqlite_file_without_tables() {
    let env = Env::new();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    drop(conn);
    assert!(std::fs::metadata(&env.db).unwrap().len() > 0);
    env.run(&["user", "list"]).code(9);
    env.run_stdin(INIT, &format!("{}\n", crate::common::ROOT_PASSWORD))
        .ok();
    env.run(&["db", "check"]).ok();
    assert_eq!(mode(&env.db), 0o600);
}

#[test]
fn killed_backups_leave_no_copies_behind() {
    let env = Env::new();
    env.run(&["demo", "--users", "3000"]).ok();
    let target = env.dir.path().join("b.db");
    let t = target.to_str().unwrap();
    let full = timed(&env, &["db", "backup", t], "");
    std::fs::remove_file(&target).unwrap();
    for round in 0..5u32 {
        kill_after(&env, &["db", "backup", t], "", full * round / 4);
        let _ = std::fs::remove_file(&target);
    }
    // A leftover of a process that no longer runs, as an older userctl left them.
    let old = env.dir.path().join(".b.db.partial-2147483646");
    std::fs::write(&old, "hashes").unwrap();
    let run = env.run(&["db", "check"]);
    run.ok();
    assert!(run.stdout.contains("leftovers"), "{}", run.stdout);
    assert!(
        run.stdout.contains(".b.db.partial-2147483646"),
        "{}",
        run.stdout
    );
    env.run(&["db", "backup", t]).ok();
    assert!(
        partials(env.dir.path()).is_empty(),
        "{:?}",
        partials(env.dir.path())
    );
    let run = env.run(&["db", "check"]);
    assert!(!run.stdout.contains("partial-"), "{}", run.stdout);
}
