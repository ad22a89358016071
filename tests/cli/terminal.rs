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
    assert_eq!(env.count("SELECT count(*) FROM users"), before);
    assert_eq!(env.count("SELECT count(*) FROM audit_log"), audit);
}
