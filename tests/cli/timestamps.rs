//! Timestamps an application writes in its own format are read as instants: a session
//! that expires tomorrow at `2026-11-24 18:00:00` is not expired today because a space
//! sorts before `T`.

use userctl::params;

use crate::common::Env;

/// `secs` from now, in each form applications write: userctl's own, SQLite's and
/// Django's space-separated form, fractional seconds, an offset, epoch integer, epoch
/// real, and epoch digits as text, in seconds and in JavaScript's milliseconds.
fn forms(secs: i64) -> Vec<userctl::db::Value> {
    use userctl::db::Value::{Integer, Real, Text};
    let t = userctl::clock::unix_now() + secs;
    let iso = userctl::clock::format_unix(t);
    let (date, time) = (&iso[..10], &iso[11..19]);
    // The same instant two hours east of UTC.
    let east = userctl::clock::format_unix(t + 7200);
    vec![
        Text(iso.clone()),
        Text(format!("{date} {time}")),
        Text(format!("{date} {time}.123456")),
        Text(format!("{date}T{time}.5Z")),
        Text(format!("{}T{}+02:00", &east[..10], &east[11..19])),
        Integer(t),
        #[allow(clippy::cast_precision_loss)]
        Real(t as f64 + 0.25),
        Text(t.to_string()),
        // JavaScript's Date.now(): milliseconds (any epoch number above 10^11).
        Integer(t * 1000 + 250),
        #[allow(clippy::cast_precision_loss)]
        Real(t as f64 * 1000.0),
        Text((t * 1000).to_string()),
    ]
}

#[test]
fn sessions_written_in_any_format_expire_at_the_right_instant() {
    crate::only_in_a_file!("timestamp forms only an untyped column takes");
    let env = Env::init();
    env.add_user("ann", "user");
    let ann = env.count("SELECT id FROM users WHERE username = 'ann'");
    let conn = env.sql();
    let mut insert = conn
        .prepare(
            "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) \
             VALUES (?1, ?2, ?3, ?3, ?4)",
        )
        .unwrap();
    // Each form twice: expiring in an hour (live) and an hour ago (expired). Within one
    // day either way, so comparing the text would get the space forms wrong.
    let (live, dead) = (forms(3600), forms(-3600));
    for (i, (l, d)) in live.iter().zip(&dead).enumerate() {
        insert
            .execute(params![ann, format!("live-{i}"), "2026-11-23 08:00:00", l])
            .unwrap();
        insert
            .execute(params![ann, format!("dead-{i}"), "2026-11-23 08:00:00", d])
            .unwrap();
    }
    drop(insert);
    drop(conn);
    let n = i64::try_from(live.len()).unwrap();

    let listed = env.run(&["--format", "json", "session", "list", "--user", "ann"]);
    listed.ok();
    let listed = listed.json();
    let listed = listed.as_array().expect("a JSON array");
    assert_eq!(listed.len(), live.len(), "{listed:?}");
    assert!(listed.iter().all(|s| s["username"] == "ann"));

    let all = env.run(&[
        "--format", "json", "session", "list", "--user", "ann", "--all",
    ]);
    all.ok();
    assert_eq!(all.json().as_array().unwrap().len(), live.len() * 2);

    let stats = env.run(&["--format", "json", "stats"]);
    stats.ok();
    assert_eq!(stats.json()["active_sessions"], n, "{}", stats.stdout);

    let show = env.run(&["--format", "json", "user", "show", "ann"]);
    show.ok();
    assert_eq!(show.json()["active_sessions"], n, "{}", show.stdout);
}
