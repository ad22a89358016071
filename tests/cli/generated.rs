//! The committed completion scripts and man pages match the clap tree.
//! `USERCTL_BLESS=1 cargo test --release --test cli generated` rewrites them.

use std::collections::BTreeSet;
use std::path::Path;

const FIX: &str = "USERCTL_BLESS=1 cargo test --release --test cli generated";

#[test]
fn completions_and_man_pages_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = userctl::generate::all_files().expect("render generated files");
    let bless = std::env::var_os("USERCTL_BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    let mut problems = Vec::new();
    for dir in ["completions", "man"] {
        let wanted: BTreeSet<String> = files
            .iter()
            .filter(|(p, _)| p.starts_with(dir))
            .filter_map(|(p, _)| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        let dir_path = root.join(dir);
        if bless {
            std::fs::create_dir_all(&dir_path).expect("create dir");
        }
        for entry in std::fs::read_dir(&dir_path).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !wanted.contains(&name) {
                if bless {
                    std::fs::remove_file(entry.path()).expect("remove stale file");
                } else {
                    problems.push(format!("{dir}/{name} no longer corresponds to a command"));
                }
            }
        }
    }
    for (rel, contents) in &files {
        let path = root.join(rel);
        let current = std::fs::read(&path).ok();
        if current.as_deref() == Some(contents.as_slice()) {
            continue;
        }
        if bless {
            std::fs::write(&path, contents).expect("write generated file");
        } else if current.is_none() {
            problems.push(format!("{} is missing", rel.display()));
        } else {
            problems.push(format!("{} is out of date", rel.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "generated files are stale:\n  {}\nupdate them with: {FIX}",
        problems.join("\n  ")
    );
}

#[test]
fn completions_prints_a_script_for_each_shell() {
    let env = crate::common::Env::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let run = env.run(&["completions", shell]);
        run.ok();
        assert!(run.stdout.contains("userctl"), "{shell}");
    }
    env.run(&["completions", "tcsh"]).code(2);
}
