//! API keys that expire and can be suspended; invitations re-issued.

use crate::common::Env;

fn key_state(env: &Env, id: i64) -> String {
    let run = env.run(&["--format", "json", "key", "list"]);
    run.ok();
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == id)
        .map(|k| k["state"].as_str().unwrap().to_string())
        .unwrap()
}

#[test]
fn keys_expire_and_are_suspended_and_resumed() {
    let env = Env::init();
    env.add_user("bob", "user");
    let run = env.run(&[
        "--format",
        "json",
        "key",
        "create",
        "bob",
        "--label",
        "ci",
        "--expires",
        "30d",
    ]);
    run.ok();
    let lines = run.json_lines();
    let id = lines[0]["details"]["id"].as_i64().unwrap();
    let expires = lines[0]["details"]["expires_at"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        expires.ends_with('Z') && expires.as_str() > "2026-01-01",
        "{expires}"
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM api_keys WHERE id = {id} AND expires_at = '{expires}'"
        )),
        1
    );
    assert_eq!(key_state(&env, id), "active");

    // A date in the past makes a key that never works: refused.
    let run = env.run(&[
        "key",
        "create",
        "bob",
        "--label",
        "x",
        "--expires",
        "2020-01-01",
    ]);
    run.code(7);
    assert!(run.stderr.contains("is in the past"), "{}", run.stderr);
    let run = env.run(&["key", "create", "bob", "--label", "x", "--expires", "soon"]);
    run.code(2);

    let sid = id.to_string();
    let run = env.run(&["key", "suspend", &sid]);
    run.ok();
    assert!(
        run.stdout.starts_with(&format!("suspended API key {id} (")),
        "{}",
        run.stdout
    );
    assert_eq!(key_state(&env, id), "suspended");
    assert!(env.run(&["key", "list"]).stdout.contains("suspended"));
    let run = env.run(&["key", "suspend", &sid]);
    run.ok();
    assert!(run.stdout.contains("already suspended; nothing changed"));
    env.run(&["key", "resume", &sid]).ok();
    assert_eq!(key_state(&env, id), "active");
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action IN ('key.suspend', 'key.resume')"),
        2
    );

    // An expiry the application wrote, in its own format, in the past.
    env.sql()
        .execute(
            "UPDATE api_keys SET expires_at = '2026-01-01 10:00:00' WHERE id = ?1",
            [id],
        )
        .unwrap();
    assert_eq!(key_state(&env, id), "expired");

    env.run(&["--yes", "key", "revoke", &sid]).ok();
    assert_eq!(key_state(&env, id), "revoked");
    let run = env.run(&["key", "resume", &sid]);
    run.code(4);
    assert!(
        run.stderr.contains("is revoked and cannot be resumed"),
        "{}",
        run.stderr
    );
    env.run(&["key", "suspend", "999"]).code(3);
}

#[test]
fn a_new_invitation_invalidates_the_previous_one() {
    let env = Env::init();
    let run = env.run(&[
        "--format",
        "json",
        "user",
        "add",
        "erin",
        "--email",
        "erin@example.com",
        "--invite",
    ]);
    run.ok();
    let first = run.json_lines()[0]["invitation_token"]
        .as_str()
        .unwrap()
        .to_string();
    let run = env.run(&["--format", "json", "user", "invite", "erin"]);
    run.ok();
    let lines = run.json_lines();
    assert_eq!(lines[0]["result"], "updated");
    assert_eq!(lines[0]["details"]["invalidated"], 1);
    let second = lines[0]["invitation_token"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    let hashes: Vec<String> = env
        .sql()
        .prepare("SELECT token_hash FROM invitations")
        .unwrap()
        .query_map((), |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(hashes, [userctl::tokens::sha256_hex(&second)]);
    let audit: String = env
        .sql()
        .query_row(
            "SELECT details FROM audit_log WHERE action = 'user.invite'",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert!(!audit.contains(&second) && !audit.contains(&first));

    // A dry run issues nothing; an account with a password gets no invitation.
    env.run(&["--dry-run", "user", "invite", "erin"]).ok();
    assert_eq!(env.count("SELECT count(*) FROM invitations"), 1);
    let run = env.run(&["user", "invite", "root"]);
    run.code(4);
    assert!(
        run.stderr.contains("only invited accounts get invitations"),
        "{}",
        run.stderr
    );
    env.run(&["user", "invite", "nobody"]).code(3);
}
