//! Many accounts at once for the access verbs: `group add|remove NAME USER…` and
//! `user grant|deny`, with several USERs, `--from`, `--all-matching` filters,
//! `--max`, `--dry-run`, one JSON object per target, and the guard.

use crate::common::Env;

/// root (admin), and the users ann, ben, cat, dan; the group `ops` exists, empty.
fn team() -> Env {
    let env = Env::init();
    for name in ["ann", "ben", "cat", "dan"] {
        env.add_user(name, "user");
    }
    env.run(&["group", "create", "ops"]).ok();
    env
}

/// Group members and per-account overrides, and the audit entry count: what
/// "nothing written" compares.
fn state(env: &Env) -> (String, String, i64) {
    let conn = env.sql();
    let members: String = conn
        .query_row(
            "SELECT coalesce(string_agg(g.name || ':' || u.username, ' '), '') FROM \
             (SELECT * FROM group_members ORDER BY group_id, user_id) m \
             JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id",
            (),
            |r| r.get(0),
        )
        .unwrap();
    let overrides: String = conn
        .query_row(
            "SELECT coalesce(string_agg(u.username || ':' || p.effect || ':' || p.permission, ' '), '') \
             FROM (SELECT * FROM user_permissions ORDER BY user_id, permission) p \
             JOIN users u ON u.id = p.user_id",
            (),
            |r| r.get(0),
        )
        .unwrap();
    (
        members,
        overrides,
        env.count("SELECT count(*) FROM audit_log"),
    )
}

/// The audit entries of one action, as `target` words in order.
fn audited(env: &Env, action: &str) -> String {
    env.sql()
        .query_row(
            "SELECT coalesce(string_agg(target, ' '), '') FROM \
             (SELECT target FROM audit_log WHERE action = ?1 ORDER BY id) AS entries",
            [action],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn group_add_and_remove_take_several_users_a_list_or_a_filter() {
    let env = team();
    // Several USERs, by username or email, each once.
    let run = env.run(&["group", "add", "ops", "ann", "BEN@example.com", "ann"]);
    run.ok();
    assert_eq!(
        run.stdout,
        "added ann to group ops\nadded ben to group ops\n"
    );
    assert_eq!(run.stderr, "2 accounts: 2 changed, 0 unchanged\n");
    assert_eq!(state(&env).0, "ops:ann ops:ben");
    assert_eq!(audited(&env, "group.add"), "ann ben");

    // From standard input; JSON: one object per target, the unchanged one included.
    let run = env.run_stdin(
        &["--format", "json", "group", "add", "ops", "--from", "-"],
        "# on call from Monday\nben\n\ncat@example.com\n",
    );
    run.ok();
    let objects = run.json_lines();
    assert_eq!(objects.len(), 2, "{}", run.stdout);
    assert_eq!(
        objects[0],
        serde_json::json!({"target": "ben", "result": "unchanged",
            "message": "ben is already in group ops; nothing changed"})
    );
    assert_eq!(
        objects[1],
        serde_json::json!({"target": "cat", "result": "updated",
            "message": "added cat to group ops", "details": {"group": "ops"}})
    );
    assert_eq!(run.stderr, "2 accounts: 1 changed, 1 unchanged\n");
    assert_eq!(state(&env).0, "ops:ann ops:ben ops:cat");
    assert_eq!(audited(&env, "group.add"), "ann ben cat");

    // A filter: every member of ops whose name contains "a" leaves it.
    let run = env.run(&[
        "group",
        "remove",
        "ops",
        "--all-matching",
        "--group",
        "ops",
        "--search",
        "a",
    ]);
    run.ok();
    // Every email has an "a" ("example"): ann, ben and cat, by username.
    assert_eq!(
        run.stdout,
        "removed ann from group ops\nremoved ben from group ops\nremoved cat from group ops\n"
    );
    assert_eq!(run.stderr, "3 accounts: 3 changed, 0 unchanged\n");
    assert_eq!(state(&env).0, "");
    assert_eq!(audited(&env, "group.remove"), "ann ben cat");

    // A mistyped group is not found, even when the filter selects nobody.
    let before = state(&env);
    let run = env.run(&["group", "add", "opz", "--all-matching", "--search", "zzz"]);
    run.code(3);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: no group 'opz'\nhint: `userctl group list` shows the groups\n"
    );
    // An unknown account refuses the lot.
    let run = env.run(&["group", "add", "ops", "ann", "nobody"]);
    run.code(3);
    assert!(
        run.stderr.starts_with("error: no user 'nobody'\n"),
        "{}",
        run.stderr
    );
    assert_eq!(state(&env), before);
}

#[test]
fn group_add_max_and_dry_run_write_nothing() {
    let env = team();
    let before = state(&env);
    let run = env.run(&[
        "group",
        "add",
        "ops",
        "--all-matching",
        "--role",
        "user",
        "--max",
        "3",
    ]);
    run.code(7);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: the selection has 4 accounts, more than --max 3; nothing changed\n\
         hint: check the selection with --dry-run, narrow it, or raise --max\n"
    );
    assert_eq!(state(&env), before);

    let run = env.run(&[
        "--dry-run",
        "group",
        "add",
        "ops",
        "--all-matching",
        "--role",
        "user",
        "--max",
        "4",
    ]);
    run.ok();
    assert_eq!(
        run.stdout,
        "dry run: would have added ann to group ops\n\
         dry run: would have added ben to group ops\n\
         dry run: would have added cat to group ops\n\
         dry run: would have added dan to group ops\n"
    );
    assert_eq!(
        run.stderr,
        "dry run: 4 accounts selected, 4 would change, 0 unchanged; nothing written\n"
    );
    assert_eq!(state(&env), before);

    // The same selection for real.
    env.run(&[
        "group",
        "add",
        "ops",
        "--all-matching",
        "--role",
        "user",
        "--max",
        "4",
    ])
    .ok();
    assert_eq!(state(&env).0, "ops:ann ops:ben ops:cat ops:dan");
}

#[test]
fn user_grant_and_deny_name_accounts_and_permissions_three_ways() {
    let env = team();
    // USER… PERMISSION…: accounts first, then permissions (as ever).
    let run = env.run(&["user", "grant", "ann", "audit.view"]);
    run.ok();
    assert_eq!(run.stdout, "granted audit.view to ann\n");
    assert_eq!(run.stderr, "");
    let run = env.run(&[
        "user",
        "grant",
        "ann",
        "ben",
        "audit.view",
        "analytics.view",
    ]);
    run.ok();
    assert_eq!(
        run.stdout,
        "granted analytics.view to ann\ngranted audit.view analytics.view to ben\n"
    );
    assert_eq!(run.stderr, "2 accounts: 2 changed, 0 unchanged\n");

    // -p names the permissions: every argument is an account.
    let run = env.run(&["user", "deny", "-p", "sessions.manage", "cat", "dan"]);
    run.ok();
    assert_eq!(
        run.stdout,
        "denied sessions.manage to cat\ndenied sessions.manage to dan\n"
    );

    // --from: the arguments are the permissions.
    let run = env.run_stdin(
        &[
            "--format",
            "json",
            "user",
            "grant",
            "--from",
            "-",
            "playground.use",
        ],
        "cat\ndan@example.com\n",
    );
    run.ok();
    let objects = run.json_lines();
    assert_eq!(
        objects,
        [
            serde_json::json!({"target": "cat", "result": "updated",
                "message": "granted playground.use to cat", "details": {"grant": ["playground.use"]}}),
            serde_json::json!({"target": "dan", "result": "updated",
                "message": "granted playground.use to dan", "details": {"grant": ["playground.use"]}}),
        ]
    );

    // --all-matching with a filter; -p and arguments together are the permissions.
    env.run(&["group", "add", "ops", "ann", "dan"]).ok();
    let run = env.run(&[
        "user",
        "deny",
        "--all-matching",
        "--group",
        "ops",
        "playground.use",
        "-p",
        "audit.view",
    ]);
    run.ok();
    assert_eq!(
        run.stdout,
        "denied playground.use audit.view to ann\ndenied playground.use audit.view to dan\n"
    );
    assert_eq!(
        state(&env).1,
        "ann:grant:analytics.view ann:deny:audit.view ann:deny:playground.use \
         ben:grant:analytics.view ben:grant:audit.view \
         cat:grant:playground.use cat:deny:sessions.manage \
         dan:deny:audit.view dan:deny:playground.use dan:deny:sessions.manage"
    );
    // One audit entry per target and run.
    assert_eq!(audited(&env, "user.grant"), "ann ann ben cat dan");
    assert_eq!(audited(&env, "user.deny"), "cat dan ann dan");
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE action = 'user.deny' AND target = 'ann' \
             AND details = '{\"deny\":[\"playground.use\",\"audit.view\"]}'"
        ),
        1
    );
}

#[test]
fn user_grant_refusals_write_nothing() {
    let env = team();
    let before = state(&env);
    for (args, code, stderr) in [
        (
            &["user", "grant", "ann"][..],
            2,
            "error: give one or more users, then one or more permissions\n\
             hint: e.g. `userctl user grant alice reports.export`, \
             `userctl user grant -p reports.export alice bob`, \
             `userctl user grant --from team.txt reports.export`\n",
        ),
        (
            &["user", "grant", "-p", "audit.view"],
            2,
            "error: name the accounts: USER…, --from FILE, or --all-matching with filters\n\
             hint: see --help\n",
        ),
        (
            &["user", "grant", "--all-matching", "--role", "user", "ann", "audit.view"],
            2,
            "error: 'ann' is an account: with --from or --all-matching the arguments are permissions\n\
             hint: name the accounts one way: USER…, --from FILE, or --all-matching with filters\n",
        ),
        (
            &["user", "grant", "--role", "user", "-p", "audit.view"],
            2,
            "error: filters select accounts only together with --all-matching\n\
             hint: add --all-matching (try --dry-run first to see the selection)\n",
        ),
        (
            &["user", "grant", "-p", "audit.vue", "ann", "ben"],
            3,
            "error: unknown permission 'audit.vue'\n\
             hint: did you mean 'audit.view'? (`userctl permission list` shows them all)\n",
        ),
        (
            &["user", "deny", "--all-matching", "--role", "user", "--max", "2", "audit.view"],
            7,
            "error: the selection has 4 accounts, more than --max 2; nothing changed\n\
             hint: check the selection with --dry-run, narrow it, or raise --max\n",
        ),
    ] {
        let run = env.run(args);
        run.code(code);
        assert_eq!(run.stdout, "", "{args:?}");
        assert_eq!(run.stderr, stderr, "{args:?}");
        assert_eq!(state(&env), before, "{args:?}");
    }

    // A dry run lists every target and writes nothing.
    let run = env.run(&[
        "--dry-run",
        "user",
        "grant",
        "--all-matching",
        "--search",
        "an",
        "audit.view",
    ]);
    run.ok();
    assert_eq!(
        run.stdout,
        "dry run: would have granted audit.view to ann\n\
         dry run: would have granted audit.view to dan\n"
    );
    assert_eq!(
        run.stderr,
        "dry run: 2 accounts selected, 2 would change, 0 unchanged; nothing written\n"
    );
    assert_eq!(state(&env), before);
}

#[test]
fn a_bulk_removal_or_denial_that_would_leave_no_manager_writes_nothing() {
    // root stops being a manager; ann and ben manage through the group ops.
    let env = team();
    env.run(&["group", "grant", "ops", "users.manage"]).ok();
    env.run(&["group", "add", "ops", "ann", "ben"]).ok();
    env.run(&["user", "role", "root", "user"]).ok();
    let before = state(&env);
    let guard = "error: refused: this would leave no active account that can manage users (last-admin guard)\n";
    for args in [
        &["group", "remove", "ops", "ann", "ben"][..],
        &["group", "remove", "ops", "--all-matching", "--group", "ops"],
        &["user", "deny", "-p", "users.manage", "ann", "ben"],
        &["user", "deny", "ann", "ben", "users.manage"],
        &[
            "user",
            "deny",
            "--all-matching",
            "--group",
            "ops",
            "users.manage",
        ],
        &[
            "--dry-run",
            "group",
            "remove",
            "ops",
            "--all-matching",
            "--group",
            "ops",
        ],
    ] {
        let run = env.run(args);
        run.code(5);
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(run.stderr.starts_with(guard), "{args:?}: {}", run.stderr);
        assert_eq!(state(&env), before, "{args:?}");
    }
    // In JSON every selected account is reported refused.
    let run = env.run_stdin(
        &["--format", "json", "group", "remove", "ops", "--from", "-"],
        "ann\nben\n",
    );
    run.code(5);
    let objects = run.json_lines();
    assert_eq!(objects.len(), 2, "{}", run.stdout);
    for (object, name) in objects.iter().zip(["ann", "ben"]) {
        assert_eq!(object["target"], name);
        assert_eq!(object["result"], "refused");
        assert_eq!(object["details"]["exit_code"], 5);
    }
    assert_eq!(state(&env), before);

    // One manager left is fine.
    env.run(&["group", "remove", "ops", "ben", "cat"]).ok();
    assert_eq!(state(&env).0, "ops:ann");
}

/// Many plain accounts `a000`…, each with one session for the odd ones, straight into
/// the table (the bulk verbs are what is tested).
fn many(env: &Env, n: usize) {
    let conn = env.sql();
    for i in 0..n {
        conn.execute(
            "INSERT INTO users (username, email, display_name, password_hash, role, status, \
             must_change_password, created_at, updated_at) \
             VALUES (?1, ?2, '', NULL, 'user', 'active', FALSE, \
             '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
            [format!("a{i:03}"), format!("a{i:03}@example.com")],
        )
        .unwrap();
        if i % 2 == 1 {
            conn.execute(
                "INSERT INTO sessions (user_id, token_hash, created_at, expires_at) \
                 SELECT id, 'tok' || id, '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z' \
                 FROM users WHERE username = ?1",
                [format!("a{i:03}")],
            )
            .unwrap();
        }
    }
}

/// A bulk change is made all at once, and each account changed still has its own
/// audit entry, in the order named, chained so that `audit verify` holds; an
/// account already as asked is reported unchanged and not audited. An `--as` actor
/// is authorised on each account as on its own: one it may not act on refuses the
/// lot, naming it, and nothing is written.
#[test]
fn bulk_changes_are_audited_per_account_in_order_and_refused_whole() {
    let env = team();
    many(&env, 120);
    env.run(&["group", "add", "ops", "a005", "a007"]).ok();
    let names: Vec<String> = (0..120).rev().map(|i| format!("a{i:03}")).collect();
    let list = names.join("\n");
    let before = env.count("SELECT count(*) FROM audit_log");
    let run = env.run_stdin(&["group", "add", "ops", "--from", "-"], &list);
    run.ok();
    assert_eq!(run.stderr, "120 accounts: 118 changed, 2 unchanged\n");
    assert!(
        run.stdout.starts_with("added a119 to group ops\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("a007 is already in group ops; nothing changed\n"),
        "{}",
        run.stdout
    );
    assert_eq!(env.count("SELECT count(*) FROM group_members"), 120);
    let expected: Vec<String> = (0..120)
        .rev()
        .filter(|i| *i != 5 && *i != 7)
        .map(|i| format!("a{i:03}"))
        .collect();
    assert_eq!(
        audited(&env, "group.add"),
        format!("a005 a007 {}", expected.join(" "))
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE action = 'group.add' \
             AND details = '{\"group\":\"ops\"}' AND actor = (SELECT actor FROM audit_log WHERE id = 1)"
        ),
        120
    );
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), before + 118);
    env.run(&["audit", "verify"]).ok();

    // Deactivation: each entry counts that account's own sessions.
    let run = env.run(&["user", "deactivate", "--all-matching", "--search", "a00"]);
    run.ok();
    assert_eq!(run.stderr, "10 accounts: 10 changed, 0 unchanged\n");
    assert!(
        run.stdout
            .starts_with("deactivated user a000 and revoked 0 session(s)\ndeactivated user a001 and revoked 1 session(s)\n"),
        "{}",
        run.stdout
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'user.deactivate' \
             AND {} = 'active' \
             AND {} = CAST(CAST(substr(target, 4) AS INTEGER) % 2 AS TEXT)",
            crate::common::details_field("from"),
            crate::common::details_field("sessions_revoked")
        )),
        10
    );
    assert_eq!(
        env.count("SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.status = 'inactive'"),
        0
    );
    env.run(&["audit", "verify"]).ok();

    // An --as actor that may not act on one of them (root holds what it lacks): the
    // user role's permissions and users.view, users.manage.
    let held: Vec<String> = env
        .sql()
        .prepare("SELECT permission FROM role_permissions WHERE role = 'user'")
        .unwrap()
        .query_map((), |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut args = vec![
        "role",
        "create",
        "desk",
        "--permission",
        "users.view",
        "users.manage",
    ];
    for p in &held {
        args.push(p.as_str());
    }
    env.run(&args).ok();
    env.sql()
        .execute("UPDATE users SET role = 'desk' WHERE username = 'dan'", ())
        .unwrap();
    let before = state(&env);
    let run = env.run_as(
        "dan",
        crate::common::GOOD_PASSWORD,
        &["--format", "json", "group", "remove", "ops", "--from", "-"],
        "a050\nroot\na051\n",
    );
    run.code(6);
    assert!(
        run.stderr.contains("may not act on 'root'"),
        "{}",
        run.stderr
    );
    let objects = run.json_lines();
    assert_eq!(objects.len(), 3, "{}", run.stdout);
    assert!(objects
        .iter()
        .all(|o| o["result"] == "refused" && o["details"]["refused_because_of"] == "root"));
    assert_eq!(state(&env), before);
    // Without root in the list it may.
    env.run_as(
        "dan",
        crate::common::GOOD_PASSWORD,
        &["group", "remove", "ops", "a050", "a051"],
        "",
    )
    .ok();
    assert_eq!(env.count("SELECT count(*) FROM group_members"), 118);
    env.run(&["audit", "verify"]).ok();
}
