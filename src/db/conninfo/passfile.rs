//! The password file (`~/.pgpass`, `PGPASSFILE`, `passfile=`) as libpq reads it.
//!
//! One `host:port:database:user:password` per line; `*` alone matches any value;
//! a backslash takes the next character literally (`\:`, `\\`); lines starting with
//! `#` are comments; the first matching line wins. A file that other users may read
//! or write (any group or other permission bit) is ignored with a warning, as libpq
//! does, and so is anything that is not a regular file.

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use zeroize::Zeroizing;

/// What looking in the pass file found.
#[derive(Debug)]
pub(super) enum Found {
    /// No such file (or it cannot be opened): nothing to say, as libpq says nothing.
    Absent,
    /// The file was not read; the warning says why and what to do.
    Ignored(String),
    /// The file was read; the password of the first matching line, if one matched.
    Read(Option<Zeroizing<String>>),
}

/// The password for `user` on `database` at `host`:`port` in the file at `path`.
/// `host` is `localhost` for a Unix socket, as libpq matches it.
pub(super) fn lookup(path: &Path, host: &str, port: &str, database: &str, user: &str) -> Found {
    let Ok(meta) = std::fs::metadata(path) else {
        return Found::Absent;
    };
    if !meta.is_file() {
        return Found::Ignored(format!(
            "the pass file {} is not a regular file: it is ignored",
            path.display()
        ));
    }
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Found::Ignored(format!(
            "the pass file {} is ignored: its mode {mode:04o} lets other users read or change it \
             (run `chmod 600 {}`)",
            path.display(),
            path.display()
        ));
    }
    let mut text = Zeroizing::new(Vec::new());
    let Ok(mut file) = std::fs::File::open(path) else {
        return Found::Absent;
    };
    if file.read_to_end(&mut text).is_err() {
        return Found::Absent;
    }
    let fields = [host, port, database, user];
    for line in text.split(|b| *b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.first() == Some(&b'#') {
            continue;
        }
        let mut rest = line;
        let matched = fields
            .iter()
            .all(|field| match matches(rest, field.as_bytes()) {
                Some(after) => {
                    rest = after;
                    true
                }
                None => false,
            });
        if matched {
            return Found::Read(password(rest));
        }
    }
    Found::Read(None)
}

/// Whether the line's next field matches `value` (`*` alone matches anything); the
/// rest of the line after the field's `:` when it does. As in libpq, an unescaped
/// `:` ends the field only once all of `value` has matched (so `::1` matches an IPv6
/// host written without escapes).
fn matches<'a>(line: &'a [u8], value: &[u8]) -> Option<&'a [u8]> {
    if let Some(rest) = line.strip_prefix(b"*:") {
        return Some(rest);
    }
    let mut want = value.iter().peekable();
    let mut i = 0;
    while i < line.len() {
        let escaped = line[i] == b'\\';
        if escaped {
            i += 1;
        }
        let c = *line.get(i)?;
        if c == b':' && !escaped && want.peek().is_none() {
            return Some(&line[i + 1..]);
        }
        if want.next() != Some(&c) {
            return None;
        }
        i += 1;
    }
    None
}

/// The password field: up to an unescaped `:` or the end, backslashes removed.
/// A password that is not UTF-8 cannot be sent as userctl sends passwords: none.
fn password(field: &[u8]) -> Option<Zeroizing<String>> {
    let mut out = Zeroizing::new(Vec::with_capacity(field.len()));
    let mut bytes = field.iter();
    while let Some(&b) = bytes.next() {
        match b {
            b':' => break,
            b'\\' => match bytes.next() {
                Some(&next) => out.push(next),
                None => out.push(b),
            },
            _ => out.push(b),
        }
    }
    let text = std::str::from_utf8(&out).ok()?;
    Some(Zeroizing::new(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, text: &str, mode: u32) -> std::path::PathBuf {
        let path = dir.join("pgpass");
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path
    }

    fn found(path: &Path, host: &str, port: &str, db: &str, user: &str) -> Option<String> {
        match lookup(path, host, port, db, user) {
            Found::Read(pw) => pw.map(|p| p.to_string()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_first_matching_line_wins_with_wildcards_and_escapes() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "# a comment line: ignored\n\
             db.example:5432:app:alice:first\n\
             db.example:*:app:alice:second\n\
             *:*:*:bob:b\\:o\\\\b:trailing\r\n\
             odd\\:host:5432:*:*:escaped\n\
             localhost:5433:*:*:socket\n\
             ::1:5432:*:*:six\n\
             *:*:*:*:fallback",
            0o600,
        );
        assert_eq!(
            found(&path, "db.example", "5432", "app", "alice").as_deref(),
            Some("first")
        );
        assert_eq!(
            found(&path, "db.example", "6000", "app", "alice").as_deref(),
            Some("second")
        );
        assert_eq!(
            found(&path, "x", "1", "y", "bob").as_deref(),
            Some("b:o\\b")
        );
        assert_eq!(
            found(&path, "odd:host", "5432", "d", "u").as_deref(),
            Some("escaped")
        );
        assert_eq!(
            found(&path, "localhost", "5433", "d", "u").as_deref(),
            Some("socket")
        );
        assert_eq!(
            found(&path, "::1", "5432", "d", "u").as_deref(),
            Some("six")
        );
        assert_eq!(
            found(&path, "other", "1", "d", "u").as_deref(),
            Some("fallback")
        );
        // A field must match whole: no prefix matches.
        assert_eq!(
            found(&path, "db.exam", "5432", "app", "alice").as_deref(),
            Some("fallback")
        );
    }

    #[test]
    fn no_match_no_password() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "h:5432:d:u:pw\n#*:*:*:*:commented\n\n", 0o600);
        assert_eq!(found(&path, "h", "5432", "d", "v"), None);
        // A `*` is a wildcard only as a whole field.
        let path = write(dir.path(), "h*:5432:d:u:pw\n", 0o400);
        assert_eq!(found(&path, "hx", "5432", "d", "u"), None);
        assert_eq!(found(&path, "h*", "5432", "d", "u").as_deref(), Some("pw"));
    }

    #[test]
    fn a_file_others_may_read_is_ignored_as_libpq_does() {
        let dir = tempfile::tempdir().unwrap();
        for mode in [0o644, 0o640, 0o604, 0o660, 0o601] {
            let path = write(dir.path(), "*:*:*:*:pw\n", mode);
            match lookup(&path, "h", "5432", "d", "u") {
                Found::Ignored(why) => {
                    assert!(why.contains(&format!("{mode:04o}")), "{why}");
                    assert!(why.contains("chmod 600"), "{why}");
                    assert!(!why.contains("pw\n"), "{why}");
                }
                other => panic!("mode {mode:o}: {other:?}"),
            }
        }
        for mode in [0o600, 0o400, 0o700] {
            let path = write(dir.path(), "*:*:*:*:pw\n", mode);
            assert_eq!(found(&path, "h", "5432", "d", "u").as_deref(), Some("pw"));
        }
        assert!(matches!(
            lookup(dir.path(), "h", "5432", "d", "u"),
            Found::Ignored(why) if why.contains("not a regular file")
        ));
        assert!(matches!(
            lookup(&dir.path().join("none"), "h", "5432", "d", "u"),
            Found::Absent
        ));
    }
}
