//! The foundation: init, user add/list/show, config, demo, database identity, exit codes.

use std::os::unix::fs::PermissionsExt;

use crate::common::{Env, GOOD_PASSWORD, ROOT_PASSWORD};

#[test]
fn init_creates_a_private_database_and_the_first_admin() {
    let env = Env::new();
    let run = env.run_stdin(
        &[
            "init",
            "--admin",
            "root",
            "--email",
            "Root@Example.com",
            "--password-stdin",
        ],
        &format!("{ROOT_PASSWORD}\n"),
    );
    run.ok();
    assert_eq!(run.stdout, "created admin root\n");
    assert!(run.stderr.contains("created database"));
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(
        mode, 0o600,
        "the test runner's umask is 022; the file must still be 0600"
    );
    for suffix in ["-wal", "-shm"] {
        let side = env.db.with_file_name(format!("userctl.db{suffix}"));
        if let Ok(meta) = std::fs::metadata(&side) {
            assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{suffix}");
        }
    }
    let conn = env.sql();
    let (role, status, email, hash): (String, String, String, String) = conn
        .query_row(
            "SELECT role, status, email, password_hash FROM users WHERE username = 'root'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!((role.as_str(), status.as_str()), ("admin", "active"));
    assert_eq!(email, "root@example.com");
    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    assert!(!hash.contains(ROOT_PASSWORD));
    let journal: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'user.add'"),
        1
    );
}

#[test]
fn init_again_creates_nothing_and_says_so() {
    let env = Env::init();
    let before = env.count("SELECT count(*) FROM audit_log");
    let run = env.run(&[
        "init",
        "--admin",
        "other",
        "--email",
        "o@example.com",
        "--generate-password",
    ]);
    run.ok();
    assert!(run.stderr.contains("already initialised"), "{}", run.stderr);
    assert_eq!(env.count("SELECT count(*) FROM users"), 1);
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), before);
}

#[test]
fn init_with_a_generated_password_prints_it_once_and_it_verifies() {
    let env = Env::new();
    let run = env.run(&[
        "init",
        "--admin",
        "root",
        "--email",
        "r@example.com",
        "--generate-password",
    ]);
    run.ok();
    let line = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("generated password: "))
        .expect("the generated password is printed");
    assert_eq!(line.len(), 29);
    let hash: String = env
        .sql()
        .query_row("SELECT password_hash FROM users", [], |r| r.get(0))
        .unwrap();
    assert!(userctl::password::verify(line, &hash).unwrap());
    assert!(
        !run.stderr.contains(line),
        "the password goes to stdout only"
    );
}

#[test]
fn init_without_a_terminal_or_admin_is_a_usage_error_and_creates_no_file() {
    let env = Env::new();
    env.run(&["init"]).code(2);
    env.run(&["init", "--admin", "root", "--email", "r@example.com"])
        .code(2);
    assert!(!env.db.exists());
}

#[test]
fn a_weak_password_is_refused_with_its_reason_and_nothing_is_written() {
    let env = Env::init();
    let run = env.run_stdin(&["user", "add", "alice", "--password-stdin"], "tooshort\n");
    run.code(7);
    assert!(run.stderr.contains("minimum is 15"), "{}", run.stderr);
    let run = env.run_stdin(
        &["user", "add", "alice", "--password-stdin"],
        "alice-in-wonderland-2024\n",
    );
    run.code(7);
    assert!(run.stderr.contains("username"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("wonderland"),
        "the password never appears in errors"
    );
    assert_eq!(env.count("SELECT count(*) FROM users"), 1);
}

#[test]
fn user_add_list_show_in_three_formats() {
    let env = Env::init();
    let run = env.run_stdin(
        &[
            "user",
            "add",
            "alice",
            "--email",
            "alice@example.com",
            "--name",
            "Alice Liddell",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    );
    run.ok();
    assert_eq!(run.stdout, "created user alice (role user, active)\n");

    let table = env.run(&["user", "list"]);
    table.ok();
    assert!(table.stdout.contains("Alice Liddell") && table.stdout.contains("USERNAME"));
    let json = env.run(&["user", "list", "--format", "json"]).json();
    let names: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["alice", "root"], "newest first");
    assert!(json[0].get("password_hash").is_none());
    let csv = env.run(&["user", "list", "--format", "csv", "--sort", "username"]);
    let mut lines = csv.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("id,username,name,email,role,status,2fa,created_at,last_login_at")
    );
    assert!(lines
        .next()
        .unwrap()
        .starts_with("2,alice,Alice Liddell,alice@example.com,user,active,no,"));

    let show = env
        .run(&["user", "show", "ALICE@example.com", "--format", "json"])
        .json();
    assert_eq!(show["username"], "alice");
    assert_eq!(
        show["permissions"],
        serde_json::json!(["playground.use", "resources.view"])
    );
    assert_eq!(show["recent_audit"][0]["action"], "user.add");
}

#[test]
fn duplicates_conflict_even_when_the_email_differs_only_in_case() {
    let env = Env::init();
    env.add_user("alice", "user");
    let run = env.run_stdin(
        &[
            "user",
            "add",
            "alicia",
            "--email",
            "ALICE@Example.COM",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    );
    run.code(4);
    assert!(
        run.stderr.contains("already used by 'alice'"),
        "{}",
        run.stderr
    );
    env.run_stdin(&["user", "add", "Alice", "--password-stdin"], GOOD_PASSWORD)
        .code(4);
    assert_eq!(env.count("SELECT count(*) FROM users"), 2);
}

#[test]
fn if_missing_is_idempotent() {
    let env = Env::init();
    let args = [
        "user",
        "add",
        "svc",
        "--email",
        "svc@example.com",
        "--if-missing",
        "--password-stdin",
    ];
    env.run_stdin(&args, GOOD_PASSWORD).ok();
    let audit = env.count("SELECT count(*) FROM audit_log");
    let again = env.run_stdin(&args, GOOD_PASSWORD);
    again.ok();
    assert!(again.stdout.contains("already exists"));
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), audit);
    // The same name with another email is a different person: a conflict.
    env.run_stdin(
        &[
            "user",
            "add",
            "svc",
            "--email",
            "other@example.com",
            "--if-missing",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    )
    .code(4);
}

#[test]
fn unknown_users_are_not_found() {
    let env = Env::init();
    let run = env.run(&["user", "show", "nobody"]);
    run.code(3);
    assert!(run.stderr.contains("no user 'nobody'"));
}
