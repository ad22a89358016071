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
    /// The columns a table leaves out when the terminal is too narrow for all of
    /// them, least important first. `--wide`, pipes, files, JSON and CSV show
    /// every column.
    fn optional() -> &'static [&'static str] {
        &[]
    }
    /// The columns that say which record a row is, beside `id`, `username`, `at`
    /// and every `*_at` timestamp: a table never cuts them (it leaves out other
    /// columns, or cuts their cells, first).
    fn identifying() -> &'static [&'static str] {
        &[]
    }
}

/// Whether a column of `R` is one a table never cuts.
fn is_identifying<R: Record>(field: &str) -> bool {
    matches!(field, "id" | "username" | "at")
        || field.ends_with("_at")
        || R::identifying().contains(&field)
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
    /// `--wide`: tables show every cell in full, whatever the terminal's width.
    pub wide: bool,
    /// Standard output is a terminal: CSV is escaped like tables there.
    pub stdout_tty: bool,
    color: bool,
    /// The terminal's width when standard output is one; `None` in a pipe or file,
    /// where nothing is cut.
    width: Option<u16>,
}

/// How many rows a listing shows on a terminal unless `--limit` or `--all` says
/// otherwise.
pub const TERMINAL_ROWS: u64 = 50;

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
            wide: false,
            stdout_tty: std::io::stdout().is_terminal(),
            color,
            width: terminal_width(),
        }
    }

    /// `--no-input`: no prompts even on a terminal (progress bars stay).
    #[must_use]
    pub fn no_input(mut self, no_input: bool) -> Self {
        self.interactive &= !no_input;
        self
    }

    /// Sets `--wide`.
    #[must_use]
    pub fn wide(mut self, wide: bool) -> Self {
        self.wide = wide;
        self
    }

    /// The row limit of a listing: the one asked for, none with `--all`, else
    /// [`TERMINAL_ROWS`] for a table on a terminal and none otherwise (pipes, JSON
    /// and CSV get every row). The second value says the limit is the default one,
    /// so [`Ui::more`] should mention what was left out.
    pub fn row_limit(&self, asked: Option<u64>, all: bool) -> (Option<u64>, bool) {
        match asked {
            Some(n) => (Some(n), false),
            None if !all && self.format == Format::Table && self.width.is_some() => {
                (Some(TERMINAL_ROWS), true)
            }
            None => (None, false),
        }
    }

    /// Says on stderr how many rows a default limit left out.
    pub fn more(&self, shown: u64, total: u64) {
        if total > shown {
            self.status(&format!(
                "{} more — use --limit N or --all (showing {shown} of {total})",
                total - shown
            ));
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

    /// Why an answer to a prompt was refused, before it is asked again.
    pub fn retry(&self, message: &str, attempts_left: usize) {
        eprintln!(
            "{} {}; try again ({attempts_left} attempt(s) left)",
            self.paint("33;1", "invalid:"),
            sanitize(message)
        );
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
            Format::Json => writeln!(out, "{}", json_text(change, false)?)?,
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

    /// Reports one change that comes with secrets shown once (a generated password,
    /// an invitation token, an API key), each named by its snake_case field: with
    /// `--format json` they are fields of the change's one object
    /// (`"generated_password": …`); otherwise the sentence is followed by one
    /// `generated password: …` line each. The secrets are never silenced by `-q`:
    /// this is the only copy.
    pub fn change_with_secrets(&self, change: &Change, secrets: &[(&str, &str)]) -> Result<()> {
        if secrets.is_empty() {
            return self.change(change);
        }
        let mut out = std::io::stdout().lock();
        if self.format == Format::Json {
            // The change's own fields first, in their order, then the secrets.
            let object = json_text(change, false)?;
            let mut line = object.strip_suffix('}').unwrap_or(&object).to_string();
            for (field, value) in secrets {
                line.push_str(&format!(
                    ",{}:{}",
                    json_text(field, false)?,
                    json_text(value, false)?
                ));
            }
            writeln!(out, "{line}}}")?;
            return Ok(());
        }
        drop(out);
        self.change(change)?;
        let mut out = std::io::stdout().lock();
        for (field, value) in secrets {
            writeln!(out, "{}: {value}", field.replace('_', " "))?;
        }
        Ok(())
    }

    /// Like [`Ui::change_with_secrets`], with several secrets of one kind (recovery
    /// codes): with `--format json` an array `field` in the change's object; otherwise
    /// the sentence, then one `recovery code: …` line each (`field` singular, spaced).
    /// Never silenced by `-q`.
    pub fn change_with_secret_list(
        &self,
        change: &Change,
        field: &str,
        secrets: &[&str],
    ) -> Result<()> {
        if secrets.is_empty() {
            return self.change(change);
        }
        if self.format == Format::Json {
            let object = json_text(change, false)?;
            let line = object.strip_suffix('}').unwrap_or(&object);
            writeln!(
                std::io::stdout().lock(),
                "{line},{}:{}}}",
                json_text(field, false)?,
                json_text(secrets, false)?
            )?;
            return Ok(());
        }
        self.change(change)?;
        let name = field.trim_end_matches('s').replace('_', " ");
        let mut out = std::io::stdout().lock();
        for secret in secrets {
            writeln!(out, "{name}: {secret}")?;
        }
        Ok(())
    }

    /// Prints records in the chosen format.
    pub fn records<R: Record>(&self, rows: &[R]) -> Result<()> {
        self.records_with(rows, &[], |_| Vec::new())
    }

    /// [`Ui::records`], with columns known only at run time (`extra`, after the
    /// record's own; `extra_cells` gives a row's) in tables and CSV; JSON is the
    /// records' own `Serialize`, which must carry them.
    pub fn records_with<R: Record>(
        &self,
        rows: &[R],
        extra: &[String],
        extra_cells: impl Fn(&R) -> Vec<String>,
    ) -> Result<()> {
        let all_headers: Vec<String> = R::headers()
            .iter()
            .map(|h| (*h).to_string())
            .chain(extra.iter().cloned())
            .collect();
        let row_cells = |r: &R| {
            let mut cells = r.cells();
            cells.extend(extra_cells(r));
            cells
        };
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                writeln!(out, "{}", json_text(rows, true)?)?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(&all_headers)?;
                for row in rows {
                    w.write_record(
                        row_cells(row)
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
                let mut table = self.new_table();
                let fit = table.width().is_some();
                let headers: Vec<String> = all_headers.iter().map(|h| header(h)).collect();
                let cells: Vec<Vec<String>> = rows
                    .iter()
                    .map(|r| {
                        row_cells(r)
                            .iter()
                            .map(|c| sanitize(c).into_owned())
                            .collect()
                    })
                    .collect();
                // A narrow terminal first loses the least important columns, then
                // cuts what still does not fit.
                let fixed: Vec<bool> = R::headers()
                    .iter()
                    .map(|h| is_identifying::<R>(h))
                    .chain(extra.iter().map(|_| false))
                    .collect();
                let shown = match table.width() {
                    Some(width) => {
                        columns_that_fit(&headers, &cells, &optional::<R>(), &fixed, width)
                    }
                    None => (0..headers.len()).collect(),
                };
                let pick = |row: &[String]| -> Vec<String> {
                    shown.iter().map(|&i| row[i].clone()).collect()
                };
                let mut head = comfy_table::Row::from(pick(&headers));
                if fit {
                    head.max_height(1);
                }
                table.set_header(head);
                if fit {
                    // Identifying columns keep their full width; the others share
                    // what is left and are cut with an ellipsis.
                    for (at, &i) in shown.iter().enumerate() {
                        if fixed[i] {
                            if let Some(column) = table.column_mut(at) {
                                column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
                            }
                        }
                    }
                }
                for row in &cells {
                    let mut row = comfy_table::Row::from(pick(row));
                    // One line per record on a terminal: what does not fit is cut
                    // with an ellipsis (`--wide` shows it all).
                    if fit {
                        row.max_height(1);
                    }
                    table.add_row(row);
                }
                writeln!(out, "{table}")?;
                drop(out);
                if shown.len() < headers.len() {
                    let hidden: Vec<&str> = (0..headers.len())
                        .filter(|i| !shown.contains(i))
                        .map(|i| all_headers[i].as_str())
                        .collect();
                    self.status(&hidden_columns(&hidden));
                }
            }
        }
        Ok(())
    }

    /// Prints one record as field/value pairs (table), an object (JSON) or a
    /// two-column CSV.
    /// The field names are the JSON object's keys (snake_case); a table shows them
    /// with spaces and wraps long values to the terminal's width.
    pub fn detail<T: Serialize, K: AsRef<str>>(
        &self,
        value: &T,
        fields: &[(K, String)],
    ) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                writeln!(out, "{}", json_text(value, true)?)?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(["field", "value"])?;
                for (k, v) in fields {
                    w.write_record([k.as_ref(), csv_out(v, self.stdout_tty).as_ref()])?;
                }
                w.flush()?;
            }
            Format::Table => {
                let mut table = self.new_table();
                let mut previous = None;
                for (k, v) in fields {
                    // A field with several values names itself once, on its first row.
                    let key = if previous == Some(k.as_ref()) {
                        String::new()
                    } else {
                        k.as_ref().replace('_', " ")
                    };
                    previous = Some(k.as_ref());
                    table.add_row(vec![key, sanitize(v).into_owned()]);
                }
                writeln!(out, "{table}")?;
            }
        }
        Ok(())
    }

    /// A table that fits the terminal (unless `--wide`); in a pipe or file it is
    /// never cut.
    fn new_table(&self) -> Table {
        let mut table = Table::new();
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        match self.width.filter(|_| !self.wide) {
            Some(width) => {
                table
                    .set_content_arrangement(ContentArrangement::Dynamic)
                    .set_width(width)
                    .set_truncation_indicator("…");
            }
            None => {
                table.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        table
    }
}

/// The note naming the columns a table left out, on one line of 80 characters: the
/// names that fit, then how many more.
fn hidden_columns(hidden: &[&str]) -> String {
    let all = format!("columns not shown: {} (see --wide)", hidden.join(", "));
    if all.chars().count() <= 80 {
        return all;
    }
    let mut named = hidden.len();
    loop {
        named -= 1;
        let line = format!(
            "columns not shown: {} and {} more (see --wide)",
            hidden[..named].join(", "),
            hidden.len() - named
        );
        if named == 1 || line.chars().count() <= 80 {
            return line;
        }
    }
}

/// The indexes of a record's optional columns, least important first.
fn optional<R: Record>() -> Vec<usize> {
    R::optional()
        .iter()
        .filter_map(|o| R::headers().iter().position(|h| h == o))
        .collect()
}

/// A column that is cut keeps at least this many characters ("abc…").
const NARROWEST: usize = 4;

/// The columns to show in `width` terminal columns: all of them when the table fits
/// uncut, else without as many of `optional` (in order) as it takes to fit; then,
/// if the `fixed` (identifying, never cut) columns still leave the others less than
/// a few characters each, without other columns from the right.
fn columns_that_fit(
    headers: &[String],
    rows: &[Vec<String>],
    optional: &[usize],
    fixed: &[bool],
    width: u16,
) -> Vec<usize> {
    let widths: Vec<usize> = (0..headers.len())
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .chain(std::iter::once(&headers[i]))
                .map(|c| console::measure_text_width(c))
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Each cell has a space either side; a border before every column and after
    // the last.
    let needed = |shown: &[usize]| shown.iter().map(|&i| widths[i] + 3).sum::<usize>() + 1;
    let mut shown: Vec<usize> = (0..headers.len()).collect();
    for drop in optional {
        if needed(&shown) <= usize::from(width) {
            break;
        }
        shown.retain(|i| i != drop);
    }
    let least = |shown: &[usize]| {
        shown
            .iter()
            .map(|&i| {
                3 + if fixed[i] {
                    widths[i]
                } else {
                    widths[i].min(NARROWEST)
                }
            })
            .sum::<usize>()
            + 1
    };
    while least(&shown) > usize::from(width) {
        match shown.iter().rposition(|&i| !fixed[i]) {
            Some(at) => {
                shown.remove(at);
            }
            None => break,
        }
    }
    shown
}

/// A table header for a field name: the JSON/CSV name, upper-cased, with spaces.
fn header(field: &str) -> String {
    field.replace('_', " ").to_uppercase()
}

/// Standard output's width when it is a terminal. `COLUMNS` (a positive number)
/// overrides what the terminal reports, as it does for `ls`.
fn terminal_width() -> Option<u16> {
    let term = console::Term::stdout();
    if !term.is_term() {
        return None;
    }
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c > 0);
    Some(
        from_env
            .or_else(|| term.size_checked().map(|(_, cols)| cols).filter(|&c| c > 0))
            .unwrap_or(80),
    )
}

/// At most this many characters of a value from an input file are repeated in a message.
const ECHO: usize = 80;

/// A value from an input file (a CSV cell, a `--from` line) as a message may
/// repeat it: escaped, and cut short.
pub fn echo(text: &str) -> String {
    cut(&sanitize(text))
}

/// Text from an input file cut short for a report (not escaped: JSON keeps it exact).
pub fn cut(text: &str) -> String {
    if text.chars().count() <= ECHO {
        return text.to_string();
    }
    let start: String = text.chars().take(ECHO).collect();
    format!("{start}… ({} characters)", text.chars().count())
}

/// JSON text of a value, with every character [`sanitize`] escapes and JSON itself
/// does not — C1 controls, DEL, Unicode format characters (bidi overrides such as
/// U+202E, zero-width characters), U+2028/U+2029 — written as `\uXXXX` escapes.
/// The value a JSON parser reads is exactly the stored one; only a terminal showing
/// the raw text can no longer be made to display something else.
pub fn json_text<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String> {
    let text = if pretty {
        serde_json::to_string_pretty(value)?
    } else {
        serde_json::to_string(value)?
    };
    // Outside strings JSON is ASCII, so every such character is inside a string.
    if !text.chars().any(needs_escape) {
        return Ok(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if needs_escape(c) && !c.is_ascii() || c == '\u{7f}' {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Ok(out)
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
    fn a_narrow_table_drops_optional_columns_in_order_only_as_far_as_needed() {
        let headers: Vec<String> = ["A", "B", "C", "D"].map(String::from).to_vec();
        // Column widths 10, 20, 5 and 30; each needs 3 more, plus 1: 78 in all.
        let rows = vec![vec![
            "a".repeat(10),
            "b".repeat(20),
            "c".repeat(5),
            "d".repeat(30),
        ]];
        let cut = [false; 4];
        assert_eq!(
            columns_that_fit(&headers, &rows, &[3, 0], &cut, 78),
            [0, 1, 2, 3]
        );
        assert_eq!(
            columns_that_fit(&headers, &rows, &[3, 0], &cut, 77),
            [0, 1, 2]
        );
        assert_eq!(
            columns_that_fit(&headers, &rows, &[3, 0], &cut, 45),
            [0, 1, 2]
        );
        assert_eq!(columns_that_fit(&headers, &rows, &[3, 0], &cut, 44), [1, 2]);
        // Then the rest is cut by the table, down to a few characters a column;
        // narrower still, columns go from the right.
        assert_eq!(columns_that_fit(&headers, &rows, &[3, 0], &cut, 15), [1, 2]);
        assert_eq!(columns_that_fit(&headers, &rows, &[3, 0], &cut, 14), [1]);
        // Wide characters count by their display width (日本: 4 columns).
        let rows = vec![vec![
            "日本".into(),
            String::new(),
            String::new(),
            String::new(),
        ]];
        assert_eq!(
            columns_that_fit(&headers, &rows, &[0], &cut, 20),
            [0, 1, 2, 3]
        );
        assert_eq!(columns_that_fit(&headers, &rows, &[0], &cut, 19), [1, 2, 3]);
    }

    #[test]
    fn identifying_columns_are_never_cut_other_columns_go_first() {
        let headers: Vec<String> = ["A", "B", "C", "D"].map(String::from).to_vec();
        let rows = vec![vec![
            "a".repeat(10),
            "b".repeat(20),
            "c".repeat(5),
            "d".repeat(30),
        ]];
        let fixed = [true, false, false, true];
        // A and D need 13 + 33 + 1; B and C at least 7 each while they are shown.
        assert_eq!(
            columns_that_fit(&headers, &rows, &[], &fixed, 61),
            [0, 1, 2, 3]
        );
        assert_eq!(
            columns_that_fit(&headers, &rows, &[], &fixed, 60),
            [0, 1, 3]
        );
        assert_eq!(columns_that_fit(&headers, &rows, &[], &fixed, 53), [0, 3]);
        // Too narrow even for those: they stay, and the line is long.
        assert_eq!(columns_that_fit(&headers, &rows, &[], &fixed, 20), [0, 3]);
    }

    #[test]
    fn json_escapes_what_a_terminal_would_misread_and_keeps_the_value() {
        let value = "a\u{202e}b\u{200b}c\u{1b}d\u{85}e\u{7f}f\u{e0001}g\u{2028}h é";
        let text = json_text(&value, false).unwrap();
        assert_eq!(
            text,
            "\"a\\u202eb\\u200bc\\u001bd\\u0085e\\u007ff\\udb40\\udc01g\\u2028h é\""
        );
        assert_eq!(serde_json::from_str::<String>(&text).unwrap(), value);
        assert!(!text.chars().any(needs_escape));
    }

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
