//! Many accounts at once: several USERs, `--from`, `--all-matching` with filters,
//! `--max`, one guarded all-or-nothing transaction, `--dry-run`, one JSON object per
//! target.

use std::process::Stdio;

use crate::common::{Env, Run};

/// root (admin), ann (admin), and the users ben, cat, dan, fay.
fn team() -> Env {
    let env = Env::init();
    env.add_user("ann", "admin");
    for name in ["ben", "cat", "dan", "fay"] {
        env.add_user(name, "user");
    }
    env
}

/// Every account's username, status, role and source, and the audit entry count:
/// what "nothing written" compares.
fn state(env: &Env) -> (String, i64) {
    let users: String = env
        .sql()
        .query_row(
            "SELECT string_agg(username || ':' || status || ':' || role || ':' || \
             coalesce(managed_by, '-'), ' ') FROM (SELECT * FROM users ORDER BY id) AS u",
            (),
            |r| r.get(0),
        )
        .unwrap();
    (users, env.count("SELECT count(*) FROM audit_log"))
}

fn status_of(env: &Env, name: &str) -> String {
    env.sql()
        .query_row(
            "SELECT status FROM users WHERE username = ?1",
            [name],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn several_users_change_together_each_audited() {
    let env = team();
    let audit = env.count("SELECT count(*) FROM audit_log");
    let run = env.run(&[
        "user",
        "deactivate",
        "ben",
        "CAT@example.com",
        "ben",
        "--reason",
        "left",
    ]);
    run.ok();
    assert_eq!(
        run.stdout,
        "deactivated user ben and revoked 0 session(s)\n\
         deactivated user cat and revoked 0 session(s)\n"
    );
    assert_eq!(run.stderr, "2 accounts: 2 changed, 0 unchanged\n");
    assert_eq!(status_of(&env, "ben"), "inactive");
    assert_eq!(status_of(&env, "cat"), "inactive");
    assert_eq!(status_of(&env, "dan"), "active");
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'user.deactivate' \
                 AND {} = 'left'",
            crate::common::details_field("reason")
        )),
        2
    );
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), audit + 2);

    // JSON: one object per target, the unchanged one included.
    let run = env.run(&["--format", "json", "user", "activate", "ben", "dan"]);
    run.ok();
    let objects = run.json_lines();
    assert_eq!(objects.len(), 2, "{}", run.stdout);
    assert_eq!(objects[0]["target"], "ben");
    assert_eq!(objects[0]["result"], "updated");
    assert_eq!(objects[1]["target"], "dan");
    assert_eq!(objects[1]["result"], "unchanged");
}

#[test]
fn a_bulk_deactivation_that_would_remove_the_last_admin_writes_nothing() {
    let env = team();
    let before = state(&env);
    let run = env.run(&["user", "deactivate", "--all-matching", "--status", "active"]);
    run.code(5);
    assert!(run.stderr.contains("last-admin guard"), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(state(&env), before);

    // The same in JSON: every selected account is reported refused.
    let run = env.run_stdin(
        &["--format", "json", "user", "deactivate", "--from", "-"],
        "ben\nroot\nann\n",
    );
    run.code(5);
    let objects = run.json_lines();
    let targets: Vec<&str> = objects
        .iter()
        .map(|o| o["target"].as_str().unwrap())
        .collect();
    assert_eq!(targets, ["ben", "root", "ann"]);
    assert!(objects
        .iter()
        .all(|o| o["result"] == "refused" && o["details"]["exit_code"] == 5));
    assert_eq!(state(&env), before);

    // Leaving one admin is fine, in one go.
    env.run(&["user", "deactivate", "root", "ben", "cat"]).ok();
    assert_eq!(status_of(&env, "ann"), "active");
    assert_eq!(status_of(&env, "root"), "inactive");
}

#[test]
fn an_unknown_name_refuses_the_whole_list() {
    let env = team();
    let before = state(&env);
    let run = env.run(&["user", "deactivate", "ben", "nobody", "cat", "ghost"]);
    run.code(3);
    assert!(
        run.stderr
            .contains("error: 2 users do not exist: 'nobody', 'ghost'; nothing changed"),
        "{}",
        run.stderr
    );
    assert_eq!(state(&env), before);
    // One unknown name: the same message as ever.
    let run = env.run(&["user", "activate", "nobody"]);
    run.code(3);
    assert!(
        run.stderr.contains("error: no user 'nobody'"),
        "{}",
        run.stderr
    );
}

#[test]
fn from_a_file_or_standard_input() {
    let env = team();
    let list = env.dir.path().join("leavers.txt");
    std::fs::write(
        &list,
        "# leavers, November\r\nben\r\n\r\n  dan@example.com  \n",
    )
    .unwrap();
    env.run(&["user", "deactivate", "--from", list.to_str().unwrap()])
        .ok();
    assert_eq!(status_of(&env, "ben"), "inactive");
    assert_eq!(status_of(&env, "dan"), "inactive");
    assert_eq!(status_of(&env, "cat"), "active");

    env.run_stdin(&["user", "activate", "--from", "-"], "ben\ndan\n")
        .ok();
    assert_eq!(status_of(&env, "ben"), "active");

    // An empty list is suspicious (a truncated file?), a missing one not found.
    let empty = env.dir.path().join("empty.txt");
    std::fs::write(&empty, "# nobody\n\n").unwrap();
    let run = env.run(&["user", "deactivate", "--from", empty.to_str().unwrap()]);
    run.code(7);
    assert!(run.stderr.contains("names no accounts"), "{}", run.stderr);
    let run = env.run(&["user", "deactivate", "--from", "missing.txt"]);
    run.code(3);
    assert!(run.stderr.contains("no file missing.txt"), "{}", run.stderr);
}

#[test]
fn max_refuses_a_larger_selection_and_writes_nothing() {
    let env = team();
    let before = state(&env);
    let run = env.run(&[
        "user",
        "deactivate",
        "--all-matching",
        "--role",
        "user",
        "--max",
        "3",
    ]);
    run.code(7);
    assert!(
        run.stderr
            .contains("the selection has 4 accounts, more than --max 3; nothing changed"),
        "{}",
        run.stderr
    );
    assert_eq!(state(&env), before);
    env.run(&[
        "user",
        "deactivate",
        "--all-matching",
        "--role",
        "user",
        "--max",
        "4",
    ])
    .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE status = 'inactive'"),
        4
    );
}

#[test]
fn dry_run_lists_the_targets_and_writes_nothing() {
    let env = team();
    let before = state(&env);
    let run = env.run(&[
        "--dry-run",
        "user",
        "role",
        "--all-matching",
        "--role",
        "user",
        "--search",
        "e",
        "moderator",
    ]);
    run.ok();
    // Every email contains an "e" ("example"): ben, cat, dan, fay.
    assert_eq!(run.stdout.lines().count(), 4, "{}", run.stdout);
    assert!(run
        .stdout
        .contains("dry run: would have changed the role of ben from user to moderator"));
    assert!(
        run.stderr
            .contains("dry run: 4 accounts selected, 4 would change, 0 unchanged; nothing written"),
        "{}",
        run.stderr
    );
    assert_eq!(state(&env), before);

    // A filter that matches nothing changes nothing and succeeds.
    let run = env.run(&["user", "deactivate", "--all-matching", "--search", "zzz"]);
    run.ok();
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "no account matches the selection; nothing changed\n"
    );
}

#[test]
fn ambiguous_selections_are_usage_errors() {
    let env = team();
    let before = state(&env);
    for (args, message) in [
        (
            &[
                "user",
                "deactivate",
                "ben",
                "--all-matching",
                "--role",
                "user",
            ][..],
            "name the accounts one way",
        ),
        (
            &["user", "deactivate", "--role", "user"][..],
            "filters select accounts only together with --all-matching",
        ),
        (
            &["user", "deactivate", "ben", "--inactive-since", "90d"][..],
            "filters select accounts only together with --all-matching",
        ),
        (
            &["user", "deactivate", "--all-matching"][..],
            "--all-matching needs at least one filter",
        ),
        (&["user", "deactivate"][..], "name the accounts"),
        (
            &["user", "edit", "ben", "cat", "--email", "x@example.com"][..],
            "--username and --email change one account",
        ),
        (
            &["session", "revoke", "--role", "user"][..],
            "filters and --max select users only together with --all-matching",
        ),
        (
            &[
                "user",
                "deactivate",
                "--all-matching",
                "--inactive-since",
                "soon",
            ][..],
            "is neither a duration",
        ),
    ] {
        let run = env.run(args);
        run.code(2);
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
    }
    assert_eq!(state(&env), before);
}

#[test]
fn destructive_bulk_verbs_name_the_count_when_asking() {
    let env = team();
    let before = state(&env);
    let run = env.run(&["user", "delete", "ben", "cat"]);
    run.code(2);
    assert!(
        run.stderr
            .contains("Delete 2 users permanently (ben, cat), with their sessions and API keys needs confirmation"),
        "{}",
        run.stderr
    );
    assert_eq!(state(&env), before);
    env.run(&["user", "delete", "ben", "cat", "--yes"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username IN ('ben', 'cat')"),
        0
    );
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'user.delete'"),
        2
    );
}

#[test]
fn adopt_and_release_accounts_for_an_import_source() {
    let env = team();
    env.run(&["user", "edit", "ben", "cat", "--managed-by", "hr"])
        .ok();
    let run = env.run(&["--format", "json", "user", "list", "--managed-by", "hr"]);
    let names: Vec<String> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["cat", "ben"]);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'user.edit' AND {} = 'hr'",
            crate::common::details_field("managed_by.to")
        )),
        2
    );
    // Move every account of one source to another, then release them.
    let run = env.run(&[
        "user",
        "edit",
        "--all-matching",
        "--currently-managed-by",
        "hr",
        "--managed-by",
        "okta",
    ]);
    run.ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE managed_by = 'okta'"),
        2
    );
    env.run(&[
        "user",
        "edit",
        "--all-matching",
        "--currently-managed-by",
        "okta",
        "--managed-by",
        "none",
    ])
    .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE managed_by IS NOT NULL"),
        0
    );
    let run = env.run(&["--format", "json", "user", "list", "--managed-by", "none"]);
    assert_eq!(run.json().as_array().unwrap().len(), 6);
}

#[test]
fn roles_second_factors_and_sessions_in_bulk() {
    let env = team();
    let conn = env.sql();
    conn.execute(
        "UPDATE users SET totp_secret = 'JBSWY3DPEHPK3PXP' WHERE username IN ('ben', 'cat')",
        (),
    )
    .unwrap();
    for (i, name) in ["ben", "cat", "dan"].iter().enumerate() {
        conn.execute(
            "INSERT INTO sessions (user_id, token_hash, created_at, expires_at) \
             SELECT id, ?2, '2026-01-01 10:00:00', '2999-01-01T00:00:00Z' FROM users WHERE username = ?1",
            userctl::params![name, format!("tok{i}")],
        )
        .unwrap();
    }
    drop(conn);
    env.run(&["user", "reset-2fa", "--all-matching", "--role", "user"])
        .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE totp_secret IS NOT NULL"),
        0
    );
    env.run(&["user", "role", "ben", "cat", "moderator"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE role = 'moderator'"),
        2
    );
    let run = env.run(&["session", "revoke", "--user", "ben", "dan"]);
    run.code(2);
    assert!(run
        .stderr
        .contains("Revoke every session of 2 users (ben, dan)"));
    env.run(&["session", "revoke", "--user", "ben", "dan", "--yes"])
        .ok();
    assert_eq!(env.count("SELECT count(*) FROM sessions"), 1);
    env.run(&[
        "session",
        "revoke",
        "--all-matching",
        "--role",
        "moderator",
        "--yes",
    ])
    .ok();
    assert_eq!(env.count("SELECT count(*) FROM sessions"), 0);
}

#[test]
fn a_bulk_run_racing_another_process_is_all_or_nothing() {
    // root and ann are the admins. One process deactivates root and ann's team, the
    // other ann and two more: whichever commits second would leave no admin, so it
    // is refused whole — none of its accounts change.
    let env = team();
    let first = env.dir.path().join("first.txt");
    let second = env.dir.path().join("second.txt");
    std::fs::write(&first, "ben\nroot\ncat\n").unwrap();
    std::fs::write(&second, "dan\nann\nfay\n").unwrap();
    let template = env.template();

    let mut winners = [0; 2];
    for i in 0..20 {
        let copy = template.copy(i);
        let db = &copy.db;
        let spawn = |list: &std::path::Path| {
            env.command()
                .env("USERCTL_DB", db)
                .args(["user", "deactivate", "--from"])
                .arg(list)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn userctl")
        };
        let (a, b) = (spawn(&first), spawn(&second));
        let runs: Vec<Run> = [a, b]
            .into_iter()
            .map(|c| c.wait_with_output().unwrap().into())
            .collect();
        let codes: Vec<i32> = runs.iter().map(|r| r.code).collect();
        assert!(
            codes == [0, 5] || codes == [5, 0],
            "iteration {i}: {runs:#?}"
        );
        let won = usize::from(codes[0] != 0);
        winners[won] += 1;
        let conn = copy.sql();
        let inactive: String = conn
            .query_row(
                "SELECT string_agg(username, ' ') FROM \
                 (SELECT username FROM users WHERE status = 'inactive' ORDER BY username) AS u",
                (),
                |r| r.get(0),
            )
            .unwrap();
        let expected = if won == 0 {
            "ben cat root"
        } else {
            "ann dan fay"
        };
        assert_eq!(inactive, expected, "iteration {i}");
        drop(conn);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
    }
    eprintln!("bulk race: first list won {} of 20", winners[0]);
}

/// Which accounts a filter matches is for an actor that may list accounts: an `--as`
/// account without users.view is refused (exit 6) before the selection is read, so
/// neither a dry run, nor a refusal, nor a count tells it a name. Named accounts it
/// already knows work as before.
#[test]
fn a_filter_selection_tells_an_actor_without_users_view_nothing() {
    let env = team();
    let held: Vec<String> = env
        .sql()
        .prepare("SELECT permission FROM role_permissions WHERE role = 'user'")
        .unwrap()
        .query_map((), |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut create = vec!["role", "create", "blind", "--permission", "users.manage"];
    create.extend(held.iter().map(String::as_str));
    env.run(&create).ok();
    env.run(&["user", "role", "dan", "blind"]).ok();
    let password = crate::common::GOOD_PASSWORD;
    let before = state(&env);
    let none: &[&str] = &[];
    for (global, after) in [
        (&["--dry-run"][..], none),
        (&["--format", "json"], none),
        (none, &["--max", "1"][..]),
    ] {
        let mut argv: Vec<&str> = global.to_vec();
        argv.extend(["user", "deactivate", "--all-matching", "--role", "user"]);
        argv.extend(after);
        let run = env.run_as("dan", password, &argv, "");
        run.code(6);
        assert!(
            run.stderr.contains("'dan' (role blind) lacks users.view"),
            "{}",
            run.stderr
        );
        for name in ["ben", "cat", "fay", "accounts"] {
            assert!(!run.stderr.contains(name), "{}", run.stderr);
            assert!(!run.stdout.contains(name), "{}", run.stdout);
        }
        assert_eq!(state(&env), before);
    }
    // Naming the accounts itself is fine: it learns nothing it did not say.
    env.run_as("dan", password, &["user", "deactivate", "ben", "cat"], "")
        .ok();
    assert_eq!(status_of(&env, "ben"), "inactive");
}
