//! The security rules end to end: who may act on whom, locked databases, lockouts,
//! terminal escapes, and the files `--db` may name.

use crate::common::{Env, GOOD_PASSWORD, ROOT_PASSWORD};
use crate::lifecycle::dump;

fn root_hash(env: &Env) -> String {
    env.sql()
        .query_row(
            "SELECT password_hash FROM users WHERE username = 'root'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// The takeover of the report: an account holding only `users.manage` set root's
/// password and made itself a key of root's. Every verb on a more privileged
/// account is now refused with exit 6 and writes nothing.
#[test]
fn users_manage_alone_cannot_take_over_an_admin() {
    let env = Env::init();
    env.run(&["role", "create", "mgr", "--permission", "users.manage"])
        .ok();
    env.add_user("mgr1", "mgr");
    env.add_user("mgr2", "mgr");
    let hash = root_hash(&env);
    let before = dump(&env);

    let run = env.run_as(
        "mgr1",
        GOOD_PASSWORD,
        &["user", "passwd", "root", "--password-stdin"],
        "attacker chosen passphrase 1234\n",
    );
    run.code(6);
    assert!(
        run.stderr
            .contains("'mgr1' may not act on 'root', which holds permissions 'mgr1' lacks"),
        "{}",
        run.stderr
    );
    let run = env.run_as(
        "mgr1",
        GOOD_PASSWORD,
        &["key", "create", "root", "--label", "backdoor"],
        "",
    );
    run.code(6);
    assert!(!run.stdout.contains("uk_"), "{}", run.stdout);
    assert_eq!(root_hash(&env), hash);
    assert_eq!(env.count("SELECT count(*) FROM api_keys"), 0);

    // Nor anything else done to an admin, a deactivated one included.
    std::fs::write(
        env.dir.path().join("in.csv"),
        "username,email\nroot,mgr1@evil.test\n",
    )
    .unwrap();
    for args in [
        &["user", "deactivate", "root"][..],
        &["user", "delete", "root", "--yes"],
        &["user", "reset-2fa", "root"],
        &["user", "edit", "root", "--email", "mgr1@evil.test"],
        &["user", "verify", "root", "--password-stdin"],
        &["session", "revoke", "--user", "root", "--yes"],
        &["import-csv", "in.csv"],
    ] {
        let run = env.run_as("mgr1", GOOD_PASSWORD, args, &format!("{ROOT_PASSWORD}\n"));
        run.code(6);
        assert!(
            run.stderr.starts_with("error: "),
            "{args:?}: {}",
            run.stderr
        );
        assert_eq!(dump(&env), before, "{args:?} wrote something");
    }

    // An account holding no more than mgr1 is fair game; acting on oneself too.
    env.run_as(
        "mgr1",
        GOOD_PASSWORD,
        &["user", "passwd", "mgr2", "--password-stdin"],
        "a brand new passphrase for mgr two\n",
    )
    .ok();
    env.run_as(
        "mgr1",
        GOOD_PASSWORD,
        &["key", "create", "mgr1", "--label", "own"],
        "",
    )
    .ok();
    // A deactivated admin is still an admin: mgr1 cannot bring it back.
    env.add_user("ada", "admin");
    env.run(&["user", "deactivate", "ada"]).ok();
    env.run_as("mgr1", GOOD_PASSWORD, &["user", "activate", "ada"], "")
        .code(6);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'ada' AND status = 'inactive'"),
        1
    );
}
