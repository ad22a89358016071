//! Completion scripts and man pages rendered from the clap tree: printed by
//! `userctl completions SHELL`, and committed under `completions/` and `man/`,
//! where a test keeps them from going stale.

use std::path::PathBuf;

use anyhow::Result;
use clap::{CommandFactory, ValueEnum};

use crate::cli::{Cli, EXIT_CODES};

/// The shells userctl writes completion scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

impl Shell {
    pub const ALL: [Shell; 5] = [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::Elvish,
        Shell::Powershell,
    ];

    /// The file name of the committed script under `completions/`.
    pub fn file_name(self) -> &'static str {
        match self {
            Shell::Bash => "userctl.bash",
            Shell::Zsh => "_userctl",
            Shell::Fish => "userctl.fish",
            Shell::Elvish => "userctl.elv",
            Shell::Powershell => "_userctl.ps1",
        }
    }
}

/// The completion script for one shell.
pub fn completion(shell: Shell) -> Vec<u8> {
    use clap_complete::Shell as S;
    let target = match shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Elvish => S::Elvish,
        Shell::Powershell => S::PowerShell,
    };
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(target, &mut cmd, "userctl", &mut out);
    out
}

/// Every man page: `userctl.1` and one `userctl-NOUN-VERB.1` per subcommand, as
/// (file name, contents).
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    collect(cmd, &mut pages)?;
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(pages)
}

fn collect(cmd: clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
        collect(sub, pages)?;
    }
    // The exit codes get their own EXIT STATUS section instead of the after-help text.
    let man = clap_mangen::Man::new(cmd.after_help(None::<&str>));
    let mut out = Vec::new();
    man.render(&mut out)?;
    out.extend_from_slice(exit_status_roff().as_bytes());
    pages.push((man.get_filename(), out));
    Ok(())
}

/// The contract's exit codes as a roff section.
fn exit_status_roff() -> String {
    let mut roff = String::from(".SH \"EXIT STATUS\"\n");
    for line in EXIT_CODES.lines().skip(1) {
        let line = line.trim();
        let (code, text) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        roff.push_str(&format!(
            ".TP\n\\fB{code}\\fR\n{}\n",
            text.trim().replace('\\', "\\e").replace('-', "\\-")
        ));
    }
    roff
}

/// Every generated file, as (path relative to the repository, contents).
pub fn all_files() -> Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = Shell::ALL
        .iter()
        .map(|&s| {
            (
                PathBuf::from("completions").join(s.file_name()),
                completion(s),
            )
        })
        .collect();
    for (name, page) in man_pages()? {
        files.push((PathBuf::from("man").join(name), page));
    }
    Ok(files)
}
