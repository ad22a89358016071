//! The one way secrets come in: a no-echo prompt, the first line of standard input,
//! the first line of a file, or a generated password; password hashes from other
//! systems the same way (standard input or a file). Never a command-line argument.
//!
//! Everything read lands in a `Zeroizing` buffer; no error message contains it.

use std::io::BufRead;
use std::path::PathBuf;

use anyhow::{anyhow, Context, Result};
use zeroize::Zeroizing;

use crate::error::{refuse, Refusal};
use crate::password;

/// Where a password comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Ask on the terminal without echo (the default on a TTY).
    Prompt,
    /// The first line of standard input.
    Stdin,
    /// The first line of a file.
    File(PathBuf),
    /// A strong random password, shown once.
    Generate,
}

/// A password to set, and whether it was generated (and so must be shown once).
pub struct NewPassword {
    pub value: Zeroizing<String>,
    pub generated: bool,
}

/// The longest line read as a secret; a longer one is refused, not truncated.
const MAX_SECRET_BYTES: usize = 16 * 1024;

/// Reads a new password. The prompt asks twice; without a terminal a prompt is a
/// usage error naming the flags to use instead.
pub fn new_password(source: &Source, interactive: bool, whose: &str) -> Result<NewPassword> {
    let value = match source {
        Source::Generate => {
            return Ok(NewPassword {
                value: password::generate()?,
                generated: true,
            })
        }
        Source::Prompt => {
            require_terminal(interactive)?;
            let first = prompt(&format!("New password for {whose}: "))?;
            let again = prompt("Repeat it: ")?;
            if *first != *again {
                return refuse(Refusal::invalid(
                    "the two passwords differ; nothing was changed",
                ));
            }
            first
        }
        Source::Stdin => stdin_line()?,
        Source::File(path) => file_line(path)?,
    };
    Ok(NewPassword {
        value,
        generated: false,
    })
}

/// How many times a prompt asks before it gives up.
pub const ATTEMPTS: usize = 3;

/// Reads a new password and checks it with `check` (the password policy). The
/// prompt checks the first entry before asking to repeat it, and on a refusal or a
/// mismatch says why and asks again, up to [`ATTEMPTS`] times; the other sources
/// are checked once.
pub fn new_password_checked(
    source: &Source,
    interactive: bool,
    whose: &str,
    check: impl Fn(&str) -> Result<()>,
) -> Result<NewPassword> {
    if *source != Source::Prompt {
        let new = new_password(source, interactive, whose)?;
        check(&new.value)?;
        return Ok(new);
    }
    require_terminal(interactive)?;
    let mut attempt = 1;
    loop {
        let first = prompt(&format!("New password for {whose}: "))?;
        let failure = if let Err(e) = check(&first) {
            e
        } else {
            if *prompt("Repeat it: ")? == *first {
                return Ok(NewPassword {
                    value: first,
                    generated: false,
                });
            }
            Refusal::invalid("the two passwords differ").into()
        };
        if attempt == ATTEMPTS {
            return Err(failure);
        }
        eprintln!(
            "{failure:#}; try again ({} attempt(s) left)",
            ATTEMPTS - attempt
        );
        attempt += 1;
    }
}

/// Reads an existing password (to check it): asked once.
pub fn existing_password(
    source: &Source,
    interactive: bool,
    label: &str,
) -> Result<Zeroizing<String>> {
    match source {
        Source::Generate => refuse(Refusal::usage(
            "--generate-password makes a new password; it cannot check an existing one",
        )),
        Source::Prompt => {
            require_terminal(interactive)?;
            prompt(&format!("{label}: "))
        }
        Source::Stdin => stdin_line(),
        Source::File(path) => file_line(path),
    }
}

/// Keeps secrets in this process's memory out of core dumps and away from other
/// processes of the same user: no core file (`RLIMIT_CORE` 0) and not dumpable
/// (`PR_SET_DUMPABLE` 0, which also bars ptrace and `/proc/PID/mem` to non-root).
/// Called first thing at start-up; a failure is not fatal (best effort).
pub fn protect_process() {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{
            set_dumpable_behavior, setrlimit, DumpableBehavior, Resource, Rlimit,
        };
        let _ = setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        );
        let _ = set_dumpable_behavior(DumpableBehavior::NotDumpable);
    }
}

/// A password hash from another system (`user passwd --hash-stdin|--hash-file`):
/// the first line of standard input or of a file, without surrounding spaces. Only
/// the form is read here; [`password::check_hash`] judges it.
pub fn password_hash(source: &Source) -> Result<Zeroizing<String>> {
    let line = match source {
        Source::Stdin => stdin_line_of("password hash")?,
        Source::File(path) => file_line_of(path, "password hash")?,
        Source::Prompt | Source::Generate => {
            return refuse(Refusal::usage(
                "a password hash is read from --hash-stdin or --hash-file FILE",
            ))
        }
    };
    Ok(Zeroizing::new(line.trim().to_string()))
}

/// The password of the `--as` account: prompted on a terminal, else taken from
/// `USERCTL_PASSWORD`.
pub fn actor_password(username: &str, interactive: bool) -> Result<Zeroizing<String>> {
    if interactive {
        return prompt(&format!("Password for {username}: "));
    }
    match std::env::var("USERCTL_PASSWORD") {
        Ok(value) => Ok(Zeroizing::new(value)),
        Err(_) => refuse(
            Refusal::usage(format!("--as {username} needs that account's password"))
                .hint("without a terminal, put it in the USERCTL_PASSWORD environment variable"),
        ),
    }
}

fn require_terminal(interactive: bool) -> Result<()> {
    if interactive {
        return Ok(());
    }
    refuse(
        Refusal::usage(
            "a password is needed and there is no terminal to ask on (or --no-input is set)",
        )
        .hint("use --password-stdin, --password-file FILE or --generate-password"),
    )
}

fn prompt(text: &str) -> Result<Zeroizing<String>> {
    crate::prompt::hidden(text)
}

fn stdin_line() -> Result<Zeroizing<String>> {
    stdin_line_of("password")
}

fn file_line(path: &PathBuf) -> Result<Zeroizing<String>> {
    file_line_of(path, "password")
}

fn stdin_line_of(noun: &str) -> Result<Zeroizing<String>> {
    let stdin = std::io::stdin();
    first_line_of(stdin.lock(), "standard input", noun)
}

fn file_line_of(path: &PathBuf, noun: &str) -> Result<Zeroizing<String>> {
    let file = std::fs::File::open(path).map_err(|e| {
        anyhow::Error::from(Refusal::not_found(format!(
            "cannot read {noun} file {}: {e}",
            path.display()
        )))
    })?;
    first_line_of(
        std::io::BufReader::new(file),
        &path.display().to_string(),
        noun,
    )
}

/// The first line of `reader` without its line ending, as UTF-8.
#[cfg(test)]
fn first_line(reader: impl BufRead, what: &str) -> Result<Zeroizing<String>> {
    first_line_of(reader, what, "password")
}

/// The first line of `reader` without its line ending, as UTF-8; `noun` names what
/// it holds in the errors.
fn first_line_of(reader: impl BufRead, what: &str, noun: &str) -> Result<Zeroizing<String>> {
    let mut bytes = Zeroizing::new(Vec::new());
    reader
        .take(MAX_SECRET_BYTES as u64 + 1)
        .read_until(b'\n', &mut bytes)
        .with_context(|| format!("reading a {noun} from {what}"))?;
    if bytes.len() > MAX_SECRET_BYTES {
        return refuse(Refusal::invalid(format!(
            "the {noun} line in {what} is longer than {MAX_SECRET_BYTES} bytes"
        )));
    }
    while matches!(bytes.last(), Some(b'\n' | b'\r')) {
        bytes.pop();
    }
    if bytes.is_empty() {
        return refuse(Refusal::invalid(format!(
            "no {noun} in {what} (empty first line)"
        )));
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        anyhow!(Refusal::invalid(format!(
            "the {noun} in {what} is not UTF-8"
        )))
    })?;
    Ok(Zeroizing::new(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_first_line_without_its_ending() {
        let got = first_line(&b"s3cret phrase here\r\nsecond\n"[..], "test").unwrap();
        assert_eq!(got.as_str(), "s3cret phrase here");
    }

    #[test]
    fn refuses_an_empty_line() {
        let err = first_line(&b"\n"[..], "test").unwrap_err();
        assert!(format!("{err}").contains("empty first line"));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_process_is_not_dumpable() {
        protect_process();
        assert_eq!(
            rustix::process::dumpable_behavior().unwrap(),
            rustix::process::DumpableBehavior::NotDumpable
        );
        let core = rustix::process::getrlimit(rustix::process::Resource::Core);
        assert_eq!((core.current, core.maximum), (Some(0), Some(0)));
    }

    #[test]
    fn prompting_without_a_terminal_is_a_usage_error() {
        let err = new_password(&Source::Prompt, false, "alice").err().unwrap();
        assert_eq!(crate::error::exit_code(&err), 2);
    }
}
