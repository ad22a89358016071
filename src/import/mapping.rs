//! Files as HR systems write them: their header names mapped to userctl's columns,
//! columns to ignore, and their words for status and role.

use crate::db::users::Status;
use crate::error::Refusal;

use super::COLUMNS;

/// How the file's header and values translate to userctl's columns.
#[derive(Debug, Clone, Default)]
pub struct Mapping {
    /// (the file's header, lower-cased and trimmed; userctl's column or attribute).
    pub columns: Vec<(String, String)>,
    /// The attributes the database declares: columns too (set before adding maps).
    pub attributes: Vec<String>,
    /// The file's headers to ignore, lower-cased and trimmed.
    pub ignore: Vec<String>,
    /// Derive the username from the email's local part.
    pub username_from_email: bool,
    /// (a value, lower-cased and trimmed; the status it means).
    pub status: Vec<(String, Status)>,
    /// (a value, lower-cased and trimmed; the role it means).
    pub role: Vec<(String, String)>,
}

/// The column of a map entry whose header is to be ignored (`'Employee #=-'`).
pub const IGNORE: &str = "-";

pub use crate::output::{cut, echo};

/// Whether the file's header `raw` is the (lower-cased) `header` a flag names.
pub fn same_header(raw: &str, header: &str) -> bool {
    key(raw) == header
}

fn key(text: &str) -> String {
    text.trim().trim_start_matches('\u{feff}').to_lowercase()
}

/// Splits `LEFT=RIGHT` at its last `=` (header names may hold one, columns do not).
fn split(flag: &str, text: &str) -> Result<(String, String), Refusal> {
    match text.rsplit_once('=') {
        Some((left, right)) if !left.trim().is_empty() && !right.trim().is_empty() => {
            Ok((left.trim().to_string(), right.trim().to_string()))
        }
        _ => Err(Refusal::usage(format!(
            "invalid {flag} '{}': expected VALUE=TARGET",
            echo(text)
        ))),
    }
}

impl Mapping {
    /// Adds one `--map 'HEADER=column'` (or a line of `--map-file`); `HEADER=-` ignores
    /// the header, as `--ignore-column HEADER` does.
    pub fn add_column(&mut self, text: &str) -> Result<(), Refusal> {
        let (header, column) = split("--map", text)?;
        if column == IGNORE {
            if self.columns.iter().any(|(h, _)| *h == key(&header)) {
                return Err(Refusal::usage(format!(
                    "--map names the header '{}' twice",
                    echo(&key(&header))
                )));
            }
            self.add_ignore(&header);
            return Ok(());
        }
        let column = column.to_ascii_lowercase();
        if !COLUMNS.contains(&column.as_str()) && !self.attributes.contains(&column) {
            let mut known: Vec<&str> = COLUMNS.to_vec();
            known.extend(self.attributes.iter().map(String::as_str));
            return Err(Refusal::usage(format!(
                "invalid --map '{}': '{}' is neither a column import-csv reads nor a declared \
                 attribute",
                echo(text),
                echo(&column)
            ))
            .hint(format!(
                "the columns: {} (declare attributes with `userctl attr define`); or \
                 '{IGNORE}' to ignore the header",
                known.join(", ")
            )));
        }
        let header = key(&header);
        if self.columns.iter().any(|(h, _)| *h == header) || self.ignore.contains(&header) {
            return Err(Refusal::usage(format!(
                "--map names the header '{}' twice",
                echo(&header)
            )));
        }
        self.columns.push((header, column));
        Ok(())
    }

    /// Adds the lines of a `--map-file`: `HEADER=column` each; blank lines and lines
    /// starting with `#` are skipped.
    pub fn add_map_file(&mut self, name: &str, text: &str) -> Result<(), Refusal> {
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            self.add_column(line).map_err(|e| Refusal {
                message: format!("{}, line {}: {}", echo(name), i + 1, e.message),
                ..e
            })?;
        }
        Ok(())
    }

    pub fn add_ignore(&mut self, header: &str) {
        self.ignore.push(key(header));
    }

    /// Adds one `--status-map 'VALUE=active|inactive|invited'`.
    pub fn add_status(&mut self, text: &str) -> Result<(), Refusal> {
        let (value, status) = split("--status-map", text)?;
        let status = match status.to_ascii_lowercase().as_str() {
            "active" => Status::Active,
            "inactive" => Status::Inactive,
            "invited" => Status::Invited,
            _ => {
                return Err(Refusal::usage(format!(
                    "invalid --status-map '{}': the status is active, inactive or invited",
                    echo(text)
                )))
            }
        };
        self.status.push((key(&value), status));
        Ok(())
    }

    /// Adds one `--role-map 'VALUE=ROLE'`.
    pub fn add_role(&mut self, text: &str) -> Result<(), Refusal> {
        let (value, role) = split("--role-map", text)?;
        self.role.push((key(&value), role));
        Ok(())
    }

    /// userctl's column for one of the file's headers: `None` to ignore it.
    pub fn column_for(&self, header: &str) -> Option<String> {
        let header = key(header);
        if self.ignore.contains(&header) {
            return None;
        }
        match self.columns.iter().find(|(h, _)| *h == header) {
            Some((_, column)) => Some(column.clone()),
            None => Some(header),
        }
    }

    /// The status a cell means: the map first, then the usual words.
    pub fn status_of(&self, value: &str) -> Result<Status, String> {
        let k = key(value);
        if let Some((_, s)) = self.status.iter().find(|(v, _)| *v == k) {
            return Ok(*s);
        }
        match k.as_str() {
            "active" | "enabled" | "true" | "yes" | "1" => Ok(Status::Active),
            "inactive" | "disabled" | "suspended" | "deactivated" | "deprovisioned" | "false"
            | "no" | "0" => Ok(Status::Inactive),
            "invited" | "pending" | "staged" => Ok(Status::Invited),
            _ => Err(format!(
                "invalid status '{}': use active, inactive or invited (or map it with \
                 --status-map 'VALUE=active')",
                echo(value.trim())
            )),
        }
    }

    /// The role a cell names: the map first, else the cell itself.
    pub fn role_of(&self, value: &str) -> String {
        let k = key(value);
        match self.role.iter().find(|(v, _)| *v == k) {
            Some((_, role)) => role.clone(),
            None => value.trim().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_headers_ignores_and_translates_values() {
        let mut m = Mapping::default();
        m.add_column("Email Address [Required]=email").unwrap();
        m.add_ignore("Password [Required]");
        m.add_status("PROVISIONED=invited").unwrap();
        m.add_role("Engineering=moderator").unwrap();
        assert_eq!(m.column_for(" email address [REQUIRED]").unwrap(), "email");
        assert_eq!(m.column_for("password [required]"), None);
        assert_eq!(m.column_for("Status").unwrap(), "status");
        assert_eq!(m.status_of("Provisioned").unwrap(), Status::Invited);
        assert_eq!(m.status_of("SUSPENDED").unwrap(), Status::Inactive);
        assert_eq!(m.status_of("Yes").unwrap(), Status::Active);
        assert!(m.status_of("maybe").is_err());
        assert_eq!(m.role_of("engineering"), "moderator");
        assert_eq!(m.role_of("user"), "user");
    }

    #[test]
    fn refuses_unknown_columns_and_malformed_maps() {
        let mut m = Mapping::default();
        assert!(m.add_column("Dept=department").is_err());
        m.attributes.push("department".into());
        m.add_column("Dept=department").unwrap();
        assert_eq!(m.column_for("dept").unwrap(), "department");
        assert!(m.add_column("no-equals").is_err());
        assert!(m.add_status("x=gone").is_err());
        let err = m
            .add_map_file("hr.map", "# comment\n\nA=email\nB=nope\n")
            .unwrap_err();
        assert!(err.message.contains("hr.map, line 4"), "{}", err.message);
    }

    #[test]
    fn a_map_entry_can_ignore_a_header() {
        let mut m = Mapping::default();
        m.add_map_file("hr.map", "Mail=email\nEmployee # = -\n")
            .unwrap();
        assert_eq!(m.column_for("employee #"), None);
        assert_eq!(m.column_for("Mail").unwrap(), "email");
        // Mapped and ignored, or ignored twice by the map: a mistake in the map.
        let err = m.add_column("mail=-").unwrap_err();
        assert!(err.message.contains("twice"), "{}", err.message);
        let err = m.add_column("employee #=name").unwrap_err();
        assert!(err.message.contains("twice"), "{}", err.message);
        let err = m.add_column("Dept=nope").unwrap_err();
        assert!(err.hint.unwrap_or_default().contains("'-' to ignore"));
    }

    #[test]
    fn echo_cuts_long_text() {
        let long = "x".repeat(10_000);
        let e = echo(&long);
        assert!(e.len() < 120 && e.ends_with("(10000 characters)"), "{e}");
    }
}
