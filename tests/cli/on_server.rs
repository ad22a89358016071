//! What only a server has: a password in `--db`, the lock row and `--wait`. Runs in
//! the PostgreSQL half of the suite only.

use std::process::Stdio;

use crate::common::Env;

#[test]
fn a_password_in_db_on_the_command_line_is_refused_and_nothing_is_read() {
    let env = Env::init();
    let with_password = format!("{} password=hunter2-secret", env.db.display());
    let run = env.run(&["--db", &with_password, "user", "list"]);
    run.code(2);
    assert!(run.stdout.is_empty(), "{run:?}");
    assert!(run.stderr.contains("USERCTL_DB"), "{}", run.stderr);
    assert!(!run.stderr.contains("hunter2"), "{}", run.stderr);
}

#[test]
fn a_write_waits_for_the_lock_row_only_as_long_as_wait_then_exit_8_and_nothing_changes() {
    let env = Env::init();
    env.add_user("ann", "admin");
    let holder = env.sql();
    holder.execute_batch("BEGIN").unwrap();
    holder
        .execute_batch("SELECT version FROM userctl_schema FOR UPDATE")
        .unwrap();
    let run = env.run(&["--wait", "0.5", "user", "role", "ann", "user"]);
    run.code(8);
    assert!(run.stderr.contains("locked"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{run:?}");
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'ann' AND role = 'admin'"),
        1
    );
    // Once the lock is free the same command goes through.
    env.run(&["user", "role", "ann", "user"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'ann' AND role = 'user'"),
        1
    );
}

#[test]
fn a_killed_writer_leaves_nothing_behind_the_server_rolls_it_back() {
    let env = Env::init();
    env.add_user("ann", "user");
    let before = env.count("SELECT count(*) FROM audit_log");
    // The write waits on the lock row held here, and is killed while it waits inside
    // its transaction.
    let holder = env.sql();
    holder.execute_batch("BEGIN").unwrap();
    holder
        .execute_batch("SELECT version FROM userctl_schema FOR UPDATE")
        .unwrap();
    let mut child = env
        .command()
        .args(["--wait", "30", "user", "deactivate", "ann", "--yes"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    child.kill().unwrap();
    child.wait().unwrap();
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'ann' AND status = 'active'"),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), before);
    env.run(&["audit", "verify"]).ok();
}

#[test]
fn search_ignores_case_in_display_names_as_on_sqlite() {
    let env = Env::init();
    env.add_user("ann", "user");
    env.run(&["user", "edit", "ann", "--name", "Annika Larsson"])
        .ok();
    let run = env.run(&["--format", "json", "user", "list", "--search", "LARSSON"]);
    run.ok();
    let users = run.json();
    assert_eq!(users.as_array().unwrap().len(), 1, "{users}");
    assert_eq!(users[0]["username"], "ann");
}

/// A file written by an application in its own timestamp forms moves to the server
/// as the same instants; a value no form reads stops the copy before anything lands.
#[test]
fn a_copy_from_a_file_carries_the_applications_timestamps_as_instants() {
    let env = Env::new();
    let file = env.dir.path().join("app.db");
    let file = file.to_str().unwrap();
    env.run_stdin(
        &[
            "--db",
            file,
            "init",
            "--admin",
            "root",
            "--email",
            "root@example.com",
            "--password-stdin",
        ],
        &format!("{}\n", crate::common::ROOT_PASSWORD),
    )
    .ok();
    for name in ["ann", "bob"] {
        env.run_stdin(
            &[
                "--db",
                file,
                "user",
                "add",
                name,
                "--email",
                &format!("{name}@example.com"),
                "--password-stdin",
            ],
            crate::common::GOOD_PASSWORD,
        )
        .ok();
    }
    let app = rusqlite::Connection::open(file).unwrap();
    let set = |name: &str, value: rusqlite::types::Value| {
        app.execute(
            "UPDATE users SET last_login_at = ?1 WHERE username = ?2",
            rusqlite::params![value, name],
        )
        .unwrap();
    };
    // 2026-11-23T18:00:00Z, three ways.
    set("root", "2026-11-23 18:00:00.250".to_string().into());
    set("ann", 1_795_456_800_i64.into());
    set("bob", "2026-11-23T20:00:00+02:00".to_string().into());

    let target = env.db.to_string_lossy().to_string();
    env.run(&["--db", file, "db", "copy", "--to", &target]).ok();
    assert_eq!(
        env.count(
            "SELECT count(*) FROM users \
             WHERE last_login_at = TIMESTAMPTZ '2026-11-23T18:00:00Z'"
        ),
        3
    );

    // An unreadable value: refused, naming it; the server database stays empty.
    set("bob", "last tuesday".to_string().into());
    let empty = Env::new();
    let target = empty.db.to_string_lossy().to_string();
    let run = empty.run(&["--db", file, "db", "copy", "--to", &target]);
    run.code(7);
    assert!(
        run.stderr
            .contains("users.last_login_at holds \"last tuesday\""),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "{run:?}");
    assert_eq!(
        empty.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
        0
    );
}

/// An application transaction that holds an account's row and then wants the lock
/// row userctl holds: the server breaks the deadlock by ending userctl's transaction,
/// which wrote nothing; userctl runs it again and both changes land.
#[test]
fn a_deadlock_with_the_application_is_retried_and_both_changes_land() {
    let env = Env::init();
    env.add_user("ann", "admin");
    let app = env.sql();
    app.execute_batch("BEGIN; UPDATE users SET display_name = 'Ann (app)' WHERE username = 'ann'")
        .unwrap();
    let child = env
        .command()
        .args(["--wait", "30", "user", "role", "ann", "user"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until userctl, holding the lock row, waits for ann's row.
    let watcher = env.sql();
    let waiting = || -> i64 {
        watcher
            .query_row(
                "SELECT count(*) FROM pg_stat_activity \
                 WHERE datname = current_database() AND wait_event_type = 'Lock'",
                (),
                |r| r.get(0),
            )
            .unwrap()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while waiting() == 0 {
        assert!(std::time::Instant::now() < deadline, "userctl never waited");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // Now the application wants the lock row: a deadlock, which the server breaks.
    app.execute_batch("SELECT version FROM userctl_schema FOR UPDATE")
        .unwrap();
    app.execute_batch("COMMIT").unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("ann"),
        "{stderr}"
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM users WHERE username = 'ann' AND role = 'user' \
             AND display_name = 'Ann (app)'"
        ),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'user.role'"),
        1
    );
    env.run(&["audit", "verify"]).ok();
}
