//! `db backup`: a consistent copy of the live database, made through SQLite's
//! online backup API.

use std::io::Write;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use rusqlite::backup::{Backup, StepResult};

use super::Conn;
use crate::error::{refuse, Refusal};

/// Copies every page in one backup step, so the copy is one consistent snapshot
/// even while another process writes; retries while the source is locked. The copy
/// is made in SQLite's private temporary database (created exclusively and unlinked
/// at once) and checked there: SQLite never opens a file by name in the backup's
/// directory, which another user may be able to change: the bytes go to `out`, the
/// descriptor of the file userctl created. Returns the number of pages.
pub fn copy(src: &Conn, wait: Duration, out: &mut dyn Write) -> Result<i32> {
    // An empty name is SQLite's private temporary on-disk database.
    let src = src.sqlite("a backup through SQLite's backup API")?;
    let mut dst =
        rusqlite::Connection::open("").context("creating a private copy of the database")?;
    let page_size: i64 = src.pragma_query_value(None, "page_size", |r| r.get(0))?;
    dst.pragma_update(None, "page_size", page_size)?;
    let deadline = Instant::now() + wait.max(Duration::from_millis(100));
    let count = {
        let backup = Backup::new(src, &mut dst)?;
        loop {
            match backup.step(-1)? {
                StepResult::Done => break backup.progress().pagecount,
                StepResult::Busy | StepResult::Locked if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50));
                }
                StepResult::Busy | StepResult::Locked => {
                    return refuse(
                        Refusal::busy("the database stayed locked during the backup")
                            .hint("retry, or wait longer with --wait SECONDS"),
                    )
                }
                _ => {}
            }
        }
    };
    out.write_all(&checked_bytes(Conn::Sqlite(dst))?)?;
    Ok(count)
}

/// The bytes of a private copy's file, once it has passed SQLite's integrity check.
pub(super) fn checked_bytes(dst: Conn) -> Result<Vec<u8>> {
    let problems = super::recovery::integrity_problems(&dst)?;
    if !problems.is_empty() {
        return refuse(Refusal::unusable(format!(
            "the copy failed its integrity check: {}",
            problems.join("; ")
        )));
    }
    let mut dst = dst.into_sqlite()?;
    let bytes = dst
        .serialize(rusqlite::MAIN_DB)
        .context("reading the private copy of the database")?;
    Ok(bytes.to_vec())
}
