//! When someone leaves: an application with its own tables referencing `users(id)`
//! registers them (`owned add|list|remove`), counts show in `user show` and `user list
//! --counts`, and `user transfer`, `user delete --transfer-to`, `user export-data` and
//! `user erase` move, delete, export and erase an account's data — all or nothing,
//! audited, and with an audit log that still verifies after an erase.

use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{Env, GOOD_PASSWORD};

/// The application's own tables: personas (no ON DELETE rule, a unique name per
/// owner), drafts (ON DELETE CASCADE), invoices (ON DELETE RESTRICT), a column that
/// references nothing, and a table referencing users by another column.
const APPLICATION: &str = "
    CREATE TABLE personas (
        id       INTEGER PRIMARY KEY,
        owner_id INTEGER NOT NULL REFERENCES users(id),
        name     TEXT NOT NULL,
        UNIQUE (owner_id, name)
    );
    CREATE TABLE drafts (
        id        INTEGER PRIMARY KEY,
        author_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
        body      TEXT
    );
    CREATE TABLE invoices (
        id      INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        total   REAL
    );
    CREATE TABLE notes (id INTEGER PRIMARY KEY, user_id INTEGER, text TEXT);
    CREATE TABLE follows (
        follower INTEGER REFERENCES users(id),
        followed_name TEXT REFERENCES users(username)
    );
";

/// `root` (admin), `alice` and `bob` (users), the application's tables, and what alice
/// and bob own: alice 2 personas, 3 drafts; bob 1 persona.
fn application() -> Env {
    let env = Env::init();
    for name in ["alice", "bob"] {
        env.add_user(name, "user");
    }
    let conn = env.sql();
    conn.execute_batch(APPLICATION).unwrap();
    conn.execute_batch(
        "INSERT INTO personas (owner_id, name) SELECT id, 'helper' FROM users WHERE username = 'alice';
         INSERT INTO personas (owner_id, name) SELECT id, 'critic' FROM users WHERE username = 'alice';
         INSERT INTO personas (owner_id, name) SELECT id, 'poet' FROM users WHERE username = 'bob';
         INSERT INTO drafts (author_id, body) SELECT id, 'd' FROM users, (SELECT 1 UNION SELECT 2 UNION SELECT 3) WHERE username = 'alice';",
    )
    .unwrap();
    env
}

/// [`application`] with personas (transfer) and drafts (delete) registered.
fn registered() -> Env {
    let env = application();
    env.run(&[
        "owned",
        "add",
        "personas.owner_id",
        "--label",
        "personas",
        "--on-departure",
        "transfer",
    ])
    .ok();
    env.run(&[
        "owned",
        "add",
        "drafts.author_id",
        "--label",
        "drafts",
        "--on-departure",
        "delete",
    ])
    .ok();
    env
}

fn id_of(env: &Env, name: &str) -> i64 {
    env.count(&format!("SELECT id FROM users WHERE username = '{name}'"))
}

fn owned_by(env: &Env, table: &str, column: &str, name: &str) -> i64 {
    env.count(&format!(
        "SELECT count(*) FROM {table} WHERE {column} = (SELECT id FROM users WHERE username = '{name}')"
    ))
}

#[test]
fn owned_add_list_remove_and_their_refusals() {
    let env = application();
    let out = env.run(&[
        "owned",
        "add",
        "Personas.Owner_ID",
        "--label",
        "personas",
        "--on-departure",
        "transfer",
    ]);
    out.ok();
    assert_eq!(
        out.stdout,
        "registered personas.owner_id as 'personas' (on departure: transfer)\n"
    );
    assert_eq!(out.stderr, "");
    let refusals: &[(&[&str], i32, &str)] = &[
        (&["nope.user_id", "--label", "x"], 3, "no table 'nope'"),
        (&["notes.owner", "--label", "x"], 3, "has no column 'owner'"),
        (
            &["notes.user_id", "--label", "x"],
            7,
            "does not reference users(id)",
        ),
        (
            &["follows.followed_name", "--label", "x"],
            7,
            "does not reference users(id)",
        ),
        (
            &["sessions.user_id", "--label", "x"],
            7,
            "userctl's own tables",
        ),
        (
            &["drafts.author_id", "--label", "personas"],
            4,
            "label 'personas' is registered already",
        ),
        (
            &["personas.owner_id", "--label", "other"],
            4,
            "registered already, as 'personas'",
        ),
        (
            &["drafts.author_id", "--label", "groups"],
            2,
            "already shows",
        ),
        (&["drafts", "--label", "x"], 2, "is not TABLE.COLUMN"),
    ];
    for (args, code, message) in refusals {
        let mut all = vec!["owned", "add"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--on-departure", "delete"]);
        let out = env.run(&all);
        out.code(*code);
        assert!(out.stderr.contains(message), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
    }
    assert_eq!(env.count("SELECT count(*) FROM owned_data"), 1);
    env.run(&[
        "owned",
        "add",
        "follows.follower",
        "--label",
        "follows",
        "--on-departure",
        "delete",
    ])
    .ok();

    let list = env.run(&["--format", "json", "owned", "list"]);
    list.ok();
    let rows = list.json();
    assert_eq!(rows.as_array().unwrap().len(), 2, "{rows}");
    assert_eq!(rows[1]["label"], "personas");
    assert_eq!(rows[1]["table"], "personas");
    assert_eq!(rows[1]["column"], "owner_id");
    assert_eq!(rows[1]["on_departure"], "transfer");
    assert_eq!(rows[1]["problem"], serde_json::Value::Null);
    let csv = env.run(&["--format", "csv", "owned", "list"]);
    csv.ok();
    assert!(
        csv.stdout.starts_with(
            "label,table,column,on_departure,created_at,problem\nfollows,follows,follower,delete,"
        ),
        "{}",
        csv.stdout
    );

    // Audited, each.
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'owned.add'"),
        2
    );
    // A dry run writes nothing.
    env.run(&["--dry-run", "owned", "remove", "follows"]).ok();
    assert_eq!(env.count("SELECT count(*) FROM owned_data"), 2);
    let out = env.run(&["owned", "remove", "follows"]);
    out.ok();
    assert!(out.stdout.contains("removed 'follows'"), "{}", out.stdout);
    env.run(&["owned", "remove", "follows"]).code(3);
    assert_eq!(env.count("SELECT count(*) FROM owned_data"), 1);

    // An --as account needs settings.manage to change the registry, users.view to read it.
    let out = env.run_as(
        "alice",
        GOOD_PASSWORD,
        &[
            "owned",
            "add",
            "drafts.author_id",
            "--label",
            "drafts",
            "--on-departure",
            "delete",
        ],
        "",
    );
    out.code(6);
    env.run_as("alice", GOOD_PASSWORD, &["owned", "list"], "")
        .code(6);

    // The application drops the foreign key: `db check` names the label, exit 9.
    env.run(&["db", "check"]).ok();
    env.sql()
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             CREATE TABLE personas2 (id INTEGER PRIMARY KEY, owner_id INTEGER, name TEXT);
             INSERT INTO personas2 SELECT id, owner_id, name FROM personas;
             DROP TABLE personas; ALTER TABLE personas2 RENAME TO personas;",
        )
        .unwrap();
    let out = env.run(&["db", "check"]);
    out.code(9);
    assert!(
        out.stdout
            .contains("'personas' (personas.owner_id): the column no longer references users(id)"),
        "{}",
        out.stdout
    );
    let list = env.run(&["--format", "json", "owned", "list"]).json();
    assert!(list[0]["problem"]
        .as_str()
        .unwrap()
        .contains("no longer references"));
    // Offboarding refuses rather than leave rows behind unseen.
    let out = env.run(&["-y", "user", "delete", "alice"]);
    out.code(9);
    assert!(out.stderr.contains("out of date"), "{}", out.stderr);
}

#[test]
fn counts_show_in_user_show_and_user_list_in_every_format() {
    let env = registered();
    let show = env.run(&["user", "show", "alice"]);
    show.ok();
    assert!(show.stdout.contains("drafts: 3"), "{}", show.stdout);
    assert!(show.stdout.contains("personas: 2"), "{}", show.stdout);
    let json = env
        .run(&["--format", "json", "user", "show", "alice"])
        .json();
    assert_eq!(
        json["owned"],
        serde_json::json!({"drafts": 3, "personas": 2})
    );
    let csv = env.run(&["--format", "csv", "user", "show", "bob"]);
    assert!(
        csv.stdout.contains("owned,drafts: 0\nowned,personas: 1\n"),
        "{}",
        csv.stdout
    );

    let list = env.run(&[
        "--format", "json", "user", "list", "--counts", "--sort", "username",
    ]);
    list.ok();
    let rows = list.json();
    let alice = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["username"] == "alice")
        .unwrap();
    assert_eq!(
        alice["owned"],
        serde_json::json!({"drafts": 3, "personas": 2})
    );
    let csv = env.run(&[
        "--format", "csv", "user", "list", "--counts", "--sort", "username",
    ]);
    csv.ok();
    let lines: Vec<&str> = csv.stdout.lines().collect();
    assert!(
        lines[0].ends_with(",groups,grants,drafts,personas"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with(&format!("{},alice,", id_of(&env, "alice"))),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(",0,0,3,2"), "{}", lines[1]);
    assert!(lines[2].ends_with(",0,0,0,1"), "{}", lines[2]);
    let table = env.run(&["--wide", "user", "list", "--counts"]);
    assert!(table.stdout.contains("PERSONAS"), "{}", table.stdout);
}

#[test]
fn transfer_moves_every_label_all_or_nothing() {
    let env = registered();
    // A dry run reports and writes nothing.
    let out = env.run(&["--dry-run", "user", "transfer", "alice", "bob"]);
    out.ok();
    assert!(
        out.stdout.starts_with("dry run: would have moved 5 row(s)"),
        "{}",
        out.stdout
    );
    assert_eq!(owned_by(&env, "drafts", "author_id", "alice"), 3);

    let out = env.run(&[
        "--format", "json", "user", "transfer", "alice", "bob", "--only", "drafts",
    ]);
    out.ok();
    let change = out.json();
    assert_eq!(change["result"], "updated");
    assert_eq!(
        change["details"],
        serde_json::json!({"rows": {"drafts": 3}, "to": "bob"})
    );
    assert_eq!(owned_by(&env, "drafts", "author_id", "bob"), 3);
    assert_eq!(owned_by(&env, "personas", "owner_id", "alice"), 2);
    let details: String = env
        .sql()
        .query_row(
            "SELECT details FROM audit_log WHERE action = 'user.transfer' AND target = 'alice'",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(details, r#"{"rows":{"drafts":3},"to":"bob"}"#);

    // Nothing left to move: unchanged, not audited again.
    let out = env.run(&["user", "transfer", "alice", "bob", "--only", "drafts"]);
    out.ok();
    assert!(out.stdout.contains("nothing moved"), "{}", out.stdout);

    // A unique key refuses the lot: bob has a persona named like one of alice's, and
    // her drafts (moved back first) stay with her too.
    env.run(&["user", "transfer", "bob", "alice", "--only", "drafts"])
        .ok();
    env.sql()
        .execute(
            "INSERT INTO personas (owner_id, name) SELECT id, 'critic' FROM users WHERE username = 'bob'",
            (),
        )
        .unwrap();
    let out = env.run(&["user", "transfer", "alice", "bob"]);
    out.code(4);
    assert!(out.stderr.contains("'personas'"), "{}", out.stderr);
    assert!(out.stderr.contains("nothing was moved"), "{}", out.stderr);
    assert_eq!(out.stdout, "");
    assert_eq!(owned_by(&env, "drafts", "author_id", "alice"), 3);
    assert_eq!(owned_by(&env, "personas", "owner_id", "alice"), 2);

    // Refusals: unknown recipient 3, unknown label 3, inactive recipient 7, same 2.
    env.run(&["user", "transfer", "alice", "nobody"]).code(3);
    env.run(&["user", "transfer", "alice", "bob", "--only", "nope"])
        .code(3);
    env.run(&["user", "transfer", "alice", "alice"]).code(2);
    env.run(&["user", "deactivate", "bob"]).ok();
    let out = env.run(&["user", "transfer", "alice", "bob", "--only", "drafts"]);
    out.code(7);
    assert!(out.stderr.contains("bob is inactive"), "{}", out.stderr);
    env.run(&["user", "edit", "root", "--expires", "2020-01-01"])
        .code(5);
}

#[test]
fn delete_refuses_while_data_exists_and_hands_it_over_with_transfer_to() {
    let env = registered();
    env.run(&[
        "owned",
        "add",
        "invoices.user_id",
        "--label",
        "invoices",
        "--on-departure",
        "block",
    ])
    .ok();
    // Transfer data without a recipient refuses, naming labels and counts.
    let out = env.run(&["-y", "user", "delete", "alice"]);
    out.code(5);
    assert!(
        out.stderr
            .contains("alice owns data to hand over before it is deleted (personas: 2)"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--transfer-to"), "{}", out.stderr);
    // Block data refuses whatever.
    env.sql()
        .execute(
            "INSERT INTO invoices (user_id, total) SELECT id, 9.5 FROM users WHERE username = 'alice'",
            (),
        )
        .unwrap();
    let out = env.run(&["-y", "user", "delete", "alice", "--transfer-to", "bob"]);
    out.code(5);
    assert!(out.stderr.contains("invoices: 1"), "{}", out.stderr);
    let json = env.run(&[
        "-y",
        "--format",
        "json",
        "user",
        "delete",
        "alice",
        "--transfer-to",
        "bob",
    ]);
    json.code(5);
    assert_eq!(json.json()["result"], "refused");
    env.sql().execute("DELETE FROM invoices", ()).unwrap();

    // The recipient may not be one of the accounts leaving.
    env.run(&[
        "-y",
        "user",
        "delete",
        "alice",
        "bob",
        "--transfer-to",
        "bob",
    ])
    .code(2);
    // A dry run moves nothing.
    env.run(&[
        "--dry-run",
        "user",
        "delete",
        "alice",
        "--transfer-to",
        "bob",
    ])
    .ok();
    assert_eq!(owned_by(&env, "personas", "owner_id", "alice"), 2);

    let alice = id_of(&env, "alice");
    let out = env.run(&[
        "-y",
        "--format",
        "json",
        "user",
        "delete",
        "alice",
        "--transfer-to",
        "bob",
    ]);
    out.ok();
    let change = out.json();
    assert_eq!(change["result"], "deleted");
    assert_eq!(
        change["details"]["transferred"],
        serde_json::json!({"personas": 2})
    );
    assert_eq!(
        change["details"]["deleted_rows"],
        serde_json::json!({"drafts": 3})
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'alice'"),
        0
    );
    assert_eq!(owned_by(&env, "personas", "owner_id", "bob"), 3);
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM drafts WHERE author_id = {alice}"
        )),
        0
    );
    assert_eq!(
        env.count("SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    env.run(&["audit", "verify"]).ok();
}

#[test]
fn export_data_writes_one_private_document_per_account() {
    let env = registered();
    env.run(&["group", "create", "ops"]).ok();
    env.run(&["group", "add", "ops", "alice"]).ok();
    env.run(&["key", "create", "alice", "--label", "ci"]).ok();
    let file = env.dir.path().join("export.jsonl");
    let path = file.to_str().unwrap();
    // A dry run writes no file.
    env.run(&[
        "--dry-run",
        "user",
        "export-data",
        "alice",
        "--output",
        path,
    ])
    .ok();
    assert!(!file.exists());
    let list = env.dir.path().join("leavers.txt");
    std::fs::write(&list, "alice\n# a comment\nbob@example.com\n").unwrap();
    let out = env.run(&[
        "--format",
        "json",
        "user",
        "export-data",
        "--from",
        list.to_str().unwrap(),
        "--output",
        path,
    ]);
    out.ok();
    let results = out.json_lines();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0]["target"], "alice");
    assert_eq!(results[0]["details"]["owned_rows"], 5);
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    let docs: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2);
    let alice = &docs[0];
    assert_eq!(alice["account"]["username"], "alice");
    assert_eq!(alice["account"]["email"], "alice@example.com");
    assert_eq!(alice["account"]["has_password"], true);
    assert!(alice["account"].get("password_hash").is_none());
    assert!(!text.contains("$argon2"), "no hash in the export");
    assert_eq!(alice["groups"], serde_json::json!(["ops"]));
    assert_eq!(alice["api_keys"][0]["label"], "ci");
    assert_eq!(alice["api_keys"][0]["prefix"].as_str().unwrap().len(), 16);
    assert_eq!(
        alice["owned"]["personas"]["rows"].as_array().unwrap().len(),
        2
    );
    let mut names: Vec<&str> = alice["owned"]["personas"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["critic", "helper"]);
    assert_eq!(
        alice["owned"]["drafts"]["rows"].as_array().unwrap().len(),
        3
    );
    let actions: Vec<&str> = alice["audit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["user.add", "group.add", "key.create"]);
    assert_eq!(docs[1]["account"]["username"], "bob");
    // An existing file is kept unless --force.
    let out = env.run(&["user", "export-data", "alice", "--output", path]);
    out.code(4);
    env.run(&["user", "export-data", "alice", "--output", path, "--force"])
        .ok();
    assert_eq!(std::fs::read_to_string(&file).unwrap().lines().count(), 1);
    // Anyone may export their own data; another's needs users.manage.
    let own = env.dir.path().join("own.jsonl");
    env.run_as(
        "bob",
        GOOD_PASSWORD,
        &[
            "user",
            "export-data",
            "bob",
            "--output",
            own.to_str().unwrap(),
        ],
        "",
    )
    .ok();
    env.run_as(
        "bob",
        GOOD_PASSWORD,
        &[
            "user",
            "export-data",
            "alice",
            "--output",
            own.to_str().unwrap(),
            "--force",
        ],
        "",
    )
    .code(6);
    env.run(&["user", "export-data", "nobody", "--output", path, "--force"])
        .code(3);
}

/// Every string of the audit log's actor, target and details columns, lower-cased.
fn audit_text(env: &Env) -> String {
    let conn = env.sql();
    let mut stmt = conn
        .prepare("SELECT actor || ' ' || coalesce(target, '') || ' ' || details FROM audit_log")
        .unwrap();
    let rows: Vec<String> = stmt
        .query_map((), |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows.join("\n").to_lowercase()
}

#[test]
fn erase_redacts_every_name_and_the_chain_still_verifies() {
    let env = registered();
    env.run_stdin(
        &[
            "user",
            "add",
            "carol",
            "--email",
            "carol@corp.example",
            "--name",
            "Carol Danvers",
            "--role",
            "admin",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    )
    .ok();
    // Carol acts (her name is the actor), is renamed, and is named in others' entries.
    env.run_as(
        "carol",
        GOOD_PASSWORD,
        &["user", "role", "bob", "moderator"],
        "",
    )
    .ok();
    env.run(&[
        "user",
        "edit",
        "carol",
        "--username",
        "cdanvers",
        "--name",
        "Captain Marvel",
        "--email",
        "cd@corp.example",
    ])
    .ok();
    env.run(&[
        "user",
        "deactivate",
        "bob",
        "--reason",
        "replaced by Captain Marvel",
    ])
    .ok();
    env.sql()
        .execute(
            "INSERT INTO personas (owner_id, name) SELECT id, 'pilot' FROM users WHERE username = 'cdanvers'",
            (),
        )
        .unwrap();
    env.run(&["user", "activate", "bob"]).ok();
    let before = env.run(&["--format", "json", "audit", "verify"]).json();
    let head = before["head"].as_str().unwrap().to_string();
    for name in [
        "carol",
        "cdanvers",
        "carol danvers",
        "captain marvel",
        "carol@corp.example",
        "cd@corp.example",
    ] {
        assert!(
            audit_text(&env).contains(name),
            "{name} is in the log before"
        );
    }

    // A dry run shows what would go and changes nothing.
    let out = env.run(&[
        "--dry-run",
        "user",
        "erase",
        "cdanvers",
        "--transfer-to",
        "alice",
    ]);
    out.ok();
    assert!(
        out.stdout.starts_with("dry run: would have erased account"),
        "{}",
        out.stdout
    );
    assert!(audit_text(&env).contains("captain marvel"));

    // Without a terminal, --yes is needed.
    env.run(&["user", "erase", "cdanvers", "--transfer-to", "alice"])
        .code(2);
    let id = id_of(&env, "cdanvers");
    let out = env.run(&[
        "-y",
        "--format",
        "json",
        "user",
        "erase",
        "cdanvers",
        "--transfer-to",
        "alice",
    ]);
    out.ok();
    let change = out.json();
    assert_eq!(change["target"], format!("erased-{id}"));
    assert_eq!(
        change["details"]["transferred"],
        serde_json::json!({"personas": 1})
    );

    // The chain verifies, and the head kept from before is still in it.
    env.run(&["audit", "verify"]).ok();
    env.run(&["audit", "verify", "--expect-head", &head]).ok();
    env.run(&["db", "check"]).ok();

    // No entry names her any more, under any name she had.
    let text = audit_text(&env);
    for name in [
        "carol",
        "cdanvers",
        "danvers",
        "captain marvel",
        "corp.example",
    ] {
        assert!(!text.contains(name), "{name} is still in the log:\n{text}");
    }
    // Attribution stays: her actions are the pseudonymous account's.
    assert!(text.contains(&format!("user:erased-{id}")), "{text}");
    let erase: (String, String) = env
        .sql()
        .query_row(
            "SELECT target, details FROM audit_log WHERE action = 'user.erase'",
            (),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(erase.0, format!("erased-{id}"));
    let details: serde_json::Value = serde_json::from_str(&erase.1).unwrap();
    assert_eq!(details["user_id"], id);
    // Her creation, her role change of bob, her rename, bob's deactivation naming her.
    assert_eq!(
        details["redacted_entries"].as_array().unwrap().len(),
        4,
        "{details}"
    );

    // `audit list` shows redacted entries as such.
    let list = env.run(&[
        "--format",
        "json",
        "audit",
        "list",
        "--user",
        &format!("erased-{id}"),
    ]);
    list.ok();
    let entries = list.json();
    assert!(entries
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["redacted_by"].is_i64() && e["details"]["redacted"] == true));
    let table = env.run(&["--wide", "audit", "list"]);
    assert!(
        table.stdout.contains("[redacted by entry"),
        "{}",
        table.stdout
    );

    // The row is scrubbed; her personas are alice's; nothing hangs off the row.
    let row: (String, Option<String>, String, Option<String>, String) = env
        .sql()
        .query_row(
            &format!("SELECT username, email, display_name, password_hash, status FROM users WHERE id = {id}"),
            (),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(
        row,
        (
            format!("erased-{id}"),
            None,
            String::new(),
            None,
            "inactive".into()
        )
    );
    assert_eq!(owned_by(&env, "personas", "owner_id", "alice"), 3);

    // Erasing again changes nothing; the chain still verifies after more writes.
    let out = env.run(&["-y", "user", "erase", &format!("erased-{id}")]);
    out.ok();
    assert!(out.stdout.contains("erased already"), "{}", out.stdout);
    env.add_user("dave", "user");
    env.run(&["audit", "verify"]).ok();
    env.run(&["audit", "verify", "--expect-head", &head]).ok();

    // Tampering with a redacted entry is named.
    env.sql()
        .execute(
            "UPDATE audit_log SET action = 'user.delete' WHERE redacted_by IS NOT NULL AND action = 'user.role'",
            (),
        )
        .unwrap();
    env.run(&["audit", "verify"]).code(9);
}

#[test]
fn erasing_or_deleting_the_last_manager_is_refused() {
    let env = application();
    let out = env.run(&["-y", "user", "erase", "root"]);
    out.code(5);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'root'"),
        1
    );
    env.run(&["-y", "user", "delete", "root"]).code(5);
    // An --as actor may not erase itself.
    env.run(&["user", "role", "alice", "admin"]).ok();
    env.run_as(
        "alice",
        GOOD_PASSWORD,
        &["-y", "user", "erase", "alice"],
        "",
    )
    .code(5);
    env.run(&["audit", "verify"]).ok();
}

/// [`registered`] with `n` more personas of alice's.
fn many_personas(n: u32) -> Env {
    let env = registered();
    env.sql()
        .execute_batch(&format!(
            "BEGIN;
             WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < {n})
             INSERT INTO personas (owner_id, name)
                 SELECT (SELECT id FROM users WHERE username = 'alice'), 'p' || i FROM k;
             COMMIT;"
        ))
        .unwrap();
    env
}

#[test]
fn a_transfer_of_100000_rows() {
    let env = many_personas(100_000);
    let started = Instant::now();
    let out = env.run(&["user", "transfer", "alice", "bob", "--only", "personas"]);
    let took = started.elapsed();
    out.ok();
    assert_eq!(
        out.stdout,
        "moved 100002 row(s) from alice to bob (personas: 100002)\n"
    );
    assert_eq!(owned_by(&env, "personas", "owner_id", "bob"), 100_003);
    assert_eq!(owned_by(&env, "personas", "owner_id", "alice"), 0);
    assert!(took < Duration::from_secs(30), "took {took:?}");
    env.run(&["audit", "verify"]).ok();
}

#[test]
fn a_kill_during_a_transfer_leaves_the_rows_before_or_after() {
    let pristine = many_personas(200_000);
    let alice_before = owned_by(&pristine, "personas", "owner_id", "alice");
    let measure = Env::new();
    std::fs::copy(&pristine.db, &measure.db).unwrap();
    let started = Instant::now();
    measure.run(&["user", "transfer", "alice", "bob"]).ok();
    let full = started.elapsed();

    let rounds: u32 = 6;
    let (mut before, mut after) = (0, 0);
    for round in 0..=rounds {
        let at = if round < rounds {
            full.mul_f64(f64::from(round) * 1.2 / f64::from(rounds - 1))
        } else if after == 0 || before == 0 {
            if after == 0 {
                full * 3
            } else {
                Duration::ZERO
            }
        } else {
            break;
        };
        let env = Env::new();
        std::fs::copy(&pristine.db, &env.db).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_userctl"))
            .env_clear()
            .env("USERCTL_DB", &env.db)
            .env("LOGNAME", "tester")
            .args(["user", "transfer", "alice", "bob"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(at);
        let _ = child.kill();
        let _ = child.wait();
        let alice = owned_by(&env, "personas", "owner_id", "alice");
        let drafts = owned_by(&env, "drafts", "author_id", "alice");
        let entries = env.count("SELECT count(*) FROM audit_log WHERE action = 'user.transfer'");
        match (alice, drafts, entries) {
            (a, 3, 0) if a == alice_before => before += 1,
            (0, 0, 1) => after += 1,
            other => panic!("round {round}: half moved {other:?}"),
        }
        env.run(&["audit", "verify"]).ok();
    }
    assert!(before > 0 && after > 0, "{before} before, {after} after");
}
