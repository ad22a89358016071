//! `access rls enable|disable|list`: PostgreSQL policies from grants. A session that
//! has set `userctl.account` sees exactly what `access check` allows, and the rows it
//! owns; with no account set, or an unknown one, nothing. SQLite: exit 2.

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use userctl::authz::Level;
use userctl::db::Conn;

use crate::common::{engine, Engine, Env};

/// An application table of resources of type `doc`, owned by accounts, and the role
/// the application connects as (neither a superuser nor the table's owner).
fn application(env: &Env) -> String {
    let role = format!("app_{}", env.server_db.as_deref().unwrap());
    env.sql()
        .execute_batch(&format!(
            "CREATE TABLE docs (name text PRIMARY KEY, owner_id bigint REFERENCES users(id), \
                                kind text NOT NULL DEFAULT 'note');
             CREATE ROLE {role} NOLOGIN;
             GRANT SELECT, INSERT, UPDATE, DELETE ON docs TO {role};
             GRANT SELECT ON users, roles, role_permissions, groups, group_members, \
                   group_permissions, user_permissions, resource_grants, resource_modes, \
                   effective_permissions TO {role};"
        ))
        .unwrap();
    role
}

/// The names the application's role sees as `account` (None: nothing set).
fn visible(conn: &Conn, role: &str, account: Option<&str>, write: bool) -> BTreeSet<String> {
    conn.execute_batch(&format!("BEGIN; SET LOCAL ROLE {role}"))
        .unwrap();
    if let Some(a) = account {
        conn.query_row("SELECT set_config('userctl.account', ?1, true)", [a], |r| {
            r.get::<String>(0)
        })
        .unwrap();
    }
    let sql = if write {
        "UPDATE docs SET kind = kind RETURNING name"
    } else {
        "SELECT name FROM docs"
    };
    let names = conn
        .prepare(sql)
        .unwrap()
        .query_map((), |r| r.get::<String>(0))
        .unwrap()
        .collect::<Result<BTreeSet<_>, _>>()
        .unwrap();
    conn.execute_batch("ROLLBACK").unwrap();
    names
}

#[test]
fn on_sqlite_rls_is_refused_with_exit_2_naming_the_engine() {
    if engine() != Engine::Sqlite {
        return;
    }
    let env = Env::init();
    for args in [
        &["access", "rls", "list"][..],
        &[
            "access",
            "rls",
            "enable",
            "docs",
            "--type",
            "doc",
            "--id-column",
            "name",
        ],
        &["access", "rls", "disable", "docs"],
    ] {
        let run = env.run(args);
        run.code(2);
        assert!(
            run.stderr.contains("needs PostgreSQL: SQLite has none"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn policies_follow_grants_owner_rows_included_and_nothing_without_an_account() {
    if engine() != Engine::Postgres {
        return;
    }
    let env = Env::init();
    env.add_user("ann", "user");
    env.add_user("bob", "user");
    let role = application(&env);
    let sql = env.sql();
    let id = |name: &str| -> String {
        sql.query_row("SELECT id FROM users WHERE username = ?1", [name], |r| {
            r.get::<i64>(0)
        })
        .unwrap()
        .to_string()
    };
    let (ann, bob, root) = (id("ann"), id("bob"), id("root"));
    sql.execute(
        "INSERT INTO docs (name, owner_id) VALUES ('a', NULL), ('b', NULL), ('c', ?1), ('d', NULL)",
        [bob.parse::<i64>().unwrap()],
    )
    .unwrap();

    // Unknown column and table: exit 3; userctl's own table: exit 7.
    env.run(&[
        "access",
        "rls",
        "enable",
        "docs",
        "--type",
        "doc",
        "--id-column",
        "nope",
    ])
    .code(3);
    env.run(&[
        "access",
        "rls",
        "enable",
        "nope",
        "--type",
        "doc",
        "--id-column",
        "name",
    ])
    .code(3);
    env.run(&[
        "access",
        "rls",
        "enable",
        "users",
        "--type",
        "doc",
        "--id-column",
        "id",
    ])
    .code(7);

    let run = env.run(&[
        "access",
        "rls",
        "enable",
        "docs",
        "--type",
        "doc",
        "--id-column",
        "name",
        "--owner-column",
        "owner_id",
    ]);
    run.ok();
    assert!(
        run.stdout.contains("row-level security on docs"),
        "{}",
        run.stdout
    );
    env.run(&[
        "access",
        "rls",
        "enable",
        "docs",
        "--type",
        "doc",
        "--id-column",
        "name",
        "--owner-column",
        "owner_id",
    ])
    .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action = 'access.rls.enable'"),
        1
    );
    let list = env.run(&["--format", "json", "access", "rls", "list"]);
    list.ok();
    assert_eq!(
        list.json(),
        serde_json::json!([{"table": "docs", "type": "doc", "id_column": "name", "owner_column": "owner_id"}])
    );

    let set = |names: &[&str]| {
        names
            .iter()
            .map(|s| (*s).to_string())
            .collect::<BTreeSet<_>>()
    };
    // Nothing without an account, or with an unknown or malformed one.
    for account in [
        None,
        Some(""),
        Some("999999"),
        Some("abc"),
        Some("1 OR 1=1"),
    ] {
        assert!(
            visible(&sql, &role, account, false).is_empty(),
            "{account:?}"
        );
    }
    // bob owns c; ann has nothing yet; root (admin: resources.all) sees everything.
    assert_eq!(visible(&sql, &role, Some(&bob), false), set(&["c"]));
    assert_eq!(visible(&sql, &role, Some(&bob), true), set(&["c"]));
    assert!(visible(&sql, &role, Some(&ann), false).is_empty());
    assert_eq!(
        visible(&sql, &role, Some(&root), true),
        set(&["a", "b", "c", "d"])
    );

    env.run(&["access", "grant", "ann", "doc:a", "--level", "read"])
        .ok();
    env.run(&["access", "grant", "ann", "doc:b", "--level", "write"])
        .ok();
    assert_eq!(visible(&sql, &role, Some(&ann), false), set(&["a", "b"]));
    assert_eq!(visible(&sql, &role, Some(&ann), true), set(&["b"]));
    // Deny mode: everything at read but what is listed for the account itself.
    env.run(&["access", "mode", "ann", "doc", "deny", "--level", "read"])
        .ok();
    assert_eq!(visible(&sql, &role, Some(&ann), false), set(&["c", "d"]));
    assert!(visible(&sql, &role, Some(&ann), true).is_empty());

    // Inserting a row the account may not write is refused by the policy.
    sql.execute_batch(&format!(
        "BEGIN; SET LOCAL ROLE {role}; SELECT set_config('userctl.account', '{ann}', true)"
    ))
    .unwrap();
    let err = sql
        .execute("INSERT INTO docs (name) VALUES ('e')", ())
        .unwrap_err();
    assert!(format!("{err:#}").contains("row-level security"), "{err:#}");
    sql.execute_batch("ROLLBACK").unwrap();

    // The table's owner is not subject to the policies.
    assert_eq!(env.count("SELECT count(*) FROM docs"), 4);

    let off = env.run(&["access", "rls", "disable", "docs"]);
    off.ok();
    assert!(off.stdout.contains("removed"), "{}", off.stdout);
    assert_eq!(env.count("SELECT count(*) FROM pg_policy"), 0);
    assert_eq!(
        env.count("SELECT count(*) FROM pg_class WHERE relname = 'docs' AND relrowsecurity"),
        0
    );
    env.run(&["access", "rls", "disable", "docs"]).ok();
    env.run(&["audit", "verify"]).ok();
    env.run(&["db", "check"]).ok();
}

/// What a random case sets up: grants (holder, id, level), modes (account, mode,
/// level), group memberships, `resources.all` grants or denials, and row owners.
#[derive(Debug, Clone)]
struct Case {
    grants: Vec<(usize, usize, &'static str)>,
    modes: Vec<(usize, &'static str, &'static str)>,
    members: Vec<(usize, usize)>,
    everything: Vec<(usize, &'static str)>,
    owners: Vec<Option<usize>>,
    /// Ends of the grants, memberships and per-account grants, in turn: none, passed
    /// or to come.
    ends: Vec<Option<&'static str>>,
}

const ACCOUNTS: usize = 4; // ann, bob, cat, root (admin)
const GROUPS: usize = 2;
const DOCS: usize = 6;

fn case() -> impl Strategy<Value = Case> {
    // The server's CHECK keeps levels to exactly these two.
    let level = prop_oneof![Just("read"), Just("write")];
    let grant = (0..ACCOUNTS + GROUPS, 0..DOCS, level);
    let mode = (
        0..ACCOUNTS,
        prop_oneof![Just("full"), Just("allow"), Just("deny")],
        prop_oneof![Just("read"), Just("write")],
    );
    (
        prop::collection::vec(grant, 0..10),
        prop::collection::vec(mode, 0..4),
        prop::collection::vec((0..GROUPS, 0..ACCOUNTS), 0..5),
        prop::collection::vec(
            (0..ACCOUNTS, prop_oneof![Just("grant"), Just("deny")]),
            0..2,
        ),
        prop::collection::vec(prop::option::weighted(0.3, 0..ACCOUNTS), DOCS),
        prop::collection::vec(
            prop_oneof![
                Just(None),
                Just(Some("2000-01-01T00:00:00Z")),
                Just(Some("2999-01-01T00:00:00Z"))
            ],
            1..8,
        ),
    )
        .prop_map(|(grants, modes, members, everything, owners, ends)| Case {
            grants,
            modes,
            members,
            everything,
            owners,
            ends,
        })
}

#[test]
fn what_rls_shows_equals_what_access_check_allows_over_random_grants_modes_and_groups() {
    if engine() != Engine::Postgres {
        return;
    }
    let env = Env::init();
    for name in ["ann", "bob", "cat"] {
        env.add_user(name, "user");
    }
    for g in ["g0", "g1"] {
        env.run(&["group", "create", g]).ok();
    }
    let role = application(&env);
    env.run(&[
        "access",
        "rls",
        "enable",
        "docs",
        "--type",
        "doc",
        "--id-column",
        "name",
        "--owner-column",
        "owner_id",
    ])
    .ok();
    let sql = env.sql();
    let ids: Vec<i64> = ["ann", "bob", "cat", "root"]
        .iter()
        .map(|n| {
            sql.query_row("SELECT id FROM users WHERE username = ?1", [*n], |r| {
                r.get(0)
            })
            .unwrap()
        })
        .collect();
    let groups: Vec<i64> = ["g0", "g1"]
        .iter()
        .map(|n| {
            sql.query_row("SELECT id FROM groups WHERE name = ?1", [*n], |r| r.get(0))
                .unwrap()
        })
        .collect();
    let mut runner = TestRunner::new(Config {
        cases: 40,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&case(), |c| {
            sql.execute_batch(
                "DELETE FROM docs; DELETE FROM resource_grants; DELETE FROM resource_modes; \
                 DELETE FROM group_members; DELETE FROM user_permissions",
            )
            .unwrap();
            for (holder, doc, level) in &c.grants {
                let (user, group) = if *holder < ACCOUNTS {
                    (Some(ids[*holder]), None)
                } else {
                    (None, Some(groups[*holder - ACCOUNTS]))
                };
                sql.execute(
                    "INSERT INTO resource_grants (user_id, group_id, resource_type, resource_id, \
                     level, created_at) VALUES (?1, ?2, 'doc', ?3, ?4, now()) ON CONFLICT DO NOTHING",
                    userctl::params![user, group, format!("d{doc}"), *level],
                )
                .unwrap();
            }
            for (account, mode, level) in &c.modes {
                sql.execute(
                    "INSERT INTO resource_modes (user_id, resource_type, mode, level) \
                     VALUES (?1, 'doc', ?2, ?3) ON CONFLICT DO NOTHING",
                    userctl::params![ids[*account], *mode, *level],
                )
                .unwrap();
            }
            for (group, account) in &c.members {
                sql.execute(
                    "INSERT INTO group_members (group_id, user_id, added_at) \
                     VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING",
                    userctl::params![groups[*group], ids[*account]],
                )
                .unwrap();
            }
            for (account, effect) in &c.everything {
                sql.execute(
                    "INSERT INTO user_permissions (user_id, permission, effect, created_at) \
                     VALUES (?1, 'resources.all', ?2, now()) ON CONFLICT DO NOTHING",
                    userctl::params![ids[*account], *effect],
                )
                .unwrap();
            }
            // Access that ends by itself: some ended, some to come.
            let mut turn = 0;
            for (table, key) in [
                ("resource_grants", "CAST(id AS TEXT)"),
                ("group_members", "group_id || ' ' || user_id"),
                ("user_permissions", "user_id || ' ' || permission"),
            ] {
                let keys: Vec<String> = sql
                    .prepare(&format!("SELECT {key} FROM {table} ORDER BY 1"))
                    .unwrap()
                    .query_map((), |r| r.get(0))
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                for k in keys {
                    turn += 1;
                    sql.execute(
                        &format!("UPDATE {table} SET ends_at = CAST(?2 AS timestamptz) WHERE {key} = ?1"),
                        userctl::params![k, c.ends[turn % c.ends.len()]],
                    )
                    .unwrap();
                }
            }
            for (doc, owner) in c.owners.iter().enumerate() {
                sql.execute(
                    "INSERT INTO docs (name, owner_id) VALUES (?1, ?2)",
                    userctl::params![format!("d{doc}"), owner.map(|o| ids[o])],
                )
                .unwrap();
            }
            for (a, &account) in ids.iter().enumerate() {
                for (write, level) in [(false, Level::Read), (true, Level::Write)] {
                    let expected: BTreeSet<String> = (0..DOCS)
                        .filter(|&d| {
                            c.owners[d] == Some(a)
                                || userctl::authz::resource_level(
                                    &sql,
                                    account,
                                    "doc",
                                    &format!("d{d}"),
                                )
                                .unwrap()
                                .level
                                .is_some_and(|l| l >= level)
                        })
                        .map(|d| format!("d{d}"))
                        .collect();
                    let seen = visible(&sql, &role, Some(&account.to_string()), write);
                    prop_assert_eq!(&seen, &expected, "account {} write {}", a, write);
                }
            }
            Ok(())
        })
        .unwrap();
    // And through the command itself, for the last case.
    for (a, &account) in ids.iter().enumerate() {
        let seen = visible(&sql, &role, Some(&account.to_string()), false);
        let name = ["ann", "bob", "cat", "root"][a];
        for d in 0..DOCS {
            let doc = format!("d{d}");
            let owner: Option<i64> = sql
                .query_row(
                    "SELECT owner_id FROM docs WHERE name = ?1",
                    [doc.as_str()],
                    |r| r.get(0),
                )
                .unwrap();
            if owner == Some(account) {
                continue;
            }
            let run = env.run(&[
                "access",
                "check",
                name,
                &format!("doc:{doc}"),
                "--level",
                "read",
            ]);
            let allowed = run.code == 0;
            assert_eq!(seen.contains(&doc), allowed, "{name} {doc}: {run:?}");
        }
    }
}

/// The fenced block of `kind` (`sh`, `sql`, `text`) that follows README.md's
/// `<!-- postgres` marker.
fn readme_block(kind: &str) -> String {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let after = readme.split_once("<!-- postgres").unwrap().1;
    let block = after
        .split_once(&format!("```{kind}\n"))
        .unwrap_or_else(|| panic!("a ```{kind} block after the marker"))
        .1;
    block.split_once("\n```").unwrap().0.to_string()
}

#[test]
fn the_readme_postgresql_example_runs_and_shows_the_policy_userctl_writes() {
    if engine() != Engine::Postgres {
        return;
    }
    let env = Env::init();
    env.add_user("bob", "user");
    let role = application(&env);
    let sql = env.sql();
    assert_eq!(env.count("SELECT id FROM users WHERE username = 'bob'"), 2);
    sql.execute_batch(
        "DROP TABLE docs;
         CREATE TABLE packages (name text PRIMARY KEY, created_by bigint REFERENCES users(id));
         INSERT INTO packages VALUES ('left-pad', 1), ('is-odd', 2), ('is-even', NULL);",
    )
    .unwrap();
    sql.execute_batch(&format!("GRANT SELECT ON packages TO {role}"))
        .unwrap();
    let script = readme_block("sh");
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_userctl"))
        .parent()
        .unwrap()
        .display()
        .to_string();
    let out = std::process::Command::new("bash")
        .args(["--norc", "-euo", "pipefail", "-x", "-c", &script])
        .env_clear()
        .env("PATH", format!("{bin}:/usr/bin:/bin"))
        .env("USERCTL_DB", &env.db)
        .env("LOGNAME", "tester")
        .current_dir(env.dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("installed the guard"), "{stdout}");
    assert!(stdout.contains("packages"), "{stdout}");

    // The sql block, statement by statement, as the application's role.
    sql.execute_batch(&format!("SET ROLE {role}")).unwrap();
    let mut seen = Vec::new();
    for statement in readme_block("sql").lines() {
        let statement = statement.split("--").next().unwrap().trim();
        if statement.starts_with("SELECT name") {
            seen = sql
                .prepare(statement.trim_end_matches(';'))
                .unwrap()
                .query_map((), |r| r.get::<String>(0))
                .unwrap()
                .collect::<Result<Vec<_>, _>>()
                .unwrap();
        } else if statement.starts_with("SELECT") {
            sql.query_row(statement.trim_end_matches(';'), (), |r| r.get::<String>(0))
                .unwrap();
        } else {
            sql.execute_batch(statement).unwrap();
        }
    }
    assert_eq!(seen, ["is-odd", "left-pad"]);
    sql.execute_batch("RESET ROLE").unwrap();

    let policy: String = sql
        .query_row(
            "SELECT qual FROM pg_policies WHERE tablename = 'packages' AND policyname = 'userctl_read'",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        readme_block("text"),
        policy,
        "README.md shows the policy as written"
    );
}
