//! Schema migrations over `PRAGMA user_version`: one step per release, each applied in
//! one transaction, so a kill at any moment leaves the file at one revision or the next.
//!
//! A step is an SQL file, optionally preceded by table rebuilds: SQLite cannot add
//! `AUTOINCREMENT` or `NOT NULL` to an existing table, so those are made with its
//! "12-step" procedure (sqlite.org/lang_altertable.html): with foreign keys off, create
//! the new table from the stored `CREATE TABLE` text (which holds every column an
//! application added), copy the rows, drop the old table, rename the new one, and
//! recreate the indexes and triggers that were on it; `foreign_key_check` runs before
//! the commit.

use super::{Conn, Tx};
use anyhow::{bail, Context, Result};

use super::{begin, user_version};

/// One release's schema change.
struct Migration {
    /// Table rebuilds made before the SQL: (table, how its `CREATE TABLE` text changes).
    rebuilds: &'static [Rebuild],
    sql: &'static str,
    /// Statements made in Rust after the SQL, on SQLite (the same on a server:
    /// `db::server` runs them too).
    after: Option<fn(super::Dialect) -> String>,
    /// What the step does, for `db migrate --dry-run` and its report.
    summary: &'static [&'static str],
}

/// A table rebuilt with an edited definition.
struct Rebuild {
    table: &'static str,
    edit: Edit,
}

#[derive(Clone, Copy)]
enum Edit {
    /// `id INTEGER PRIMARY KEY` becomes `… AUTOINCREMENT`: ids are never reused.
    Autoincrement,
    /// `name TEXT PRIMARY KEY` becomes `name TEXT NOT NULL PRIMARY KEY`.
    NotNullTextKey,
}

/// Version N is `MIGRATIONS[N - 1]`.
const MIGRATIONS: &[Migration] = &[
    Migration {
        rebuilds: &[],
        sql: include_str!("migrations/0001_init.sql"),
        after: None,
        summary: &["create the userctl tables and the built-in roles"],
    },
    Migration {
        rebuilds: &[
            Rebuild {
                table: "users",
                edit: Edit::Autoincrement,
            },
            Rebuild {
                table: "sessions",
                edit: Edit::Autoincrement,
            },
            Rebuild {
                table: "api_keys",
                edit: Edit::Autoincrement,
            },
            Rebuild {
                table: "invitations",
                edit: Edit::Autoincrement,
            },
            Rebuild {
                table: "roles",
                edit: Edit::NotNullTextKey,
            },
        ],
        sql: include_str!("migrations/0002_revision2.sql"),
        after: None,
        summary: &[
            "rebuild users, sessions, api_keys and invitations with AUTOINCREMENT ids \
             (never reused), keeping every row, column, index and trigger",
            "rebuild roles with name NOT NULL",
            "add users.managed_by, users.expires_at, users.kind; api_keys.expires_at, \
             api_keys.suspended_at",
            "create permissions, groups, group_members, group_permissions, user_permissions, \
             resource_grants, resource_modes, attributes, user_attributes and the view \
             effective_permissions",
            "store every setting's current value in settings",
        ],
    },
    Migration {
        rebuilds: &[],
        sql: include_str!("migrations/0003_revision3.sql"),
        after: Some(super::access::effective_permissions_view),
        summary: &[
            "create owned_data: the application's per-account tables and what happens to \
             their rows when an account leaves",
            "add audit_log.body_salt, body_digest and redacted_by (audit format 3): an \
             erase can redact personal data from audit entries and the chain still verifies",
            "add users.failed_logins and users.locked_until (failed-login lockout) and the \
             settings lockout.max_failures and lockout.minutes",
            "create second_factor_required (who the 2FA policy applies to, since when) and \
             recovery_codes (their hashes only), and the settings 2fa.required and \
             2fa.grace_days",
            "add sessions.impersonator and sessions.impersonation_reason, the permission \
             users.impersonate (held by the admin role) and the settings \
             impersonation.enabled and impersonation.max_minutes",
            "create password_resets (one-time reset links, their hashes only)",
            "add users.last_active_at, filled from logins, sessions and API keys and kept by \
             triggers on them (impersonation sessions aside), with indexes for the dormant filters and stats",
            "add users.temporary_role and temporary_role_ends_at, and ends_at to \
             user_permissions, group_members and resource_grants (access that ends by \
             itself); the view effective_permissions honours the ends and gains ends_at",
        ],
    },
];

/// The `CREATE VIEW effective_permissions …;` statement of revision 2, run as it is on
/// PostgreSQL too (revision 3 replaces it: `db::access::effective_permissions_view`).
///
/// # Panics
///
/// Never with the migrations this build carries: a unit test reads the statement.
pub fn effective_permissions_view() -> &'static str {
    let sql = MIGRATIONS[1].sql;
    let start = sql
        .find("CREATE VIEW effective_permissions")
        .expect("revision 2 creates effective_permissions");
    let end = start + sql[start..].find(";\n").expect("the view's statement ends") + 1;
    &sql[start..end]
}

/// The schema version this build writes and understands.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// What one applied (or, in a dry run, checked) step did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub version: i64,
    pub summary: Vec<String>,
}

/// Applies every migration newer than the file's `user_version`, each in its own
/// transaction. With `dry_run` every pending step runs in full inside one transaction
/// that is rolled back, so a dry run fails exactly where the real one would. Returns
/// what was applied.
pub fn migrate(conn: &Conn, dry_run: bool) -> Result<Vec<Applied>> {
    if conn.dialect() == super::Dialect::Postgres {
        return super::server::migrate(conn, dry_run);
    }
    if dry_run {
        let version = user_version(conn)?;
        let steps = pending(version);
        let off = steps.iter().any(|a| !step(a.version).rebuilds.is_empty());
        with_foreign_keys_off(conn, off, || {
            let tx = begin(conn, true)?;
            for a in &steps {
                apply(&tx, step(a.version))
                    .with_context(|| format!("applying schema migration {}", a.version))?;
            }
            tx.rollback()?;
            Ok(())
        })?;
        return Ok(steps);
    }
    let mut applied = Vec::new();
    loop {
        let version = user_version(conn)?;
        if version >= LATEST_VERSION {
            return Ok(applied);
        }
        let next = version + 1;
        let migration = step(next);
        let done = with_foreign_keys_off(conn, !migration.rebuilds.is_empty(), || {
            let tx = begin(conn, true)?;
            // Another process may have migrated since we looked.
            if user_version(&tx)? != version {
                return Ok(false);
            }
            apply(&tx, migration).with_context(|| format!("applying schema migration {next}"))?;
            tx.pragma_update(None, "user_version", next)?;
            tx.commit()?;
            Ok(true)
        })?;
        if done {
            applied.extend(pending(version).into_iter().take(1));
        }
    }
}

/// Applies the steps after the file's version up to `version` only, each in its own
/// transaction: a file as an older userctl left it (tests of the next migration make
/// theirs with it).
#[doc(hidden)]
pub fn migrate_until(conn: &Conn, version: i64) -> Result<()> {
    let mut current = user_version(conn)?;
    while current < version.min(LATEST_VERSION) {
        let next = current + 1;
        let migration = step(next);
        with_foreign_keys_off(conn, !migration.rebuilds.is_empty(), || {
            let tx = begin(conn, true)?;
            apply(&tx, migration)?;
            tx.pragma_update(None, "user_version", next)?;
            tx.commit()?;
            Ok(())
        })?;
        current = next;
    }
    Ok(())
}

/// A new in-memory database migrated to `version` by these same steps: the schema a
/// file at that version must have (`db check` compares a file against it).
pub fn fresh_at(version: i64) -> Result<Conn> {
    let conn = Conn::Sqlite(rusqlite::Connection::open_in_memory()?);
    for v in 1..=version.clamp(0, LATEST_VERSION) {
        let migration = step(v);
        with_foreign_keys_off(&conn, !migration.rebuilds.is_empty(), || {
            let tx = begin(&conn, true)?;
            apply(&tx, migration)?;
            tx.pragma_update(None, "user_version", v)?;
            tx.commit()?;
            Ok(())
        })?;
    }
    Ok(conn)
}

/// The statements step `version` makes in Rust after its SQL, for `dialect`.
pub fn after_sql(version: i64, dialect: super::Dialect) -> Option<String> {
    step(version).after.map(|after| after(dialect))
}

fn step(version: i64) -> &'static Migration {
    &MIGRATIONS[usize::try_from(version - 1).unwrap_or(0)]
}

/// What migrating from `version` would do, without touching the file.
pub fn pending(version: i64) -> Vec<Applied> {
    (version + 1..=LATEST_VERSION)
        .map(|v| Applied {
            version: v,
            summary: step(v).summary.iter().map(|s| (*s).to_string()).collect(),
        })
        .collect()
}

fn apply(tx: &Tx<'_>, step: &Migration) -> Result<()> {
    for rebuild in step.rebuilds {
        rebuild_table(tx, rebuild.table, rebuild.edit)?;
    }
    tx.execute_batch(step.sql)?;
    if let Some(after) = step.after {
        tx.execute_batch(&after(tx.dialect()))?;
    }
    seed_settings(tx)?;
    let problems: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", (), |r| {
        r.get(0)
    })?;
    if problems > 0 {
        bail!("{problems} row(s) violate a foreign key after the migration; nothing was changed");
    }
    Ok(())
}

/// Every setting has a row holding its current value, so applications can read them.
pub(super) fn seed_settings(tx: &Tx<'_>) -> Result<()> {
    let mut insert = tx.prepare(
        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
    )?;
    let now = crate::clock::now();
    for setting in crate::settings::SETTINGS {
        insert.execute((setting.key, setting.default, &now))?;
    }
    Ok(())
}

/// Runs `f` with foreign-key enforcement and ALTER TABLE's reference rewriting off
/// when `off` (both can only change outside a transaction), restoring them after.
fn with_foreign_keys_off<T>(conn: &Conn, off: bool, f: impl FnOnce() -> Result<T>) -> Result<T> {
    if !off {
        return f();
    }
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    conn.pragma_update(None, "legacy_alter_table", "ON")?;
    let out = f();
    conn.pragma_update(None, "legacy_alter_table", "OFF")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    out
}

/// Rebuilds `table` with its definition edited, keeping every row, column, index and
/// trigger. Views and other tables' references name the table, so they follow it.
fn rebuild_table(tx: &Tx<'_>, table: &str, edit: Edit) -> Result<()> {
    let create: String = tx
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )
        .with_context(|| format!("reading the definition of table {table}"))?;
    let Some(edited) = edited_definition(&create, edit) else {
        // Already in the new form (an application may have rebuilt it itself).
        return Ok(());
    };
    if matches!(edit, Edit::NotNullTextKey) {
        let nulls: i64 = tx.query_row(
            &format!("SELECT count(*) FROM \"{table}\" WHERE name IS NULL"),
            (),
            |r| r.get(0),
        )?;
        if nulls > 0 {
            bail!("table {table} has {nulls} row(s) without a name; name or delete them first");
        }
    }
    let temp = format!("{table}__userctl_v2");
    let open = edited
        .find('(')
        .context("a CREATE TABLE statement without a column list")?;
    let new_create = format!("CREATE TABLE \"{temp}\" {}", &edited[open..]);
    let extras: Vec<String> = {
        let mut stmt = tx.prepare(
            "SELECT sql FROM sqlite_schema \
             WHERE tbl_name = ?1 AND type IN ('index', 'trigger') AND sql IS NOT NULL \
             ORDER BY type = 'trigger', name",
        )?;
        let rows = stmt.query_map([table], |r| r.get(0))?;
        rows.collect::<Result<_>>()?
    };
    let columns: Vec<String> = {
        // Generated columns (hidden 2 and 3) are computed, not copied.
        let mut stmt = tx.prepare("SELECT name FROM pragma_table_xinfo(?1) WHERE hidden = 0")?;
        let rows = stmt.query_map([table], |r| r.get::<String>(0))?;
        rows.collect::<Result<_>>()?
    };
    let list = columns
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(", ");
    tx.execute_batch(&new_create)?;
    tx.execute_batch(&format!(
        "INSERT INTO \"{temp}\" ({list}) SELECT {list} FROM \"{table}\"; \
         DROP TABLE \"{table}\"; \
         ALTER TABLE \"{temp}\" RENAME TO \"{table}\";"
    ))?;
    for sql in extras {
        tx.execute_batch(&sql)
            .with_context(|| format!("recreating an index or trigger of {table}: {sql}"))?;
    }
    Ok(())
}

/// The table definition with the edit made, or `None` when it is already made.
fn edited_definition(create: &str, edit: Edit) -> Option<String> {
    let upper = create.to_ascii_uppercase();
    match edit {
        Edit::Autoincrement => {
            if upper.contains("AUTOINCREMENT") {
                return None;
            }
            let at = upper.find("INTEGER PRIMARY KEY")? + "INTEGER PRIMARY KEY".len();
            Some(format!("{} AUTOINCREMENT{}", &create[..at], &create[at..]))
        }
        Edit::NotNullTextKey => {
            let at = upper.find("TEXT PRIMARY KEY")?;
            let text_end = at + "TEXT".len();
            Some(format!(
                "{} NOT NULL{}",
                &create[..text_end],
                &create[text_end..]
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_statement_is_read_whole_from_revision_2() {
        let view = effective_permissions_view();
        assert!(view.starts_with("CREATE VIEW effective_permissions"));
        assert!(view.ends_with(");"), "{view}");
        assert!(view.contains("d.effect = 'deny'"));
    }

    #[test]
    fn stored_last_activity_reads_instants_as_the_rest_of_userctl() {
        use crate::db::{instant, users, Dialect::Sqlite};
        let sql = MIGRATIONS[2].sql;
        // Filled from the rows by the one definition, normalised as userctl writes
        // timestamps.
        let fill = format!(
            "UPDATE users SET last_active_at = {};",
            instant::sql_timestamp(Sqlite, &users::last_active_sql(Sqlite))
        );
        assert!(sql.contains(&fill), "{fill}");
        // The never-active index is on the expression the dormant filters compare.
        assert!(sql.contains(&format!(
            "CREATE INDEX users_never_active ON users ({}, status, last_active_at)",
            instant::sql_instant(Sqlite, "created_at")
        )));
        // Every trigger reads what the application wrote by the same rule.
        for column in [
            "last_login_at",
            "last_seen_at",
            "created_at",
            "last_used_at",
        ] {
            let read = instant::sql_instant(Sqlite, &format!("NEW.{column}"));
            assert!(sql.contains(&read), "{column}");
        }
        assert_eq!(sql.matches("CREATE TRIGGER").count(), 6);
        assert_eq!(
            sql.matches("> coalesce(last_active_at, '')").count(),
            6,
            "each trigger writes only when the account's activity moves forward"
        );
    }

    #[test]
    fn definitions_are_edited_once() {
        let users = "CREATE TABLE users (\n    id INTEGER PRIMARY KEY,\n    x TEXT\n)";
        let once = edited_definition(users, Edit::Autoincrement).unwrap();
        assert_eq!(
            once,
            "CREATE TABLE users (\n    id INTEGER PRIMARY KEY AUTOINCREMENT,\n    x TEXT\n)"
        );
        assert_eq!(edited_definition(&once, Edit::Autoincrement), None);
        let roles = "CREATE TABLE roles (name TEXT PRIMARY KEY, d TEXT)";
        assert_eq!(
            edited_definition(roles, Edit::NotNullTextKey).unwrap(),
            "CREATE TABLE roles (name TEXT NOT NULL PRIMARY KEY, d TEXT)"
        );
    }
}
