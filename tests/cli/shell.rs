//! What a person at a shell meets: tables that fit the terminal, listings that stop
//! at a page, prompts that ask again, confirmations, help with examples, man pages,
//! completion of names from the database, and one naming of fields everywhere.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use crate::common::{Env, GOOD_PASSWORD, ROOT_PASSWORD};

const BIN: &str = env!("CARGO_BIN_EXE_userctl");

/// Runs `userctl ARGS` on a pseudo-terminal `columns` wide (util-linux `script`),
/// with `input` typed on it. Returns what the terminal showed (stdout and stderr
/// merged, the typed input echoed) and the exit code.
fn on_tty(env: &Env, columns: u16, args: &str, input: &str) -> (String, i32) {
    let mut child = Command::new("script")
        .args(["-qec", &format!("{BIN} {args}"), "/dev/null"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("SHELL", "/bin/sh")
        .env("USERCTL_DB", &env.db)
        .env("LOGNAME", "tester")
        .env("COLUMNS", columns.to_string())
        .current_dir(env.dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run script(1)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    (text, out.status.code().unwrap_or(-1))
}

/// The rows of a table (lines starting with a vertical border), header included.
fn table_rows(text: &str) -> usize {
    text.lines().filter(|l| l.starts_with('│')).count()
}

#[test]
fn on_a_terminal_tables_fit_and_listings_stop_at_a_page() {
    let env = Env::new();
    env.run(&["demo", "--users", "120"]).ok();

    let (out, code) = on_tty(&env, 80, "user list", "");
    assert_eq!(code, 0, "{out}");
    assert_eq!(table_rows(&out), 51, "a header and 50 rows:\n{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    assert!(
        out.contains('…'),
        "long cells are cut with an ellipsis:\n{out}"
    );
    assert!(
        out.contains("70 more — use --limit N or --all (showing 50 of 120)"),
        "{out}"
    );

    // Wide enough: nothing is cut.
    let (out, _) = on_tty(&env, 200, "user list", "");
    assert!(!out.contains('…'), "{out}");
    assert_eq!(table_rows(&out), 51);

    // --wide shows every cell in full whatever the width; an explicit --limit is
    // what was asked for, without a note.
    let (out, _) = on_tty(&env, 80, "--wide user list --limit 3", "");
    assert!(!out.contains('…'), "{out}");
    assert!(out.lines().any(|l| l.chars().count() > 80), "{out}");
    assert_eq!(table_rows(&out), 4);
    assert!(!out.contains("more —"), "{out}");

    let (out, _) = on_tty(&env, 200, "user list --all", "");
    assert_eq!(table_rows(&out), 121);
    assert!(!out.contains("more —"), "{out}");

    // JSON and CSV are never cut, on a terminal either.
    let (out, _) = on_tty(&env, 80, "--format json user list", "");
    assert_eq!(out.matches("\"username\"").count(), 120);
    let (out, _) = on_tty(&env, 80, "--format csv user list", "");
    assert_eq!(out.lines().count(), 121);
    assert!(!out.contains('…'));

    let entries = env.count("SELECT count(*) FROM audit_log");
    assert!(entries > 50);
    let (out, _) = on_tty(&env, 120, "audit list", "");
    assert_eq!(table_rows(&out), 51);
    assert!(
        out.contains(&format!(
            "{} more — use --limit N or --all (showing 50 of {entries})",
            entries - 50
        )),
        "{out}"
    );
    let (out, _) = on_tty(&env, 120, "audit list --all", "");
    assert_eq!(table_rows(&out) as i64, entries + 1);
}

#[test]
fn in_a_pipe_nothing_is_cut() {
    let env = Env::new();
    env.run(&["demo", "--users", "120"]).ok();
    let run = env.run(&["user", "list"]);
    run.ok();
    assert_eq!(table_rows(&run.stdout), 121);
    assert!(!run.stdout.contains('…'));
    assert!(run.stdout.lines().any(|l| l.chars().count() > 150));
    assert_eq!(run.stderr, "");
    let run = env.run(&["audit", "list"]);
    assert_eq!(
        table_rows(&run.stdout) as i64,
        env.count("SELECT count(*) FROM audit_log") + 1
    );
    assert_eq!(run.stderr, "");
    let json = env.run(&["user", "list", "--format", "json"]).json();
    assert_eq!(json.as_array().unwrap().len(), 120);
}

#[test]
fn a_closed_pipe_ends_a_json_listing_quietly() {
    let env = Env::new();
    env.run(&["demo", "--users", "3000"]).ok();
    let mut child = env
        .command()
        .args(["--format", "json", "user", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe closes after one line.
    let out = child.wait_with_output().unwrap();
    assert_eq!(first, "[\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn table_json_and_csv_name_each_field_alike() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.run(&["key", "create", "bob", "--label", "ci"]).ok();
    env.sql()
        .execute_batch(
            "INSERT INTO sessions (user_id, token_hash, created_at, expires_at)
             SELECT id, 'live', '2026-01-01T00:00:00Z', '2999-01-01T00:00:00Z'
             FROM users WHERE username = 'bob';",
        )
        .unwrap();
    for args in [
        &["user", "list"][..],
        &["session", "list"],
        &["key", "list"],
        &["role", "list"],
        &["audit", "list"],
        &["config", "list"],
    ] {
        let json = env.run(&[args, &["--format", "json"]].concat()).json();
        let keys: BTreeSet<String> = json[0].as_object().unwrap().keys().cloned().collect();
        let csv = env.run(&[args, &["--format", "csv"]].concat());
        let header = csv.stdout.lines().next().unwrap().to_string();
        let table = env.run(args);
        let table_header = table.stdout.lines().nth(1).unwrap().to_string();
        for field in header.split(',') {
            assert!(
                keys.contains(field),
                "{args:?}: CSV {field} not in JSON {keys:?}"
            );
            let shown = field.replace('_', " ").to_uppercase();
            assert!(
                table_header.contains(&shown),
                "{args:?}: {shown} in {table_header}"
            );
        }
    }
    // One record: the CSV's field names are the JSON object's keys.
    let json = env.run(&["user", "show", "bob", "--format", "json"]).json();
    let csv = env.run(&["user", "show", "bob", "--format", "csv"]);
    for line in csv.stdout.lines().skip(1) {
        let field = line.split(',').next().unwrap();
        assert!(json.get(field).is_some(), "user show: {field} not in JSON");
    }
    assert_eq!(json["name"], "");
    assert!(json.get("display_name").is_none());
}

#[test]
fn secrets_are_printed_once_inside_their_targets_result() {
    let env = Env::init();
    let run = env.run(&[
        "--format",
        "json",
        "user",
        "add",
        "bob",
        "--email",
        "bob@example.com",
        "--generate-password",
    ]);
    run.ok();
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    let created = run.json();
    assert_eq!(created["target"], "bob");
    assert_eq!(created["result"], "created");
    let pw = created["generated_password"].as_str().unwrap();
    env.run_stdin(&["user", "verify", "bob", "--password-stdin"], pw)
        .ok();

    let run = env.run(&["--format", "json", "user", "add", "ivy", "--invite"]);
    run.ok();
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(run.json()["invitation_token"].as_str().unwrap().len() > 20);

    let run = env.run(&["--format", "json", "key", "create", "bob", "--label", "ci"]);
    run.ok();
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    let key = run.json()["api_key"].as_str().unwrap().to_string();
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM api_keys WHERE prefix = '{}'",
            &key[..16]
        )),
        1
    );

    // A dry run prints no secret; the table prints it on its own labelled line.
    let run = env.run(&[
        "--dry-run",
        "--format",
        "json",
        "user",
        "add",
        "carl",
        "--generate-password",
    ]);
    run.ok();
    assert!(run.json().get("generated_password").is_none());
    let run = env.run(&["user", "passwd", "bob", "--generate-password"]);
    run.ok();
    assert!(run
        .stdout
        .lines()
        .any(|l| l.starts_with("generated password: ")));
}

#[test]
fn declining_exits_1_and_a_missing_role_is_not_found_before_any_question() {
    let env = Env::init();
    env.add_user("bob", "user");
    let (out, code) = on_tty(&env, 100, "user delete bob", "n");
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("declined; nothing was changed"), "{out}");
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'bob'"),
        1
    );

    let run = env.run(&["role", "delete", "nosuch"]);
    run.code(3);
    assert!(
        run.stderr.starts_with("error: no role 'nosuch'"),
        "{}",
        run.stderr
    );
    let (out, code) = on_tty(&env, 100, "role delete nosuch", "");
    assert_eq!(code, 3, "{out}");
    assert!(!out.contains("[y/N]"), "nothing is asked:\n{out}");

    let (out, code) = on_tty(&env, 100, "user delete bob", "y");
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'bob'"),
        0
    );
}

#[test]
fn a_password_prompt_says_why_and_asks_again_up_to_three_times() {
    let env = Env::init();
    env.add_user("bob", "user");
    let new = "a brand new passphrase for him";
    let input = format!("short\n{GOOD_PASSWORD} x\n{GOOD_PASSWORD} y\n{new}\n{new}\n");
    let (out, code) = on_tty(&env, 100, "user passwd bob", &input);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("the minimum is 15") && out.contains("try again (2 attempt(s) left)"),
        "{out}"
    );
    assert!(
        out.contains("the two passwords differ; try again (1 attempt(s) left)"),
        "{out}"
    );
    env.run_stdin(&["user", "verify", "bob", "--password-stdin"], new)
        .ok();

    // Three refusals: the last one is the error; nothing changed.
    let (out, code) = on_tty(&env, 100, "user passwd bob", "bob\nbob\nbob\n");
    assert_eq!(code, 7, "{out}");
    assert!(out.contains("(1 attempt(s) left)"), "{out}");
    env.run_stdin(&["user", "verify", "bob", "--password-stdin"], new)
        .ok();
}

#[test]
fn interactive_add_refuses_a_taken_username_at_once_and_asks_again_for_a_bad_email() {
    let env = Env::init();
    let (out, code) = on_tty(&env, 100, "user add root", "");
    assert_eq!(code, 4, "{out}");
    assert!(!out.contains("Email"), "nothing is asked:\n{out}");

    let input = format!(
        "not-an-email\nroot@example.com\ncarol@example.com\nCarol King\n{GOOD_PASSWORD}\n{GOOD_PASSWORD}\n"
    );
    let (out, code) = on_tty(&env, 100, "user add carol", &input);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("already used by 'root'; try again"), "{out}");
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'carol' AND email = 'carol@example.com' AND display_name = 'Carol King'"),
        1
    );
}

#[test]
fn interactive_recover_checks_each_answer_as_it_is_given() {
    let env = Env::init();
    // Down twice to "Create a new admin"; an existing username and a bad email are
    // refused as they are typed, then the admin is created.
    let input =
        format!("jj\nroot\nrescue\nnope\nrescue@example.com\n{GOOD_PASSWORD}\n{GOOD_PASSWORD}\ny");
    let (out, code) = on_tty(&env, 120, "recover", &input);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("user 'root' already exists; try again"),
        "{out}"
    );
    assert!(out.matches("try again").count() == 2, "{out}");
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'rescue' AND role = 'admin' AND status = 'active'"),
        1
    );
    env.run_stdin(
        &["user", "verify", "root", "--password-stdin"],
        ROOT_PASSWORD,
    )
    .ok();
}

#[test]
fn every_command_ends_its_help_with_examples_and_man_pages_have_the_sections() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            let path = format!("{path} {}", sub.get_name());
            let help = sub
                .get_after_long_help()
                .map(ToString::to_string)
                .unwrap_or_default();
            out.push((path.clone(), help));
            walk(sub, &path, out);
        }
    }
    let mut cmd = userctl::cli::Cli::command();
    cmd.build();
    let mut helps = Vec::new();
    walk(&cmd, "userctl", &mut helps);
    assert!(helps.len() > 40);
    for (path, help) in &helps {
        if path == "userctl recover" {
            // The whole runbook, checked step by step in readme.rs.
            assert_eq!(help, userctl::cli::RECOVER_RUNBOOK);
            continue;
        }
        assert!(help.starts_with("Examples:\n"), "{path} has no examples");
        let commands: Vec<&str> = help
            .lines()
            .skip(1)
            .filter(|l| !l.trim_start().starts_with('#'))
            .collect();
        assert!((1..=3).contains(&commands.len()), "{path}: {commands:?}");
        let words: Vec<&str> = path.split(' ').skip(1).collect();
        for c in &commands {
            assert!(c.contains("userctl "), "{path}: {c}");
            // Every example runs the command it documents.
            assert!(words.iter().all(|w| c.contains(w)), "{path}: {c}");
        }
    }
    let run = Env::new().run(&["user", "add", "--help"]);
    run.ok();
    assert!(run.stdout.contains("Examples:\n  # "), "{}", run.stdout);

    for (name, page) in userctl::generate::man_pages().unwrap() {
        let page = String::from_utf8(page).unwrap();
        for section in [".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", ".SH FILES"] {
            assert!(page.contains(section), "{name}: {section}");
        }
        for var in [
            "USERCTL_DB",
            "USERCTL_PASSWORD",
            "NO_COLOR",
            "SQLITE_TMPDIR",
        ] {
            assert!(page.contains(var), "{name}: {var}");
        }
        if name != "userctl.1" {
            assert!(page.contains(".SH EXAMPLES"), "{name}");
        }
    }
}

#[test]
fn usage_lines_never_show_the_database_option() {
    // The environment names the database (USERCTL_DB); the usage line of an error
    // must not show `--db <PATH>` as if it had been typed or were required.
    let env = Env::init();
    let run = env.run(&["user", "add", "x", "--invite", "--generate-password"]);
    run.code(2);
    assert!(
        run.stderr.contains("Usage: userctl user add"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("--db"), "{}", run.stderr);
    // --db still wins over USERCTL_DB.
    let other = Env::init();
    let run = env.run(&[
        "--db",
        other.db.to_str().unwrap(),
        "user",
        "list",
        "--format",
        "csv",
    ]);
    run.ok();
    env.add_user("onlyhere", "user");
    assert!(!run.stdout.contains("onlyhere"));
}

#[test]
fn completion_offers_usernames_roles_and_groups_from_the_database() {
    let env = Env::init();
    env.add_user("bob", "user");
    env.add_user("bobby", "user");
    env.run(&["role", "create", "helpdesk", "--permission", "users.view"])
        .ok();
    let complete = |words: &[&str]| {
        let mut args = vec!["__complete", "--"];
        args.extend(words);
        env.run(&args)
    };
    let run = complete(&["userctl", "user", "show", "bo"]);
    run.ok();
    assert_eq!(run.stdout, "bob\nbobby\n");
    assert_eq!(
        complete(&["userctl", "user", "role", "bob", "h"]).stdout,
        "helpdesk\n"
    );
    assert_eq!(
        complete(&["userctl", "user", "list", "--role", "m"]).stdout,
        "moderator\n"
    );
    assert_eq!(complete(&["userctl", "--as", "ro"]).stdout, "root\n");
    assert_eq!(
        complete(&["userctl", "key", "create", "bobb"]).stdout,
        "bobby\n"
    );
    // Permissions: as arguments, as `-p`/`--permission` values, and `user grant|deny`'s
    // arguments, which are accounts or permissions.
    assert_eq!(
        complete(&["userctl", "role", "grant", "helpdesk", "audit."]).stdout,
        "audit.view\n"
    );
    assert_eq!(
        complete(&["userctl", "role", "create", "hr", "--permission", "users.m"]).stdout,
        "users.manage\n"
    );
    assert_eq!(
        complete(&["userctl", "user", "grant", "bob", "users.v"]).stdout,
        "users.view\n"
    );
    assert_eq!(
        complete(&["userctl", "user", "deny", "-p", "audit.", "bo"]).stdout,
        "bob\nbobby\n"
    );
    assert_eq!(
        complete(&["userctl", "user", "grant", "-p", "users.v"]).stdout,
        "users.view\n"
    );
    // Not a name: a subcommand, an option, a new role's name.
    complete(&["userctl", "us"]).code(2);
    complete(&["userctl", "user", "show", "--f"]).code(2);
    complete(&["userctl", "role", "create", "h"]).code(2);
    // Not a name either: a new attribute, an attribute's value (bash splits
    // `timezone=U` at the '='), a setting's value.
    complete(&["userctl", "attr", "define", ""]).code(2);
    complete(&["userctl", "user", "set", "bob", "timezone=U"]).code(2);
    complete(&["userctl", "user", "set", "bob", "timezone", "=", "U"]).code(2);
    complete(&["userctl", "user", "set", "bob", "timezone", "="]).code(2);
    complete(&["userctl", "config", "set", "password.min_length", ""]).code(2);
    // --db on the command line names the database to read.
    let other = Env::init();
    other.add_user("zed", "user");
    let run = complete(&[
        "userctl",
        "--db",
        other.db.to_str().unwrap(),
        "user",
        "show",
        "",
    ]);
    assert_eq!(run.stdout, "root\nzed\n");
    // Groups come from the groups table.
    env.sql()
        .execute(
            "INSERT INTO groups (name, created_at) VALUES ('ops', '2026-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
    let conn = userctl::db::Conn::Sqlite(env.sql());
    assert_eq!(
        userctl::db::names::starting_with(&conn, userctl::db::names::Kind::Group, "o", 10).unwrap(),
        ["ops"]
    );

    // The bash script, as bash runs it.
    let script = env.dir.path().join("userctl.bash");
    std::fs::write(&script, env.run(&["completions", "bash"]).stdout.as_bytes()).unwrap();
    let bin_dir = std::path::Path::new(BIN).parent().unwrap();
    let bash = |line: &str, cword: usize| {
        let program = format!(
            "source {}; COMP_WORDS=({line}); COMP_CWORD={cword}; \
             _userctl_names userctl \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
             printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script.display()
        );
        let out = Command::new("bash")
            .args(["--norc", "-c", &program])
            .env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
            .env("USERCTL_DB", &env.db)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(bash("userctl user show bo", 3), "bob\nbobby\n");
    assert_eq!(
        bash("userctl user role bob ''", 4),
        "admin\nhelpdesk\nmoderator\nuser\n"
    );
    // bash splits `--role=m` at the '=': still a role.
    assert_eq!(bash("userctl user list --role = m", 5), "moderator\n");
    assert_eq!(
        bash("userctl user list --role =", 4),
        "admin\nhelpdesk\nmoderator\nuser\n"
    );
    // Not a name: clap's own completion.
    assert_eq!(bash("userctl user lis", 2), "list\n");
}

#[test]
fn a_narrow_terminal_drops_the_least_important_columns_of_user_list() {
    let env = Env::init();
    env.add_user("bob", "user");
    let header = |out: &str| out.lines().nth(1).unwrap_or_default().to_string();

    // 80 columns: the full table would need 129; the last login, creation date and
    // 2FA go (in that order, as many as it takes), nothing is cut, and a note says so.
    let (out, code) = on_tty(&env, 80, "user list", "");
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        header(&out),
        "│ ID ┆ USERNAME ┆ NAME ┆ EMAIL            ┆ ROLE  ┆ STATUS ┆ LAST ACTIVE AT │"
    );
    assert!(!out.contains('…'), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    assert_eq!(
        out.lines().last(),
        Some("columns not shown: two_factor, created_at, last_login_at (see --wide)")
    );

    // 200 columns: every column, no note.
    let every = "│ ID ┆ USERNAME ┆ NAME ┆ EMAIL            ┆ ROLE  ┆ STATUS ┆ TWO FACTOR ┆ CREATED AT           ┆ LAST LOGIN AT ┆ LAST ACTIVE AT │";
    let (out, code) = on_tty(&env, 200, "user list", "");
    assert_eq!(code, 0, "{out}");
    assert_eq!(header(&out), every);
    assert!(!out.contains("columns not shown"), "{out}");

    // --wide at 80, a pipe, and CSV show every column.
    let (out, _) = on_tty(&env, 80, "--wide user list", "");
    assert_eq!(header(&out), every);
    assert!(!out.contains("columns not shown"), "{out}");
    let run = env.run(&["user", "list"]);
    run.ok();
    assert_eq!(header(&run.stdout), every);
    assert_eq!(run.stderr, "");
    let (out, _) = on_tty(&env, 80, "--format csv user list", "");
    assert_eq!(
        out.lines().next(),
        Some(
            "id,username,name,email,role,status,two_factor,created_at,last_login_at,last_active_at"
        )
    );
}
