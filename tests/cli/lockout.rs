//! Failed logins: `user verify` and `--as` count them and honour the lock like the
//! application; `user unlock`, `user list --locked`, `stats`; `recover`, an admin's
//! `user passwd` and `user activate` clear the lock. On both engines.

use crate::common::{engine, operator, Engine, Env, GOOD_PASSWORD, ROOT_PASSWORD};

/// A lock far ahead, written as an application would.
const FAR: &str = "2999-01-01T00:00:00Z";

fn failed_logins(env: &Env, name: &str) -> i64 {
    env.count(&format!(
        "SELECT CAST(failed_logins AS BIGINT) FROM users WHERE username = '{name}'"
    ))
}

fn is_locked_in_db(env: &Env, name: &str) -> bool {
    env.count(&format!(
        "SELECT count(*) FROM users WHERE username = '{name}' AND locked_until IS NOT NULL"
    )) == 1
}

/// Locks accounts as the application would after `n` failures.
fn lock(env: &Env, name: &str, until: &str, n: i64) {
    env.sql()
        .execute(
            &format!(
                "UPDATE users SET failed_logins = {n}, locked_until = '{until}' \
                 WHERE username = '{name}'"
            ),
            (),
        )
        .unwrap();
}

fn audit_count(env: &Env, action: &str, target: &str) -> i64 {
    env.count(&format!(
        "SELECT count(*) FROM audit_log WHERE action = '{action}' AND target = '{target}'"
    ))
}

fn verify(env: &Env, name: &str, password: &str) -> crate::common::Run {
    env.run_stdin(
        &["user", "verify", name, "--password-stdin"],
        &format!("{password}\n"),
    )
}

#[test]
fn the_lockout_settings_are_stored_and_bounded() {
    let env = Env::init();
    assert_eq!(
        env.count(
            "SELECT count(*) FROM settings WHERE (key = 'lockout.max_failures' AND value = '10') \
             OR (key = 'lockout.minutes' AND value = '15')"
        ),
        2
    );
    env.run(&["config", "set", "lockout.max_failures", "0"])
        .code(7);
    env.run(&["config", "set", "lockout.minutes", "soon"])
        .code(7);
    env.run(&["config", "set", "lockout.minutes", "30"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM settings WHERE key = 'lockout.minutes' AND value = '30'"),
        1
    );
}

#[test]
fn wrong_passwords_lock_the_right_one_is_refused_and_the_lock_ends_by_itself() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.run(&["config", "set", "lockout.max_failures", "3"])
        .ok();

    for n in 1..=2 {
        let run = verify(&env, "bob", "not the password at all");
        run.code(6);
        assert_eq!(run.stderr, "error: wrong password for bob\n");
        assert_eq!(failed_logins(&env, "bob"), n);
        assert!(!is_locked_in_db(&env, "bob"));
    }
    // The third locks, and says until when.
    let run = verify(&env, "bob", "not the password at all");
    run.code(6);
    assert!(
        run.stderr.starts_with(
            "error: wrong password for bob; after 3 failed logins it is locked until 2"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`userctl user unlock bob`"),
        "{}",
        run.stderr
    );
    assert_eq!(failed_logins(&env, "bob"), 3);
    assert!(is_locked_in_db(&env, "bob"));
    assert_eq!(audit_count(&env, "user.lock", "bob"), 1);

    // While locked the right password is refused without being checked.
    let run = verify(&env, "bob", GOOD_PASSWORD);
    run.code(6);
    assert!(
        run.stderr.starts_with("error: user bob is locked until 2"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("after 3 failed logins and may not log in"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, "");
    assert_eq!(failed_logins(&env, "bob"), 3);

    // The list, show and stats see the lock.
    let listed = env.run(&["--format", "json", "user", "list", "--locked"]);
    listed.ok();
    let rows = listed.json();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["username"], "bob");
    assert_eq!(rows[0]["failed_logins"], 3);
    assert!(rows[0]["locked_until"].as_str().unwrap().ends_with('Z'));
    let shown = env.run(&["--format", "json", "user", "show", "bob"]);
    shown.ok();
    assert_eq!(shown.json()["locked_until"], rows[0]["locked_until"]);

    // The lock passes (as time would): it ends by itself, and a right password resets
    // the count.
    lock(&env, "bob", "2020-01-01T00:00:00Z", 3);
    let listed = env.run(&["--format", "json", "user", "list", "--locked"]);
    listed.ok();
    assert_eq!(listed.json(), serde_json::json!([]));
    let run = verify(&env, "bob", GOOD_PASSWORD);
    run.ok();
    assert_eq!(run.stdout, "password verified for bob\n");
    assert_eq!(failed_logins(&env, "bob"), 0);
    assert!(!is_locked_in_db(&env, "bob"));
}

#[test]
fn a_wrong_password_after_a_passed_lock_starts_the_count_again() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.run(&["config", "set", "lockout.max_failures", "2"])
        .ok();
    lock(&env, "bob", "2020-01-01T00:00:00Z", 2);
    verify(&env, "bob", "not the password at all").code(6);
    assert_eq!(failed_logins(&env, "bob"), 1);
    assert!(!is_locked_in_db(&env, "bob"));
}

#[test]
fn as_authentication_counts_failures_and_honours_the_lock() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.run(&["config", "set", "lockout.max_failures", "2"])
        .ok();
    let show = ["user", "show", "bob"];

    let run = env.run_as("bob", "not the password at all", &show, "");
    run.code(6);
    assert_eq!(run.stderr, "error: authentication failed for 'bob'\n");
    assert_eq!(failed_logins(&env, "bob"), 1);
    // A success resets the count.
    env.run_as("bob", GOOD_PASSWORD, &show, "").ok();
    assert_eq!(failed_logins(&env, "bob"), 0);

    env.run_as("bob", "not the password at all", &show, "")
        .code(6);
    let run = env.run_as("bob", "not the password at all", &show, "");
    run.code(6);
    assert!(
        run.stderr.starts_with(
            "error: authentication failed for 'bob'; too many failed logins: the account is locked until 2"
        ),
        "{}",
        run.stderr
    );
    assert!(is_locked_in_db(&env, "bob"));

    // Locked: the right password is refused, saying until when, and not counted.
    let run = env.run_as("bob", GOOD_PASSWORD, &show, "");
    run.code(6);
    assert!(
        run.stderr
            .starts_with("error: authentication failed for 'bob': the account is locked until 2"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("after too many failed logins"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, "");
    assert_eq!(failed_logins(&env, "bob"), 2);

    // Every failure is audited by the operator, the lock's with its reason.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'auth.failed' AND target = 'bob' \
             AND actor = '{}'",
            operator()
        )),
        4
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE action = 'auth.failed' AND target = 'bob' \
             AND CAST(details AS TEXT) LIKE '%\"locked\"%'"
        ),
        1
    );

    // Unlocked, bob logs in again.
    env.run(&["user", "unlock", "bob"]).ok();
    env.run_as("bob", GOOD_PASSWORD, &show, "").ok();
}

#[test]
fn unlock_is_bulk_dry_runnable_audited_and_in_every_format() {
    let env = Env::init();
    for name in ["bob", "carol", "dave"] {
        env.add_user(name, "user");
    }
    lock(&env, "bob", FAR, 10);
    lock(&env, "carol", FAR, 12);
    // dave has failures counted but no lock.
    env.sql()
        .execute(
            "UPDATE users SET failed_logins = 4 WHERE username = 'dave'",
            (),
        )
        .unwrap();

    let listed = env.run(&[
        "--format", "json", "user", "list", "--locked", "--sort", "username",
    ]);
    listed.ok();
    let names: Vec<_> = listed
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["bob", "carol"]);
    let stats = env.run(&["--format", "json", "stats"]);
    stats.ok();
    assert_eq!(stats.json()["locked"], 2);
    let table = env.run(&["stats"]);
    table.ok();
    assert!(
        table
            .stdout
            .lines()
            .any(|l| l.contains("locked") && l.contains(" 2 ")),
        "{}",
        table.stdout
    );

    // A dry run says what it would do and changes nothing.
    let run = env.run(&["--dry-run", "user", "unlock", "bob", "carol"]);
    run.ok();
    assert_eq!(
        run.stdout,
        format!(
            "dry run: would have unlocked user bob (was locked until {FAR} after 10 failed logins)\n\
             dry run: would have unlocked user carol (was locked until {FAR} after 12 failed logins)\n"
        )
    );
    assert!(is_locked_in_db(&env, "bob") && is_locked_in_db(&env, "carol"));
    assert_eq!(audit_count(&env, "user.unlock", "bob"), 0);

    // From a file, in JSON: one object per account.
    std::fs::write(
        env.dir.path().join("locked.txt"),
        "bob\n# a comment\ncarol\ndave\n",
    )
    .unwrap();
    let run = env.run(&["--format", "json", "user", "unlock", "--from", "locked.txt"]);
    run.ok();
    let lines = run.json_lines();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["target"], "bob");
    assert_eq!(lines[0]["result"], "updated");
    assert_eq!(lines[0]["details"]["failed_logins"], 10);
    assert_eq!(lines[0]["details"]["locked_until"], FAR);
    assert_eq!(lines[1]["details"]["failed_logins"], 12);
    assert_eq!(lines[2]["target"], "dave");
    assert_eq!(lines[2]["details"]["failed_logins"], 4);
    assert_eq!(lines[2]["details"]["locked_until"], serde_json::Value::Null);
    assert_eq!(
        lines[2]["message"],
        "reset the 4 failed login(s) of user dave; it was not locked"
    );
    for name in ["bob", "carol", "dave"] {
        assert!(!is_locked_in_db(&env, name), "{name}");
        assert_eq!(failed_logins(&env, name), 0, "{name}");
        assert_eq!(audit_count(&env, "user.unlock", name), 1, "{name}");
    }
    let stats = env.run(&["--format", "json", "stats"]);
    assert_eq!(stats.json()["locked"], 0);

    // Nothing to do: unchanged, not audited (CSV reports a change as every verb does).
    let run = env.run(&["--format", "csv", "user", "unlock", "bob"]);
    run.ok();
    assert_eq!(
        run.stdout,
        "user bob is not locked and has no failed logins; nothing changed\n"
    );
    assert_eq!(audit_count(&env, "user.unlock", "bob"), 1);

    // Every account locked now, by filter; an unknown name refuses the lot.
    lock(&env, "carol", FAR, 10);
    let run = env.run(&["user", "unlock", "--all-matching", "--locked"]);
    run.ok();
    assert_eq!(
        run.stdout,
        format!("unlocked user carol (was locked until {FAR} after 10 failed logins)\n")
    );
    lock(&env, "carol", FAR, 10);
    env.run(&["user", "unlock", "carol", "nobody"]).code(3);
    assert!(is_locked_in_db(&env, "carol"));
    // Not for an account without users.manage.
    env.run_as("bob", GOOD_PASSWORD, &["user", "unlock", "carol"], "")
        .code(6);
    assert!(is_locked_in_db(&env, "carol"));
}

#[test]
fn recover_an_admins_passwd_and_activate_clear_the_lock_and_say_so() {
    let env = Env::init();
    for name in ["bob", "carol", "dave"] {
        env.add_user(name, "user");
        lock(&env, name, FAR, 10);
    }
    lock(&env, "root", FAR, 10);

    let run = env.run_stdin(
        &["user", "passwd", "bob", "--password-stdin"],
        "a brand new passphrase for him\n",
    );
    run.ok();
    assert!(
        run.stdout.contains(&format!(
            "; cleared its lock after 10 failed logins (was locked until {FAR})"
        )),
        "{}",
        run.stdout
    );
    assert!(!is_locked_in_db(&env, "bob"));
    assert_eq!(failed_logins(&env, "bob"), 0);

    // An active account that is locked: activating lets it log in.
    let run = env.run(&["user", "activate", "carol"]);
    run.ok();
    assert_eq!(
        run.stdout,
        format!(
            "user carol is already active; cleared its lock after 10 failed logins (was locked until {FAR})\n"
        )
    );
    assert!(!is_locked_in_db(&env, "carol"));
    // Deactivated as the application would (one statement, either engine).
    env.sql()
        .execute(
            "UPDATE users SET status = 'inactive' WHERE username = 'dave'",
            (),
        )
        .unwrap();
    let run = env.run(&["user", "activate", "dave"]);
    run.ok();
    assert!(
        run.stdout
            .starts_with("activated user dave; cleared its lock"),
        "{}",
        run.stdout
    );
    assert!(!is_locked_in_db(&env, "dave"));
    let run = env.run(&["user", "activate", "dave"]);
    run.ok();
    assert!(run.stdout.contains("nothing changed"), "{}", run.stdout);

    // The locked admin is still an admin (the guard counts it); recover ends the lock.
    let stats = env.run(&["--format", "json", "stats"]);
    assert_eq!(stats.json()["admins"], 1);
    if engine() == Engine::Postgres {
        // `recover` opens SQLite files only so far.
        return;
    }
    let run = env.run(&["recover", "--promote", "root"]);
    run.ok();
    assert!(
        run.stdout.contains(&format!(
            "cleared its lock after 10 failed logins (was locked until {FAR})"
        )),
        "{}",
        run.stdout
    );
    assert!(!is_locked_in_db(&env, "root"));
    verify(&env, "root", ROOT_PASSWORD).ok();
}

/// The application guide's "Failed logins" statement, run against a database userctl
/// wrote: it counts, locks at the setting, and userctl honours that lock.
#[test]
fn the_application_guides_failed_login_sql_locks_as_userctl_does() {
    let (section, blocks) = crate::common::guide_sql("Failed logins");
    let mut sql = blocks[0].replace(":id", "?1");
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if engine() == Engine::Postgres {
        // The guide's PostgreSQL form of the lock's end.
        let pg_end = "now() + make_interval(mins => (SELECT CAST(value AS INTEGER) FROM settings \
                      WHERE key = 'lockout.minutes'))";
        assert!(flat(&section).contains(&flat(pg_end)));
        let from = sql.find("strftime(").unwrap();
        let to = sql.find("' minutes')").unwrap() + "' minutes')".len();
        sql.replace_range(from..to, pg_end);
    }

    let env = Env::init();
    env.add_user("bob", "user");
    env.run(&["config", "set", "lockout.max_failures", "2"])
        .ok();
    let id = env.count("SELECT id FROM users WHERE username = 'bob'");
    let conn = env.sql();
    conn.execute(&sql, [id]).unwrap();
    assert_eq!(failed_logins(&env, "bob"), 1);
    assert!(!is_locked_in_db(&env, "bob"));
    conn.execute(&sql, [id]).unwrap();
    assert_eq!(failed_logins(&env, "bob"), 2);
    // The guide's check says locked, and so does userctl.
    let check = match engine() {
        Engine::Sqlite => {
            "SELECT count(*) FROM users WHERE username = 'bob' AND locked_until IS NOT NULL \
             AND unixepoch(locked_until) > unixepoch()"
        }
        Engine::Postgres => {
            "SELECT count(*) FROM users WHERE username = 'bob' AND locked_until > now()"
        }
    };
    assert_eq!(env.count(check), 1);
    let run = verify(&env, "bob", GOOD_PASSWORD);
    run.code(6);
    assert!(run.stderr.contains("is locked until"), "{}", run.stderr);
    // Fifteen minutes ahead, as the setting says (within a minute of slack).
    let ahead = env.count(match engine() {
        Engine::Sqlite => {
            "SELECT unixepoch(locked_until) - unixepoch() FROM users WHERE username = 'bob'"
        }
        Engine::Postgres => {
            "SELECT CAST(EXTRACT(EPOCH FROM locked_until - now()) AS BIGINT) FROM users \
             WHERE username = 'bob'"
        }
    });
    assert!((14 * 60..=15 * 60).contains(&ahead), "{ahead}");
    // After a passed lock the statement starts the count again.
    lock(&env, "bob", "2020-01-01T00:00:00Z", 2);
    conn.execute(&sql, [id]).unwrap();
    assert_eq!(failed_logins(&env, "bob"), 1);
    assert_eq!(env.count(check), 0);
}
