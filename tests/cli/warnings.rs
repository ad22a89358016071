//! Small things an operator should be told: weak settings, exposed files, why a
//! cron run did nothing, and a `user show` that says each thing once.

use std::os::unix::fs::PermissionsExt;

use crate::common::Env;

#[test]
fn a_minimum_length_below_nist_is_accepted_with_a_warning() {
    let env = Env::init();
    let run = env.run(&["config", "set", "password.min_length", "8"]);
    run.ok();
    assert!(
        run.stderr
            .contains("warning: password.min_length 8 is below the 15 characters NIST SP 800-63B"),
        "{}",
        run.stderr
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM settings WHERE key = 'password.min_length' AND value = '8'"
        ),
        1
    );
    let run = env.run(&["config", "set", "password.min_length", "16"]);
    run.ok();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}

#[test]
fn importing_plaintext_passwords_others_can_read_warns() {
    let env = Env::init();
    let file = env.dir.path().join("people.csv");
    std::fs::write(
        &file,
        "username,email,password\nann,ann@example.com,seven orange kites over the harbour\n",
    )
    .unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = env.run(&["import-csv", file.to_str().unwrap()]);
    run.ok();
    assert!(
        run.stderr.contains(
            "holds plaintext passwords and every user on this machine can read it (mode 0644)"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'ann'"),
        1
    );
    // Private, or without passwords: no warning.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let run = env.run(&["import-csv", file.to_str().unwrap()]);
    run.ok();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let names = env.dir.path().join("names.csv");
    std::fs::write(&names, "username,email\nben,ben@example.com\n").unwrap();
    std::fs::set_permissions(&names, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = env.run(&["import-csv", names.to_str().unwrap()]);
    run.ok();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
}

#[test]
fn a_refused_json_import_still_writes_its_summary() {
    let env = Env::init();
    let before = env.db_bytes();
    // A missing file (3) and a busy database (8) say why on stdout, as JSON.
    let run = env.run(&["--format", "json", "import-csv", "missing.csv"]);
    run.code(3);
    let summary = run.json();
    assert_eq!(summary["refused"], true);
    assert_eq!(summary["exit_code"], 3);
    assert!(
        summary["error"]
            .as_str()
            .unwrap()
            .contains("cannot open missing.csv"),
        "{summary}"
    );
    assert!(
        run.stderr.contains("cannot open missing.csv"),
        "{}",
        run.stderr
    );
    let file = env.dir.path().join("people.csv");
    std::fs::write(&file, "username,email\nann,ann@example.com\n").unwrap();
    let lock = crate::common::hold_write_lock(&env);
    let run = env.run(&[
        "--format",
        "json",
        "--wait",
        "0.2",
        "import-csv",
        file.to_str().unwrap(),
    ]);
    run.code(8);
    assert_eq!(run.json()["exit_code"], 8);
    lock.execute_batch("ROLLBACK").unwrap();
    assert_eq!(env.db_bytes(), before);
    // A run that imports prints its one summary only.
    let run = env.run(&["--format", "json", "import-csv", file.to_str().unwrap()]);
    run.ok();
    assert_eq!(run.json()["created"], 1);
    assert!(run.json().get("refused").is_none());
}

#[test]
fn user_show_names_each_field_once() {
    let env = Env::init();
    env.add_user("bob", "moderator");
    let run = env.run(&["user", "show", "bob"]);
    run.ok();
    let labels: Vec<&str> = run
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix('│'))
        .map(|l| l.split('┆').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    let mut unique = labels.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(labels.len(), unique.len(), "{}", run.stdout);
    assert!(!run.stdout.contains("permission sources"), "{}", run.stdout);
    // Each permission once, with its source.
    assert_eq!(
        run.stdout.matches("resources.edit").count(),
        1,
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("resources.edit (from role:moderator)"),
        "{}",
        run.stdout
    );
}

#[test]
fn every_man_page_points_to_pages_that_exist_and_to_the_guides() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut pages = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let (_, see_also) = text
            .split_once(".SH \"SEE ALSO\"\n")
            .unwrap_or_else(|| panic!("{} has no SEE ALSO", path.display()));
        assert!(
            see_also.contains("docs/operator\\-guide.md"),
            "{}",
            path.display()
        );
        for reference in see_also.split("\\fB").skip(1) {
            let name = reference
                .split("\\fR(1)")
                .next()
                .unwrap()
                .replace("\\-", "-");
            assert!(
                dir.join(format!("{name}.1")).exists(),
                "{}: {name}",
                path.display()
            );
        }
        pages += 1;
    }
    assert!(pages > 40);
}
