//! Schema revision 2 on a revision-1 file that an application has extended: nothing of
//! the application's is lost, and a kill at any moment leaves one revision or the other.
//!
//! `tests/fixtures/rev1-demo.db` was made by userctl 0.1.0 (schema revision 1):
//! `userctl demo --users 40`, then `role create helpdesk --permission users.view
//! users.manage tickets.handle`, `user add deskie --role helpdesk --invite`, and a user
//! added and deleted — so it holds accounts, sessions, keys, a custom role with a
//! permission name of the application's, and a hash-chained audit log.

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::time::Instant;

use rusqlite::types::Value;
use rusqlite::Connection;

use crate::common::Env;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rev1-demo.db");

/// What an application typically adds to the shared file: columns on `users`, its own
/// table pointing at `users(id)` without a cascade, an index, triggers on `users` and
/// `sessions`, a view, and a session written in its own timestamp format.
const APPLICATION_EXTENSION: &str = "
    ALTER TABLE users ADD COLUMN department TEXT NOT NULL DEFAULT 'ops';
    ALTER TABLE users ADD COLUMN theme TEXT;
    UPDATE users SET department = 'sales', theme = 'dark' WHERE id % 3 = 0;
    CREATE INDEX app_users_department ON users(department, username);
    CREATE TABLE app_orders (
        id      INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        total   REAL NOT NULL
    );
    INSERT INTO app_orders (user_id, total) SELECT id, id * 1.5 FROM users WHERE id % 2 = 0;
    CREATE TABLE app_log (id INTEGER PRIMARY KEY, what TEXT NOT NULL);
    CREATE TRIGGER app_users_renamed AFTER UPDATE OF display_name ON users
        BEGIN INSERT INTO app_log (what) VALUES ('renamed ' || new.username); END;
    CREATE TRIGGER app_sessions_opened AFTER INSERT ON sessions
        BEGIN INSERT INTO app_log (what) VALUES ('session ' || new.user_id); END;
    CREATE VIEW app_department_sizes AS
        SELECT department, count(*) AS n FROM users GROUP BY department;
    INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at)
        SELECT min(id), 'app-written-session', '2026-11-23 08:00:00', '2026-11-23 09:30:00.123',
               '2099-01-01 00:00:00' FROM users;
";

/// A copy of the fixture, extended as an application would.
fn extended_revision_1() -> Env {
    let env = Env::new();
    std::fs::copy(FIXTURE, &env.db).expect("copy fixture");
    // A checkout makes the fixture 0644; a database is 0600 (`db check` says so).
    std::fs::set_permissions(&env.db, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let conn = Connection::open(&env.db).unwrap();
    conn.execute_batch(APPLICATION_EXTENSION).unwrap();
    drop(conn);
    env
}

/// Every row of every table, by table, as text.
fn rows(conn: &Connection) -> BTreeMap<String, Vec<Vec<String>>> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
            let n = stmt.column_count();
            let mut all: Vec<Vec<String>> = stmt
                .query_map([], |r| {
                    (0..n)
                        .map(|i| r.get::<_, Value>(i).map(|v| format!("{v:?}")))
                        .collect()
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            all.sort();
            (t, all)
        })
        .collect()
}

/// The rows of `table` as named columns (only the given ones), sorted.
fn columns(conn: &Connection, table: &str, cols: &[&str]) -> Vec<Vec<String>> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {} FROM {table} ORDER BY id",
            cols.join(", ")
        ))
        .unwrap();
    stmt.query_map([], |r| {
        (0..cols.len())
            .map(|i| r.get::<_, Value>(i).map(|v| format!("{v:?}")))
            .collect()
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn schema_sql(conn: &Connection, name: &str) -> Option<String> {
    conn.query_row(
        "SELECT sql FROM sqlite_schema WHERE name = ?1",
        [name],
        |r| r.get(0),
    )
    .ok()
}

const USER_COLUMNS: &[&str] = &[
    "id",
    "username",
    "email",
    "display_name",
    "password_hash",
    "role",
    "status",
    "must_change_password",
    "totp_secret",
    "created_at",
    "updated_at",
    "last_login_at",
    "status_reason",
    "department",
    "theme",
];

#[test]
fn an_extended_revision_1_file_is_refused_until_migrated_and_migrates_keeping_everything() {
    let env = extended_revision_1();
    let before = rows(&env.sqlite());

    // A command that does not migrate says so and leaves the file alone.
    let out = env.run(&["user", "list"]);
    out.code(9);
    assert!(out.stderr.contains("schema version 1"), "{}", out.stderr);
    assert!(out.stderr.contains("userctl db migrate"), "{}", out.stderr);
    assert_eq!(rows(&env.sqlite()), before);

    // A dry run runs the whole migration and rolls it back.
    let out = env.run(&["--dry-run", "db", "migrate"]);
    out.ok();
    // One line, said once: no literal "\n", no "would have would apply".
    assert!(
        out.stdout.starts_with(
            "dry run: would have applied schema migration(s) 2, 3: version 1 to 3; 2: "
        ),
        "{}",
        out.stdout
    );
    assert_eq!(out.stdout.lines().count(), 1, "{}", out.stdout);
    assert!(!out.stdout.contains("\\n"), "{}", out.stdout);
    assert!(out.stdout.contains("AUTOINCREMENT"), "{}", out.stdout);
    assert_eq!(env.count("PRAGMA user_version"), 1);
    assert_eq!(rows(&env.sqlite()), before);

    let out = env.run(&["db", "migrate"]);
    out.ok();
    assert!(
        out.stdout
            .contains("applied schema migration(s) 2, 3: version 1 to 3"),
        "{}",
        out.stdout
    );
    let conn = env.sqlite();
    assert_eq!(env.count("PRAGMA user_version"), 3);
    let after = rows(&conn);

    // Every row of every revision-1 and application table is still there, unchanged —
    // apart from the columns revisions 2 and 3 add to users, api_keys and audit_log.
    for (table, old) in &before {
        if [
            "users",
            "api_keys",
            "settings",
            "role_permissions",
            "audit_log",
        ]
        .contains(&table.as_str())
        {
            continue;
        }
        let mut now = after.get(table).cloned();
        if table == "sessions" {
            // Revision 3 adds impersonator and impersonation_reason (NULL).
            for row in now.iter_mut().flatten() {
                assert_eq!(row.split_off(row.len() - 2), ["Null", "Null"]);
            }
        }
        if table == "permissions" {
            // Revision 3 adds the permission users.impersonate.
            if let Some(rows) = &mut now {
                rows.retain(|row| !row.iter().any(|v| v.contains("users.impersonate")));
            }
        }
        assert_eq!(now.as_ref(), Some(old), "table {table}");
    }
    last_activity_is_filled_and_kept(&env);
    let audit_columns = [
        "id",
        "at",
        "actor",
        "action",
        "target",
        "details",
        "prev_hash",
        "hash",
    ];
    assert_eq!(
        columns(
            &Connection::open(FIXTURE).unwrap(),
            "audit_log",
            &audit_columns
        ),
        columns(&conn, "audit_log", &audit_columns),
        "audit_log's entries are read as they are"
    );
    let old_conn = Connection::open(FIXTURE).unwrap();
    assert_eq!(
        columns(&old_conn, "users", &USER_COLUMNS[..13]),
        columns(&conn, "users", &USER_COLUMNS[..13]),
        "users' revision-1 columns"
    );
    assert_eq!(before["users"].len(), after["users"].len());
    let sales: i64 =
        env.count("SELECT count(*) FROM users WHERE department = 'sales' AND theme = 'dark'");
    assert_eq!(
        sales,
        env.count("SELECT count(*) FROM users WHERE id % 3 = 0")
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE managed_by IS NULL AND expires_at IS NULL AND kind = 'person'"),
        i64::try_from(after["users"].len()).unwrap()
    );

    // The application's index, triggers and view survive, and work.
    for name in [
        "app_users_department",
        "app_users_renamed",
        "app_sessions_opened",
        "app_department_sizes",
    ] {
        assert!(schema_sql(&conn, name).is_some(), "{name} kept");
    }
    let plan: String = conn
        .query_row(
            "EXPLAIN QUERY PLAN SELECT username FROM users WHERE department = 'sales'",
            [],
            |r| r.get(3),
        )
        .unwrap();
    assert!(plan.contains("app_users_department"), "{plan}");
    conn.execute(
        "UPDATE users SET display_name = 'Renamed' WHERE id = (SELECT min(id) FROM users)",
        [],
    )
    .unwrap();
    assert_eq!(
        env.count("SELECT count(*) FROM app_log WHERE what LIKE 'renamed %'"),
        1
    );
    assert_eq!(
        env.count("SELECT sum(n) FROM app_department_sizes"),
        i64::try_from(after["users"].len()).unwrap()
    );

    // Revision 2's own promises.
    assert!(schema_sql(&conn, "users")
        .unwrap()
        .contains("AUTOINCREMENT"));
    for table in ["sessions", "api_keys", "invitations"] {
        assert!(
            schema_sql(&conn, table).unwrap().contains("AUTOINCREMENT"),
            "{table}"
        );
    }
    let name_not_null: i64 =
        env.count("SELECT \"notnull\" FROM pragma_table_info('roles') WHERE name = 'name'");
    assert_eq!(name_not_null, 1);
    assert_eq!(
        env.count("SELECT count(*) FROM settings"),
        i64::try_from(userctl::settings::SETTINGS.len()).unwrap(),
        "every setting has a row"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM permissions WHERE name = 'tickets.handle' AND builtin = 0"),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM role_permissions WHERE role = 'admin' AND permission = 'resources.all'"), 1);
    assert_eq!(
        env.count("SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    env.run(&["audit", "verify"]).ok();
    env.run(&["db", "check"]).ok();

    // Ids are never reused any more.
    env.run_stdin(&["user", "add", "late", "--invite"], "").ok();
    let late = env.count("SELECT id FROM users WHERE username = 'late'");
    env.run(&["-y", "user", "delete", "late"]).ok();
    env.run_stdin(&["user", "add", "later", "--invite"], "")
        .ok();
    assert!(env.count("SELECT id FROM users WHERE username = 'later'") > late);

    // Migrating again does nothing.
    let out = env.run(&["db", "migrate"]);
    out.ok();
    assert!(
        out.stdout.contains("already at schema version 3"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_revision_1_file_with_a_role_without_a_name_is_refused_whole() {
    let env = extended_revision_1();
    let conn = Connection::open(&env.db).unwrap();
    conn.execute(
        "INSERT INTO roles (name, description) VALUES (NULL, 'legacy')",
        [],
    )
    .unwrap();
    drop(conn);
    let before = rows(&env.sqlite());
    let out = env.run(&["db", "migrate"]);
    out.code(1);
    assert!(out.stderr.contains("without a name"), "{}", out.stderr);
    assert_eq!(env.count("PRAGMA user_version"), 1);
    assert_eq!(rows(&env.sqlite()), before);
}

/// A large revision-1 file, so that a migration takes long enough to be killed in the
/// middle: the fixture plus 50,000 accounts, each with a session.
fn large_revision_1() -> Env {
    let env = extended_revision_1();
    let conn = Connection::open(&env.db).unwrap();
    conn.execute_batch(
        "BEGIN;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
         INSERT INTO users (username, email, display_name, role, status, created_at, updated_at, department)
             SELECT 'bulk' || i, 'bulk' || i || '@example.com', 'Bulk ' || i, 'user', 'invited',
                    '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'bulk' FROM n;
         INSERT INTO sessions (user_id, token_hash, created_at, expires_at)
             SELECT id, 'bulk-' || id, '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z'
             FROM users WHERE username LIKE 'bulk%';
         COMMIT;",
    )
    .unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    drop(conn);
    env
}

/// What must be identical before a migration and after a migration that did not land,
/// and what must be kept by one that did: counts and id sums per table, and the schema.
fn fingerprint(conn: &Connection) -> (Vec<(String, i64, i64)>, i64) {
    let tables = [
        ("users", "id"),
        ("sessions", "id"),
        ("api_keys", "id"),
        ("audit_log", "id"),
        ("roles", "length(name)"),
        ("app_orders", "id"),
        ("app_log", "id"),
    ];
    let per_table = tables
        .iter()
        .map(|(t, key)| {
            let (n, sum): (i64, i64) = conn
                .query_row(
                    &format!("SELECT count(*), coalesce(sum({key}), 0) FROM {t}"),
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap();
            ((*t).to_string(), n, sum)
        })
        .collect();
    let version = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    (per_table, version)
}

fn schema_of(conn: &Connection) -> Vec<(String, Option<String>)> {
    conn.prepare("SELECT name, sql FROM sqlite_schema ORDER BY name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn a_kill_at_any_moment_of_the_migration_leaves_one_revision_or_the_other() {
    let pristine = large_revision_1();
    let (counts, _) = fingerprint(&pristine.sqlite());
    let schema_before = schema_of(&pristine.sqlite());

    // One uninterrupted run, to spread the kills over it.
    let measure = Env::new();
    std::fs::copy(&pristine.db, &measure.db).unwrap();
    let started = Instant::now();
    measure.run(&["db", "migrate"]).ok();
    let full = started.elapsed();
    let (migrated_counts, version) = fingerprint(&measure.sqlite());
    assert_eq!(version, 3);
    assert_eq!(migrated_counts, counts);

    // Kills spread from the start to a little past the measured end; on a loaded
    // machine a run can take longer than the measured one, so when no kill has landed
    // after the commit yet, one more round waits three times as long.
    let rounds: u32 = 6;
    let (mut old, mut new) = (0, 0);
    for round in 0..=rounds {
        let at = if round < rounds {
            full.mul_f64(f64::from(round) * 1.2 / f64::from(rounds - 1))
        } else if new == 0 {
            full * 3
        } else {
            break;
        };
        let env = Env::new();
        std::fs::copy(&pristine.db, &env.db).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_userctl"))
            .env_clear()
            .env("USERCTL_DB", &env.db)
            .env("LOGNAME", "tester")
            .args(["db", "migrate"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(at);
        let _ = child.kill();
        let _ = child.wait();

        let conn = env.sqlite();
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok", "round {round}");
        let (now, version) = fingerprint(&conn);
        assert_eq!(now, counts, "round {round}: every row kept");
        match version {
            1 => {
                old += 1;
                assert_eq!(
                    schema_of(&conn),
                    schema_before,
                    "round {round}: revision 1 intact"
                );
            }
            // Killed between the two steps (each is its own transaction).
            2 => {
                new += 1;
                assert!(schema_sql(&conn, "users")
                    .unwrap()
                    .contains("AUTOINCREMENT"));
            }
            3 => {
                new += 1;
                assert!(schema_sql(&conn, "users")
                    .unwrap()
                    .contains("AUTOINCREMENT"));
                assert!(schema_sql(&conn, "app_users_department").is_some());
                assert_eq!(
                    env.count("SELECT count(*) FROM pragma_foreign_key_check"),
                    0
                );
            }
            v => panic!("round {round}: version {v}"),
        }
        // Whatever the kill left, the next migrate finishes the job.
        env.run(&["db", "migrate"]).ok();
        assert_eq!(env.count("PRAGMA user_version"), 3);
        env.run(&["audit", "verify"]).ok();
    }
    assert!(
        old > 0,
        "no kill landed before the commit ({old} old, {new} new)"
    );
    assert!(
        new > 0,
        "no kill landed after the commit ({old} old, {new} new)"
    );
}

#[test]
fn dry_runs_of_commands_that_migrate_leave_a_revision_1_file_untouched() {
    let env = extended_revision_1();
    let before = rows(&env.sqlite());
    let user: String = env
        .sqlite()
        .query_row(
            "SELECT username FROM users WHERE status = 'active' AND role = 'user' \
             AND password_hash IS NOT NULL ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();

    // recover --dry-run plans on a migrated copy: the plan is shown, the file stays at 1.
    let out = env.run(&["--dry-run", "recover", "--promote", &user]);
    out.ok();
    assert!(
        out.stderr
            .contains("has schema version 1; the real run first migrates it to version 3"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains(&user), "{}", out.stdout);
    assert_eq!(env.count("PRAGMA user_version"), 1);
    assert_eq!(rows(&env.sqlite()), before);

    // init --dry-run on an initialised revision-1 file: the same.
    let out = env.run(&["--dry-run", "init"]);
    out.ok();
    assert!(
        out.stderr.contains("has schema version 1"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("already initialised"), "{}", out.stderr);
    assert_eq!(env.count("PRAGMA user_version"), 1);
    assert_eq!(rows(&env.sqlite()), before);

    // The real run migrates and promotes.
    let out = env.run(&["recover", "--promote", &user]);
    out.ok();
    assert_eq!(env.count("PRAGMA user_version"), 3);
    let role: String = env
        .sqlite()
        .query_row("SELECT role FROM users WHERE username = ?1", [&user], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(role, "admin");
}

/// What an application adds to a revision-2 file: a table referencing users(id) with
/// ON DELETE CASCADE, one with ON DELETE SET NULL, a column, an index, a trigger on
/// `audit_log`'s neighbour `users` and a view over its tables.
const REVISION_2_EXTENSION: &str = "
    ALTER TABLE users ADD COLUMN phone TEXT;
    CREATE TABLE app_comments (
        id      INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        body    TEXT NOT NULL
    );
    INSERT INTO app_comments (user_id, body) SELECT id, 'hello from ' || username FROM users;
    CREATE TABLE app_reviews (
        id          INTEGER PRIMARY KEY,
        reviewer_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        stars       INTEGER
    );
    INSERT INTO app_reviews (reviewer_id, stars) SELECT id, id % 5 FROM users WHERE id % 4 = 0;
    CREATE INDEX app_comments_user ON app_comments(user_id);
    CREATE TRIGGER app_users_phone AFTER UPDATE OF phone ON users
        BEGIN INSERT INTO app_log (what) VALUES ('phone ' || new.id); END;
    CREATE VIEW app_comment_counts AS
        SELECT u.username, count(c.id) AS n FROM users u LEFT JOIN app_comments c ON c.user_id = u.id
        GROUP BY u.id;
";

/// A revision-2 file as an application left it: the extended revision-1 fixture
/// migrated to revision 2 by the same steps, two format-2 audit entries (as revision 2
/// wrote them) about `victim`, and [`REVISION_2_EXTENSION`].
fn extended_revision_2(victim: &str) -> Env {
    let env = extended_revision_1();
    let (conn, version) =
        userctl::db::open_any_version(&env.db, std::time::Duration::from_secs(5)).unwrap();
    assert_eq!(version, 1);
    userctl::db::migrate::migrate_until(&conn, 2).unwrap();
    drop(conn);
    let conn = Connection::open(&env.db).unwrap();
    for (action, details) in [
        (
            "user.edit",
            format!(r#"{{"email":{{"from":null,"to":"{victim}@example.org"}}}}"#),
        ),
        (
            "user.role",
            r#"{"from":"user","to":"moderator"}"#.to_string(),
        ),
    ] {
        let (id, prev): (i64, String) = conn
            .query_row(
                "SELECT max(id) + 1, (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        let at = "2026-10-01T10:00:00Z";
        let body = userctl::db::audit::body_digest("os:root", action, Some(victim), &details);
        let hash = userctl::db::audit::link_hash_v2(&prev, id, at, &body);
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, action, target, details, prev_hash, hash) \
             VALUES (?1, ?2, 'os:root', ?3, ?4, ?5, ?6, ?7)",
            rusqlite::params![id, at, action, victim, details, prev, hash],
        )
        .unwrap();
    }
    conn.execute_batch(REVISION_2_EXTENSION).unwrap();
    drop(conn);
    assert_eq!(env.count("PRAGMA user_version"), 2);
    env
}

#[test]
fn an_extended_revision_2_file_migrates_to_3_keeping_everything_and_erases_across_formats() {
    let probe = extended_revision_1();
    let victim: String = probe
        .sqlite()
        .query_row(
            "SELECT username FROM users WHERE status = 'active' AND role = 'user' AND id % 4 = 0 \
             AND email IS NOT NULL ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    drop(probe);
    let env = extended_revision_2(&victim);
    env.run(&["audit", "verify"]).code(9); // an older schema: migrate first
    let before = rows(&env.sqlite());
    let out = env.run(&["db", "migrate"]);
    out.ok();
    assert!(
        out.stdout
            .contains("applied schema migration(s) 3: version 2 to 3; 3: create owned_data"),
        "{}",
        out.stdout
    );
    assert_eq!(env.count("PRAGMA user_version"), 3);
    let conn = env.sqlite();
    let after = rows(&conn);
    for (table, old) in &before {
        if table == "audit_log" {
            continue;
        }
        let mut now = after.get(table).cloned();
        if table == "users" {
            // Revision 3 adds failed_logins (0), locked_until (NULL), last_active_at
            // (checked below), temporary_role and temporary_role_ends_at (NULL: none)
            // after the columns every row keeps.
            for row in now.iter_mut().flatten() {
                let added = row.split_off(row.len() - 5);
                assert_eq!(added[..2], ["Integer(0)", "Null"]);
                assert_eq!(added[3..], ["Null", "Null"]);
            }
        }
        if ["user_permissions", "group_members", "resource_grants"].contains(&table.as_str()) {
            // Revision 3 adds ends_at (NULL: the access does not end).
            for row in now.iter_mut().flatten() {
                assert_eq!(row.split_off(row.len() - 1), ["Null"]);
            }
        }
        if table == "sessions" {
            // Revision 3 adds impersonator and impersonation_reason (NULL: the account's
            // own session).
            for row in now.iter_mut().flatten() {
                assert_eq!(row.split_off(row.len() - 2), ["Null", "Null"]);
            }
        }
        if table == "permissions" || table == "role_permissions" {
            // Revision 3 adds the permission users.impersonate, held by the admin role.
            if let Some(rows) = &mut now {
                rows.retain(|row| !row.iter().any(|v| v.contains("users.impersonate")));
            }
        }
        assert_eq!(now.as_ref(), Some(old), "table {table}");
    }
    assert_eq!(
        columns(
            &conn,
            "audit_log",
            &[
                "id",
                "at",
                "actor",
                "action",
                "target",
                "details",
                "prev_hash",
                "hash"
            ]
        )
        .len(),
        before["audit_log"].len()
    );
    last_activity_is_filled_and_kept(&env);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE body_salt IS NOT NULL OR body_digest IS NOT NULL OR redacted_by IS NOT NULL"),
        0,
        "older entries are read as they are"
    );
    for name in [
        "app_comments_user",
        "app_users_phone",
        "app_comment_counts",
        "app_users_renamed",
        "app_department_sizes",
    ] {
        assert!(schema_sql(&conn, name).is_some(), "{name} kept");
    }
    conn.execute("UPDATE users SET phone = '555' WHERE id = 1", [])
        .unwrap();
    assert_eq!(
        env.count("SELECT count(*) FROM app_log WHERE what = 'phone 1'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    env.run(&["db", "check"]).ok();
    let head = env.run(&["--format", "json", "audit", "verify"]).json()["head"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(head.len(), 67, "a format-2 head: {head}");

    // The application registers its tables; an account named in entries of all three
    // formats is erased, and the chain still verifies with the head kept before.
    for (column, label, rule) in [
        ("app_orders.user_id", "orders", "transfer"),
        ("app_comments.user_id", "comments", "delete"),
        ("app_reviews.reviewer_id", "reviews", "transfer"),
    ] {
        env.run(&[
            "owned",
            "add",
            column,
            "--label",
            label,
            "--on-departure",
            rule,
        ])
        .ok();
    }
    let victim_id = env.count(&format!("SELECT id FROM users WHERE username = '{victim}'"));
    let email: String = conn
        .query_row(
            &format!("SELECT email FROM users WHERE id = {victim_id}"),
            [],
            |r| r.get(0),
        )
        .unwrap();
    env.run(&["user", "edit", &victim, "--name", "Victor Tim"])
        .ok();
    let heir: String = conn
        .query_row(
            "SELECT username FROM users WHERE status = 'active' AND role = 'admin' ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    env.run(&["-y", "user", "erase", &victim, "--transfer-to", &heir])
        .ok();
    env.run(&["audit", "verify"]).ok();
    env.run(&["audit", "verify", "--expect-head", &head]).ok();
    let text: Vec<String> = conn
        .prepare(
            "SELECT lower(actor || ' ' || coalesce(target, '') || ' ' || details) FROM audit_log",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let text = text.join("\n");
    for name in [
        victim.as_str(),
        email.as_str(),
        "victor tim",
        &format!("{victim}@example.org"),
    ] {
        assert!(
            !text.contains(&name.to_lowercase()),
            "{name} still in the log"
        );
    }
    assert!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE redacted_by IS NOT NULL AND hash NOT LIKE 'v%'"
        ) > 0,
        "a format-1 entry was redacted"
    );
    assert!(
        env.count(
            "SELECT count(*) FROM audit_log WHERE redacted_by IS NOT NULL AND hash LIKE 'v2:%'"
        ) == 2,
        "the format-2 entries were redacted"
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM app_comments WHERE user_id = {victim_id}"
        )),
        0
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM app_orders WHERE user_id = {victim_id}"
        )),
        0
    );
    env.run(&["db", "check"]).ok();
}

/// After revision 3: every account's `last_active_at` is the latest of its login,
/// sessions and keys as the rows give it (the application's session written with a
/// space and fractions included), and the triggers keep it as the application goes on
/// writing in its own forms.
fn last_activity_is_filled_and_kept(env: &Env) {
    let conn = env.sqlite();
    let definition = userctl::db::users::last_active_sql(userctl::db::Dialect::Sqlite);
    let differ = env.count(&format!(
        "SELECT count(*) FROM users WHERE last_active_at IS NOT \
         strftime('%Y-%m-%dT%H:%M:%SZ', {definition}, 'unixepoch')"
    ));
    assert_eq!(differ, 0, "last_active_at as the rows give it");
    assert!(
        env.count("SELECT count(*) FROM users WHERE last_active_at IS NOT NULL") > 10,
        "the fixture's accounts were active"
    );
    let first = env.count("SELECT min(id) FROM users");
    let stored = |id: i64| -> Option<String> {
        conn.query_row(
            "SELECT last_active_at FROM users WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert!(
        stored(first).unwrap().as_str() >= "2026-11-23T09:30:00Z",
        "the application's own session counts"
    );
    // The application goes on: a session in epoch milliseconds, a key use with a space.
    conn.execute(
        "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) \
         VALUES (?1, 'app-later', '2027-01-01 00:00:00', 1798848000500, '2099-01-01 00:00:00')",
        [first],
    )
    .unwrap();
    assert_eq!(stored(first).as_deref(), Some("2027-01-02T00:00:00Z"));
    assert!(
        env.count("SELECT count(*) FROM app_log WHERE what LIKE 'session %'") >= 1,
        "the application's own trigger still runs"
    );
}
