//! Accounts that cannot log in — expired, service — neither pass `user verify` nor
//! end a lockout through `recover`.

use crate::common::{Env, GOOD_PASSWORD, ROOT_PASSWORD};

const NEW_PASSWORD: &str = "quiet lanterns drift past the mill";

fn expires_of(env: &Env, name: &str) -> Option<String> {
    env.sql()
        .query_row(
            "SELECT expires_at FROM users WHERE username = ?1",
            [name],
            |r| r.get(0),
        )
        .unwrap()
}

fn audit_count(env: &Env) -> i64 {
    env.count("SELECT count(*) FROM audit_log")
}

#[test]
fn recover_promote_clears_a_past_expiry_so_the_admin_can_log_in() {
    let env = Env::init();
    // The only admin expired (written by the application, in its own format): a lockout.
    env.sql()
        .execute(
            "UPDATE users SET expires_at = '2020-01-01 08:00:00' WHERE username = 'root'",
            (),
        )
        .unwrap();
    env.run(&["db", "check"]).code(9);
    env.run_stdin(
        &["user", "verify", "root", "--password-stdin"],
        ROOT_PASSWORD,
    )
    .code(6);
    let run = env.run(&["recover", "--promote", "root"]);
    run.ok();
    assert!(
        run.stderr.starts_with(match crate::common::engine() {
            crate::common::Engine::Sqlite => {
                "admin account root: active, expired (2020-01-01 08:00:00), role admin"
            }
            crate::common::Engine::Postgres => {
                "admin account root: active, expired (2020-01-01T08:00:00Z), role admin"
            }
        }),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains(match crate::common::engine() {
            crate::common::Engine::Sqlite =>
                "cleared its expiry (it had expired: 2020-01-01 08:00:00)",
            crate::common::Engine::Postgres => {
                "cleared its expiry (it had expired: 2020-01-01T08:00:00Z)"
            }
        }),
        "{}",
        run.stdout
    );
    assert_eq!(expires_of(&env, "root"), None);
    env.run(&["db", "check"]).ok();
    env.run_stdin(
        &["user", "verify", "root", "--password-stdin"],
        ROOT_PASSWORD,
    )
    .ok();
    let details: String = env
        .sql()
        .query_row(
            "SELECT details FROM audit_log WHERE action = 'recover.promote' AND target = 'root'",
            (),
            |r| r.get(0),
        )
        .unwrap();
    let stored = match crate::common::engine() {
        crate::common::Engine::Sqlite => "2020-01-01 08:00:00",
        crate::common::Engine::Postgres => "2020-01-01T08:00:00Z",
    };
    assert!(
        details.contains(&format!("cleared its expiry (it had expired: {stored})")),
        "{details}"
    );
    // A future expiry is the account's own business: left alone, and nothing to do.
    env.sql()
        .execute(
            "UPDATE users SET expires_at = '2999-01-01T00:00:00Z' WHERE username = 'root'",
            (),
        )
        .unwrap();
    let before = audit_count(&env);
    let run = env.run(&["recover", "--promote", "root"]);
    run.ok();
    assert!(run.stdout.contains("nothing changed"), "{}", run.stdout);
    assert_eq!(
        expires_of(&env, "root").as_deref(),
        Some("2999-01-01T00:00:00Z")
    );
    assert_eq!(audit_count(&env), before);
}

#[test]
fn recover_user_resets_an_expired_admin_and_clears_the_expiry() {
    let env = Env::init();
    env.sql()
        .execute(
            "UPDATE users SET expires_at = ?1 WHERE username = 'root'",
            // Epoch seconds, as an application may write them in the file.
            [match crate::common::engine() {
                crate::common::Engine::Sqlite => userctl::db::Value::Integer(1_577_836_800),
                crate::common::Engine::Postgres => {
                    userctl::db::Value::Text("2020-01-01T00:00:00Z".into())
                }
            }],
        )
        .unwrap();
    let run = env.run_stdin(
        &["recover", "--user", "root", "--password-stdin"],
        &format!("{NEW_PASSWORD}\n"),
    );
    run.ok();
    assert!(
        run.stdout.contains(match crate::common::engine() {
            crate::common::Engine::Sqlite => "cleared its expiry (it had expired: 1577836800)",
            crate::common::Engine::Postgres => {
                "cleared its expiry (it had expired: 2020-01-01T00:00:00Z)"
            }
        }),
        "{}",
        run.stdout
    );
    assert_eq!(expires_of(&env, "root"), None);
    env.run_stdin(
        &["user", "verify", "root", "--password-stdin"],
        NEW_PASSWORD,
    )
    .ok();
}

#[test]
fn recover_refuses_a_service_account_and_changes_nothing() {
    let env = Env::init();
    env.run(&["user", "add", "deploy-bot", "--service"]).ok();
    // Lockout: the only admin deactivated behind userctl's back.
    env.sql()
        .execute(
            "UPDATE users SET status = 'inactive' WHERE username = 'root'",
            (),
        )
        .unwrap();
    let before = env.db_bytes();
    for args in [
        vec!["recover", "--promote", "deploy-bot"],
        vec!["recover", "--promote", "deploy-bot", "--generate-password"],
        vec!["recover", "--user", "deploy-bot", "--generate-password"],
    ] {
        let run = env.run(&args);
        run.code(4);
        assert_eq!(run.stdout, "", "no password generated or printed: {args:?}");
        // After the list of admins and their state, the refusal.
        assert!(
            run.stderr.starts_with("admin account root: inactive"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.ends_with(
                "error: user deploy-bot is a service account (API keys only, no interactive \
             login): as an admin it would end no lockout; nothing was changed\n\
             hint: recover through a person's account (`userctl recover` lists the admins), or \
             create a new admin: `userctl recover --create USERNAME --email EMAIL`\n"
            ),
            "{args:?}: {}",
            run.stderr
        );
        assert_eq!(env.db_bytes(), before, "{args:?}");
    }
    // The lockout ends through the person's account.
    env.run(&["recover", "--promote", "root"]).ok();
    env.run(&["db", "check"]).ok();
}

#[test]
fn verify_refuses_expired_and_service_accounts_without_checking_the_password() {
    let env = Env::init();
    env.add_user("amy", "user");
    env.run(&["user", "edit", "amy", "--expires", "2020-06-01"])
        .ok();
    env.run(&["user", "add", "robot", "--service"]).ok();
    let audits = audit_count(&env);
    // Right or wrong password: the same answer, exit 6, nothing about the password.
    for password in [GOOD_PASSWORD, "not the password at all, clearly"] {
        let run = env.run_stdin(&["user", "verify", "amy", "--password-stdin"], password);
        run.code(6);
        assert_eq!(
            run.stderr,
            "error: user amy is expired (since 2020-06-01T00:00:00Z) and may not log in\n\
             hint: `userctl user edit amy --expires never`\n"
        );
        let run = env.run_stdin(&["user", "verify", "robot", "--password-stdin"], password);
        run.code(6);
        assert_eq!(
            run.stderr,
            "error: user robot is a service account (API keys only) and may not log in\n\
             hint: service accounts authenticate with API keys: `userctl key create robot \
             --label L`\n"
        );
        let run = env.run_stdin(
            &[
                "--format",
                "json",
                "user",
                "verify",
                "amy",
                "--password-stdin",
            ],
            password,
        );
        run.code(6);
        assert!(!run.stdout.contains("right"), "{}", run.stdout);
    }
    // Nothing rehashed or written.
    assert_eq!(audit_count(&env), audits);
    // Once the expiry is lifted, the password is checked again.
    env.run(&["user", "edit", "amy", "--expires", "never"]).ok();
    env.run_stdin(
        &["user", "verify", "amy", "--password-stdin"],
        GOOD_PASSWORD,
    )
    .ok();
    // The deactivated account's answer, for comparison: the same exit code and shape.
    env.run(&["user", "deactivate", "amy", "--yes"]).ok();
    let run = env.run_stdin(
        &["user", "verify", "amy", "--password-stdin"],
        GOOD_PASSWORD,
    );
    run.code(6);
    assert!(
        run.stderr
            .contains("user amy is inactive and may not log in"),
        "{}",
        run.stderr
    );
}

#[test]
fn recover_lifts_a_denial_of_users_manage() {
    let env = Env::init();
    env.add_user("bob", "admin");
    // Both managers denied users.manage behind userctl's back: a lockout.
    env.sql()
        .execute(
            "INSERT INTO user_permissions (user_id, permission, effect, created_at) \
             SELECT id, 'users.manage', 'deny', '2026-11-01T00:00:00Z' FROM users",
            (),
        )
        .unwrap();
    env.run(&["db", "check"]).code(9);
    let run = env.run(&["recover", "--promote", "bob"]);
    run.ok();
    assert!(
        run.stdout.contains("lifted its denial of users.manage"),
        "{}",
        run.stdout
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM user_permissions p JOIN users u ON u.id = p.user_id \
             WHERE u.username = 'bob'"
        ),
        0
    );
    // root's denial is its own business: recover changed only bob.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM user_permissions p JOIN users u ON u.id = p.user_id \
             WHERE u.username = 'root'"
        ),
        1
    );
    env.run(&["db", "check"]).ok();
    let details: String = env
        .sql()
        .query_row(
            "SELECT details FROM audit_log WHERE action = 'recover.promote' AND target = 'bob'",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        details.contains("lifted its denial of users.manage"),
        "{details}"
    );
}
