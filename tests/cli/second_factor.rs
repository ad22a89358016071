//! Second factors: the settings `2fa.required` and `2fa.grace_days`, who the policy
//! applies to and since when, `user list --2fa`, `stats`, recovery codes, `user
//! reset-2fa`, and the last-admin guard that does not count a manager past the grace
//! period without a second factor. On both engines.

use sha2::{Digest, Sha256};

use crate::common::{engine, Engine, Env, GOOD_PASSWORD};

/// A second factor, as the application stores one.
fn enrol(env: &Env, name: &str) {
    env.sql()
        .execute(
            &format!("UPDATE users SET totp_secret = 'JBSWY3DPEHPK3PXP' WHERE username = '{name}'"),
            (),
        )
        .unwrap();
}

/// Moves the start of an account's grace period back to a date long past.
fn long_ago(env: &Env, name: &str) {
    env.sql()
        .execute(
            &format!(
                "UPDATE second_factor_required SET since = '2020-01-01T00:00:00Z' \
                 WHERE user_id = (SELECT id FROM users WHERE username = '{name}')"
            ),
            (),
        )
        .unwrap();
}

fn required(env: &Env, name: &str) -> bool {
    env.count(&format!(
        "SELECT count(*) FROM second_factor_required r JOIN users u ON u.id = r.user_id \
         WHERE u.username = '{name}'"
    )) == 1
}

fn names(env: &Env, args: &[&str]) -> Vec<String> {
    let mut all = vec!["--format", "json", "user", "list", "--sort", "username"];
    all.extend_from_slice(args);
    let run = env.run(&all);
    run.ok();
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect()
}

fn strings(env: &Env, sql: &str) -> Vec<String> {
    let conn = env.sql();
    let mut stmt = conn.prepare(sql).unwrap();
    let rows = stmt.query_map((), |r| r.get::<String>(0)).unwrap();
    rows.map(Result::unwrap).collect()
}

fn sha256_hex(text: &str) -> String {
    use std::fmt::Write;
    Sha256::digest(text.as_bytes())
        .iter()
        .fold(String::new(), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

#[test]
fn the_policy_settings_are_stored_validated_and_normalised() {
    let env = Env::init();
    assert_eq!(
        env.count(
            "SELECT count(*) FROM settings WHERE (key = '2fa.required' AND value = 'none') \
             OR (key = '2fa.grace_days' AND value = '7')"
        ),
        2
    );
    for bad in ["some", "role:", "role:nope", "group:nobody", "admins,all"] {
        let run = env.run(&["config", "set", "2fa.required", bad]);
        run.code(7);
        assert!(
            run.stderr.contains("invalid 2fa.required"),
            "{bad}: {}",
            run.stderr
        );
    }
    env.run(&["config", "set", "2fa.grace_days", "3651"])
        .code(7);
    env.run(&["config", "set", "2fa.grace_days", "a week"])
        .code(7);
    env.run(&["group", "create", "ops"]).ok();
    let run = env.run(&["config", "set", "2fa.required", " Role:User, admin,user "]);
    run.ok();
    assert_eq!(
        run.stdout,
        "set 2fa.required = role:user,admin (was none)\n"
    );
    env.run(&["config", "set", "2fa.required", "group:ops"])
        .ok();
    assert_eq!(
        env.count(
            "SELECT count(*) FROM settings WHERE key = '2fa.required' AND value = 'group:ops'"
        ),
        1
    );
}

#[test]
fn the_policy_applies_from_when_it_starts_to_and_list_and_stats_show_who_is_behind() {
    let env = Env::init();
    env.add_user("alice", "admin");
    env.add_user("bob", "user");
    env.add_user("carol", "user");
    enrol(&env, "alice");
    assert_eq!(names(&env, &["--2fa", "on"]), ["alice"]);
    assert_eq!(names(&env, &["--2fa", "off"]), ["bob", "carol", "root"]);
    // No policy: nobody is required, nobody is behind.
    assert_eq!(env.count("SELECT count(*) FROM second_factor_required"), 0);

    env.run(&["config", "set", "2fa.required", "admins"]).ok();
    assert!(required(&env, "root") && required(&env, "alice"));
    assert!(!required(&env, "bob"));
    // Within the grace period: required, not overdue.
    assert!(names(&env, &["--2fa", "overdue"]).is_empty());
    let stats = env.run(&["--format", "json", "stats"]);
    assert_eq!(stats.json()["users_missing_required_2fa"], 1);
    assert_eq!(stats.json()["users_2fa_overdue"], 0);

    // A role change brings bob under the policy: his grace starts now, root's stays.
    long_ago(&env, "root");
    env.run(&["user", "role", "bob", "admin"]).ok();
    assert!(required(&env, "bob"));
    assert_eq!(names(&env, &["--2fa", "overdue"]), ["root"]);
    let stats = env.run(&["--format", "json", "stats"]);
    assert_eq!(stats.json()["users_missing_required_2fa"], 2);
    assert_eq!(stats.json()["users_2fa_overdue"], 1);
    let table = env.run(&["stats"]);
    assert!(
        table
            .stdout
            .lines()
            .any(|l| l.contains("users 2fa overdue") && l.contains(" 1 ")),
        "{}",
        table.stdout
    );
    let csv = env.run(&["--format", "csv", "stats"]);
    assert!(
        csv.stdout.contains("users_missing_required_2fa,2"),
        "{}",
        csv.stdout
    );
    // And back out of it: no longer required, the row is gone.
    env.run(&["user", "role", "bob", "user"]).ok();
    assert!(!required(&env, "bob"));

    // A group policy: members only; joining starts the grace period.
    env.run(&["group", "create", "ops"]).ok();
    env.run(&["config", "set", "2fa.required", "group:ops"])
        .ok();
    assert_eq!(env.count("SELECT count(*) FROM second_factor_required"), 0);
    env.run(&["group", "add", "ops", "carol"]).ok();
    assert!(required(&env, "carol") && !required(&env, "root"));
    // --2fa selects accounts for bulk verbs too.
    long_ago(&env, "carol");
    let run = env.run(&[
        "--dry-run",
        "user",
        "deactivate",
        "--all-matching",
        "--2fa",
        "overdue",
    ]);
    run.ok();
    assert!(
        run.stdout.contains("carol") && !run.stdout.contains("root"),
        "{}",
        run.stdout
    );

    // Everyone: person accounts only.
    env.run(&["config", "set", "2fa.required", "all"]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM second_factor_required"),
        env.count("SELECT count(*) FROM users WHERE kind = 'person'")
    );
    env.run(&["config", "set", "2fa.required", "none"]).ok();
    assert_eq!(env.count("SELECT count(*) FROM second_factor_required"), 0);
}

#[test]
fn the_guard_does_not_count_a_manager_past_the_grace_period_without_a_second_factor() {
    let env = Env::init();
    // Requiring it of admins at once would leave root unable to log in: refused.
    env.run(&["config", "set", "2fa.grace_days", "0"]).ok();
    let run = env.run(&["config", "set", "2fa.required", "admins"]);
    run.code(5);
    assert!(run.stderr.contains("last-admin guard"), "{}", run.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM settings WHERE key = '2fa.required' AND value = 'none'"),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM second_factor_required"), 0);
    // The dry run is refused the same way.
    env.run(&["--dry-run", "config", "set", "2fa.required", "admins"])
        .code(5);

    // With a grace period it is allowed; ending the grace period at once is not.
    env.run(&["config", "set", "2fa.grace_days", "7"]).ok();
    env.run(&["config", "set", "2fa.required", "admins"]).ok();
    env.run(&["config", "set", "2fa.grace_days", "0"]).code(5);
    let stats = env.run(&["--format", "json", "stats"]);
    assert_eq!(stats.json()["admins"], 1);

    // Once root has a second factor the grace period may end.
    enrol(&env, "root");
    env.run(&["config", "set", "2fa.grace_days", "0"]).ok();
    // Clearing the last manager's second factor with no grace period: refused.
    let run = env.run(&["user", "reset-2fa", "root"]);
    run.code(5);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE totp_secret IS NOT NULL"),
        1
    );

    // A role or group change that brings the last manager under the policy at once.
    env.add_user("alice", "user");
    env.run(&["group", "create", "ops"]).ok();
    env.run(&["role", "create", "boss", "--permission", "users.manage"])
        .ok();
    env.run(&["config", "set", "2fa.required", "role:boss"])
        .ok();
    env.run(&["user", "role", "alice", "admin"]).ok();
    env.run(&["user", "role", "root", "user"]).ok();
    // alice is the only manager, without a second factor; the policy is role:boss.
    let run = env.run(&["user", "role", "alice", "boss"]);
    run.code(5);
    env.run(&["user", "role", "root", "admin"]).ok();
    env.run(&["config", "set", "2fa.required", "group:ops"])
        .ok();
    env.run(&["user", "role", "root", "user"]).ok();
    env.run(&["group", "add", "ops", "alice"]).code(5);
    assert!(!required(&env, "alice"));

    // Another manager with a second factor remains: allowed.
    env.run(&["user", "role", "root", "admin"]).ok();
    env.run(&["group", "add", "ops", "alice"]).ok();
    assert_eq!(names(&env, &["--2fa", "overdue"]), ["alice"]);
    assert_eq!(env.run(&["--format", "json", "stats"]).json()["admins"], 1);
}

#[test]
fn a_manager_past_the_grace_period_is_no_manager_and_recover_gives_it_time_again() {
    let env = Env::init();
    env.run(&["config", "set", "2fa.required", "admins"]).ok();
    long_ago(&env, "root");
    let stats = env.run(&["--format", "json", "stats"]);
    assert_eq!(stats.json()["admins"], 0);
    assert!(
        stats.stderr.contains("no active admin remains"),
        "{}",
        stats.stderr
    );
    // recover promotes root again: its grace period starts again.
    let run = env.run(&["recover", "--promote", "root"]);
    run.ok();
    assert!(
        run.stdout.contains("started its 2FA grace period again")
            || run.stderr.contains("started its 2FA grace period again"),
        "{}{}",
        run.stdout,
        run.stderr
    );
    assert_eq!(env.run(&["--format", "json", "stats"]).json()["admins"], 1);
    assert!(names(&env, &["--2fa", "overdue"]).is_empty());
}

#[test]
fn recovery_codes_are_shown_once_stored_hashed_replaced_and_reset_with_the_second_factor() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.add_user("carol", "user");
    enrol(&env, "bob");

    // A dry run shows no code and stores none.
    let run = env.run(&["--dry-run", "user", "recovery-codes", "bob", "--generate"]);
    run.ok();
    assert_eq!(
        run.stdout,
        "dry run: would have generated 10 recovery codes for bob\n"
    );
    assert_eq!(env.count("SELECT count(*) FROM recovery_codes"), 0);
    // --generate is required: the codes in use are never shown.
    env.run(&["user", "recovery-codes", "bob"]).code(2);

    // Bulk, in JSON: one object per account with its ten codes.
    let run = env.run(&[
        "--format",
        "json",
        "user",
        "recovery-codes",
        "bob",
        "carol",
        "--generate",
    ]);
    run.ok();
    let lines = run.json_lines();
    assert_eq!(lines.len(), 2);
    let mut shown: Vec<String> = Vec::new();
    for (line, name) in lines.iter().zip(["bob", "carol"]) {
        assert_eq!(line["target"], name);
        assert_eq!(line["result"], "updated");
        assert_eq!(line["details"]["codes"], 10);
        let codes = line["recovery_codes"].as_array().unwrap();
        assert_eq!(codes.len(), 10);
        for code in codes {
            let code = code.as_str().unwrap();
            let plain: String = code.chars().filter(|c| *c != '-').collect();
            assert!(plain.len() >= 10, "{code}");
            assert!(
                plain
                    .chars()
                    .all(|c| "23456789abcdefghjkmnpqrstuvwxyz".contains(c)),
                "{code}"
            );
            shown.push(code.to_string());
        }
    }
    // Only the hashes are stored: the SHA-256 of each code without its dashes.
    let mut stored = strings(
        &env,
        "SELECT code_hash FROM recovery_codes ORDER BY code_hash",
    );
    let mut expected: Vec<String> = shown
        .iter()
        .map(|c| sha256_hex(&c.replace('-', "")))
        .collect();
    stored.sort();
    expected.sort();
    assert_eq!(stored, expected);
    // Never in the audit log, which counts them.
    let audit = strings(
        &env,
        "SELECT details FROM audit_log WHERE action = 'user.recovery-codes' ORDER BY id",
    );
    assert_eq!(audit.len(), 2);
    let all_audit = strings(&env, "SELECT coalesce(details, '') FROM audit_log").join("\n");
    for code in &shown {
        assert!(
            !all_audit.contains(code.as_str()),
            "{code} in the audit log"
        );
        assert!(!all_audit.contains(&code.replace('-', "")));
    }

    // Table and CSV: the sentence, then one line per code; a new set replaces the old.
    let run = env.run(&["user", "recovery-codes", "bob", "--generate"]);
    run.ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "generated 10 recovery codes for bob (its 10 earlier code(s) no longer work)"
    );
    assert_eq!(lines.len(), 11);
    assert!(lines[1..].iter().all(|l| l.starts_with("recovery code: ")));
    let run = env.run(&[
        "-q",
        "--format",
        "csv",
        "user",
        "recovery-codes",
        "carol",
        "--generate",
    ]);
    run.ok();
    assert_eq!(run.stdout.lines().count(), 10, "{}", run.stdout);
    assert_eq!(env.count("SELECT count(*) FROM recovery_codes"), 20);
    let bob_hashes = strings(
        &env,
        "SELECT code_hash FROM recovery_codes r JOIN users u ON u.id = r.user_id \
         WHERE u.username = 'bob'",
    );
    assert!(bob_hashes.iter().all(|h| !expected.contains(h)));

    // reset-2fa clears the second factor and deletes the codes.
    let run = env.run(&["user", "reset-2fa", "bob"]);
    run.ok();
    assert_eq!(
        run.stdout,
        "cleared the second factor of bob and deleted its 10 recovery code(s)\n"
    );
    assert_eq!(env.count("SELECT count(*) FROM recovery_codes"), 10);
    let run = env.run(&["--format", "json", "user", "reset-2fa", "carol"]);
    run.ok();
    assert_eq!(run.json()["details"]["recovery_codes_deleted"], 10);
    assert_eq!(env.count("SELECT count(*) FROM recovery_codes"), 0);
    env.run(&["user", "reset-2fa", "carol"]).ok();

    // Not for a service account, nor for an account without users.manage.
    env.run(&["user", "add", "robot", "--service"]).ok();
    env.run(&["user", "recovery-codes", "robot", "--generate"])
        .code(7);
    env.run_as(
        "bob",
        GOOD_PASSWORD,
        &["user", "recovery-codes", "carol", "--generate"],
        "",
    )
    .code(6);
    assert_eq!(env.count("SELECT count(*) FROM recovery_codes"), 0);
}

#[test]
fn reset_2fa_starts_the_grace_period_again_under_the_policy() {
    let env = Env::init();
    env.add_user("bob", "admin");
    enrol(&env, "bob");
    env.run(&["config", "set", "2fa.required", "admins"]).ok();
    long_ago(&env, "bob");
    let run = env.run(&["user", "reset-2fa", "bob"]);
    run.ok();
    assert_eq!(
        run.stdout,
        "cleared the second factor of bob; 2fa.required applies to it: it has 7 day(s) from \
         now to set one up\n"
    );
    assert!(names(&env, &["--2fa", "overdue"]).is_empty());
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE action = 'user.reset-2fa' AND target = 'bob'"
        ),
        1
    );
}

/// The application guide's "Second factors" statements, run against a database userctl
/// wrote: the policy check says what userctl says, and a recovery code is consumed once.
#[test]
fn the_application_guides_second_factor_sql_agrees_with_userctl() {
    let (section, blocks) = crate::common::guide_sql("Second factors");
    assert_eq!(blocks.len(), 2, "a check and a consume statement");
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (mut check, mut consume) = (blocks[0].replace(":id", "?1"), blocks[1].clone());
    if engine() == Engine::Postgres {
        // The guide's PostgreSQL forms.
        let pg_grace = "r.since + make_interval(days => (SELECT CAST(value AS INTEGER) \
                        FROM settings WHERE key = '2fa.grace_days')) > now()";
        assert!(flat(&section).contains(&flat(pg_grace)), "{section}");
        let from = check.find("unixepoch(r.since)").unwrap();
        let to = check.find("> unixepoch()").unwrap() + "> unixepoch()".len();
        check.replace_range(from..to, pg_grace);
        let pg_now = "used_at = now()";
        assert!(section.contains(pg_now));
        let from = consume.find("used_at = strftime(").unwrap();
        let to = from + consume[from..].find(')').unwrap() + 1;
        consume.replace_range(from..to, pg_now);
    }
    let consume = consume.replace(":id", "?1").replace(":hash", "?2");

    let env = Env::init();
    env.add_user("bob", "admin");
    env.add_user("carol", "user");
    env.run(&["config", "set", "2fa.required", "admins"]).ok();
    let id = |name: &str| env.count(&format!("SELECT id FROM users WHERE username = '{name}'"));
    let state = |name: &str| -> String {
        env.sql()
            .query_row(&check, [id(name)], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(state("carol"), "not required");
    assert_eq!(state("bob"), "grace");
    long_ago(&env, "bob");
    assert_eq!(state("bob"), "overdue");
    assert_eq!(names(&env, &["--2fa", "overdue"]), ["bob"]);
    enrol(&env, "bob");
    assert_eq!(state("bob"), "second factor");

    let run = env.run(&[
        "--format",
        "json",
        "user",
        "recovery-codes",
        "bob",
        "--generate",
    ]);
    run.ok();
    let code = run.json()["recovery_codes"][3]
        .as_str()
        .unwrap()
        .to_string();
    // As typed by a person: upper case, dashes kept; the application normalises.
    let typed = code.to_uppercase();
    let hash = sha256_hex(&typed.replace('-', "").to_lowercase());
    let conn = env.sql();
    let used = |user: i64| -> i64 {
        let mut stmt = conn.prepare(&consume).unwrap();
        let rows = stmt
            .query_map((user, hash.as_str()), |r| r.get::<i64>(0))
            .unwrap();
        i64::try_from(rows.count()).unwrap()
    };
    // Not bob's code for carol; bob's once, then never again.
    assert_eq!(used(id("carol")), 0);
    assert_eq!(used(id("bob")), 1);
    assert_eq!(used(id("bob")), 0);
    assert_eq!(
        env.count("SELECT count(*) FROM recovery_codes WHERE used_at IS NOT NULL"),
        1
    );
}
