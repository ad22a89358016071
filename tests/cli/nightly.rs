//! `import-csv` as cron runs it: the same HR file night after night, with people using
//! their accounts in between.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use crate::common::{operator, Env, Run, GOOD_PASSWORD};

fn write(env: &Env, name: &str, text: &str) -> PathBuf {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Every account as one line: username status role managed_by kind hash name.
fn state(env: &Env) -> BTreeMap<String, String> {
    let conn = env.sql();
    let mut stmt = conn
        .prepare(
            "SELECT username, status, role, coalesce(managed_by, '-'), kind, \
             CASE WHEN password_hash IS NULL THEN 'none' \
                  WHEN password_hash LIKE '$argon2%' THEN 'argon2' \
                  WHEN password_hash LIKE '$2%' THEN 'bcrypt' ELSE 'other' END, \
             display_name FROM users ORDER BY username",
        )
        .unwrap();
    stmt.query_map((), |r| {
        let cols: Vec<String> = (1..7)
            .map(|i| r.get::<String>(i))
            .collect::<Result<_, _>>()?;
        Ok((r.get::<String>(0)?, cols.join(" ")))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn last_audit_id(env: &Env) -> i64 {
    env.count("SELECT coalesce(max(id), 0) FROM audit_log")
}

/// The audit entries after `id`: "actor action target".
fn audit_after(env: &Env, id: i64) -> Vec<String> {
    let conn = env.sql();
    let mut stmt = conn
        .prepare(
            "SELECT actor, action, coalesce(target, '') FROM audit_log WHERE id > ?1 ORDER BY id",
        )
        .unwrap();
    stmt.query_map([id], |r| {
        Ok(format!(
            "{} {} {}",
            r.get::<String>(0)?,
            r.get::<String>(1)?,
            r.get::<String>(2)?
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// The exit code of `user verify NAME` with `password`.
fn verify(env: &Env, name: &str, password: &str) -> i32 {
    env.run_stdin(
        &["user", "verify", name, "--password-stdin"],
        &format!("{password}\n"),
    )
    .code
}

/// The initial password HR's file gives an account.
fn initial(name: &str) -> String {
    let n: u32 = name.bytes().map(u32::from).sum();
    format!("hr issued passphrase {n:03} sixteen")
}

const HEADER: &str = "username,email,name,role,status,password";

/// One HR row: the name, its display name, role, and whether it carries a password.
fn row(name: &str, display: &str, role: &str, with_password: bool) -> String {
    let pw = if with_password {
        initial(name)
    } else {
        String::new()
    };
    format!("{name},{name}@example.com,{display},{role},active,{pw}")
}

fn file(rows: &[String]) -> String {
    let mut text = String::from(HEADER);
    for r in rows {
        text.push('\n');
        text.push_str(r);
    }
    text.push('\n');
    text
}

fn summary(created: u32, updated: u32, unchanged: u32, deactivated: u32) -> String {
    format!(
        "import: {created} created, {updated} updated, {unchanged} unchanged, \
         {deactivated} deactivated, 0 rejected\n"
    )
}

#[test]
fn ten_nights_of_the_same_hr_file() {
    let env = Env::init();
    // Accounts no feed manages: root (init), one made by hand, a service account.
    env.add_user("hand", "user");
    env.run(&["user", "add", "svc-grafana", "--invite"]).ok();
    env.sql()
        .execute(
            "UPDATE users SET kind = 'service', status = 'active' WHERE username = 'svc-grafana'",
            (),
        )
        .unwrap();
    // A second feed carrying a bcrypt hash from an older system.
    let gil_pw = "kept this one from the old system";
    let bcrypt = bcrypt::hash(gil_pw, 10).unwrap();
    let legacy = write(
        &env,
        "legacy.csv",
        &format!("username,email,name,password_hash\ngil,gil@example.com,Gil Gray,{bcrypt}\n"),
    );
    let pw_out = env.dir.path().join("pw.csv");
    let mut rows = vec![
        row("ann", "Ann Archer", "user", true),
        row("ben", "Ben Baker", "user", true),
        row("cat", "Cat Cole", "user", true),
        row("dan", "Dan Dale", "user", true),
        row("eve", "Eve East", "moderator", true),
        row("zoe", "Zoe Zane", "user", false),
    ];
    let hr = env.dir.path().join("hr.csv");
    let night = |rows: &[String], extra: &[&str]| -> (Run, Run) {
        std::fs::write(&hr, file(rows)).unwrap();
        let mut args = vec!["import-csv", "--mode", "sync", "--source", "hr"];
        args.extend_from_slice(extra);
        args.push(hr.to_str().unwrap());
        let a = env.run(&args);
        let b = env.run(&[
            "import-csv",
            "--mode",
            "sync",
            "--source",
            "legacy",
            legacy.to_str().unwrap(),
        ]);
        (a, b)
    };
    let mut expected: BTreeMap<String, String> = state(&env);
    let line = |s: &str| s.to_string();
    // An audit line "ACTION TARGET" by the operator running the tests.
    let by_operator = |s: &str| format!("{} {s}", operator());
    assert_eq!(expected["root"], "active admin - person argon2 ");
    assert_eq!(expected["hand"], "active user - person argon2 ");
    assert_eq!(expected["svc-grafana"], "active user - service none ");

    // Night 1: everyone is created and managed by their feed; zoe has no password,
    // so the row's `active` makes her invited.
    let mark = last_audit_id(&env);
    let (a, b) = night(&rows, &[]);
    assert_eq!(a.ok().stdout, summary(6, 0, 0, 0));
    assert_eq!(b.ok().stdout, summary(1, 0, 0, 0));
    for (name, role, display) in [
        ("ann", "user", "Ann Archer"),
        ("ben", "user", "Ben Baker"),
        ("cat", "user", "Cat Cole"),
        ("dan", "user", "Dan Dale"),
        ("eve", "moderator", "Eve East"),
    ] {
        expected.insert(
            name.into(),
            format!("active {role} hr person argon2 {display}"),
        );
    }
    expected.insert("zoe".into(), line("invited user hr person none Zoe Zane"));
    expected.insert(
        "gil".into(),
        line("active user legacy person bcrypt Gil Gray"),
    );
    assert_eq!(state(&env), expected);
    let adds: Vec<String> = ["ann", "ben", "cat", "dan", "eve", "zoe", "gil"]
        .iter()
        .map(|n| format!("{} user.add {n}", operator()))
        .collect();
    assert_eq!(audit_after(&env, mark), adds);

    // Between nights: ann changes her own password, the admin resets ben's, gil logs
    // in and his bcrypt hash is upgraded to argon2id.
    let ann_own = "my own new secret passphrase 2026";
    env.run_as(
        "ann",
        &initial("ann"),
        &["user", "passwd", "ann", "--password-stdin"],
        &format!("{ann_own}\n"),
    )
    .ok();
    let ben_reset = "reset by the admin this morning";
    env.run_stdin(
        &["user", "passwd", "ben", "--password-stdin"],
        &format!("{ben_reset}\n"),
    )
    .ok();
    assert_eq!(verify(&env, "gil", gil_pw), 0);
    expected.insert(
        "gil".into(),
        line("active user legacy person argon2 Gil Gray"),
    );
    assert_eq!(state(&env), expected);

    // The passwords people set are never undone, whatever night it is.
    let passwords_hold = |env: &Env| {
        assert_eq!(verify(env, "ann", ann_own), 0, "ann's own password");
        assert_eq!(
            verify(env, "ann", &initial("ann")),
            6,
            "the file's password for ann"
        );
        assert_eq!(verify(env, "ben", ben_reset), 0, "ben's reset password");
        assert_eq!(verify(env, "gil", gil_pw), 0, "gil's upgraded hash");
        assert_eq!(
            verify(env, "cat", &initial("cat")),
            0,
            "cat's initial password"
        );
    };

    // Night 2: the same files change nothing and do no password work.
    let mark = last_audit_id(&env);
    let (a, b) = night(&rows, &[]);
    assert_eq!(a.ok().stdout, summary(0, 0, 6, 0));
    assert_eq!(b.ok().stdout, summary(0, 0, 1, 0));
    assert_eq!(state(&env), expected);
    assert_eq!(audit_after(&env, mark), Vec::<String>::new());
    passwords_hold(&env);

    // Night 3: HR edits cat's row (promoted, renamed): one update, its fields listed.
    rows[2] = row("cat", "Cat Cole-Carter", "moderator", true);
    let mark = last_audit_id(&env);
    std::fs::write(&hr, file(&rows)).unwrap();
    let json = env
        .run(&[
            "--format",
            "json",
            "import-csv",
            "--mode",
            "sync",
            "--source",
            "hr",
            hr.to_str().unwrap(),
        ])
        .ok()
        .json();
    assert_eq!(json["updated"], 1);
    assert_eq!(json["passwords_hashed"], 0);
    assert_eq!(
        json["updated_accounts"],
        serde_json::json!([{"username": "cat", "changes": [
            {"field": "name", "old": "Cat Cole", "new": "Cat Cole-Carter"},
            {"field": "role", "old": "user", "new": "moderator"},
        ]}])
    );
    expected.insert(
        "cat".into(),
        line("active moderator hr person argon2 Cat Cole-Carter"),
    );
    assert_eq!(state(&env), expected);
    assert_eq!(audit_after(&env, mark), vec![by_operator("user.edit cat")]);
    let details: String = env
        .sql()
        .query_row(
            "SELECT details FROM audit_log WHERE action = 'user.edit' AND target = 'cat'",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        details.contains(r#""role":{"new":"moderator","old":"user"}"#),
        "{details}"
    );
    passwords_hold(&env);

    // Night 4: dan left: his row is gone, sync deactivates him — and nobody else.
    rows.remove(3);
    let mark = last_audit_id(&env);
    let (a, b) = night(&rows, &[]);
    assert_eq!(a.ok().stdout, summary(0, 0, 5, 1));
    assert_eq!(b.ok().stdout, summary(0, 0, 1, 0));
    expected.insert(
        "dan".into(),
        line("inactive user hr person argon2 Dan Dale"),
    );
    assert_eq!(state(&env), expected);
    assert_eq!(
        audit_after(&env, mark),
        vec![by_operator("user.deactivate dan")]
    );

    // Night 5: the export was cut off half way: over the deactivation limit, exit 7,
    // nothing written.
    let mark = last_audit_id(&env);
    let (a, b) = night(&rows[..2], &[]);
    a.code(7);
    assert!(
        a.stderr
            .contains("would deactivate 2 of the 4 active accounts managed by 'hr'")
            && a.stderr.contains("limit of 1")
            && a.stderr.contains("is the file truncated?"),
        "{}",
        a.stderr
    );
    assert_eq!(a.stdout, "");
    b.ok();
    assert_eq!(state(&env), expected);
    assert_eq!(audit_after(&env, mark), Vec::<String>::new());

    // Night 6: the full file again: nothing to do.
    let (a, _) = night(&rows, &[]);
    assert_eq!(a.ok().stdout, summary(0, 0, 5, 0));
    assert_eq!(state(&env), expected);
    passwords_hold(&env);

    // Night 7: passwords are generated from now on: hal (new, no password) and zoe
    // (invited, no password) get one; the file is new, 0600.
    rows.push(row("hal", "Hal Hill", "user", false));
    let mark = last_audit_id(&env);
    let out = pw_out.to_str().unwrap();
    let (a, _) = night(&rows, &["--passwords-out", out]);
    assert_eq!(a.ok().stdout, summary(1, 1, 4, 0));
    expected.insert("hal".into(), line("active user hr person argon2 Hal Hill"));
    expected.insert("zoe".into(), line("active user hr person argon2 Zoe Zane"));
    assert_eq!(state(&env), expected);
    // An import writes its new accounts' entries first (file order), then the others.
    assert_eq!(
        audit_after(&env, mark),
        vec![by_operator("user.add hal"), by_operator("user.edit zoe")]
    );
    let night7 = std::fs::read_to_string(&pw_out).unwrap();
    let names: Vec<&str> = night7
        .lines()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(names, ["username", "zoe", "hal"]);
    assert_eq!(
        std::fs::metadata(&pw_out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let zoe_pw = night7
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .nth(1)
        .unwrap()
        .to_string();
    assert_eq!(verify(&env, "zoe", &zoe_pw), 0);

    // Night 8: nothing generated: the passwords file is left exactly as it is.
    let (a, _) = night(&rows, &["--passwords-out", out]);
    assert_eq!(a.ok().stdout, summary(0, 0, 6, 0));
    assert_eq!(std::fs::read_to_string(&pw_out).unwrap(), night7);
    assert_eq!(state(&env), expected);

    // Night 9: ivy is hired: her password is added after the earlier ones.
    rows.push(row("ivy", "Ivy Ives", "user", false));
    let (a, _) = night(&rows, &["--passwords-out", out]);
    assert_eq!(a.ok().stdout, summary(1, 0, 6, 0));
    let night9 = std::fs::read_to_string(&pw_out).unwrap();
    assert!(night9.starts_with(&night7), "{night9}");
    assert_eq!(night9.lines().count(), 4);
    assert!(night9.lines().last().unwrap().starts_with("ivy,"));
    assert_eq!(
        std::fs::metadata(&pw_out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    expected.insert("ivy".into(), line("active user hr person argon2 Ivy Ives"));
    assert_eq!(state(&env), expected);

    // Night 10: dan is rehired with his old row: reactivated, his password kept.
    rows.push(row("dan", "Dan Dale", "user", true));
    let mark = last_audit_id(&env);
    let (a, b) = night(&rows, &["--passwords-out", out]);
    assert_eq!(a.ok().stdout, summary(0, 1, 7, 0));
    assert_eq!(b.ok().stdout, summary(0, 0, 1, 0));
    expected.insert("dan".into(), line("active user hr person argon2 Dan Dale"));
    assert_eq!(state(&env), expected);
    assert_eq!(audit_after(&env, mark), vec![by_operator("user.edit dan")]);
    assert_eq!(std::fs::read_to_string(&pw_out).unwrap(), night9);
    passwords_hold(&env);
    assert_eq!(verify(&env, "dan", &initial("dan")), 0);
    // The hand-made, init-made and service accounts went through ten sync nights as
    // they were.
    assert_eq!(expected["root"], state(&env)["root"]);
    assert_eq!(verify(&env, "hand", GOOD_PASSWORD), 0);
    env.run(&["audit", "verify"]).ok();
}

/// Imports `path` with `flags`.
fn import(env: &Env, flags: &[&str], path: &std::path::Path) -> Run {
    let mut args = vec!["import-csv"];
    args.extend_from_slice(flags);
    args.push(path.to_str().unwrap());
    env.run(&args)
}

#[test]
fn issue_1_a_password_set_after_the_import_is_never_put_back() {
    let env = Env::init();
    let f = write(&env, "in.csv", &file(&[row("ann", "Ann", "user", true)]));
    import(&env, &[], &f).ok();
    let own = "my own new secret passphrase 2026";
    env.run_stdin(
        &["user", "passwd", "ann", "--password-stdin"],
        &format!("{own}\n"),
    )
    .ok();
    let run = import(&env, &[], &f);
    assert_eq!(run.ok().stdout, summary(0, 0, 1, 0));
    assert_eq!(verify(&env, "ann", own), 0);
    // The same with password_hash: an admin's reset survives the legacy hash.
    let legacy = bcrypt::hash("the legacy system password", 10).unwrap();
    let g = write(
        &env,
        "hash.csv",
        &format!("username,email,password_hash\nbob,bob@example.com,{legacy}\n"),
    );
    import(&env, &[], &g).ok();
    env.run_stdin(
        &["user", "passwd", "bob", "--password-stdin"],
        "reset by the admin this morning\n",
    )
    .ok();
    assert_eq!(import(&env, &[], &g).ok().stdout, summary(0, 0, 1, 0));
    assert_eq!(verify(&env, "bob", "the legacy system password"), 6);
    assert_eq!(verify(&env, "bob", "reset by the admin this morning"), 0);
    // --reset-passwords puts the file's passwords back: audited as resets, sessions end.
    env.sql()
        .execute(
            "INSERT INTO sessions (user_id, token_hash, created_at, expires_at) \
             SELECT id, 'abc', '2026-01-01T00:00:00Z', '2999-01-01T00:00:00Z' FROM users \
             WHERE username = 'ann'",
            (),
        )
        .unwrap();
    let mark = last_audit_id(&env);
    assert_eq!(
        import(&env, &["--reset-passwords"], &f).ok().stdout,
        summary(0, 1, 0, 0)
    );
    assert_eq!(
        audit_after(&env, mark),
        vec![format!("{} user.passwd ann", operator())]
    );
    assert_eq!(verify(&env, "ann", &initial("ann")), 0);
    assert_eq!(env.count("SELECT count(*) FROM sessions"), 0);
    // … and once they are back, the next --reset-passwords night changes nothing.
    assert_eq!(
        import(&env, &["--reset-passwords"], &f).ok().stdout,
        summary(0, 0, 1, 0)
    );
}

#[test]
fn issue_2_a_no_op_night_does_no_password_work() {
    let env = Env::init();
    let rows: Vec<String> = (0..12)
        .map(|i| row(&format!("u{i:02}"), "U", "user", true))
        .collect();
    let f = write(&env, "in.csv", &file(&rows));
    let first = import(&env, &["--format", "json"], &f).ok().json();
    assert_eq!(first["created"], 12);
    assert_eq!(first["passwords_hashed"], 12);
    let mark = last_audit_id(&env);
    let second = import(&env, &["--format", "json"], &f).ok().json();
    assert_eq!(second["unchanged"], 12);
    assert_eq!(second["passwords_hashed"], 0);
    assert_eq!(audit_after(&env, mark), Vec::<String>::new());
}

#[test]
fn issue_3_active_without_a_password_is_invited_and_stays_unchanged() {
    let env = Env::init();
    let f = write(
        &env,
        "z.csv",
        "username,email,status\nzed,zed@x.org,active\n",
    );
    assert_eq!(import(&env, &[], &f).ok().stdout, summary(1, 0, 0, 0));
    let status = || {
        env.count("SELECT count(*) FROM users WHERE username='zed' AND status='invited' AND password_hash IS NULL")
    };
    assert_eq!(status(), 1);
    assert_eq!(import(&env, &[], &f).ok().stdout, summary(0, 0, 1, 0));
    assert_eq!(status(), 1);
    env.run(&["db", "check"]).ok();
}

#[test]
fn issue_4_passwords_out_is_never_emptied_and_is_checked_first() {
    let env = Env::init();
    let pw = env.dir.path().join("pw.csv");
    let out = pw.to_str().unwrap();
    let f = write(&env, "a.csv", "username,email\nann,ann@example.com\n");
    import(&env, &["--passwords-out", out], &f).ok();
    let night1 = std::fs::read_to_string(&pw).unwrap();
    assert_eq!(night1.lines().count(), 2);
    // A night that creates nobody leaves the file as it is.
    import(&env, &["--passwords-out", out], &f).ok();
    assert_eq!(std::fs::read_to_string(&pw).unwrap(), night1);
    // Targets that cannot take the passwords are refused before anything is written.
    let g = write(&env, "b.csv", "username,email\nbob,bob@example.com\n");
    let dir = env.dir.path().join("adir");
    std::fs::create_dir(&dir).unwrap();
    let link = env.dir.path().join("link.csv");
    std::os::unix::fs::symlink(&pw, &link).unwrap();
    let shared = write(&env, "shared.csv", "username,password\n");
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o644)).unwrap();
    for (target, why) in [
        (&dir, "is a directory, not a regular file"),
        (&link, "is a symbolic link"),
        (&shared, "is open to other users"),
    ] {
        let run = import(&env, &["--passwords-out", target.to_str().unwrap()], &g);
        run.code(4);
        assert!(run.stderr.contains(why), "{}", run.stderr);
    }
    let missing = env.dir.path().join("no/such/dir/pw.csv");
    let run = import(&env, &["--passwords-out", missing.to_str().unwrap()], &g);
    run.code(1);
    assert!(
        run.stderr.contains("cannot create a file in its directory"),
        "{}",
        run.stderr
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'bob'"),
        0
    );
    assert_eq!(std::fs::read_to_string(&pw).unwrap(), night1);
}

#[test]
fn issue_4_a_delivery_failing_after_the_write_names_where_the_passwords_are() {
    use std::io::Write;
    let env = Env::init();
    let pw = env.dir.path().join("pw.csv");
    let mut child = env
        .command()
        .args(["import-csv", "--passwords-out", pw.to_str().unwrap(), "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Once the target has been checked (the private file beside it exists), something
    // takes its name: the delivery after the write fails.
    let staged = loop {
        let found = std::fs::read_dir(env.dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.to_string_lossy().contains(".pw.csv.undelivered-"));
        if let Some(p) = found {
            break p;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    std::fs::create_dir(&pw).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"username,email\ncarol,carol@example.com\n")
        .unwrap();
    drop(stdin);
    let run: Run = child.wait_with_output().unwrap().into();
    run.code(1);
    assert!(
        run.stderr.contains("the import was written")
            && run.stderr.contains(&staged.display().to_string()),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, summary(1, 0, 0, 0));
    let kept = std::fs::read_to_string(&staged).unwrap();
    assert!(kept.starts_with("username,password\ncarol,"), "{kept}");
    assert_eq!(
        std::fs::metadata(&staged).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let password = kept.lines().nth(1).unwrap().split(',').nth(1).unwrap();
    assert_eq!(verify(&env, "carol", password), 0);
}

#[test]
fn issue_5_sync_sweeps_only_its_own_source_within_the_limits() {
    let env = Env::init();
    env.add_user("hand", "user");
    let managed: Vec<String> = (0..20)
        .map(|i| row(&format!("m{i:02}"), "M", "user", true))
        .collect();
    let f = write(&env, "hr.csv", &file(&managed));
    import(&env, &["--source", "hr", "--mode", "sync"], &f).ok();
    let other = write(&env, "o.csv", &file(&[row("oth", "O", "user", true)]));
    import(&env, &["--source", "other"], &other).ok();
    // root (init), hand and oth are not hr's: never swept, no guard trouble.
    let g = write(&env, "g.csv", &file(&managed[..18]));
    let run = import(&env, &["--source", "hr", "--mode", "sync", "--dry-run"], &g);
    assert_eq!(
        run.ok().stdout,
        "would deactivate m18\nwould deactivate m19\n\
         import (dry run, nothing written): 0 created, 0 updated, 18 unchanged, 2 deactivated, 0 rejected\n"
    );
    // 10% of 20 is 2: allowed. Truncated to 5 rows: 15 > 2, refused, exit 7.
    let h = write(&env, "h.csv", &file(&managed[..5]));
    let before = state(&env);
    for flags in [
        &["--source", "hr", "--mode", "sync"][..],
        &["--source", "hr", "--mode", "sync", "--dry-run"][..],
        &["--source", "hr", "--mode", "sync", "--max-deactivate", "14"][..],
        &[
            "--source",
            "hr",
            "--mode",
            "sync",
            "--max-deactivate",
            "70%",
        ][..],
    ] {
        let run = import(&env, flags, &h);
        run.code(7);
        assert!(
            run.stderr
                .contains("would deactivate 15 of the 20 active accounts managed by 'hr'"),
            "{}",
            run.stderr
        );
        assert_eq!(state(&env), before);
    }
    // The setting moves the default; the flag overrides it for one run.
    env.run(&["config", "set", "import.max_deactivate", "75%"])
        .ok();
    import(&env, &["--source", "hr", "--mode", "sync", "--dry-run"], &h).ok();
    env.run(&["config", "set", "import.max_deactivate", "10"])
        .ok();
    import(&env, &["--source", "hr", "--mode", "sync", "--dry-run"], &h).code(7);
    let run = env.run(&["config", "set", "import.max_deactivate", "lots"]);
    run.code(7);
    // --max-changes counts creations and updates too.
    let mut grown = managed.clone();
    grown.extend((0..5).map(|i| row(&format!("n{i:02}"), "N", "user", true)));
    let k = write(&env, "k.csv", &file(&grown));
    let run = import(&env, &["--source", "hr", "--max-changes", "4"], &k);
    run.code(7);
    assert!(
        run.stderr
            .contains("would change 5 accounts (5 created, 0 updated, 0 deactivated)"),
        "{}",
        run.stderr
    );
    import(&env, &["--source", "hr", "--max-changes", "25%"], &k).ok();
    let run = import(&env, &["--source", "hr", "--mode", "sync"], &h);
    run.code(7);
    // A local-only admin and no sweep of anyone else: the nightly run succeeds.
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE managed_by IS NULL AND status = 'active'"),
        2
    );
    env.run(&["import-csv", "--source", "bad/name", f.to_str().unwrap()])
        .code(2);
}

#[test]
fn a_dry_run_lists_each_changed_field_and_never_a_secret() {
    let env = Env::init();
    let f = write(&env, "a.csv", &file(&[row("ann", "Ann", "user", true)]));
    import(&env, &[], &f).ok();
    let g = write(
        &env,
        "b.csv",
        "username,email,name,role,status,password\n\
         ann,ann@new.example.com,Ann Lee,moderator,inactive,a brand new secret passphrase\n",
    );
    let run = import(&env, &["--dry-run", "--reset-passwords"], &g);
    assert_eq!(
        run.ok().stdout,
        "would update ann: email ann@example.com -> ann@new.example.com, name Ann -> Ann Lee, \
         role user -> moderator, password set -> reset, status active -> inactive\n\
         import (dry run, nothing written): 0 created, 1 updated, 0 unchanged, 0 deactivated, 0 rejected\n"
    );
    assert!(!run.stdout.contains("brand new"));
    let json = import(&env, &["--dry-run", "--format", "json"], &g)
        .ok()
        .json();
    assert_eq!(json["would_update"], serde_json::json!(["ann"]));
    assert_eq!(
        json["updated_accounts"][0]["changes"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    assert!(!json.to_string().contains("brand new"));
    assert_eq!(verify(&env, "ann", &initial("ann")), 0);
}
