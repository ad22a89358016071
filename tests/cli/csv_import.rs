//! `import-csv` / `export-csv`: all or nothing, modes, idempotence, crash safety.

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::common::{Env, GOOD_PASSWORD};

fn write(env: &Env, name: &str, text: &str) -> PathBuf {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn users(env: &Env) -> i64 {
    env.count("SELECT count(*) FROM users")
}

fn audits(env: &Env) -> i64 {
    env.count("SELECT count(*) FROM audit_log")
}

fn root_hash(env: &Env) -> String {
    env.sql()
        .query_row(
            "SELECT password_hash FROM users WHERE username = 'root'",
            (),
            |r| r.get(0),
        )
        .unwrap()
}

/// Hands accounts to an import source, as `user edit --managed-by` would.
fn manage(env: &Env, names: &[&str], source: &str) {
    for name in names {
        env.sql()
            .execute(
                "UPDATE users SET managed_by = ?2 WHERE username = ?1",
                [name, &source],
            )
            .unwrap();
    }
}

/// Authenticates as `name` with `password` (viewing oneself is always allowed).
fn login(env: &Env, name: &str, password: &str) {
    let out = env
        .command()
        .env("USERCTL_PASSWORD", password)
        .args(["--as", name, "user", "show", name])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn imports_then_a_second_run_changes_nothing() {
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        &format!(
            "username,email,name,role,password\n\
             alice,alice@example.com,Alice,user,{GOOD_PASSWORD}\n\
             bob,bob@example.com,Bob,moderator,{GOOD_PASSWORD}\n"
        ),
    );
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.ok();
    assert!(
        run.stdout.contains("2 created, 0 updated, 0 unchanged"),
        "{}",
        run.stdout
    );
    let before = (users(&env), audits(&env), env.db_bytes());
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.ok();
    assert!(
        run.stdout.contains("0 created, 0 updated, 2 unchanged"),
        "{}",
        run.stdout
    );
    assert_eq!(before.0, users(&env));
    assert_eq!(before.1, audits(&env));
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username='bob' AND role='moderator' AND status='active'"),
        1
    );
    login(&env, "alice", GOOD_PASSWORD);
}

#[test]
fn upsert_updates_changed_fields_and_a_new_password() {
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        "username,email,name\nalice,alice@example.com,Alice\n",
    );
    env.run(&["import-csv", f.to_str().unwrap()]).ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE status='invited'"),
        1
    );
    let g = write(
        &env,
        "b.csv",
        &format!("USERNAME,Name,password\nAlice,Alice Smith,{GOOD_PASSWORD}\n"),
    );
    let run = env.run(&["import-csv", g.to_str().unwrap()]);
    run.ok();
    assert!(run.stdout.contains("1 updated"), "{}", run.stdout);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE display_name='Alice Smith' AND email='alice@example.com'"),
        1
    );
    let run = env.run(&["import-csv", g.to_str().unwrap()]);
    assert!(
        run.stdout.contains("0 updated, 1 unchanged"),
        "{}",
        run.stdout
    );
}

#[test]
fn one_bad_row_among_many_writes_nothing_and_names_the_line() {
    let env = Env::init();
    let hash = root_hash(&env);
    let mut text = String::from("username,email,password_hash\n");
    for i in 0..60 {
        if i == 40 {
            text.push_str("bad user,x@example.com,\n");
        } else {
            text.push_str(&format!("user{i:03},u{i}@example.com,\"{hash}\"\n"));
        }
    }
    let f = write(&env, "a.csv", &text);
    let (u, a) = (users(&env), audits(&env));
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr.contains("line 42: invalid username"),
        "{}",
        run.stderr
    );
    assert_eq!((u, a), (users(&env), audits(&env)));
}

#[test]
fn every_kind_of_invalid_row_is_reported() {
    let env = Env::init();
    env.add_user("carol", "user");
    let f = write(
        &env,
        "a.csv",
        "username,email,role,password,status\n\
         dave,carol@example.com,user,,\n\
         erin,erin@example.com,wizard,,\n\
         frank,frank@example.com,user,short,\n\
         gina,gina@example.com,user,,sleeping\n\
         hank,not-an-email,user,,\n",
    );
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.code(7);
    for expected in [
        "line 2: email 'carol@example.com' is already used by 'carol'",
        "line 3: no role 'wizard'",
        "line 4:",
        "line 5: invalid status",
        "line 6: invalid email",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
    let g = write(
        &env,
        "b.csv",
        "username,password_hash\nivan,$2b$10$tooshort\n",
    );
    let run = env.run(&["import-csv", g.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr.contains("line 2: invalid password_hash"),
        "{}",
        run.stderr
    );
    let h = write(&env, "c.csv", "username,shoe_size\njudy,42\n");
    env.run(&["import-csv", h.to_str().unwrap()]).code(7);
    assert_eq!(users(&env), 2);
}

#[test]
fn duplicate_usernames_differing_in_case_are_rejected() {
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        "username,email\nalice,a1@example.com\nALICE,a2@example.com\nbob,A1@Example.com\n",
    );
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr
            .contains("line 3: username 'alice' already appears on line 2"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("line 4: email 'a1@example.com' already appears on line 2"),
        "{}",
        run.stderr
    );
    assert_eq!(users(&env), 1);
}

#[test]
fn bom_crlf_quotes_commas_and_newlines_and_a_delimiter() {
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        "\u{feff}username,name,email\r\nalice,\"Smith, Alice\",alice@example.com\r\nbob,\"two\r\nlines\",bob@example.com\r\nx,bad,x@example.com\r\n",
    );
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.code(7);
    // bob's row spans lines 3-4, so the bad row is on line 5.
    assert!(
        run.stderr.contains("line 5: invalid username"),
        "{}",
        run.stderr
    );
    let g = write(
        &env,
        "b.csv",
        "\u{feff}username;name\r\nalice;\"Smith; Alice\"\r\nbob;\"two\r\nlines\"\r\n",
    );
    env.run(&["import-csv", "--delimiter", ";", g.to_str().unwrap()])
        .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE display_name='Smith; Alice'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE display_name='two\r\nlines'"),
        1
    );
    // Standard input, first_name + last_name.
    env.run_stdin(
        &["import-csv", "-"],
        "username,first_name,last_name\ncarol,Carol,Jones\n",
    )
    .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE display_name='Carol Jones'"),
        1
    );
}

#[test]
fn skip_invalid_imports_the_rest_writes_rejects_and_exits_7() {
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        "username,email\nalice,alice@example.com\nzz,zz@example.com\nbob,bob@example.com\n",
    );
    let rejects = env.dir.path().join("rejects.csv");
    let run = env.run(&[
        "--format",
        "json",
        "import-csv",
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
        f.to_str().unwrap(),
    ]);
    run.code(7);
    let json = run.json();
    assert_eq!(json["created"], 2);
    assert_eq!(json["rejected"], 1);
    assert_eq!(json["rejected_rows"][0]["line"], 3);
    assert_eq!(users(&env), 3);
    let text = std::fs::read_to_string(&rejects).unwrap();
    assert!(text.starts_with("username,email,reason\n"), "{text}");
    assert!(
        text.contains("zz,zz@example.com,line 3: invalid username"),
        "{text}"
    );
    let mode = std::fs::metadata(&rejects).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn create_mode_refuses_existing_users() {
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        "username,email\nroot,root@example.com\nnewbie,\n",
    );
    let run = env.run(&["import-csv", "--mode", "create", f.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr.contains("line 2: user 'root' already exists"),
        "{}",
        run.stderr
    );
    assert_eq!(users(&env), 1);
}

#[test]
fn sync_deactivates_absent_users_and_revokes_their_sessions() {
    let env = Env::init();
    env.add_user("alice", "user");
    env.add_user("bob", "user");
    manage(&env, &["alice", "bob"], "csv");
    env.sql()
        .execute(
            "INSERT INTO sessions (user_id, token_hash, created_at, expires_at) \
             SELECT id, 'abc', '2026-01-01T00:00:00Z', '2999-01-01T00:00:00Z' FROM users WHERE username='bob'",
            (),
        )
        .unwrap();
    let f = write(&env, "a.csv", "username\nroot\nALICE\n");
    let run = env.run(&[
        "import-csv",
        "--mode",
        "sync",
        "--dry-run",
        f.to_str().unwrap(),
    ]);
    run.ok();
    assert!(
        run.stdout.contains("would deactivate bob"),
        "{}",
        run.stdout
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE status='inactive'"),
        0
    );
    let run = env.run(&["import-csv", "--mode", "sync", f.to_str().unwrap()]);
    run.ok();
    assert!(run.stdout.contains("1 deactivated"), "{}", run.stdout);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username='bob' AND status='inactive'"),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM sessions"), 0);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action='user.deactivate' AND target='bob'"),
        1
    );
    env.run(&["import-csv", "--mode", "sync", f.to_str().unwrap()])
        .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM audit_log WHERE action='user.deactivate'"),
        1
    );
}

#[test]
fn sync_that_would_deactivate_the_last_admin_is_refused() {
    let env = Env::init();
    manage(&env, &["root"], "csv");
    let f = write(&env, "a.csv", "username,email\nalice,alice@example.com\n");
    let (u, a) = (users(&env), audits(&env));
    let run = env.run(&["import-csv", "--mode", "sync", f.to_str().unwrap()]);
    run.code(5);
    assert!(run.stderr.contains("last-admin guard"), "{}", run.stderr);
    assert_eq!((u, a), (users(&env), audits(&env)));
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username='root' AND status='active'"),
        1
    );
    // The same through a role change in the file.
    let g = write(&env, "b.csv", "username,role\nroot,user\n");
    env.run(&["import-csv", g.to_str().unwrap()]).code(5);
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        "username,email\nalice,alice@example.com\nroot,new@example.com\n",
    );
    let before = env.db_bytes();
    let (u, a) = (users(&env), audits(&env));
    let run = env.run(&[
        "--format",
        "json",
        "--dry-run",
        "import-csv",
        f.to_str().unwrap(),
    ]);
    run.ok();
    let json = run.json();
    assert_eq!(json["would_create"][0], "alice");
    assert_eq!(json["would_update"][0], "root");
    assert_eq!((u, a), (users(&env), audits(&env)));
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE email='new@example.com'"),
        0
    );
    let _ = before;
    let g = write(&env, "b.csv", "username\nzz\n");
    env.run(&["--dry-run", "import-csv", g.to_str().unwrap()])
        .code(7);
}

#[test]
fn passwords_out_is_0600_and_holds_working_passwords() {
    let env = Env::init();
    let f = write(&env, "a.csv", "username,email\nalice,alice@example.com\n");
    let out = env.dir.path().join("pw.csv");
    env.run(&[
        "import-csv",
        "--passwords-out",
        out.to_str().unwrap(),
        f.to_str().unwrap(),
    ])
    .ok();
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(&out).unwrap();
    let line = text.lines().nth(1).expect("a password line");
    let password = line.strip_prefix("alice,").expect("alice's line");
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username='alice' AND status='active' AND must_change_password = TRUE"),
        1
    );
    login(&env, "alice", password);
}

#[test]
fn a_refused_import_keeps_an_earlier_passwords_file() {
    let env = Env::init();
    let out = env.dir.path().join("pw.csv");
    std::fs::write(&out, "username,password\nlastnight,kept-secret\n").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o600)).unwrap();
    // An invalid row: nothing is written, so last night's file must survive.
    let bad = write(&env, "bad.csv", "username,email\nalice,not-an-email\n");
    env.run(&[
        "import-csv",
        "--passwords-out",
        out.to_str().unwrap(),
        bad.to_str().unwrap(),
    ])
    .code(7);
    // A guard refusal after validation: the same.
    let demote = write(&env, "demote.csv", "username,role\nroot,user\nbob,user\n");
    env.run(&[
        "import-csv",
        "--passwords-out",
        out.to_str().unwrap(),
        demote.to_str().unwrap(),
    ])
    .code(5);
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "username,password\nlastnight,kept-secret\n"
    );
    assert_eq!(users(&env), 1);
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name().to_string_lossy().contains(".partial-")
                || e.file_name().to_string_lossy().contains(".undelivered-")
        })
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    // A successful import adds its passwords after last night's, still 0600.
    let good = write(&env, "good.csv", "username\ncarol\n");
    env.run(&[
        "import-csv",
        "--passwords-out",
        out.to_str().unwrap(),
        good.to_str().unwrap(),
    ])
    .ok();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("username,password\nlastnight,kept-secret\ncarol,"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 3, "{text}");
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn export_then_import_changes_nothing_and_formulas_round_trip() {
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        "username,email,name,role\nalice,alice@example.com,=HYPERLINK(\"x\"),moderator\nbob,,\"@SUM(1), +2\",user\n",
    );
    env.run(&["import-csv", f.to_str().unwrap()]).ok();
    let out = env.dir.path().join("export.csv");
    env.run(&["export-csv", "--output", out.to_str().unwrap()])
        .ok();
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("username,email,name,role,status,groups,expires_at,kind\n"),
        "{text}"
    );
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(text.contains("'@SUM"), "{text}");
    // Importing the export changes nothing: root (made by init) is not adopted into
    // the source, and no audit entry is written.
    let (u, a) = (users(&env), audits(&env));
    let run = env.run(&["import-csv", out.to_str().unwrap()]);
    run.ok();
    assert!(
        run.stdout.contains("0 created, 0 updated, 3 unchanged"),
        "{}",
        run.stdout
    );
    assert_eq!((u, a), (users(&env), audits(&env)));
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE managed_by = 'csv'"),
        2
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'root' AND managed_by IS NULL"),
        1
    );
    let (u, a) = (users(&env), audits(&env));
    let run = env.run(&["import-csv", out.to_str().unwrap()]);
    run.ok();
    assert!(
        run.stdout.contains("0 created, 0 updated, 3 unchanged"),
        "{}",
        run.stdout
    );
    assert_eq!((u, a), (users(&env), audits(&env)));
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE display_name='=HYPERLINK(\"x\")'"),
        1
    );
    // Filters, stdout, hashes only on request.
    let run = env.run(&["export-csv", "--role", "moderator"]);
    run.ok();
    assert_eq!(run.stdout.lines().count(), 2, "{}", run.stdout);
    assert!(!run.stdout.contains("$argon2"));
    let run = env.run(&["export-csv", "--search", "root", "--with-password-hashes"]);
    assert!(run.stdout.contains("$argon2id$"), "{}", run.stdout);
    // The hash export imports back unchanged too.
    let g = write(&env, "h.csv", &run.stdout);
    let run = env.run(&["import-csv", g.to_str().unwrap()]);
    assert!(
        run.stdout.contains("0 updated, 1 unchanged"),
        "{}",
        run.stdout
    );
}

#[test]
fn import_needs_users_manage_and_export_users_view() {
    let env = Env::init();
    env.add_user("mod", "moderator");
    let f = write(&env, "a.csv", "username\nalice\n");
    let run = env
        .command()
        .env("USERCTL_PASSWORD", GOOD_PASSWORD)
        .args(["--as", "mod", "import-csv", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(6));
    let run = env
        .command()
        .env("USERCTL_PASSWORD", GOOD_PASSWORD)
        .args(["--as", "mod", "export-csv"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(6));
    assert_eq!(users(&env), 2);
}

#[test]
fn kill_9_leaves_the_database_before_or_after() {
    crate::only_in_a_file!("restores the file's bytes between kills");
    let env = Env::init();
    let hash = root_hash(&env);
    let mut text = String::from("username,email,password_hash\n");
    for i in 0..3000 {
        text.push_str(&format!("user{i:05},u{i}@example.com,\"{hash}\"\n"));
    }
    let f = write(&env, "big.csv", &text);
    let import = || {
        env.command()
            .args(["import-csv", f.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    // `init` closed the database: no WAL is left beside the file.
    let pristine = std::fs::read(&env.db).unwrap();
    let restore = || {
        for suffix in ["-wal", "-shm"] {
            let mut side = env.db.clone().into_os_string();
            side.push(suffix);
            let _ = std::fs::remove_file(side);
        }
        std::fs::write(&env.db, &pristine).unwrap();
    };
    // Sound file, intact audit chain, and (accounts, audit entries).
    let state = || {
        let conn = env.sql();
        let ok: String = conn
            .query_row("PRAGMA integrity_check", (), |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        assert_eq!(userctl::db::audit::verify(&conn).unwrap().first_bad, None);
        (users(&env), audits(&env))
    };
    let before = state();
    let started = Instant::now();
    assert!(import().wait().unwrap().success());
    let full = started.elapsed();
    let after = state();
    assert_eq!(after, (before.0 + 3000, before.1 + 3000));

    // Kills spread from the start to past the end of an uninterrupted run.
    let mut outcomes = [0u32; 2];
    for i in 0..25u32 {
        restore();
        assert_eq!(state(), before);
        let mut child = import();
        std::thread::sleep(full * i / 20);
        let _ = child.kill();
        let _ = child.wait();
        let now = state();
        assert!(
            now == before || now == after,
            "kill {i}: {now:?} is neither {before:?} nor {after:?}"
        );
        outcomes[usize::from(now == after)] += 1;
    }
    eprintln!("kill -9: {} before, {} after", outcomes[0], outcomes[1]);
    assert!(outcomes[0] > 0, "no kill landed before the commit");
}

/// Writes to the database as an application would, one short transaction every
/// `pause`, until `child` exits.
fn app_writes_while(env: &Env, child: &mut Child, pause: Duration) -> AppWrites {
    let conn = env.sql();
    if let userctl::db::Conn::Sqlite(c) = &conn {
        c.busy_timeout(Duration::from_secs(10)).unwrap();
    }
    let started = Instant::now();
    let mut worst = Duration::ZERO;
    let mut writes = 0;
    while child.try_wait().unwrap().is_none() {
        let t = Instant::now();
        conn.execute(
            "UPDATE users SET last_login_at = ?1 WHERE username = 'root'",
            [format!("2026-01-01 00:00:00.{writes:06}")],
        )
        .unwrap();
        worst = worst.max(t.elapsed());
        writes += 1;
        std::thread::sleep(pause);
    }
    AppWrites {
        worst,
        writes,
        during: started.elapsed(),
    }
}

/// What an application writing in a loop saw while an import ran.
struct AppWrites {
    /// The longest any one write waited.
    worst: Duration,
    writes: u32,
    /// How long the import ran.
    during: Duration,
}

impl AppWrites {
    /// The application kept writing: many writes, none of them waiting for more than a
    /// fifth of the import. Had the import held the write lock through its long phase
    /// (hashing, validating), one write would have waited through nearly all of it. The
    /// bound is relative, so a slow or loaded machine stretches both sides alike.
    fn kept_writing(&self, at_least: u32) {
        assert!(
            self.writes >= at_least,
            "the import finished too fast to observe: {} writes in {:?}",
            self.writes,
            self.during
        );
        assert!(
            self.worst * 5 < self.during,
            "a write waited {:?} of the import's {:?}",
            self.worst,
            self.during
        );
    }
}

#[test]
fn an_application_keeps_writing_while_an_import_hashes() {
    let env = Env::init();
    // Slower hashes (6 iterations, about three times the default), so that even a
    // machine with many cores spends a while hashing.
    env.run(&["config", "set", "argon2.iterations", "6"]).ok();
    let mut text = String::from("username,password\n");
    for i in 0..96 {
        text.push_str(&format!("user{i:03},{GOOD_PASSWORD}\n"));
    }
    let f = write(&env, "a.csv", &text);
    let mut child = env
        .command()
        .args(["import-csv", f.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let seen = app_writes_while(&env, &mut child, Duration::from_millis(5));
    assert!(child.wait().unwrap().success());
    seen.kept_writing(10);
    assert_eq!(users(&env), 97);
}

#[test]
fn sync_with_skip_invalid_never_deactivates_a_user_whose_row_was_rejected() {
    let env = Env::init();
    env.add_user("alice", "user");
    env.add_user("bob", "user");
    manage(&env, &["alice", "bob"], "csv");
    // bob's row is invalid (bad email): skipped, but bob is in the file, so he stays.
    let f = write(
        &env,
        "a.csv",
        "username,email\nroot,root@example.com\nbob,not-an-email\n",
    );
    let run = env.run(&[
        "-q",
        "--format",
        "json",
        "import-csv",
        "--mode",
        "sync",
        "--skip-invalid",
        f.to_str().unwrap(),
    ]);
    run.code(7);
    let json = run.json();
    assert_eq!(json["deactivated"], 1);
    assert_eq!(json["rejected"], 1);
    // root (made by init) is named by the file but never adopted: nothing changes.
    assert_eq!(json["updated"], 0);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE managed_by IS NULL"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username='bob' AND status='active'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username='alice' AND status='inactive'"),
        1
    );
}

#[test]
fn an_import_gives_no_role_beyond_the_importers_own_permissions() {
    let env = Env::init();
    env.run(&[
        "role",
        "create",
        "hr",
        "--permission",
        "users.view",
        "--permission",
        "users.manage",
        "--permission",
        "resources.view",
        "--permission",
        "playground.use",
    ])
    .ok();
    env.add_user("hana", "hr");
    env.add_user("boss", "admin");
    // A new admin, or making an existing user admin: refused, nothing written.
    for text in [
        "username,role\nnew1,user\nnew2,admin\n",
        // Adopting boss would hand an admin to this feed (managed_by): acting on boss.
        "username,role\nnew1,user\nhana,hr\nboss,admin\nroot,admin\nnew2,user\n",
        "username,role\nnew1,user\nhana,hr\nnew2,user\n",
    ] {
        let before = (users(&env), audits(&env));
        let f = write(&env, "a.csv", text);
        let mut args = vec!["import-csv", f.to_str().unwrap()];
        if text.contains("boss") {
            args.push("--adopt");
        }
        let run = env.run_as("hana", GOOD_PASSWORD, &args, "");
        if text.contains("new2,admin") {
            run.code(6);
            assert!(
                run.stderr.contains("cannot hand out permissions"),
                "{}",
                run.stderr
            );
            assert_eq!((users(&env), audits(&env)), before);
        } else if text.contains("boss") {
            run.code(6);
            assert!(
                run.stderr.contains("may not act on 'boss'"),
                "{}",
                run.stderr
            );
            assert_eq!((users(&env), audits(&env)), before);
        } else {
            // Rows naming accounts that stay as they are need nothing more.
            run.ok();
            assert_eq!(users(&env), before.0 + 2);
        }
    }
    let f = write(&env, "b.csv", "username,role\nnew1,admin\n");
    let run = env.run_as(
        "hana",
        GOOD_PASSWORD,
        &["import-csv", f.to_str().unwrap()],
        "",
    );
    run.code(6);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'new1' AND role = 'user'"),
        1
    );
}

#[test]
fn a_key_repeated_after_an_invalid_row_is_still_a_duplicate() {
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        "username,email\nbob,not-an-email\nbob,bob@example.com\ncarl,carl@example.com\n",
    );
    let run = env.run(&["import-csv", "--skip-invalid", f.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr.contains("line 2: invalid email"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("line 3: username 'bob' already appears on line 2"),
        "{}",
        run.stderr
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username IN ('bob', 'carl')"),
        1
    );
}

#[test]
fn a_rollback_journal_database_stays_writable_while_a_long_file_is_validated() {
    crate::only_in_a_file!("its rollback journal");
    let env = Env::init();
    // A database an application made without WAL: a reader locks writers out, so
    // the import may only ever hold short read transactions.
    let mode: String = env
        .sql()
        .query_row("PRAGMA journal_mode = DELETE", (), |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    let hash = root_hash(&env);
    let mut text = String::from("username,email,password_hash\n");
    for i in 0..150_000 {
        text.push_str(&format!("user{i:06},u{i}@example.com,\"{hash}\"\n"));
    }
    let f = write(&env, "big.csv", &text);
    env.run(&["-q", "import-csv", f.to_str().unwrap()]).ok();
    // The second run only validates (every row is unchanged): seconds of reading
    // with nothing to write.
    let mut child = env
        .command()
        .args(["import-csv", f.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let seen = app_writes_while(&env, &mut child, Duration::from_millis(5));
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("0 created, 0 updated, 150000 unchanged"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    seen.kept_writing(10);
    assert_eq!(users(&env), 150_001);
}

#[test]
fn an_import_into_a_database_locked_past_wait_exits_8_and_writes_nothing() {
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        "username,email\nalice,alice@example.com\nbob,\n",
    );
    let out = env.dir.path().join("passwords.csv");
    let audit_before = audits(&env);
    let holder = crate::common::hold_write_lock(&env);
    let run = env.run(&[
        "--wait",
        "0.5",
        "import-csv",
        "--passwords-out",
        out.to_str().unwrap(),
        f.to_str().unwrap(),
    ]);
    run.code(8);
    assert!(
        run.stderr.contains("locked by another writer"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, "");
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!((users(&env), audits(&env)), (1, audit_before));
    assert!(
        !out.exists(),
        "passwords were kept for accounts never created"
    );
    // Once the lock is gone the same command goes through.
    env.run(&[
        "import-csv",
        "--passwords-out",
        out.to_str().unwrap(),
        f.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(users(&env), 3);
    assert!(out.exists());
}

/// Export → import adopts nobody: a later sync of the default source cannot deactivate
/// the admins. `--adopt` hands the file's unmanaged people to the source, never the
/// accounts made by `init` or `recover`, nor service accounts; a sync's dry run marks
/// the managers it would deactivate.
#[test]
fn adoption_takes_adopt_and_never_the_accounts_that_end_a_lockout() {
    let env = Env::init();
    env.add_user("boss", "admin");
    env.add_user("carol", "user");
    env.run(&["user", "add", "ci-bot", "--service"]).ok();
    env.run_stdin(
        &[
            "recover",
            "--create",
            "neo",
            "--email",
            "neo@example.com",
            "--password-stdin",
        ],
        GOOD_PASSWORD,
    )
    .ok();
    let unmanaged = "SELECT count(*) FROM users WHERE managed_by IS NULL";
    assert_eq!(env.count(unmanaged), 5);

    // The README tour: export, import back. Nothing changes, not even managed_by.
    let out = env.dir.path().join("all.csv");
    env.run(&["export-csv", "--output", out.to_str().unwrap()])
        .ok();
    let a = audits(&env);
    let run = env.run(&["import-csv", out.to_str().unwrap()]);
    run.ok();
    assert_eq!(
        run.stdout.trim(),
        "import: 0 created, 0 updated, 5 unchanged, 0 deactivated, 0 rejected"
    );
    assert_eq!((env.count(unmanaged), audits(&env)), (5, a));
    // So a default-source sync of a file without the admins deactivates nobody.
    let f = write(&env, "carol.csv", "username\ncarol\n");
    let run = env.run(&["import-csv", "--mode", "sync", f.to_str().unwrap()]);
    run.ok();
    assert!(run.stdout.contains("0 deactivated"), "{}", run.stdout);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE status = 'active'"),
        5
    );

    // A field the file changes is updated without adopting the account.
    let f = write(&env, "name.csv", "username,name\ncarol,Carol C\n");
    let run = env.run(&["--format", "json", "import-csv", f.to_str().unwrap()]);
    run.ok();
    assert_eq!(
        run.json()["updated_accounts"][0]["changes"],
        serde_json::json!([{"field": "name", "old": "", "new": "Carol C"}])
    );
    assert_eq!(env.count(unmanaged), 5);

    // --adopt: boss and carol (made by `user add`) join the source; root (init), neo
    // (recover) and the service account never do.
    let run = env.run(&[
        "--format",
        "json",
        "import-csv",
        "--adopt",
        out.to_str().unwrap(),
    ]);
    run.ok();
    let report = run.json();
    assert_eq!(report["updated"], 2, "{report}");
    let adopted: Vec<String> = env
        .sql()
        .prepare("SELECT username FROM users WHERE managed_by = 'csv' ORDER BY username")
        .unwrap()
        .query_map((), |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(adopted, ["boss", "carol"]);
    let entry = env.count(&format!(
        "SELECT count(*) FROM audit_log WHERE action = 'user.edit' AND target = 'boss' \
             AND {} = 'csv'",
        crate::common::details_field("changes.managed_by.new")
    ));
    assert_eq!(entry, 1);

    // A sync that would deactivate boss says it is a manager, in JSON and in words.
    let dry = env.run(&[
        "--dry-run",
        "--format",
        "json",
        "import-csv",
        "--mode",
        "sync",
        "--max-deactivate",
        "2",
        f.to_str().unwrap(),
    ]);
    dry.ok();
    assert_eq!(
        dry.json()["would_deactivate"],
        serde_json::json!([{"username": "boss", "manager": true}])
    );
    let dry = env.run(&[
        "--dry-run",
        "import-csv",
        "--mode",
        "sync",
        "--max-deactivate",
        "2",
        f.to_str().unwrap(),
    ]);
    dry.ok();
    assert!(
        dry.stdout
            .contains("would deactivate boss (a manager: holds users.manage)\n"),
        "{}",
        dry.stdout
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE status = 'active'"),
        5
    );
}

/// An `--as` account changes neither its own role nor its own status through a file,
/// as with `user role` and `user deactivate` on itself (exit 5, nothing written).
#[test]
fn an_import_as_an_account_cannot_change_its_own_role_or_status() {
    let env = Env::init();
    env.run(&[
        "role",
        "create",
        "hr",
        "--permission",
        "users.view",
        "users.manage",
        "resources.view",
        "playground.use",
    ])
    .ok();
    env.add_user("hana", "hr");
    env.add_user("ivan", "user");
    for (text, what) in [
        ("username,role\nivan,hr\nhana,user\n", "change the role of"),
        ("username,status\nhana,inactive\n", "deactivate"),
    ] {
        let before = (users(&env), audits(&env));
        let f = write(&env, "a.csv", text);
        let run = env.run_as(
            "hana",
            GOOD_PASSWORD,
            &["import-csv", f.to_str().unwrap()],
            "",
        );
        run.code(5);
        assert!(
            run.stderr
                .contains(&format!("you cannot {what} your own account")),
            "{}",
            run.stderr
        );
        assert_eq!((users(&env), audits(&env)), before);
        assert_eq!(
            env.count(
                "SELECT count(*) FROM users WHERE username IN ('hana', 'ivan') \
                 AND status = 'active' AND role = CASE username WHEN 'hana' THEN 'hr' ELSE 'user' END"
            ),
            2
        );
    }
    // Another account's role, by the same file without its own row: fine.
    let f = write(&env, "b.csv", "username,role\nivan,hr\n");
    env.run_as(
        "hana",
        GOOD_PASSWORD,
        &["import-csv", f.to_str().unwrap()],
        "",
    )
    .ok();
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'ivan' AND role = 'hr'"),
        1
    );
}

/// A file longer than the batches validation reads and stages together (a few
/// hundred rows each): keys are compared across batches and within one, accounts an
/// application stored with capitals are found, and the values travel exactly.
#[test]
fn a_long_file_is_checked_across_its_batches() {
    let env = Env::init();
    let mut first = String::from("username,email,name\n");
    for i in 0..310 {
        first.push_str(&format!("u{i:04},u{i:04}@example.com,Old {i}\n"));
    }
    let f = write(&env, "first.csv", &first);
    env.run(&["import-csv", f.to_str().unwrap()]).ok();
    // The application renamed one with capitals of its own.
    env.sql()
        .execute(
            "UPDATE users SET username = 'U0150' WHERE username = 'u0150'",
            (),
        )
        .unwrap();
    let (users_before, audits_before) = (users(&env), audits(&env));

    // 300 updates and 900 new accounts (u0300 to u0309 are not in the file); row k
    // is on line k + 1.
    let odd = "Tab\there, back\\slash \"quoted\" Zoë";
    let mut rows = vec!["username,email,name".to_string()];
    for i in 0..300 {
        rows.push(format!("u{i:04},u{i:04}@example.com,New {i}"));
    }
    for i in 310..1210 {
        rows.push(format!("u{i:04},u{i:04}@example.com,New {i}"));
    }
    // An update and a new account with a name that needs escaping on its way.
    let quoted = odd.replace('"', "\"\"");
    rows[1] = format!("u0000,u0000@example.com,\"{quoted}\"");
    rows[1200] = format!("u1209,u1209@example.com,\"{quoted}\"");
    // Line 1001 repeats line 12's username (another batch), line 702 takes the email
    // of an account the file does not name, line 704 repeats line 703's email (the
    // same batch).
    rows[1000] = "u0010,other@example.com,Again".into();
    rows[701] = "v0701,u0305@example.com,Taken".into();
    rows[703] = "v0703,u0711@example.com,Twice".into();
    let text = rows.join("\n") + "\n";
    let g = write(&env, "second.csv", &text);

    let run = env.run(&["import-csv", g.to_str().unwrap()]);
    run.code(7);
    for expected in [
        "line 702: email 'u0305@example.com' is already used by 'u0305'",
        "line 704: email 'u0711@example.com' already appears on line 703",
        "line 1001: username 'u0010' already appears on line 12",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
    let named = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("line "))
        .count();
    assert_eq!(named, 3, "{}", run.stderr);
    assert_eq!((users(&env), audits(&env)), (users_before, audits_before));

    let run = env.run(&["import-csv", "--skip-invalid", g.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stdout.contains("897 created, 300 updated"),
        "{}",
        run.stdout
    );
    assert_eq!(users(&env), users_before + 897);
    // The account stored as U0150 was updated, not made again.
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE display_name = 'New 150'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE lower(username) = 'u0150'"),
        1
    );
    let shown = env
        .run(&["--format", "json", "user", "show", "u0000"])
        .json();
    assert_eq!(shown["name"], odd, "{shown}");
    let shown = env
        .run(&["--format", "json", "user", "show", "u1199"])
        .json();
    assert_eq!(shown["name"], "New 1199", "{shown}");
    let shown = env
        .run(&["--format", "json", "user", "show", "u1209"])
        .json();
    assert_eq!(shown["name"], odd, "{shown}");
    assert_eq!(shown["recent_audit"][0]["details"]["display_name"], odd);
    env.run(&["audit", "verify"]).ok();
}

/// An application may store a name userctl would not write, with a capital whose
/// lower case is not one character (`İ`): the import matches the file's rows to the
/// accounts the database calls the same, whatever its rule for case. A server in a
/// Unicode locale calls `İan` and `ian` the same; SQLite (ASCII case only) does not.
#[test]
fn an_account_the_database_calls_the_same_name_is_found_whatever_its_case_rule() {
    let env = Env::init();
    env.add_user("ian", "user");
    env.sql()
        .execute(
            "UPDATE users SET username = 'İan' WHERE username = 'ian'",
            (),
        )
        .unwrap();
    let f = write(&env, "a.csv", "username,name\nian,Ian Again\nzoe,Zoe\n");
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.ok();
    let same = env
        .count("SELECT count(*) FROM users WHERE username = 'İan' AND display_name = 'Ian Again'");
    match crate::common::engine() {
        crate::common::Engine::Postgres => {
            assert!(
                run.stdout.contains("1 created, 1 updated"),
                "{}",
                run.stdout
            );
            assert_eq!(same, 1);
        }
        crate::common::Engine::Sqlite => {
            assert!(
                run.stdout.contains("2 created, 0 updated"),
                "{}",
                run.stdout
            );
            assert_eq!(same, 0);
        }
    }
    env.run(&["audit", "verify"]).ok();
}

/// An account the application creates after the import has checked its rows and
/// before it writes them stops the import under the lock: the row is named, nothing
/// is written, and on a server the failed insert does not leave the transaction
/// unusable for naming it. (On a file the same code runs, but nothing shows the
/// moment the import waits for the lock, which this test needs.)
#[test]
fn an_account_created_while_the_import_waits_for_the_lock_is_named_and_nothing_written() {
    if crate::common::engine() != crate::common::Engine::Postgres {
        return; // SQLite: no way to see the import waiting (see above)
    }
    let env = Env::init();
    let f = write(
        &env,
        "a.csv",
        "username,email\nalice,alice@example.com\nZed,zed@example.com\n",
    );
    let before = (users(&env), audits(&env));
    // The application holds the lock row and creates `zed` (with capitals of its own)
    // in a transaction the import cannot see yet.
    let app = crate::common::hold_write_lock(&env);
    app.execute_batch(
        "INSERT INTO users (username, email, display_name, role, status, created_at, updated_at) \
         VALUES ('ZED', 'other@example.com', 'Zed', 'user', 'active', now(), now())",
    )
    .unwrap();
    let child = env
        .command()
        .args(["--wait", "60", "import-csv", f.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let watcher = env.sql();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let waiting: i64 = watcher
            .query_row(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
                 AND application_name = 'userctl' AND wait_event_type = 'Lock'",
                (),
                |r| r.get(0),
            )
            .unwrap();
        if waiting > 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the import never waited for the lock"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    app.execute_batch("COMMIT").unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("line 3: user 'zed' or its email was created meanwhile"),
        "{stderr}"
    );
    assert_eq!((users(&env), audits(&env)), (before.0 + 1, before.1));
}
