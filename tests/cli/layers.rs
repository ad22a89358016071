//! The floors of the source: only the store (`src/db/`) knows which database engine
//! is behind it. The domain and the commands take the store's own handles
//! (`db::Conn`, `db::Tx`) and call store functions, so a second engine is a change
//! inside `src/db/` alone.

use std::path::{Path, PathBuf};

/// Files outside `src/db/` that may still name the engine's crate, each with the
/// reason. Empty: nothing outside the store needs it.
const ALLOWED: &[(&str, &str)] = &[];

/// The engine's crate, as source code names it.
const ENGINE: &str = "rusqlite";

/// Every `.rs` file under `dir`, in a stable order.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("listing {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_the_store_names_the_database_engine() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let store = src.join("db");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(
        files.iter().any(|f| f.starts_with(&store)),
        "the scan found no file under src/db/: is the layout still as this test expects?"
    );
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&store)) {
        let shown = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        if ALLOWED.iter().any(|(allowed, _)| *allowed == shown) {
            continue;
        }
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("reading {}: {e}", file.display()));
        for (n, line) in text.lines().enumerate() {
            if line.contains(ENGINE) {
                found.push(format!("{shown}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "only src/db/ may name {ENGINE}; the domain and the commands use db::Conn, db::Tx and \
         store functions (move the SQL or the engine call into src/db/):\n{}",
        found.join("\n")
    );
}
