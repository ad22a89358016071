//! End-to-end tests: the real binary, a cleared environment, a temporary database
//! each. One test binary for all of them keeps link time down.

/// The engine this binary runs the suite on (`tests/postgres.rs` runs it on the other).
pub const ENGINE: common::Engine = common::Engine::Sqlite;

mod access;
mod audit_formats;
mod bulk;
mod bulk_access;
mod cannot_log_in;
mod common;
mod completion_shells;
mod copy;
mod csv_access;
mod csv_import;
mod db_names;
mod dormant;
mod escalation;
mod faults;
mod files;
mod foundation;
mod fuzz;
mod generated;
mod guard_inside;
mod hashes;
mod hr_files;
mod impersonation;
mod import_limits;
mod keys_invites;
mod kill;
mod layers;
mod leaving;
mod lifecycle;
mod links;
mod lockout;
mod migration;
mod nightly;
mod operator;
mod read_only;
mod readme;
mod recovery;
mod rls;
mod second_factor;
mod security;
mod server;
mod shell;
mod stats;
mod terminal;
mod timestamps;
mod until;
mod warnings;
