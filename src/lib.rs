//! userctl: administer the user accounts of a web application directly in its
//! SQLite database file.
//!
//! The binary is a thin shell around [`run`]. The domain (authorization and the
//! last-admin guard in [`authz`], passwords, the store in [`db`]) never prints and
//! never reads a terminal; [`commands`] reads arguments, calls it, renders results.

#![forbid(unsafe_code)]

pub mod access;
pub mod accounts;
pub mod attributes;
pub mod authz;
pub mod bulk;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod db;
pub mod demo;
pub mod error;
pub mod fsio;
pub mod generate;
pub mod import;
pub mod leaving;
pub mod lifecycle;
pub mod output;
pub mod password;
pub mod prompt;
pub mod recovery;
pub mod secret_input;
pub mod settings;
pub mod stats;
pub mod targets;
pub mod tokens;

use std::process::ExitCode;

use clap::Parser;

/// Parses the command line, runs the command, prints any error, and returns the
/// contract's exit code.
pub fn run() -> ExitCode {
    secret_input::protect_process();
    prompt::install();
    // `userctl __complete -- WORDS…`: the completion scripts' question, answered
    // before clap so it appears in no help, man page or completion list.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "__complete") {
        let words = args.get(1..).unwrap_or_default();
        let words = words.strip_prefix(&["--".to_string()]).unwrap_or(words);
        return commands::completions::complete(words);
    }
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version are successes; anything else is a usage error (exit 2).
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let ctx = match commands::Ctx::new(&cli.global) {
        Ok(ctx) => ctx,
        Err(err) => {
            let ui = output::Ui::new(cli.global.format, cli.global.quiet, false, cli.global.color);
            match error::refusal_of(&err) {
                Some(refusal) => ui.error(&refusal.message, refusal.hint.as_deref()),
                None => ui.error(&format!("{err:#}"), None),
            }
            return ExitCode::from(error::exit_code(&err));
        }
    };
    match commands::dispatch(&ctx, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            match error::refusal_of(&err) {
                Some(refusal) => {
                    let refusal = if ctx.server.is_some() {
                        refusal
                    } else {
                        db::explain(refusal, &ctx.db_path, ctx.wait)
                    };
                    ctx.ui.error(&refusal.message, refusal.hint.as_deref());
                }
                None => ctx.ui.error(&format!("{err:#}"), None),
            }
            ExitCode::from(error::exit_code(&err))
        }
    }
}

/// `userctl user list | head` closes the pipe early: that is not an error, whichever
/// writer (table, CSV, JSON) noticed it.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
            || c.downcast_ref::<csv::Error>().is_some_and(|e| {
                matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}
