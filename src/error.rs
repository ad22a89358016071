//! The expected refusals, each mapped to the contract's exit code in one place.
//!
//! Domain code returns `anyhow::Result`; a refusal is a [`Refusal`] somewhere in the
//! error chain. Anything else (I/O, an unexpected SQLite error) exits 1, except
//! SQLite's own "busy" and "not a database" codes, which [`exit_code`] recognises.

use std::fmt;

/// What kind of refusal: decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The operator declined a confirmation; nothing was changed (exit 1).
    Declined,
    /// Bad flags or arguments, or a confirmation that cannot be asked (exit 2).
    Usage,
    /// A user, role, session, key or file that does not exist (exit 3).
    NotFound,
    /// Already exists, or conflicts with existing data (exit 4).
    Conflict,
    /// Refused by the last-admin guard or a self-protection rule (exit 5).
    Guard,
    /// Authentication failed or the actor lacks the permission (exit 6).
    Denied,
    /// Invalid input data: CSV rows, an email, a weak password (exit 7).
    Invalid,
    /// The database stayed locked by another writer past `--wait` (exit 8).
    Busy,
    /// Not a userctl database, corrupt, newer schema, or a tampered audit log (exit 9).
    Unusable,
    /// The file system refused: a read-only file, a directory userctl may not write
    /// in, no permission. The file is not damaged (exit 1, "other failure").
    Access,
    /// A failure of the system rather than of the request: a full disk (exit 1).
    Failure,
    /// Stopped by Ctrl-C before anything was written (exit 130).
    Interrupted,
}

impl Kind {
    /// The process exit code of the contract.
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Declined | Kind::Access | Kind::Failure => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Conflict => 4,
            Kind::Guard => 5,
            Kind::Denied => 6,
            Kind::Invalid => 7,
            Kind::Busy => 8,
            Kind::Unusable => 9,
            Kind::Interrupted => crate::prompt::INTERRUPTED_EXIT,
        }
    }
}

/// An expected refusal: a message saying what went wrong and, where there is one,
/// a hint saying what to do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
}

impl Refusal {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Refusal {
            kind,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds the "what to do next" line.
    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn declined(message: impl Into<String>) -> Self {
        Self::new(Kind::Declined, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }
    pub fn guard(message: impl Into<String>) -> Self {
        Self::new(Kind::Guard, message)
    }
    pub fn denied(message: impl Into<String>) -> Self {
        Self::new(Kind::Denied, message)
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(Kind::Invalid, message)
    }
    pub fn busy(message: impl Into<String>) -> Self {
        Self::new(Kind::Busy, message)
    }
    pub fn unusable(message: impl Into<String>) -> Self {
        Self::new(Kind::Unusable, message)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Refusal {}

/// `Err(Refusal)` as an `anyhow::Result`, for brevity at call sites.
pub fn refuse<T>(refusal: Refusal) -> anyhow::Result<T> {
    Err(refusal.into())
}

/// The refusal in an error chain, if there is one; the database's busy, corrupt and
/// not-a-database errors (as `db::failure` classifies them) are turned into refusals
/// here, so no caller has to.
pub fn refusal_of(err: &anyhow::Error) -> Option<Refusal> {
    for cause in err.chain() {
        if let Some(refusal) = cause.downcast_ref::<Refusal>() {
            return Some(refusal.clone());
        }
        if let Some(refusal) = cause
            .downcast_ref::<std::io::Error>()
            .and_then(|e| io_refusal(err, e))
        {
            return Some(refusal);
        }
        if let Some(failure) = crate::db::failure::classify(cause) {
            use crate::db::failure::Failure as F;
            return Some(match failure {
                F::Busy => Refusal::busy("the database is locked by another writer")
                    .hint("retry later, or wait longer with --wait SECONDS"),
                F::DiskFull => {
                    // Name what was being written when there is more than SQLite's words.
                    let doing = err.to_string();
                    let full = "the disk is full: nothing was written (the change was rolled back)";
                    Refusal::new(
                        Kind::Failure,
                        if doing == cause.to_string() {
                            full.to_string()
                        } else {
                            format!("{doing}: {full}")
                        },
                    )
                    .hint("free space on that file system (a database's -wal file needs room too), then run the command again")
                }
                F::Unusable => Refusal::unusable("the database file is corrupt or not a database")
                    .hint("run `userctl db check`, or restore a backup"),
                F::Access => Refusal::new(Kind::Access, "the database file cannot be written")
                    .hint("check the file's and its directory's permissions"),
                F::Guard => Refusal::guard(format!(
                    "{}: nothing was changed",
                    crate::db::guard::MESSAGE
                ))
                .hint("another transaction changed who may manage users meanwhile; see who can with `userctl stats`, then retry"),
            });
        }
    }
    None
}

/// A full disk or a read-only file system under a file userctl writes, named as such
/// after what was being done (the outermost context).
fn io_refusal(err: &anyhow::Error, io: &std::io::Error) -> Option<Refusal> {
    let cause = match io.kind() {
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
            "no space left on the device"
        }
        std::io::ErrorKind::ReadOnlyFilesystem => "the file system is read-only",
        _ => return None,
    };
    let doing = err.to_string();
    let message = if doing == io.to_string() {
        cause.to_string()
    } else {
        format!("{doing}: {cause}")
    };
    Some(
        Refusal::new(Kind::Failure, message)
            .hint("free space on (or remount read-write) the file system named, then run the command again; a half-written file was removed"),
    )
}

/// The exit code for an error: the refusal's, or 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    refusal_of(err).map_or(1, |r| r.kind.exit_code())
}
