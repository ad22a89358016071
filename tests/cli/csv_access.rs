//! Import and export of the access model: the `groups`, `expires_at` and declared
//! attribute columns.

use std::path::PathBuf;

use crate::common::{Env, GOOD_PASSWORD};

fn write(env: &Env, name: &str, text: &str) -> PathBuf {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Every row of every table, as text: "nothing changed" means this is equal.
fn snapshot(env: &Env) -> Vec<String> {
    let conn = env.sql();
    let tables = crate::common::table_names(&conn);
    let mut out = Vec::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query(()).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get::<userctl::db::Value>(i).unwrap()))
                .collect();
            out.push(format!("{t}: {}", cells.join(" | ")));
        }
    }
    out.sort();
    out
}

/// Each account's groups, expiry, attribute values and status, one line each:
/// `name status groups expires attr=value…`.
fn state(env: &Env) -> Vec<String> {
    let conn = env.sql();
    let mut stmt = conn
        .prepare(&format!(
            "SELECT u.username || ' ' || u.status || ' [' || \
               coalesce((SELECT string_agg(g.name, ';' ORDER BY g.name) FROM group_members m \
                 JOIN groups g ON g.id = m.group_id WHERE m.user_id = u.id), '') || '] ' || \
               coalesce({}, 'never') || \
               coalesce((SELECT ' ' || string_agg(a.name || '=' || a.value, ' ' ORDER BY a.name) \
                 FROM user_attributes a WHERE a.user_id = u.id), '') \
             FROM users u WHERE u.username <> 'root' ORDER BY u.username",
            crate::common::instant_text("u.expires_at")
        ))
        .unwrap();
    stmt.query_map((), |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn the_demo_database_exports_and_imports_back_unchanged() {
    let env = Env::new();
    env.run(&["demo", "--users", "80"]).ok();
    let out = env.dir.path().join("export.csv");
    env.run(&["export-csv", "--output", out.to_str().unwrap()])
        .ok();
    let text = std::fs::read_to_string(&out).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "username,email,name,role,status,groups,expires_at,kind,budget_alerts,daily_budget,\
         email_digest,monthly_budget,timezone"
    );
    // The export really carries the access model (the demo has all of it).
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), 80);
    let filled = |col: usize| rows.iter().filter(|r| !r[col].is_empty()).count();
    assert!(filled(5) >= 5, "groups: {text}");
    assert_eq!(filled(6), 1, "the demo's one expired contractor: {text}");
    assert_eq!(
        rows.iter().filter(|r| r[7] == "service").count(),
        1,
        "the demo's service account: {text}"
    );
    assert!(filled(12) >= 5, "timezone: {text}");

    // Importing the export changes nothing: no account is after into the source
    // (that takes --adopt), no row of any table changes, no audit entry is written.
    let before = snapshot(&env);
    let run = env.run(&["--format", "json", "import-csv", out.to_str().unwrap()]);
    run.ok();
    let report = run.json();
    assert_eq!(report["created"], 0);
    assert_eq!(report["updated"], 0, "{report}");
    assert_eq!(report["unchanged"], 80, "{report}");
    let after = snapshot(&env);
    assert_eq!(before, after);

    // Export → import changes nothing now: no row of any table, no audit entry.
    let out2 = env.dir.path().join("export2.csv");
    env.run(&["export-csv", "--output", out2.to_str().unwrap()])
        .ok();
    assert_eq!(std::fs::read_to_string(&out2).unwrap(), text);
    let run = env.run(&["import-csv", out2.to_str().unwrap()]);
    run.ok();
    assert_eq!(
        run.stdout.trim(),
        "import: 0 created, 0 updated, 80 unchanged, 0 deactivated, 0 rejected"
    );
    assert_eq!(snapshot(&env), after);
    // So does a sync with hashes (every account is in the file).
    let hashes = env.run(&["export-csv", "--with-password-hashes"]);
    let with = write(&env, "hashes.csv", &hashes.stdout);
    let run = env.run(&["import-csv", "--mode", "sync", with.to_str().unwrap()]);
    run.ok();
    assert!(
        run.stdout
            .contains("0 created, 0 updated, 80 unchanged, 0 deactivated"),
        "{}",
        run.stdout
    );
    assert_eq!(snapshot(&env), after);
}

/// A database with three groups and three attributes.
fn access_env() -> Env {
    let env = Env::init();
    for g in ["ops", "sales", "support"] {
        env.run(&["group", "create", g]).ok();
    }
    env.run(&["attr", "define", "timezone", "--type", "timezone"])
        .ok();
    env.run(&["attr", "define", "daily_budget", "--type", "int"])
        .ok();
    env.run(&[
        "attr",
        "define",
        "digest",
        "--type",
        "enum:daily,weekly",
        "--default",
        "weekly",
    ])
    .ok();
    env
}

/// An expiry no timestamp form reads makes the account expired (it cannot log in). The
/// export gives it as stored, not as an empty cell, which would read back as "never
/// expires" and let the account in; importing the export refuses that row, naming it,
/// and writes nothing.
#[test]
fn an_unreadable_expiry_exports_as_stored_and_the_import_refuses_it() {
    crate::only_in_a_file!("a timestamp no form reads, which timestamptz refuses");
    let env = Env::init();
    env.add_user("odd", "user");
    env.sql()
        .execute(
            "UPDATE users SET expires_at = 'next spring' WHERE username = 'odd'",
            (),
        )
        .unwrap();
    let out = env.dir.path().join("export.csv");
    env.run(&["export-csv", "--output", out.to_str().unwrap()])
        .ok();
    let text = std::fs::read_to_string(&out).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = header.iter().position(|h| *h == "expires_at").unwrap();
    let (line, odd) = lines
        .enumerate()
        .find(|(_, l)| l.starts_with("odd,"))
        .unwrap();
    assert_eq!(odd.split(',').nth(col), Some("next spring"), "{text}");

    let before = snapshot(&env);
    let run = env.run(&["import-csv", out.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr.contains(&format!(
            "line {}: invalid expires_at 'next spring'",
            line + 2
        )),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&env), before);
}

#[test]
fn two_nights_of_groups_expiry_and_attributes() {
    let env = access_env();
    // Made by another feed: its groups are that feed's business (only added to).
    let other = write(&env, "hr.csv", "username,groups\next1,ops;support\n");
    env.run(&["import-csv", "--source", "hr", other.to_str().unwrap()])
        .ok();
    // Made by hand: adopted by the first import, whose file then owns its groups.
    env.add_user("hand", "user");
    env.run(&["group", "add", "support", "hand"]).ok();

    let night1 = write(
        &env,
        "night1.csv",
        &format!(
            "username,groups,expires_at,Time Zone,daily_budget,digest,password\n\
             u01,ops,,Europe/Berlin,10,,\n\
             u02,ops;sales,2027-06-30,,,daily,\n\
             u03,,2027-01-01T12:00:00Z,utc,,,\n\
             u04,sales,2027-03-31,,25,,\n\
             u05,support ; ops,,Asia/Tokyo,,weekly,\n\
             u06,,,,40,,\n\
             u07,sales,,,,,{GOOD_PASSWORD}\n\
             u08,ops,never,America/New_York,5,daily,\n\
             hand,sales,,,,,\n\
             ext1,sales,,,,,\n"
        ),
    );
    let run = env.run(&[
        "import-csv",
        "--map",
        "Time Zone=timezone",
        night1.to_str().unwrap(),
    ]);
    run.ok();
    assert_eq!(
        run.stdout.trim(),
        "import: 8 created, 2 updated, 0 unchanged, 0 deactivated, 0 rejected"
    );
    assert_eq!(
        state(&env),
        [
            "ext1 invited [ops;sales;support] never",
            "hand active [sales] never",
            "u01 invited [ops] never daily_budget=10 timezone=Europe/Berlin",
            "u02 invited [ops;sales] 2027-06-30T00:00:00Z digest=daily",
            "u03 invited [] 2027-01-01T12:00:00Z timezone=UTC",
            "u04 invited [sales] 2027-03-31T00:00:00Z daily_budget=25",
            "u05 invited [ops;support] never digest=weekly timezone=Asia/Tokyo",
            "u06 invited [] never daily_budget=40",
            "u07 active [sales] never",
            "u08 invited [ops] never daily_budget=5 digest=daily timezone=America/New_York",
        ]
    );
    // The same file again changes nothing.
    let audits = env.count("SELECT count(*) FROM audit_log");
    let run = env.run(&[
        "import-csv",
        "--map",
        "Time Zone=timezone",
        night1.to_str().unwrap(),
    ]);
    assert!(
        run.stdout.contains("0 updated, 10 unchanged"),
        "{}",
        run.stdout
    );
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), audits);

    // Night two: a sync. u01 moves to sales; u02 leaves every group and loses its
    // expiry; u04's expiry moves; u05's timezone changes and its digest goes back to
    // the default; u06 loses its budget; u07 is gone; u08 is as before; ext1 (another
    // feed's) is named with no groups: nothing is taken from it. No attribute
    // columns but timezone: the others stay as they are.
    let night2 = write(
        &env,
        "night2.csv",
        "username,groups,expires_at,timezone,digest,daily_budget\n\
         u01,sales,,Europe/Berlin,,10\n\
         u02,,,,daily,\n\
         u03,,2027-01-01T12:00:00Z,UTC,,\n\
         u04,sales,2028-03-31,,,25\n\
         u05,ops;support,,Europe/Lisbon,,\n\
         u06,,,,,\n\
         u08,ops,,America/New_York,daily,5\n\
         hand,sales;support,,,,\n\
         ext1,,,,,\n",
    );
    let dry = env.run(&[
        "--dry-run",
        "--format",
        "json",
        "import-csv",
        "--mode",
        "sync",
        "--max-deactivate",
        "1",
        night2.to_str().unwrap(),
    ]);
    dry.ok();
    let report = dry.json();
    let changes = |name: &str| -> serde_json::Value {
        report["updated_accounts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["username"] == name)
            .map_or(serde_json::Value::Null, |u| u["changes"].clone())
    };
    assert_eq!(
        changes("u01"),
        serde_json::json!([{"field": "groups", "old": ["ops"], "new": ["sales"]}])
    );
    assert_eq!(
        changes("u02"),
        serde_json::json!([
            {"field": "groups", "old": ["ops", "sales"], "new": []},
            {"field": "expires_at", "old": "2027-06-30T00:00:00Z", "new": null},
        ])
    );
    assert_eq!(
        changes("u05"),
        serde_json::json!([
            {"field": "timezone", "old": "Asia/Tokyo", "new": "Europe/Lisbon"},
            {"field": "digest", "old": "weekly", "new": null},
        ])
    );
    assert_eq!(changes("u03"), serde_json::Value::Null);
    assert_eq!(changes("ext1"), serde_json::Value::Null);
    assert_eq!(
        report["would_deactivate"],
        serde_json::json!([{"username": "u07", "manager": false}])
    );
    assert_eq!(report["updated"], 6, "{report}");
    // The text dry run says the same in words.
    let text = env.run(&[
        "--dry-run",
        "import-csv",
        "--mode",
        "sync",
        "--max-deactivate",
        "1",
        night2.to_str().unwrap(),
    ]);
    assert!(
        text.stdout
            .contains("would update u02: groups ops;sales -> (none), expires_at 2027-06-30T00:00:00Z -> (none)"),
        "{}",
        text.stdout
    );

    let run = env.run(&[
        "import-csv",
        "--mode",
        "sync",
        "--max-deactivate",
        "1",
        night2.to_str().unwrap(),
    ]);
    run.ok();
    assert_eq!(
        run.stdout.trim(),
        "import: 0 created, 6 updated, 3 unchanged, 1 deactivated, 0 rejected"
    );
    assert_eq!(
        state(&env),
        [
            "ext1 invited [ops;sales;support] never",
            "hand active [sales;support] never",
            "u01 invited [sales] never daily_budget=10 timezone=Europe/Berlin",
            "u02 invited [] never digest=daily",
            "u03 invited [] 2027-01-01T12:00:00Z timezone=UTC",
            "u04 invited [sales] 2028-03-31T00:00:00Z daily_budget=25",
            "u05 invited [ops;support] never timezone=Europe/Lisbon",
            "u06 invited [] never",
            // Deactivation keeps everything else (nothing is lost).
            "u07 inactive [sales] never",
            "u08 invited [ops] never daily_budget=5 digest=daily timezone=America/New_York",
        ]
    );
    // Each change is in the account's audit entry: who changed what.
    let (actor, details): (String, String) = env
        .sql()
        .query_row(
            "SELECT actor, details FROM audit_log WHERE action = 'user.edit' AND target = 'u02' \
             ORDER BY id DESC LIMIT 1",
            (),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(actor, crate::common::operator());
    let details: serde_json::Value = serde_json::from_str(&details).unwrap();
    assert_eq!(
        details["changes"]["groups"],
        serde_json::json!({"old": ["ops", "sales"], "new": [], "added": [], "removed": ["ops", "sales"]})
    );
    assert_eq!(
        details["changes"]["expires_at"],
        serde_json::json!({"old": "2027-06-30T00:00:00Z", "new": null})
    );
    let created: String = env
        .sql()
        .query_row(
            "SELECT details FROM audit_log WHERE action = 'user.add' AND target = 'u08'",
            (),
            |r| r.get(0),
        )
        .unwrap();
    let created: serde_json::Value = serde_json::from_str(&created).unwrap();
    assert_eq!(created["groups"], serde_json::json!(["ops"]));
    assert_eq!(
        created["attributes"],
        serde_json::json!({"daily_budget": "5", "digest": "daily", "timezone": "America/New_York"})
    );
    // And the night-two file again changes nothing.
    let run = env.run(&["import-csv", "--mode", "sync", night2.to_str().unwrap()]);
    assert!(
        run.stdout.contains("0 updated, 9 unchanged, 0 deactivated"),
        "{}",
        run.stdout
    );
}

#[test]
fn bad_groups_dates_and_attributes_are_row_errors_and_nothing_is_written() {
    let env = access_env();
    env.add_user("keep", "user");
    let before = snapshot(&env);
    let f = write(
        &env,
        "bad.csv",
        "username,groups,expires_at,timezone,daily_budget\n\
         ok1,ops,2027-01-01,UTC,1\n\
         bad1,ops;suport,,,\n\
         bad2,,90d,,\n\
         bad3,,2027-02-30,,\n\
         bad4,,,Mars/Olympus,\n\
         bad5,,,,lots\n\
         bad6,Bad Name!,,,\n\
         keep,nosuchgroup,,,\n",
    );
    for dry in [false, true] {
        let mut args = vec!["import-csv", f.to_str().unwrap()];
        if dry {
            args.insert(0, "--dry-run");
        }
        let run = env.run(&args);
        run.code(7);
        assert_eq!(
            run.stderr,
            "line 3: no group 'suport' in the groups cell: did you mean 'support'?\n\
             line 4: expires_at '90d' is relative and would move every night: give a date \
             (2027-03-31) or a UTC time (2027-03-31T18:00:00Z)\n\
             line 5: invalid expires_at '2027-02-30': give a date (2027-03-31), a UTC time \
             (2027-03-31T18:00:00Z), or never (or leave the cell empty)\n\
             line 6: invalid value 'Mars/Olympus' for timezone: expected an IANA time zone \
             name such as Europe/Berlin or UTC\n\
             line 7: invalid value 'lots' for daily_budget: expected a whole number\n\
             line 8: groups: invalid group name 'Bad Name!': use 2 to 50 of a-z, 0-9, '.', \
             '_', '-', starting with a letter or digit\n\
             line 9: no group 'nosuchgroup' in the groups cell: create it first with \
             `userctl group create nosuchgroup`\n\
             error: 7 invalid row(s): nothing was written\n\
             hint: fix the rows listed above, or add --skip-invalid to import the valid rows only\n"
        );
        assert_eq!(snapshot(&env), before);
    }
    // A column that is neither userctl's nor a declared attribute: the header is refused.
    let f = write(&env, "col.csv", "username,timezon\nx1,UTC\n");
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr
            .starts_with("error: line 1: unknown column 'timezon' (did you mean 'timezone'?)\n"),
        "{}",
        run.stderr
    );
    assert!(run
        .stderr
        .contains("groups, expires_at, kind, daily_budget, digest, timezone"));
    // --map may name a declared attribute, not an undeclared one.
    let run = env.run(&["import-csv", "--map", "TZ=tz", f.to_str().unwrap()]);
    run.code(2);
    assert!(
        run.stderr
            .contains("'tz' is neither a column import-csv reads nor a declared attribute"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&env), before);
}

#[test]
fn an_import_cannot_take_users_manage_from_the_last_manager_through_a_group() {
    let env = Env::init();
    env.run(&["group", "create", "ops"]).ok();
    env.run(&["group", "grant", "ops", "users.manage"]).ok();
    env.run(&["group", "add", "ops", "root"]).ok();
    // root now manages users only through ops.
    env.run(&["user", "role", "root", "user"]).ok();
    env.add_user("amy", "user");
    let before = snapshot(&env);
    let f = write(&env, "drop.csv", "username,groups\nroot,\namy,ops\n");
    // With amy joining ops in the same file, the guard counts her: allowed.
    let run = env.run(&["--dry-run", "import-csv", f.to_str().unwrap()]);
    run.ok();
    assert_eq!(snapshot(&env), before);
    let g = write(&env, "drop2.csv", "username,groups\nroot,\n");
    for dry in [true, false] {
        let mut args = vec!["import-csv", g.to_str().unwrap()];
        if dry {
            args.insert(0, "--dry-run");
        }
        let run = env.run(&args);
        run.code(5);
        assert!(
            run.stderr.starts_with(
                "error: refused: this would leave no active account that can manage users (last-admin guard)\n"
            ),
            "{}",
            run.stderr
        );
        assert_eq!(snapshot(&env), before);
    }
    // An expiry in the past is guarded the same way.
    let h = write(&env, "expire.csv", "username,expires_at\nroot,2020-01-01\n");
    env.run(&["import-csv", h.to_str().unwrap()]).code(5);
    assert_eq!(snapshot(&env), before);
}

#[test]
fn an_as_account_cannot_join_accounts_to_groups_above_its_own_permissions() {
    let env = Env::init();
    env.run(&[
        "role",
        "create",
        "helpdesk",
        "--permission",
        "users.view",
        "users.manage",
        "resources.view",
        "playground.use",
    ])
    .ok();
    env.add_user("desk", "helpdesk");
    env.run(&["group", "create", "auditors"]).ok();
    env.run(&["group", "grant", "auditors", "audit.view"]).ok();
    let before = snapshot(&env);
    let f = write(&env, "a.csv", "username,groups\nnewbie,auditors\n");
    let run = env.run_as(
        "desk",
        GOOD_PASSWORD,
        &["import-csv", f.to_str().unwrap()],
        "",
    );
    run.code(6);
    assert!(
        run.stderr
            .contains("cannot hand out permissions it does not hold (audit.view)"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&env), before);
}

#[test]
fn service_accounts_are_created_by_the_kind_column_and_never_converted() {
    let env = Env::init();
    env.add_user("alice", "user");
    let file = env.dir.path().join("people.csv");
    std::fs::write(
        &file,
        "username,email,name,status,kind\n\
         svc-grafana,,Grafana,active,service\n\
         bob,bob@example.com,Bob,,person\n",
    )
    .unwrap();
    let run = env.run(&["import-csv", file.to_str().unwrap()]);
    run.ok();
    assert_eq!(
        run.stdout.trim(),
        "import: 2 created, 0 updated, 0 unchanged, 0 deactivated, 0 rejected"
    );
    // Active, no password, no invitation: API keys only.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM users WHERE username = 'svc-grafana' AND kind = 'service' \
             AND status = 'active' AND password_hash IS NULL"
        ),
        1
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM invitations i JOIN users u ON u.id = i.user_id \
             WHERE u.username = 'svc-grafana'"
        ),
        0
    );
    // bob, a person without a password, is invited as before.
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'bob' AND kind = 'person' AND status = 'invited'"),
        1
    );
    let details: String = env
        .sql()
        .query_row(
            "SELECT details FROM audit_log WHERE action = 'user.add' AND target = 'svc-grafana'",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert!(details.contains(r#""kind":"service""#), "{details}");

    // The same file again changes nothing.
    let audit = env.count("SELECT count(*) FROM audit_log");
    let run = env.run(&["import-csv", file.to_str().unwrap()]);
    run.ok();
    assert_eq!(
        run.stdout.trim(),
        "import: 0 created, 0 updated, 2 unchanged, 0 deactivated, 0 rejected"
    );
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), audit);

    // The export says which accounts are service accounts.
    let run = env.run(&["--format", "csv", "export-csv"]);
    run.ok();
    assert!(
        run.stdout
            .starts_with("username,email,name,role,status,groups,expires_at,kind\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("\nsvc-grafana,,Grafana,user,active,,,service\n"),
        "{}",
        run.stdout
    );

    // Kinds are never changed by a file, a service account takes no password, and
    // the word must be one of the two: each a row error, nothing written.
    let before = env.count("SELECT count(*) FROM audit_log");
    std::fs::write(
        &file,
        "username,password_hash,kind\n\
         alice,,service\n\
         svc-grafana,,person\n\
         svc-new,$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW,service\n\
         carol,,robot\n",
    )
    .unwrap();
    let run = env.run(&["import-csv", file.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr.contains(
            "line 2: user 'alice' is a person and the kind cell says service: the import does \
             not change an account's kind (`userctl user edit alice --service true|false`)"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "line 3: user 'svc-grafana' is a service account and the kind cell says person"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("line 4: user 'svc-new' is to be a service account (API keys only): it takes no password"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("line 5: invalid kind 'robot': give person or service"),
        "{}",
        run.stderr
    );
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), before);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE kind = 'service'"),
        1
    );
}
