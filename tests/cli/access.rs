//! Access beyond the role, end to end: permission names, groups, per-account
//! overrides, resource grants and modes, attributes, expiry and service accounts.

use std::process::Stdio;

use crate::common::{Env, Run, GOOD_PASSWORD};

fn assert_unchanged(env: &Env, before: &[u8], run: &Run) {
    assert!(run.stdout.is_empty() || run.code == 0, "{run:#?}");
    assert_eq!(env.db_bytes(), before, "the database changed: {run:#?}");
}

#[test]
fn unknown_permission_names_are_refused_everywhere_with_a_suggestion() {
    let env = Env::init();
    for args in [
        &["role", "grant", "user", "users.mange"][..],
        &["role", "create", "desk", "--permission", "users.mange"],
        &["group", "create", "ops"],
    ] {
        let run = env.run(args);
        if args[0] == "group" {
            run.ok();
            continue;
        }
        run.code(3);
        assert!(
            run.stderr.contains(
                "error: unknown permission 'users.mange'\nhint: did you mean 'users.manage'?"
            ),
            "{run:#?}"
        );
    }
    env.add_user("ann", "user");
    for args in [
        &["group", "grant", "ops", "users.mange"][..],
        &["user", "grant", "ann", "users.mange"],
        &["user", "deny", "ann", "users.mange"],
    ] {
        env.run(args).code(3);
    }
    assert_eq!(env.count("SELECT count(*) FROM user_permissions"), 0);
    assert_eq!(env.count("SELECT count(*) FROM group_permissions"), 0);
    env.run(&[
        "permission",
        "add",
        "reports.export",
        "--description",
        "Export reports",
    ])
    .ok();
    env.run(&["role", "grant", "user", "reports.export"]).ok();
    let run = env.run(&["permission", "remove", "reports.export"]);
    run.code(4);
    assert!(run.stderr.contains("in use (1 role(s)"), "{run:#?}");
    env.run(&["permission", "remove", "users.view"]).code(5);
    let list = env.run(&["permission", "list", "--format", "json"]).json();
    let export = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "reports.export")
        .unwrap();
    assert_eq!(export["roles"], 1);
    assert_eq!(export["builtin"], false);
}

#[test]
fn groups_give_permissions_and_user_show_names_each_source() {
    let env = Env::init();
    env.add_user("ann", "user");
    env.add_user("ben", "user");
    env.run(&["group", "create", "ops", "--description", "On call"])
        .ok();
    env.run(&["group", "grant", "ops", "audit.view", "sessions.manage"])
        .ok();
    let run = env.run(&["group", "add", "ops", "ann", "BEN@example.com"]);
    run.ok();
    assert_eq!(
        run.stdout,
        "added ann to group ops\nadded ben to group ops\n"
    );
    env.run(&["user", "grant", "ann", "ben", "reports.view"])
        .code(3);
    env.run(&["user", "grant", "ann", "ben", "analytics.view"])
        .ok();
    env.run(&["user", "deny", "ben", "audit.view"]).ok();
    let show = env.run(&["user", "show", "ann", "--format", "json"]).json();
    assert_eq!(
        show["permission_sources"]["audit.view"],
        serde_json::json!(["group:ops"])
    );
    assert_eq!(
        show["permission_sources"]["analytics.view"],
        serde_json::json!(["grant"])
    );
    assert_eq!(
        show["permission_sources"]["resources.view"],
        serde_json::json!(["role:user"])
    );
    assert_eq!(show["groups"], serde_json::json!(["ops"]));
    let show = env.run(&["user", "show", "ben", "--format", "json"]).json();
    assert_eq!(show["denied"], serde_json::json!(["audit.view"]));
    assert!(show["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p != "audit.view"));
    let table = env.run(&["user", "show", "ann"]);
    assert!(
        table.stdout.contains("audit.view (from group:ops)"),
        "{table:#?}"
    );
    // The view applications read says the same.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM effective_permissions WHERE username = 'ben' AND permission = 'audit.view'"
        ),
        0
    );
    // reset-permissions: back to the role and groups.
    env.run(&["user", "reset-permissions", "ben"]).ok();
    assert_eq!(
        env.count(
            "SELECT count(*) FROM effective_permissions WHERE username = 'ben' AND permission = 'audit.view'"
        ),
        1
    );
    let list = env.run(&["user", "list", "--counts", "--format", "csv"]);
    assert!(
        list.stdout
            .lines()
            .next()
            .unwrap()
            .ends_with(",groups,grants"),
        "{list:#?}"
    );
    // Audited.
    assert!(env.count("SELECT count(*) FROM audit_log WHERE action LIKE 'group.%'") >= 4);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'user.deny'"),
        1
    );
}

#[test]
fn the_guard_holds_when_the_last_manager_holds_users_manage_through_a_group() {
    let env = Env::init();
    env.add_user("ann", "user");
    env.run(&["group", "create", "ops"]).ok();
    env.run(&["group", "grant", "ops", "users.manage"]).ok();
    env.run(&["group", "add", "ops", "ann"]).ok();
    env.run(&["user", "role", "root", "user"]).ok();
    let before = env.db_bytes();
    for args in [
        &["user", "deny", "ann", "users.manage"][..],
        &["group", "remove", "ops", "ann"],
        &["--yes", "group", "delete", "ops"],
        &["group", "revoke", "ops", "users.manage"],
        &["user", "edit", "ann", "--expires", "2020-01-01"],
        &["user", "edit", "ann", "--service", "true"],
    ] {
        let run = env.run(args);
        run.code(5);
        assert!(
            run.stderr.contains("last-admin guard"),
            "{args:?}: {run:#?}"
        );
        assert_unchanged(&env, &before, &run);
    }
    // --dry-run fails the same way.
    env.run(&["--dry-run", "group", "remove", "ops", "ann"])
        .code(5);
}

#[test]
fn resource_grants_modes_and_check() {
    let env = Env::init();
    env.add_user("ann", "user");
    env.add_user("ben", "user");
    env.run(&["group", "create", "analysts"]).ok();
    env.run(&["group", "add", "analysts", "ben"]).ok();
    env.run(&["access", "grant", "ann", "package:web", "--level", "write"])
        .ok();
    env.run(&["access", "grant", "@analysts", "dataset:sales"])
        .ok();
    let check = |who: &str, what: &str, level: &str| {
        env.run(&["access", "check", who, what, "--level", level])
            .code
    };
    // No mode: only what it or its groups are granted.
    assert_eq!(check("ann", "package:web", "write"), 0);
    assert_eq!(check("ann", "package:api", "read"), 6);
    assert_eq!(check("ben", "dataset:sales", "read"), 0);
    assert_eq!(check("ben", "dataset:sales", "write"), 6);
    // full: everything at the mode's level.
    env.run(&[
        "access", "mode", "ann", "dataset", "full", "--level", "read",
    ])
    .ok();
    assert_eq!(check("ann", "dataset:anything", "read"), 0);
    assert_eq!(check("ann", "dataset:anything", "write"), 6);
    // deny: everything but the listed.
    env.run(&["access", "grant", "ann", "dataset:hr"]).ok();
    env.run(&[
        "access", "mode", "ann", "dataset", "deny", "--level", "write",
    ])
    .ok();
    assert_eq!(check("ann", "dataset:hr", "read"), 6);
    assert_eq!(check("ann", "dataset:sales", "write"), 0);
    // resources.all (admin) reaches everything at write.
    assert_eq!(check("root", "whatever:1", "write"), 0);
    let run = env.run(&["access", "check", "ann", "dataset:hr", "--format", "json"]);
    run.code(6);
    assert_eq!(run.json()["because"], "listed in deny mode");
    assert!(
        run.stderr.contains("error: ann may not read dataset:hr"),
        "{run:#?}"
    );
    let list = env
        .run(&["access", "list", "ann", "--format", "json"])
        .json();
    assert_eq!(list.as_array().unwrap().len(), 3, "{list:#}");
    env.run(&["access", "revoke", "ann", "dataset:hr"]).ok();
    assert_eq!(check("ann", "dataset:hr", "read"), 0);
    env.run(&["access", "check", "ann", "nocolon"]).code(2);
    // --as: a manager without resources.all cannot hand out what it cannot reach,
    // nor act on an account that reaches more than it does (ann: every dataset at
    // write, in deny mode).
    env.run(&["user", "grant", "ben", "users.manage"]).ok();
    env.add_user("cal", "user");
    let run = env.run_as(
        "ben",
        GOOD_PASSWORD,
        &["access", "grant", "cal", "dataset:secret"],
        "",
    );
    run.code(6);
    assert!(
        run.stderr.contains(
            "'ben' cannot hand out read access to dataset:secret, which it does not have itself"
        ),
        "{run:#?}"
    );
    let run = env.run_as(
        "ben",
        GOOD_PASSWORD,
        &["access", "grant", "ann", "dataset:sales"],
        "",
    );
    run.code(6);
    assert!(
        run.stderr.contains(
            "'ben' may not act on 'ann', which holds resource access 'ben' lacks (dataset:sales at write)"
        ),
        "{run:#?}"
    );
    env.run_as(
        "ben",
        GOOD_PASSWORD,
        &["access", "grant", "cal", "dataset:sales"],
        "",
    )
    .ok();
    assert_eq!(check("cal", "dataset:sales", "read"), 0);
}

#[test]
fn attributes_are_typed_and_shown() {
    let env = Env::init();
    env.add_user("ann", "user");
    env.run(&[
        "attr",
        "define",
        "timezone",
        "--type",
        "timezone",
        "--default",
        "UTC",
    ])
    .ok();
    env.run(&[
        "attr",
        "define",
        "email_digest",
        "--type",
        "enum:daily,weekly,never",
    ])
    .ok();
    env.run(&["attr", "define", "daily_budget", "--type", "int"])
        .ok();
    env.run(&["attr", "define", "bad", "--type", "float"])
        .code(2);
    let run = env.run(&["user", "set", "ann", "timezone=Mars/Olympus"]);
    run.code(7);
    assert!(run.stderr.contains("IANA time zone"), "{run:#?}");
    env.run(&["user", "set", "ann", "daily_budget=ten"]).code(7);
    env.run(&["user", "set", "ann", "colour=red"]).code(3);
    env.run(&[
        "user",
        "set",
        "ann",
        "timezone=europe/berlin",
        "email_digest=Weekly",
        "daily_budget=50",
    ])
    .ok();
    let show = env.run(&["user", "show", "ann", "--format", "json"]).json();
    assert_eq!(show["attributes"]["timezone"], "Europe/Berlin");
    assert_eq!(show["attributes"]["email_digest"], "weekly");
    env.run(&["user", "unset", "ann", "timezone"]).ok();
    let show = env.run(&["user", "show", "ann", "--format", "json"]).json();
    assert_eq!(show["attributes"]["timezone"], "UTC");
    env.run(&["attr", "remove", "daily_budget"]).code(2);
    env.run(&["--yes", "attr", "remove", "daily_budget"]).ok();
    assert_eq!(env.count("SELECT count(*) FROM user_attributes"), 1);
}

#[test]
fn expired_and_service_accounts_cannot_act() {
    let env = Env::init();
    env.add_user("ann", "admin");
    env.run(&["user", "edit", "ann", "--expires", "2020-01-01"])
        .ok();
    let run = env.run_as("ann", GOOD_PASSWORD, &["user", "list"], "");
    run.code(6);
    let expired = env
        .run(&["user", "list", "--expired", "--format", "json"])
        .json();
    assert_eq!(expired.as_array().unwrap().len(), 1);
    assert_eq!(expired[0]["username"], "ann");
    let stats = env.run(&["stats", "--format", "json"]).json();
    assert_eq!(stats["expired"], 1);
    assert_eq!(stats["admins"], 1);
    // An application writing a space-separated time: compared as an instant.
    env.sql()
        .execute(
            "UPDATE users SET expires_at = '2999-01-01 00:00:00' WHERE username = 'ann'",
            (),
        )
        .unwrap();
    env.run_as("ann", GOOD_PASSWORD, &["user", "list"], "").ok();
    env.run(&["user", "edit", "ann", "--expires", "never"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE expires_at IS NOT NULL"),
        0
    );

    let run = env.run(&["user", "add", "ci-bot", "--service", "--role", "admin"]);
    run.ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'ci-bot' AND kind = 'service' AND password_hash IS NULL"),
        1
    );
    // Never counted by the guard: with root demoted, ann is the last manager.
    env.run(&["user", "role", "root", "user"]).ok();
    env.run(&["user", "role", "ann", "user"]).code(5);
    env.run(&["key", "create", "ci-bot", "--label", "deploy"])
        .ok();
}

#[test]
fn racing_group_removals_of_the_last_two_managers_never_lose_both() {
    // ann and ben hold users.manage only through the group ops.
    let env = Env::init();
    env.add_user("ann", "user");
    env.add_user("ben", "user");
    env.run(&["group", "create", "ops"]).ok();
    env.run(&["group", "grant", "ops", "users.manage"]).ok();
    env.run(&["group", "add", "ops", "ann", "ben"]).ok();
    env.run(&["user", "role", "root", "user"]).ok();
    let template = env.template();
    let iterations = 40;
    for i in 0..iterations {
        let copy = template.copy(i);
        let db = &copy.db;
        let spawn = |who: &str| {
            env.command()
                .env("USERCTL_DB", db)
                .args(["group", "remove", "ops", who])
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
        let conn = copy.sql();
        let managers: i64 = conn
            .query_row(
                "SELECT count(*) FROM effective_permissions WHERE permission = 'users.manage'",
                (),
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(managers, 1, "iteration {i}");
        drop(conn);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
    }
}
