//! README.md's tour works, line by line, for a newcomer: the test runs the fenced
//! block after the `<!-- tour` marker, in order, with the built `userctl` on PATH,
//! in a temporary directory, without a terminal.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::{on_terminal, Screen};

/// The tour: the lines of the first fenced block after the marker.
fn tour() -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("read README.md");
    let after = readme
        .split_once("<!-- tour")
        .expect("README.md marks its tour with <!-- tour … -->")
        .1;
    let block = after
        .split_once("```sh\n")
        .expect("a ```sh block follows the marker")
        .1;
    block
        .split_once("\n```")
        .expect("the tour block is closed")
        .0
        .to_string()
}

#[test]
fn the_readme_tour_runs_line_by_line() {
    let tour = tour();
    let commands = tour
        .lines()
        .filter(|l| l.trim_start().starts_with("userctl "))
        .count();
    assert!(commands >= 15, "the tour runs userctl {commands} times");
    // A fresh database: the first userctl command creates it, and it is `init`.
    let first = tour
        .lines()
        .find(|l| l.trim_start().starts_with("userctl ") || l.contains("| userctl "))
        .unwrap_or_default();
    assert!(first.trim_start().starts_with("userctl init"), "{first}");

    let dir = tempfile::tempdir().unwrap();
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_userctl")).parent().unwrap();
    // Fail at the first line that fails, and show which one (-x).
    let out = Command::new("bash")
        .args(["--norc", "-euo", "pipefail", "-x", "-c", &tour])
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
        .env("HOME", dir.path())
        .env("TMPDIR", dir.path())
        .env("LOGNAME", "newcomer")
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .expect("run bash");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the tour failed ({:?})\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        out.status
    );
    // The steps did what the README says they do.
    for said in [
        "created admin alice",
        "generated password: ",
        "created user bob (role moderator, active)",
        "invitation token: ",
        "created user svc-backup",
        "user svc-backup already exists; nothing changed",
        "api key: ",
        "deleted user carol",
        "audit log intact",
    ] {
        assert!(stdout.contains(said), "{said}\n--- stdout\n{stdout}");
    }
    assert!(!stderr.contains("already initialised"), "{stderr}");
}

/// An interactive bash on a pseudo-terminal, as a person has it: no rc files, the
/// built userctl first on PATH, a prompt `tour$ ` and each command's exit status
/// printed after it as `[rc=N]`.
fn interactive_bash(dir: &Path, env: &[(&str, &str)], steps: &[(&str, &str)]) -> Screen {
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_userctl")).parent().unwrap();
    let mut cmd = Command::new("bash");
    cmd.args(["--norc", "--noprofile", "-i"])
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
        .env("HOME", dir)
        .env("TMPDIR", dir)
        .env("LOGNAME", "newcomer")
        // bash ignores a PS1 from the environment: the prompt command sets it.
        .env("PROMPT_COMMAND", "printf '[rc=%s]\\n' $?; PS1='tour$ '")
        .current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    on_terminal(&cmd, 80, steps)
}

/// Text that only a question shows: none may appear when a block is pasted.
const QUESTIONS: [&str; 6] = [
    "(empty for none)",
    "[y/N]",
    "Repeat it",
    "Password for",
    "New password",
    "What should recovery do",
];

#[test]
fn the_readme_tour_pasted_into_an_interactive_shell_asks_nothing() {
    let tour = tour();
    let dir = tempfile::tempdir().unwrap();
    // Pasted as one block, as a newcomer would, then `exit`.
    let screen = interactive_bash(
        dir.path(),
        &[],
        &[("expect", "tour$ "), ("send", &format!("{tour}\nexit\n"))],
    );
    screen.code(0);
    for question in QUESTIONS {
        assert!(
            !screen.text.contains(question),
            "a line asked {question:?}\n{}",
            screen.text
        );
    }
    let failed: Vec<&str> = screen
        .text
        .match_indices("[rc=")
        .map(|(i, _)| &screen.text[i..screen.text[i..].find(']').map_or(i, |e| i + e + 1)])
        .filter(|rc| *rc != "[rc=0]")
        .collect();
    assert!(failed.is_empty(), "{failed:?}\n{}", screen.text);
    // One status per pasted line (comments and blank lines too: bash shows a
    // prompt for each), plus the first prompt's: no line was eaten by a question.
    assert_eq!(
        screen.text.matches("[rc=0]").count(),
        tour.lines().count() + 1,
        "{}",
        screen.text
    );
    for said in [
        "created user carol (role user, invited)",
        "user svc-backup already exists; nothing changed",
        "deleted user carol",
        "audit log intact",
    ] {
        assert!(screen.text.contains(said), "{said}\n{}", screen.text);
    }
}

/// The commands of the runbook in `recover --help`, in order.
fn runbook_commands() -> Vec<String> {
    userctl::cli::RECOVER_RUNBOOK
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

#[test]
fn the_recovery_runbook_works_as_printed_on_a_terminal() {
    let env = crate::common::Env::init();
    env.add_user("alice", "user");
    // Every admin locked out: root is deactivated behind userctl's back.
    env.sql()
        .execute(
            "UPDATE users SET status = 'inactive' WHERE username = 'root'",
            (),
        )
        .unwrap();
    let commands = runbook_commands();
    assert!(
        commands[0].starts_with("export USERCTL_DB="),
        "{commands:?}"
    );
    let mut steps: Vec<(String, String)> = vec![("expect".into(), "tour$ ".into())];
    for line in &commands {
        let line = line.replace("/srv/app/app.db", env.db.to_str().unwrap());
        steps.push(("send".into(), format!("{line}\n")));
        if line == "userctl recover" {
            steps.push(("expect".into(), "(Esc or q to cancel)".into()));
            steps.push(("sleep".into(), "0.2".into()));
            steps.push(("send".into(), "q".into()));
            steps.push(("expect".into(), "[rc=1]".into()));
        } else if line.starts_with("userctl recover ") {
            steps.push(("expect".into(), "Apply this recovery? [y/N]".into()));
            steps.push(("sleep".into(), "0.2".into()));
            steps.push(("send".into(), "y".into()));
            steps.push(("expect".into(), "[rc=0]".into()));
        } else {
            steps.push(("expect".into(), "[rc=0]".into()));
        }
    }
    steps.push(("send".into(), "exit\n".into()));
    let steps: Vec<(&str, &str)> = steps
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let screen = interactive_bash(env.dir.path(), &[], &steps);
    screen.code(0);
    assert!(screen.text.contains("recovered root"), "{}", screen.text);
    assert!(env.dir.path().join("app-before-recovery.db").exists());
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'root' AND status = 'active'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'alice' AND role = 'admin'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM users WHERE username = 'rescue' AND role = 'admin'"),
        1
    );
}

#[test]
fn recover_help_and_its_man_page_carry_the_runbook() {
    let help = Command::new(env!("CARGO_BIN_EXE_userctl"))
        .args(["recover", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    let man = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("man/userctl-recover.1"),
    )
    .unwrap();
    for command in runbook_commands() {
        assert!(help.contains(&command), "{command}\n{help}");
        assert!(
            man.contains(&command.replace('-', "\\-")),
            "{command}\n{man}"
        );
    }
    assert!(help.contains("Apply this recovery? [y/N]"), "{help}");
    assert!(man.contains("Apply this recovery? [y/N]"), "{man}");
}

#[test]
fn the_runbook_in_the_docs_is_the_one_recover_help_prints() {
    let docs = docs_text();
    let (_, after) = docs
        .split_once("<!-- runbook")
        .expect("the docs mark the runbook with <!-- runbook … -->");
    let block = after
        .split_once("```text\n")
        .and_then(|(_, b)| b.split_once("\n```"))
        .expect("a ```text block follows the marker")
        .0;
    let help: Vec<&str> = userctl::cli::RECOVER_RUNBOOK.lines().skip(1).collect();
    assert_eq!(block.lines().collect::<Vec<_>>(), help);
}

/// README.md and every Markdown file under docs/, one after the other.
fn docs_text() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut text = std::fs::read_to_string(root.join("README.md")).unwrap();
    if let Ok(dir) = std::fs::read_dir(root.join("docs")) {
        let mut paths: Vec<_> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
        {
            text.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
    text
}

/// The blocks of docs/*.md marked `<!-- runs … -->`: (file, block).
fn runnable_doc_blocks() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("docs/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        for part in text.split("<!-- runs").skip(1) {
            let block = part
                .split_once("```sh\n")
                .and_then(|(_, b)| b.split_once("\n```"))
                .unwrap_or_else(|| panic!("{}: a ```sh block follows each marker", path.display()))
                .0;
            out.push((path.display().to_string(), block.to_string()));
        }
    }
    out
}

#[test]
fn every_block_the_docs_say_runs_runs_with_and_without_a_terminal() {
    let blocks = runnable_doc_blocks();
    assert!(blocks.len() >= 2, "{blocks:?}");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_userctl")).parent().unwrap();
    for (file, block) in blocks {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("bash")
            .args(["--norc", "-euo", "pipefail", "-x", "-c", &block])
            .env_clear()
            .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
            .env("HOME", dir.path())
            .env("TMPDIR", dir.path())
            .env("LOGNAME", "operator")
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .output()
            .expect("run bash");
        assert!(
            out.status.success(),
            "{file}: a block failed ({:?})\n{block}\n--- stdout\n{}\n--- stderr\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        // Pasted into an interactive shell: no question, no failing line.
        let dir = tempfile::tempdir().unwrap();
        let screen = interactive_bash(
            dir.path(),
            &[],
            &[("expect", "tour$ "), ("send", &format!("{block}\nexit\n"))],
        );
        screen.code(0);
        for question in QUESTIONS {
            assert!(
                !screen.text.contains(question),
                "{file}: {question:?}\n{}",
                screen.text
            );
        }
        assert_eq!(
            screen.text.matches("[rc=0]").count(),
            block.lines().count() + 1,
            "{file}\n{}",
            screen.text
        );
    }
}

/// GitHub's anchor for a heading.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

#[test]
fn links_between_the_readme_and_the_docs_lead_somewhere() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    for entry in std::fs::read_dir(root.join("docs")).unwrap() {
        files.push(entry.unwrap().path());
    }
    let anchors = |path: &Path| -> Vec<String> {
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .filter(|l| l.starts_with('#') && l.contains("# "))
            .map(|l| slug(l.trim_start_matches('#')))
            .collect()
    };
    let mut broken = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (i, _) in text.match_indices("](") {
            let rest = &text[i + 2..];
            let target = &rest[..rest.find(')').unwrap_or(0)];
            if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
            let linked = if path.is_empty() {
                file.clone()
            } else {
                file.parent().unwrap().join(path)
            };
            if !linked.exists()
                || (!anchor.is_empty() && !anchors(&linked).iter().any(|a| a == anchor))
            {
                broken.push(format!("{}: {target}", file.display()));
            }
        }
    }
    assert!(broken.is_empty(), "{broken:#?}");
}
