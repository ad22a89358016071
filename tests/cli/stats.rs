//! `stats`: the dashboard's figures in table and JSON, and the admin warning.

use serde_json::json;

use crate::common::Env;

#[test]
fn stats_counts_every_figure_and_warns_when_fewer_than_two_admins_remain() {
    let env = Env::init(); // root: active admin
    env.add_user("bob", "user");
    env.add_user("carol", "user");
    env.add_user("dave", "moderator");
    env.run(&["user", "deactivate", "carol"]).ok();
    env.run(&[
        "user",
        "add",
        "erin",
        "--email",
        "erin@example.com",
        "--invite",
    ])
    .ok();
    env.run(&["role", "create", "auditor", "--permission", "audit.view"])
        .ok();
    let db = env.sql();
    db.execute_batch(
        "UPDATE users SET totp_secret = 'JBSWY3DPEHPK3PXP' WHERE username = 'bob';
         UPDATE users SET created_at = '2000-01-01T00:00:00Z' WHERE username = 'dave';
         UPDATE users SET expires_at = '2026-01-01 00:00:00' WHERE username = 'dave';
         UPDATE users SET expires_at = '2999-01-01 00:00:00' WHERE username = 'bob';
         INSERT INTO sessions (user_id, token_hash, created_at, expires_at)
           SELECT id, 'live', '2026-01-01T00:00:00Z', '2999-01-01T00:00:00Z'
           FROM users WHERE username = 'bob';
         INSERT INTO sessions (user_id, token_hash, created_at, expires_at)
           SELECT id, 'expired', '2000-01-01T00:00:00Z', '2000-01-02T00:00:00Z'
           FROM users WHERE username = 'dave';",
    )
    .unwrap();

    let run = env.run(&["stats", "--format", "json"]);
    run.ok();
    assert_eq!(
        run.json(),
        json!({
            "total": 5,
            "active": 3,
            "active_percent": 60.0,
            "inactive": 1,
            "invited": 1,
            "expired": 1,
            "locked": 0,
            "admins": 1,
            "users_by_role": {"admin": 1, "auditor": 0, "moderator": 1, "user": 3},
            "active_sessions": 1,
            "users_with_2fa": 1,
            "users_missing_required_2fa": 0,
            "users_2fa_overdue": 0,
            "created_last_30_days": 4,
            // bob's last session opened 2026-01-01 and dave's in 2000; root never logged in.
            "inactive_90_days": 2,
            "never_logged_in": 1,
        })
    );
    assert_eq!(
        run.stderr,
        "warning: only one active admin remains: promote a second one \
         (`userctl user role USER admin`)\n"
    );

    let table = env.run(&["stats"]);
    table.ok();
    for cell in [
        "total",
        "3 (60.0%)",
        "users by role:auditor",
        "users by role:user",
    ] {
        assert!(table.stdout.contains(cell), "{cell}:\n{}", table.stdout);
    }
    assert_eq!(table.stderr, run.stderr);

    // CSV: numbers only, one row per figure, named like the JSON's fields.
    let csv = env.run(&["stats", "--format", "csv"]);
    csv.ok();
    let mut lines = csv.stdout.lines();
    assert_eq!(lines.next(), Some("field,value"));
    let rows: Vec<(&str, &str)> = lines.map(|l| l.split_once(',').unwrap()).collect();
    let names: std::collections::BTreeSet<&str> = rows.iter().map(|(k, _)| *k).collect();
    assert_eq!(names.len(), rows.len(), "no repeated row names: {rows:?}");
    for (name, value) in &rows {
        assert!(
            value.parse::<f64>().is_ok(),
            "{name}: {value} is not a number"
        );
    }
    for row in [
        ("total", "5"),
        ("active", "3"),
        ("active_percent", "60"),
        ("users_by_role:auditor", "0"),
        ("users_by_role:user", "3"),
        ("created_last_30_days", "4"),
    ] {
        assert!(rows.contains(&row), "{row:?} in {rows:?}");
    }

    // A second active admin: no warning.
    env.add_user("frank", "admin");
    let run = env.run(&["stats", "--format", "json"]);
    run.ok();
    assert_eq!(run.json()["admins"], 2);
    assert_eq!(run.stderr, "");
}
