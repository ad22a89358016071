//! Faults: a tampered audit chain, a full disk, a read-only file or directory.

use crate::common::{Env, GOOD_PASSWORD, ROOT_PASSWORD};

#[test]
fn a_change_is_refused_when_the_newest_audit_entry_does_not_verify() {
    let env = Env::init();
    env.add_user("alice", "user");
    env.sql()
        .execute(
            "UPDATE audit_log SET target = 'mallory' WHERE id = (SELECT max(id) FROM audit_log)",
            [],
        )
        .unwrap();
    let entries = env.count("SELECT count(*) FROM audit_log");
    let before = env.db_bytes();
    let run = env.run(&["user", "deactivate", "alice"]);
    run.code(9);
    assert!(run.stderr.contains("audit log is broken"), "{}", run.stderr);
    assert!(
        run.stderr.contains("was modified after it was written"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("userctl audit verify"),
        "{}",
        run.stderr
    );
    let run = env.run_stdin(
        &[
            "user",
            "add",
            "bob",
            "--email",
            "bob@example.com",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    );
    run.code(9);
    let csv = env.dir.path().join("n.csv");
    std::fs::write(&csv, "username,email\nnew1,new1@example.com\n").unwrap();
    env.run(&["import-csv", csv.to_str().unwrap()]).code(9);
    env.run(&["config", "set", "session_lifetime", "2h"])
        .code(9);
    assert_eq!(env.db_bytes(), before);
    // Reads still work.
    env.run(&["user", "list"]).ok();

    // recover still runs, and says and records what it found.
    let run = env.run_stdin(
        &["recover", "--user", "root", "--password-stdin"],
        &format!("{ROOT_PASSWORD} again\n"),
    );
    run.ok();
    assert!(
        run.stdout.contains("found the audit chain broken"),
        "{}",
        run.stdout
    );
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), entries + 1);
    let details: String = env
        .sql()
        .query_row(
            "SELECT details FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(details.contains("audit_chain_broken"), "{details}");
    env.run(&["audit", "verify"]).code(9);
}

#[test]
fn a_deleted_entry_before_the_newest_is_caught_too() {
    let env = Env::init();
    env.add_user("alice", "user");
    env.add_user("carol", "user");
    env.sql()
        .execute(
            "DELETE FROM audit_log WHERE id = (SELECT max(id) - 1 FROM audit_log)",
            [],
        )
        .unwrap();
    let run = env.run(&["user", "deactivate", "alice"]);
    run.code(9);
    assert!(run.stderr.contains("entries are missing"), "{}", run.stderr);
}
