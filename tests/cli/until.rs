//! Access that ends by itself: `--until` on `user role`, `user grant`, `group add` and
//! `access grant`. Nothing runs when the end comes: the rows stay, and from that
//! instant on userctl, the `effective_permissions` view and the application guide's
//! query no longer read them as access. The guard never counts management that ends
//! at a time. On both engines.

use crate::common::{engine, Engine, Env};

/// Rows of the view `effective_permissions` for one account and source.
fn view_rows(env: &Env, name: &str, source: &str) -> i64 {
    env.count(&format!(
        "SELECT count(*) FROM effective_permissions WHERE username = '{name}' AND source = '{source}'"
    ))
}

/// Waits until `secs` seconds after `start`, plus one: every end set `secs` from `start`
/// has passed (the stored ends are whole seconds).
fn wait_past(start: std::time::Instant, secs: u64) {
    let until = start + std::time::Duration::from_secs(secs + 1);
    if let Some(left) = until.checked_duration_since(std::time::Instant::now()) {
        std::thread::sleep(left);
    }
}

#[test]
fn a_temporary_role_grants_and_memberships_end_by_themselves() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.run(&["group", "create", "auditors"]).ok();
    env.run(&["group", "grant", "auditors", "audit.view"]).ok();

    let start = std::time::Instant::now();
    let role = env.run(&["user", "role", "bob", "moderator", "--until", "4s"]);
    role.ok();
    assert!(
        role.stdout
            .starts_with("changed the role of bob from user to moderator until 20"),
        "{}",
        role.stdout
    );
    assert!(role.stdout.ends_with(", then user\n"), "{}", role.stdout);
    let grant = env.run(&["user", "grant", "bob", "analytics.view", "--until", "4s"]);
    grant.ok();
    assert!(
        grant
            .stdout
            .starts_with("granted analytics.view to bob until 20"),
        "{}",
        grant.stdout
    );
    env.run(&["group", "add", "auditors", "bob", "--until", "4s"])
        .ok();
    env.run(&["access", "grant", "bob", "dataset:sales", "--until", "4s"])
        .ok();

    // Now: the temporary role, the grant, the membership and the resource.
    let show = env.run(&["--format", "json", "user", "show", "bob"]);
    show.ok();
    let json = show.json();
    assert_eq!(json["role"], "moderator");
    assert_eq!(json["role_after"], "user");
    assert!(json["role_until"].as_str().unwrap().ends_with('Z'));
    assert_eq!(json["groups"], serde_json::json!(["auditors"]));
    for source in ["role:moderator", "grant:analytics.view", "group:auditors"] {
        assert!(json["ends"][source].is_string(), "{source}: {json}");
    }
    let text = env.run(&["user", "show", "bob"]);
    assert!(text.stdout.contains("(until 20"), "{}", text.stdout);
    assert!(text.stdout.contains(", then user)"), "{}", text.stdout);
    env.run(&["access", "check", "bob", "dataset:sales"]).ok();
    assert!(view_rows(&env, "bob", "role:moderator") > 0);
    assert_eq!(view_rows(&env, "bob", "grant"), 1);
    assert_eq!(view_rows(&env, "bob", "group:auditors"), 1);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM effective_permissions WHERE username = 'bob' \
             AND ends_at IS NULL AND source <> 'role:user'"
        ),
        0,
        "every source but the lasting role ends"
    );
    // The lasting role stays in users.role: an application reading only it never
    // keeps the promotion.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM users WHERE username = 'bob' AND role = 'user' \
             AND temporary_role = 'moderator' AND temporary_role_ends_at IS NOT NULL"
        ),
        1
    );
    let listed = env.run(&["--format", "csv", "user", "list", "--role", "moderator"]);
    assert!(listed.stdout.contains(",bob,"), "{}", listed.stdout);
    // An export writes what lasts: importing it again never makes the promotion or the
    // membership lasting.
    let export = env.run(&["export-csv"]);
    export.ok();
    assert!(
        export
            .stdout
            .contains("\nbob,bob@example.com,,user,active,,,person"),
        "{}",
        export.stdout
    );

    wait_past(start, 4);

    // Later: nothing was run, and none of it is access any more.
    let json = env.run(&["--format", "json", "user", "show", "bob"]).json();
    assert_eq!(json["role"], "user");
    assert!(json.get("role_until").is_none(), "{json}");
    assert_eq!(json["groups"], serde_json::json!([]));
    assert!(json.get("ends").is_none(), "{json}");
    let permissions: Vec<&str> = json["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert!(!permissions.contains(&"analytics.view"), "{permissions:?}");
    assert!(!permissions.contains(&"audit.view"), "{permissions:?}");
    env.run(&["access", "check", "bob", "dataset:sales"])
        .code(6);
    assert_eq!(view_rows(&env, "bob", "role:moderator"), 0);
    assert!(view_rows(&env, "bob", "role:user") > 0);
    assert_eq!(view_rows(&env, "bob", "grant"), 0);
    assert_eq!(view_rows(&env, "bob", "group:auditors"), 0);
    let members = env.run(&["--format", "json", "group", "show", "auditors"]);
    assert_eq!(members.json()["members"], 0);
    assert_eq!(members.json()["member_names"], serde_json::json!([]));
    let listed = env.run(&["--format", "csv", "user", "list", "--role", "moderator"]);
    assert!(!listed.stdout.contains(",bob,"), "{}", listed.stdout);
    // Each change is one audit entry that names its end.
    for action in ["user.role", "user.grant", "group.add", "access.grant"] {
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM audit_log WHERE action = '{action}' AND target IN ('bob', 'user:bob') \
                 AND details LIKE '%\"until\":\"20%'"
            )),
            1,
            "{action}"
        );
    }
}

#[test]
fn the_guard_never_counts_management_that_ends_at_a_time() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.run(&["group", "create", "managers"]).ok();
    env.run(&["group", "grant", "managers", "users.manage"])
        .ok();
    // bob manages until tomorrow, three ways; root is still the only lasting manager.
    env.run(&["user", "role", "bob", "admin", "--until", "1d"])
        .ok();
    env.run(&["user", "grant", "bob", "users.manage", "--until", "1d"])
        .ok();
    env.run(&["group", "add", "managers", "bob", "--until", "1d"])
        .ok();
    let before = env.count("SELECT count(*) FROM audit_log");
    let demote = env.run(&["user", "role", "root", "user"]);
    demote.code(5);
    assert!(demote.stderr.contains("last"), "{}", demote.stderr);
    // A temporary demotion of the last lasting manager is refused too: its
    // management would come back, but nobody could log in and manage meanwhile.
    env.run(&["user", "role", "root", "moderator", "--until", "1h"])
        .code(5);
    // Nor may its own management be made to end.
    env.run(&["group", "add", "managers", "root", "--until", "1h"])
        .ok();
    env.run(&["user", "role", "root", "user"]).code(5);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log"),
        before + 1,
        "only the membership was written"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'root' AND role = 'admin' AND temporary_role IS NULL"),
        1
    );
    // Once bob's role is his for good, root may go.
    env.run(&["user", "role", "bob", "admin"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'bob' AND role = 'admin' AND temporary_role IS NULL"),
        1
    );
    env.run(&["user", "role", "root", "user"]).ok();
}

#[test]
fn an_end_that_has_passed_or_does_not_read_is_refused_and_nothing_changes() {
    let env = Env::init();
    env.add_user("bob", "user");
    let before = env.count("SELECT count(*) FROM audit_log");
    for args in [
        &["user", "role", "bob", "moderator", "--until", "2001-01-01"][..],
        &[
            "user",
            "grant",
            "bob",
            "audit.view",
            "--until",
            "2001-01-01",
        ],
        &[
            "access",
            "grant",
            "bob",
            "dataset:x",
            "--until",
            "2001-01-01",
        ],
    ] {
        let run = env.run(args);
        run.code(7);
        assert!(
            run.stderr
                .contains("--until 2001-01-01T00:00:00Z has already passed"),
            "{}",
            run.stderr
        );
    }
    let run = env.run(&["user", "role", "bob", "moderator", "--until", "soon"]);
    run.code(2);
    assert!(
        run.stderr.contains("'soon' is neither a duration"),
        "{}",
        run.stderr
    );
    // A temporary role is another role than the one the account goes back to.
    let same = env.run(&["user", "role", "bob", "user", "--until", "1d"]);
    same.code(7);
    assert!(
        same.stderr.contains("goes back to role user anyway"),
        "{}",
        same.stderr
    );
    // A dry run says what would change and writes nothing.
    env.run(&["--dry-run", "user", "role", "bob", "admin", "--until", "1d"])
        .ok();
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), before);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE temporary_role IS NOT NULL"),
        0
    );
    assert_eq!(env.count("SELECT count(*) FROM user_permissions"), 0);
    assert_eq!(env.count("SELECT count(*) FROM resource_grants"), 0);
}

#[test]
fn a_new_until_changes_the_end_and_a_plain_change_makes_it_lasting() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.add_user("carol", "user");
    env.run(&["group", "create", "ops"]).ok();
    env.run(&["group", "add", "ops", "bob", "carol", "--until", "1d"])
        .ok();
    // The same end again changes nothing; another end, or none, changes it.
    let again = env.run(&[
        "--format", "json", "group", "add", "ops", "bob", "--until", "1d",
    ]);
    let again = again.json_lines();
    // Within the same second the same end is "unchanged"; a second later it is another.
    assert!(
        ["unchanged", "updated"].contains(&again[0]["result"].as_str().unwrap()),
        "{again:?}"
    );
    env.run(&["group", "add", "ops", "bob"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM group_members WHERE ends_at IS NULL"),
        1
    );
    let unchanged = env.run(&["group", "add", "ops", "bob"]);
    unchanged.ok();
    assert!(
        unchanged.stdout.contains("bob is already in group ops"),
        "{}",
        unchanged.stdout
    );
    env.run(&["user", "role", "bob", "moderator", "--until", "2w"])
        .ok();
    env.run(&["user", "role", "bob", "moderator"]).ok();
    assert_eq!(
        env.count(
            "SELECT count(*) FROM users WHERE username = 'bob' AND role = 'moderator' \
             AND temporary_role IS NULL AND temporary_role_ends_at IS NULL"
        ),
        1
    );
    env.run(&["user", "grant", "carol", "audit.view", "--until", "1w"])
        .ok();
    env.run(&["user", "grant", "carol", "audit.view"]).ok();
    assert_eq!(
        env.count(
            "SELECT count(*) FROM user_permissions WHERE ends_at IS NULL AND effect = 'grant'"
        ),
        1
    );
    if engine() == Engine::Postgres {
        // The server keeps ends as instants.
        assert_eq!(
            env.count(
                "SELECT count(*) FROM information_schema.columns WHERE column_name IN \
                 ('temporary_role_ends_at', 'ends_at') AND data_type = 'timestamp with time zone' \
                 AND table_schema = current_schema()"
            ),
            4
        );
    }
}

/// The application guide's "Access that ends by itself" query, run against a database
/// userctl wrote: the role it reads is the one userctl reads, before and after the end.
#[test]
fn the_application_guides_role_query_agrees_with_userctl() {
    let (section, blocks) = crate::common::guide_sql("Access that ends by itself");
    assert_eq!(blocks.len(), 1, "the role query");
    let mut query = blocks[0].replace(":id", "?1");
    if engine() == Engine::Postgres {
        let pg = "temporary_role_ends_at > now()";
        assert!(section.contains(pg), "{section}");
        query = query.replace("unixepoch(temporary_role_ends_at) > unixepoch()", pg);
    }
    let env = Env::init();
    env.add_user("bob", "user");
    env.add_user("carol", "moderator");
    let start = std::time::Instant::now();
    env.run(&["user", "role", "bob", "admin", "--until", "2s"])
        .ok();
    let role = |name: &str| -> (String, String) {
        let id = env.count(&format!("SELECT id FROM users WHERE username = '{name}'"));
        let app: String = env.sql().query_row(&query, [id], |r| r.get(0)).unwrap();
        let shown = env.run(&["--format", "json", "user", "show", name]).json()["role"]
            .as_str()
            .unwrap()
            .to_string();
        (app, shown)
    };
    assert_eq!(role("bob"), ("admin".into(), "admin".into()));
    assert_eq!(role("carol"), ("moderator".into(), "moderator".into()));
    wait_past(start, 2);
    assert_eq!(role("bob"), ("user".into(), "user".into()));
}

/// Inside the database (`db guard install`, PostgreSQL): the application's own
/// transaction that makes the last lasting manager's management temporary is refused
/// at commit, and one that promotes another account only for a while does not count.
#[test]
fn the_guard_inside_the_database_does_not_count_temporary_management_either() {
    if engine() != Engine::Postgres {
        return; // SQLite: exit 2 (guard_inside)
    }
    let env = Env::init();
    env.run(&["db", "guard", "install"]).ok();
    env.add_user("ann", "user");
    let app = env.sql();
    for change in [
        // A temporary demotion of root, with ann promoted for a day.
        "UPDATE users SET temporary_role = 'user', temporary_role_ends_at = now() + interval '1 hour' \
         WHERE username = 'root'; \
         UPDATE users SET role = 'admin' WHERE username = 'ann'; \
         UPDATE users SET temporary_role = 'admin', temporary_role_ends_at = now() + interval '1 day', \
         role = 'user' WHERE username = 'ann'",
        // root demoted for good, ann an admin only until tomorrow.
        "UPDATE users SET temporary_role = 'admin', temporary_role_ends_at = now() + interval '1 day' \
         WHERE username = 'ann'; UPDATE users SET role = 'user' WHERE username = 'root'",
    ] {
        app.execute_batch("BEGIN").unwrap();
        app.execute_batch(change).unwrap();
        let err = app.execute_batch("COMMIT").unwrap_err();
        assert_eq!(userctl::error::exit_code(&err), 5, "{change}");
    }
    assert_eq!(
        env.count(
            "SELECT count(*) FROM users WHERE username = 'root' AND role = 'admin' \
             AND temporary_role IS NULL"
        ),
        1
    );
    // A lasting promotion lets root go.
    app.execute_batch(
        "BEGIN; UPDATE users SET role = 'admin' WHERE username = 'ann'; \
         UPDATE users SET role = 'user' WHERE username = 'root'; COMMIT",
    )
    .unwrap();
}

/// Each grant has its own end: a lasting grant of `users.manage` beside a grant that
/// ends keeps bob a lasting manager, and `user show` says which one ends.
#[test]
fn each_grant_ends_on_its_own() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.run(&["user", "grant", "bob", "users.manage"]).ok();
    env.run(&["user", "grant", "bob", "audit.view", "--until", "1d"])
        .ok();
    let show = env.run(&["user", "show", "bob"]);
    assert!(
        show.stdout.contains("users.manage (from grant)"),
        "{}",
        show.stdout
    );
    assert!(
        show.stdout.contains("audit.view (from grant until 20"),
        "{}",
        show.stdout
    );
    // bob manages for good: root may go.
    env.run(&["user", "role", "root", "user"]).ok();
}
