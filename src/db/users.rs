//! SQL for the `users` table: typed rows in and out, nothing else.

use std::fmt;
use std::str::FromStr;

use super::{Conn, Dialect, OptionalExtension, Row, Value};
use crate::params;
use anyhow::Result;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::{ends, instant};
use crate::clock;
use crate::error::{refuse, Refusal};

/// An account's status, as stored in `users.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Active,
    Inactive,
    Invited,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Inactive => "inactive",
            Status::Invited => "invited",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "active" => Ok(Status::Active),
            "inactive" | "disabled" | "suspended" => Ok(Status::Inactive),
            "invited" => Ok(Status::Invited),
            other => Err(format!(
                "unknown status '{other}' (expected active, inactive or invited)"
            )),
        }
    }
}

/// One row of `users`, without the password hash and the TOTP secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub email: Option<String>,
    /// `name` in JSON and CSV, like the `name` column `import-csv` reads.
    #[serde(rename = "name")]
    pub display_name: String,
    pub role: String,
    pub status: Status,
    pub must_change_password: bool,
    pub two_factor: bool,
    pub has_password: bool,
    pub created_at: String,
    pub updated_at: String,
    pub last_login_at: Option<String>,
    pub status_reason: Option<String>,
    /// The import source that manages the account (`None`: managed by hand).
    pub managed_by: Option<String>,
    /// The latest of its last login, any session's last activity and any API key's
    /// last use, as `YYYY-MM-DDTHH:MM:SSZ`; `None` when it was never used.
    pub last_active_at: Option<String>,
    /// After this instant the account may not log in (`None`: never).
    pub expires_at: Option<String>,
    /// `person` (logs in with a password) or `service` (API keys only).
    pub kind: String,
    /// Wrong passwords since the last successful login or unlock.
    pub failed_logins: i64,
    /// While locked after too many failed logins: when the lock ends (`None`: not
    /// locked, also once an earlier lock has passed).
    pub locked_until: Option<String>,
    /// While `role` is a temporary role (`user role --until`): when it ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_until: Option<String>,
    /// While `role` is a temporary role: the role the account goes back to then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_after: Option<String>,
}

/// The columns [`from_row`] reads (21), from `users`. `role` is the role the account
/// has now (a temporary one until it ends).
fn columns(d: Dialect) -> String {
    format!(
        "id, username, email, display_name, {role}, status, must_change_password, \
         totp_secret IS NOT NULL, password_hash IS NOT NULL, created_at, updated_at, last_login_at, \
         status_reason, managed_by, last_active_at, expires_at, kind, coalesce(failed_logins, 0), {}, \
         {}, CASE WHEN {temporary} THEN role END",
        super::lockout::locked_until_sql(d),
        ends::role_ends_sql(d, ""),
        role = ends::role_sql(d, ""),
        temporary = ends::temporary_sql(d, ""),
    )
}

/// Below every instant an application writes: stands for "never" inside `max()`,
/// which is NULL as soon as one argument is.
const NEVER: &str = "-4611686018427387904";

/// SQL for the instant (Unix seconds) an account was last active, worked out from the
/// rows: the latest of its last login, any session's last activity (its creation when
/// the application never updates `last_seen_at`; impersonation sessions aside) and any
/// API key's last use, whatever form the application wrote them in; NULL when there is
/// none. Reads the row as `users`. Revision 3 fills `users.last_active_at` from it once
/// (a unit test holds the migration to it); the schema's triggers keep the column since.
pub fn last_active_sql(d: Dialect) -> String {
    let greatest = d.greatest();
    let login = instant::sql_instant(d, "users.last_login_at");
    let seen = instant::sql_instant(d, "s.last_seen_at");
    let opened = instant::sql_instant(d, "s.created_at");
    let used = instant::sql_instant(d, "k.last_used_at");
    format!(
        "nullif({greatest}(coalesce({login}, {NEVER}), \
         coalesce((SELECT max(coalesce({seen}, {opened})) FROM sessions s WHERE s.user_id = users.id AND s.impersonator IS NULL), {NEVER}), \
         coalesce((SELECT max({used}) FROM api_keys k WHERE k.user_id = users.id), {NEVER})), {NEVER})"
    )
}

/// `SELECT {columns} FROM users`.
fn select(d: Dialect) -> String {
    format!("SELECT {} FROM users", columns(d))
}

fn from_row(r: &Row<'_>) -> Result<User> {
    let status: String = r.get(5)?;
    Ok(User {
        id: r.get(0)?,
        username: r.get(1)?,
        email: r.get(2)?,
        display_name: r.get(3)?,
        role: r.get(4)?,
        status: status.parse().unwrap_or(Status::Inactive),
        must_change_password: r.get(6)?,
        two_factor: r.get(7)?,
        has_password: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
        last_login_at: r.get(11)?,
        status_reason: r.get(12)?,
        managed_by: r.get(13)?,
        last_active_at: r.get(14)?,
        expires_at: r.get::<Option<Value>>(15)?.map(|v| match v {
            Value::Text(t) => t,
            Value::Integer(i) => i.to_string(),
            Value::Real(f) => f.to_string(),
            _ => String::new(),
        }),
        kind: r.get(16)?,
        failed_logins: r.get(17)?,
        locked_until: r.get(18)?,
        role_until: r.get(19)?,
        role_after: r.get(20)?,
    })
}

/// A new account, already validated.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: String,
    pub email: Option<String>,
    pub display_name: String,
    pub role: String,
    pub status: Status,
    /// A PHC string; `None` for an invited account.
    pub password_hash: Option<String>,
    pub must_change_password: bool,
}

/// An active account `name` (`name@example.com`) with `role` and `password_hash`,
/// for unit tests that need accounts in a database.
///
/// # Panics
/// When the insert fails (a test's setup is wrong).
#[cfg(test)]
pub fn insert_for_test(conn: &Conn, name: &str, role: &str, password_hash: Option<&str>) -> i64 {
    insert(
        conn,
        &NewUser {
            username: name.into(),
            email: Some(format!("{name}@example.com")),
            display_name: String::new(),
            role: role.into(),
            status: Status::Active,
            password_hash: password_hash.map(str::to_string),
            must_change_password: false,
        },
    )
    .expect("insert a test account")
}

/// Rewrites an account's status, kind and expiry as an application might (the
/// expiry stored as given, text or a number), dropping its password unless
/// `keep_password`, for unit tests that build accounts in every state.
///
/// # Panics
/// When the update fails (a test's setup is wrong).
#[cfg(test)]
pub fn set_state_for_test(
    conn: &Conn,
    id: i64,
    status: &str,
    kind: &str,
    expires_at: Option<&super::Value>,
    keep_password: bool,
) {
    conn.execute(
        "UPDATE users SET status = ?2, kind = ?3, expires_at = ?4, \
         password_hash = CASE WHEN ?5 THEN password_hash END WHERE id = ?1",
        params![id, status, kind, expires_at, keep_password],
    )
    .expect("update a test account");
}

/// Finds a user by username or email, case-insensitively and after NFKC folding (the
/// form names and emails are stored in), so `ａｌｉｃｅ` finds `alice`.
pub fn find(conn: &Conn, key: &str) -> Result<Option<User>> {
    let d = conn.dialect();
    let key = key.trim().nfkc().collect::<String>().to_lowercase();
    let select = select(d);
    let sql = format!(
        "{select} WHERE username = ?1 \
         UNION {select} WHERE email = ?1 LIMIT 1"
    );
    conn.query_row(&sql, [&key], from_row).optional()
}

/// The (id, username) of the account [`find`] finds, read through the indexes alone
/// (a bulk verb looks up thousands of names under the write lock).
pub fn find_id(conn: &Conn, key: &str) -> Result<Option<(i64, String)>> {
    let key = key.trim().nfkc().collect::<String>().to_lowercase();
    conn.prepare_cached(
        "SELECT id, username FROM users WHERE username = ?1 \
             UNION SELECT id, username FROM users WHERE email = ?1 LIMIT 1",
    )?
    .query_row([&key], |r| Ok((r.get(0)?, r.get(1)?)))
    .optional()
}

/// Like [`find`], but a missing user is a not-found refusal.
pub fn get(conn: &Conn, key: &str) -> Result<User> {
    match find(conn, key)? {
        Some(user) => Ok(user),
        None => refuse(
            Refusal::not_found(format!("no user '{}'", key.trim()))
                .hint("`userctl user list --search TEXT` finds users by name or email"),
        ),
    }
}

/// A user by id (after it was found by name).
pub fn get_by_id(conn: &Conn, id: i64) -> Result<User> {
    let d = conn.dialect();
    let sql = format!("{} WHERE id = ?1", select(d));
    // Cached: authorising a bulk change reads two accounts per target.
    match conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?
    {
        Some(user) => Ok(user),
        None => refuse(Refusal::not_found(format!("no user with id {id}"))),
    }
}

/// The stored password hash of a user (`None` while invited).
pub fn password_hash(conn: &Conn, id: i64) -> Result<Option<String>> {
    conn.prepare_cached("SELECT password_hash FROM users WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
}

/// Refuses with a conflict when the username or email is taken by another account.
pub fn ensure_free(
    conn: &Conn,
    username: &str,
    email: Option<&str>,
    except_id: Option<i64>,
) -> Result<()> {
    let except = except_id.unwrap_or(-1);
    let taken: Option<i64> = conn
        .query_row(
            "SELECT id FROM users WHERE username = ?1 AND id <> ?2",
            params![username, except],
            |r| r.get(0),
        )
        .optional()?;
    if taken.is_some() {
        return refuse(Refusal::conflict(format!(
            "username '{username}' is already taken"
        )));
    }
    if let Some(email) = email {
        let holder: Option<String> = conn
            .query_row(
                "SELECT username FROM users WHERE email = ?1 AND id <> ?2",
                params![email, except],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(holder) = holder {
            return refuse(Refusal::conflict(format!(
                "email '{email}' is already used by '{holder}'"
            )));
        }
    }
    Ok(())
}

/// Inserts a new account; returns its id. The caller has checked [`ensure_free`]; a
/// username or email taken meanwhile fails the UNIQUE constraint. The statement is
/// cached: `import-csv` inserts many accounts in one transaction.
pub fn insert(conn: &Conn, user: &NewUser) -> Result<i64> {
    let now = clock::now();
    conn.prepare_cached(
        "INSERT INTO users (username, email, display_name, password_hash, role, status, \
         must_change_password, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) RETURNING id",
    )?
    .query_row(
        params![
            user.username,
            user.email,
            user.display_name,
            user.password_hash,
            user.role,
            user.status.as_str(),
            user.must_change_password,
            now
        ],
        |r| r.get(0),
    )
}

/// Changes username, email and display name (only the given ones).
pub fn update_profile(
    conn: &Conn,
    id: i64,
    username: Option<&str>,
    email: Option<Option<&str>>,
    display_name: Option<&str>,
) -> Result<()> {
    let now = clock::now();
    if let Some(username) = username {
        conn.execute(
            "UPDATE users SET username = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, username, now],
        )?;
    }
    if let Some(email) = email {
        conn.execute(
            "UPDATE users SET email = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, email, now],
        )?;
    }
    if let Some(name) = display_name {
        conn.execute(
            "UPDATE users SET display_name = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, name, now],
        )?;
    }
    Ok(())
}

/// The ids of the accounts that have a role now.
pub fn ids_with_role(conn: &Conn, role: &str) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id FROM users WHERE {}",
        ends::role_matches_sql(conn.dialect(), "", "= ?1")
    ))?;
    let rows = stmt.query_map([role], |r| r.get(0))?;
    rows.collect::<Result<_, _>>()
}

/// Sets the role for good (a temporary role ends with it).
pub fn set_role(conn: &Conn, id: i64, role: &str) -> Result<()> {
    conn.execute(
        "UPDATE users SET role = ?2, temporary_role = NULL, temporary_role_ends_at = NULL, \
         updated_at = ?3 WHERE id = ?1",
        params![id, role, clock::now()],
    )?;
    Ok(())
}

/// Gives a temporary role until `ends`; `users.role` keeps the role it goes back to.
pub fn set_temporary_role(conn: &Conn, id: i64, role: &str, ends: &str) -> Result<()> {
    conn.execute(
        "UPDATE users SET temporary_role = ?2, temporary_role_ends_at = ?3, updated_at = ?4 \
         WHERE id = ?1",
        params![id, role, ends, clock::now()],
    )?;
    Ok(())
}

/// Sets the status and the reason for it (`None` clears the reason).
pub fn set_status(conn: &Conn, id: i64, status: Status, reason: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE users SET status = ?2, status_reason = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, status.as_str(), reason, clock::now()],
    )?;
    Ok(())
}

/// Sets the password hash (a PHC string) and the must-change flag.
pub fn set_password_hash(
    conn: &Conn,
    id: i64,
    hash: &str,
    must_change_password: bool,
) -> Result<()> {
    conn.execute(
        "UPDATE users SET password_hash = ?2, must_change_password = ?3, updated_at = ?4 \
         WHERE id = ?1",
        params![id, hash, must_change_password, clock::now()],
    )?;
    Ok(())
}

/// Replaces the hash only, keeping `updated_at` (a transparent rehash at verify).
pub fn replace_hash(conn: &Conn, id: i64, hash: &str) -> Result<()> {
    conn.execute(
        "UPDATE users SET password_hash = ?2 WHERE id = ?1",
        params![id, hash],
    )?;
    Ok(())
}

/// Sets when the account stops being able to log in (`None`: never).
pub fn set_expires(conn: &Conn, id: i64, expires_at: Option<&str>) -> Result<()> {
    conn.prepare_cached("UPDATE users SET expires_at = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, expires_at, clock::now()])?;
    Ok(())
}

/// Makes the account a `person` or a `service` account. A service account has no
/// password: it authenticates with API keys only.
pub fn set_kind(conn: &Conn, id: i64, kind: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE users SET kind = ?2, password_hash = CASE WHEN ?2 = 'service' THEN NULL          ELSE password_hash END, updated_at = ?3 WHERE id = ?1",
    )?
    .execute(params![id, kind, clock::now()])?;
    Ok(())
}

/// Whether an account's expiry lies in the past (compared as instants).
pub fn is_expired(conn: &Conn, id: i64) -> Result<bool> {
    let d = conn.dialect();
    let expired = instant::sql_instant(d, "expires_at");
    conn.prepare_cached(&format!(
        "SELECT expires_at IS NOT NULL AND coalesce({expired} <= {now}, TRUE) \
             FROM users WHERE id = ?1",
        now = instant::sql_now(d)
    ))?
    .query_row([id], |r| r.get(0))
}

/// How many accounts there are of each (role, status) now, roles held by nobody left
/// out: one pass over the `users_role_status` index, then the few accounts with a
/// temporary role (the `users_temporary_role` index) moved to it.
pub fn count_by_role_status(conn: &Conn) -> Result<Vec<(String, String, i64)>> {
    let mut counts: std::collections::BTreeMap<(String, String), i64> = conn
        .prepare("SELECT role, status, count(*) FROM users GROUP BY role, status")?
        .query_map((), |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?
        .collect::<Result<_>>()?;
    let moved: Vec<(String, String, String)> = conn
        .prepare(&format!(
            "SELECT role, temporary_role, status FROM users WHERE {}",
            ends::temporary_sql(conn.dialect(), "")
        ))?
        .query_map((), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_>>()?;
    for (lasting, temporary, status) in moved {
        *counts.entry((lasting, status.clone())).or_default() -= 1;
        *counts.entry((temporary, status)).or_default() += 1;
    }
    Ok(counts
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|((role, status), n)| (role, status, n))
        .collect())
}

/// How many accounts have a TOTP secret (the `users_with_2fa` index).
pub fn count_with_2fa(conn: &Conn) -> Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM users WHERE totp_secret IS NOT NULL",
        (),
        |r| r.get(0),
    )
}

/// How many accounts were created at or after `since` (Unix seconds), compared as
/// instants.
pub fn count_created_since(conn: &Conn, since: i64) -> Result<i64> {
    let d = conn.dialect();
    conn.query_row(
        &format!(
            "SELECT count(*) FROM users WHERE {}",
            instant::sql_at_or_after(d, "created_at", "?1")
        ),
        [since],
        |r| r.get(0),
    )
}

/// How many accounts have expired.
pub fn count_expired(conn: &Conn) -> Result<i64> {
    let d = conn.dialect();
    let expired = instant::sql_instant(d, "expires_at");
    conn.query_row(
        &format!(
            "SELECT count(*) FROM users WHERE expires_at IS NOT NULL \
             AND coalesce({expired} <= {now}, TRUE)",
            now = instant::sql_now(d)
        ),
        (),
        |r| r.get(0),
    )
}

/// Sets the must-change-password flag.
pub fn set_must_change_password(conn: &Conn, id: i64, value: bool) -> Result<()> {
    conn.execute(
        "UPDATE users SET must_change_password = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, value, clock::now()],
    )?;
    Ok(())
}

/// Clears the second factor.
pub fn clear_totp(conn: &Conn, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE users SET totp_secret = NULL, updated_at = ?2 WHERE id = ?1",
        params![id, clock::now()],
    )?;
    Ok(())
}

/// Deletes the account; sessions, API keys and invitations cascade.
pub fn delete(conn: &Conn, id: i64) -> Result<()> {
    conn.execute("DELETE FROM users WHERE id = ?1", [id])?;
    Ok(())
}

/// How `list` orders its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Sort {
    /// Newest first.
    #[default]
    Created,
    Username,
    Email,
    /// Most recently active first (logins, sessions, API keys), never-active last.
    LastActive,
}

/// Which users `list`, the export and `--all-matching` select. Every given
/// criterion must hold. Instants are `YYYY-MM-DDTHH:MM:SSZ` (see
/// [`clock::parse_since`]) and are compared as instants, never as text.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Matched case-insensitively against username, display name and email.
    pub search: Option<String>,
    pub role: Option<String>,
    pub status: Option<Status>,
    /// Members of this group (by name, case-insensitive).
    pub group: Option<String>,
    /// Managed by this import source; `Some(None)`: managed by nobody.
    pub managed_by: Option<Option<String>>,
    /// Not active since this instant: last active before it, or never active and
    /// created before it.
    pub inactive_since: Option<String>,
    /// Never logged in, never used a session or an API key.
    pub never_logged_in: bool,
    pub created_before: Option<String>,
    /// Past their `expires_at`.
    pub expired: bool,
    /// Locked now after too many failed logins.
    pub locked: bool,
    /// With or without a second factor, or past the 2FA grace period without one.
    pub two_factor: Option<TwoFactorFilter>,
    pub sort: Sort,
    pub limit: Option<u64>,
}

impl Filter {
    /// Whether any criterion narrows the selection (sort and limit aside).
    pub fn narrows(&self) -> bool {
        self.search.is_some()
            || self.role.is_some()
            || self.status.is_some()
            || self.group.is_some()
            || self.managed_by.is_some()
            || self.inactive_since.is_some()
            || self.never_logged_in
            || self.created_before.is_some()
            || self.expired
            || self.locked
            || self.two_factor.is_some()
    }
}

/// `user list --2fa`: which accounts by their second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TwoFactorFilter {
    /// A second factor is set up (`totp_secret` not NULL).
    On,
    /// No second factor.
    Off,
    /// The 2FA policy applies, there is no second factor and the grace period has passed.
    Overdue,
}

/// The `WHERE` clause (after `users` as [`select`] reads it) for a filter, and its
/// parameters.
fn where_clause(d: Dialect, filter: &Filter) -> (String, Vec<Value>) {
    let mut sql = String::from(" WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    let arg = |args: &mut Vec<Value>, v: Value| {
        args.push(v);
        format!("?{}", args.len())
    };
    if let Some(search) = &filter.search {
        let escaped = search
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let p = arg(&mut args, Value::Text(format!("%{escaped}%")));
        // Case-insensitive on both engines (display names are plain text on PostgreSQL).
        let like = d.like();
        sql.push_str(&format!(
            " AND (username {like} {p} ESCAPE '\\' OR display_name {like} {p} ESCAPE '\\' \
             OR email {like} {p} ESCAPE '\\')"
        ));
    }
    if let Some(role) = &filter.role {
        let p = arg(&mut args, Value::Text(role.clone()));
        sql.push_str(&format!(
            " AND {}",
            ends::role_matches_sql(d, "", &format!("= {p}"))
        ));
    }
    if let Some(status) = filter.status {
        let p = arg(&mut args, Value::Text(status.as_str().into()));
        sql.push_str(&format!(" AND status = {p}"));
    }
    if let Some(group) = &filter.group {
        let p = arg(&mut args, Value::Text(group.clone()));
        sql.push_str(&format!(
            " AND id IN (SELECT gm.user_id FROM group_members gm JOIN groups g ON g.id = gm.group_id \
             WHERE g.name = {p} AND {})",
            ends::live_sql(d, "gm.ends_at")
        ));
    }
    match &filter.managed_by {
        None => {}
        Some(None) => sql.push_str(" AND managed_by IS NULL"),
        Some(Some(source)) => {
            let p = arg(&mut args, Value::Text(source.clone()));
            sql.push_str(&format!(" AND managed_by = {p}"));
        }
    }
    if let Some(since) = &filter.inactive_since {
        let p = arg(&mut args, Value::Text(since.clone()));
        sql.push_str(&format!(" AND {}", inactive_since_sql(d, &p)));
    }
    if filter.never_logged_in {
        sql.push_str(&format!(" AND {NEVER_ACTIVE_SQL}"));
    }
    if let Some(before) = &filter.created_before {
        let p = arg(&mut args, Value::Text(before.clone()));
        let created = instant::sql_instant(d, "created_at");
        sql.push_str(&format!(" AND {created} < {}", instant::sql_instant(d, &p)));
    }
    if filter.expired {
        let p = arg(&mut args, Value::Integer(clock::unix_now()));
        let expires = instant::sql_instant(d, "expires_at");
        sql.push_str(&format!(" AND {expires} <= {p}"));
    }
    if filter.locked {
        sql.push_str(&format!(" AND {}", super::lockout::locked_sql(d)));
    }
    match filter.two_factor {
        Some(TwoFactorFilter::On) => sql.push_str(" AND totp_secret IS NOT NULL"),
        Some(TwoFactorFilter::Off) => sql.push_str(" AND totp_secret IS NULL"),
        Some(TwoFactorFilter::Overdue) => sql.push_str(&format!(
            " AND {}",
            super::second_factor::overdue_sql(d, "users.")
        )),
        None => {}
    }
    (sql, args)
}

/// `users` for a `FROM` clause reading the accounts `filter` selects: the never-active
/// ones through their own index (`users_never_active`, newest first by creation), which
/// the planner would otherwise pass over for the `last_active_at IS NULL` entries of
/// `users_last_active` and then sort them all.
fn users_for(d: Dialect, filter: &Filter) -> String {
    if filter.never_logged_in {
        format!("users{}", d.indexed_by("users_never_active"))
    } else {
        "users".into()
    }
}

/// SQL for the timestamp parameter `p` as `last_active_at` stores instants, so that
/// comparing the column with it is served by the index: `YYYY-MM-DDTHH:MM:SSZ` text
/// on SQLite (whatever form `p` is in), a `timestamptz` on PostgreSQL.
fn stored_instant(d: Dialect, p: &str) -> String {
    match d {
        Dialect::Sqlite => instant::sql_timestamp(d, &instant::sql_instant(d, p)),
        Dialect::Postgres => format!("CAST({p} AS timestamptz)"),
    }
}

/// Whether an account was not active since the timestamp parameter `p`: last active
/// before it, or never active and created before it. Each half is served by an index
/// (`users_last_active`, `users_never_active`).
fn inactive_since_sql(d: Dialect, p: &str) -> String {
    format!(
        "(last_active_at < {} OR ({NEVER_ACTIVE_SQL} AND {} < {}))",
        stored_instant(d, p),
        instant::sql_instant(d, "created_at"),
        instant::sql_instant(d, p)
    )
}

/// Whether an account never logged in, held a session or used a key.
const NEVER_ACTIVE_SQL: &str = "last_active_at IS NULL";

/// How many active accounts were not active since `since` and how many were never
/// active, given how many active accounts there are (`active`, as
/// [`count_by_role_status`] counts them in the same read). The accounts active since
/// `since` and the never-active ones are counted, each from its index alone, and the
/// dormant are the rest: an index range is read once, never a row of the table.
pub fn count_dormant(conn: &Conn, since: &str, active: i64) -> Result<(i64, i64)> {
    let (recent, never, never_recent): (i64, i64, i64) =
        conn.query_row(&count_dormant_sql(conn.dialect()), [since], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    Ok((active - recent - never_recent, never))
}

/// [`count_dormant`]'s query, the threshold as `?1`: the active accounts last active
/// at or after it (`users_last_active`), and in one pass over `users_never_active` the
/// active accounts never active and those of them created at or after it. The status
/// is read from the index (`FILTER`, so the planner does not pick the status index).
fn count_dormant_sql(d: Dialect) -> String {
    let active = "count(*) FILTER (WHERE status = 'active')";
    format!(
        "SELECT (SELECT {active} FROM users WHERE last_active_at >= {}), never.n, never.recent \
         FROM (SELECT {active} AS n, count(*) FILTER (WHERE status = 'active' AND {}) AS recent \
         FROM users{} WHERE {NEVER_ACTIVE_SQL}) AS never",
        stored_instant(d, "?1"),
        instant::sql_at_or_after(d, "created_at", &instant::sql_instant(d, "?1")),
        d.indexed_by("users_never_active"),
    )
}

/// How many users match (sort and limit aside).
pub fn count(conn: &Conn, filter: &Filter) -> Result<i64> {
    let (clause, args) = where_clause(conn.dialect(), filter);
    let sql = format!(
        "SELECT count(*) FROM {}{clause}",
        users_for(conn.dialect(), filter)
    );
    conn.query_row(&sql, super::params_from_iter(args.iter()), |r| r.get(0))
}

/// Calls `each` for every matching user, streaming (constant memory).
pub fn for_each(
    conn: &Conn,
    filter: &Filter,
    mut each: impl FnMut(User) -> Result<()>,
) -> Result<()> {
    for_each_with(conn, filter, &columns(conn.dialect()), Vec::new(), |row| {
        each(from_row(row)?)
    })
}

/// One account as `export-csv` writes it: only the columns it writes are read, so a
/// million rows cost what the file needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub id: i64,
    pub username: String,
    pub email: Option<String>,
    pub display_name: String,
    /// The role it has for good (`users.role`): a temporary role is not written, so a
    /// file exported and imported again never makes a temporary promotion lasting.
    pub role: String,
    pub status: Status,
    pub kind: String,
    /// The groups it is in for good, by name, `;`-separated (empty: none); memberships
    /// that end are left out for the same reason.
    pub groups: String,
    /// Its expiry as `YYYY-MM-DDTHH:MM:SSZ`, whatever form it is stored in (`None`:
    /// never). An expiry no form reads is given as stored: userctl treats that account
    /// as expired, and an empty cell would read back as "never expires" — the import
    /// refuses the stored text instead, naming it.
    pub expires_at: Option<String>,
    /// Its own value of each attribute asked for (`None`: none, the default applies).
    pub attributes: Vec<Option<String>>,
}

/// Every matching account as [`Exported`], with its own values of `attributes`, in one
/// query (one pass, constant memory).
pub fn for_each_export(
    conn: &Conn,
    filter: &Filter,
    attributes: &[String],
    mut each: impl FnMut(Exported) -> Result<()>,
) -> Result<()> {
    let d = conn.dialect();
    let (_, filter_args) = where_clause(conn.dialect(), filter);
    let mut select = format!(
        "id, username, email, display_name, role, status, kind, \
         (SELECT string_agg(g.name, ';' ORDER BY g.name) FROM group_members m \
         JOIN groups g ON g.id = m.group_id WHERE m.user_id = users.id AND m.ends_at IS NULL), \
         coalesce({}, CAST(expires_at AS TEXT))",
        instant::sql_timestamp(d, &instant::sql_instant(d, "expires_at"))
    );
    let mut args = Vec::with_capacity(attributes.len());
    for (i, name) in attributes.iter().enumerate() {
        select.push_str(&format!(
            ", (SELECT value FROM user_attributes a WHERE a.user_id = users.id \
             AND a.name = ?{})",
            filter_args.len() + i + 1
        ));
        args.push(Value::Text(name.clone()));
    }
    for_each_with(conn, filter, &select, args, |row| {
        let status: String = row.get(5)?;
        let groups: Option<String> = row.get(7)?;
        each(Exported {
            id: row.get(0)?,
            username: row.get(1)?,
            email: row.get(2)?,
            display_name: row.get(3)?,
            role: row.get(4)?,
            status: status.parse().unwrap_or(Status::Inactive),
            kind: row.get(6)?,
            groups: groups.unwrap_or_default(),
            expires_at: row.get(8)?,
            attributes: (0..attributes.len())
                .map(|i| row.get(9 + i))
                .collect::<Result<_>>()?,
        })
    })
}

/// The matching users as the columns `select` names (SQL reading the row as `users`),
/// taking `extra_args` after the filter's parameters, in the filter's order.
fn for_each_with(
    conn: &Conn,
    filter: &Filter,
    select: &str,
    extra_args: Vec<Value>,
    mut each: impl FnMut(&Row<'_>) -> Result<()>,
) -> Result<()> {
    let d = conn.dialect();
    let (clause, mut args) = where_clause(conn.dialect(), filter);
    args.extend(extra_args);
    let select = format!("SELECT {select} FROM {}", users_for(d, filter));
    let order = match filter.sort {
        Sort::Created => format!(
            " ORDER BY {} DESC, id DESC",
            instant::sql_instant_order(d, "created_at")
        ),
        Sort::Username => " ORDER BY username".into(),
        Sort::Email => " ORDER BY email IS NULL, email, username".into(),
        Sort::LastActive => " ORDER BY last_active_at DESC NULLS LAST, username".into(),
    };
    let limit = filter
        .limit
        .map(|n| format!(" LIMIT {n}"))
        .unwrap_or_default();
    let sql = format!("{select}{clause}{order}{limit}");
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(super::params_from_iter(args.iter()))?;
    while let Some(row) = rows.next()? {
        each(&row)?;
    }
    Ok(())
}

/// Sets or clears the import source that manages an account.
pub fn set_managed_by(conn: &Conn, id: i64, source: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE users SET managed_by = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, source, clock::now()],
    )?;
    Ok(())
}

/// The matching users, collected.
pub fn list(conn: &Conn, filter: &Filter) -> Result<Vec<User>> {
    let mut out = Vec::new();
    for_each(conn, filter, |u| {
        out.push(u);
        Ok(())
    })?;
    Ok(out)
}

/// Records an invitation (the token's SHA-256 only).
pub fn insert_invitation(
    conn: &Conn,
    user_id: i64,
    token_hash: &str,
    created_at: &str,
    expires_at: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO invitations (user_id, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
        params![user_id, token_hash, created_at, expires_at],
    )?;
    Ok(())
}

/// Back-dates an account's history (sample data only: `demo`).
pub fn set_history(
    conn: &Conn,
    id: i64,
    created_at: &str,
    last_login_at: Option<&str>,
    totp_secret: Option<&str>,
) -> Result<()> {
    conn.execute(
        "UPDATE users SET created_at = ?2, updated_at = ?2, last_login_at = ?3, totp_secret = ?4 \
         WHERE id = ?1",
        params![id, created_at, last_login_at, totp_secret],
    )?;
    Ok(())
}

/// Deletes every invitation of a user (their tokens stop working); returns how many.
pub fn delete_invitations(conn: &Conn, user_id: i64) -> Result<usize> {
    conn.execute("DELETE FROM invitations WHERE user_id = ?1", [user_id])
}

/// Pending invitations of a user.
pub fn invitation_count(conn: &Conn, user_id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM invitations WHERE user_id = ?1",
        [user_id],
        |r| r.get(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(conn: &Conn, filter: &Filter) -> Vec<i64> {
        let mut out = Vec::new();
        for_each(conn, filter, |u| {
            out.push(u.id);
            Ok(())
        })
        .unwrap();
        out
    }

    /// A limited listing is the first rows of the unlimited one, in every order and
    /// with the activity filters, whatever forms the application wrote timestamps in.
    #[test]
    fn a_limited_listing_is_a_prefix_of_the_whole() {
        let conn = crate::db::open_in_memory().unwrap();
        let forms = |i: i64| -> Value {
            let t = 1_780_000_000 + (i * 7_919) % 20_000_000;
            match i % 5 {
                0 => Value::Null,
                1 => Value::Text(clock::format_unix(t)),
                2 => Value::Text(clock::format_unix(t).replace('T', " ").replace('Z', ".25")),
                3 => Value::Integer(t),
                _ => Value::Text(format!("{t}")),
            }
        };
        for i in 0..40_i64 {
            conn.execute(
                "INSERT INTO users (username, email, display_name, role, status, \
                 must_change_password, created_at, updated_at, last_login_at) \
                 VALUES (?1, ?2, '', 'user', 'active', 0, ?3, ?3, ?4)",
                params![
                    format!("u{:02}", (i * 17) % 40),
                    if i % 6 == 0 {
                        None
                    } else {
                        Some(format!("m{i}@example.com"))
                    },
                    clock::format_unix(1_770_000_000 + (i % 9) * 86_400),
                    forms(i)
                ],
            )
            .unwrap();
            if i % 3 == 0 {
                conn.execute(
                    "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) \
                     VALUES (?1, ?2, '2026-06-01T00:00:00Z', ?3, '2999-01-01T00:00:00Z')",
                    params![conn.query_row("SELECT max(id) FROM users", (), |r| r.get::<i64>(0)).unwrap(), format!("t{i}"), forms(i + 2)],
                )
                .unwrap();
            }
        }
        for sort in [Sort::Created, Sort::Username, Sort::Email, Sort::LastActive] {
            for filter in [
                Filter::default(),
                Filter {
                    inactive_since: Some("2026-08-01T00:00:00Z".into()),
                    ..Filter::default()
                },
                Filter {
                    never_logged_in: true,
                    ..Filter::default()
                },
            ] {
                let all = ids(
                    &conn,
                    &Filter {
                        sort,
                        ..filter.clone()
                    },
                );
                assert!(all.len() > 3, "{sort:?} {filter:?}: {}", all.len());
                let first = ids(
                    &conn,
                    &Filter {
                        sort,
                        limit: Some(3),
                        ..filter.clone()
                    },
                );
                assert_eq!(first, all[..3], "{sort:?} {filter:?}");
            }
        }
    }

    /// The plan SQLite picks for `sql`, one line per step.
    fn plan(conn: &Conn, sql: &str, args: &[Value]) -> String {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows = stmt
            .query_map(crate::db::params_from_iter(args.iter()), |r| {
                r.get::<String>(3)
            })
            .unwrap();
        rows.collect::<Result<Vec<_>>>().unwrap().join("\n")
    }

    /// The dormant counts of `stats` and the dormant filter read indexes only: no
    /// step scans the table.
    #[test]
    fn dormant_counts_and_filters_are_served_by_indexes() {
        let conn = crate::db::open_in_memory().unwrap();
        let since = [Value::Text("2026-08-01T00:00:00Z".into())];
        let counts = plan(&conn, &count_dormant_sql(Dialect::Sqlite), &since);
        assert!(
            counts.contains("COVERING INDEX users_last_active"),
            "{counts}"
        );
        assert!(
            counts.contains("COVERING INDEX users_never_active"),
            "{counts}"
        );
        let table_scan = |plan: &str| plan.lines().any(|l| l.trim() == "SCAN users");
        assert!(!table_scan(&counts), "{counts}");
        let (clause, args) = where_clause(
            Dialect::Sqlite,
            &Filter {
                inactive_since: Some("2026-08-01T00:00:00Z".into()),
                ..Filter::default()
            },
        );
        let filter = plan(&conn, &format!("SELECT id FROM users{clause}"), &args);
        assert!(filter.contains("INDEX users_last_active"), "{filter}");
        assert!(!table_scan(&filter), "{filter}");
        // The never-active accounts, newest first: read in order from their index.
        let never = Filter {
            never_logged_in: true,
            limit: Some(50),
            ..Filter::default()
        };
        let (clause, args) = where_clause(Dialect::Sqlite, &never);
        let listing = plan(
            &conn,
            &format!(
                "SELECT id FROM {}{clause} ORDER BY {} DESC, id DESC LIMIT 50",
                users_for(Dialect::Sqlite, &never),
                instant::sql_instant(Dialect::Sqlite, "created_at")
            ),
            &args,
        );
        assert!(listing.contains("INDEX users_never_active"), "{listing}");
        // (Ties of the same instant are ordered by id as they come: no full sort.)
        assert!(!listing.contains("TEMP B-TREE FOR ORDER BY"), "{listing}");
    }
}
