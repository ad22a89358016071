//! Break-glass recovery, the audit trail, and database care: recover from each
//! lockout without a terminal, detect a tampered audit log, back up under load,
//! check a healthy and a damaged file.

use std::os::unix::fs::PermissionsExt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::common::{operator, Env, GOOD_PASSWORD, ROOT_PASSWORD};

const NEW_PASSWORD: &str = "quiet lanterns drift past the mill";

fn root_hash(env: &Env) -> String {
    env.sql()
        .query_row(
            "SELECT password_hash FROM users WHERE username = 'root'",
            (),
            |r| r.get(0),
        )
        .unwrap()
}

fn root_state(env: &Env) -> (String, String, bool, i64) {
    env.sql()
        .query_row(
            "SELECT role, status, totp_secret IS NOT NULL, must_change_password \
             FROM users WHERE username = 'root'",
            (),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap()
}

fn active_admins(env: &Env) -> i64 {
    env.count(
        "SELECT count(*) FROM users WHERE status = 'active' AND role IN \
         (SELECT role FROM role_permissions WHERE permission = 'users.manage')",
    )
}

#[test]
fn recover_without_a_flag_or_terminal_lists_the_admins_and_exits_2() {
    let env = Env::init();
    env.sql()
        .execute("UPDATE users SET status = 'inactive'", ())
        .unwrap();
    let run = env.run(&["recover"]);
    run.code(2);
    assert!(run.stdout.contains("root"), "{}", run.stdout);
    assert!(run.stdout.contains("inactive"), "{}", run.stdout);
    assert!(run.stderr.contains("--user"), "{}", run.stderr);
    let json = env.run(&["recover", "--format", "json"]);
    json.code(2);
    assert_eq!(json.json()[0]["status"], "inactive");
}

#[test]
fn recover_reactivates_when_every_admin_is_deactivated() {
    let env = Env::init();
    env.add_user("second", "admin");
    env.sql()
        .execute("UPDATE users SET status = 'inactive'", ())
        .unwrap();
    assert_eq!(active_admins(&env), 0);
    let run = env.run_stdin(
        &["recover", "--user", "root", "--password-stdin"],
        &format!("{NEW_PASSWORD}\n"),
    );
    run.ok();
    assert!(run.stdout.contains("recovered root"), "{}", run.stdout);
    assert!(run.stdout.contains("reactivated"), "{}", run.stdout);
    assert_eq!(active_admins(&env), 1);
    assert_eq!(root_state(&env).1, "active");
}

#[test]
fn recover_promotes_an_admin_demoted_in_the_database() {
    let env = Env::init();
    env.sql()
        .execute("UPDATE users SET role = 'user'", ())
        .unwrap();
    assert_eq!(active_admins(&env), 0);
    let run = env.run(&["recover", "--promote", "root"]);
    run.ok();
    assert!(run.stdout.contains("promoted root"), "{}", run.stdout);
    assert_eq!(root_state(&env).0, "admin");
    assert_eq!(active_admins(&env), 1);
    // The password was left alone.
    assert!(userctl::password::verify(ROOT_PASSWORD, &root_hash(&env)).unwrap());
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'recover.promote' \
             AND actor = '{}' AND target = 'root'",
            operator()
        )),
        1
    );
    // Promoting an active admin changes and audits nothing.
    env.run(&["recover", "--promote", "root"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'recover.promote'"),
        1
    );
}

#[test]
fn recover_resets_an_admin_whose_second_factor_and_password_are_lost() {
    let env = Env::init();
    {
        let conn = env.sql();
        conn.execute(
            "UPDATE users SET totp_secret = 'JBSWY3DPEHPK3PXP' WHERE username = 'root'",
            (),
        )
        .unwrap();
        for i in 0..3 {
            conn.execute(
                "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) \
                 SELECT id, ?1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z' \
                 FROM users WHERE username = 'root'",
                [format!("{i:064}")],
            )
            .unwrap();
        }
    }
    let run = env.run_stdin(
        &["recover", "--user", "ROOT@example.com", "--password-stdin"],
        &format!("{NEW_PASSWORD}\n"),
    );
    run.ok();
    assert!(
        run.stdout.contains("cleared its second factor"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("revoked 3 session(s)"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains(NEW_PASSWORD) && !run.stderr.contains(NEW_PASSWORD));

    let hash = root_hash(&env);
    assert!(userctl::password::verify(NEW_PASSWORD, &hash).unwrap());
    assert!(!userctl::password::verify(ROOT_PASSWORD, &hash).unwrap());
    assert_eq!(
        root_state(&env),
        ("admin".into(), "active".into(), false, 1)
    );
    assert_eq!(env.count("SELECT count(*) FROM sessions"), 0);
    let (actor, details): (String, String) = env
        .sql()
        .query_row(
            "SELECT actor, details FROM audit_log WHERE action = 'recover.reset' AND target = 'root'",
            (),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(actor, operator());
    assert!(!details.contains(NEW_PASSWORD));
    env.run(&["audit", "verify"]).ok();
}

#[test]
fn recover_user_restores_the_admin_role_and_prints_a_generated_password_once() {
    let env = Env::init();
    env.sql()
        .execute(
            "UPDATE users SET role = 'moderator', status = 'inactive'",
            (),
        )
        .unwrap();
    let run = env.run(&["recover", "--user", "root", "--generate-password"]);
    run.ok();
    let line = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("generated password: "))
        .expect("the generated password is printed");
    assert!(userctl::password::verify(line, &root_hash(&env)).unwrap());
    assert_eq!(root_state(&env).0, "admin");
    assert_eq!(active_admins(&env), 1);
}

#[test]
fn recover_creates_a_new_admin() {
    let env = Env::init();
    env.sql().execute("DELETE FROM users", ()).unwrap();
    let run = env.run_stdin(
        &[
            "recover",
            "--create",
            "neo",
            "--email",
            "Neo@Example.com",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    );
    run.ok();
    assert!(run.stdout.contains("created admin neo"), "{}", run.stdout);
    let (role, status, email, must): (String, String, String, i64) = env
        .sql()
        .query_row(
            "SELECT role, status, email, must_change_password FROM users WHERE username = 'neo'",
            (),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (role.as_str(), status.as_str(), email.as_str(), must),
        ("admin", "active", "neo@example.com", 1)
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'recover.create' AND actor = '{}'",
            operator()
        )),
        1
    );
    // An existing name is a conflict.
    env.run_stdin(
        &[
            "recover",
            "--create",
            "neo",
            "--email",
            "other@example.com",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    )
    .code(4);
    // --email belongs with --create.
    env.run(&["recover", "--create", "trinity"]).code(2);
}

#[test]
fn recover_refuses_a_weak_password_as_and_an_unknown_user_writing_nothing() {
    let env = Env::init();
    env.sql()
        .execute("UPDATE users SET status = 'inactive'", ())
        .unwrap();
    let before = env.count("SELECT count(*) FROM audit_log");
    env.run_stdin(
        &["recover", "--user", "root", "--password-stdin"],
        "password\n",
    )
    .code(7);
    // Both are refused before any password is read (stdin stays unread).
    env.run(&["recover", "--user", "ghost", "--password-stdin"])
        .code(3);
    let run = env.run(&[
        "--as",
        "root",
        "recover",
        "--user",
        "root",
        "--password-stdin",
    ]);
    run.code(2);
    assert!(run.stderr.contains("--as"), "{}", run.stderr);
    env.run_stdin(
        &["--dry-run", "recover", "--user", "root", "--password-stdin"],
        NEW_PASSWORD,
    )
    .ok();
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), before);
    assert_eq!(root_state(&env).1, "inactive");
    assert!(userctl::password::verify(ROOT_PASSWORD, &root_hash(&env)).unwrap());
}

#[test]
fn recover_refuses_a_newer_schema_leaving_the_file_untouched() {
    // Only one schema version exists so far, so there is no older non-empty schema
    // to migrate from; this checks the other direction.
    let env = Env::init();
    env.sql()
        .execute("UPDATE users SET status = 'inactive'", ())
        .unwrap();
    crate::common::set_schema_version(&env, 99);
    let bytes = env.db_bytes();
    let run = env.run(&["recover", "--user", "root", "--password-stdin"]);
    run.code(9);
    assert!(run.stderr.contains("newer"), "{}", run.stderr);
    assert_eq!(env.db_bytes(), bytes);
    env.run(&["db", "check"]).code(9);
    env.run(&["db", "migrate"]).code(9);
    assert_eq!(env.db_bytes(), bytes);
}

fn audit_entries(env: &Env, n: usize) {
    for i in 0..n {
        env.add_user(&format!("user{i}"), "user");
    }
}

#[test]
fn audit_verify_passes_an_intact_log_and_prints_its_head() {
    let env = Env::init();
    audit_entries(&env, 2);
    let run = env.run(&["audit", "verify"]);
    run.ok();
    let head: String = env
        .sql()
        .query_row(
            "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert!(run.stdout.contains(&head), "{}", run.stdout);
    let json = env.run(&["audit", "verify", "--format", "json"]);
    json.ok();
    assert_eq!(json.json()["head"], head.as_str());
    assert_eq!(json.json()["entries"], 4);
    env.run(&["audit", "verify", "--expect-head", &head]).ok();
}

#[test]
fn audit_verify_names_an_edited_entry() {
    let env = Env::init();
    audit_entries(&env, 2);
    env.sql()
        .execute("UPDATE audit_log SET actor = 'os:nobody' WHERE id = 3", ())
        .unwrap();
    let run = env.run(&["audit", "verify"]);
    run.code(9);
    assert!(run.stderr.contains("entry 3"), "{}", run.stderr);
    assert!(run.stderr.contains("modified"), "{}", run.stderr);
    env.run(&["db", "check"]).code(9);
}

#[test]
fn audit_verify_detects_a_deleted_entry() {
    let env = Env::init();
    audit_entries(&env, 2);
    env.sql()
        .execute("DELETE FROM audit_log WHERE id = 2", ())
        .unwrap();
    let run = env.run(&["audit", "verify"]);
    run.code(9);
    assert!(run.stderr.contains("entry 3"), "{}", run.stderr);
}

#[test]
fn audit_verify_detects_swapped_entries() {
    let env = Env::init();
    audit_entries(&env, 2);
    env.sql()
        .execute_batch(
            "UPDATE audit_log SET id = -2 WHERE id = 2;
             UPDATE audit_log SET id = 2 WHERE id = 3;
             UPDATE audit_log SET id = 3 WHERE id = -2;",
        )
        .unwrap();
    let run = env.run(&["audit", "verify"]);
    run.code(9);
    assert!(run.stderr.contains("entry 2"), "{}", run.stderr);
}

#[test]
fn audit_verify_with_the_kept_head_detects_removed_newest_entries() {
    let env = Env::init();
    audit_entries(&env, 2);
    let json = env.run(&["audit", "verify", "--format", "json"]);
    let head = json.json()["head"].as_str().unwrap().to_string();
    env.add_user("later", "user");
    // New entries after the kept head are fine.
    env.run(&["audit", "verify", "--expect-head", &head]).ok();
    env.sql()
        .execute("DELETE FROM audit_log WHERE id >= 4", ())
        .unwrap();
    // The shortened chain is still a valid chain...
    env.run(&["audit", "verify"]).ok();
    // ...but it no longer reaches the head kept elsewhere.
    let run = env.run(&["audit", "verify", "--expect-head", &head]);
    run.code(9);
    assert!(run.stderr.contains("removed"), "{}", run.stderr);
}

#[test]
fn audit_list_filters_and_formats() {
    let env = Env::init();
    audit_entries(&env, 2);
    env.sql()
        .execute(
            "UPDATE users SET status = 'inactive' WHERE username = 'root'",
            (),
        )
        .unwrap();
    env.run_stdin(
        &["recover", "--user", "root", "--password-stdin"],
        NEW_PASSWORD,
    )
    .ok();
    let all = env.run(&["audit", "list", "--format", "json"]);
    all.ok();
    assert_eq!(all.json().as_array().unwrap().len(), 5);
    let rec = env.run(&["audit", "list", "--action", "recover", "--format", "json"]);
    assert_eq!(rec.json().as_array().unwrap().len(), 1);
    assert_eq!(rec.json()[0]["actor"], operator());
    let by_user = env.run(&["audit", "list", "--user", "user1", "--format", "json"]);
    assert_eq!(by_user.json().as_array().unwrap().len(), 1);
    let recent = env.run(&[
        "audit", "list", "--since", "1h", "--limit", "2", "--format", "csv",
    ]);
    recent.ok();
    assert_eq!(recent.stdout.lines().count(), 3, "{}", recent.stdout);
    let future = env.run(&["audit", "list", "--since", "2999-01-01", "--format", "json"]);
    assert_eq!(future.json().as_array().unwrap().len(), 0);
    env.run(&["audit", "list", "--since", "yesterday"]).code(2);
}

#[test]
fn db_check_passes_a_healthy_file() {
    let env = Env::init();
    let run = env.run(&["db", "check", "--format", "json"]);
    run.ok();
    let checks: Vec<String> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap().to_string())
        .collect();
    let mut expected = vec![
        "schema",
        "schema objects",
        "foreign keys",
        "admins",
        "guard",
        "audit chain",
    ];
    // What only a file has.
    if crate::common::engine() == crate::common::Engine::Sqlite {
        expected.extend(["file mode", "integrity"]);
    }
    for c in expected {
        assert!(checks.iter().any(|x| x == c), "{c} in {checks:?}");
    }
}

#[test]
fn db_check_fails_without_an_active_admin_and_on_open_permissions() {
    let env = Env::init();
    env.sql()
        .execute("UPDATE users SET status = 'inactive'", ())
        .unwrap();
    let run = env.run(&["db", "check"]);
    run.code(9);
    assert!(run.stderr.contains("recover"), "{}", run.stderr);
    // A server database has no file mode of its own.
    crate::only_in_a_file!("the file's mode");

    let env = Env::init();
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = env.run(&["db", "check"]);
    run.code(9);
    assert!(run.stderr.contains("chmod 600"), "{}", run.stderr);
}

#[test]
fn db_check_reports_a_damaged_file_with_exit_9() {
    crate::only_in_a_file!("the bytes of a damaged file");
    let env = Env::init();
    audit_entries(&env, 3);
    let mut bytes = env.db_bytes();
    assert!(bytes.len() > 6 * 4096, "file of {} bytes", bytes.len());
    for b in &mut bytes[2 * 4096..6 * 4096] {
        *b = 0x5a;
    }
    std::fs::write(&env.db, &bytes).unwrap();
    let run = env.run(&["db", "check"]);
    run.code(9);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(run.stderr.contains("not healthy"), "{}", run.stderr);
}

#[test]
fn db_backup_is_private_and_refuses_to_overwrite() {
    let env = Env::init();
    let target = env.dir.path().join("copy.db");
    let run = env.run(&["db", "backup", target.to_str().unwrap()]);
    run.ok();
    assert!(run.stdout.contains("backed up"), "{}", run.stdout);
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let before = std::fs::read(&target).unwrap();
    let again = env.run(&["db", "backup", target.to_str().unwrap()]);
    again.code(4);
    assert!(again.stderr.contains("--force"), "{}", again.stderr);
    assert_eq!(std::fs::read(&target).unwrap(), before);
    env.run(&["db", "backup", "--force", target.to_str().unwrap()])
        .ok();
    // The copy is a working userctl database.
    let copy = Env {
        dir: tempfile::tempdir().unwrap(),
        db: target.clone(),
        server_db: None,
    };
    copy.run(&["db", "check"]).ok();
    // No leftovers next to it.
    let names: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("partial")), "{names:?}");
}

#[test]
fn db_backup_is_consistent_while_another_process_writes() {
    crate::only_in_a_file!("SQLite's online backup API under a writer");
    let env = Env::init();
    env.sql()
        .execute("CREATE TABLE pairs (id INTEGER PRIMARY KEY, n INTEGER)", ())
        .unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = stop.clone();
        let db = env.db.clone();
        std::thread::spawn(move || {
            let mut conn = rusqlite::Connection::open(db).unwrap();
            conn.busy_timeout(std::time::Duration::from_secs(10))
                .unwrap();
            let mut n = 0_i64;
            while !stop.load(Ordering::Relaxed) {
                let tx = conn.transaction().unwrap();
                tx.execute("INSERT INTO pairs (n) VALUES (?1)", [n])
                    .unwrap();
                tx.execute("INSERT INTO pairs (n) VALUES (?1)", [n])
                    .unwrap();
                tx.commit().unwrap();
                n += 1;
            }
            n
        })
    };
    while env.count("SELECT count(*) FROM pairs") < 200 {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let target = env.dir.path().join("live.db");
    env.run(&["db", "backup", target.to_str().unwrap()]).ok();
    stop.store(true, Ordering::Relaxed);
    let transactions = writer.join().unwrap();

    let copy = rusqlite::Connection::open(&target).unwrap();
    let check: String = copy
        .query_row("PRAGMA integrity_check", (), |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let rows: i64 = copy
        .query_row("SELECT count(*) FROM pairs", (), |r| r.get(0))
        .unwrap();
    assert!(
        rows >= 200,
        "the copy holds what was committed before it began ({rows})"
    );
    assert_eq!(rows % 2, 0, "no half transaction in the copy");
    assert!(rows <= transactions * 2);
    let distinct: i64 = copy
        .query_row("SELECT count(DISTINCT n) FROM pairs", (), |r| r.get(0))
        .unwrap();
    assert_eq!(distinct * 2, rows, "every transaction complete");
    let users: i64 = copy
        .query_row("SELECT count(*) FROM users", (), |r| r.get(0))
        .unwrap();
    assert_eq!(users, 1);
}

#[test]
fn db_migrate_says_it_is_up_to_date() {
    let env = Env::init();
    let run = env.run(&["db", "migrate"]);
    run.ok();
    assert!(
        run.stdout.contains("already at schema version"),
        "{}",
        run.stdout
    );
}

#[test]
fn recover_on_a_missing_file_points_at_the_application_database_never_at_init() {
    crate::only_in_a_file!("a missing file");
    let env = Env::new();
    for args in [
        &["recover", "--user", "root", "--generate-password"][..],
        &["recover"],
    ] {
        let run = env.run(args);
        run.code(9);
        assert!(run.stderr.contains("no database at"), "{}", run.stderr);
        assert!(
            run.stderr.contains("--db PATH or USERCTL_DB"),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("init"), "{}", run.stderr);
    }
    assert!(!env.db.exists(), "recover created a file");
}
