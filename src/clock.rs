//! Timestamps: ISO-8601 UTC text, as the schema contract stores them.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Now, as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now() -> String {
    format_unix(unix_now())
}

/// Seconds since the Unix epoch.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// `secs` seconds from now, as a timestamp (negative: in the past).
pub fn from_now(secs: i64) -> String {
    format_unix(unix_now().saturating_add(secs))
}

/// A Unix time as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian calendar).
pub fn format_unix(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// Parses an age or a span as an operator types it: `30s`, `30m`, `12h`, `90d`, `2w`.
/// Returns seconds.
pub fn parse_duration(text: &str) -> Option<i64> {
    let text = text.trim();
    let (i, unit) = text.char_indices().last()?;
    let num = &text[..i];
    if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = num.parse().ok()?;
    let secs = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86_400,
        'w' => 604_800,
        _ => return None,
    };
    n.checked_mul(secs)
}

/// Parses a date (`2026-11-01`, midnight UTC) or a timestamp (`2026-11-01T08:00:00Z`).
fn parse_date(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let date_ok = b.len() >= 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit());
    if !date_ok {
        return None;
    }
    match b.len() {
        10 => Some(format!("{text}T00:00:00Z")),
        20 if b[10] == b'T' && b[19] == b'Z' => Some(text.to_string()),
        _ => None,
    }
}

/// Parses what an operator types for "since": a date (`2026-11-01`), a timestamp
/// (`2026-11-01T08:00:00Z`), or an age (`30m`, `12h`, `7d`, `2w`) back from now.
/// Returns a timestamp comparable as text with the ones userctl writes.
pub fn parse_since(text: &str) -> Option<String> {
    let text = text.trim();
    match parse_duration(text) {
        Some(secs) => Some(from_now(-secs)),
        None => parse_date(text),
    }
}

/// Parses what an operator types for "until": a date, a timestamp, or a span
/// (`30d`) from now.
pub fn parse_until(text: &str) -> Option<String> {
    let text = text.trim();
    match parse_duration(text) {
        Some(secs) => Some(from_now(secs)),
        None => parse_date(text),
    }
}

/// Seconds from now until a timestamp as userctl writes them (`YYYY-MM-DDTHH:MM:SSZ`);
/// negative when it has passed, `None` when it does not read.
pub fn seconds_until(timestamp: &str) -> Option<i64> {
    let b = timestamp.as_bytes();
    if b.len() != 20 || b[10] != b'T' || b[19] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| timestamp.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
    // Days from civil (Howard Hinnant's algorithm), the inverse of `civil_from_days`.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let unix = days * 86_400 + hh * 3600 + mm * 60 + ss;
    Some(unix - unix_now())
}

/// Days since 1970-01-01 to (year, month, day); Howard Hinnant's algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let m = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// A pause of a fixed length (the delay after a failed authentication).
pub fn pause(d: Duration) {
    std::thread::sleep(d);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_until_reads_what_format_unix_writes() {
        for secs in [-86_400 * 400, -1, 0, 60, 3600, 86_400 * 800] {
            let t = from_now(secs);
            let got = seconds_until(&t).unwrap();
            assert!((secs - 1..=secs).contains(&got), "{t}: {got} vs {secs}");
        }
        assert_eq!(seconds_until("2026-01-01"), None);
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(format_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_unix(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_unix(1_795_392_000), "2026-11-23T00:00:00Z");
        assert_eq!(format_unix(-1), "1969-12-31T23:59:59Z");
    }

    #[test]
    fn parses_since() {
        assert_eq!(
            parse_since("2026-11-01").as_deref(),
            Some("2026-11-01T00:00:00Z")
        );
        assert_eq!(
            parse_since("2026-11-01T08:00:00Z").as_deref(),
            Some("2026-11-01T08:00:00Z")
        );
        assert!(parse_since("7d").is_some_and(|s| s < now()));
        assert_eq!(parse_since("7x"), None);
        assert_eq!(parse_since("yesterday"), None);
        assert_eq!(parse_since("2026-1-01"), None);
        assert_eq!(parse_duration("90d"), Some(90 * 86_400));
        assert_eq!(parse_duration("d"), None);
        assert!(parse_until("30d").is_some_and(|s| s > now()));
        assert_eq!(
            parse_until("2027-01-01").as_deref(),
            Some("2027-01-01T00:00:00Z")
        );
    }
}
