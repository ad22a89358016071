//! Rendering: tables for eyes, JSON for machines, CSV for spreadsheets; status lines
//! and errors on stderr; the terminal-escape and spreadsheet-formula policy.

use std::borrow::Cow;
use std::io::{IsTerminal, Write};

use anyhow::Result;
use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

/// How records are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for a person.
    #[default]
    Table,
    /// JSON with exact values and stable field names.
    Json,
    /// RFC 4180 CSV with a header row.
    Csv,
}

/// When to colour stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// When stderr is a terminal and `NO_COLOR` is not set.
    #[default]
    Auto,
    Always,
    Never,
}

/// A kind of record that can be printed as a table row and a CSV row; JSON comes
/// from its `Serialize` impl.
pub trait Record: Serialize {
    fn headers() -> &'static [&'static str];
    fn cells(&self) -> Vec<String>;
}

/// What a change did to one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
    Deleted,
    Refused,
}

/// One line of a change report: which target, what happened, and any details
/// (JSON: one object per target).
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub target: String,
    pub result: Outcome,
    /// The human sentence, e.g. "created user alice (role user)".
    pub message: String,
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub details: serde_json::Value,
    /// True when `--dry-run` kept it from being written.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
}

/// The output side of one run.
#[derive(Debug, Clone)]
pub struct Ui {
    pub format: Format,
    pub quiet: bool,
    pub dry_run: bool,
    /// Standard input and standard error are terminals: prompts and bars allowed.
    pub interactive: bool,
    /// Standard output is a terminal: CSV is escaped like tables there.
    pub stdout_tty: bool,
    color: bool,
}

impl Ui {
    pub fn new(format: Format, quiet: bool, dry_run: bool, color: ColorChoice) -> Self {
        let stderr_tty = std::io::stderr().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stderr_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        Ui {
            format,
            quiet,
            dry_run,
            interactive: std::io::stdin().is_terminal() && stderr_tty,
            stdout_tty: std::io::stdout().is_terminal(),
            color,
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// An informational line on stderr; `-q` silences it.
    pub fn status(&self, line: &str) {
        if !self.quiet {
            eprintln!("{}", sanitize(line));
        }
    }

    /// A warning on stderr; shown even with `-q`.
    pub fn warn(&self, line: &str) {
        eprintln!("{} {}", self.paint("33;1", "warning:"), sanitize(line));
    }

    /// An error and its hint on stderr.
    pub fn error(&self, message: &str, hint: Option<&str>) {
        eprintln!("{} {}", self.paint("31;1", "error:"), sanitize(message));
        if let Some(hint) = hint {
            eprintln!("{} {}", self.paint("36", "hint:"), sanitize(hint));
        }
    }

    /// Reports one change: a sentence on stdout (silenced by `-q`), or a JSON object.
    pub fn change(&self, change: &Change) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => writeln!(out, "{}", serde_json::to_string(change)?)?,
            Format::Table | Format::Csv => {
                if !self.quiet {
                    let prefix = if change.dry_run {
                        "dry run: would have "
                    } else {
                        ""
                    };
                    writeln!(out, "{prefix}{}", sanitize(&change.message))?;
                }
            }
        }
        Ok(())
    }

    /// Prints a secret shown once (generated password, token, key) on stdout, labelled.
    /// Never silenced: it is the only copy.
    pub fn secret(&self, label: &str, value: &str) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => writeln!(out, "{}", serde_json::json!({ label: value }))?,
            _ => writeln!(out, "{label}: {value}")?,
        }
        Ok(())
    }

    /// Prints records in the chosen format.
    pub fn records<R: Record>(&self, rows: &[R]) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, rows)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(R::headers())?;
                for row in rows {
                    w.write_record(
                        row.cells()
                            .iter()
                            .map(|c| csv_out(c, self.stdout_tty).into_owned()),
                    )?;
                }
                w.flush()?;
            }
            Format::Table => {
                if rows.is_empty() {
                    self.status("(none)");
                    return Ok(());
                }
                let mut table = new_table();
                table.set_header(R::headers().iter().map(|h| h.to_uppercase()));
                for row in rows {
                    table.add_row(row.cells().iter().map(|c| sanitize(c).into_owned()));
                }
                writeln!(out, "{table}")?;
            }
        }
        Ok(())
    }

    /// Prints one record as field/value pairs (table), an object (JSON) or a
    /// two-column CSV.
    pub fn detail<T: Serialize>(&self, value: &T, fields: &[(&str, String)]) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, value)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(["field", "value"])?;
                for (k, v) in fields {
                    w.write_record([*k, csv_out(v, self.stdout_tty).as_ref()])?;
                }
                w.flush()?;
            }
            Format::Table => {
                let mut table = new_table();
                for (k, v) in fields {
                    table.add_row(vec![(*k).to_string(), sanitize(v).into_owned()]);
                }
                writeln!(out, "{table}")?;
            }
        }
        Ok(())
    }
}

fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    table
}

/// Escapes what a terminal would interpret, or what would make user-controlled text
/// look like other text (CWE-150): C0 and C1 control characters, DEL, and every
/// Unicode format character (general category Cf: the zero-width characters
/// U+200B–U+200F, U+2060, U+FEFF, the bidirectional controls U+202A–U+202E and
/// U+2066–U+2069, soft hyphens, tags…), and the line and paragraph separators.
/// Tabs and newlines are escaped too, so one value stays on one line.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            match c {
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\x1b' => out.push_str("\\e"),
                c if u32::from(c) <= 0xff => out.push_str(&format!("\\x{:02x}", u32::from(c))),
                c => out.push_str(&format!("\\u{{{:04x}}}", u32::from(c))),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control() || is_format(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Unicode general category Cf (format characters), as of Unicode 15.1.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061c}'
            | '\u{06dd}'
            | '\u{070f}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// A cell as written to CSV: a leading `= + - @ TAB CR` gets a `'` prefix so a
/// spreadsheet shows it as text instead of running it (OWASP ASVS 5.0).
pub fn csv_cell(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// A cell of CSV output: [`csv_cell`], and escaped like a table cell when the CSV
/// goes to a terminal (`terminal`), where it is read, not parsed. To a pipe or a file
/// the value stays exact.
pub fn csv_out(value: &str, terminal: bool) -> Cow<'_, str> {
    match csv_cell(value) {
        Cow::Borrowed(v) if terminal => sanitize(v),
        Cow::Owned(v) if terminal => Cow::Owned(sanitize(&v).into_owned()),
        cell => cell,
    }
}

/// The inverse of [`csv_cell`], applied by `import-csv`.
pub fn csv_uncell(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => value,
    }
}

/// `Some(text)` shown, `None` as an empty cell.
pub fn opt(value: Option<&str>) -> String {
    value.unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls_and_bidi_overrides() {
        assert_eq!(sanitize("plain"), "plain");
        assert_eq!(sanitize("a\x1b[31mred"), "a\\e[31mred");
        assert_eq!(sanitize("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(sanitize("two\nlines"), "two\\nlines");
        assert_eq!(sanitize("bell\x07"), "bell\\x07");
        assert_eq!(sanitize("c1\u{9b}"), "c1\\x9b");
        // Zero-width, bidi isolates, BOM, word joiner, tags: look-alikes and hidden text.
        assert_eq!(sanitize("ro\u{200b}ot"), "ro\\u{200b}ot");
        assert_eq!(sanitize("a\u{2067}b\u{2069}"), "a\\u{2067}b\\u{2069}");
        assert_eq!(sanitize("\u{feff}x\u{2060}"), "\\u{feff}x\\u{2060}");
        assert_eq!(sanitize("t\u{e0041}"), "t\\u{e0041}");
        assert_eq!(sanitize("zoë 名前 émoji 😀"), "zoë 名前 émoji 😀");
    }

    #[test]
    fn csv_is_escaped_on_a_terminal_only() {
        let cell = "=HYPERLINK(\"x\")\x1b]8;;http://evil\x07";
        assert_eq!(csv_out(cell, false), format!("'{cell}"));
        assert_eq!(
            csv_out(cell, true),
            "'=HYPERLINK(\"x\")\\e]8;;http://evil\\x07"
        );
        assert_eq!(csv_out("ro\u{200b}ot", false), "ro\u{200b}ot");
        assert_eq!(csv_out("ro\u{200b}ot", true), "ro\\u{200b}ot");
    }

    #[test]
    fn neutralises_formula_cells_both_ways() {
        for cell in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            let out = csv_cell(cell);
            assert!(out.starts_with('\''));
            assert_eq!(csv_uncell(&out), cell);
        }
        assert_eq!(csv_cell("alice"), "alice");
        assert_eq!(csv_uncell("'quoted"), "'quoted");
    }
}
