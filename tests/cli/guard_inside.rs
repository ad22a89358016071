//! `db guard install|remove`: the last-manager guard inside the database. On
//! PostgreSQL a constraint trigger deferred to commit refuses the application's own
//! transactions too; SQLite has none (exit 2, naming why).

use std::process::Stdio;
use std::time::Duration;

use crate::common::{engine, Engine, Env};

/// The accounts the guard counts, in the guard's own terms (see
/// docs/application-guide.md): active person accounts with a password and no expiry
/// date whose role holds users.manage (these tests use no groups or grants).
const MANAGERS: &str = "SELECT count(*) FROM users u WHERE u.status = 'active' \
    AND u.kind = 'person' AND u.password_hash IS NOT NULL AND u.expires_at IS NULL \
    AND u.role IN (SELECT role FROM role_permissions WHERE permission = 'users.manage')";

fn guard_finding(env: &Env) -> serde_json::Value {
    let run = env.run(&["db", "check", "--format", "json"]);
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "guard")
        .cloned()
        .unwrap_or_else(|| panic!("no guard finding: {}", run.stdout))
}

#[test]
fn on_sqlite_the_guard_is_refused_with_exit_2_naming_why() {
    if engine() != Engine::Sqlite {
        return;
    }
    let env = Env::init();
    for verb in ["install", "remove"] {
        let run = env.run(&["db", "guard", verb]);
        run.code(2);
        assert!(run.stdout.is_empty(), "{run:?}");
        assert!(
            run.stderr.contains("needs PostgreSQL") && run.stderr.contains("SQLite"),
            "{}",
            run.stderr
        );
    }
    let finding = guard_finding(&env);
    assert_eq!(finding["status"], "ok");
    assert!(
        finding["detail"].as_str().unwrap().contains("SQLite"),
        "{finding}"
    );
}

#[test]
fn install_is_idempotent_audited_and_reported_by_db_check_and_remove_takes_it_away() {
    if engine() != Engine::Postgres {
        return;
    }
    let env = Env::init();
    let finding = guard_finding(&env);
    assert!(
        finding["detail"]
            .as_str()
            .unwrap()
            .starts_with("not installed"),
        "{finding}"
    );

    let dry = env.run(&["--dry-run", "db", "guard", "install"]);
    dry.ok();
    assert_eq!(
        env.count("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'userctl_guard%'"),
        0
    );

    let run = env.run(&["db", "guard", "install"]);
    run.ok();
    assert!(run.stdout.contains("installed the guard"), "{}", run.stdout);
    // A constraint trigger and a statement trigger on each of five tables.
    assert_eq!(
        env.count("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'userctl_guard%'"),
        10
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM pg_trigger WHERE tgname = 'userctl_guard' \
             AND tgdeferrable AND tginitdeferred AND tgconstraint <> 0"
        ),
        5
    );
    // A fixed search_path on both functions; owned by the tables' owner.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM pg_proc p, pg_class c WHERE c.oid = 'users'::regclass \
             AND p.proname LIKE 'userctl_guard%' AND p.proowner = c.relowner \
             AND array_to_string(p.proconfig, ',') LIKE 'search_path=%'"
        ),
        2
    );
    let again = env.run(&["db", "guard", "install"]);
    again.ok();
    assert!(
        again.stdout.contains("installed already"),
        "{}",
        again.stdout
    );
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'db.guard.install'"),
        1
    );
    let finding = guard_finding(&env);
    assert_eq!(finding["status"], "ok");
    assert!(
        finding["detail"].as_str().unwrap().starts_with("installed"),
        "{finding}"
    );

    // One trigger dropped by hand: db check fails and names it; install repairs it.
    env.sql()
        .execute_batch("DROP TRIGGER userctl_guard ON group_members")
        .unwrap();
    let check = env.run(&["db", "check"]);
    check.code(9);
    assert!(
        check
            .stdout
            .contains("userctl_guard on group_members is missing"),
        "{}",
        check.stdout
    );
    env.run(&["db", "guard", "install"]).ok();
    env.run(&["db", "check"]).ok();

    let removed = env.run(&["db", "guard", "remove"]);
    removed.ok();
    assert!(
        removed.stdout.contains("removed the guard"),
        "{}",
        removed.stdout
    );
    assert_eq!(
        env.count("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'userctl_guard%'")
            + env.count("SELECT count(*) FROM pg_proc WHERE proname LIKE 'userctl_guard%'"),
        0
    );
    env.run(&["db", "guard", "remove"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'db.guard.remove'"),
        1
    );
    env.run(&["audit", "verify"]).ok();
}

#[test]
fn the_applications_own_transaction_that_demotes_the_last_admin_fails_at_commit_naming_the_rule() {
    if engine() != Engine::Postgres {
        return;
    }
    let env = Env::init();
    env.run(&["db", "guard", "install"]).ok();
    env.add_user("ann", "user");
    let app = env.sql();
    // Each statement goes through; the transaction is refused when it commits.
    app.execute_batch("BEGIN").unwrap();
    app.execute_batch("UPDATE users SET role = 'user' WHERE username = 'root'")
        .unwrap();
    app.execute_batch("UPDATE users SET role = 'admin' WHERE username = 'ann'")
        .unwrap();
    app.execute_batch("UPDATE users SET status = 'inactive' WHERE username = 'ann'")
        .unwrap();
    let err = app.execute_batch("COMMIT").unwrap_err();
    // userctl words the refusal as its own guard's (exit 5), should it ever meet it.
    assert_eq!(userctl::error::exit_code(&err), 5);
    let text = format!("{err:#}");
    assert!(
        text.contains("userctl guard: this transaction would leave no active manager"),
        "{text}"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'root' AND role = 'admin'"),
        1
    );
    // Deleting the last admin, or denying it users.manage, is refused the same way.
    for change in [
        "DELETE FROM users WHERE username = 'root'",
        "INSERT INTO user_permissions (user_id, permission, effect, created_at) \
         SELECT id, 'users.manage', 'deny', now() FROM users WHERE username = 'root'",
        "DELETE FROM role_permissions WHERE role = 'admin' AND permission = 'users.manage'",
        "UPDATE users SET password_hash = NULL WHERE username = 'root'",
    ] {
        let err = app.execute_batch(change).unwrap_err();
        assert!(
            format!("{err:#}").contains("no active manager"),
            "{change}: {err:#}"
        );
    }
    // A transaction that hands management over passes.
    app.execute_batch(
        "BEGIN; UPDATE users SET role = 'admin' WHERE username = 'ann'; \
         UPDATE users SET role = 'user' WHERE username = 'root'; COMMIT",
    )
    .unwrap();
    assert_eq!(env.count(MANAGERS), 1);
    // Once removed, the application's writes are its own business again.
    env.run(&["db", "guard", "remove"]).ok();
    app.execute_batch("UPDATE users SET role = 'user' WHERE username = 'ann'")
        .unwrap();
    assert_eq!(env.count(MANAGERS), 0);
}

#[test]
fn an_application_transaction_racing_userctl_never_leaves_zero_managers() {
    if engine() != Engine::Postgres {
        return;
    }
    let env = Env::init();
    env.add_user("ann", "admin");
    env.run(&["db", "guard", "install"]).ok();
    let app = env.sql();
    let mut refused_app = 0;
    let mut refused_userctl = 0;
    for race in 0..20u64 {
        // The application's naive demotion, uncommitted while userctl demotes the other.
        app.execute_batch("BEGIN; UPDATE users SET role = 'user' WHERE username = 'root'")
            .unwrap();
        let child = env
            .command()
            .args(["user", "role", "ann", "user"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(race * 3));
        if app.execute_batch("COMMIT").is_err() {
            refused_app += 1;
            let _ = app.execute_batch("ROLLBACK");
        }
        let out = child.wait_with_output().unwrap();
        if !out.status.success() {
            refused_userctl += 1;
            assert_eq!(
                out.status.code(),
                Some(5),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert!(env.count(MANAGERS) >= 1, "race {race}: no manager left");
        app.execute_batch("UPDATE users SET role = 'admin' WHERE username IN ('root', 'ann')")
            .unwrap();
    }
    // Every race had a loser: one of the two demotions was refused each time.
    assert_eq!(
        refused_app + refused_userctl,
        20,
        "{refused_app} {refused_userctl}"
    );
}

#[test]
fn two_application_transactions_each_demoting_one_of_the_last_two_admins_cannot_both_commit() {
    if engine() != Engine::Postgres {
        return;
    }
    let env = Env::init();
    env.add_user("ann", "admin");
    env.run(&["db", "guard", "install"]).ok();
    for isolation in ["READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"] {
        let (one, two) = (env.sql(), env.sql());
        one.execute_batch(&format!(
            "BEGIN ISOLATION LEVEL {isolation}; UPDATE users SET role = 'user' WHERE username = 'root'"
        ))
        .unwrap();
        two.execute_batch(&format!(
            "BEGIN ISOLATION LEVEL {isolation}; UPDATE users SET role = 'user' WHERE username = 'ann'"
        ))
        .unwrap();
        one.execute_batch("COMMIT").unwrap();
        let err = two.execute_batch("COMMIT").unwrap_err();
        let text = format!("{err:#}");
        assert!(
            text.contains("no active manager") || text.contains("could not serialize"),
            "{isolation}: {text}"
        );
        assert_eq!(env.count(MANAGERS), 1, "{isolation}");
        env.sql()
            .execute_batch("UPDATE users SET role = 'admin' WHERE username IN ('root', 'ann')")
            .unwrap();
    }
}

#[test]
fn with_the_guard_installed_recover_still_makes_a_manager_when_none_is_left() {
    if engine() != Engine::Postgres {
        return;
    }
    let env = Env::init();
    env.run(&["db", "guard", "install"]).ok();
    // As a restore with triggers off can leave it: no manager at all.
    env.sql()
        .execute_batch(
            "SET session_replication_role = replica; UPDATE users SET role = 'user'; \
             SET session_replication_role = origin",
        )
        .unwrap();
    assert_eq!(env.count(MANAGERS), 0);
    // Any other change to who manages is refused until then.
    let err = env
        .sql()
        .execute_batch("UPDATE users SET status = 'inactive' WHERE username = 'root'")
        .unwrap_err();
    assert!(format!("{err:#}").contains("no active manager"), "{err:#}");
    env.run(&["recover", "--promote", "root"]).ok();
    assert_eq!(env.count(MANAGERS), 1);
    env.run(&["db", "check"]).ok();
}
