//! The audit log's two entry formats: a file made before format 2 (the committed
//! revision-1 fixture) still verifies after migration and after new writes, and
//! tampering with entries of either format is named by `audit verify` and refused by
//! the per-write check.

use crate::common::{Env, GOOD_PASSWORD};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rev1-demo.db");

/// The fixture, migrated: its entries are all format 1.
fn migrated_fixture() -> Env {
    let env = Env::new();
    // On PostgreSQL the migrated file is copied to the server, as an application moves.
    let file = match crate::common::engine() {
        crate::common::Engine::Sqlite => env.db.clone(),
        crate::common::Engine::Postgres => env.dir.path().join("rev1.db"),
    };
    std::fs::copy(FIXTURE, &file).expect("copy fixture");
    std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let file = file.to_str().unwrap();
    env.run(&["--db", file, "db", "migrate"]).ok();
    if file != env.db.to_str().unwrap() {
        env.run(&["--db", file, "db", "copy", "--to", env.db.to_str().unwrap()])
            .ok();
    }
    env
}

fn verify(env: &Env) -> serde_json::Value {
    let run = env.run(&["--format", "json", "audit", "verify"]);
    run.ok();
    run.json()
}

/// Entries of the format written now (format 3 since schema revision 3).
fn format_2_entries(env: &Env) -> i64 {
    env.count("SELECT count(*) FROM audit_log WHERE hash LIKE 'v3:%'")
}

/// The migrated fixture, one account added by hand and three imported: a chain of
/// format-1 entries followed by format-2 ones.
fn mixed() -> (Env, i64, String) {
    let env = migrated_fixture();
    let old = verify(&env);
    let old_entries = old["entries"].as_i64().unwrap();
    assert!(old_entries > 40, "{old}");
    assert_eq!(format_2_entries(&env), 0, "the fixture predates format 2");
    let head = old["head"].as_str().unwrap().to_string();
    assert_eq!(head.len(), 64);

    env.run_stdin(
        &["user", "add", "handmade", "--password-stdin"],
        &format!("{GOOD_PASSWORD}\n"),
    )
    .ok();
    let csv = env.dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "username,email,name,password\n\
         imp1,imp1@example.com,Imp One,amber lantern drifting north slowly 1\n\
         imp2,imp2@example.com,Imp Two,\n\
         imp3,,Imp Three,amber lantern drifting north slowly 3\n",
    )
    .unwrap();
    env.run(&["import-csv", csv.to_str().unwrap()]).ok();
    (env, old_entries, head)
}

#[test]
fn a_revision_1_log_verifies_after_migration_and_new_writes() {
    let (env, old_entries, old_head) = mixed();
    let v = verify(&env);
    assert_eq!(v["entries"].as_i64().unwrap(), old_entries + 4, "{v}");
    assert_eq!(format_2_entries(&env), 4);
    assert!(v["head"].as_str().unwrap().starts_with("v3:"), "{v}");
    // The format-1 entries are untouched: the head kept before still is in the chain.
    env.run(&["audit", "verify", "--expect-head", &old_head])
        .ok();
    env.run(&[
        "audit",
        "verify",
        "--expect-head",
        v["head"].as_str().unwrap(),
    ])
    .ok();

    // Each imported account's creation is its own entry, with what it was created with.
    let run = env.run(&["--format", "json", "audit", "list", "--user", "imp2"]);
    run.ok();
    let entries = run.json();
    let entries = entries.as_array().unwrap();
    assert_eq!(entries.len(), 1, "{entries:?}");
    let e = &entries[0];
    assert_eq!(e["action"], "user.add");
    assert_eq!(e["actor"], crate::common::operator());
    assert_eq!(e["details"]["status"], "invited");
    assert_eq!(e["details"]["password"], "none");
    assert_eq!(e["details"]["source"], "import-csv");
    assert_eq!(e["details"]["managed_by"], "csv");
    let imp1: serde_json::Value = serde_json::from_str(
        &env.sql()
            .query_row(
                "SELECT details FROM audit_log WHERE target = 'imp1'",
                (),
                |r| r.get::<String>(0),
            )
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        imp1["password"], "set",
        "hashed after its entry was digested"
    );
    assert_eq!(imp1["email"], "imp1@example.com");
    assert_eq!(imp1["display_name"], "Imp One");
    // The entries of one import share the account rows' creation time, in file order.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log a JOIN users u ON u.username = a.target \
             WHERE a.action = 'user.add' AND a.target LIKE 'imp%' AND a.at = u.created_at"
        ),
        3
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 \
             WHERE a.target = 'imp1' AND b.target = 'imp2'"
        ),
        1
    );
}

#[test]
fn tampering_with_either_format_is_named() {
    let (_, old_entries, _) = mixed();
    let last_v1 = old_entries;
    let import_first = old_entries + 2;
    for (named, sql) in [
        (3, "UPDATE audit_log SET target = 'mallory' WHERE id = 3".to_string()),
        (last_v1, format!("UPDATE audit_log SET details = '{{}}' WHERE id = {last_v1}")),
        (
            import_first,
            format!("UPDATE audit_log SET details = replace(details, 'imp1@', 'evil@') WHERE id = {import_first}"),
        ),
        (
            import_first + 1,
            format!("DELETE FROM audit_log WHERE id = {import_first}"),
        ),
        (
            import_first,
            format!(
                "UPDATE audit_log SET target = CASE id WHEN {a} THEN 'imp2' ELSE 'imp1' END \
                 WHERE id IN ({a}, {b})",
                a = import_first,
                b = import_first + 1
            ),
        ),
        (
            last_v1 + 1,
            format!("UPDATE audit_log SET hash = substr(hash, 4) WHERE id = {}", last_v1 + 1),
        ),
    ] {
        let (env, _, _) = mixed();
        env.sql().execute_batch(&sql).unwrap();
        let run = env.run(&["audit", "verify"]);
        run.code(9);
        assert!(
            run.stderr.contains("the audit log was tampered with")
                && run.stderr.contains(&format!("entry {named} ")),
            "{sql}: {}",
            run.stderr
        );
    }
}

#[test]
fn a_tampered_newest_entry_of_either_format_stops_the_next_write() {
    // Format 1: the migrated fixture's newest entry.
    let env = migrated_fixture();
    env.sql()
        .execute_batch(
            "UPDATE audit_log SET actor = 'os:mallory' WHERE id = (SELECT max(id) FROM audit_log)",
        )
        .unwrap();
    let run = env.run_stdin(&["user", "add", "late", "--invite"], "");
    run.code(9);
    assert!(
        run.stderr.contains("the audit log is broken"),
        "{}",
        run.stderr
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'late'"),
        0
    );

    // Format 2: an imported account's entry.
    let (env, _, _) = mixed();
    env.sql()
        .execute_batch(
            "UPDATE audit_log SET details = replace(details, 'Three', 'Four') \
             WHERE id = (SELECT max(id) FROM audit_log)",
        )
        .unwrap();
    let run = env.run_stdin(&["user", "add", "late", "--invite"], "");
    run.code(9);
    assert!(run.stderr.contains("was modified"), "{}", run.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'late'"),
        0
    );
}

#[test]
fn an_import_mixing_staged_entries_and_accounts_with_groups_chains_one_entry_each() {
    let env = crate::common::Env::init();
    env.run(&["group", "create", "ops"]).ok();
    let csv = env.dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "username,groups,expires_at\nann,,\nbob,ops,\ncid,,2030-01-01\ndan,,\n",
    )
    .unwrap();
    env.run(&["import-csv", csv.to_str().unwrap()]).ok();
    verify(&env);
    // One user.add each: the plain accounts' staged first, then those with groups or an
    // expiry, written with what those became.
    let adds: Vec<String> = env
        .sql()
        .prepare("SELECT target FROM audit_log WHERE action = 'user.add' AND target <> 'root' ORDER BY id")
        .unwrap()
        .query_map((), |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(adds, ["ann", "dan", "bob", "cid"]);
    let bob: serde_json::Value = serde_json::from_str(
        &env.sql()
            .query_row(
                "SELECT details FROM audit_log WHERE target = 'bob'",
                (),
                |r| r.get::<String>(0),
            )
            .unwrap(),
    )
    .unwrap();
    assert_eq!(bob["groups"], serde_json::json!(["ops"]), "{bob}");
    assert_eq!(
        format_2_entries(&env),
        env.count("SELECT count(*) FROM audit_log")
    );
}
