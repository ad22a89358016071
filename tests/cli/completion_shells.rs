//! zsh and fish complete usernames, roles and groups from the database, driven as
//! a person at the shell drives them: fish through `complete -C`, zsh through a
//! real interactive shell on a pseudo-terminal (zsh/zpty) pressing Tab. Each test
//! skips, saying so, only when its shell is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::Env;

const BIN: &str = env!("CARGO_BIN_EXE_userctl");

/// root, bob and bobby; the role helpdesk and the group ops; the attributes
/// timezone and email_digest; a grant of dataset:sales; and a second database with
/// root and zed. Returns the environment and the second database's path.
fn names() -> (Env, Env) {
    let env = Env::init();
    env.add_user("bob", "user");
    env.add_user("bobby", "user");
    env.run(&["role", "create", "helpdesk", "--permission", "users.view"])
        .ok();
    env.run(&["group", "create", "ops"]).ok();
    env.run(&["attr", "define", "timezone", "--type", "timezone"])
        .ok();
    env.run(&["attr", "define", "email_digest", "--type", "bool"])
        .ok();
    env.run(&["access", "grant", "bob", "dataset:sales"]).ok();
    let other = Env::init();
    other.add_user("zed", "user");
    (env, other)
}

/// Whether `shell` can be run; prints why a test skips when it cannot.
fn installed(shell: &str) -> bool {
    match Command::new(shell).arg("--version").output() {
        Ok(_) => true,
        Err(e) => {
            eprintln!("skipping: {shell} is not installed ({e})");
            false
        }
    }
}

/// The script `userctl completions SHELL` prints, written into the test directory.
fn script(env: &Env, shell: &str, dir: &str, file: &str) -> PathBuf {
    let dir = env.dir.path().join(dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(file);
    let run = env.run(&["completions", shell]);
    run.ok();
    std::fs::write(&path, run.stdout.as_bytes()).unwrap();
    path
}

/// PATH with the built binary first, as an installed userctl would be found.
fn path() -> String {
    let bin_dir = Path::new(BIN).parent().unwrap();
    format!("{}:/usr/bin:/bin", bin_dir.display())
}

/// A directory with nothing in it, so that no file name is ever a candidate.
fn empty_dir(env: &Env) -> PathBuf {
    let dir = env.dir.path().join("empty");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn fish_completes_names_from_the_database() {
    if !installed("fish") {
        return;
    }
    let (env, other) = names();
    let script = script(&env, "fish", "fish", "userctl.fish");
    let lines = [
        "userctl user show bo".to_string(),
        "userctl user role bob ".into(),
        "userctl user list --role m".into(),
        "userctl user list --role=m".into(),
        "userctl user show --as r".into(),
        "userctl group add ".into(),
        "userctl group add ops bobb".into(),
        "userctl user list --group o".into(),
        format!("userctl --db {} user show ", other.db.display()),
        // Not a name: clap's completion of subcommands and options.
        "userctl user lis".into(),
        "userctl user show --form".into(),
    ];
    let out = Command::new("fish")
        .args([
            "--no-config",
            "-c",
            "source $argv[1]; for l in $argv[2..]; echo \"--- $l\"; complete -C \"$l\"; end",
        ])
        .arg(&script)
        .args(&lines)
        .env_clear()
        .env("PATH", path())
        .env("USERCTL_DB", &env.db)
        .current_dir(empty_dir(&env))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!(
            "--- userctl user show bo\nbob\nbobby\n\
             --- userctl user role bob \nadmin\nhelpdesk\nmoderator\nuser\n\
             --- userctl user list --role m\nmoderator\n\
             --- userctl user list --role=m\n--role=moderator\n\
             --- userctl user show --as r\nroot\n\
             --- userctl group add \nops\n\
             --- userctl group add ops bobb\nbobby\n\
             --- userctl user list --group o\nops\n\
             --- userctl --db {} user show \nroot\nzed\n\
             --- userctl user lis\nlist\tList accounts (newest first)\n\
             --- userctl user show --form\n--format\tOutput of commands that print records\n",
            other.db.display()
        )
    );
}

/// The lines every shell completes to the same names, beyond the accounts, roles and
/// groups above: attributes, setting keys, option values given by a short option,
/// and the other names commands read from the database.
const MORE_LINES: [&str; 11] = [
    "userctl user set bob t",
    "userctl user set bob timezone=UTC e",
    "userctl user unset bob ",
    "userctl attr remove e",
    "userctl config get password.m",
    "userctl config set session",
    "userctl user grant -p users.v",
    "userctl permission remove users.m",
    "userctl access grant @",
    "userctl access list --type d",
    "userctl audit list --actor bobb",
];

/// What each of [`MORE_LINES`] offers, in order.
const MORE_NAMES: [&[&str]; 11] = [
    &["timezone="],
    &["email_digest="],
    &["email_digest", "timezone"],
    &["email_digest"],
    &["password.max_length", "password.min_length"],
    &["session.lifetime_hours"],
    &["users.view"],
    &["users.manage"],
    &["@ops"],
    &["dataset"],
    &["bobby"],
];

#[test]
fn fish_completes_attributes_settings_and_short_option_values() {
    if !installed("fish") {
        return;
    }
    let (env, _) = names();
    let script = script(&env, "fish", "fish", "userctl.fish");
    let out = Command::new("fish")
        .args([
            "--no-config",
            "-c",
            "source $argv[1]; for l in $argv[2..]; echo \"--- $l\"; complete -C \"$l\"; end",
        ])
        .arg(&script)
        .args(MORE_LINES)
        .env_clear()
        .env("PATH", path())
        .env("USERCTL_DB", &env.db)
        .current_dir(empty_dir(&env))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let expected = MORE_LINES
        .iter()
        .zip(MORE_NAMES)
        .map(|(line, names)| format!("--- {line}\n{}\n", names.join("\n")))
        .collect::<Vec<_>>()
        .concat();
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}

/// Set up in the interactive zsh: the completion system with the `_userctl` file on
/// fpath; `compadd` wrapped to record the candidates each completion offers; Tab
/// bound to a widget that records the line, completes it as Tab does, records the
/// line after completion, clears it and shows a marker the driver waits for.
const ZSH_SETUP: &str = r#"PS1='> '; RPROMPT=''
fpath=($COMP_DIR $fpath)
autoload -Uz compinit && compinit -u -D
compadd() {
  if (( ${@[(I)-[OADE]*]} )); then builtin compadd "$@"; return; fi
  local -a hits
  builtin compadd -O hits "$@"
  (( $#hits )) && print -rl -- $hits >> $COMP_OUT
  builtin compadd "$@"
}
_test_tab() {
  print -r -- "--- $BUFFER" >> $COMP_OUT
  zle complete-word
  print -r -- "=== $BUFFER" >> $COMP_OUT
  BUFFER=''
  zle -M 'tab-done'
}
zle -N _test_tab
bindkey '^I' _test_tab
"#;

/// Drives an interactive zsh on a pseudo-terminal: types each line and Tab, and
/// waits for the completion to finish before the next.
const ZSH_DRIVER: &str = r#"zmodload zsh/zpty || exit 3
zpty comp zsh -f -i
zpty -w comp "source $COMP_SETUP; print setup-''done"
zpty -r comp x '*setup-done*' || exit 4
for line in "$@"; do
  zpty -n -w comp "$line"$'\t'
  zpty -r comp x '*tab-done*' || exit 5
done
zpty -d comp
"#;

#[test]
fn zsh_completes_names_from_the_database_when_tab_is_pressed() {
    if !installed("zsh") {
        return;
    }
    let (env, other) = names();
    script(&env, "zsh", "zfunc", "_userctl");
    let dir = env.dir.path();
    std::fs::write(dir.join("setup.zsh"), ZSH_SETUP).unwrap();
    std::fs::write(dir.join("driver.zsh"), ZSH_DRIVER).unwrap();
    let recorded = dir.join("completions.txt");
    let lines = [
        "userctl user show bo".to_string(),
        "userctl user show bobb".into(),
        "userctl user role bob ".into(),
        "userctl user list --role m".into(),
        "userctl user list --role=m".into(),
        "userctl --as r".into(),
        "userctl group add ".into(),
        "userctl group add ops bobb".into(),
        "userctl user list --group o".into(),
        format!("userctl --db {} user show ", other.db.display()),
        // Not a name: clap's completion of subcommands and options.
        "userctl user lis".into(),
        "userctl user show --form".into(),
    ];
    let out = Command::new("timeout")
        .args(["120", "zsh", "-f"])
        .arg(dir.join("driver.zsh"))
        .args(&lines)
        .env_clear()
        .env("PATH", path())
        .env("HOME", dir)
        .env("USERCTL_DB", &env.db)
        .env("COMP_DIR", dir.join("zfunc"))
        .env("COMP_SETUP", dir.join("setup.zsh"))
        .env("COMP_OUT", &recorded)
        .current_dir(empty_dir(&env))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let recorded = std::fs::read_to_string(&recorded).unwrap();
    assert_eq!(
        recorded,
        format!(
            "--- userctl user show bo\nbob\nbobby\n=== userctl user show bob\n\
             --- userctl user show bobb\nbobby\n=== userctl user show bobby \n\
             --- userctl user role bob \nadmin\nhelpdesk\nmoderator\nuser\n=== userctl user role bob \n\
             --- userctl user list --role m\nmoderator\n=== userctl user list --role moderator \n\
             --- userctl user list --role=m\nmoderator\n=== userctl user list --role=moderator \n\
             --- userctl --as r\nroot\n=== userctl --as root \n\
             --- userctl group add \nops\n=== userctl group add ops \n\
             --- userctl group add ops bobb\nbobby\n=== userctl group add ops bobby \n\
             --- userctl user list --group o\nops\n=== userctl user list --group ops \n\
             --- userctl --db {db} user show \nroot\nzed\n=== userctl --db {db} user show \n\
             --- userctl user lis\nlist\n=== userctl user list \n\
             --- userctl user show --form\n--format\n=== userctl user show --format=\n",
            db = other.db.display()
        )
    );
}

#[test]
fn zsh_completes_attributes_settings_and_short_option_values() {
    if !installed("zsh") {
        return;
    }
    let (env, _) = names();
    script(&env, "zsh", "zfunc", "_userctl");
    let dir = env.dir.path();
    std::fs::write(dir.join("setup.zsh"), ZSH_SETUP).unwrap();
    std::fs::write(dir.join("driver.zsh"), ZSH_DRIVER).unwrap();
    let recorded = dir.join("completions.txt");
    let out = Command::new("timeout")
        .args(["120", "zsh", "-f"])
        .arg(dir.join("driver.zsh"))
        .args(MORE_LINES)
        .env_clear()
        .env("PATH", path())
        .env("HOME", dir)
        .env("USERCTL_DB", &env.db)
        .env("COMP_DIR", dir.join("zfunc"))
        .env("COMP_SETUP", dir.join("setup.zsh"))
        .env("COMP_OUT", &recorded)
        .current_dir(empty_dir(&env))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    // One name is inserted: `NAME=` without a space after it (its value follows),
    // any other name with one. Several names complete their common start.
    let expected = MORE_LINES
        .iter()
        .zip(MORE_NAMES)
        .map(|(line, names)| {
            let after = match names {
                [one] if one.ends_with('=') => {
                    format!("{} {one}", line.rsplit_once(' ').unwrap().0)
                }
                [one] => format!("{} {one} ", line.rsplit_once(' ').unwrap().0),
                _ => line.to_string(),
            };
            format!("--- {line}\n{}\n=== {after}\n", names.join("\n"))
        })
        .collect::<Vec<_>>()
        .concat();
    assert_eq!(std::fs::read_to_string(&recorded).unwrap(), expected);
}

#[test]
fn bash_completes_attributes_settings_and_short_option_values() {
    let (env, _) = names();
    let script = script(&env, "bash", "bash", "userctl.bash");
    for (line, names) in MORE_LINES.iter().zip(MORE_NAMES) {
        // bash splits words at '=' (COMP_WORDBREAKS) and completes the last one;
        // `compopt` reports whether a space follows.
        let words = line.replace('=', " = ");
        let words: Vec<&str> = words.split(' ').collect();
        let program = format!(
            "source {}; COMP_WORDS=({}); COMP_CWORD={}; compopt() {{ echo compopt \"$@\"; }}; \
             _userctl_names userctl; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script.display(),
            words
                .iter()
                .map(|w| format!("'{w}'"))
                .collect::<Vec<_>>()
                .join(" "),
            words.len() - 1,
        );
        let out = Command::new("bash")
            .args(["--norc", "-c", &program])
            .env_clear()
            .env("PATH", path())
            .env("USERCTL_DB", &env.db)
            .current_dir(empty_dir(&env))
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let nospace = if names.iter().all(|n| n.ends_with('=')) {
            "compopt -o nospace\n"
        } else {
            ""
        };
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            format!("{nospace}{}\n", names.join("\n")),
            "{line}"
        );
    }
}
