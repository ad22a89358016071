//! The end-to-end suite again, on PostgreSQL: the same test files as `tests/cli/main.rs`
//! (one suite, two engines), each test in a new database of the server that
//! `USERCTL_TEST_PG` names (see `tests/cli/server.rs`). Files about what only an
//! SQLite file has (its mode, links, journal, read-only media, revision-1 files) and
//! about the terminal run on SQLite alone.

/// The engine this binary runs the suite on.
pub const ENGINE: common::Engine = common::Engine::Postgres;

#[path = "cli/common.rs"]
mod common;
#[path = "cli/server.rs"]
mod server;

#[path = "cli/access.rs"]
mod access;
#[path = "cli/audit_formats.rs"]
mod audit_formats;
#[path = "cli/bulk.rs"]
mod bulk;
#[path = "cli/bulk_access.rs"]
mod bulk_access;
#[path = "cli/cannot_log_in.rs"]
mod cannot_log_in;
#[path = "cli/copy.rs"]
mod copy;
#[path = "cli/csv_access.rs"]
mod csv_access;
#[path = "cli/csv_import.rs"]
mod csv_import;
#[path = "cli/dormant.rs"]
mod dormant;
#[path = "cli/escalation.rs"]
mod escalation;
#[path = "cli/foundation.rs"]
mod foundation;
#[path = "cli/guard_inside.rs"]
mod guard_inside;
#[path = "cli/hashes.rs"]
mod hashes;
#[path = "cli/hr_files.rs"]
mod hr_files;
#[path = "cli/impersonation.rs"]
mod impersonation;
#[path = "cli/import_limits.rs"]
mod import_limits;
#[path = "cli/keys_invites.rs"]
mod keys_invites;
#[path = "cli/leaving.rs"]
mod leaving;
#[path = "cli/lifecycle.rs"]
mod lifecycle;
#[path = "cli/links.rs"]
mod links;
#[path = "cli/lockout.rs"]
mod lockout;
#[path = "cli/nightly.rs"]
mod nightly;
#[path = "cli/on_server.rs"]
mod on_server;
#[path = "cli/operator.rs"]
mod operator;
#[path = "cli/recovery.rs"]
mod recovery;
#[path = "cli/rls.rs"]
mod rls;
#[path = "cli/second_factor.rs"]
mod second_factor;
#[path = "cli/security.rs"]
mod security;
#[path = "cli/server_schema.rs"]
mod server_schema;
#[path = "cli/stats.rs"]
mod stats;
#[path = "cli/timestamps.rs"]
mod timestamps;
#[path = "cli/until.rs"]
mod until;
#[path = "cli/warnings.rs"]
mod warnings;
