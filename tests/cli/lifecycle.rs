//! The account lifecycle end to end: edit, role, deactivate, activate, delete,
//! passwd, reset-2fa, verify; sessions, API keys, roles; `--as` actors; the
//! last-admin guard, including two real processes racing for the last two admins.

use std::process::Stdio;

use crate::common::{Env, Run, GOOD_PASSWORD, ROOT_PASSWORD};

/// Inserts a live session for `user` straight into the database, as the
/// application would.
fn add_session(env: &Env, user: &str, token: &str) {
    env.sql()
        .execute(
            "INSERT INTO sessions (user_id, token_hash, created_at, expires_at) \
             SELECT id, ?2, '2026-01-01T00:00:00Z', '2999-01-01T00:00:00Z' FROM users WHERE username = ?1",
            [user, token],
        )
        .unwrap();
}

fn sessions_of(env: &Env, user: &str) -> i64 {
    env.count(&format!(
        "SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = '{user}'"
    ))
}

fn audit_entries(env: &Env) -> i64 {
    env.count("SELECT count(*) FROM audit_log")
}

fn field(env: &Env, user: &str, column: &str) -> String {
    env.sql()
        .query_row(
            &format!("SELECT {column} FROM users WHERE username = ?1"),
            [user],
            |r| r.get::<userctl::db::Value>(0),
        )
        .map_or_else(
            |_| "<no such user>".into(),
            |v| match v {
                userctl::db::Value::Integer(i) => i.to_string(),
                userctl::db::Value::Text(t) => t,
                userctl::db::Value::Null => String::new(),
                other => format!("{other:?}"),
            },
        )
}

/// Everything a change could touch, to compare before and after.
pub(crate) fn dump(env: &Env) -> String {
    let conn = env.sql();
    let mut out = String::new();
    for sql in [
        "SELECT id, username, email, display_name, password_hash, role, status, \
         must_change_password, totp_secret, status_reason, updated_at FROM users ORDER BY id",
        "SELECT id, user_id, token_hash FROM sessions ORDER BY id",
        "SELECT id, user_id, prefix, revoked_at FROM api_keys ORDER BY id",
        "SELECT role, permission FROM role_permissions ORDER BY role, permission",
        "SELECT name FROM roles ORDER BY name",
        "SELECT id, hash FROM audit_log ORDER BY id",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map((), |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get::<userctl::db::Value>(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        for row in rows {
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}

/// `root` (admin, from init) plus `bob` (user) with a session and an API key.
fn env_with_bob() -> Env {
    let env = Env::init();
    env.add_user("bob", "user");
    add_session(&env, "bob", "tok-bob-1");
    add_session(&env, "bob", "tok-bob-2");
    add_session(&env, "root", "tok-root-1");
    env
}

#[test]
fn racing_demotions_of_the_last_two_admins_never_lose_both() {
    // Prepared once: root is demoted, so `ann` and `ben` are the last two admins.
    let env = Env::init();
    env.add_user("ann", "admin");
    env.add_user("ben", "admin");
    env.run(&["user", "role", "root", "user"]).ok();
    let template = env.template();

    let iterations = 100;
    let mut winners = [0; 2];
    for i in 0..iterations {
        let copy = template.copy(i);
        let db = &copy.db;
        let spawn = |who: &str| {
            env.command()
                .env("USERCTL_DB", db)
                .args(["user", "role", who, "user"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn userctl")
        };
        let (first, second) = (spawn("ann"), spawn("ben"));
        let runs: Vec<Run> = [first, second]
            .into_iter()
            .map(|c| c.wait_with_output().unwrap().into())
            .collect();
        let codes: Vec<i32> = runs.iter().map(|r| r.code).collect();
        assert!(
            codes == [0, 5] || codes == [5, 0],
            "iteration {i}: exit codes {codes:?}\n{runs:#?}"
        );
        let loser = &runs[usize::from(codes[0] == 0)];
        assert!(
            loser.stderr.contains("last-admin guard") && loser.stdout.is_empty(),
            "iteration {i}: {loser:#?}"
        );
        winners[usize::from(codes[0] != 0)] += 1;
        let conn = copy.sql();
        let admins: i64 = conn
            .query_row(
                "SELECT count(*) FROM users WHERE role = 'admin' AND status = 'active'",
                (),
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(admins, 1, "iteration {i}");
        drop(conn);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
    }
    assert_eq!(winners[0] + winners[1], iterations);
    eprintln!(
        "race: {iterations} iterations, first-spawned won {} times",
        winners[0]
    );
}

#[test]
fn deactivate_revokes_sessions_keeps_everything_else_and_activate_undoes_it() {
    let env = env_with_bob();
    env.run(&["key", "create", "bob", "--label", "ci"]).ok();
    let run = env.run(&[
        "user",
        "deactivate",
        "BOB@example.com",
        "--reason",
        "left the company",
    ]);
    run.ok();
    assert_eq!(
        run.stdout,
        "deactivated user bob and revoked 2 session(s)\n"
    );
    assert_eq!(run.stderr, "");
    assert_eq!(field(&env, "bob", "status"), "inactive");
    assert_eq!(field(&env, "bob", "status_reason"), "left the company");
    assert_eq!(sessions_of(&env, "bob"), 0);
    assert_eq!(sessions_of(&env, "root"), 1, "other users' sessions stay");
    assert_eq!(
        env.count("SELECT count(*) FROM api_keys WHERE revoked_at IS NULL"),
        1
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'user.deactivate' \
                 AND target = 'bob' AND {} = 'left the company'",
            crate::common::details_field("reason")
        )),
        1
    );

    let before = audit_entries(&env);
    let again = env.run(&["user", "deactivate", "bob", "--format", "json"]);
    again.ok();
    assert_eq!(again.json()["result"], "unchanged");
    assert_eq!(audit_entries(&env), before, "a no-op writes no audit entry");

    let run = env.run(&["user", "activate", "bob"]);
    run.ok();
    assert_eq!(run.stdout, "activated user bob\n");
    assert_eq!(field(&env, "bob", "status"), "active");
    assert_eq!(field(&env, "bob", "status_reason"), "");
}

#[test]
fn delete_cascades_to_sessions_keys_and_invitations_and_the_audit_keeps_the_name() {
    let env = env_with_bob();
    env.run(&["key", "create", "bob", "--label", "ci"]).ok();
    env.sql()
        .execute(
            "INSERT INTO invitations (user_id, token_hash, created_at, expires_at) \
             SELECT id, 'inv-hash', '2026-01-01T00:00:00Z', '2999-01-01T00:00:00Z' FROM users WHERE username = 'bob'",
            (),
        )
        .unwrap();
    let run = env.run(&["user", "delete", "bob", "--yes"]);
    run.ok();
    assert_eq!(run.stdout, "deleted user bob\n");
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'bob'"),
        0
    );
    assert_eq!(
        env.count("SELECT count(*) FROM sessions"),
        1,
        "root's session stays"
    );
    assert_eq!(env.count("SELECT count(*) FROM api_keys"), 0);
    assert_eq!(env.count("SELECT count(*) FROM invitations"), 0);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'user.delete' AND target = 'bob' \
                 AND {} = '2' AND {} = '1' AND {} = '1'",
            crate::common::details_field("sessions"),
            crate::common::details_field("api_keys"),
            crate::common::details_field("invitations")
        )),
        1
    );
    // user.add, key.create, user.delete: the history outlives the account.
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE target = 'bob'"),
        3
    );
}

#[test]
fn destructive_commands_without_a_terminal_need_yes_and_change_nothing() {
    let env = env_with_bob();
    env.run(&["role", "create", "spare", "--permission", "users.view"])
        .ok();
    let before = dump(&env);
    for args in [
        &["user", "delete", "bob"][..],
        &["session", "revoke", "--user", "bob"],
        &["session", "revoke", "--all"],
        &["role", "delete", "spare"],
    ] {
        let run = env.run(args);
        run.code(2);
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(
            run.stderr
                .contains("needs confirmation and there is no terminal"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("hint: add --yes to confirm"),
            "{args:?}"
        );
    }
    assert_eq!(dump(&env), before);
}

#[test]
fn dry_runs_check_everything_and_change_nothing() {
    let env = env_with_bob();
    env.add_user("carol", "admin");
    env.run(&["role", "create", "spare", "--permission", "users.view"])
        .ok();
    let before = dump(&env);
    let runs: &[(&[&str], &str)] = &[
        (
            &["user", "role", "bob", "moderator"],
            "dry run: would have changed the role of bob from user to moderator\n",
        ),
        (
            &["user", "deactivate", "bob"],
            "dry run: would have deactivated user bob and revoked 2 session(s)\n",
        ),
        (
            &["user", "delete", "bob"],
            "dry run: would have deleted user bob\n",
        ),
        (
            &["user", "edit", "bob", "--name", "Bob"],
            "dry run: would have updated user bob (display_name)\n",
        ),
        (
            &["user", "reset-2fa", "bob"],
            "user bob has no second factor; nothing changed\n",
        ),
        (
            &["session", "revoke", "--all"],
            "dry run: would have revoked all 3 session(s)\n",
        ),
        (
            &["role", "revoke", "admin", "audit.view"],
            "dry run: would have revoked audit.view from role admin\n",
        ),
        (
            &["role", "delete", "spare"],
            "dry run: would have deleted role spare\n",
        ),
        (&["key", "create", "bob", "--label", "x"], ""),
    ];
    for (args, stdout) in runs {
        let mut full = vec!["--dry-run"];
        full.extend_from_slice(args);
        let run = env.run(&full);
        run.ok();
        if stdout.is_empty() {
            assert!(
                run.stdout
                    .starts_with("dry run: would have created API key"),
                "{}",
                run.stdout
            );
            assert!(!run.stdout.contains("api key:"), "a dry run prints no key");
        } else {
            assert_eq!(run.stdout, *stdout, "{args:?}");
        }
    }
    let run = env.run_stdin(
        &["--dry-run", "user", "passwd", "bob", "--password-stdin"],
        "a brand new passphrase here",
    );
    run.ok();
    assert_eq!(
        run.stdout,
        "dry run: would have set a new password for bob and revoked 2 session(s)\n"
    );
    assert_eq!(dump(&env), before);
    // A dry run fails exactly like the real run: the guard still refuses.
    env.run(&["user", "role", "carol", "user"]).ok();
    let before = dump(&env);
    let run = env.run(&["--dry-run", "user", "role", "root", "user"]);
    run.code(5);
    assert!(run.stderr.contains("last-admin guard"), "{}", run.stderr);
    assert_eq!(dump(&env), before);
}

#[test]
fn mutating_commands_print_one_json_object_per_target() {
    let env = env_with_bob();
    let json = |args: &[&str]| {
        let mut full = vec!["--format", "json"];
        full.extend_from_slice(args);
        env.run(&full)
    };
    let run = json(&["user", "role", "bob", "moderator"]);
    run.ok();
    let v = run.json();
    assert_eq!(v["target"], "bob");
    assert_eq!(v["result"], "updated");
    assert_eq!(
        v["details"],
        serde_json::json!({ "from": "user", "to": "moderator" })
    );
    assert!(v.get("dry_run").is_none());

    assert_eq!(
        json(&["user", "role", "bob", "moderator"]).json()["result"],
        "unchanged"
    );

    let run = json(&["user", "role", "root", "user"]);
    run.code(5);
    assert_eq!(run.json()["result"], "refused");
    assert_eq!(run.json()["details"]["exit_code"], 5);
    assert!(run
        .stderr
        .starts_with("error: refused: this would leave no active account"));

    let run = json(&["--dry-run", "user", "delete", "bob"]);
    run.ok();
    assert_eq!(run.json()["result"], "deleted");
    assert_eq!(run.json()["dry_run"], true);

    let run = json(&["user", "delete", "nobody", "--yes"]);
    run.code(3);
    assert_eq!(run.json()["result"], "refused");
    assert_eq!(run.stderr, "error: no user 'nobody'\nhint: `userctl user list --search TEXT` finds users by name or email\n");

    let run = json(&["session", "revoke", "--user", "bob", "--yes"]);
    run.ok();
    assert_eq!(run.json()["result"], "deleted");
    assert_eq!(run.json()["details"]["sessions_revoked"], 2);
}

#[test]
fn passwd_revokes_sessions_unless_told_to_keep_them() {
    let env = env_with_bob();
    let new = "a brand new passphrase for him";
    let run = env.run_stdin(
        &[
            "user",
            "passwd",
            "bob",
            "--password-stdin",
            "--keep-sessions",
        ],
        new,
    );
    run.ok();
    assert_eq!(
        run.stdout,
        "set a new password for bob and kept its sessions\n"
    );
    assert_eq!(sessions_of(&env, "bob"), 2);
    env.run_stdin(&["user", "verify", "bob", "--password-stdin"], new)
        .ok();
    env.run_stdin(
        &["user", "verify", "bob", "--password-stdin"],
        GOOD_PASSWORD,
    )
    .code(6);

    let run = env.run_stdin(
        &[
            "user",
            "passwd",
            "bob",
            "--password-stdin",
            "--must-change-password",
        ],
        GOOD_PASSWORD,
    );
    run.ok();
    assert_eq!(
        run.stdout,
        "set a new password for bob and revoked 2 session(s)\n"
    );
    assert_eq!(sessions_of(&env, "bob"), 0);
    assert_eq!(sessions_of(&env, "root"), 1);
    assert_eq!(field(&env, "bob", "must_change_password"), "1");
    let audit: String = env
        .sql()
        .query_row("SELECT string_agg(details, ',') FROM audit_log", (), |r| {
            r.get(0)
        })
        .unwrap();
    assert!(!audit.contains(new) && !audit.contains(GOOD_PASSWORD));

    // The policy applies, with the account's own name as context.
    let run = env.run_stdin(
        &["user", "passwd", "bob", "--password-stdin"],
        "bob loves long passwords",
    );
    run.code(7);
    assert!(run.stderr.contains("username or email"), "{}", run.stderr);
}

#[test]
fn passwd_with_a_generated_password_prints_it_once() {
    let env = env_with_bob();
    let run = env.run(&[
        "user",
        "passwd",
        "bob",
        "--generate-password",
        "--format",
        "json",
    ]);
    run.ok();
    // One object for the one target, the secret inside it.
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    let change = run.json();
    assert_eq!(change["result"], "updated");
    assert_eq!(change["target"], "bob");
    let pw = change["generated_password"].as_str().unwrap();
    env.run_stdin(&["user", "verify", "bob", "--password-stdin"], pw)
        .ok();
}

#[test]
fn acting_as_an_account_is_limited_to_its_role_and_itself() {
    let env = env_with_bob();
    env.add_user("mod", "moderator");
    // A moderator cannot manage users.
    let run = env.run_as(
        "mod",
        GOOD_PASSWORD,
        &["user", "add", "eve", "--password-stdin"],
        GOOD_PASSWORD,
    );
    run.code(6);
    assert!(
        run.stderr
            .contains("'mod' (role moderator) lacks users.manage"),
        "{}",
        run.stderr
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'eve'"),
        0
    );
    env.run_as("mod", GOOD_PASSWORD, &["user", "deactivate", "bob"], "")
        .code(6);
    env.run_as(
        "mod",
        GOOD_PASSWORD,
        &["session", "list", "--user", "bob"],
        "",
    )
    .code(6);
    // A wrong --as password is refused after the fixed delay.
    env.run_as("mod", "not the password", &["user", "show", "mod"], "")
        .code(6);

    // But it may list and revoke its own sessions, and manage its own keys.
    add_session(&env, "mod", "tok-mod");
    let run = env.run_as(
        "mod",
        GOOD_PASSWORD,
        &["--format", "json", "session", "list", "--user", "mod"],
        "",
    );
    run.ok();
    assert_eq!(run.json().as_array().unwrap().len(), 1);
    env.run_as(
        "mod",
        GOOD_PASSWORD,
        &["session", "revoke", "--user", "mod", "--yes"],
        "",
    )
    .ok();
    assert_eq!(sessions_of(&env, "mod"), 0);
    env.run_as(
        "mod",
        GOOD_PASSWORD,
        &["key", "create", "mod", "--label", "own"],
        "",
    )
    .ok();

    // An admin acting as itself may not delete, deactivate or demote itself.
    env.add_user("ada", "admin");
    for args in [
        &["user", "delete", "ada", "--yes"][..],
        &["user", "deactivate", "ada"],
        &["user", "role", "ada", "user"],
    ] {
        let run = env.run_as("ada", GOOD_PASSWORD, args, "");
        run.code(5);
        assert!(
            run.stderr.contains("your own account"),
            "{args:?}: {}",
            run.stderr
        );
    }
    assert_eq!(field(&env, "ada", "status"), "active");
    // ...but may manage others, recorded as user:ada.
    env.run_as("ada", GOOD_PASSWORD, &["user", "deactivate", "bob"], "")
        .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE actor = 'user:ada' AND action = 'user.deactivate'"),
        1
    );
}

#[test]
fn changing_your_own_password_needs_the_current_one() {
    let env = env_with_bob();
    let new = "a brand new passphrase for him";
    let hash = field(&env, "bob", "password_hash");
    let run = env.run_as(
        "bob",
        "not bobs password",
        &["user", "passwd", "bob", "--password-stdin"],
        new,
    );
    run.code(6);
    assert_eq!(run.stdout, "");
    assert_eq!(field(&env, "bob", "password_hash"), hash);
    // Bob may not set someone else's.
    env.run_as(
        "bob",
        GOOD_PASSWORD,
        &["user", "passwd", "root", "--password-stdin"],
        new,
    )
    .code(6);
    assert_eq!(sessions_of(&env, "bob"), 2);

    let run = env.run_as(
        "bob",
        GOOD_PASSWORD,
        &["user", "passwd", "bob", "--password-stdin"],
        new,
    );
    run.ok();
    assert_eq!(
        run.stdout,
        "set a new password for bob and revoked 2 session(s)\n"
    );
    env.run_stdin(&["user", "verify", "bob", "--password-stdin"], new)
        .ok();
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE actor = 'user:bob' AND action = 'user.passwd'"
        ),
        1
    );
}

#[test]
fn verify_checks_the_password_and_the_status_and_rehashes_outdated_hashes() {
    let env = env_with_bob();
    let run = env.run_stdin(
        &["user", "verify", "bob", "--password-stdin"],
        GOOD_PASSWORD,
    );
    run.ok();
    assert_eq!(run.stdout, "password verified for bob\n");
    let run = env.run_stdin(
        &["user", "verify", "bob", "--password-stdin"],
        "wrong wrong wrong wrong",
    );
    run.code(6);
    assert_eq!(run.stderr, "error: wrong password for bob\n");
    // No such account may log in either: 6, like a wrong password.
    let run = env.run_stdin(
        &["user", "verify", "nobody", "--password-stdin"],
        GOOD_PASSWORD,
    );
    run.code(6);
    assert!(
        run.stderr.starts_with("error: no user 'nobody'"),
        "{}",
        run.stderr
    );

    // Stronger parameters: the next successful verify upgrades the hash.
    env.run(&["config", "set", "argon2.iterations", "3"]).ok();
    let before = audit_entries(&env);
    let run = env.run_stdin(
        &[
            "user",
            "verify",
            "bob",
            "--password-stdin",
            "--format",
            "json",
        ],
        GOOD_PASSWORD,
    );
    run.ok();
    assert_eq!(run.json()["result"], "updated");
    assert!(field(&env, "bob", "password_hash").starts_with("$argon2id$v=19$m=19456,t=3,p=1$"));
    assert_eq!(audit_entries(&env), before + 1);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'user.rehash' AND target = 'bob'"),
        1
    );
    let run = env.run_stdin(
        &["user", "verify", "bob", "--password-stdin"],
        GOOD_PASSWORD,
    );
    run.ok();
    assert_eq!(run.stdout, "password verified for bob\n");
    assert_eq!(audit_entries(&env), before + 1);

    // The right password of an account that may not log in is still a refusal.
    env.run(&["user", "deactivate", "bob"]).ok();
    let run = env.run_stdin(
        &["user", "verify", "bob", "--password-stdin"],
        GOOD_PASSWORD,
    );
    run.code(6);
    assert_eq!(
        run.stderr,
        "error: user bob is inactive and may not log in\nhint: `userctl user activate bob`\n"
    );
    // The wrong password gets the very same answer: it says nothing about the password.
    let wrong = env.run_stdin(
        &["user", "verify", "bob", "--password-stdin"],
        "not the password at all 123\n",
    );
    wrong.code(6);
    assert_eq!(wrong.stderr, run.stderr);
}

#[test]
fn edit_changes_only_what_it_is_given() {
    let env = env_with_bob();
    env.add_user("carol", "user");
    let run = env.run(&[
        "user",
        "edit",
        "bob",
        "--username",
        "Robert",
        "--email",
        "",
        "--must-change-password",
        "true",
    ]);
    run.ok();
    assert_eq!(
        run.stdout,
        "updated user robert (username, email, must_change_password)\n"
    );
    assert_eq!(field(&env, "robert", "email"), "");
    assert_eq!(field(&env, "robert", "must_change_password"), "1");
    let run = env.run(&["user", "edit", "robert", "--email", "CAROL@example.com"]);
    run.code(4);
    assert_eq!(
        run.stderr,
        "error: email 'carol@example.com' is already used by 'carol'\n"
    );
    env.run(&["user", "edit", "robert", "--email", "not-an-email"])
        .code(7);
    env.run(&["user", "edit", "robert", "--username", "carol"])
        .code(4);
    // A terminal control is no part of a name (exit 7, nothing changed).
    let before = field(&env, "robert", "display_name");
    let run = env.run(&["user", "edit", "robert", "--name", "Robert \u{1b}[31mRed"]);
    run.code(7);
    assert_eq!(
        run.stderr,
        "error: the display name holds a control character (U+001B)\n\
         hint: names take letters, marks, spaces and punctuation, not terminal controls\n"
    );
    assert_eq!(field(&env, "robert", "display_name"), before);
    let run = env.run(&["user", "edit", "robert", "--name", "Robert Red"]);
    run.ok();
    assert_eq!(run.stdout, "updated user robert (display_name)\n");
    assert_eq!(field(&env, "robert", "display_name"), "Robert Red");
}

#[test]
fn reset_2fa_clears_the_second_factor() {
    let env = env_with_bob();
    env.sql()
        .execute(
            "UPDATE users SET totp_secret = 'JBSWY3DPEHPK3PXP' WHERE username = 'bob'",
            (),
        )
        .unwrap();
    let run = env.run(&["user", "reset-2fa", "bob"]);
    run.ok();
    assert_eq!(run.stdout, "cleared the second factor of bob\n");
    assert_eq!(field(&env, "bob", "totp_secret"), "");
    let run = env.run(&["user", "reset-2fa", "bob"]);
    assert_eq!(
        run.stdout,
        "user bob has no second factor; nothing changed\n"
    );
}

#[test]
fn sessions_are_listed_and_revoked() {
    let env = env_with_bob();
    env.sql()
        .execute(
            "INSERT INTO sessions (user_id, token_hash, created_at, expires_at) \
             SELECT id, 'old', '2020-01-01T00:00:00Z', '2020-01-02T00:00:00Z' FROM users WHERE username = 'bob'",
            (),
        )
        .unwrap();
    let list = |args: &[&str]| {
        let mut full = vec!["--format", "json", "session", "list"];
        full.extend_from_slice(args);
        env.run(&full).json().as_array().unwrap().len()
    };
    assert_eq!(list(&[]), 3);
    assert_eq!(list(&["--all"]), 4);
    assert_eq!(list(&["--user", "bob", "--all"]), 3);
    let id = env.count("SELECT min(id) FROM sessions");
    let run = env.run(&["session", "revoke", &id.to_string()]);
    run.ok();
    assert_eq!(run.stdout, format!("revoked session {id} of bob\n"));
    // All or nothing: one unknown id and nothing is revoked.
    let before = dump(&env);
    env.run(&["session", "revoke", &(id + 1).to_string(), "9999"])
        .code(3);
    assert_eq!(dump(&env), before);
    let run = env.run(&["session", "revoke", "--all", "--yes"]);
    run.ok();
    assert_eq!(run.stdout, "revoked all 3 session(s)\n");
    assert_eq!(env.count("SELECT count(*) FROM sessions"), 0);
    env.run(&["session", "revoke"]).code(2);
}

#[test]
fn api_keys_are_shown_once_and_only_their_hash_is_stored() {
    let env = env_with_bob();
    let run = env.run(&["key", "create", "bob", "--label", "backup script"]);
    run.ok();
    let key = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("api key: "))
        .expect("the key is printed")
        .to_string();
    assert!(key.starts_with("uk_") && key.len() == 43, "{key}");
    let (prefix, hash): (String, String) = env
        .sql()
        .query_row("SELECT prefix, key_hash FROM api_keys", (), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(prefix, &key[..16]);
    assert_eq!(hash.len(), 64);
    assert_ne!(hash, key);
    let audit: String = env
        .sql()
        .query_row("SELECT string_agg(details, ',') FROM audit_log", (), |r| {
            r.get(0)
        })
        .unwrap();
    assert!(!audit.contains(&key));

    let list = env.run(&["key", "list", "--user", "bob", "--format", "json"]);
    assert!(!list.stdout.contains(&key));
    assert_eq!(list.json()[0]["prefix"], prefix);
    let id = env.count("SELECT id FROM api_keys").to_string();
    let run = env.run(&["key", "revoke", &id, "--yes"]);
    run.ok();
    assert_eq!(
        run.stdout,
        format!("revoked API key {id} ({prefix}…) of bob\n")
    );
    assert_eq!(
        env.count("SELECT count(*) FROM api_keys WHERE revoked_at IS NOT NULL"),
        1
    );
    env.run(&["key", "revoke", "999", "--yes"]).code(3);
    env.run(&["key", "create", "bob", "--label", " "]).code(7);
}

#[test]
fn roles_are_created_changed_and_deleted_within_the_rules() {
    let env = env_with_bob();
    let run = env.run(&[
        "role",
        "create",
        "Support",
        "--permission",
        "users.view",
        "--permission",
        "sessions.manage",
        "--description",
        "help desk",
    ]);
    run.ok();
    assert_eq!(
        run.stdout,
        "created role support (users.view sessions.manage)\n"
    );
    env.run(&["role", "create", "support", "--permission", "users.view"])
        .code(4);
    env.run(&["role", "create", "bad name", "--permission", "users.view"])
        .code(7);
    let run = env.run(&["role", "grant", "support", "audit.view", "users.view"]);
    assert_eq!(run.stdout, "granted audit.view to role support\n");
    let run = env.run(&["--format", "json", "role", "show", "support"]);
    run.ok();
    assert_eq!(
        run.json()["permissions"],
        serde_json::json!(["audit.view", "sessions.manage", "users.view"])
    );
    env.run(&["role", "show", "nope"]).code(3);
    env.run(&["role", "grant", "nope", "users.view"]).code(3);

    // The last holder of users.manage keeps it.
    let run = env.run(&["role", "revoke", "admin", "users.manage"]);
    run.code(5);
    assert!(run.stderr.contains("last-admin guard"), "{}", run.stderr);
    assert_eq!(env.count("SELECT count(*) FROM role_permissions WHERE role = 'admin' AND permission = 'users.manage'"), 1);

    // Built-ins are never deleted; a role in use is not deleted.
    let run = env.run(&["role", "delete", "moderator", "--yes"]);
    run.code(5);
    assert!(run.stderr.contains("built in"), "{}", run.stderr);
    env.run(&["user", "role", "bob", "Support"]).ok();
    let run = env.run(&["role", "delete", "support", "--yes"]);
    run.code(4);
    assert!(run.stderr.contains("held by 1 account"), "{}", run.stderr);
    env.run(&["user", "role", "bob", "user"]).ok();
    let run = env.run(&["role", "delete", "support", "--yes"]);
    run.ok();
    assert_eq!(run.stdout, "deleted role support\n");
    assert_eq!(
        env.count("SELECT count(*) FROM role_permissions WHERE role = 'support'"),
        0
    );
}

#[test]
fn an_unknown_role_or_user_is_not_found() {
    let env = env_with_bob();
    let run = env.run(&["user", "role", "bob", "wizard"]);
    run.code(3);
    assert_eq!(
        run.stderr,
        "error: no role 'wizard'\nhint: existing roles: admin, moderator, user\n"
    );
    for args in [
        &["user", "deactivate", "ghost"][..],
        &["user", "activate", "ghost"],
        &["user", "edit", "ghost", "--name", "x"],
        &["user", "reset-2fa", "ghost"],
        &["key", "create", "ghost", "--label", "x"],
    ] {
        env.run(args).code(3);
    }
    // ROOT_PASSWORD still works for root: nothing above touched it.
    env.run_stdin(
        &["user", "verify", "root", "--password-stdin"],
        ROOT_PASSWORD,
    )
    .ok();
}
