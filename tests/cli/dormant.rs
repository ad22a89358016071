//! Dormant accounts: last active is the latest of last login, any session's last
//! activity and any API key's last use, written by an application in whatever
//! timestamp form it likes, and compared as instants.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::common::{engine, Engine, Env};

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

/// `users.last_active_at` as stored.
fn stored(env: &Env, name: &str) -> Option<String> {
    env.sql()
        .query_row(
            "SELECT last_active_at FROM users WHERE username = ?1",
            [name],
            |r| r.get(0),
        )
        .unwrap()
}

/// How many accounts' stored last activity differs from the one worked out from their
/// logins, sessions and keys (the definition revision 2 computed on every read).
fn stored_differs_from_the_rows(env: &Env) -> i64 {
    let conn = env.sql();
    let d = conn.dialect();
    let rows = userctl::db::users::last_active_sql(d);
    let sql = match d {
        userctl::db::Dialect::Sqlite => format!(
            "SELECT count(*) FROM users WHERE last_active_at IS NOT \
             strftime('%Y-%m-%dT%H:%M:%SZ', {rows}, 'unixepoch')"
        ),
        userctl::db::Dialect::Postgres => format!(
            "SELECT count(*) FROM users WHERE last_active_at IS DISTINCT FROM to_timestamp({rows})"
        ),
    };
    conn.query_row(&sql, (), |r| r.get(0)).unwrap()
}

#[test]
fn stored_last_activity_follows_what_the_application_writes() {
    let env = Env::init();
    for name in ["ann", "ben", "cat", "dan"] {
        env.add_user(name, "user");
    }
    let conn = env.sql();
    let exec = |sql: &str| {
        conn.execute(sql, ())
            .unwrap_or_else(|e| panic!("{e}: {sql}"));
    };
    assert_eq!(stored(&env, "ann"), None);

    // A login, a session opened then seen, a key created then used: each in the
    // application's own timestamp form.
    exec("UPDATE users SET last_login_at = '2026-11-20 10:00:00+00:00' WHERE username = 'ann'");
    assert_eq!(stored(&env, "ann").as_deref(), Some("2026-11-20T10:00:00Z"));
    exec(
        "INSERT INTO sessions (user_id, token_hash, created_at, expires_at) \
         SELECT id, 'app-ben', '2026-11-01T08:00:00Z', '2099-01-01T00:00:00Z' FROM users WHERE username = 'ben'",
    );
    assert_eq!(stored(&env, "ben").as_deref(), Some("2026-11-01T08:00:00Z"));
    exec("UPDATE sessions SET last_seen_at = '2026-11-21T12:00:00.750Z' WHERE token_hash = 'app-ben'");
    assert_eq!(stored(&env, "ben").as_deref(), Some("2026-11-21T12:00:00Z"));
    exec(
        "INSERT INTO api_keys (user_id, prefix, key_hash, label, created_at) \
         SELECT id, 'uk_cat', 'h-cat', 'ci', '2026-11-02T00:00:00Z' FROM users WHERE username = 'cat'",
    );
    assert_eq!(stored(&env, "cat"), None, "a key never used is no activity");
    exec("UPDATE api_keys SET last_used_at = '2026-11-22 09:15:00+00:00' WHERE prefix = 'uk_cat'");
    assert_eq!(stored(&env, "cat").as_deref(), Some("2026-11-22T09:15:00Z"));

    // An impersonation session is not its target's activity.
    exec(
        "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at, impersonator, impersonation_reason) \
         SELECT id, 'imp-dan', '2026-11-23T08:00:00Z', '2026-11-23T08:05:00Z', '2099-01-01T00:00:00Z', 'root', 'ticket 7' \
         FROM users WHERE username = 'dan'",
    );
    exec("UPDATE sessions SET last_seen_at = '2026-11-23T08:09:00Z' WHERE token_hash = 'imp-dan'");
    assert_eq!(stored(&env, "dan"), None);

    // What is stored is what the rows give, for every account.
    assert_eq!(stored_differs_from_the_rows(&env), 0);
    let run = env.run(&["--format", "json", "user", "list", "--sort", "last-active"]);
    run.ok();
    let listed: Vec<(String, Option<String>)> = run
        .json()
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
        ("cat", Some("2026-11-22T09:15:00Z")),
        ("ben", Some("2026-11-21T12:00:00Z")),
        ("ann", Some("2026-11-20T10:00:00Z")),
        ("dan", None),
        ("root", None),
    ]
    .into_iter()
    .map(|(n, s)| (n.to_string(), s.map(str::to_string)))
    .collect();
    assert_eq!(listed, expected);
    assert_eq!(
        names(&env, &["--inactive-since", "2026-11-21T00:00:00Z"]),
        ["ann"]
    );
    let run = env.run(&["--format", "json", "stats"]);
    run.ok();
    assert_eq!(run.json()["never_logged_in"], 2, "dan and root");

    // Activity only moves forward: an older login does not take it back, and a session
    // that is deleted leaves the activity it recorded.
    exec("UPDATE users SET last_login_at = '2025-01-01T00:00:00Z' WHERE username = 'ann'");
    assert_eq!(stored(&env, "ann").as_deref(), Some("2026-11-20T10:00:00Z"));
    exec("DELETE FROM sessions WHERE token_hash = 'app-ben'");
    assert_eq!(stored(&env, "ben").as_deref(), Some("2026-11-21T12:00:00Z"));
}

/// The application guide's dormant-accounts query, run against a database userctl wrote
/// and the application used: it finds what `user list --status active --inactive-since
/// 90d` finds.
#[test]
fn the_application_guides_dormant_query_agrees_with_userctl() {
    let (section, blocks) = crate::common::guide_sql("Last activity");
    let mut sql = blocks[0].clone();
    if engine() == Engine::Postgres {
        // The guide's PostgreSQL forms of the two comparisons.
        for (sqlite, postgres) in [
            (
                "last_active_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-90 days')",
                "last_active_at < now() - interval '90 days'",
            ),
            (
                "unixepoch(created_at) < unixepoch('now', '-90 days')",
                "created_at < now() - interval '90 days'",
            ),
        ] {
            assert!(section.contains(&format!("`{postgres}`")), "{postgres}");
            assert!(sql.contains(sqlite), "{sqlite}");
            sql = sql.replace(sqlite, postgres);
        }
    }

    let env = Env::init();
    for name in ["amy", "bob", "cyd", "dia", "eddy"] {
        env.add_user(name, "user");
    }
    let conn = env.sql();
    let exec = |sql: &str| {
        conn.execute(sql, ())
            .unwrap_or_else(|e| panic!("{e}: {sql}"));
    };
    // amy: a session last seen long ago; bob: a session seen today; cyd: a key used long
    // ago; dia: never active, created long ago; eddy: never active, created today; and an
    // administrator impersonated amy today, which is not amy's activity.
    exec("UPDATE users SET created_at = '2020-01-01T00:00:00Z' WHERE username IN ('amy', 'bob', 'cyd', 'dia')");
    let session = |name: &str, token: &str, seen: &str, impersonator: &str| {
        exec(&format!(
            "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at, impersonator) \
             SELECT id, '{token}', '2020-06-01T00:00:00Z', {seen}, '2999-01-01T00:00:00Z', {impersonator} \
             FROM users WHERE username = '{name}'"
        ));
    };
    session("amy", "s-amy", "'2021-03-04T05:06:07Z'", "NULL");
    session("bob", "s-bo", "CURRENT_TIMESTAMP", "NULL");
    session("amy", "s-imp", "CURRENT_TIMESTAMP", "'root'");
    exec(
        "INSERT INTO api_keys (user_id, prefix, key_hash, label, created_at, last_used_at) \
         SELECT id, 'uk_cyd', 'h-cyd', 'ci', '2020-01-01T00:00:00Z', '2022-02-02 02:02:02+00:00' \
         FROM users WHERE username = 'cyd'",
    );

    let mut stmt = conn.prepare(&sql).unwrap();
    let found: Vec<(String, Option<String>)> = stmt
        .query_map((), |r| Ok((r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        found,
        [
            ("amy".to_string(), Some("2021-03-04T05:06:07Z".to_string())),
            ("cyd".to_string(), Some("2022-02-02T02:02:02Z".to_string())),
            ("dia".to_string(), None),
        ]
    );
    assert_eq!(
        names(
            &env,
            &[
                "--status",
                "active",
                "--inactive-since",
                "90d",
                "--sort",
                "username"
            ]
        ),
        ["amy", "cyd", "dia"]
    );
    let run = env.run(&["--format", "json", "stats"]);
    run.ok();
    assert_eq!(run.json()["inactive_90_days"], 3);
    assert_eq!(run.json()["never_logged_in"], 3, "dia, eddy and root");
}
