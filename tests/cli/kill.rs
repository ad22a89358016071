//! kill -9 at spread moments during every mutating command: afterwards the file is
//! sound, the audit chain verifies, an admin can still manage users, and the state is
//! exactly the state before the command or exactly the state after it.
//!
//! `USERCTL_KILL_ROUNDS` sets the kills per command (5 in the suite; the long campaign,
//! `tests/kill_campaign.sh`, runs 50 and prints the figures).

use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::{Env, GOOD_PASSWORD};

/// One mutating command: its arguments and standard input, run on the prepared file.
struct Case {
    name: &'static str,
    args: &'static [&'static str],
    stdin: &'static str,
}

const NEW_PASSWORD: &str = "quiet lanterns drift over the bay\n";

/// Every mutating command; a new verb is one line.
const CASES: &[Case] = &[
    Case {
        name: "user add",
        args: &[
            "user",
            "add",
            "dave",
            "--email",
            "dave@example.com",
            "--password-stdin",
        ],
        stdin: NEW_PASSWORD,
    },
    Case {
        name: "user edit",
        args: &[
            "user",
            "edit",
            "alice",
            "--name",
            "Alice Liddell",
            "--email",
            "al@example.com",
        ],
        stdin: "",
    },
    Case {
        name: "user role",
        args: &["user", "role", "alice", "moderator"],
        stdin: "",
    },
    Case {
        name: "user deactivate",
        args: &["user", "deactivate", "alice", "--yes"],
        stdin: "",
    },
    Case {
        name: "user delete",
        args: &["user", "delete", "alice", "--yes"],
        stdin: "",
    },
    Case {
        name: "user passwd",
        args: &["user", "passwd", "alice", "--password-stdin"],
        stdin: NEW_PASSWORD,
    },
    Case {
        name: "role grant",
        args: &["role", "grant", "ops", "sessions.manage"],
        stdin: "",
    },
    Case {
        name: "role revoke",
        args: &["role", "revoke", "ops", "users.view"],
        stdin: "",
    },
    Case {
        name: "role delete",
        args: &["role", "delete", "ops", "--yes"],
        stdin: "",
    },
    Case {
        name: "config set",
        args: &["config", "set", "password.min_length", "16"],
        stdin: "",
    },
    Case {
        name: "session revoke",
        args: &["session", "revoke", "--user", "alice", "--yes"],
        stdin: "",
    },
    Case {
        name: "key create",
        args: &["key", "create", "alice", "--label", "deploy"],
        stdin: "",
    },
    Case {
        name: "recover",
        args: &["recover", "--user", "root", "--password-stdin"],
        stdin: NEW_PASSWORD,
    },
    Case {
        name: "db migrate",
        args: &["db", "migrate"],
        stdin: "",
    },
    Case {
        name: "import",
        args: &["import-csv", "people.csv"],
        stdin: "",
    },
    Case {
        name: "bulk deactivate",
        args: &["user", "deactivate", "alice", "carol", "--yes"],
        stdin: "",
    },
    Case {
        name: "group add",
        args: &["group", "add", "staff", "carol"],
        stdin: "",
    },
    Case {
        name: "group revoke",
        args: &["group", "revoke", "staff", "sessions.manage"],
        stdin: "",
    },
    Case {
        name: "user grant",
        args: &["user", "grant", "alice", "roles.manage"],
        stdin: "",
    },
    Case {
        name: "access grant",
        args: &["access", "grant", "alice", "dataset:7", "--level", "write"],
        stdin: "",
    },
    Case {
        name: "user set",
        args: &["user", "set", "alice", "timezone=Europe/Paris"],
        stdin: "",
    },
];

/// The file every case starts from: root (admin), alice with a session, carol (admin),
/// a custom role `ops`, a group `staff` (alice, `sessions.manage`), the attribute
/// `timezone`, and a CSV of 400 new people.
fn prepared() -> Env {
    let env = Env::init();
    env.add_user("alice", "user");
    env.add_user("carol", "admin");
    env.run(&["role", "create", "ops", "--permission", "users.view"])
        .ok();
    env.run(&["group", "create", "staff"]).ok();
    env.run(&["group", "add", "staff", "alice"]).ok();
    env.run(&["group", "grant", "staff", "sessions.manage"])
        .ok();
    env.run(&["attr", "define", "timezone", "--type", "timezone"])
        .ok();
    env.sql()
        .execute(
            "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) \
             SELECT id, 'ab12', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2999-01-01T00:00:00Z' \
             FROM users WHERE username = 'alice'",
            (),
        )
        .unwrap();
    let mut csv = String::from("username,email,name\n");
    for i in 0..400 {
        csv.push_str(&format!("person{i},person{i}@example.com,Person {i}\n"));
    }
    std::fs::write(env.dir.path().join("people.csv"), csv).unwrap();
    // Closed by every command above: the file alone holds the database.
    assert!(!env.dir.path().join("userctl.db-wal").exists());
    env
}

/// Columns whose values differ between two runs of the same command (clocks, salts,
/// random tokens): compared as present/absent only.
fn volatile(column: &str) -> bool {
    column.ends_with("_at")
        || column.ends_with("hash")
        || matches!(
            column,
            "at" | "prefix" | "details" | "totp_secret" | "value" | "body_salt" | "body_digest"
        )
}

/// Every table's rows, volatile columns reduced to NULL/SET, in a stable order.
fn state(env: &Env) -> String {
    let conn = env.sql();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map((), |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let names: Vec<String> = stmt.column_names();
        let mut rows: Vec<String> = stmt
            .query_map((), |r| {
                let mut row = Vec::new();
                for (i, name) in names.iter().enumerate() {
                    let v: userctl::db::Value = r.get(i)?;
                    row.push(match (&v, volatile(name)) {
                        (userctl::db::Value::Null, _) => "NULL".to_string(),
                        (_, true) => "SET".to_string(),
                        (v, false) => format!("{v:?}"),
                    });
                }
                Ok(row.join("|"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        out.push_str(&format!(
            "[{table}] {}\n{}\n",
            names.join("|"),
            rows.join("\n")
        ));
    }
    out
}

/// Sound file, intact chain, an active admin: `db check` says healthy.
#[track_caller]
fn healthy(env: &Env, what: &str) {
    let run = env.run(&["db", "check"]);
    assert_eq!(
        run.code, 0,
        "{what}: db check\n{}\n{}",
        run.stdout, run.stderr
    );
}

fn spawn(env: &Env, case: &Case) -> std::process::Child {
    let mut child = env
        .command()
        .args(case.args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.write_all(case.stdin.as_bytes());
    drop(stdin);
    child
}

fn restore(env: &Env, pristine: &[u8]) {
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", env.db.display()));
    }
    std::fs::write(&env.db, pristine).unwrap();
}

/// Kills per command: `USERCTL_KILL_ROUNDS`, else 5.
fn rounds() -> u32 {
    std::env::var("USERCTL_KILL_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5)
}

#[test]
fn kill_9_during_every_mutating_command_leaves_before_or_after() {
    let rounds = rounds();
    let env = prepared();
    let pristine = std::fs::read(&env.db).unwrap();
    let before = state(&env);
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut report = Vec::new();
    for case in CASES {
        restore(&env, &pristine);
        let started = Instant::now();
        let status = spawn(&env, case).wait().unwrap();
        let full = started.elapsed();
        assert!(
            status.success(),
            "{}: the uninterrupted run failed ({status})",
            case.name
        );
        let after = state(&env);
        healthy(&env, case.name);
        let (mut at_before, mut at_after) = (0u32, 0u32);
        for round in 0..rounds {
            restore(&env, &pristine);
            // Spread from the start to past the end, with jitter (xorshift).
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let jitter = Duration::from_micros(seed % 2000);
            let delay = full * round / rounds.max(2).saturating_sub(1) * 11 / 10 + jitter;
            let mut child = spawn(&env, case);
            std::thread::sleep(delay);
            let _ = child.kill();
            let _ = child.wait();
            let now = state(&env);
            let what = format!("{} killed after {delay:?}", case.name);
            if now == before {
                at_before += 1;
            } else if now == after {
                at_after += 1;
            } else {
                panic!("{what}: neither before nor after\n--- now\n{now}\n--- before\n{before}\n--- after\n{after}");
            }
            healthy(&env, &what);
        }
        report.push(format!(
            "{:<16} runs {rounds:>3}  before {at_before:>3}  after {at_after:>3}  uninterrupted {:>6.1} ms",
            case.name,
            full.as_secs_f64() * 1000.0
        ));
    }
    eprintln!(
        "kill -9 campaign ({rounds} per command):\n{}",
        report.join("\n")
    );
    let _ = GOOD_PASSWORD;
}

/// One of the mixed mutations the concurrent writers pick from (thread, step).
fn mixed_op(thread: usize, step: usize) -> (Vec<String>, &'static str) {
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_string()).collect::<Vec<_>>();
    match (thread + step) % 10 {
        0 => (
            s(&[
                "user",
                "add",
                &format!("w{thread}x{step}"),
                "--email",
                &format!("w{thread}x{step}@example.com"),
                "--password-stdin",
            ]),
            NEW_PASSWORD,
        ),
        1 => (s(&["user", "deactivate", "carol", "--yes"]), ""),
        2 => (s(&["user", "activate", "carol"]), ""),
        3 => (
            s(&[
                "user",
                "role",
                "root",
                if step % 2 == 0 { "user" } else { "admin" },
            ]),
            "",
        ),
        4 => (
            s(&[
                "config",
                "set",
                "password.min_length",
                if step % 2 == 0 { "15" } else { "16" },
            ]),
            "",
        ),
        5 => (s(&["session", "revoke", "--user", "alice", "--yes"]), ""),
        6 => (
            s(&[
                "key",
                "create",
                "alice",
                "--label",
                &format!("k{thread}x{step}"),
            ]),
            "",
        ),
        7 => (s(&["role", "grant", "ops", "sessions.manage"]), ""),
        8 => (s(&["role", "revoke", "ops", "sessions.manage"]), ""),
        _ => (
            s(&[
                "user",
                "edit",
                "alice",
                "--name",
                &format!("Alice {thread}.{step}"),
            ]),
            "",
        ),
    }
}

/// Exits the contract allows a mutation racing others: success, a conflict, the
/// guard, busy past --wait.
const RACE_EXITS: &[i32] = &[0, 4, 5, 8];

#[test]
fn eight_writers_on_one_file_stay_within_the_contract() {
    let env = prepared();
    let steps: usize = std::env::var("USERCTL_RACE_STEPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let results: Vec<(i32, String, String)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|thread| {
                let env = &env;
                scope.spawn(move || {
                    let mut out = Vec::new();
                    for step in 0..steps {
                        let (args, stdin) = mixed_op(thread, step);
                        let args: Vec<&str> = args.iter().map(String::as_str).collect();
                        let run = env.run_stdin(&args, stdin);
                        out.push((run.code, args.join(" "), run.stderr));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let mut by_code = std::collections::BTreeMap::new();
    for (code, args, stderr) in &results {
        assert!(
            RACE_EXITS.contains(code),
            "`{args}` exited {code}: {stderr}"
        );
        if *code != 8 {
            assert!(!stderr.contains("database is locked"), "`{args}`: {stderr}");
        }
        *by_code.entry(*code).or_insert(0) += 1;
    }
    eprintln!("8 writers x {steps} mutations: exits {by_code:?}");
    healthy(&env, "after the race");
    assert!(
        env.count("SELECT count(*) FROM users WHERE status = 'active' AND role = 'admin'") >= 1
    );
}
