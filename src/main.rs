//! The userctl binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    userctl::run()
}
