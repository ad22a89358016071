//! Dormant accounts: last active is the latest of last login, any session's last
//! activity and any API key's last use, written by an application in whatever
//! timestamp form it likes, and compared as instants.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::common::Env;

const DAY: i64 = 86_400;

fn now() -> i64 {
    i64::try_from(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs(),
    )
    .unwrap()
}

/// A database where an application has been at work. `ann` logged in a day ago,
/// `ben` two hundred days ago but holds a session seen two days ago, `cat` never
/// logged in but used an API key three days ago, `dan` was last seen 200 days ago,
/// `fay` (created 200 days ago) and `gus` (created today) never did anything, and
/// `hal` logged in ten minutes after the 90-day mark — written with a space, which
/// sorts before the `T` of a threshold on the same day when compared as text.
fn used_by_an_application() -> (Env, i64) {
    let env = Env::init();
    for name in ["ann", "ben", "cat", "dan", "fay", "gus", "hal"] {
        env.add_user(name, "user");
    }
    let t = now();
    let conn = env.sql();
    let exec = |sql: &str, p: &[&dyn userctl::db::ToSql]| {
        conn.execute(sql, p)
            .unwrap_or_else(|e| panic!("{e}: {sql}"));
    };
    // Every existing account was created long ago, as epoch seconds.
    exec("UPDATE users SET created_at = ?1", &[&(t - 400 * DAY)]);
    exec(
        "UPDATE users SET created_at = strftime('%Y-%m-%dT%H:%M:%SZ', ?1, 'unixepoch') \
         WHERE username IN ('gus', 'root')",
        &[&(t - 3600)],
    );
    exec(
        "UPDATE users SET last_login_at = strftime('%Y-%m-%d %H:%M:%S', ?1, 'unixepoch') \
         WHERE username = 'ann'",
        &[&(t - DAY)],
    );
    exec(
        "UPDATE users SET last_login_at = ?1 WHERE username = 'ben'",
        &[&(t - 200 * DAY)],
    );
    exec(
        "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) \
         SELECT id, 'tok-ben', strftime('%Y-%m-%d %H:%M:%S', ?1, 'unixepoch'), \
         strftime('%Y-%m-%dT%H:%M:%S+02:00', ?2 + 7200, 'unixepoch'), '2999-01-01T00:00:00Z' \
         FROM users WHERE username = 'ben'",
        &[&(t - 5 * DAY), &(t - 2 * DAY)],
    );
    exec(
        "INSERT INTO api_keys (user_id, prefix, key_hash, label, created_at, last_used_at) \
         SELECT id, 'uk_cat', 'h-cat', 'ci', '2026-01-01 00:00:00', ?1 + 0.25 \
         FROM users WHERE username = 'cat'",
        &[&(t - 3 * DAY)],
    );
    exec(
        "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) \
         SELECT id, 'tok-dan', ?1, strftime('%Y-%m-%d %H:%M:%f', ?2, 'unixepoch'), ?3 \
         FROM users WHERE username = 'dan'",
        &[&(t - 210 * DAY), &(t - 200 * DAY), &(t - 190 * DAY)],
    );
    exec(
        "UPDATE users SET last_login_at = strftime('%Y-%m-%d %H:%M:%S', ?1, 'unixepoch') \
         WHERE username = 'hal'",
        &[&(t - 90 * DAY + 600)],
    );
    (env, t)
}

fn names(env: &Env, args: &[&str]) -> Vec<String> {
    let mut full = vec!["--format", "json", "user", "list"];
    full.extend_from_slice(args);
    let run = env.run(&full);
    run.ok();
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect()
}

fn iso(secs: i64) -> String {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    conn.query_row(
        "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', ?1, 'unixepoch')",
        [secs],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn last_active_counts_logins_sessions_and_keys_in_any_format() {
    crate::only_in_a_file!("timestamp forms only an untyped column takes");
    let (env, t) = used_by_an_application();
    let run = env.run(&["--format", "json", "user", "list", "--sort", "last-active"]);
    run.ok();
    let rows = run.json();
    let got: Vec<(String, Option<String>)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["username"].as_str().unwrap().to_string(),
                u["last_active_at"].as_str().map(str::to_string),
            )
        })
        .collect();
    let expected: Vec<(String, Option<String>)> = [
        ("ann", Some(t - DAY)),
        ("ben", Some(t - 2 * DAY)),
        ("cat", Some(t - 3 * DAY)),
        ("hal", Some(t - 90 * DAY + 600)),
        ("dan", Some(t - 200 * DAY)),
        ("fay", None),
        ("gus", None),
        ("root", None),
    ]
    .into_iter()
    .map(|(n, s)| (n.to_string(), s.map(iso)))
    .collect();
    assert_eq!(got, expected);

    // The table shows it too.
    let run = env.run(&["user", "list", "--search", "ann"]);
    assert!(run.stdout.contains(&iso(t - DAY)), "{}", run.stdout);
    let run = env.run(&["user", "show", "cat"]);
    assert!(run.stdout.contains(&iso(t - 3 * DAY)), "{}", run.stdout);
}

#[test]
fn dormant_and_never_used_accounts_are_found_counted_and_handled_in_bulk() {
    crate::only_in_a_file!("timestamp forms only an untyped column takes");
    let (env, _) = used_by_an_application();
    // Never active counts from creation: fay (created 400 days ago) is dormant, gus
    // and root (created an hour ago) are not yet.
    assert_eq!(
        names(&env, &["--inactive-since", "90d", "--sort", "username"]),
        ["dan", "fay"]
    );
    assert_eq!(
        names(&env, &["--never-logged-in", "--sort", "username"]),
        ["fay", "gus", "root"]
    );
    assert_eq!(
        names(&env, &["--created-before", "30d", "--never-logged-in"]),
        ["fay"]
    );
    let run = env.run(&["--format", "json", "stats"]);
    run.ok();
    assert_eq!(run.json()["inactive_90_days"], 2);
    assert_eq!(run.json()["never_logged_in"], 3);
    let run = env.run(&["stats"]);
    assert!(run.stdout.contains("inactive 90 days"), "{}", run.stdout);

    // The export takes the same filters.
    let run = env.run(&["export-csv", "--inactive-since", "90d"]);
    run.ok();
    let users: Vec<&str> = run
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(users, ["dan", "fay"]);

    // Deactivating the dormant: listed first, then done in one go.
    let run = env.run(&[
        "--dry-run",
        "user",
        "deactivate",
        "--all-matching",
        "--status",
        "active",
        "--inactive-since",
        "90d",
    ]);
    run.ok();
    assert_eq!(
        run.stdout,
        "dry run: would have deactivated user dan and revoked 1 session(s)\n\
         dry run: would have deactivated user fay and revoked 0 session(s)\n"
    );
    env.run(&[
        "user",
        "deactivate",
        "--all-matching",
        "--status",
        "active",
        "--inactive-since",
        "90d",
        "--reason",
        "dormant",
        "--max",
        "5",
    ])
    .ok();
    assert_eq!(
        names(&env, &["--status", "inactive", "--sort", "username"]),
        ["dan", "fay"]
    );
    let run = env.run(&["--format", "json", "stats"]);
    assert_eq!(run.json()["inactive_90_days"], 0);
}
