//! Access that ends by itself (`--until` on `user role`, `user grant`, `group add` and
//! `access grant`): the stored end, and the SQL that honours it at read time. No daemon
//! removes anything: a grant, a membership or a temporary role whose end has passed is
//! simply not read as access, by userctl, by the `effective_permissions` view and by
//! the query the application guide documents.
//!
//! - `user_permissions.ends_at`, `group_members.ends_at`, `resource_grants.ends_at`:
//!   the row gives nothing from that instant on (NULL: never ends).
//! - `users.temporary_role` with `users.temporary_role_ends_at`: until that instant the
//!   account has the temporary role; from then on it is back to `users.role`, which
//!   always holds the role it goes back to. An application that reads only
//!   `users.role` therefore never keeps a promotion past its end.
//!
//! The guard does not count management that ends at a time (see
//! `db::access::login_holders`): a temporary admin is never the one that keeps the
//! database managed.

use super::{instant, Dialect};

/// SQL: whether an end column (`column`, NULL for never) has not come yet.
pub fn live_sql(d: Dialect, column: &str) -> String {
    format!(
        "({column} IS NULL OR {} > {})",
        instant::sql_instant(d, column),
        instant::sql_now(d)
    )
}

/// SQL: whether the account (columns prefixed `row`, e.g. `u.`) has a temporary role
/// now.
pub fn temporary_sql(d: Dialect, row: &str) -> String {
    format!(
        "({row}temporary_role IS NOT NULL AND {} > {})",
        instant::sql_instant(d, &format!("{row}temporary_role_ends_at")),
        instant::sql_now(d)
    )
}

/// SQL: the role an account has now: its temporary role until that ends, then
/// `users.role`.
pub fn role_sql(d: Dialect, row: &str) -> String {
    format!(
        "(CASE WHEN {} THEN {row}temporary_role ELSE {row}role END)",
        temporary_sql(d, row)
    )
}

/// SQL: when the account's temporary role ends, as userctl writes timestamps; NULL
/// without one now.
pub fn role_ends_sql(d: Dialect, row: &str) -> String {
    format!(
        "(CASE WHEN {} THEN {} END)",
        temporary_sql(d, row),
        end_text_sql(d, &format!("{row}temporary_role_ends_at"))
    )
}

/// SQL: an end column as userctl writes timestamps (`YYYY-MM-DDTHH:MM:SSZ`), whatever
/// form it was written in; NULL for never.
pub fn end_text_sql(d: Dialect, column: &str) -> String {
    format!(
        "(CASE WHEN {column} IS NOT NULL THEN coalesce({}, CAST({column} AS TEXT)) END)",
        instant::sql_timestamp(d, &instant::sql_instant(d, column))
    )
}

/// SQL: whether the role an account has now ([`role_sql`]) matches `test` (`= ?1`,
/// `IN (…)`), written so that each branch can use an index on its column.
pub fn role_matches_sql(d: Dialect, row: &str, test: &str) -> String {
    let temporary = temporary_sql(d, row);
    format!(
        "(({row}role {test} AND NOT {temporary}) OR ({row}temporary_role {test} AND {temporary}))"
    )
}
