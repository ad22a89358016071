//! Impersonation: `session impersonate` (off unless `impersonation.enabled`, the
//! permission `users.impersonate`, suitable targets, never nested, capped), its audit
//! at start and at revoke, `session list --impersonated`, dormant rules that leave it
//! out, and the application's lookup of such a session. On both engines.

use sha2::{Digest, Sha256};

use crate::common::{engine, operator, Engine, Env, GOOD_PASSWORD};

fn sha256_hex(text: &str) -> String {
    use std::fmt::Write;
    Sha256::digest(text.as_bytes())
        .iter()
        .fold(String::new(), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

fn enabled() -> Env {
    let env = Env::init();
    env.run(&["config", "set", "impersonation.enabled", "true"])
        .ok();
    env
}

fn audit_count(env: &Env, action: &str, target: &str) -> i64 {
    env.count(&format!(
        "SELECT count(*) FROM audit_log WHERE action = '{action}' AND target = '{target}'"
    ))
}

fn impersonations(env: &Env) -> i64 {
    env.count("SELECT count(*) FROM sessions WHERE impersonator IS NOT NULL")
}

#[test]
fn impersonation_is_off_until_enabled_and_the_token_is_shown_once_and_stored_hashed() {
    let env = Env::init();
    env.add_user("bob", "user");
    assert_eq!(
        env.count(
            "SELECT count(*) FROM settings WHERE (key = 'impersonation.enabled' AND value = 'false') \
             OR (key = 'impersonation.max_minutes' AND value = '60')"
        ),
        2
    );
    let run = env.run(&["session", "impersonate", "bob", "--reason", "ticket 7"]);
    run.code(6);
    assert!(
        run.stderr.contains("impersonation is off"),
        "{}",
        run.stderr
    );
    env.run(&["config", "set", "impersonation.enabled", "yes"])
        .code(7);
    env.run(&["config", "set", "impersonation.enabled", "true"])
        .ok();

    // A dry run: every check, nothing written, no token.
    let run = env.run(&[
        "--dry-run",
        "session",
        "impersonate",
        "bob",
        "--reason",
        "ticket 7",
    ]);
    run.ok();
    assert!(
        run.stdout.starts_with("dry run: would have opened session"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("sess_"));
    assert_eq!(impersonations(&env), 0);

    // Table: the sentence, then the token once.
    let run = env.run(&["session", "impersonate", "bob", "--reason", "ticket 7"]);
    run.ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(
        lines[0].starts_with("opened session ")
            && lines[0].ends_with(&format!("(impersonation by {})", operator())),
        "{}",
        lines[0]
    );
    let token = lines[1].strip_prefix("session token: ").unwrap();
    assert!(token.starts_with("sess_"));
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM sessions WHERE token_hash = '{}' AND impersonator = '{}' \
             AND impersonation_reason = 'ticket 7'",
            sha256_hex(token),
            operator()
        )),
        1
    );
    // 15 minutes by default (within a minute of slack).
    let ahead = env.count(match engine() {
        Engine::Sqlite => {
            "SELECT unixepoch(expires_at) - unixepoch() FROM sessions WHERE impersonator IS NOT NULL"
        }
        Engine::Postgres => {
            "SELECT CAST(EXTRACT(EPOCH FROM expires_at - now()) AS BIGINT) FROM sessions \
             WHERE impersonator IS NOT NULL"
        }
    });
    assert!((14 * 60..=15 * 60).contains(&ahead), "{ahead}");

    // JSON and CSV carry the token in the one result.
    let run = env.run(&[
        "--format",
        "json",
        "session",
        "impersonate",
        "bob",
        "--reason",
        "ticket 8",
        "--ttl",
        "30m",
    ]);
    run.ok();
    let json = run.json();
    assert_eq!(json["result"], "created");
    assert_eq!(json["details"]["reason"], "ticket 8");
    let second = json["session_token"].as_str().unwrap().to_string();
    let run = env.run(&[
        "--format",
        "csv",
        "session",
        "impersonate",
        "bob",
        "--reason",
        "ticket 9",
    ]);
    run.ok();
    assert!(
        run.stdout.contains("session token: sess_"),
        "{}",
        run.stdout
    );

    // The audit log has the reason, never a token.
    assert_eq!(audit_count(&env, "session.impersonate", "bob"), 3);
    let conn = env.sql();
    let mut stmt = conn
        .prepare("SELECT coalesce(details, '') FROM audit_log")
        .unwrap();
    let all: Vec<String> = stmt
        .query_map((), |r| r.get::<String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let all = all.join("\n");
    assert!(all.contains("ticket 7"));
    for t in [token, second.as_str()] {
        assert!(!all.contains(t));
        assert!(!all.contains(&sha256_hex(t)));
    }
}

#[test]
fn unsuitable_targets_actors_and_lengths_are_refused() {
    let env = enabled();
    env.add_user("alice", "admin");
    env.add_user("bob", "user");
    env.add_user("carol", "user");
    env.add_user("dave", "user");
    env.add_user("erin", "user");
    env.run(&["user", "add", "robot", "--service"]).ok();
    env.run(&["user", "deactivate", "dave"]).ok();
    env.sql()
        .execute(
            "UPDATE users SET expires_at = '2020-01-01T00:00:00Z' WHERE username = 'erin'",
            (),
        )
        .unwrap();
    let imp = |who: &[&str]| {
        let mut args = vec!["session", "impersonate"];
        args.extend_from_slice(who);
        args.extend_from_slice(&["--reason", "support"]);
        env.run(&args)
    };
    // The target's state: 7.
    for (name, why) in [
        ("dave", "is inactive"),
        ("erin", "has expired"),
        ("robot", "is a service account"),
    ] {
        let run = imp(&[name]);
        run.code(7);
        assert!(run.stderr.contains(why), "{name}: {}", run.stderr);
    }
    imp(&["nobody"]).code(3);
    // Longer than impersonation.max_minutes, or already past: 7.
    let run = imp(&["bob", "--ttl", "61m"]);
    run.code(7);
    assert!(
        run.stderr.contains("above impersonation.max_minutes (60)"),
        "{}",
        run.stderr
    );
    imp(&["bob", "--ttl", "2020-01-01"]).code(7);
    imp(&["bob", "--ttl", "soon"]).code(2);
    env.run(&["config", "set", "impersonation.max_minutes", "120"])
        .ok();
    imp(&["bob", "--ttl", "2h"]).ok();
    assert_eq!(impersonations(&env), 1);

    // Permissions: 6. A user lacks users.impersonate.
    let run = env.run_as(
        "bob",
        GOOD_PASSWORD,
        &["session", "impersonate", "carol", "--reason", "x"],
        "",
    );
    run.code(6);
    assert!(run.stderr.contains("users.impersonate"), "{}", run.stderr);
    // A support role with the permission may not impersonate an admin (outside its
    // permissions), but may impersonate a user.
    env.run(&[
        "role",
        "create",
        "support",
        "--permission",
        "users.impersonate",
        "--permission",
        "users.view",
        "--permission",
        "resources.view",
        "--permission",
        "playground.use",
    ])
    .ok();
    env.run(&["user", "role", "carol", "support"]).ok();
    let run = env.run_as(
        "carol",
        GOOD_PASSWORD,
        &["session", "impersonate", "alice", "--reason", "x"],
        "",
    );
    run.code(6);
    env.run_as(
        "carol",
        GOOD_PASSWORD,
        &["session", "impersonate", "bob", "--reason", "x"],
        "",
    )
    .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM sessions WHERE impersonator = 'user:carol'"),
        1
    );
    // Not oneself: 7.
    env.run_as(
        "carol",
        GOOD_PASSWORD,
        &["session", "impersonate", "carol", "--reason", "x"],
        "",
    )
    .code(7);

    // Never nested: while alice is impersonated, whoever acts as alice may not.
    imp(&["alice"]).ok();
    let run = env.run_as(
        "alice",
        GOOD_PASSWORD,
        &["session", "impersonate", "bob", "--reason", "x"],
        "",
    );
    run.code(6);
    assert!(run.stderr.contains("never nested"), "{}", run.stderr);
    // Disabled again: 6 for everyone.
    env.run(&["config", "set", "impersonation.enabled", "false"])
        .ok();
    imp(&["bob"]).code(6);
}

#[test]
fn revoking_ends_it_in_the_audit_log_and_it_is_not_the_accounts_activity() {
    let env = enabled();
    env.add_user("bob", "user");
    env.add_user("carol", "user");
    let run = env.run(&[
        "--format",
        "json",
        "session",
        "impersonate",
        "bob",
        "--reason",
        "ticket 1",
    ]);
    run.ok();
    let id = run.json()["details"]["session"].as_i64().unwrap();
    env.run(&["session", "impersonate", "carol", "--reason", "ticket 2"])
        .ok();
    // bob's own session too.
    env.sql()
        .execute(
            "INSERT INTO sessions (user_id, token_hash, created_at, expires_at) \
             SELECT id, 'own', '2020-01-01T00:00:00Z', '2999-01-01T00:00:00Z' \
             FROM users WHERE username = 'bob'",
            (),
        )
        .unwrap();

    let listed = env.run(&["--format", "json", "session", "list", "--impersonated"]);
    listed.ok();
    let rows = listed.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r["impersonator"] == operator()));
    let csv = env.run(&["--format", "csv", "session", "list", "--impersonated"]);
    csv.ok();
    assert!(csv
        .stdout
        .lines()
        .next()
        .unwrap()
        .ends_with("impersonator,impersonation_reason"));
    assert_eq!(csv.stdout.lines().count(), 3);
    let all = env.run(&["--format", "json", "session", "list", "--user", "bob"]);
    assert_eq!(all.json().as_array().unwrap().len(), 2);

    // Not activity: carol (only an impersonation session) never logged in; bob's own
    // session of 2020 is his last activity.
    let never = env.run(&["--format", "json", "user", "list", "--never-logged-in"]);
    let never: Vec<String> = never
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect();
    assert!(never.contains(&"carol".to_string()), "{never:?}");
    let dormant = env.run(&[
        "--format",
        "json",
        "user",
        "list",
        "--inactive-since",
        "90d",
    ]);
    let dormant: Vec<String> = dormant
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect();
    assert!(dormant.contains(&"bob".to_string()), "{dormant:?}");

    // Revoking it by id ends the impersonation in the audit log.
    let run = env.run(&["session", "revoke", &id.to_string()]);
    run.ok();
    assert_eq!(audit_count(&env, "session.impersonation-end", "bob"), 1);
    // Revoking carol's sessions ends hers; an own session ends no impersonation.
    env.run(&["--yes", "session", "revoke", "--user", "carol"])
        .ok();
    assert_eq!(audit_count(&env, "session.impersonation-end", "carol"), 1);
    env.run(&["--yes", "session", "revoke", "--all"]).ok();
    assert_eq!(audit_count(&env, "session.impersonation-end", "bob"), 1);
    assert_eq!(impersonations(&env), 0);
}

/// The application guide's "Impersonation" lookup, against a database userctl wrote:
/// the session is found by its token's hash, says who impersonates and why, and is
/// gone once revoked.
#[test]
fn the_application_guides_impersonation_lookup_finds_the_session() {
    let (section, blocks) = crate::common::guide_sql("Impersonation");
    let mut sql = blocks[0].replace(":hash", "?1");
    if engine() == Engine::Postgres {
        let pg = "s.expires_at > now()";
        assert!(section.contains(pg));
        let from = sql.find("unixepoch(s.expires_at)").unwrap();
        let to = sql.find("> unixepoch()").unwrap() + "> unixepoch()".len();
        sql.replace_range(from..to, pg);
    }
    let env = enabled();
    env.add_user("bob", "user");
    let run = env.run(&[
        "--format",
        "json",
        "session",
        "impersonate",
        "bob",
        "--reason",
        "ticket 3",
    ]);
    run.ok();
    let json = run.json();
    let token = json["session_token"].as_str().unwrap();
    let conn = env.sql();
    let row: (String, Option<String>, Option<String>) = conn
        .query_row(&sql, [sha256_hex(token)], |r| {
            Ok((r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    assert_eq!(
        row,
        (
            "bob".to_string(),
            Some(operator()),
            Some("ticket 3".to_string())
        )
    );
    let id = json["details"]["session"].as_i64().unwrap();
    env.run(&["session", "revoke", &id.to_string()]).ok();
    let mut stmt = conn.prepare(&sql).unwrap();
    let found = stmt
        .query_map([sha256_hex(token)], |r| r.get::<i64>(0))
        .unwrap()
        .count();
    assert_eq!(found, 0);
}
