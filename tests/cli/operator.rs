//! Who acts: the operator named from the OS, and failed `--as` attempts audited.

use std::time::{Duration, Instant};

use crate::common::{operator, Env, GOOD_PASSWORD};

fn last_audit(env: &Env) -> (String, String, String, String) {
    env.sql()
        .query_row(
            "SELECT actor, action, coalesce(target, ''), details FROM audit_log ORDER BY id DESC LIMIT 1",
            (),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap()
}

#[test]
fn the_operator_is_named_by_the_os_not_by_environment_variables() {
    let env = Env::init();
    let me = operator();
    assert!(me.starts_with("os:") && me != "os:tester", "{me}");
    env.add_user("bob", "user");
    env.command()
        .env("LOGNAME", "mallory")
        .env("USER", "mallory")
        .args(["user", "add", "carl", "--invite"])
        .output()
        .unwrap();
    assert_eq!(last_audit(&env).0, me);

    // sudo's original user is recorded beside it when SUDO_UID names the same
    // account; a SUDO_USER that does not match SUDO_UID is ignored.
    let daemon_uid = nix::unistd::User::from_name("daemon")
        .unwrap()
        .map(|u| u.uid);
    for (sudo_user, sudo_uid, expected) in [
        (
            "daemon",
            daemon_uid.map(|u| u.to_string()),
            Some(format!("{me} (sudo: daemon)")),
        ),
        ("daemon", Some("4000000".to_string()), Some(me.clone())),
    ] {
        let (Some(uid), Some(expected)) = (sudo_uid, expected) else {
            continue; // no daemon account on this system
        };
        if expected == format!("{me} (sudo: daemon)") && me == "os:daemon" {
            continue;
        }
        let out = env
            .command()
            .env("SUDO_USER", sudo_user)
            .env("SUDO_UID", &uid)
            .args(["user", "deactivate", "bob"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        assert_eq!(last_audit(&env).1, "user.deactivate");
        assert_eq!(last_audit(&env).0, expected);
        env.run(&["user", "activate", "bob"]).ok();
    }
}

#[test]
fn failed_as_attempts_are_audited_and_still_refused_after_the_delay() {
    let env = Env::init();
    env.add_user("mod", "moderator");
    env.run(&["user", "deactivate", "mod"]).ok();
    for (who, password, reason) in [
        ("root", "not the right password at all", "wrong-password"),
        (
            "nobody",
            "whatever it is that they typed",
            "unknown-account",
        ),
        ("mod", GOOD_PASSWORD, "not-active"),
    ] {
        let before = env.count("SELECT count(*) FROM audit_log");
        let started = Instant::now();
        let run = env.run_as(who, password, &["user", "list"], "");
        run.code(6);
        assert!(
            started.elapsed() >= Duration::from_secs(1),
            "no delay for {who}"
        );
        assert!(
            run.stderr
                .contains(&format!("authentication failed for '{who}'")),
            "{}",
            run.stderr
        );
        assert_eq!(run.stdout, "");
        assert_eq!(env.count("SELECT count(*) FROM audit_log"), before + 1);
        let (actor, action, target, details) = last_audit(&env);
        assert_eq!(
            (actor.as_str(), action.as_str(), target.as_str()),
            (operator().as_str(), "auth.failed", who)
        );
        let details: serde_json::Value = serde_json::from_str(&details).unwrap();
        assert_eq!(details["reason"], reason);
        assert!(!details.to_string().contains(password));
    }
    // A dry run is still an attempt: audited. The chain stays intact.
    env.run_as(
        "root",
        "wrong wrong wrong wrong",
        &["--dry-run", "user", "deactivate", "mod"],
        "",
    )
    .code(6);
    assert_eq!(last_audit(&env).1, "auth.failed");
    env.run(&["audit", "verify"]).ok();
    // The right password still works, and is not an audited failure.
    let before = env.count("SELECT count(*) FROM audit_log WHERE action = 'auth.failed'");
    env.run_as("root", crate::common::ROOT_PASSWORD, &["user", "list"], "")
        .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'auth.failed'"),
        before
    );
}
