//! `db copy --to`: a whole database into an empty one, on either engine, and `db
//! backup` of either engine. On SQLite these copy file to file; the PostgreSQL half
//! copies server → file → server, both directions between the engines.

use crate::common::{engine, Engine, Env, GOOD_PASSWORD};

/// A database with more than the first admin: accounts, a group, a grant, an
/// attribute, a key, a deactivation, and a deleted newest account (so the next id is
/// above every row's).
fn populated() -> Env {
    let env = Env::init();
    for (name, role) in [("ann", "admin"), ("bob", "user"), ("carl", "user")] {
        env.add_user(name, role);
    }
    env.run(&["group", "create", "ops"]).ok();
    env.run(&["group", "add", "ops", "bob", "carl"]).ok();
    env.run(&["user", "grant", "bob", "analytics.view"]).ok();
    env.run(&["user", "deactivate", "carl", "--yes"]).ok();
    env.run(&["key", "create", "bob", "--label", "ci"]).ok();
    env.add_user("dora", "user");
    env.run(&["user", "delete", "dora", "--yes"]).ok();
    env
}

/// What a copy must keep, as userctl shows it.
fn seen(env: &Env, db: &str) -> Vec<String> {
    [
        &["user", "list", "--format", "json"][..],
        &["group", "show", "ops", "--format", "json"],
        &["user", "show", "bob", "--format", "json"],
        &["key", "list", "--format", "json"],
        &["audit", "list", "--format", "json", "--limit", "1000"],
        &["audit", "verify"],
    ]
    .iter()
    .map(|args| {
        let mut all = vec!["--db", db];
        all.extend_from_slice(args);
        let run = env.run(&all);
        run.ok();
        run.stdout.clone()
    })
    .collect()
}

fn head_of(verify: &str) -> &str {
    verify
        .lines()
        .find_map(|l| l.strip_prefix("head: "))
        .unwrap_or_else(|| panic!("no head in {verify}"))
}

#[test]
fn a_copy_keeps_every_row_its_id_and_the_audit_head_and_hands_out_no_old_id() {
    let src = populated();
    let source = src.db.to_string_lossy().to_string();
    let before = seen(&src, &source);

    // Out to a new file…
    let file = src.dir.path().join("copy.db");
    let file = file.to_str().unwrap();
    let run = src.run(&["db", "copy", "--to", file]);
    run.ok();
    assert!(run.stdout.starts_with("copied "), "{}", run.stdout);
    assert!(
        run.stdout.contains(&format!(" to {file}: ")),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains(head_of(&before[5])), "{}", run.stdout);
    assert_eq!(seen(&src, file), before);
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(file).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);

    // …and back into an empty database of this suite's engine.
    let back = Env::new();
    let target = back.db.to_string_lossy().to_string();
    back.run(&["--db", file, "db", "copy", "--to", &target])
        .ok();
    assert_eq!(seen(&back, &target), before);
    back.run(&["db", "check"]).ok();

    // Ids are never handed out again: dora's id stays used on both sides.
    for db in [&source, &target] {
        let run = back.run_stdin(
            &[
                "--db",
                db,
                "user",
                "add",
                "erin",
                "--email",
                "erin@example.com",
                "--password-stdin",
                "--format",
                "json",
            ],
            GOOD_PASSWORD,
        );
        run.ok();
    }
    let id_of = |db: &str| {
        back.run(&["--db", db, "user", "show", "erin", "--format", "json"])
            .json()["id"]
            .as_i64()
            .unwrap()
    };
    assert_eq!(id_of(&source), id_of(&target));
    assert_eq!(
        id_of(&target),
        6,
        "root, ann, bob, carl, dora (deleted), then erin"
    );
}

#[test]
fn a_copy_into_a_database_that_holds_anything_is_refused_and_nothing_changes() {
    let src = populated();
    let taken = Env::init();
    taken.add_user("zoe", "user");
    let target = taken.db.to_string_lossy().to_string();
    let users_before = taken.count("SELECT count(*) FROM users");
    let run = src.run(&["db", "copy", "--to", &target]);
    run.code(4);
    assert!(run.stdout.is_empty(), "{run:?}");
    let expected = match engine() {
        Engine::Sqlite => "already exists",
        Engine::Postgres => "already holds a userctl database",
    };
    assert!(run.stderr.contains(expected), "{}", run.stderr);
    assert_eq!(taken.count("SELECT count(*) FROM users"), users_before);
    assert_eq!(
        taken.count("SELECT count(*) FROM users WHERE username = 'bob'"),
        0
    );
}

#[test]
fn a_password_in_the_copy_target_is_refused_and_never_shown() {
    let src = Env::init();
    let run = src.run(&[
        "db",
        "copy",
        "--to",
        "postgresql://app:hunter2-secret@127.0.0.1:1/app",
    ]);
    run.code(2);
    assert!(
        run.stderr.contains("--to holds a password"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("pass file"), "{}", run.stderr);
    assert!(!run.stderr.contains("hunter2"), "{}", run.stderr);
    assert!(!run.stderr.contains("USERCTL_DB"), "{}", run.stderr);
}

#[test]
fn a_dry_run_copy_says_what_it_would_do_and_writes_nothing() {
    let src = Env::init();
    let file = src.dir.path().join("dry.db");
    let run = src.run(&["--dry-run", "db", "copy", "--to", file.to_str().unwrap()]);
    run.ok();
    assert!(run.stdout.contains("would have"), "{}", run.stdout);
    assert!(!file.exists());
}

#[test]
fn a_backup_of_either_engine_is_a_sqlite_file_with_the_same_accounts_and_head() {
    let src = populated();
    let source = src.db.to_string_lossy().to_string();
    let before = seen(&src, &source);
    let file = src.dir.path().join("backup.db");
    let file = file.to_str().unwrap();
    src.run(&["db", "backup", file]).ok();
    assert_eq!(seen(&src, file), before);
    src.run(&["--db", file, "db", "check"]).ok();
    // A second backup to the same name is refused without --force.
    src.run(&["db", "backup", file]).code(4);
}
