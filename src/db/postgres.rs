//! A PostgreSQL session behind [`super::Conn`]: statements prepared once per session,
//! values bound as text (the server parses them into the column's type, as libpq's
//! text parameters do) and read back as the [`Value`]s SQLite would hold.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::error::Error as StdError;
use std::io::Write as _;
use std::time::Duration;

use anyhow::{Context, Result};
use bytes::BytesMut;
use postgres::types::{to_sql_checked, Format, FromSql, IsNull, ToSql, Type};

use super::engine::{Value, ValueRef};
use crate::clock;

/// One connection to the server and the statements it has prepared.
pub struct Session {
    client: RefCell<postgres::Client>,
    prepared: RefCell<HashMap<String, postgres::Statement>>,
    /// Whether writers lock the schema row first (once the database has one).
    locking: Cell<bool>,
}

impl Session {
    /// Wraps a connected client: times are UTC, notices stay quiet, and every wait
    /// for a lock (reads included) ends after `wait` with SQLSTATE 55P03.
    pub fn new(mut client: postgres::Client, wait: Duration) -> Result<Session> {
        let millis = wait.as_millis().max(1);
        client.batch_execute(&format!(
            "SET TIME ZONE 'UTC'; SET client_min_messages = warning; \
             SET lock_timeout = {millis}; SET idle_in_transaction_session_timeout = 0"
        ))?;
        Ok(Session {
            client: RefCell::new(client),
            prepared: RefCell::new(HashMap::new()),
            locking: Cell::new(false),
        })
    }

    /// Whether a write transaction starts by locking the schema row.
    pub fn locking(&self) -> bool {
        self.locking.get()
    }

    /// Sets [`Session::locking`]: on once the database holds a userctl schema.
    pub fn set_locking(&self, on: bool) {
        self.locking.set(on);
    }

    /// The statement for `sql` (written with `?N` placeholders), prepared once.
    pub fn prepare(&self, sql: &str) -> Result<postgres::Statement> {
        if let Some(stmt) = self.prepared.borrow().get(sql) {
            return Ok(stmt.clone());
        }
        let text = placeholders(sql);
        let stmt = self
            .client
            .borrow_mut()
            .prepare(&text)
            .with_context(|| format!("preparing on PostgreSQL: {text}"))?;
        self.prepared
            .borrow_mut()
            .insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    /// Runs statements without parameters.
    pub fn batch(&self, sql: &str) -> Result<()> {
        self.client.borrow_mut().batch_execute(sql)?;
        Ok(())
    }

    pub fn execute(&self, stmt: &postgres::Statement, values: &[ValueRef<'_>]) -> Result<usize> {
        let params = Bound::list(values);
        let refs: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        let n = self.client.borrow_mut().execute(stmt, &refs)?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// Every row of a query, each as values.
    pub fn query(
        &self,
        stmt: &postgres::Statement,
        values: &[ValueRef<'_>],
    ) -> Result<Vec<Vec<Value>>> {
        let params = Bound::list(values);
        let mut client = self.client.borrow_mut();
        let mut rows = client.query_raw(stmt, params.iter().map(|p| p as &dyn ToSql))?;
        let mut out = Vec::new();
        while let Some(row) = postgres::fallible_iterator::FallibleIterator::next(&mut rows)? {
            let mut values = Vec::with_capacity(row.len());
            for i in 0..row.len() {
                values.push(row.try_get::<_, Read>(i)?.0);
            }
            out.push(values);
        }
        Ok(out)
    }
}

/// Writes rows to `table` with `COPY … FROM STDIN` (text format): far cheaper per
/// row than an `INSERT`, and every constraint, default and trigger still applies.
/// Rows are sent as they come, so the server stores the first while the next are
/// made. Returns how many rows the server wrote.
pub fn copy_in<R: AsRef<[Value]>>(
    session: &Session,
    table: &str,
    columns: &[&str],
    rows: impl IntoIterator<Item = Result<R>>,
) -> Result<u64> {
    /// Bytes gathered before they are sent.
    const SEND_AT: usize = 64 * 1024;
    let mut client = session.client.borrow_mut();
    let mut writer =
        client.copy_in(&format!("COPY {table} ({}) FROM STDIN", columns.join(", ")))?;
    let mut data = Vec::with_capacity(SEND_AT * 2);
    for row in rows {
        for (i, value) in row?.as_ref().iter().enumerate() {
            if i > 0 {
                data.push(b'\t');
            }
            copy_field(&mut data, value);
        }
        data.push(b'\n');
        if data.len() >= SEND_AT {
            writer.write_all(&data)?;
            data.clear();
        }
    }
    writer.write_all(&data)?;
    Ok(writer.finish()?)
}

/// One value in `COPY`'s text format: `\N` for NULL, a bytea as `\\x` and hex, and
/// the backslash, tab, newline and carriage return of text escaped.
fn copy_field(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Null => out.extend_from_slice(b"\\N"),
        Value::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Real(f) => {
            let _ = write!(out, "{f:?}");
        }
        Value::Text(t)
            if !t
                .bytes()
                .any(|b| matches!(b, b'\\' | b'\t' | b'\n' | b'\r')) =>
        {
            out.extend_from_slice(t.as_bytes());
        }
        Value::Text(t) => {
            for b in t.bytes() {
                match b {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    _ => out.push(b),
                }
            }
        }
        Value::Blob(bytes) => {
            out.extend_from_slice(b"\\\\x");
            out.extend_from_slice(crate::tokens::hex(bytes).as_bytes());
        }
    }
}

/// Rewrites `?N` (and bare `?`) placeholders to `$N`, leaving quoted text, quoted
/// names and comments alone.
pub fn placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut next = 1;
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == '\n' {
                        break;
                    }
                }
            }
            '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    digits = next.to_string();
                    next += 1;
                } else if let Ok(n) = digits.parse::<usize>() {
                    next = next.max(n + 1);
                }
                out.push('$');
                out.push_str(&digits);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A value bound as text: the server parses it as the type it inferred for the
/// placeholder (an integer, a boolean from `1`/`0`, a `timestamptz` …).
#[derive(Debug)]
struct Bound(Option<Vec<u8>>);

impl Bound {
    fn list(values: &[ValueRef<'_>]) -> Vec<Bound> {
        values.iter().map(|v| Bound::of(*v)).collect()
    }

    fn of(value: ValueRef<'_>) -> Bound {
        Bound(match value {
            ValueRef::Null => None,
            ValueRef::Integer(i) => Some(i.to_string().into_bytes()),
            ValueRef::Real(f) => Some(format!("{f:?}").into_bytes()),
            ValueRef::Text(t) => Some(t.as_bytes().to_vec()),
            ValueRef::Blob(b) => Some(b.to_vec()),
        })
    }
}

impl ToSql for Bound {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> Result<IsNull, Box<dyn StdError + Sync + Send>> {
        let Some(bytes) = &self.0 else {
            return Ok(IsNull::Yes);
        };
        if *ty == Type::BYTEA {
            out.extend_from_slice(b"\\x");
            for b in bytes {
                out.extend_from_slice(format!("{b:02x}").as_bytes());
            }
        } else {
            out.extend_from_slice(bytes);
        }
        Ok(IsNull::No)
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    fn encode_format(&self, _ty: &Type) -> Format {
        Format::Text
    }

    to_sql_checked!();
}

/// A column read as the [`Value`] SQLite would hold.
struct Read(Value);

/// Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01.
const PG_EPOCH_MICROS: i64 = 946_684_800_000_000;

impl<'a> FromSql<'a> for Read {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        let be = |n: usize| -> Result<[u8; 8], Box<dyn StdError + Sync + Send>> {
            let mut buf = [0u8; 8];
            if raw.len() != n {
                return Err(format!("{ty}: {} bytes, expected {n}", raw.len()).into());
            }
            buf[8 - n..].copy_from_slice(raw);
            Ok(buf)
        };
        let value = match *ty {
            Type::BOOL => Value::Integer(i64::from(raw.first().copied().unwrap_or(0) != 0)),
            Type::INT2 => Value::Integer(i64::from(i16::from_be_bytes([raw[0], raw[1]]))),
            Type::INT4 => Value::Integer(i64::from(i32::from_be_bytes(raw.try_into()?))),
            Type::INT8 => Value::Integer(i64::from_be_bytes(raw.try_into()?)),
            Type::OID => Value::Integer(i64::from(u32::from_be_bytes(raw.try_into()?))),
            Type::FLOAT4 => Value::Real(f64::from(f32::from_be_bytes(raw.try_into()?))),
            Type::FLOAT8 => Value::Real(f64::from_be_bytes(raw.try_into()?)),
            Type::NUMERIC => numeric(raw)?,
            Type::TIMESTAMPTZ | Type::TIMESTAMP => {
                Value::Text(timestamp(i64::from_be_bytes(be(8)?)))
            }
            Type::DATE => {
                let days = i64::from(i32::from_be_bytes(raw.try_into()?));
                let text = clock::format_unix(days * 86_400 + PG_EPOCH_MICROS / 1_000_000);
                Value::Text(text[..10].to_string())
            }
            Type::BYTEA => Value::Blob(raw.to_vec()),
            Type::JSONB => Value::Text(std::str::from_utf8(raw.get(1..).unwrap_or(&[]))?.into()),
            Type::CHAR => Value::Text(char::from(raw.first().copied().unwrap_or(b' ')).to_string()),
            _ => Value::Text(std::str::from_utf8(raw)?.to_string()),
        };
        Ok(Read(value))
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn StdError + Sync + Send>> {
        Ok(Read(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// A `timestamptz` as userctl writes timestamps: `YYYY-MM-DDTHH:MM:SSZ`, with the
/// fraction of a second when there is one.
fn timestamp(pg_micros: i64) -> String {
    if pg_micros == i64::MAX {
        return "infinity".into();
    }
    if pg_micros == i64::MIN {
        return "-infinity".into();
    }
    let micros = pg_micros.saturating_add(PG_EPOCH_MICROS);
    let secs = micros.div_euclid(1_000_000);
    let frac = micros.rem_euclid(1_000_000);
    let whole = clock::format_unix(secs);
    if frac == 0 {
        return whole;
    }
    let digits = format!("{frac:06}");
    format!(
        "{}.{}Z",
        &whole[..whole.len() - 1],
        digits.trim_end_matches('0')
    )
}

/// A binary `numeric`: an integer when it has no fraction and fits, else a real.
fn numeric(raw: &[u8]) -> Result<Value, Box<dyn StdError + Sync + Send>> {
    let word = |i: usize| -> Result<i16, Box<dyn StdError + Sync + Send>> {
        let bytes = raw.get(i * 2..i * 2 + 2).ok_or("numeric: truncated")?;
        Ok(i16::from_be_bytes([bytes[0], bytes[1]]))
    };
    let ndigits = usize::try_from(word(0)?)?;
    let weight = i32::from(word(1)?);
    let sign = word(2)?.to_be_bytes();
    let dscale = word(3)?;
    if sign == [0xC0, 0] {
        return Ok(Value::Real(f64::NAN));
    }
    let negative = sign == [0x40, 0];
    let mut real = 0f64;
    let mut whole: i128 = 0;
    for i in 0..ndigits {
        let digit = i32::from(word(4 + i)?);
        let power = weight - i32::try_from(i)?;
        real += f64::from(digit) * 10_000f64.powi(power);
        if (0..8).contains(&power) {
            whole += i128::from(digit) * 10_000i128.pow(u32::try_from(power)?);
        }
    }
    if dscale == 0 && weight < 8 {
        if let Ok(n) = i64::try_from(if negative { -whole } else { whole }) {
            return Ok(Value::Integer(n));
        }
    }
    Ok(Value::Real(if negative { -real } else { real }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_fields_escape_what_the_text_format_reads_as_syntax() {
        let field = |v: Value| {
            let mut out = Vec::new();
            copy_field(&mut out, &v);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(field(Value::Null), r"\N");
        assert_eq!(field(Value::Integer(-42)), "-42");
        assert_eq!(field(Value::Text("plain Zoë".into())), "plain Zoë");
        assert_eq!(field(Value::Text("a\tb\nc\rd\\N".into())), r"a\tb\nc\rd\\N");
        assert_eq!(field(Value::Blob(vec![0, 0xab, 0xff])), r"\\x00abff");
    }

    #[test]
    fn placeholders_are_numbered_for_postgres_outside_quotes() {
        assert_eq!(
            placeholders("SELECT ?1, '?2', \"a?\", ? -- ?x\n, ?3"),
            "SELECT $1, '?2', \"a?\", $2 -- ?x\n, $3"
        );
    }

    #[test]
    fn timestamps_read_as_userctl_writes_them() {
        // 2026-11-23T18:00:00Z
        let pg = (1_795_456_800 * 1_000_000) - PG_EPOCH_MICROS;
        assert_eq!(timestamp(pg), "2026-11-23T18:00:00Z");
        assert_eq!(timestamp(pg + 250_000), "2026-11-23T18:00:00.25Z");
    }
}
