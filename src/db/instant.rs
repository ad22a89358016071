//! Stored timestamps as instants, in SQL: applications write them in many forms.

use super::Dialect;

/// SQL for the instant (Unix seconds) a stored timestamp names, whatever form an
/// application wrote it in: `YYYY-MM-DDTHH:MM:SSZ`, a space instead of `T`, fractional
/// seconds, a `Z` or `+HH:MM` offset, or Unix epoch seconds (integer, real, or digits as
/// text; above [`MILLISECONDS_ABOVE`], milliseconds). NULL for NULL or an unreadable
/// value. Compare these, never the text: SQLite orders `'2026-11-23 18:00:00'` before `'2026-11-23T09:00:00Z'`.
pub fn sql_instant(dialect: Dialect, column: &str) -> String {
    if dialect == Dialect::Postgres {
        // A timestamptz column (or a placeholder read as one): one form only.
        return format!("CAST(floor(EXTRACT(EPOCH FROM CAST({column} AS timestamptz))) AS BIGINT)");
    }
    let epoch = |number: String| {
        format!(
            "CAST(CASE WHEN {number} > {MILLISECONDS_ABOVE} THEN {number} / 1000.0 ELSE {number} END AS INTEGER)"
        )
    };
    format!(
        "(CASE WHEN typeof({column}) IN ('integer', 'real') THEN {} \
         WHEN {column} GLOB '[0-9]*' AND {column} NOT GLOB '*[^0-9.]*' THEN {} \
         ELSE unixepoch({column}) END)",
        epoch(column.to_string()),
        epoch(format!("CAST({column} AS REAL)"))
    )
}

/// SQL to order rows by the instant a stored timestamp names (newest first with `DESC`).
/// On a server the column is a `timestamptz`, whose order is its instants' order: the
/// column itself, so that its index serves the order (a `LIMIT` then stops early rather
/// than sorting every row). Within one second a server orders by the fraction an
/// application wrote, where SQLite's whole seconds leave the tie to the next key.
pub fn sql_instant_order(dialect: Dialect, column: &str) -> String {
    match dialect {
        Dialect::Postgres => column.to_string(),
        Dialect::Sqlite => sql_instant(dialect, column),
    }
}

/// SQL: whether the instant a stored timestamp names is at or after `unix` (an
/// expression in whole Unix seconds). On a server, the `timestamptz` column itself is
/// compared (its instant's whole seconds reach `unix` exactly when it does), so an
/// index on the column serves the range.
pub fn sql_at_or_after(dialect: Dialect, column: &str, unix: &str) -> String {
    match dialect {
        Dialect::Postgres => format!("{column} >= to_timestamp(CAST({unix} AS BIGINT))"),
        Dialect::Sqlite => format!("{} >= {unix}", sql_instant(dialect, column)),
    }
}

/// SQL for now, in Unix seconds. On a server, the time the statement started, not the
/// transaction (`now()`): a timestamp userctl wrote earlier in the same transaction
/// (its clock read after `BEGIN`) is then never in the future of "now".
pub fn sql_now(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => "unixepoch()",
        Dialect::Postgres => "CAST(floor(EXTRACT(EPOCH FROM statement_timestamp())) AS BIGINT)",
    }
}

/// SQL for the timestamp (`YYYY-MM-DDTHH:MM:SSZ`, as userctl writes them) of `unix`,
/// an expression in Unix seconds.
pub fn sql_timestamp(dialect: Dialect, unix: &str) -> String {
    match dialect {
        Dialect::Sqlite => format!("strftime('%Y-%m-%dT%H:%M:%SZ', {unix}, 'unixepoch')"),
        Dialect::Postgres => format!(
            "to_char(to_timestamp({unix}) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
        ),
    }
}

/// An epoch number above this is in milliseconds (JavaScript's `Date.now()`): as
/// seconds it would be past the year 5000.
pub const MILLISECONDS_ABOVE: i64 = 100_000_000_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sql_instants_read_every_form_applications_write() {
        use crate::db::Value::{self, Integer, Null, Real, Text};
        let conn = crate::db::Conn::Sqlite(rusqlite::Connection::open_in_memory().unwrap());
        let expr = sql_instant(Dialect::Sqlite, "?1");
        let instant = |v: Value| -> Option<i64> {
            conn.query_row(&format!("SELECT {expr}"), [v], |r| r.get(0))
                .unwrap()
        };
        let t = 1_795_456_800; // 2026-11-23T18:00:00Z
        for text in [
            "2026-11-23T18:00:00Z",
            "2026-11-23 18:00:00",
            "2026-11-23T18:00:00.250Z",
            "2026-11-23 18:00:00.999999",
            "2026-11-23T20:00:00+02:00",
            "2026-11-23T13:00:00-05:00",
            "1795456800",
            "1795456800.5",
        ] {
            assert_eq!(instant(Text(text.into())), Some(t), "{text}");
        }
        assert_eq!(instant(Integer(t)), Some(t));
        assert_eq!(instant(Integer(t * 1000 + 999)), Some(t));
        assert_eq!(instant(Text("1795456800250".into())), Some(t));
        assert_eq!(instant(Real(1_795_456_800_250.0)), Some(t));
        assert_eq!(
            instant(Integer(MILLISECONDS_ABOVE)),
            Some(MILLISECONDS_ABOVE)
        );
        assert_eq!(instant(Integer(MILLISECONDS_ABOVE + 1)), Some(100_000_000));
        assert_eq!(instant(Real(1_795_456_800.7)), Some(t));
        assert_eq!(instant(Null), None);
        assert_eq!(instant(Text("soon".into())), None);
    }
}
