//! The bytes of an HR file as UTF-8 for the CSV parser: the encoding decoded (a BOM
//! detected, or `--encoding`), the preamble skipped (`--skip-lines`), and every line
//! and every record (a quoted field may span lines) capped in length, so that memory
//! stays bounded whatever the file holds.
//!
//! Bytes that are not valid in the encoding stop the import with the line they are
//! on; nothing is replaced with U+FFFD behind the operator's back.

use std::fmt;
use std::io::{self, Read};

use encoding_rs::{DecoderResult, Encoding, UTF_8};

/// The longest line accepted, in bytes after decoding. HR exports have lines of a few
/// hundred bytes; a longer one is not a CSV export (or the wrong `--delimiter`).
pub const MAX_LINE: usize = 1 << 20;

/// The longest record accepted, in bytes after decoding: a quoted field may hold line
/// breaks, so one record may span lines, each under [`MAX_LINE`].
pub const MAX_RECORD: usize = 1 << 20;

/// Why the input cannot be read: carried inside an `io::Error` through the CSV parser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Bytes that are not valid in the encoding, on this physical line.
    Malformed { line: u64, encoding: &'static str },
    /// A line longer than [`MAX_LINE`].
    TooLong { line: u64 },
    /// A record from `first_line` longer than [`MAX_RECORD`] by `line`.
    RecordTooLong { first_line: u64, line: u64 },
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::Malformed { line, encoding } => {
                write!(f, "line {line}: bytes that are not valid {encoding}")
            }
            Unreadable::TooLong { line } => write!(
                f,
                "line {line} is longer than {} MiB: this is not a CSV file of accounts",
                MAX_LINE >> 20
            ),
            Unreadable::RecordTooLong { first_line, line } => write!(
                f,
                "line {first_line}: the record starting here is longer than {} MiB by line \
                 {line} (a quoted field that never closes?): this is not a CSV file of accounts",
                MAX_RECORD >> 20
            ),
        }
    }
}

impl std::error::Error for Unreadable {}

/// The encoding named by a WHATWG label (`windows-1252`, `latin1`, `utf-16le` …).
pub fn encoding_for(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// Decodes `inner` (in `encoding`, unless a BOM says otherwise) to UTF-8, drops the
/// first `skip` lines, and refuses over-long lines.
pub struct Decoded<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    raw: Vec<u8>,
    raw_start: usize,
    raw_end: usize,
    eof: bool,
    out: Vec<u8>,
    out_start: usize,
    out_end: usize,
    /// Newlines decoded so far (the physical line of the next byte is this + 1).
    newlines: u64,
    line_len: usize,
    skip: u64,
    failed: Option<Unreadable>,
    /// The decoder has seen the end of the input: it may not be called again.
    done: bool,
    /// Where the CSV parser is, as far as the record cap needs to know.
    record: Record,
}

/// The CSV syntax as the parser reads it (RFC 4180 with `"` quotes doubled inside a
/// quoted field; a quote elsewhere in a field is a plain character), to know where a
/// record ends.
#[derive(Debug, Clone, Copy)]
struct Record {
    delimiter: u8,
    /// Bytes of the record so far, line breaks included.
    len: usize,
    first_line: u64,
    field_start: bool,
    quoted: bool,
    /// A `"` inside a quoted field: doubled (an escaped quote) or the field's end.
    quote_seen: bool,
}

impl Record {
    /// Takes one byte of the record; true at its end.
    fn step(&mut self, b: u8) -> bool {
        self.len += 1;
        if self.quoted {
            if !self.quote_seen {
                self.quote_seen = b == b'"';
                return false;
            }
            self.quote_seen = false;
            if b == b'"' {
                return false;
            }
            self.quoted = false;
        }
        if b == b'\n' {
            self.len = 0;
            self.field_start = true;
            return true;
        }
        self.quoted = b == b'"' && self.field_start;
        self.field_start = b == self.delimiter;
        false
    }
}

impl<R: Read> Decoded<R> {
    pub fn new(inner: R, encoding: Option<&'static Encoding>, skip: u64) -> Self {
        let encoding = encoding.unwrap_or(UTF_8);
        Decoded {
            inner,
            // BOM sniffing: a UTF-8 or UTF-16 BOM wins over the label (WHATWG "decode").
            decoder: encoding.new_decoder(),
            raw: vec![0; 64 * 1024],
            raw_start: 0,
            raw_end: 0,
            eof: false,
            out: vec![0; 3 * 64 * 1024 + 16],
            out_start: 0,
            out_end: 0,
            newlines: 0,
            line_len: 0,
            skip,
            failed: None,
            done: false,
            record: Record {
                delimiter: b',',
                len: 0,
                first_line: skip + 1,
                field_start: true,
                quoted: false,
                quote_seen: false,
            },
        }
    }

    /// The delimiter the CSV parser splits fields at (`,` unless set).
    #[must_use]
    pub fn delimiter(mut self, delimiter: u8) -> Self {
        self.record.delimiter = delimiter;
        self
    }

    fn fail(&mut self, why: Unreadable) -> io::Error {
        self.failed = Some(why.clone());
        io::Error::new(io::ErrorKind::InvalidData, why)
    }

    /// Decodes more input into `out`; false at the end of the input.
    fn fill(&mut self) -> io::Result<bool> {
        loop {
            if self.done {
                return Ok(false);
            }
            if self.raw_start == self.raw_end && !self.eof {
                let n = self.inner.read(&mut self.raw)?;
                self.raw_start = 0;
                self.raw_end = n;
                self.eof = n == 0;
            }
            let (result, read, written) = self.decoder.decode_to_utf8_without_replacement(
                &self.raw[self.raw_start..self.raw_end],
                &mut self.out,
                self.eof,
            );
            self.raw_start += read;
            self.done = self.eof && matches!(result, DecoderResult::InputEmpty);
            self.out_start = 0;
            self.out_end = written;
            // Count lines and skip the preamble over what was decoded, before any error.
            let mut keep_from = 0;
            for i in 0..written {
                if self.skip == 0 && self.record.step(self.out[i]) {
                    self.record.first_line = self.newlines + 2;
                } else if self.record.len > MAX_RECORD && self.record.first_line <= self.newlines {
                    // (A record on one line is the line cap's to name.)
                    let (first_line, line) = (self.record.first_line, self.newlines + 1);
                    return Err(self.fail(Unreadable::RecordTooLong { first_line, line }));
                }
                if self.out[i] == b'\n' {
                    self.newlines += 1;
                    self.line_len = 0;
                    if self.skip > 0 {
                        self.skip -= 1;
                        keep_from = i + 1;
                    }
                } else {
                    self.line_len += 1;
                    if self.line_len > MAX_LINE {
                        let line = self.newlines + 1;
                        return Err(self.fail(Unreadable::TooLong { line }));
                    }
                }
            }
            self.out_start = if self.skip > 0 { written } else { keep_from };
            if let DecoderResult::Malformed(..) = result {
                let line = self.newlines + 1;
                let encoding = self.encoding_name();
                return Err(self.fail(Unreadable::Malformed { line, encoding }));
            }
            if self.out_start < self.out_end {
                return Ok(true);
            }
        }
    }

    /// The encoding in use (a BOM may have switched it), as a person names it.
    fn encoding_name(&self) -> &'static str {
        self.decoder.encoding().name()
    }
}

impl<R: Read> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(why) = &self.failed {
            return Err(io::Error::new(io::ErrorKind::InvalidData, why.clone()));
        }
        if self.out_start == self.out_end && !self.fill()? {
            return Ok(0);
        }
        let n = buf.len().min(self.out_end - self.out_start);
        buf[..n].copy_from_slice(&self.out[self.out_start..self.out_start + n]);
        self.out_start += n;
        Ok(n)
    }
}

/// The [`Unreadable`] inside an error from the CSV parser, if that is what it is.
pub fn unreadable(err: &csv::Error) -> Option<Unreadable> {
    match err.kind() {
        csv::ErrorKind::Io(e) => e
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<Unreadable>())
            .cloned(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8], encoding: Option<&str>, skip: u64) -> Result<String, Unreadable> {
        let enc = encoding.map(|l| encoding_for(l).unwrap());
        let mut d = Decoded::new(bytes, enc, skip);
        let mut out = Vec::new();
        match d.read_to_end(&mut out) {
            Ok(_) => Ok(String::from_utf8(out).unwrap()),
            Err(e) => Err(e
                .get_ref()
                .and_then(|i| i.downcast_ref::<Unreadable>())
                .cloned()
                .unwrap()),
        }
    }

    #[test]
    fn reading_past_the_end_keeps_answering_the_end() {
        // The CSV parser may ask again after the end; the decoder must not be
        // called once it has finished (encoding_rs panics).
        let mut d = Decoded::new(&b"a,b\n"[..], None, 0);
        let mut out = Vec::new();
        d.read_to_end(&mut out).unwrap();
        let mut buf = [0u8; 8];
        assert_eq!(d.read(&mut buf).unwrap(), 0);
        assert_eq!(d.read(&mut buf).unwrap(), 0);
        assert_eq!(out, b"a,b\n");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"a,b\nc\n", None, 0).unwrap(), "a,b\nc\n");
        assert_eq!(decode(b"\xef\xbb\xbfa,b\n", None, 0).unwrap(), "a,b\n");
    }

    #[test]
    fn utf16_boms_are_detected() {
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Zoë\tx\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le, None, 0).unwrap(), "Zoë\tx\n");
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("Zoë\n".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be, None, 0).unwrap(), "Zoë\n");
    }

    #[test]
    fn windows_1252_by_label_and_invalid_utf8_names_the_line() {
        let bytes = b"name\nJos\xe9\n";
        assert_eq!(
            decode(bytes, Some("windows-1252"), 0).unwrap(),
            "name\nJosé\n"
        );
        assert_eq!(
            decode(bytes, None, 0).unwrap_err(),
            Unreadable::Malformed {
                line: 2,
                encoding: "UTF-8"
            }
        );
    }

    #[test]
    fn caps_a_record_whose_quoted_field_spans_lines() {
        // Many short lines inside one quoted field, from line 3.
        let body = "x\n".repeat(MAX_RECORD / 2 + 10);
        let text = format!("pre\nh,n\nann,\"{body}\"\n");
        assert_eq!(
            decode(text.as_bytes(), None, 1).unwrap_err(),
            Unreadable::RecordTooLong {
                first_line: 3,
                // The byte past the cap: the line break ending the field's 524,286th line.
                line: 3 + u64::try_from(MAX_RECORD / 2 - 3).unwrap(),
            }
        );
        // Records under the cap pass, however many lines a field spans; doubled quotes
        // stay inside the field, a quote inside an unquoted field opens nothing, and the
        // record count restarts after each record.
        let ok = format!(
            "h,n\nann,\"a \"\"b\"\"\n{}\"\nbo\"b,x\n{}\n",
            "y\n".repeat(1000),
            "z".repeat(MAX_LINE - 10)
        );
        let mut repeated = String::new();
        for _ in 0..3 {
            repeated.push_str(&ok);
        }
        assert_eq!(decode(repeated.as_bytes(), None, 0).unwrap(), repeated);
        // A semicolon file: the delimiter decides where a field (and a quote) starts.
        let semi = format!("h;n\nann;\"{}\"\n", "x\n".repeat(MAX_RECORD / 2 + 10));
        let mut d = Decoded::new(semi.as_bytes(), None, 0).delimiter(b';');
        assert!(d.read_to_end(&mut Vec::new()).is_err());
        let mut d = Decoded::new(semi.as_bytes(), None, 0);
        assert!(
            d.read_to_end(&mut Vec::new()).is_ok(),
            "with ',' the quote is mid-field"
        );
    }

    #[test]
    fn skips_the_preamble_and_caps_lines() {
        assert_eq!(decode(b"version:v1.0\nh\nr\n", None, 1).unwrap(), "h\nr\n");
        let long = vec![b'x'; MAX_LINE + 10];
        assert_eq!(
            decode(&[b"ok\n".as_slice(), &long].concat(), None, 0).unwrap_err(),
            Unreadable::TooLong { line: 2 }
        );
    }
}
