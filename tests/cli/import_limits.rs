//! `import-csv` details of reading a file: a map file that ignores headers, and the cap
//! on one record (a quoted field may span lines).

use crate::common::Env;

fn write(env: &Env, name: &str, text: &[u8]) -> std::path::PathBuf {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn usernames(env: &Env) -> Vec<String> {
    env.sql()
        .prepare("SELECT username || ' ' || display_name FROM users WHERE username <> 'root' ORDER BY id")
        .unwrap()
        .query_map((), |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn a_map_file_can_ignore_headers() {
    let env = Env::init();
    let map = write(
        &env,
        "hr.map",
        b"# the whole mapping in one file\nWork Email=email\nFull Name=name\nEmployee #=-\nBadge = -\n",
    );
    let f = write(
        &env,
        "in.csv",
        b"Employee #,Work Email,Full Name,Badge\n17,ann.lee@example.com,Ann Lee,7\n",
    );
    let (m, f) = (map.to_str().unwrap(), f.to_str().unwrap());
    env.run(&["import-csv", "--map-file", m, "--username-from", "email", f])
        .ok();
    assert_eq!(usernames(&env), ["ann.lee Ann Lee"]);
    // `--map 'HEADER=-'` on the command line too.
    let g = write(&env, "g.csv", b"username,Badge\nbob,9\n");
    env.run(&["import-csv", "--map", "badge=-", g.to_str().unwrap()])
        .ok();
    assert_eq!(usernames(&env), ["ann.lee Ann Lee", "bob "]);

    // A header both mapped and ignored by the map is a mistake in the map.
    let bad = write(&env, "bad.map", b"Work Email=email\nwork email=-\n");
    let run = env.run(&["import-csv", "--map-file", bad.to_str().unwrap(), f]);
    run.code(2);
    assert!(
        run.stderr
            .contains("bad.map, line 2: --map names the header 'work email' twice"),
        "{}",
        run.stderr
    );
    let run = env.run(&["import-csv", "--map", "Badge=department", f]);
    run.code(2);
    assert!(
        run.stderr.contains("or '-' to ignore the header"),
        "{}",
        run.stderr
    );
    assert_eq!(usernames(&env).len(), 2, "nothing written");
}

#[test]
fn a_quoted_field_that_never_closes_is_refused_at_the_record_cap() {
    let env = Env::init();
    // Line 3 opens a quote that never closes; every line after it is short.
    let mut text = String::from("username,name\nann,Ann\nbob,\"Bob\n");
    for i in 0..600_000 {
        text.push_str(&format!("u{i},x\n"));
    }
    let f = write(&env, "open.csv", text.as_bytes());
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr
            .contains("error: line 3: the record starting here is longer than 1 MiB by line")
            && run.stderr.contains("a quoted field that never closes?"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("hint: check the file"),
        "{}",
        run.stderr
    );
    assert!(usernames(&env).is_empty(), "nothing written");
    // A quoted field over a few lines is a record like any other.
    let g = write(
        &env,
        "ok.csv",
        b"username,name\nann,\"Ann\nof the\nhills\"\nbob,Bob\n",
    );
    env.run(&["import-csv", g.to_str().unwrap()]).ok();
    assert_eq!(usernames(&env), ["ann Ann\nof the\nhills", "bob Bob"]);
}
