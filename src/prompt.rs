//! The one place userctl asks a person anything, and what Ctrl-C does.
//!
//! Every question (a line of text, a yes/no confirmation, a menu, a hidden password)
//! goes through this module, which the callers reach only when [`crate::output::Ui`]
//! says prompts are allowed (a terminal, and no `--no-input`). Ctrl-C is handled
//! here too:
//!
//! - at a question it restores the terminal (echo back on, cursor shown) and the
//!   command exits 130 having changed nothing (questions come before any write);
//! - during a long phase that polls [`interrupted`] (an import's reading and
//!   hashing), it sets a flag and the command stops itself, says so and exits 130;
//! - anywhere else it shows the cursor and exits 130 at once, unless a write is
//!   being committed: then the commit finishes and the command reports it.
//!   SQLite rolls back a transaction that a process leaves uncommitted, so an exit
//!   before the commit changed nothing.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::Mutex;

use anyhow::Result;

use crate::error::{refuse, Kind, Refusal};

/// The exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells report it.
pub const INTERRUPTED_EXIT: u8 = 130;

const NORMAL: u8 = 0;
const ASKING: u8 = 1;
const POLLING: u8 = 2;

static MODE: AtomicU8 = AtomicU8::new(NORMAL);
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static COMMITTED: AtomicBool = AtomicBool::new(false);
/// Held while a write commits, so that Ctrl-C never exits halfway through one.
static COMMITTING: Mutex<()> = Mutex::new(());
/// The terminal's settings before a question changed them (echo off, raw mode).
static SAVED_TERMINAL: Mutex<Option<rustix::termios::Termios>> = Mutex::new(None);

/// The refusal a Ctrl-C becomes: exit 130, nothing changed.
pub fn interruption(what: &str) -> Refusal {
    Refusal::new(
        Kind::Interrupted,
        format!("interrupted{what}; nothing was changed"),
    )
}

/// Installs the Ctrl-C handler (once, at start).
pub fn install() {
    let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT]) else {
        return; // the default action (exit) stays: nothing was written by then either
    };
    std::thread::spawn(move || {
        for _ in signals.forever() {
            on_interrupt();
        }
    });
}

fn on_interrupt() {
    restore_terminal();
    INTERRUPTED.store(true, Ordering::SeqCst);
    if MODE.load(Ordering::SeqCst) == POLLING {
        return; // the running phase notices and stops itself
    }
    // Wait for a commit under way; once one has happened, the command reports it.
    let _commit = COMMITTING.lock();
    if COMMITTED.load(Ordering::SeqCst) {
        return;
    }
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err);
    let _ = writeln!(err, "error: interrupted; nothing was changed");
    if MODE.load(Ordering::SeqCst) == ASKING {
        // A Ctrl-C typed just as a question opened can arrive while the question is
        // still switching the terminal to raw or no-echo mode: let that switch land,
        // then put the terminal back once more, so the exit never leaves echo off.
        std::thread::sleep(SETTLE);
        restore_terminal();
    }
    std::process::exit(i32::from(INTERRUPTED_EXIT));
}

/// How long a question has to finish switching the terminal's mode.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(50);

/// Whether Ctrl-C was pressed (for phases run under [`polling`]).
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Runs a long phase that checks [`interrupted`] itself and stops cleanly (removing
/// what it made) instead of being ended by Ctrl-C.
pub fn polling<T>(phase: impl FnOnce() -> Result<T>) -> Result<T> {
    let before = MODE.swap(POLLING, Ordering::SeqCst);
    let out = phase();
    MODE.store(before, Ordering::SeqCst);
    if interrupted() && out.is_ok() && !COMMITTED.load(Ordering::SeqCst) {
        // Pressed after the phase's last check, before any write: stop all the same.
        return refuse(interruption(""));
    }
    out
}

/// Inside a [`polling`] phase: stops it (an error) once Ctrl-C was pressed.
pub fn check(what: &str) -> Result<()> {
    if interrupted() {
        return refuse(interruption(what));
    }
    Ok(())
}

/// Commits a write; Ctrl-C during it waits for it and then lets the command finish.
pub fn commit(tx: crate::db::Tx<'_>) -> Result<()> {
    let _guard = COMMITTING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    tx.commit()?;
    COMMITTED.store(true, Ordering::SeqCst);
    Ok(())
}

/// Puts the terminal back as it was before a question: echo and line mode on, the
/// cursor shown.
fn restore_terminal() {
    let saved = SAVED_TERMINAL.lock().map(|s| s.clone()).unwrap_or_default();
    if let (Some(settings), Ok(tty)) = (saved, std::fs::File::open("/dev/tty")) {
        let _ = rustix::termios::tcsetattr(&tty, rustix::termios::OptionalActions::Now, &settings);
    }
    let _ = console::Term::stderr().show_cursor();
}

/// Marks a question as open: Ctrl-C restores the terminal and exits 130.
struct Asking {
    before: u8,
}

impl Asking {
    fn start() -> Self {
        if let Ok(tty) = std::fs::File::open("/dev/tty") {
            if let Ok(settings) = rustix::termios::tcgetattr(&tty) {
                if let Ok(mut saved) = SAVED_TERMINAL.lock() {
                    *saved = Some(settings);
                }
            }
        }
        Asking {
            before: MODE.swap(ASKING, Ordering::SeqCst),
        }
    }
}

impl Drop for Asking {
    fn drop(&mut self) {
        MODE.store(self.before, Ordering::SeqCst);
        let _ = console::Term::stderr().show_cursor();
    }
}

/// A question's error: Ctrl-C read as a key (a menu or a line read in raw mode) is
/// the interruption; anything else is reported as it is.
fn answer<T>(result: dialoguer::Result<T>) -> Result<T> {
    match result {
        Ok(value) => Ok(value),
        Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted => {
            restore_terminal();
            refuse(interruption(""))
        }
        Err(e) => Err(anyhow::Error::from(e).context("reading an answer from the terminal")),
    }
}

/// A line of text (trimmed by the caller); `allow_empty` accepts just Enter.
pub fn line(prompt: &str, allow_empty: bool) -> Result<String> {
    let _asking = Asking::start();
    answer(
        dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .allow_empty(allow_empty)
            .interact_text(),
    )
}

/// A yes/no question, no by default; Esc or q answers no.
pub fn yes_no(question: &str) -> Result<bool> {
    let _asking = Asking::start();
    answer(
        dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact_opt(),
    )
    .map(|answer| answer.unwrap_or(false))
}

/// A menu: the index chosen, or `None` when it was cancelled with Esc or q.
pub fn menu<S: ToString>(prompt: &str, items: &[S]) -> Result<Option<usize>> {
    let _asking = Asking::start();
    answer(
        dialoguer::Select::new()
            .with_prompt(format!("{prompt} (Esc or q to cancel)"))
            .items(items)
            .default(0)
            .interact_opt(),
    )
}

/// A password, read from the terminal without echo.
pub fn hidden(prompt: &str) -> Result<zeroize::Zeroizing<String>> {
    let _asking = Asking::start();
    let value = rpassword::prompt_password(prompt);
    match value {
        Ok(value) => Ok(zeroize::Zeroizing::new(value)),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            restore_terminal();
            refuse(interruption(""))
        }
        Err(e) => Err(anyhow::Error::from(e).context("reading a password from the terminal")),
    }
}
