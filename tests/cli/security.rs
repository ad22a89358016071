//! The security rules end to end: who may act on whom, locked databases, lockouts,
//! terminal escapes, and the files `--db` may name.

use crate::common::{Env, GOOD_PASSWORD, ROOT_PASSWORD};
use crate::lifecycle::dump;

fn root_hash(env: &Env) -> String {
    env.sql()
        .query_row(
            "SELECT password_hash FROM users WHERE username = 'root'",
            (),
            |r| r.get(0),
        )
        .unwrap()
}

/// The takeover of the report: an account holding only `users.manage` set root's
/// password and made itself a key of root's. Every verb on a more privileged
/// account is now refused with exit 6 and writes nothing.
#[test]
fn users_manage_alone_cannot_take_over_an_admin() {
    let env = Env::init();
    env.run(&["role", "create", "mgr", "--permission", "users.manage"])
        .ok();
    env.add_user("mgr1", "mgr");
    env.add_user("mgr2", "mgr");
    let hash = root_hash(&env);
    let before = dump(&env);

    let run = env.run_as(
        "mgr1",
        GOOD_PASSWORD,
        &["user", "passwd", "root", "--password-stdin"],
        "attacker chosen passphrase 1234\n",
    );
    run.code(6);
    assert!(
        run.stderr
            .contains("'mgr1' may not act on 'root', which holds permissions 'mgr1' lacks"),
        "{}",
        run.stderr
    );
    let run = env.run_as(
        "mgr1",
        GOOD_PASSWORD,
        &["key", "create", "root", "--label", "backdoor"],
        "",
    );
    run.code(6);
    assert!(!run.stdout.contains("uk_"), "{}", run.stdout);
    assert_eq!(root_hash(&env), hash);
    assert_eq!(env.count("SELECT count(*) FROM api_keys"), 0);

    // Nor anything else done to an admin, a deactivated one included.
    std::fs::write(
        env.dir.path().join("in.csv"),
        "username,email\nroot,mgr1@evil.test\n",
    )
    .unwrap();
    for args in [
        &["user", "deactivate", "root"][..],
        &["user", "delete", "root", "--yes"],
        &["user", "reset-2fa", "root"],
        &["user", "edit", "root", "--email", "mgr1@evil.test"],
        &["user", "verify", "root", "--password-stdin"],
        &["session", "revoke", "--user", "root", "--yes"],
        &["import-csv", "in.csv"],
    ] {
        let run = env.run_as("mgr1", GOOD_PASSWORD, args, &format!("{ROOT_PASSWORD}\n"));
        run.code(6);
        assert!(
            run.stderr.starts_with("error: "),
            "{args:?}: {}",
            run.stderr
        );
        assert_eq!(dump(&env), before, "{args:?} wrote something");
    }

    // An account holding no more than mgr1 is fair game; acting on oneself too.
    env.run_as(
        "mgr1",
        GOOD_PASSWORD,
        &["user", "passwd", "mgr2", "--password-stdin"],
        "a brand new passphrase for mgr two\n",
    )
    .ok();
    env.run_as(
        "mgr1",
        GOOD_PASSWORD,
        &["key", "create", "mgr1", "--label", "own"],
        "",
    )
    .ok();
    // A deactivated admin is still an admin: mgr1 cannot bring it back.
    env.add_user("ada", "admin");
    env.run(&["user", "deactivate", "ada"]).ok();
    env.run_as("mgr1", GOOD_PASSWORD, &["user", "activate", "ada"], "")
        .code(6);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'ada' AND status = 'inactive'"),
        1
    );
}

/// Holds a lock on the database from this process (a second process to userctl)
/// the way an application can: `PRAGMA locking_mode=EXCLUSIVE` after a write, or an
/// open `BEGIN EXCLUSIVE`.
fn hold_lock(env: &Env, how: &str) -> rusqlite::Connection {
    let conn = env.sqlite();
    match how {
        "locking_mode=EXCLUSIVE" => {
            let _: String = conn
                .query_row("PRAGMA locking_mode=EXCLUSIVE", [], |r| r.get(0))
                .unwrap();
            conn.execute_batch("BEGIN EXCLUSIVE; UPDATE settings SET key = key WHERE 0; COMMIT;")
                .unwrap();
            let _: i64 = conn
                .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
                .unwrap();
        }
        "BEGIN EXCLUSIVE" => conn.execute_batch("BEGIN EXCLUSIVE").unwrap(),
        other => panic!("{other}"),
    }
    conn
}

/// A locked database is exit 8 naming the lock, on every command, `db check`
/// included, after waiting `--wait`; never 9, never "restore a backup".
#[test]
fn a_locked_database_is_busy_never_corrupt() {
    crate::only_in_a_file!("SQLite's journal modes and exclusive locks");
    for journal in ["wal", "delete"] {
        let env = Env::init();
        let _: String = env
            .sql()
            .query_row(&format!("PRAGMA journal_mode={journal}"), (), |r| r.get(0))
            .unwrap();
        let before = dump(&env);
        for how in ["locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE"] {
            let lock = hold_lock(&env, how);
            // In WAL mode readers still read beside a writer's transaction.
            let readers_blocked = !(journal == "wal" && how == "BEGIN EXCLUSIVE");
            for (args, reads) in [
                (&["user", "list"][..], true),
                (&["db", "check"], true),
                (&["audit", "verify"], true),
                (&["user", "add", "zed", "--password-stdin"], false),
                (&["user", "deactivate", "root"], false),
            ] {
                let mut all = vec!["--wait", "0.3"];
                all.extend_from_slice(args);
                let started = std::time::Instant::now();
                let run = env.run_stdin(&all, &format!("{GOOD_PASSWORD}\n"));
                let at = format!("{journal}, {how}, {args:?}");
                if reads && !readers_blocked {
                    assert!(run.code == 0 || run.code == 5, "{at}: {run:?}");
                    continue;
                }
                assert_eq!(run.code, 8, "{at}: {run:?}");
                assert!(
                    run.stderr.contains("is locked by another writer")
                        && run.stderr.contains("waiting 0.3s")
                        && run.stderr.contains("not damaged"),
                    "{at}: {}",
                    run.stderr
                );
                assert!(!run.stderr.contains("restore"), "{at}: {}", run.stderr);
                assert!(!run.stderr.contains("corrupt"), "{at}: {}", run.stderr);
                assert!(
                    started.elapsed() >= std::time::Duration::from_millis(300),
                    "{at}: did not wait"
                );
            }
            drop(lock);
            assert_eq!(
                dump(&env),
                before,
                "{journal}, {how}: something was written"
            );
        }
        env.run(&["db", "check"]).ok();
    }
}

/// `--wait` is honoured: a lock let go while userctl waits is no error.
#[test]
fn a_lock_released_within_wait_is_waited_for() {
    crate::only_in_a_file!("SQLite's exclusive locks");
    let env = Env::init();
    let lock = hold_lock(&env, "BEGIN EXCLUSIVE");
    let mut child = env
        .command()
        .args(["--wait", "30", "user", "add", "zed", "--password-stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "{GOOD_PASSWORD}").unwrap();
    }
    std::thread::sleep(std::time::Duration::from_millis(800));
    lock.execute_batch("ROLLBACK").unwrap();
    drop(lock);
    let run: crate::common::Run = child.wait_with_output().unwrap().into();
    run.ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'zed'"),
        1
    );
}

/// Runs userctl as an unprivileged user (via `setpriv` when the tests run as root,
/// whom permissions do not stop).
fn run_unprivileged(env: &Env, args: &[&str], input: &str) -> crate::common::Run {
    use std::io::Write;
    use std::os::unix::fs::MetadataExt;
    let root = std::fs::metadata("/proc/self").unwrap().uid() == 0;
    let mut cmd = if root {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_userctl"));
        c
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_userctl"))
    };
    let mut child = cmd
        .env_clear()
        .env("USERCTL_DB", &env.db)
        .env("LOGNAME", "tester")
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap().into()
}

/// A read-only file, or a directory userctl may not write in, is named as such
/// (exit 1): not called corrupt, nothing written.
#[test]
fn a_read_only_file_or_directory_is_named_not_called_corrupt() {
    use std::os::unix::fs::PermissionsExt;
    crate::only_in_a_file!("file and directory permissions");
    let set_mode = |p: &std::path::Path, mode: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    let env = Env::init();
    let _: String = env
        .sql()
        .query_row("PRAGMA journal_mode=delete", (), |r| r.get(0))
        .unwrap();
    // Owned by the unprivileged user, but the directory is not theirs to write.
    let chown = |p: &std::path::Path| {
        // Fails when the tests do not run as root: then the files are ours already.
        let _ = std::process::Command::new("chown")
            .arg("65534")
            .arg(p)
            .status();
    };
    chown(&env.db);
    set_mode(env.dir.path(), 0o555);
    let before = env.db_bytes();
    let add = ["user", "add", "zed", "--password-stdin"];
    let input = format!("{GOOD_PASSWORD}\n");
    let run = run_unprivileged(&env, &add, &input);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("is not writable for this user") && run.stderr.contains("not damaged"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("corrupt") && !run.stderr.contains("restore"),
        "{}",
        run.stderr
    );

    // The directory writable, the file read-only.
    chown(env.dir.path());
    set_mode(env.dir.path(), 0o755);
    set_mode(&env.db, 0o400);
    for args in [&add[..], &["db", "check"], &["user", "deactivate", "root"]] {
        let run = run_unprivileged(&env, args, &input);
        if args[0] == "db" {
            // Reading a read-only file is fine.
            assert_eq!(run.code, 0, "{run:?}");
            continue;
        }
        assert_eq!(run.code, 1, "{args:?}: {run:?}");
        assert!(
            run.stderr
                .contains("is read-only for this user (mode 0400)"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("corrupt"), "{}", run.stderr);
    }
    set_mode(&env.db, 0o600);
    assert_eq!(env.db_bytes(), before);
}

/// `recover --promote` of an invited account (no password) made an admin nobody
/// could log in as, which the guard then counted. It now needs a password source,
/// and sets that password.
#[test]
fn promoting_an_account_without_a_password_needs_a_password_source() {
    let env = Env::init();
    env.run(&["user", "add", "invadm", "--invite"]).ok();
    let before = dump(&env);
    let run = env.run(&["recover", "--promote", "invadm"]);
    run.code(2);
    assert!(
        run.stderr.contains(
            "user invadm has no password: promoted, it would be an admin nobody can log in as"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--generate-password"), "{}", run.stderr);
    assert_eq!(dump(&env), before);
    // The dry run refuses the same way.
    env.run(&["--dry-run", "recover", "--promote", "invadm"])
        .code(2);

    let run = env.run_stdin(
        &["recover", "--promote", "invadm", "--password-stdin"],
        "quiet lanterns drift past the mill\n",
    );
    run.ok();
    assert!(run.stdout.contains("set a new password"), "{}", run.stdout);
    let (role, status, must): (String, String, i64) = env
        .sql()
        .query_row(
            "SELECT role, status, must_change_password FROM users \
             WHERE username = 'invadm' AND password_hash IS NOT NULL",
            (),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (role.as_str(), status.as_str(), must),
        ("admin", "active", 1)
    );
    env.run_as(
        "invadm",
        "quiet lanterns drift past the mill",
        &["user", "show", "invadm"],
        "",
    )
    .ok();
    // The real admin may now go: an admin who can log in remains.
    env.run(&["user", "deactivate", "root"]).ok();
    env.run(&["db", "check"]).ok();
}

/// Runs userctl under a pseudo-terminal (`script`), returning what the terminal got.
fn run_on_terminal(env: &Env, args: &[&str]) -> String {
    let line = std::iter::once(env!("CARGO_BIN_EXE_userctl"))
        .chain(args.iter().copied())
        .map(|a| format!("'{a}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let out = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("USERCTL_DB", &env.db)
        .env("LOGNAME", "tester")
        .env("NO_COLOR", "1")
        // Wide enough that tables fitting the terminal cut no cell: escaping is
        // what is checked here.
        .env("COLUMNS", "1000")
        .current_dir(env.dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("script(1) from util-linux");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A display name that clears the screen and hides a link, and one that hides a
/// zero-width space and a right-to-left override.
const HOSTILE_NAME: &str = "\x1b]8;;https://evil.test\x1b\\click\x1b]8;;\x1b\\\x1b[2J";
const LOOKALIKE_NAME: &str = "ro\u{200b}ot \u{202e}nimda\u{2066}";

/// CSV to a terminal is escaped like a table; to a pipe it keeps the exact value;
/// format characters are escaped in tables too.
#[test]
fn csv_and_tables_on_a_terminal_escape_control_and_format_characters() {
    let env = Env::init();
    // userctl refuses a terminal control in a name; the application may write one.
    env.run(&["user", "add", "eve", "--invite", "--name", HOSTILE_NAME])
        .code(7);
    env.run(&["user", "add", "eve", "--invite", "--name", "Eve"])
        .ok();
    env.sql()
        .execute(
            "UPDATE users SET display_name = ?1 WHERE username = 'eve'",
            [HOSTILE_NAME],
        )
        .unwrap();
    env.run(&[
        "user",
        "add",
        "mallory",
        "--invite",
        "--name",
        LOOKALIKE_NAME,
    ])
    .ok();
    // (command, shows eve's name, shows mallory's)
    for (args, hostile, lookalike) in [
        (&["user", "list", "--format", "csv"][..], true, true),
        (&["export-csv"], true, true),
        (&["user", "list"], true, true),
        (&["user", "show", "mallory"], false, true),
        (&["user", "show", "eve", "--format", "csv"], true, false),
    ] {
        let shown = run_on_terminal(&env, args);
        for raw in ['\x1b', '\u{200b}', '\u{202e}', '\u{2066}'] {
            assert!(
                !shown.contains(raw),
                "{args:?} printed {raw:?} raw:\n{shown}"
            );
        }
        if hostile {
            assert!(
                shown.contains("\\e]8;;https://evil.test\\e\\click"),
                "{args:?}: {shown}"
            );
        }
        if lookalike {
            assert!(
                shown.contains("ro\\u{200b}ot \\u{202e}nimda\\u{2066}"),
                "{args:?}: {shown}"
            );
        }
    }
    // To a pipe, CSV keeps the exact value for programs.
    for args in [&["user", "list", "--format", "csv"][..], &["export-csv"]] {
        let run = env.run(args);
        run.ok();
        assert!(
            run.stdout.contains(HOSTILE_NAME),
            "{args:?}: {:?}",
            run.stdout
        );
        assert!(
            run.stdout.contains(LOOKALIKE_NAME),
            "{args:?}: {:?}",
            run.stdout
        );
    }
}

/// Emails are NFKC-folded, lower-cased and ASCII only: a full-width `root@…` is
/// root's address (taken), a mixed-script or invisible look-alike is refused.
#[test]
fn look_alike_emails_cannot_pass_for_another() {
    let env = Env::init();
    let before = dump(&env);
    let run = env.run(&[
        "user",
        "add",
        "fake",
        "--invite",
        "--email",
        "ｒｏｏｔ@ｅｘａｍｐｌｅ.ｃｏｍ",
    ]);
    run.code(4);
    assert!(run.stderr.contains("root@example.com"), "{}", run.stderr);
    for email in [
        "r\u{43e}ot@example.com",
        "ro\u{200b}ot@example.com",
        "root@ex\u{430}mple.com",
    ] {
        for args in [
            &["user", "add", "fake", "--invite", "--email", email][..],
            &["user", "edit", "root", "--email", email],
        ] {
            let run = env.run(args);
            run.code(7);
            assert!(run.stderr.contains("non-ASCII character"), "{}", run.stderr);
            assert!(!run.stderr.contains('\u{200b}'), "{}", run.stderr);
        }
    }
    std::fs::write(
        env.dir.path().join("in.csv"),
        "username,email\nfake,r\u{43e}ot@example.com\n",
    )
    .unwrap();
    env.run(&["import-csv", "in.csv"]).code(7);
    assert_eq!(dump(&env), before);
    env.run(&[
        "user",
        "add",
        "wide",
        "--invite",
        "--email",
        "ｗｉｄｅ@Example.com",
    ])
    .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE email = 'wide@example.com'"),
        1
    );
}

/// `--db` must name a regular file: `:memory:` would keep nothing, a FIFO would
/// block forever, a device would be chmodded by init.
#[test]
fn db_must_be_a_regular_file() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let fifo = env.dir.path().join("pipe");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let dir = env.dir.path().join("adir");
    std::fs::create_dir(&dir).unwrap();
    let init = [
        "init",
        "--admin",
        "root",
        "--email",
        "root@example.com",
        "--password-stdin",
    ];
    let input = format!("{ROOT_PASSWORD}\n");
    let cases: [(&str, &str, i32); 4] = [
        (":memory:", "names no file", 2),
        (
            fifo.to_str().unwrap(),
            "is a FIFO (named pipe), not a database file",
            9,
        ),
        (
            dir.to_str().unwrap(),
            "is a directory, not a database file",
            9,
        ),
        ("/dev/null", "is a character device, not a database file", 9),
    ];
    let null_mode = std::fs::metadata("/dev/null").unwrap();
    for (db, message, code) in cases {
        for args in [
            &init[..],
            &["user", "list"],
            &["db", "check"],
            &["demo", "--users", "3"],
        ] {
            let mut all = vec!["--db", db];
            all.extend_from_slice(args);
            // A FIFO must not hang: the harness would wait for ever.
            let run = env.run_stdin(&all, &input);
            assert_eq!(run.code, code, "{db} {args:?}: {run:?}");
            assert!(
                run.stderr.contains(message),
                "{db} {args:?}: {}",
                run.stderr
            );
        }
    }
    assert!(!env.dir.path().join(":memory:").exists());
    assert_eq!(
        std::fs::metadata("/dev/null").unwrap().permissions().mode(),
        null_mode.permissions().mode()
    );
}

/// Deleted accounts and replaced hashes do not linger in the file's free space.
#[test]
fn deleted_rows_and_old_hashes_are_overwritten() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.add_user("carol", "user");
    let hash_of = |who: &str| -> String {
        env.sql()
            .query_row(
                "SELECT password_hash FROM users WHERE username = ?1",
                [who],
                |r| r.get(0),
            )
            .unwrap()
    };
    let bob = hash_of("bob");
    let carol = hash_of("carol");
    env.run(&["user", "delete", "bob", "--yes"]).ok();
    env.run_stdin(
        &["user", "passwd", "carol", "--password-stdin"],
        "winter swallows circle the old tower\n",
    )
    .ok();
    assert_ne!(hash_of("carol"), carol);
    let mut bytes = env.db_bytes();
    for side in ["-wal", "-journal"] {
        let mut name = env.db.as_os_str().to_owned();
        name.push(side);
        bytes.extend(std::fs::read(name).unwrap_or_default());
    }
    let find = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(!find(&bob), "bob's hash is still in the file");
    assert!(!find(&carol), "carol's old hash is still in the file");
}

/// A dropped audit log is tampering (9), and `db check` compares the schema with
/// the one the migrations make.
#[test]
fn a_dropped_table_is_unhealthy() {
    let env = Env::init();
    env.sql().execute_batch("DROP TABLE sessions").unwrap();
    let run = env.run(&["db", "check"]);
    run.code(9);
    assert!(
        run.stdout.contains("table sessions is missing"),
        "{}",
        run.stdout
    );
    let run = env.run(&["--format", "json", "db", "check"]);
    let findings = run.json();
    let schema = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "schema objects")
        .unwrap();
    assert_eq!(schema["status"], "fail");
    // An application's own table or column is not a problem.
    let env = Env::init();
    env.sql()
        .execute_batch(
            "CREATE TABLE app_things (id INTEGER); ALTER TABLE users ADD COLUMN shoe_size INTEGER;",
        )
        .unwrap();
    env.run(&["db", "check"]).ok();
    env.sql()
        .execute_batch("ALTER TABLE users DROP COLUMN status_reason")
        .unwrap();
    let run = env.run(&["db", "check"]);
    run.code(9);
    assert!(
        run.stdout
            .contains("table users lacks column(s) status_reason"),
        "{}",
        run.stdout
    );

    let env = Env::init();
    env.sql().execute_batch("DROP TABLE audit_log").unwrap();
    let run = env.run(&["audit", "verify"]);
    run.code(9);
    assert!(
        run.stderr.contains("the audit log was tampered with"),
        "{}",
        run.stderr
    );
    env.run(&["db", "check"]).code(9);
}

/// `demo` replaces an earlier demo database, but not one that has since gained
/// tables of its own.
#[test]
fn demo_does_not_replace_a_database_that_grew_its_own_tables() {
    let env = Env::new();
    env.run(&["demo", "--users", "3"]).ok();
    env.run(&["demo", "--users", "4"]).ok();
    env.sql()
        .execute_batch("CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER); INSERT INTO orders VALUES (1, 9);")
        .unwrap();
    let run = env.run(&["demo", "--users", "3"]);
    run.code(4);
    assert!(
        run.stderr
            .contains("has gained tables userctl did not make (orders)"),
        "{}",
        run.stderr
    );
    assert_eq!(env.count("SELECT total FROM orders"), 9);
}

/// `key revoke` asks like every destructive command: `--yes`, or exit 2 without a
/// terminal.
#[test]
fn key_revoke_needs_confirmation() {
    let env = Env::init();
    env.run(&["key", "create", "root", "--label", "ci"]).ok();
    let run = env.run(&["key", "revoke", "1"]);
    run.code(2);
    assert!(run.stderr.contains("--yes"), "{}", run.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM api_keys WHERE revoked_at IS NULL"),
        1
    );
    env.run(&["key", "revoke", "1", "--yes"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM api_keys WHERE revoked_at IS NULL"),
        0
    );
}

/// An admin whose stored hash userctl cannot check (bcrypt cost 99, written by SQL)
/// cannot log in: the guard does not count it, so the last real admin stays, and
/// `db check` says no admin can log in.
#[test]
fn an_admin_with_an_unusable_hash_is_not_counted_by_the_guard() {
    let env = Env::init();
    env.add_user("adm2", "admin");
    let unusable = format!("$2b$99${}", "a".repeat(53));
    env.sql()
        .execute(
            "UPDATE users SET password_hash = ?1 WHERE username = 'adm2'",
            [&unusable],
        )
        .unwrap();
    let out = env.run(&["--yes", "user", "deactivate", "root"]);
    out.code(5);
    assert!(out.stderr.contains("last-admin guard"), "{}", out.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'root' AND status = 'active'"),
        1
    );
    // With root gone by SQL, nobody can log in as an admin: db check says so.
    env.sql()
        .execute(
            "UPDATE users SET status = 'inactive' WHERE username = 'root'",
            (),
        )
        .unwrap();
    env.run(&["db", "check"]).code(9);
}

#[test]
fn account_names_are_looked_up_in_the_form_they_are_stored_in() {
    let env = Env::init();
    // Full-width letters fold (NFKC) to the stored ASCII name, as emails do.
    let out = env.run(&["--format", "json", "user", "show", "ｒｏｏｔ"]);
    out.ok();
    assert_eq!(out.json()["username"], "root", "{}", out.stdout);
    let out = env.run(&["--format", "json", "user", "show", "ＲＯＯＴ@example.com"]);
    out.ok();
    assert_eq!(out.json()["username"], "root", "{}", out.stdout);
    // A look-alike from another script is no one.
    let out = env.run(&["user", "show", "rооt"]);
    out.code(3);
    assert!(out.stderr.contains("no user 'rооt'"), "{}", out.stderr);
}
