//! What an error of the database engine means to userctl, in userctl's own terms:
//! the engine's error types stay here, and `error::refusal_of` words the refusal.

/// A failure of the database that userctl explains to the operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Another connection holds a lock the busy timeout did not outlast.
    Busy,
    /// The disk (or the file system's quota) is full.
    DiskFull,
    /// The file is corrupt, or is not a database.
    Unusable,
    /// The file cannot be opened or written for lack of permission.
    Access,
    /// The guard inside the database (`db guard install`) refused the transaction at
    /// commit: it would have left no active manager.
    Guard,
}

/// The failure `cause` is, when it is an engine error of a kind userctl explains;
/// `None` for any other error.
pub fn classify(cause: &(dyn std::error::Error + 'static)) -> Option<Failure> {
    use rusqlite::ErrorCode as C;
    if let Some(code) = sqlstate(cause) {
        let constraint = cause
            .downcast_ref::<postgres::Error>()
            .and_then(postgres::Error::as_db_error)
            .and_then(postgres::error::DbError::constraint);
        if code == super::guard::SQLSTATE && constraint == Some(super::guard::TRIGGER) {
            return Some(Failure::Guard);
        }
        return match code {
            // lock_not_available (`--wait` passed), serialization_failure, deadlock
            "55P03" | "40001" | "40P01" => Some(Failure::Busy),
            "53100" => Some(Failure::DiskFull),
            "42501" | "25006" => Some(Failure::Access),
            _ => None,
        };
    }
    let Some(rusqlite::Error::SqliteFailure(e, _)) = cause.downcast_ref::<rusqlite::Error>() else {
        return None;
    };
    match e.code {
        C::DatabaseBusy | C::DatabaseLocked => Some(Failure::Busy),
        C::DiskFull => Some(Failure::DiskFull),
        C::NotADatabase | C::DatabaseCorrupt => Some(Failure::Unusable),
        C::ReadOnly | C::CannotOpen | C::PermissionDenied => Some(Failure::Access),
        _ => None,
    }
}

/// Whether the error is a serialization failure or a deadlock the server broke by
/// ending this transaction: the transaction did nothing, and running it again may
/// well succeed. (A lock wait that outlasted `--wait` is not one: it waited already.)
pub fn is_transient(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|c| matches!(sqlstate(c), Some("40001" | "40P01")))
}

/// Whether the error is a constraint violation (a UNIQUE key taken, a role gone).
pub fn is_constraint(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        if let Some(rusqlite::Error::SqliteFailure(e, _)) = c.downcast_ref::<rusqlite::Error>() {
            return e.code == rusqlite::ErrorCode::ConstraintViolation;
        }
        sqlstate(c).is_some_and(|code| code.starts_with("23"))
    })
}

/// The SQLSTATE of a PostgreSQL error.
fn sqlstate<'a>(cause: &'a (dyn std::error::Error + 'static)) -> Option<&'a str> {
    cause
        .downcast_ref::<postgres::Error>()
        .and_then(postgres::Error::code)
        .map(postgres::error::SqlState::code)
}
