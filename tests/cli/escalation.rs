//! Revision 2, attacked: each escalation of the report, reproduced and refused.
//! "Who may act on whom" is one rule (`authz::changing_capabilities` and
//! `authz::authorize`): after a change by an `--as` account, every account it
//! affects is still within the actor's permissions and resource access, and the
//! actor neither gives nor takes away what it does not hold itself.

use crate::common::{Env, Run, GOOD_PASSWORD};
use crate::lifecycle::dump;

#[track_caller]
fn refused(env: &Env, before: &str, run: &Run, expect: &str) {
    run.code(6);
    assert!(run.stderr.contains(expect), "want {expect:?}\n{run:#?}");
    assert!(run.stdout.is_empty(), "{run:#?}");
    assert_eq!(&dump(env), before, "the database changed: {run:#?}");
}

fn effective(env: &Env, user: &str) -> Vec<String> {
    let conn = env.sql();
    let mut stmt = conn
        .prepare(
            "SELECT DISTINCT permission FROM effective_permissions WHERE username = ?1 \
             ORDER BY permission",
        )
        .unwrap();
    stmt.query_map([user], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// A helpdesk role (the report's: users.view users.manage resources.view
/// playground.use) and its account `desk`.
fn helpdesk(env: &Env) {
    env.run(&[
        "role",
        "create",
        "helpdesk",
        "--permission",
        "users.view",
        "--permission",
        "users.manage",
        "--permission",
        "resources.view",
        "--permission",
        "playground.use",
    ])
    .ok();
    env.add_user("desk", "helpdesk");
}

/// Item 1: an admin-role account whose extra permissions are held back by denials
/// looks no stronger than the helpdesk; `reset-permissions` used to delete the
/// denials without asking what the target gains.
#[test]
fn a_helpdesk_account_cannot_lift_the_denials_of_an_admin_role_account() {
    let env = Env::init();
    helpdesk(&env);
    env.add_user("boss", "admin");
    let extra = [
        "sessions.manage",
        "roles.manage",
        "settings.manage",
        "audit.view",
        "analytics.view",
        "resources.edit",
        "resources.all",
        "demo.reset",
        "users.impersonate",
    ];
    let mut args = vec!["user", "deny", "boss"];
    args.extend(extra);
    env.run(&args).ok();
    assert_eq!(
        effective(&env, "boss"),
        effective(&env, "desk"),
        "boss is held back to the helpdesk's permissions"
    );
    // Acting on boss as it is now is within the rule (boss holds nothing more) ...
    env.run_as(
        "desk",
        GOOD_PASSWORD,
        &["user", "passwd", "boss", "--password-stdin"],
        "a passphrase the helpdesk chose 77\n",
    )
    .ok();
    // ... but lifting the denials would give boss what desk lacks.
    let before = dump(&env);
    let run = env.run_as(
        "desk",
        GOOD_PASSWORD,
        &["user", "reset-permissions", "boss"],
        "",
    );
    refused(
        &env,
        &before,
        &run,
        "'desk' cannot change permissions it does not hold (analytics.view, audit.view",
    );
    // Nor lifting one denial by granting it back.
    let run = env.run_as(
        "desk",
        GOOD_PASSWORD,
        &["user", "grant", "boss", "roles.manage"],
        "",
    );
    refused(
        &env,
        &before,
        &run,
        "'desk' cannot hand out permissions it does not hold (roles.manage)",
    );
    assert_eq!(effective(&env, "boss"), effective(&env, "desk"));
    // The local operator may.
    env.run(&["user", "reset-permissions", "boss"]).ok();
    assert!(effective(&env, "boss").contains(&"roles.manage".to_string()));
}

/// Item 1 again, through the rule itself: a denial that desk holds is lifted fine,
/// unless lifting it lets the target reach more than desk.
#[test]
fn reset_permissions_is_refused_when_the_target_would_hold_more_than_the_actor() {
    let env = Env::init();
    helpdesk(&env);
    // carol's role gives audit.view, which desk lacks; her denial of it makes her
    // look like no more than desk. The denial she has of users.view is desk's to lift.
    env.run(&[
        "role",
        "create",
        "auditor",
        "--permission",
        "audit.view",
        "--permission",
        "users.view",
    ])
    .ok();
    env.add_user("carol", "auditor");
    env.run(&["user", "deny", "carol", "audit.view"]).ok();
    let before = dump(&env);
    // desk holds users.view and audit.view is only denied: reset gives her audit.view.
    let run = env.run_as(
        "desk",
        GOOD_PASSWORD,
        &["user", "reset-permissions", "carol"],
        "",
    );
    refused(
        &env,
        &before,
        &run,
        "'desk' cannot change permissions it does not hold (audit.view)",
    );
    // dave: a denial of users.view only, which desk holds; his role is within desk's.
    env.run(&["role", "create", "viewer", "--permission", "users.view"])
        .ok();
    env.add_user("dave", "viewer");
    env.run(&["user", "deny", "dave", "users.view"]).ok();
    env.run_as(
        "desk",
        GOOD_PASSWORD,
        &["user", "reset-permissions", "dave"],
        "",
    )
    .ok();
    assert_eq!(effective(&env, "dave"), ["users.view"]);
}

/// Item 4: a roles.manage holder stripped the admins (`role revoke admin …` of
/// permissions it does not hold; `group delete` of a group giving them), then took
/// them over.
#[test]
fn a_roles_manager_cannot_strip_what_it_does_not_hold() {
    let env = Env::init();
    env.run(&[
        "role",
        "create",
        "rolesmgr",
        "--permission",
        "roles.manage",
        "--permission",
        "users.manage",
    ])
    .ok();
    env.add_user("rmgr", "rolesmgr");
    env.add_user("second", "admin");
    let before = dump(&env);
    let run = env.run_as(
        "rmgr",
        GOOD_PASSWORD,
        &[
            "role",
            "revoke",
            "admin",
            "audit.view",
            "settings.manage",
            "resources.all",
        ],
        "",
    );
    refused(
        &env,
        &before,
        &run,
        "'rmgr' cannot take away permissions it does not hold (audit.view, settings.manage, resources.all)",
    );
    // Revoking only what rm holds still changes accounts beyond rm: refused too.
    let run = env.run_as(
        "rmgr",
        GOOD_PASSWORD,
        &["role", "revoke", "admin", "roles.manage"],
        "",
    );
    refused(
        &env,
        &before,
        &run,
        "'rmgr' may not change what 'root' can do: it holds permissions 'rmgr' lacks (",
    );
    // A group that gives its members what rm lacks cannot be deleted by rm.
    env.run(&["role", "create", "plain", "--permission", "users.view"])
        .ok();
    env.add_user("ops1", "plain");
    env.run(&["group", "create", "auditors"]).ok();
    env.run(&["group", "grant", "auditors", "audit.view"]).ok();
    env.run(&["group", "add", "auditors", "ops1"]).ok();
    let before = dump(&env);
    let run = env.run_as(
        "rmgr",
        GOOD_PASSWORD,
        &["--yes", "group", "delete", "auditors"],
        "",
    );
    refused(
        &env,
        &before,
        &run,
        "'rmgr' cannot take away permissions it does not hold (audit.view)",
    );
    let run = env.run_as(
        "rmgr",
        GOOD_PASSWORD,
        &["group", "revoke", "auditors", "audit.view"],
        "",
    );
    refused(
        &env,
        &before,
        &run,
        "'rmgr' cannot take away permissions it does not hold (audit.view)",
    );
    // A group within rmgr's own permissions, whose members are too, is rmgr's to delete.
    env.run(&["group", "create", "viewers"]).ok();
    env.run(&["group", "grant", "viewers", "users.manage"]).ok();
    env.run(&["role", "create", "lite", "--permission", "users.manage"])
        .ok();
    env.add_user("ops2", "lite");
    env.run(&["group", "add", "viewers", "ops2"]).ok();
    env.run_as(
        "rmgr",
        GOOD_PASSWORD,
        &["--yes", "group", "delete", "viewers"],
        "",
    )
    .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM groups WHERE name = 'viewers'"),
        0
    );
}

/// Item 3: resource access escalated through a revoke in deny mode, a mode switch
/// from a block list to an allow list, and key/password takeovers of accounts
/// reaching resources the actor does not.
#[test]
fn resource_access_does_not_escalate() {
    let env = Env::init();
    helpdesk(&env);
    env.add_user("ezra", "user");
    // ezra: every dataset at write, except the blocked dataset:payroll (granted to her
    // in deny mode = blocked). desk: dataset:sales at read.
    env.run(&["access", "grant", "desk", "dataset:sales"]).ok();
    env.add_user("fay", "user");
    env.run(&[
        "access",
        "grant",
        "fay",
        "dataset:payroll",
        "--level",
        "write",
    ])
    .ok();
    env.run(&[
        "access", "mode", "fay", "dataset", "deny", "--level", "read",
    ])
    .ok();
    // fay is blocked from payroll but reads every other dataset: beyond desk, who
    // reads only sales.
    let before = dump(&env);
    let run = env.run_as(
        "desk",
        GOOD_PASSWORD,
        &["access", "revoke", "fay", "dataset:payroll"],
        "",
    );
    refused(
        &env,
        &before,
        &run,
        "'desk' may not act on 'fay', which holds resource access 'desk' lacks (",
    );
    // Reduced to the report's case: gil is blocked from payroll in deny mode and
    // reaches nothing else desk does not (read on sales only, through an allow-list
    // like desk's) — switching his mode to allow turns the block into write access.
    env.add_user("gil", "user");
    env.run(&[
        "access",
        "grant",
        "gil",
        "dataset:payroll",
        "--level",
        "write",
    ])
    .ok();
    env.run(&["access", "mode", "gil", "dataset", "allow"]).ok();
    env.run(&[
        "access", "mode", "gil", "dataset", "deny", "--level", "read",
    ])
    .ok();
    env.run(&[
        "access", "mode", "desk", "dataset", "full", "--level", "read",
    ])
    .ok();
    let before = dump(&env);
    // desk reads every dataset; gil reads every dataset but payroll: within desk.
    let run = env.run_as(
        "desk",
        GOOD_PASSWORD,
        &["access", "mode", "gil", "dataset", "allow"],
        "",
    );
    refused(
        &env,
        &before,
        &run,
        "'desk' may not change what 'gil' can do: it would hold resource access 'desk' lacks (dataset:payroll at write)",
    );
    let run = env.run_as(
        "desk",
        GOOD_PASSWORD,
        &["access", "revoke", "gil", "dataset:payroll"],
        "",
    );
    refused(
        &env,
        &before,
        &run,
        "'desk' cannot take away write access to dataset:payroll",
    );
    // Takeovers: ezra holds a write grant desk lacks.
    env.run(&[
        "access",
        "grant",
        "ezra",
        "dataset:sales",
        "--level",
        "write",
    ])
    .ok();
    let before = dump(&env);
    for args in [
        &["key", "create", "ezra", "--label", "mine"][..],
        &["user", "passwd", "ezra", "--password-stdin"],
    ] {
        let run = env.run_as(
            "desk",
            GOOD_PASSWORD,
            args,
            "a passphrase of desk's own 99\n",
        );
        refused(
            &env,
            &before,
            &run,
            "'desk' may not act on 'ezra', which holds resource access 'desk' lacks (dataset:sales at write)",
        );
    }
    // At read, ezra is within desk: desk may.
    env.run(&[
        "access",
        "grant",
        "ezra",
        "dataset:sales",
        "--level",
        "read",
    ])
    .ok();
    env.run_as(
        "desk",
        GOOD_PASSWORD,
        &["key", "create", "ezra", "--label", "mine"],
        "",
    )
    .ok();
}

/// Item 8: resource types are the application's exact strings; `access check` and
/// the documented query agree on `Dashboard` and `dashboard`.
#[test]
fn resource_types_are_exact_strings() {
    let env = Env::init();
    env.add_user("ann", "user");
    env.run(&["access", "grant", "ann", "Dashboard:7"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM resource_grants WHERE resource_type = 'Dashboard'"),
        1
    );
    env.run(&["access", "check", "ann", "Dashboard:7"]).ok();
    let run = env.run(&["access", "check", "ann", "dashboard:7"]);
    run.code(6);
    assert!(
        run.stderr.contains("ann may not read dashboard:7"),
        "{run:#?}"
    );
    // An application's own grant under the other spelling is its own type.
    env.sql()
        .execute(
            "INSERT INTO resource_grants (user_id, resource_type, resource_id, level, created_at) \
             SELECT id, 'dashboard', '8', 'write', '2026-01-01T00:00:00Z' FROM users WHERE username = 'ann'",
            (),
        )
        .unwrap();
    env.run(&["access", "check", "ann", "dashboard:8", "--level", "write"])
        .ok();
    env.run(&["access", "check", "ann", "Dashboard:8"]).code(6);
    let run = env.run(&["access", "grant", "ann", "Dash board:1"]);
    run.code(7);
    assert!(
        run.stderr.contains("invalid resource type 'Dash board'"),
        "{run:#?}"
    );
}

/// Item 5: an expiry on the last manager is a lockout that comes by itself.
#[test]
fn an_expiry_on_the_only_admin_is_refused_by_the_guard() {
    let env = Env::init();
    let before = dump(&env);
    for when in ["3s", "90d", "2099-01-01"] {
        let run = env.run(&["user", "edit", "root", "--expires", when]);
        run.code(5);
        assert!(run.stderr.contains("last-admin guard"), "{run:#?}");
        assert_eq!(dump(&env), before);
    }
    // With a second admin that stays, root may be given an end date.
    env.add_user("second", "admin");
    env.run(&["user", "edit", "root", "--expires", "90d"]).ok();
    // ... and then second may not get one too.
    let run = env.run(&["user", "edit", "second", "--expires", "90d"]);
    run.code(5);
    // db check counts the same way: root, who will expire, is not counted.
    let run = env.run(&["db", "check"]);
    run.ok();
    assert!(
        run.stdout
            .contains("only one active account can manage users; consider a second"),
        "{run:#?}"
    );
    // recover's listing marks who the guard counts, by the same function.
    let run = env.run(&["recover", "--format", "json"]);
    run.code(2);
    let rows = run.json();
    let counted = |name: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["username"] == name)
            .map(|r| r["counted"].clone())
    };
    assert_eq!(counted("root"), Some(serde_json::json!(false)), "{run:#?}");
    assert_eq!(counted("second"), Some(serde_json::json!(true)), "{run:#?}");
    assert!(
        run.stderr.contains("1 active account(s) can manage users"),
        "{run:#?}"
    );
    // stats counts the same.
    let stats = env.run(&["stats", "--format", "json"]).json();
    assert_eq!(stats["admins"], 1, "{stats:#}");
}
