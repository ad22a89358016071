//! End-to-end tests: the real binary, a cleared environment, a temporary database
//! each. One test binary for all of them keeps link time down.

mod access;
mod bulk;
mod common;
mod csv_import;
mod dormant;
mod faults;
mod files;
mod foundation;
mod generated;
mod hashes;
mod lifecycle;
mod migration;
mod recovery;
mod security;
mod stats;
mod timestamps;
