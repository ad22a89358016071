//! Row-level security from grants (`access rls enable|disable|list`, PostgreSQL only):
//! policies on an application table so that a session which has set
//! `userctl.account` sees exactly the rows `access check` allows — at `read` for
//! SELECT, at `write` for INSERT, UPDATE and DELETE — and the rows it owns.
//!
//! [`REACH_BODY`] is the access rule of [`crate::authz::resource_level`] in SQL, set-based:
//! for the account and one resource type it returns each resource a grant names with
//! the level reached on it, and one row with a NULL id for every other resource of the
//! type. A policy asks it in uncorrelated subqueries, which the server runs once per
//! query (an `IN` over a hashed set), never once per row. A property test holds it to
//! `access check`.
//!
//! The functions are SECURITY INVOKER (the application's role reads userctl's grant
//! tables, as it does to check a login), STABLE, with a fixed `search_path`. The
//! policies are permissive: another permissive policy of the application's on the same
//! table widens what is seen. Row-level security does not apply to the table's owner
//! or to superusers unless the table is `FORCE ROW LEVEL SECURITY`; userctl leaves
//! that to the application (its migrations usually run as the owner).

use anyhow::Result;
use serde::{Deserialize, Serialize};

use super::owned::quote_ident;
use super::{Conn, OptionalExtension, Tx};

const ACCOUNT_FUNCTION: &str = "userctl_rls_account";
const REACH_FUNCTION: &str = "userctl_rls_reach";

/// The policies on each table: (name, command, level needed).
const POLICIES: &[(&str, &str, i64)] = &[
    ("userctl_read", "SELECT", 1),
    ("userctl_insert", "INSERT", 2),
    ("userctl_update", "UPDATE", 2),
    ("userctl_delete", "DELETE", 2),
];

/// The session's account: `userctl.account` as an id, NULL when unset or not a number.
const ACCOUNT_BODY: &str = "
SELECT CASE WHEN s ~ '^[0-9]{1,18}$' THEN s::bigint END
FROM (SELECT current_setting('userctl.account', true) AS s) v
";

/// The level (1 read, 2 write, 0 none) the session's account reaches on each resource
/// of type `$1` a grant names, and (id NULL) on every other one. The rule of
/// `authz::resource_level`: `resources.all` reaches everything at write; mode `full`
/// the mode's level raised by a higher grant; mode `deny` blocks what is granted to
/// the account itself and gives the rest at the mode's level, raised by a higher
/// group grant; otherwise (no mode, or `allow`) the highest grant of the account or
/// its groups. Levels are exactly `read` and `write`. A grant or membership whose end
/// (`ends_at`) has passed gives nothing.
const REACH_BODY: &str = "
WITH a AS (SELECT userctl_rls_account() AS id),
every AS (SELECT EXISTS (SELECT 1 FROM effective_permissions e, a
                         WHERE e.user_id = a.id AND e.permission = 'resources.all') AS yes),
m AS (SELECT r.mode, CASE r.level WHEN 'write' THEN 2 WHEN 'read' THEN 1 ELSE 0 END AS lvl
      FROM resource_modes r, a WHERE r.user_id = a.id AND r.resource_type = $1),
own AS (SELECT g.resource_id,
               max(CASE g.level WHEN 'write' THEN 2 WHEN 'read' THEN 1 ELSE 0 END) AS lvl
        FROM resource_grants g, a WHERE g.user_id = a.id AND g.resource_type = $1
          AND (g.ends_at IS NULL OR g.ends_at > now())
        GROUP BY g.resource_id),
grp AS (SELECT g.resource_id,
               max(CASE g.level WHEN 'write' THEN 2 WHEN 'read' THEN 1 ELSE 0 END) AS lvl
        FROM group_members gm JOIN resource_grants g ON g.group_id = gm.group_id, a
        WHERE gm.user_id = a.id AND g.resource_type = $1
          AND (gm.ends_at IS NULL OR gm.ends_at > now()) AND (g.ends_at IS NULL OR g.ends_at > now())
        GROUP BY g.resource_id),
named AS (SELECT resource_id FROM own UNION SELECT resource_id FROM grp)
SELECT NULL::text,
       CASE WHEN (SELECT yes FROM every) THEN 2
            WHEN (SELECT mode FROM m) IN ('full', 'deny') THEN (SELECT lvl FROM m)
            ELSE 0 END
UNION ALL
SELECT n.resource_id,
       CASE WHEN (SELECT yes FROM every) THEN 2
            WHEN (SELECT mode FROM m) = 'full'
              THEN GREATEST((SELECT lvl FROM m), coalesce(own.lvl, 0), coalesce(grp.lvl, 0))
            WHEN (SELECT mode FROM m) = 'deny'
              THEN CASE WHEN own.lvl IS NOT NULL THEN 0
                        ELSE GREATEST((SELECT lvl FROM m), coalesce(grp.lvl, 0)) END
            ELSE GREATEST(coalesce(own.lvl, 0), coalesce(grp.lvl, 0)) END
FROM named n LEFT JOIN own ON own.resource_id = n.resource_id
             LEFT JOIN grp ON grp.resource_id = n.resource_id
";

/// What `access rls enable` was told for one table (kept in its read policy's comment).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Protected {
    pub table: String,
    #[serde(rename = "type")]
    pub resource_type: String,
    pub id_column: String,
    pub owner_column: Option<String>,
}

/// The predicate of a policy needing `level` (1 read, 2 write) on `table`'s rows.
fn predicate(p: &Protected, level: i64) -> String {
    let t = sql_text(&p.resource_type);
    let id = format!("{}::text", quote_ident(&p.id_column));
    let reach = format!("{REACH_FUNCTION}({t})");
    let by_grant = format!(
        "CASE WHEN (SELECT lvl FROM {reach} WHERE resource_id IS NULL) >= {level} \
         THEN {id} NOT IN (SELECT resource_id FROM {reach} \
                           WHERE resource_id IS NOT NULL AND lvl < {level}) \
         ELSE {id} IN (SELECT resource_id FROM {reach} \
                       WHERE resource_id IS NOT NULL AND lvl >= {level}) END"
    );
    match &p.owner_column {
        Some(owner) => format!(
            "({} = (SELECT {ACCOUNT_FUNCTION}()) OR {by_grant})",
            quote_ident(owner)
        ),
        None => format!("({by_grant})"),
    }
}

/// A string as an SQL literal.
fn sql_text(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// The schema userctl's tables are in, as an identifier.
fn schema(conn: &Conn) -> Result<String> {
    conn.query_row(
        "SELECT relnamespace::regnamespace::text FROM pg_class WHERE oid = 'users'::regclass",
        (),
        |r| r.get(0),
    )
}

/// The owner of `table` when the current role may not act as it (policies are the
/// owner's to write); `None` when it may.
pub fn not_owner(conn: &Conn, table: &str) -> Result<Option<String>> {
    let (owner, member): (String, bool) = conn.query_row(
        "SELECT pg_get_userbyid(relowner), pg_has_role(current_user, relowner, 'MEMBER') \
         FROM pg_class WHERE oid = to_regclass(?1)",
        [quote_ident(table)],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok((!member).then_some(owner))
}

/// The tables protected by userctl's policies.
pub fn list(conn: &Conn) -> Result<Vec<Protected>> {
    let mut stmt = conn.prepare(
        "SELECT obj_description(p.oid, 'pg_policy') FROM pg_policy p \
         WHERE p.polname = 'userctl_read' ORDER BY p.polrelid::regclass::text",
    )?;
    let rows = stmt.query_map((), |r| r.get::<Option<String>>(0))?;
    let mut out = Vec::new();
    for row in rows {
        if let Some(p) = row?.and_then(|c| serde_json::from_str::<Protected>(&c).ok()) {
            out.push(p);
        }
    }
    Ok(out)
}

/// The protection of one table, if userctl wrote one.
pub fn of(conn: &Conn, table: &str) -> Result<Option<Protected>> {
    Ok(list(conn)?.into_iter().find(|p| p.table == table))
}

/// Writes (or rewrites) the functions and `p.table`'s policies, and turns row-level
/// security on for it. Returns whether anything changed.
pub fn enable(tx: &Tx<'_>, p: &Protected) -> Result<bool> {
    if of(tx, &p.table)?.as_ref() == Some(p) && functions_current(tx)? {
        return Ok(false);
    }
    let path = format!("pg_catalog, {}, pg_temp", schema(tx)?);
    tx.execute_batch(&format!(
        "CREATE OR REPLACE FUNCTION {ACCOUNT_FUNCTION}() RETURNS bigint LANGUAGE sql STABLE \
         SET search_path = {path} AS $userctl${ACCOUNT_BODY}$userctl$;\n\
         CREATE OR REPLACE FUNCTION {REACH_FUNCTION}(text) \
         RETURNS TABLE (resource_id text, lvl integer) LANGUAGE sql STABLE \
         SET search_path = {path} AS $userctl${REACH_BODY}$userctl$;"
    ))?;
    drop_policies(tx, &p.table)?;
    let table = quote_ident(&p.table);
    for (name, command, level) in POLICIES {
        let pred = predicate(p, *level);
        let clause = match *command {
            "INSERT" => format!("WITH CHECK {pred}"),
            "UPDATE" => format!("USING {pred} WITH CHECK {pred}"),
            _ => format!("USING {pred}"),
        };
        tx.execute_batch(&format!(
            "CREATE POLICY {name} ON {table} FOR {command} {clause}"
        ))?;
    }
    tx.execute_batch(&format!(
        "COMMENT ON POLICY userctl_read ON {table} IS {};\n\
         ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;",
        sql_text(&serde_json::to_string(p)?)
    ))?;
    Ok(true)
}

/// Whether the functions are the ones this userctl writes.
fn functions_current(conn: &Conn) -> Result<bool> {
    let mut current = true;
    for (name, body) in [
        (ACCOUNT_FUNCTION, ACCOUNT_BODY),
        (REACH_FUNCTION, REACH_BODY),
    ] {
        let source: Option<String> = conn
            .query_row(
                "SELECT prosrc FROM pg_proc WHERE proname = ?1 AND pronamespace = \
                 (SELECT relnamespace FROM pg_class WHERE oid = 'users'::regclass)",
                [name],
                |r| r.get(0),
            )
            .optional()?;
        current &= source.as_deref() == Some(body);
    }
    Ok(current)
}

fn drop_policies(tx: &Tx<'_>, table: &str) -> Result<()> {
    let table = quote_ident(table);
    for (name, _, _) in POLICIES {
        tx.execute_batch(&format!("DROP POLICY IF EXISTS {name} ON {table}"))?;
    }
    Ok(())
}

/// Drops `table`'s userctl policies; row-level security is turned off for it unless
/// the application has policies of its own there. Returns whether there were any.
pub fn disable(tx: &Tx<'_>, table: &str) -> Result<bool> {
    if of(tx, table)?.is_none() {
        return Ok(false);
    }
    drop_policies(tx, table)?;
    let others: i64 = tx.query_row(
        "SELECT count(*) FROM pg_policy WHERE polrelid = to_regclass(?1)",
        [quote_ident(table)],
        |r| r.get(0),
    )?;
    if others == 0 {
        tx.execute_batch(&format!(
            "ALTER TABLE {} DISABLE ROW LEVEL SECURITY",
            quote_ident(table)
        ))?;
    }
    Ok(true)
}

/// The policies' text on `table` as the server shows them (`access rls list` and
/// the documentation): (name, command, expression).
pub fn policies(conn: &Conn, table: &str) -> Result<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT policyname::text, cmd::text, coalesce(qual, with_check) FROM pg_policies \
         WHERE tablename = ?1 AND policyname LIKE 'userctl%' ORDER BY policyname",
    )?;
    let rows = stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}
