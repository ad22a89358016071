//! The schema on a server: `db migrate` upgrades a revision-2 database in place and
//! keeps everything the application added; a newer one is refused; a killed migration
//! leaves one revision or the other; `db check` holds the same invariants as on
//! SQLite. Runs in the PostgreSQL half of the suite only.

use std::collections::BTreeSet;
use std::process::Stdio;
use std::time::Duration;

use userctl::db::Conn;

use crate::common::{Env, ROOT_PASSWORD};

/// What the application adds to userctl's revision-2 schema: a column on `users`, a
/// table referencing it with an index, a view, a trigger and a row-level policy.
const APPLICATION: &str = "
ALTER TABLE users ADD COLUMN phone text;
CREATE TABLE app_notes (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id),
                        body text NOT NULL);
CREATE INDEX app_notes_user ON app_notes (user_id);
CREATE INDEX app_users_phone ON users (phone) WHERE phone IS NOT NULL;
CREATE VIEW app_note_counts AS
    SELECT u.username, count(n.id) AS n FROM users u LEFT JOIN app_notes n ON n.user_id = u.id
    GROUP BY u.id;
CREATE TABLE app_log (what text NOT NULL);
CREATE FUNCTION app_phone_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO app_log VALUES ('phone ' || NEW.id); RETURN NEW; END $$;
CREATE TRIGGER app_phone AFTER UPDATE OF phone ON users FOR EACH ROW
    EXECUTE FUNCTION app_phone_changed();
ALTER TABLE app_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_notes_own ON app_notes USING (user_id::text = current_setting('app.user', true));
";

/// Every column, index, view, trigger and policy of the schema, as text.
fn catalogue(conn: &Conn) -> BTreeSet<String> {
    let mut stmt = conn
        .prepare(
            "SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) \
                    || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END \
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v') \
               AND a.attnum > 0 AND NOT a.attisdropped \
             UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' \
             UNION ALL SELECT 'view ' || viewname || ' ' || definition FROM pg_views WHERE schemaname = 'public' \
             UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t \
               JOIN pg_class c ON c.oid = t.tgrelid \
               WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal \
             UNION ALL SELECT 'policy ' || tablename || ' ' || policyname || ' ' || coalesce(qual, '') \
               FROM pg_policies WHERE schemaname = 'public' \
             UNION ALL SELECT 'rls ' || relname FROM pg_class \
               WHERE relnamespace = 'public'::regnamespace AND relrowsecurity \
             UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid) \
               FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
        )
        .unwrap();
    stmt.query_map((), |r| r.get::<String>(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// A database as the revision-2 userctl left it on a server, with its first admin
/// `root` (and a format-2 audit entry for it), extended by [`APPLICATION`].
fn extended_revision_2() -> Env {
    let env = Env::new();
    let conn = env.sql();
    userctl::db::server::create_schema_at(&conn, 2).unwrap();
    let hash =
        userctl::password::hash(ROOT_PASSWORD, userctl::password::HashParams::default()).unwrap();
    conn.execute(
        "INSERT INTO users (username, email, password_hash, role, created_at, updated_at) \
         VALUES ('root', 'root@example.com', ?1, 'admin', now(), now())",
        [hash.as_str()],
    )
    .unwrap();
    let at = "2026-10-01T10:00:00Z";
    let details = r#"{"admin":"root"}"#;
    let body = userctl::db::audit::body_digest("os:root", "db.init", Some("root"), details);
    let hash = userctl::db::audit::link_hash_v2(userctl::db::audit::GENESIS, 1, at, &body);
    conn.execute(
        "INSERT INTO audit_log (id, at, actor, action, target, details, prev_hash, hash) \
         VALUES (1, ?1, 'os:root', 'db.init', 'root', ?2, ?3, ?4)",
        userctl::params![at, details, userctl::db::audit::GENESIS, hash],
    )
    .unwrap();
    conn.execute_batch(APPLICATION).unwrap();
    conn.execute(
        "INSERT INTO app_notes (user_id, body) SELECT id, 'hello' FROM users",
        (),
    )
    .unwrap();
    env
}

#[test]
fn a_revision_2_database_the_application_extended_migrates_in_place_keeping_everything() {
    let env = extended_revision_2();
    let before = catalogue(&env.sql());
    // An older schema: commands refuse it until it is migrated.
    let refused = env.run(&["user", "list"]);
    refused.code(9);
    assert!(refused.stderr.contains("db migrate"), "{}", refused.stderr);

    let dry = env.run(&["--dry-run", "db", "migrate"]);
    dry.ok();
    assert_eq!(env.count("SELECT version FROM userctl_schema"), 2);
    assert_eq!(catalogue(&env.sql()), before);

    let run = env.run(&["db", "migrate"]);
    run.ok();
    assert!(
        run.stdout
            .contains("applied schema migration(s) 3: version 2 to 3; 3: create owned_data"),
        "{}",
        run.stdout
    );
    assert_eq!(env.count("SELECT version FROM userctl_schema"), 3);
    let after = catalogue(&env.sql());
    // Revision 3 replaces its own view effective_permissions (it honours the ends of
    // access and gains ends_at); nothing else may change.
    let view = "view effective_permissions ";
    let lost: Vec<&String> = before
        .difference(&after)
        .filter(|o| !o.starts_with(view))
        .collect();
    assert!(lost.is_empty(), "lost by the migration: {lost:#?}");
    assert!(
        after
            .iter()
            .any(|o| o.starts_with(view) && o.contains("ends_at")),
        "{after:#?}"
    );
    // What revision 3 adds, and nothing else: each added object is one a database
    // made at revision 3 has.
    let fresh = catalogue(&Env::init().sql());
    for added in after.difference(&before) {
        assert!(fresh.contains(added), "{added}");
    }
    // The application's objects still work.
    env.sql()
        .execute("UPDATE users SET phone = '555' WHERE username = 'root'", ())
        .unwrap();
    assert_eq!(env.count("SELECT count(*) FROM app_log"), 1);
    assert_eq!(
        env.count("SELECT n FROM app_note_counts WHERE username = 'root'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM settings WHERE key = 'lockout.max_failures'"),
        1
    );
    env.run(&["db", "check"]).ok();
    env.run(&["audit", "verify"]).ok();
    let verified = env.run_stdin(
        &["user", "verify", "root", "--password-stdin"],
        ROOT_PASSWORD,
    );
    verified.ok();
    let again = env.run(&["db", "migrate"]);
    again.ok();
    assert!(
        again.stdout.contains("nothing to migrate"),
        "{}",
        again.stdout
    );
}

#[test]
fn a_newer_schema_is_refused_with_exit_9_and_left_untouched() {
    let env = Env::init();
    env.sql()
        .execute_batch("UPDATE userctl_schema SET version = 99")
        .unwrap();
    for args in [&["db", "migrate"][..], &["user", "list"], &["db", "check"]] {
        let run = env.run(args);
        run.code(9);
        assert!(run.stderr.contains("newer"), "{args:?}: {}", run.stderr);
    }
    assert_eq!(env.count("SELECT version FROM userctl_schema"), 99);
}

#[test]
fn a_migration_killed_midway_leaves_revision_2_and_the_next_run_completes_it() {
    let env = extended_revision_2();
    let before = catalogue(&env.sql());
    // An application reading audit_log holds the lock revision 3's ALTER TABLE needs:
    // the migration stops there, after it has created owned_data, and is killed.
    let reader = env.sql();
    reader
        .execute_batch("BEGIN; SELECT count(*) FROM audit_log")
        .unwrap();
    let mut child = env
        .command()
        .args(["--wait", "30", "db", "migrate"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let watcher = env.sql();
    let mut waited = false;
    for _ in 0..100 {
        let n: i64 = watcher
            .query_row(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' \
                 AND query LIKE '%owned_data%'",
                (),
                |r| r.get(0),
            )
            .unwrap();
        if n > 0 {
            waited = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(waited, "the migration never reached the locked table");
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    reader.execute_batch("COMMIT").unwrap();
    // The server rolls the dead session's transaction back.
    for _ in 0..100 {
        let n: i64 = watcher
            .query_row(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%owned_data%' \
                 AND pid <> pg_backend_pid()",
                (),
                |r| r.get(0),
            )
            .unwrap();
        if n == 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(env.count("SELECT version FROM userctl_schema"), 2);
    assert_eq!(
        env.count("SELECT count(*) FROM pg_class WHERE relname = 'owned_data'"),
        0
    );
    assert_eq!(catalogue(&env.sql()), before);
    env.run(&["db", "migrate"]).ok();
    assert_eq!(env.count("SELECT version FROM userctl_schema"), 3);
    env.run(&["db", "check"]).ok();
}

#[test]
fn db_check_on_a_server_checks_the_schema_and_orphan_rows_as_on_sqlite() {
    let env = Env::init();
    let run = env.run(&["db", "check", "--format", "json"]);
    run.ok();
    let checks: Vec<String> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap().to_string())
        .collect();
    for c in [
        "schema",
        "schema objects",
        "foreign keys",
        "owned data",
        "admins",
        "guard",
        "audit chain",
    ] {
        assert!(checks.iter().any(|x| x == c), "{c} in {checks:?}");
    }

    // A column of userctl's dropped by hand.
    let sql = env.sql();
    sql.execute_batch("ALTER TABLE sessions DROP COLUMN user_agent")
        .unwrap();
    let run = env.run(&["db", "check"]);
    run.code(9);
    assert!(
        run.stdout
            .contains("table sessions lacks column(s) user_agent"),
        "{}",
        run.stdout
    );
    sql.execute_batch("ALTER TABLE sessions ADD COLUMN user_agent text")
        .unwrap();
    env.run(&["db", "check"]).ok();

    // An orphan row let in with the foreign keys' triggers off (as a restore can).
    env.add_user("ann", "user");
    sql.execute_batch(
        "SET session_replication_role = replica; \
         INSERT INTO group_members (group_id, user_id, added_at) VALUES (4242, 1, now()); \
         SET session_replication_role = origin",
    )
    .unwrap();
    let run = env.run(&["db", "check"]);
    run.code(9);
    assert!(
        run.stdout
            .contains("1 row(s) of group_members refer to a missing groups row (group_id)"),
        "{}",
        run.stdout
    );
}
