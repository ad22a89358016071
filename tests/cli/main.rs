//! End-to-end tests: the real binary, a cleared environment, a temporary database
//! each. One test binary for all of them keeps link time down.

mod common;
mod csv_import;
mod foundation;
mod generated;
mod hr_files;
mod lifecycle;
mod nightly;
mod recovery;
mod stats;
