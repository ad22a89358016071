//! A person at a terminal: prompts, Ctrl-C, Esc, `--no-input`. Each test runs the
//! real binary on a pseudo-terminal.

use crate::common::{Env, Screen};

const CTRL_C: &str = "\u{3}";
const SHOW_CURSOR: &str = "\u{1b}[?25h";
const HIDE_CURSOR: &str = "\u{1b}[?25l";

/// Ctrl-C left the terminal usable and said nothing changed.
#[track_caller]
fn interrupted(screen: &Screen) {
    screen.code(130);
    assert!(
        screen.text.contains("interrupted; nothing was changed"),
        "{}",
        screen.text
    );
    cursor_shown(screen);
    assert!(screen.echo_on, "echo left off\n{}", screen.text);
}

/// The cursor's last state is shown (dialoguer hides it while a menu is open).
#[track_caller]
fn cursor_shown(screen: &Screen) {
    let shown = screen.text.rfind(SHOW_CURSOR);
    let hidden = screen.text.rfind(HIDE_CURSOR);
    assert!(
        shown.is_some() && shown > hidden,
        "cursor left hidden\n{}",
        screen.text
    );
}

#[test]
fn ctrl_c_at_any_question_restores_the_terminal_and_changes_nothing() {
    let env = Env::init();
    env.add_user("bob", "user");
    let before = env.db_bytes();
    // A line of text, a hidden password, a confirmation, a menu.
    interrupted(&env.on_terminal(
        &["user", "add", "carol"],
        &[("expect", "Email"), ("send", CTRL_C)],
    ));
    interrupted(&env.on_terminal(
        &["--as", "root", "user", "list"],
        &[("expect", "Password for root"), ("send", CTRL_C)],
    ));
    interrupted(&env.on_terminal(
        &["user", "delete", "bob"],
        &[("expect", "[y/N]"), ("send", CTRL_C)],
    ));
    interrupted(&env.on_terminal(
        &["recover"],
        &[("expect", "What should recovery do?"), ("send", CTRL_C)],
    ));
    interrupted(&env.on_terminal(
        &["user", "passwd", "bob"],
        &[
            ("expect", "assword"),
            ("send", "half a passw"),
            ("send", CTRL_C),
        ],
    ));
    assert_eq!(env.db_bytes(), before, "the database changed");
}

#[test]
fn the_recover_menu_is_cancelled_with_esc_or_q() {
    let env = Env::init();
    env.add_user("bob", "user");
    let before = env.db_bytes();
    for key in ["q", "\u{1b}"] {
        let screen = env.on_terminal(
            &["recover"],
            &[
                ("expect", "(Esc or q to cancel)"),
                ("sleep", "0.2"),
                ("send", key),
            ],
        );
        screen.code(1);
        assert!(
            screen
                .text
                .contains("recovery cancelled; nothing was changed"),
            "{}",
            screen.text
        );
        cursor_shown(&screen);
    }
    // A confirmation takes them as "no".
    let screen = env.on_terminal(
        &["user", "delete", "bob"],
        &[("expect", "[y/N]"), ("sleep", "0.2"), ("send", "q")],
    );
    assert!(screen.code != 0, "{}", screen.text);
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn no_input_turns_every_question_off_even_on_a_terminal() {
    let env = Env::init();
    env.add_user("bob", "user");
    let before = env.db_bytes();
    for (flag, var) in [
        (Some("--no-input"), None),
        (None, Some("1")),
        (None, Some("yes")),
    ] {
        let run = |args: &[&str]| {
            let mut cmd = env.command();
            cmd.args(flag).args(args);
            if let Some(v) = var {
                cmd.env("USERCTL_NO_INPUT", v);
            }
            crate::common::on_terminal(&cmd, 80, &[])
        };
        let add = run(&["user", "add", "dave"]);
        add.code(2);
        assert!(!add.text.contains("Email"), "{}", add.text);
        assert!(add.text.contains("--no-input"), "{}", add.text);
        let delete = run(&["user", "delete", "bob"]);
        delete.code(2);
        assert!(!delete.text.contains("[y/N]"), "{}", delete.text);
        assert!(delete.text.contains("add --yes"), "{}", delete.text);
        run(&["--as", "root", "user", "list"]).code(2);
        run(&["recover"]).code(2);
    }
    assert_eq!(env.db_bytes(), before);
    // Set to a false value it asks as usual.
    let mut cmd = env.command();
    cmd.args(["user", "add", "dave"])
        .env("USERCTL_NO_INPUT", "0");
    let asks = crate::common::on_terminal(&cmd, 80, &[("expect", "Email"), ("send", CTRL_C)]);
    asks.code(130);
}

#[test]
fn user_add_asks_nothing_optional_when_the_command_line_names_the_account() {
    let env = Env::init();
    // The README's line: no --name, and nothing is asked.
    let screen = env.on_terminal(
        &[
            "user",
            "add",
            "carol",
            "--email",
            "carol@example.com",
            "--invite",
        ],
        &[],
    );
    screen.code(0);
    assert!(!screen.text.contains("Display name"), "{}", screen.text);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'carol' AND display_name = ''"),
        1
    );
    for args in [
        &["user", "add", "dan", "--generate-password"][..],
        &["user", "add", "eve", "--service"],
        &["user", "add", "fay", "--name", "Fay", "--invite"],
    ] {
        let screen = env.on_terminal(args, &[]);
        screen.code(0);
        assert!(!screen.text.contains("Email"), "{}", screen.text);
        assert!(!screen.text.contains("Display name"), "{}", screen.text);
    }
    // Only a username: the guided way asks.
    let screen = env.on_terminal(
        &["user", "add", "gus"],
        &[
            ("expect", "Email"),
            ("send", "gus@example.com\r"),
            ("expect", "Display name"),
            ("send", "Gus\r"),
            ("expect", "New password"),
            ("send", "seven orange kites over the harbour\r"),
            ("expect", "Repeat it"),
            ("send", "seven orange kites over the harbour\r"),
        ],
    );
    screen.code(0);
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'gus' AND display_name = 'Gus'"),
        1
    );
}

#[test]
fn ctrl_c_during_an_import_says_it_stopped_and_writes_nothing() {
    let env = Env::init();
    let mut csv = String::from("username,email,password\n");
    for i in 0..400 {
        csv.push_str(&format!(
            "user{i},user{i}@example.com,seven orange kites over the harbour {i}\n"
        ));
    }
    let file = env.dir.path().join("people.csv");
    std::fs::write(&file, csv).unwrap();
    let before = env.count("SELECT count(*) FROM users");
    let audit = env.count("SELECT count(*) FROM audit_log");
    let screen = env.on_terminal(
        &["import-csv", file.to_str().unwrap()],
        &[("sleep", "1.5"), ("send", CTRL_C)],
    );
    screen.code(130);
    assert!(
        screen
            .text
            .contains("interrupted: the import stopped before writing; nothing was changed"),
        "{}",
        screen.text
    );
    cursor_shown(&screen);
    // The bar counts the whole file's rows, passwords hashed beside them.
    assert!(screen.text.contains("/400 rows"), "{}", screen.text);
    assert!(!screen.text.contains("/401 rows"), "{}", screen.text);
    assert_eq!(env.count("SELECT count(*) FROM users"), before);
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), audit);
}

/// The terminal's lines without colours and carriage returns.
fn plain_lines(text: &str) -> Vec<String> {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters final-byte
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            continue;
        }
        if c != '\r' {
            out.push(c);
        }
    }
    out.lines().map(String::from).collect()
}

#[test]
fn help_wraps_to_the_terminal_between_words() {
    let env = Env::new();
    for args in [
        &["user", "add", "--help"][..],
        &["recover", "--help"],
        &["--help"],
    ] {
        let screen = env.on_terminal_sized(args, 60);
        screen.code(0);
        let lines = plain_lines(&screen.text);
        let long: Vec<&String> = lines.iter().filter(|l| l.chars().count() > 60).collect();
        assert!(long.is_empty(), "{args:?}: {long:#?}");
        // The same words as at full width: none was broken in the middle.
        let words = |ls: &[String]| -> Vec<String> {
            ls.iter()
                .flat_map(|l| l.split_whitespace().map(String::from).collect::<Vec<_>>())
                .collect()
        };
        let wide = plain_lines(&env.on_terminal_sized(args, 250).text);
        assert_eq!(words(&lines), words(&wide), "{args:?}");
    }
}

/// The cells of column `header` in a table's lines.
fn column(lines: &[String], header: &str) -> Vec<String> {
    let rows: Vec<Vec<String>> = lines
        .iter()
        .filter(|l| l.starts_with('│'))
        .map(|l| {
            l.trim_matches('│')
                .split('┆')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect();
    let Some(at) = rows
        .first()
        .and_then(|h| h.iter().position(|c| c == header))
    else {
        panic!("no column {header}\n{lines:#?}");
    };
    rows[1..].iter().map(|r| r[at].clone()).collect()
}

#[test]
fn tables_at_80_columns_keep_one_line_per_record_and_never_cut_names_ids_or_times() {
    let env = Env::new();
    env.run(&["demo", "--users", "40"]).ok();
    let usernames: Vec<String> = env
        .sql()
        .prepare("SELECT username FROM users")
        .unwrap()
        .query_map((), |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let timestamp = |c: &String| c.is_empty() || (c.len() == 20 && c.ends_with('Z'));
    for (args, rows, header) in [
        (&["user", "list", "--limit", "8"][..], 8, "USERNAME"),
        (&["user", "list", "--limit", "8"], 8, "LAST ACTIVE AT"),
        (&["audit", "list", "--limit", "8"], 8, "AT"),
        (&["audit", "list", "--limit", "8"], 8, "ID"),
        (&["session", "list"], 0, "USERNAME"),
        (&["key", "list"], 0, "USERNAME"),
        (&["role", "list"], 3, "NAME"),
        (&["config", "list"], 0, "KEY"),
    ] {
        let screen = env.on_terminal_sized(args, 80);
        screen.code(0);
        let lines = plain_lines(&screen.text);
        let long: Vec<&String> = lines.iter().filter(|l| l.chars().count() > 80).collect();
        assert!(long.is_empty(), "{args:?}: {long:#?}");
        let cells = column(&lines, header);
        if rows > 0 {
            assert_eq!(cells.len(), rows, "{args:?}\n{}", screen.text);
        }
        assert!(!cells.is_empty(), "{args:?}\n{}", screen.text);
        for cell in &cells {
            assert!(!cell.contains('…'), "{args:?}: {cell} cut\n{}", screen.text);
            match header {
                "USERNAME" => assert!(usernames.contains(cell), "{cell}\n{}", screen.text),
                "ID" => assert!(cell.parse::<u64>().is_ok(), "{cell}"),
                h if h == "AT" || h.ends_with(" AT") => assert!(timestamp(cell), "{cell}"),
                _ => {}
            }
        }
    }
}
