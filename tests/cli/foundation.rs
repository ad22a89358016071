//! The foundation: init, user add/list/show, config, demo, database identity, exit codes.

use std::os::unix::fs::PermissionsExt;

use crate::common::{Env, GOOD_PASSWORD, ROOT_PASSWORD};

#[test]
fn init_creates_a_private_database_and_the_first_admin() {
    crate::only_in_a_file!("the new file's mode");
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
            (),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!((role.as_str(), status.as_str()), ("admin", "active"));
    assert_eq!(email, "root@example.com");
    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    assert!(!hash.contains(ROOT_PASSWORD));
    let journal: String = conn
        .query_row("PRAGMA journal_mode", (), |r| r.get(0))
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
        .query_row("SELECT password_hash FROM users", (), |r| r.get(0))
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
        Some(
            "id,username,name,email,role,status,two_factor,created_at,last_login_at,last_active_at"
        )
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

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    crate::only_in_a_file!("a file that is not a database");
    let env = Env::new();
    std::fs::write(&env.db, b"id,username\n1,root\n").unwrap();
    let run = env.run(&["user", "list"]);
    run.code(9);
    assert!(
        run.stderr.contains("is not an SQLite database"),
        "{}",
        run.stderr
    );
    assert_eq!(env.db_bytes(), b"id,username\n1,root\n");
    env.run(&[
        "init",
        "--admin",
        "root",
        "--email",
        "r@example.com",
        "--generate-password",
    ])
    .code(9);
    assert_eq!(env.db_bytes(), b"id,username\n1,root\n");
}

#[test]
fn another_applications_database_is_refused_and_left_untouched() {
    crate::only_in_a_file!("another application's file");
    let env = Env::new();
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch(
            "CREATE TABLE orders (id INTEGER PRIMARY KEY); INSERT INTO orders VALUES (1);",
        )
        .unwrap();
    }
    let before = env.db_bytes();
    let run = env.run(&["user", "list"]);
    run.code(9);
    assert!(run.stderr.contains("not a userctl one"), "{}", run.stderr);
    env.run(&[
        "init",
        "--admin",
        "root",
        "--email",
        "r@example.com",
        "--generate-password",
    ])
    .code(9);
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let env = Env::init();
    crate::common::set_schema_version(&env, 99);
    let before = env.db_bytes();
    let run = env.run(&["user", "list"]);
    run.code(9);
    assert!(
        run.stderr.contains("schema version 99, newer"),
        "{}",
        run.stderr
    );
    env.run_stdin(&["user", "add", "alice", "--password-stdin"], GOOD_PASSWORD)
        .code(9);
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn a_corrupt_database_is_unusable() {
    crate::only_in_a_file!("the bytes of a damaged file");
    let env = Env::init();
    env.sql()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let mut bytes = env.db_bytes();
    // Keep the header, wipe the schema page and what follows.
    for b in &mut bytes[100..8192] {
        *b = 0xA5;
    }
    std::fs::write(&env.db, &bytes).unwrap();
    let run = env.run(&["user", "list"]);
    run.code(9);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"));
    assert_eq!(env.db_bytes(), bytes);
}

#[test]
fn a_missing_database_names_the_way_out() {
    let env = Env::new();
    let run = env.run(&["user", "list"]);
    run.code(9);
    assert!(run.stderr.contains("userctl init"), "{}", run.stderr);
    assert!(!env.db.exists());
}

#[test]
fn a_database_locked_past_wait_gives_exit_8_and_changes_nothing() {
    let env = Env::init();
    let holder = crate::common::hold_write_lock(&env);
    let started = std::time::Instant::now();
    let run = env.run_stdin(
        &["--wait", "0.5", "user", "add", "alice", "--password-stdin"],
        GOOD_PASSWORD,
    );
    run.code(8);
    assert!(
        run.stderr.contains("locked by another writer"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--wait"), "{}", run.stderr);
    assert!(started.elapsed() >= std::time::Duration::from_millis(500));
    // Readers are not blocked by a writer (WAL).
    env.run(&["user", "list"]).ok();
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(env.count("SELECT count(*) FROM users"), 1);
}

#[test]
fn terminal_escapes_are_escaped_in_tables_and_exact_in_json() {
    let env = Env::init();
    let evil = "Eve \u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}gnp.exe";
    // userctl takes no control character into a name (NUL, ESC, BEL…) ...
    let before = crate::lifecycle::dump(&env);
    for name in [evil, "nel\u{85}line", "del\u{7f}"] {
        let run = env.run_stdin(
            &["user", "add", "mallory", "--name", name, "--password-stdin"],
            GOOD_PASSWORD,
        );
        run.code(7);
        assert!(
            run.stderr
                .contains("the display name holds a control character"),
            "{run:#?}"
        );
        assert_eq!(crate::lifecycle::dump(&env), before);
    }
    // ... but an application may have written one.
    env.run_stdin(
        &[
            "user",
            "add",
            "mallory",
            "--name",
            "Eve",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    )
    .ok();
    env.sql()
        .execute(
            "UPDATE users SET display_name = ?1 WHERE username = 'mallory'",
            [evil],
        )
        .unwrap();
    let table = env.run(&["user", "list"]);
    table.ok();
    assert!(!table.stdout.contains('\u{1b}') && !table.stdout.contains('\u{202e}'));
    assert!(
        table
            .stdout
            .contains("Eve \\e[2J\\e]0;pwned\\x07\\u{202e}gnp.exe"),
        "{}",
        table.stdout
    );
    let show = env.run(&["user", "show", "mallory"]);
    assert!(!show.stdout.contains('\u{1b}'));
    // JSON keeps the exact value, and escapes what a terminal would act on or
    // display reordered (U+202E) as \uXXXX, which every JSON parser reads back.
    let run = env.run(&["user", "list", "--format", "json"]);
    assert!(
        !run.stdout.contains('\u{1b}') && !run.stdout.contains('\u{202e}'),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\\u001b[2J") && run.stdout.contains("\\u202egnp.exe"));
    let json = run.json();
    let mallory = json
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "mallory")
        .unwrap();
    assert_eq!(mallory["name"], evil);
}

#[test]
fn invite_creates_an_invited_account_with_a_one_time_token() {
    let env = Env::init();
    let run = env.run(&[
        "user",
        "add",
        "ivy",
        "--email",
        "ivy@example.com",
        "--invite",
    ]);
    run.ok();
    let token = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("invitation token: "))
        .expect("the token is printed once");
    let conn = env.sql();
    let (status, hash): (String, Option<String>) = conn
        .query_row(
            "SELECT status, password_hash FROM users WHERE username = 'ivy'",
            (),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((status.as_str(), hash), ("invited", None));
    let stored: String = conn
        .query_row("SELECT token_hash FROM invitations", (), |r| r.get(0))
        .unwrap();
    assert_eq!(stored, userctl::tokens::sha256_hex(token));
    let audit: String = conn
        .query_row("SELECT string_agg(details, ',') FROM audit_log", (), |r| {
            r.get(0)
        })
        .unwrap();
    assert!(!audit.contains(token));
}

#[test]
fn inactive_and_must_change_flags_are_stored() {
    let env = Env::init();
    env.run_stdin(
        &[
            "user",
            "add",
            "temp",
            "--inactive",
            "--must-change-password",
            "--role",
            "moderator",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    )
    .ok();
    let row: (String, String, i64) = env
        .sql()
        .query_row(
            "SELECT status, role, must_change_password FROM users WHERE username = 'temp'",
            (),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(row, ("inactive".into(), "moderator".into(), 1));
}

#[test]
fn an_unknown_role_or_bad_email_is_refused() {
    let env = Env::init();
    let run = env.run_stdin(
        &[
            "user",
            "add",
            "x-ray",
            "--role",
            "wizard",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    );
    run.code(3);
    assert!(
        run.stderr.contains("no role 'wizard'") && run.stderr.contains("admin, moderator, user")
    );
    let run = env.run_stdin(
        &[
            "user",
            "add",
            "x-ray",
            "--email",
            "not-an-email",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    );
    run.code(7);
    assert!(run.stderr.contains("invalid email"));
    env.run_stdin(&["user", "add", "-x", "--password-stdin"], GOOD_PASSWORD)
        .code(2);
    env.run_stdin(&["user", "add", "x!", "--password-stdin"], GOOD_PASSWORD)
        .code(7);
    assert_eq!(env.count("SELECT count(*) FROM users"), 1);
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let env = Env::init();
    let audit = env.count("SELECT count(*) FROM audit_log");
    let run = env.run_stdin(
        &["--dry-run", "user", "add", "ghost", "--password-stdin"],
        GOOD_PASSWORD,
    );
    run.ok();
    assert_eq!(
        run.stdout,
        "dry run: would have created user ghost (role user, active)\n"
    );
    let json = env.run_stdin(
        &[
            "--dry-run",
            "--format",
            "json",
            "user",
            "add",
            "ghost",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    );
    assert_eq!(json.json()["dry_run"], true);
    assert_eq!(json.json()["result"], "created");
    assert_eq!(env.count("SELECT count(*) FROM users"), 1);
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), audit);
}

#[test]
fn json_change_reports_are_one_object_per_target() {
    let env = Env::init();
    let run = env.run_stdin(
        &[
            "--format",
            "json",
            "user",
            "add",
            "joan",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    );
    run.ok();
    let v = run.json();
    assert_eq!(v["target"], "joan");
    assert_eq!(v["result"], "created");
    assert_eq!(v["details"]["role"], "user");
}

#[test]
fn quiet_silences_status_lines_but_not_errors() {
    let env = Env::init();
    let run = env.run_stdin(
        &["-q", "user", "add", "quinn", "--password-stdin"],
        GOOD_PASSWORD,
    );
    run.ok();
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    let run = env.run(&["-q", "user", "show", "nobody"]);
    run.code(3);
    assert!(run.stderr.contains("no user"));
}

#[test]
fn config_is_validated_audited_and_applied() {
    let env = Env::init();
    env.run(&["config", "get", "password.min_length"]).ok();
    assert_eq!(
        env.run(&["config", "get", "password.min_length"]).stdout,
        "15\n"
    );
    let run = env.run(&["config", "set", "password.min_length", "3"]);
    run.code(7);
    assert!(run.stderr.contains("outside 8..=1024"), "{}", run.stderr);
    env.run(&["config", "set", "argon2.memory_kib", "8192"])
        .code(7);
    env.run(&["config", "get", "no.such.key"]).code(3);
    let run = env.run(&["config", "set", "password.min_length", "12"]);
    run.ok();
    assert_eq!(run.stdout, "set password.min_length = 12 (was 15)\n");
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'config.set'"),
        1
    );
    env.run_stdin(&["user", "add", "dee", "--password-stdin"], "twelve chars")
        .ok();
    let list = env.run(&["config", "list", "--format", "json"]).json();
    let min = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "password.min_length")
        .unwrap();
    assert_eq!(min["value"], "12");
    assert_eq!(min["is_default"], false);
}

#[test]
fn new_hashes_follow_the_configured_argon2_parameters() {
    let env = Env::init();
    env.run(&["config", "set", "argon2.memory_kib", "24576"])
        .ok();
    env.add_user("newhash", "user");
    let hash: String = env
        .sql()
        .query_row(
            "SELECT password_hash FROM users WHERE username = 'newhash'",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=24576,t=2,p=1$"),
        "{hash}"
    );
}

#[test]
fn demo_builds_a_realistic_database_and_prints_stats() {
    let env = Env::new();
    let run = env.run(&["demo", "--users", "60"]);
    run.ok();
    assert!(run.stdout.contains("sample accounts' password: "));
    assert!(run.stdout.contains("total") && run.stdout.contains("60"));
    assert_eq!(env.count("SELECT count(*) FROM users"), 60);
    assert!(env.count("SELECT count(*) FROM sessions") > 0);
    assert!(env.count("SELECT count(DISTINCT role) FROM users") == 3);
    assert!(env.count("SELECT count(DISTINCT status) FROM users") == 3);
    assert!(
        env.count("SELECT count(*) FROM users WHERE role = 'admin' AND status = 'active'") >= 3
    );
    let v = userctl::db::audit::verify(&env.sql()).unwrap();
    assert_eq!(v.first_bad, None);
    assert!(v.entries >= 61);
    // A demo database is replaced by the next demo; any other database is not.
    env.run(&["demo", "--users", "10"]).ok();
    assert_eq!(env.count("SELECT count(*) FROM users"), 10);
    let other = Env::init();
    let run = other.run(&["demo"]);
    run.code(4);
    assert!(run.stderr.contains("not a demo database"));
    assert_eq!(other.count("SELECT count(*) FROM users"), 1);
}

#[test]
fn a_closed_pipe_ends_the_listing_quietly() {
    use std::io::{BufRead, BufReader};
    let env = Env::new();
    env.run(&["demo", "--users", "3000"]).ok();
    let mut child = env
        .command()
        .args(["user", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe closes after one line.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with('┌'));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn an_account_cannot_create_an_account_more_powerful_than_itself() {
    let env = Env::init();
    env.run(&[
        "role",
        "create",
        "helpdesk",
        "--permission",
        "users.manage",
        "users.view",
        "resources.view",
        "playground.use",
    ])
    .ok();
    env.add_user("desk", "helpdesk");
    let as_desk = |args: &[&str]| {
        env.run_as(
            "desk",
            GOOD_PASSWORD,
            args,
            "a completely different passphrase\n",
        )
    };
    let run = as_desk(&[
        "user",
        "add",
        "boss2",
        "--role",
        "admin",
        "--password-stdin",
    ]);
    run.code(6);
    assert!(run.stderr.contains("does not hold"), "{}", run.stderr);
    as_desk(&["user", "add", "plain", "--role", "user", "--password-stdin"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'boss2'"),
        0
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE actor = 'user:desk' AND action = 'user.add'"
        ),
        1
    );
}
