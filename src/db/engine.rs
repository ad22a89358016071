//! One handle over both engines: [`Conn`] is an SQLite file or a PostgreSQL session,
//! and the store's SQL runs on either through the same calls (`execute`, `query_row`,
//! `query_map`, `prepare`). The SQL is written once, with `?1`-style placeholders
//! (rewritten to `$1` for PostgreSQL); where the engines really differ, the store asks
//! [`Conn::dialect`] for the clause.
//!
//! Values cross the seam as [`Value`]s: integers, reals, text, blobs and NULL, as
//! SQLite stores them. PostgreSQL's booleans read as 0/1 and its `timestamptz` as
//! `YYYY-MM-DDTHH:MM:SSZ` text, so the domain sees one shape of row on both engines.

use std::cell::Cell;
use std::ops::Deref;

use anyhow::{anyhow, bail, Result};

use super::postgres::Session;

/// A connection to the database: the handle the domain passes around.
pub enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres(Box<Session>),
}

/// Which engine a [`Conn`] talks to, for the few clauses written per engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A value as the store binds or reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// A borrowed [`Value`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueRef<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl Value {
    pub fn as_ref(&self) -> ValueRef<'_> {
        match self {
            Value::Null => ValueRef::Null,
            Value::Integer(i) => ValueRef::Integer(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(t) => ValueRef::Text(t),
            Value::Blob(b) => ValueRef::Blob(b),
        }
    }
}

impl ValueRef<'_> {
    fn kind(self) -> &'static str {
        match self {
            ValueRef::Null => "NULL",
            ValueRef::Integer(_) => "an integer",
            ValueRef::Real(_) => "a real",
            ValueRef::Text(_) => "text",
            ValueRef::Blob(_) => "a blob",
        }
    }
}

/// A Rust value bound to a placeholder.
pub trait ToSql {
    fn to_value(&self) -> ValueRef<'_>;
}

macro_rules! integer_to_sql {
    ($($t:ty),*) => {$(
        impl ToSql for $t {
            fn to_value(&self) -> ValueRef<'_> {
                ValueRef::Integer(i64::from(*self))
            }
        }
    )*};
}
integer_to_sql!(i64, i32, u32, u16, u8, i16);

impl ToSql for usize {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Integer(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl ToSql for u64 {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Integer(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl ToSql for bool {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Integer(i64::from(*self))
    }
}

impl ToSql for f64 {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Real(*self)
    }
}

impl ToSql for str {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Text(self)
    }
}

impl ToSql for String {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Text(self)
    }
}

impl ToSql for [u8] {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Blob(self)
    }
}

impl ToSql for Vec<u8> {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Blob(self)
    }
}

impl ToSql for Value {
    fn to_value(&self) -> ValueRef<'_> {
        self.as_ref()
    }
}

impl ToSql for ValueRef<'_> {
    fn to_value(&self) -> ValueRef<'_> {
        *self
    }
}

impl<T: ToSql + ?Sized> ToSql for &T {
    fn to_value(&self) -> ValueRef<'_> {
        (**self).to_value()
    }
}

impl<T: ToSql> ToSql for Option<T> {
    fn to_value(&self) -> ValueRef<'_> {
        self.as_ref().map_or(ValueRef::Null, ToSql::to_value)
    }
}

impl<T: ToSql + ?Sized> ToSql for Box<T> {
    fn to_value(&self) -> ValueRef<'_> {
        (**self).to_value()
    }
}

impl<T: ToSql + zeroize::Zeroize> ToSql for zeroize::Zeroizing<T> {
    fn to_value(&self) -> ValueRef<'_> {
        (**self).to_value()
    }
}

/// The values bound to a statement's placeholders, in order.
pub trait Params {
    fn values(&self) -> Vec<ValueRef<'_>>;
}

impl Params for () {
    fn values(&self) -> Vec<ValueRef<'_>> {
        Vec::new()
    }
}

impl Params for &[&dyn ToSql] {
    fn values(&self) -> Vec<ValueRef<'_>> {
        self.iter().map(|v| v.to_value()).collect()
    }
}

impl<T: ToSql, const N: usize> Params for [T; N] {
    fn values(&self) -> Vec<ValueRef<'_>> {
        self.iter().map(ToSql::to_value).collect()
    }
}

macro_rules! tuple_params {
    ($($name:ident $idx:tt),+) => {
        impl<$($name: ToSql),+> Params for ($($name,)+) {
            fn values(&self) -> Vec<ValueRef<'_>> {
                vec![$(self.$idx.to_value()),+]
            }
        }
    };
}
tuple_params!(A 0);
tuple_params!(A 0, B 1);
tuple_params!(A 0, B 1, C 2);
tuple_params!(A 0, B 1, C 2, D 3);
tuple_params!(A 0, B 1, C 2, D 3, E 4);
tuple_params!(A 0, B 1, C 2, D 3, E 4, F 5);

/// Values from an iterator, bound in order.
pub struct ParamsFromIter<T>(Vec<T>);

/// Binds the items of `iter` in order.
pub fn params_from_iter<T: ToSql, I: IntoIterator<Item = T>>(iter: I) -> ParamsFromIter<T> {
    ParamsFromIter(iter.into_iter().collect())
}

impl<T: ToSql> Params for ParamsFromIter<T> {
    fn values(&self) -> Vec<ValueRef<'_>> {
        self.0.iter().map(ToSql::to_value).collect()
    }
}

/// Binds values of different types in order: `params![id, name]`.
#[macro_export]
macro_rules! params {
    () => { () };
    ($($v:expr),+ $(,)?) => {
        &[$(&$v as &dyn $crate::db::ToSql),+] as &[&dyn $crate::db::ToSql]
    };
}
pub use crate::params;

/// A Rust value read from a column.
pub trait FromSql: Sized {
    fn from_value(value: ValueRef<'_>) -> Result<Self, String>;
}

fn mismatch<T>(wanted: &str, found: ValueRef<'_>) -> Result<T, String> {
    Err(format!("expected {wanted}, found {}", found.kind()))
}

impl FromSql for i64 {
    fn from_value(value: ValueRef<'_>) -> Result<Self, String> {
        match value {
            ValueRef::Integer(i) => Ok(i),
            other => mismatch("an integer", other),
        }
    }
}

macro_rules! narrow_from_sql {
    ($($t:ty),*) => {$(
        impl FromSql for $t {
            fn from_value(value: ValueRef<'_>) -> Result<Self, String> {
                let wide = i64::from_value(value)?;
                <$t>::try_from(wide).map_err(|_| format!("{wide} is out of range"))
            }
        }
    )*};
}
narrow_from_sql!(i32, u32, u64, usize, u16, u8);

impl FromSql for bool {
    fn from_value(value: ValueRef<'_>) -> Result<Self, String> {
        match value {
            ValueRef::Integer(i) => Ok(i != 0),
            other => mismatch("an integer", other),
        }
    }
}

impl FromSql for f64 {
    #[allow(clippy::cast_precision_loss)]
    fn from_value(value: ValueRef<'_>) -> Result<Self, String> {
        match value {
            ValueRef::Real(f) => Ok(f),
            ValueRef::Integer(i) => Ok(i as f64),
            other => mismatch("a number", other),
        }
    }
}

impl FromSql for String {
    fn from_value(value: ValueRef<'_>) -> Result<Self, String> {
        match value {
            ValueRef::Text(t) => Ok(t.to_string()),
            other => mismatch("text", other),
        }
    }
}

impl FromSql for Vec<u8> {
    fn from_value(value: ValueRef<'_>) -> Result<Self, String> {
        match value {
            ValueRef::Blob(b) => Ok(b.to_vec()),
            ValueRef::Text(t) => Ok(t.as_bytes().to_vec()),
            other => mismatch("a blob", other),
        }
    }
}

impl FromSql for Value {
    fn from_value(value: ValueRef<'_>) -> Result<Self, String> {
        Ok(match value {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => Value::Integer(i),
            ValueRef::Real(f) => Value::Real(f),
            ValueRef::Text(t) => Value::Text(t.to_string()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        })
    }
}

impl<T: FromSql> FromSql for Option<T> {
    fn from_value(value: ValueRef<'_>) -> Result<Self, String> {
        match value {
            ValueRef::Null => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
}

/// One row of a result, as the closures of `query_row` and `query_map` see it.
pub struct Row<'a> {
    inner: RowInner<'a>,
}

enum RowInner<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Values(&'a [Value]),
}

impl<'a> Row<'a> {
    pub(super) fn values(values: &'a [Value]) -> Row<'a> {
        Row {
            inner: RowInner::Values(values),
        }
    }

    /// Column `idx` (from 0) as a `T`.
    pub fn get<T: FromSql>(&self, idx: usize) -> Result<T> {
        let read = |value: ValueRef<'_>| {
            T::from_value(value).map_err(|e| anyhow!("reading column {idx}: {e}"))
        };
        match &self.inner {
            RowInner::Sqlite(row) => {
                let value = row.get_ref(idx)?;
                match value {
                    rusqlite::types::ValueRef::Null => read(ValueRef::Null),
                    rusqlite::types::ValueRef::Integer(i) => read(ValueRef::Integer(i)),
                    rusqlite::types::ValueRef::Real(f) => read(ValueRef::Real(f)),
                    rusqlite::types::ValueRef::Text(t) => {
                        read(ValueRef::Text(std::str::from_utf8(t).map_err(|e| {
                            anyhow!("reading column {idx}: not UTF-8: {e}")
                        })?))
                    }
                    rusqlite::types::ValueRef::Blob(b) => read(ValueRef::Blob(b)),
                }
            }
            RowInner::Values(values) => read(
                values
                    .get(idx)
                    .ok_or_else(|| anyhow!("no column {idx} in the result"))?
                    .as_ref(),
            ),
        }
    }
}

/// A query that was to return one row returned none; [`OptionalExtension::optional`]
/// turns it into `None`.
#[derive(Debug)]
pub struct NoRows;

impl std::fmt::Display for NoRows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the query returned no rows")
    }
}

impl std::error::Error for NoRows {}

/// `query_row(…).optional()`: no row is `None`, not an error.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is::<NoRows>() => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// Binds `values` to an SQLite statement's placeholders, in order.
fn bind_sqlite(stmt: &mut rusqlite::Statement<'_>, values: &[ValueRef<'_>]) -> Result<()> {
    let expected = stmt.parameter_count();
    if values.len() != expected {
        return Err(rusqlite::Error::InvalidParameterCount(values.len(), expected).into());
    }
    for (i, value) in values.iter().enumerate() {
        let idx = i + 1;
        match *value {
            ValueRef::Null => stmt.raw_bind_parameter(idx, rusqlite::types::Null)?,
            ValueRef::Integer(v) => stmt.raw_bind_parameter(idx, v)?,
            ValueRef::Real(v) => stmt.raw_bind_parameter(idx, v)?,
            ValueRef::Text(v) => stmt.raw_bind_parameter(idx, v)?,
            ValueRef::Blob(v) => stmt.raw_bind_parameter(idx, v)?,
        }
    }
    Ok(())
}

impl Conn {
    /// The engine behind this handle.
    pub fn dialect(&self) -> Dialect {
        match self {
            Conn::Sqlite(_) => Dialect::Sqlite,
            Conn::Postgres(_) => Dialect::Postgres,
        }
    }

    /// The SQLite connection, for what only SQLite has (pragmas, the file); an error
    /// naming `what` on PostgreSQL.
    pub fn sqlite(&self, what: &str) -> Result<&rusqlite::Connection> {
        match self {
            Conn::Sqlite(c) => Ok(c),
            Conn::Postgres(_) => bail!("{what} is only possible on an SQLite database"),
        }
    }

    /// The SQLite connection itself; an error on PostgreSQL.
    pub fn into_sqlite(self) -> Result<rusqlite::Connection> {
        match self {
            Conn::Sqlite(c) => Ok(c),
            Conn::Postgres(_) => bail!("this is only possible on an SQLite database"),
        }
    }

    /// Runs one statement; the number of rows it changed.
    pub fn execute(&self, sql: &str, params: impl Params) -> Result<usize> {
        self.prepare(sql)?.execute(params)
    }

    /// Runs statements separated by `;`, without parameters.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match self {
            Conn::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Conn::Postgres(s) => s.batch(sql),
        }
    }

    /// The first row of a query, mapped by `f`; [`NoRows`] when there is none.
    pub fn query_row<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.prepare(sql)?.query_row(params, f)
    }

    /// Every row of a query, mapped by `f`.
    pub fn query_map<T>(
        &self,
        sql: &str,
        params: impl Params,
        f: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut stmt = self.prepare(sql)?;
        let rows = stmt.query_map(params, f)?;
        rows.collect()
    }

    /// A prepared statement, kept in the connection's cache for the next call.
    pub fn prepare(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(Statement {
            inner: match self {
                Conn::Sqlite(c) => StatementInner::Sqlite(c.prepare_cached(sql)?),
                Conn::Postgres(s) => StatementInner::Postgres(s, s.prepare(sql)?),
            },
        })
    }

    /// Sets an SQLite pragma; an error on PostgreSQL.
    pub fn pragma_update(
        &self,
        schema: Option<&str>,
        name: &str,
        value: impl rusqlite::ToSql,
    ) -> Result<()> {
        Ok(self
            .sqlite("a pragma")?
            .pragma_update(schema, name, value)?)
    }

    /// Reads an SQLite pragma; an error on PostgreSQL.
    pub fn pragma_query_value<T>(
        &self,
        schema: Option<&str>,
        name: &str,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.sqlite("a pragma")?;
        let sql = match schema {
            Some(schema) => format!("PRAGMA {schema}.{name}"),
            None => format!("PRAGMA {name}"),
        };
        self.query_row(&sql, (), f)
    }

    /// Same as [`Conn::prepare`].
    pub fn prepare_cached(&self, sql: &str) -> Result<Statement<'_>> {
        self.prepare(sql)
    }
}

/// A prepared statement of either engine. Parameters are taken by value, as
/// rusqlite's are, so `params![…]`, tuples and arrays read the same at every call.
pub struct Statement<'c> {
    inner: StatementInner<'c>,
}

enum StatementInner<'c> {
    Sqlite(rusqlite::CachedStatement<'c>),
    Postgres(&'c Session, postgres::Statement),
}

/// The rows of a query, each mapped.
pub type MappedRows<'s, T> = Box<dyn Iterator<Item = Result<T>> + 's>;

#[allow(clippy::needless_pass_by_value)]
impl Statement<'_> {
    /// Runs it; the number of rows it changed.
    pub fn execute(&mut self, params: impl Params) -> Result<usize> {
        let values = params.values();
        match &mut self.inner {
            StatementInner::Sqlite(stmt) => {
                bind_sqlite(stmt, &values)?;
                Ok(stmt.raw_execute()?)
            }
            StatementInner::Postgres(session, stmt) => session.execute(stmt, &values),
        }
    }

    /// Every row, mapped by `f`. On SQLite rows are read as the iterator advances; on
    /// PostgreSQL they have all arrived when this returns.
    pub fn query_map<'s, T: 's>(
        &'s mut self,
        params: impl Params,
        mut f: impl FnMut(&Row<'_>) -> Result<T> + 's,
    ) -> Result<MappedRows<'s, T>> {
        let values = params.values();
        match &mut self.inner {
            StatementInner::Sqlite(stmt) => {
                bind_sqlite(stmt, &values)?;
                let mut rows = stmt.raw_query();
                Ok(Box::new(std::iter::from_fn(move || match rows.next() {
                    Ok(Some(row)) => Some(f(&Row {
                        inner: RowInner::Sqlite(row),
                    })),
                    Ok(None) => None,
                    Err(e) => Some(Err(e.into())),
                })))
            }
            StatementInner::Postgres(session, stmt) => {
                let rows = session.query(stmt, &values)?;
                Ok(Box::new(
                    rows.into_iter().map(move |values| f(&Row::values(&values))),
                ))
            }
        }
    }

    /// The rows, to be read one by one.
    pub fn query(&mut self, params: impl Params) -> Result<Rows<'_>> {
        let values = params.values();
        Ok(Rows {
            inner: match &mut self.inner {
                StatementInner::Sqlite(stmt) => {
                    bind_sqlite(stmt, &values)?;
                    RowsInner::Sqlite(stmt.raw_query())
                }
                StatementInner::Postgres(session, stmt) => {
                    RowsInner::Values(session.query(stmt, &values)?.into_iter(), None)
                }
            },
        })
    }

    /// The first row, mapped by `f`; [`NoRows`] when there is none.
    pub fn query_row<T>(
        &mut self,
        params: impl Params,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut rows = self.query(params)?;
        match rows.next()? {
            Some(row) => f(&row),
            None => Err(NoRows.into()),
        }
    }

    /// Whether the query returns a row.
    pub fn exists(&mut self, params: impl Params) -> Result<bool> {
        Ok(self
            .query_map(params, |_| Ok(()))?
            .next()
            .transpose()?
            .is_some())
    }
}

/// The rows of a query, read one by one with [`Rows::next`].
pub struct Rows<'s> {
    inner: RowsInner<'s>,
}

enum RowsInner<'s> {
    Sqlite(rusqlite::Rows<'s>),
    Values(std::vec::IntoIter<Vec<Value>>, Option<Vec<Value>>),
}

impl Rows<'_> {
    /// The next row, or `None` after the last. (Not an `Iterator`: the row borrows
    /// from the cursor.)
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        match &mut self.inner {
            RowsInner::Sqlite(rows) => Ok(rows.next()?.map(|r| Row {
                inner: RowInner::Sqlite(r),
            })),
            RowsInner::Values(rows, current) => {
                *current = rows.next();
                Ok(current.as_deref().map(Row::values))
            }
        }
    }
}

/// A transaction on a [`Conn`]: it derefs to the connection, so every store function
/// taking `&Conn` works inside it too. The caller commits; dropping it rolls back.
pub struct Tx<'a> {
    conn: &'a Conn,
    open: Cell<bool>,
}

impl<'a> Tx<'a> {
    pub(super) fn started(conn: &'a Conn) -> Tx<'a> {
        Tx {
            conn,
            open: Cell::new(true),
        }
    }

    /// Makes the transaction's changes permanent.
    pub fn commit(self) -> Result<()> {
        self.open.set(false);
        self.conn.execute_batch("COMMIT")
    }

    /// Undoes the transaction's changes.
    pub fn rollback(self) -> Result<()> {
        self.open.set(false);
        self.conn.execute_batch("ROLLBACK")
    }
}

impl Deref for Tx<'_> {
    type Target = Conn;
    fn deref(&self) -> &Conn {
        self.conn
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if self.open.get() {
            // A failed rollback leaves nothing to undo: the engine ended the
            // transaction itself (SQLite after some errors, PostgreSQL on a lost
            // connection).
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}
