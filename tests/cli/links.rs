//! Links instead of typed passwords: `user reset-link` (one-time, hashed, replacing
//! the previous one, bulk, every format), `user invite --expires`, and the
//! application's single-use consume statement. On both engines.

use sha2::{Digest, Sha256};

use crate::common::{engine, Engine, Env, GOOD_PASSWORD};

fn sha256_hex(text: &str) -> String {
    use std::fmt::Write;
    Sha256::digest(text.as_bytes())
        .iter()
        .fold(String::new(), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

fn resets(env: &Env, name: &str) -> i64 {
    env.count(&format!(
        "SELECT count(*) FROM password_resets r JOIN users u ON u.id = r.user_id \
         WHERE u.username = '{name}'"
    ))
}

fn all_audit(env: &Env) -> String {
    let conn = env.sql();
    let mut stmt = conn
        .prepare("SELECT coalesce(details, '') FROM audit_log")
        .unwrap();
    let rows: Vec<String> = stmt
        .query_map((), |r| r.get::<String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.join("\n")
}

#[test]
fn reset_links_are_shown_once_stored_hashed_and_replace_the_previous_one() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.add_user("carol", "user");

    // A dry run: no token, nothing stored.
    let run = env.run(&["--dry-run", "user", "reset-link", "bob"]);
    run.ok();
    assert!(
        run.stdout
            .starts_with("dry run: would have issued a password-reset link for bob"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("rst_"));
    assert_eq!(resets(&env, "bob"), 0);

    // Table: the sentence, then the token once; an hour by default.
    let run = env.run(&["user", "reset-link", "bob"]);
    run.ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    let first = lines[1].strip_prefix("reset token: ").unwrap().to_string();
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM password_resets WHERE token_hash = '{}'",
            sha256_hex(&first)
        )),
        1
    );
    let ahead = env.count(match engine() {
        Engine::Sqlite => "SELECT unixepoch(expires_at) - unixepoch() FROM password_resets",
        Engine::Postgres => {
            "SELECT CAST(EXTRACT(EPOCH FROM expires_at - now()) AS BIGINT) FROM password_resets"
        }
    });
    assert!((59 * 60..=3600).contains(&ahead), "{ahead}");

    // Bulk, in JSON: one object per account with its token; bob's first one is gone.
    let run = env.run(&[
        "--format",
        "json",
        "user",
        "reset-link",
        "bob",
        "carol",
        "--expires",
        "30m",
    ]);
    run.ok();
    let lines = run.json_lines();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["target"], "bob");
    assert_eq!(lines[0]["details"]["invalidated"], 1);
    assert_eq!(lines[1]["details"]["invalidated"], 0);
    let tokens: Vec<String> = lines
        .iter()
        .map(|l| l["reset_token"].as_str().unwrap().to_string())
        .collect();
    assert_eq!((resets(&env, "bob"), resets(&env, "carol")), (1, 1));
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM password_resets WHERE token_hash = '{}'",
            sha256_hex(&first)
        )),
        0
    );
    // CSV, quiet: the token lines only.
    let run = env.run(&["-q", "--format", "csv", "user", "reset-link", "carol"]);
    run.ok();
    assert_eq!(run.stdout.lines().count(), 1);
    assert!(run.stdout.starts_with("reset token: rst_"));

    // Audited, never the token.
    let audit = all_audit(&env);
    assert!(audit.contains("\"invalidated\""));
    for t in tokens.iter().chain([&first]) {
        assert!(!audit.contains(t.as_str()));
        assert!(!audit.contains(&sha256_hex(t)));
    }
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'user.reset-link'"),
        4
    );

    // Refusals: invited, service, a past date, an unknown name, no permission.
    env.run(&[
        "user",
        "add",
        "dan",
        "--email",
        "dan@example.com",
        "--invite",
    ])
    .ok();
    env.run(&["user", "reset-link", "dan"]).code(7);
    env.run(&["user", "add", "robot", "--service"]).ok();
    env.run(&["user", "reset-link", "robot"]).code(7);
    env.run(&["user", "reset-link", "bob", "--expires", "2020-01-01"])
        .code(7);
    env.run(&["user", "reset-link", "bob", "--expires", "soon"])
        .code(2);
    env.run(&["user", "reset-link", "bob", "nobody"]).code(3);
    env.run_as("bob", GOOD_PASSWORD, &["user", "reset-link", "carol"], "")
        .code(6);
    assert_eq!((resets(&env, "bob"), resets(&env, "carol")), (1, 1));
}

#[test]
fn invite_takes_an_expiry() {
    let env = Env::init();
    env.run(&[
        "user",
        "add",
        "dan",
        "--email",
        "dan@example.com",
        "--invite",
    ])
    .ok();
    let run = env.run(&[
        "--format",
        "json",
        "user",
        "invite",
        "dan",
        "--expires",
        "2d",
    ]);
    run.ok();
    let json = run.json();
    let token = json["invitation_token"].as_str().unwrap();
    let ahead = env.count(&format!(
        "{} FROM invitations WHERE token_hash = '{}'",
        match engine() {
            Engine::Sqlite => "SELECT unixepoch(expires_at) - unixepoch()",
            Engine::Postgres => "SELECT CAST(EXTRACT(EPOCH FROM expires_at - now()) AS BIGINT)",
        },
        sha256_hex(token)
    ));
    assert!((2 * 86_400 - 60..=2 * 86_400).contains(&ahead), "{ahead}");
    env.run(&["user", "invite", "dan", "--expires", "2020-01-01"])
        .code(7);
    // Without --expires: the setting (168 hours).
    env.run(&["user", "invite", "dan"]).ok();
    let ahead = env.count(match engine() {
        Engine::Sqlite => "SELECT unixepoch(expires_at) - unixepoch() FROM invitations",
        Engine::Postgres => {
            "SELECT CAST(EXTRACT(EPOCH FROM expires_at - now()) AS BIGINT) FROM invitations"
        }
    });
    assert!((168 * 3600 - 60..=168 * 3600).contains(&ahead), "{ahead}");
}

/// The application guide's consume statement, against a database userctl wrote: a
/// token works once, a replaced or expired one never.
#[test]
fn the_application_guides_reset_sql_consumes_a_token_once() {
    let (section, blocks) = crate::common::guide_sql("Reset links and invitations");
    let mut sql = blocks[0].replace(":hash", "?1");
    if engine() == Engine::Postgres {
        assert!(section.contains("`used_at = now()` and `expires_at > now()`"));
        let from = sql.find("used_at = strftime(").unwrap();
        let to = from + sql[from..].find("'now')").unwrap() + "'now')".len();
        sql.replace_range(from..to, "used_at = now()");
        sql = sql.replace("unixepoch(expires_at) > unixepoch()", "expires_at > now()");
    }
    let env = Env::init();
    env.add_user("bob", "user");
    let token = |env: &Env| -> String {
        let run = env.run(&["--format", "json", "user", "reset-link", "bob"]);
        run.ok();
        run.json()["reset_token"].as_str().unwrap().to_string()
    };
    let conn = env.sql();
    let consume = |t: &str| -> Vec<i64> {
        let mut stmt = conn.prepare(&sql).unwrap();
        stmt.query_map([sha256_hex(t)], |r| r.get::<i64>(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let bob = env.count("SELECT id FROM users WHERE username = 'bob'");
    let old = token(&env);
    let new = token(&env);
    assert!(consume(&old).is_empty(), "a replaced link no longer works");
    assert_eq!(consume(&new), [bob]);
    assert!(consume(&new).is_empty(), "used once");
    let expired = token(&env);
    env.sql()
        .execute(
            "UPDATE password_resets SET expires_at = '2020-01-01T00:00:00Z' WHERE used_at IS NULL",
            (),
        )
        .unwrap();
    assert!(consume(&expired).is_empty(), "expired");
}

/// `recover --user USER --link`: the account is recovered without a typed password;
/// a one-time reset link is printed once and its password is kept.
#[test]
fn recover_can_send_a_reset_link_instead_of_a_password() {
    let env = Env::init();
    env.run(&["user", "deactivate", "root", "--reason", "left"])
        .code(5);
    env.sql()
        .execute(
            "UPDATE users SET status = 'inactive' WHERE username = 'root'",
            (),
        )
        .unwrap();
    let run = env.run(&["--format", "json", "recover", "--user", "root", "--link"]);
    run.ok();
    let json = run.json();
    let token = json["reset_token"].as_str().unwrap().to_string();
    assert!(token.starts_with("rst_"));
    let steps = json["details"]["steps"].to_string();
    assert!(steps.contains("password-reset link"), "{steps}");
    assert!(steps.contains("reactivated"), "{steps}");
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM password_resets WHERE token_hash = '{}'",
            sha256_hex(&token)
        )),
        1
    );
    assert!(!all_audit(&env).contains(&token));
    // The password is unchanged: the old one still checks.
    env.run_stdin(
        &["user", "verify", "root", "--password-stdin"],
        &format!("{}\n", crate::common::ROOT_PASSWORD),
    )
    .ok();
    // --link sets no password, so none may be given; it needs --user.
    env.run_stdin(
        &["recover", "--user", "root", "--link", "--password-stdin"],
        "another long passphrase here\n",
    )
    .code(2);
    env.run(&["recover", "--promote", "root", "--link"]).code(2);
}
