//! SQL for access beyond the role: the permission names, groups and their members,
//! per-account grants and denials, resource grants and modes. Typed rows in and out;
//! what they mean is decided in [`crate::authz`].

use super::{Conn, OptionalExtension, Row};
use crate::params;
use anyhow::Result;
use serde::Serialize;

use super::ends;
use crate::clock;

// ---------------------------------------------------------------------------
// Permission names
// ---------------------------------------------------------------------------

/// One known permission name and where it is used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Permission {
    pub name: String,
    pub description: String,
    pub builtin: bool,
    /// Roles, groups and accounts that name it.
    pub roles: i64,
    pub groups: i64,
    pub accounts: i64,
}

/// Every known permission, by name.
pub fn permissions(conn: &Conn) -> Result<Vec<Permission>> {
    let mut stmt = conn.prepare(
        "SELECT p.name, p.description, p.builtin, \
         (SELECT count(*) FROM role_permissions r WHERE r.permission = p.name), \
         (SELECT count(*) FROM group_permissions g WHERE g.permission = p.name), \
         (SELECT count(*) FROM user_permissions u WHERE u.permission = p.name) \
         FROM permissions p ORDER BY p.name",
    )?;
    let rows = stmt.query_map((), |r| {
        Ok(Permission {
            name: r.get(0)?,
            description: r.get(1)?,
            builtin: r.get(2)?,
            roles: r.get(3)?,
            groups: r.get(4)?,
            accounts: r.get(5)?,
        })
    })?;
    rows.collect::<Result<_, _>>()
}

/// The names only, sorted.
pub fn permission_names(conn: &Conn) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM permissions ORDER BY name")?;
    let rows = stmt.query_map((), |r| r.get(0))?;
    rows.collect::<Result<_, _>>()
}

/// Adds a custom permission name.
pub fn insert_permission(conn: &Conn, name: &str, description: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO permissions (name, description, builtin) VALUES (?1, ?2, FALSE)",
        params![name, description],
    )?;
    Ok(())
}

/// Removes a permission name (the caller checked it is custom and unused).
pub fn delete_permission(conn: &Conn, name: &str) -> Result<()> {
    conn.execute("DELETE FROM permissions WHERE name = ?1", [name])?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------

/// A group with its permissions and how many members and resource grants it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub created_at: String,
    pub members: i64,
    pub permissions: Vec<String>,
    pub grants: i64,
}

/// The columns [`group_from_row`] reads: members and grants that have not ended.
fn group_columns(d: super::Dialect) -> String {
    format!(
        "g.id, g.name, g.description, g.created_at, \
         (SELECT count(*) FROM group_members m WHERE m.group_id = g.id AND {}), \
         (SELECT count(*) FROM resource_grants r WHERE r.group_id = g.id AND {})",
        ends::live_sql(d, "m.ends_at"),
        ends::live_sql(d, "r.ends_at")
    )
}

fn group_from_row(r: &Row<'_>) -> Result<Group> {
    Ok(Group {
        id: r.get(0)?,
        name: r.get(1)?,
        description: r.get(2)?,
        created_at: r.get(3)?,
        members: r.get(4)?,
        permissions: Vec::new(),
        grants: r.get(5)?,
    })
}

/// Every group, by name.
pub fn groups(conn: &Conn) -> Result<Vec<Group>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {} FROM groups g ORDER BY g.name",
        group_columns(conn.dialect())
    ))?;
    let rows = stmt
        .query_map((), group_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|mut g| {
            g.permissions = group_permissions(conn, g.id)?;
            Ok(g)
        })
        .collect()
}

/// One group by name (case-insensitive).
pub fn find_group(conn: &Conn, name: &str) -> Result<Option<Group>> {
    let found = conn
        .query_row(
            &format!(
                "SELECT {} FROM groups g WHERE g.name = ?1",
                group_columns(conn.dialect())
            ),
            [name],
            group_from_row,
        )
        .optional()?;
    match found {
        Some(mut g) => {
            g.permissions = group_permissions(conn, g.id)?;
            Ok(Some(g))
        }
        None => Ok(None),
    }
}

/// Creates a group; returns its id.
pub fn insert_group(conn: &Conn, name: &str, description: &str) -> Result<i64> {
    conn.query_row(
        "INSERT INTO groups (name, description, created_at) VALUES (?1, ?2, ?3) RETURNING id",
        params![name, description, clock::now()],
        |r| r.get(0),
    )
}

/// Deletes a group; its memberships, permissions and resource grants cascade.
pub fn delete_group(conn: &Conn, id: i64) -> Result<()> {
    conn.execute("DELETE FROM groups WHERE id = ?1", [id])?;
    Ok(())
}

/// The permissions a group gives, sorted.
pub fn group_permissions(conn: &Conn, group_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT permission FROM group_permissions WHERE group_id = ?1 ORDER BY permission",
    )?;
    let rows = stmt.query_map([group_id], |r| r.get(0))?;
    rows.collect::<Result<_, _>>()
}

/// Gives a group a permission; returns whether it was new.
pub fn grant_group(conn: &Conn, group_id: i64, permission: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO group_permissions (group_id, permission) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        )?
        .execute(params![group_id, permission])?
        > 0)
}

/// Takes a permission from a group; returns whether it had it.
pub fn revoke_group(conn: &Conn, group_id: i64, permission: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM group_permissions WHERE group_id = ?1 AND permission = ?2")?
        .execute(params![group_id, permission])?
        > 0)
}

/// The usernames of a group's members, sorted.
pub fn members(conn: &Conn, group_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT u.username FROM group_members m JOIN users u ON u.id = m.user_id \
         WHERE m.group_id = ?1 AND {} ORDER BY u.username",
        ends::live_sql(conn.dialect(), "m.ends_at")
    ))?;
    let rows = stmt.query_map([group_id], |r| r.get(0))?;
    rows.collect::<Result<_, _>>()
}

/// The ids of a group's members.
pub fn member_ids(conn: &Conn, group_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT user_id FROM group_members WHERE group_id = ?1 AND {}",
        ends::live_sql(conn.dialect(), "ends_at")
    ))?;
    let rows = stmt.query_map([group_id], |r| r.get(0))?;
    rows.collect::<Result<_, _>>()
}

/// Adds a member for good (also one whose membership had ended); returns whether it
/// was not one.
pub fn add_member(conn: &Conn, group_id: i64, user_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached(&format!(
            "INSERT INTO group_members (group_id, user_id, added_at) VALUES (?1, ?2, ?3) \
             ON CONFLICT (group_id, user_id) DO UPDATE SET added_at = excluded.added_at, \
             ends_at = NULL WHERE NOT {}",
            ends::live_sql(conn.dialect(), "group_members.ends_at")
        ))?
        .execute(params![group_id, user_id, clock::now()])?
        > 0)
}

/// Removes a member; returns whether it was one.
pub fn remove_member(conn: &Conn, group_id: i64, user_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM group_members WHERE group_id = ?1 AND user_id = ?2")?
        .execute(params![group_id, user_id])?
        > 0)
}

/// The (id, name) of the groups an account belongs to, by name.
pub fn groups_of(conn: &Conn, user_id: i64) -> Result<Vec<(i64, String)>> {
    Ok(memberships_of(conn, user_id)?
        .into_iter()
        .map(|(id, name, _)| (id, name))
        .collect())
}

/// The (id, name, end) of the groups an account belongs to now, by name.
pub fn memberships_of(conn: &Conn, user_id: i64) -> Result<Vec<(i64, String, Ends)>> {
    let d = conn.dialect();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT g.id, g.name, {} FROM group_members m JOIN groups g ON g.id = m.group_id \
         WHERE m.user_id = ?1 AND {} ORDER BY g.name",
        ends::end_text_sql(d, "m.ends_at"),
        ends::live_sql(d, "m.ends_at")
    ))?;
    let rows = stmt.query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect::<Result<_, _>>()
}

// ---------------------------------------------------------------------------
// Per-account grants and denials
// ---------------------------------------------------------------------------

/// An account's overrides of its role, grants that have ended left out: (permission,
/// effect 'grant'|'deny', when a grant ends), by name. A denial never ends.
pub fn overrides(conn: &Conn, user_id: i64) -> Result<Vec<(String, String, Ends)>> {
    let d = conn.dialect();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT permission, effect, {} FROM user_permissions \
         WHERE user_id = ?1 AND (effect = 'deny' OR {}) ORDER BY permission",
        ends::end_text_sql(d, "ends_at"),
        ends::live_sql(d, "ends_at")
    ))?;
    let rows = stmt.query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect::<Result<_, _>>()
}

/// Sets one override (replacing the other effect, or a grant's end: `ends`, `None`
/// for never); returns whether anything changed. A grant that had ended counts as
/// none.
pub fn set_override(
    conn: &Conn,
    user_id: i64,
    permission: &str,
    effect: &str,
    ends: Option<&str>,
) -> Result<bool> {
    let d = conn.dialect();
    Ok(conn
        .prepare_cached(&format!(
            "INSERT INTO user_permissions (user_id, permission, effect, created_at, ends_at) \
             VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (user_id, permission) DO UPDATE SET effect = excluded.effect, \
             created_at = excluded.created_at, ends_at = excluded.ends_at \
             WHERE user_permissions.effect <> excluded.effect \
             OR NOT {} OR {} IS DISTINCT FROM {}",
            ends::live_sql(d, "user_permissions.ends_at"),
            ends::end_text_sql(d, "user_permissions.ends_at"),
            ends::end_text_sql(d, "excluded.ends_at"),
        ))?
        .execute(params![user_id, permission, effect, clock::now(), ends])?
        > 0)
}

/// Deletes an account's denial of one permission; returns whether it had one.
pub fn remove_denial(conn: &Conn, user_id: i64, permission: &str) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM user_permissions WHERE user_id = ?1 AND permission = ?2 AND effect = 'deny'",
        params![user_id, permission],
    )? > 0)
}

/// Deletes every override of an account; returns how many there were.
pub fn clear_overrides(conn: &Conn, user_id: i64) -> Result<usize> {
    conn.execute("DELETE FROM user_permissions WHERE user_id = ?1", [user_id])
}

/// The permissions of the role an account has now (its temporary role until that
/// ends): (permission, role, when the role ends).
pub fn role_permissions_of(conn: &Conn, user_id: i64) -> Result<Vec<(String, String, Ends)>> {
    let d = conn.dialect();
    let role = ends::role_sql(d, "u.");
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT rp.permission, {role}, {} FROM users u JOIN role_permissions rp ON rp.role = {role} \
         WHERE u.id = ?1",
        ends::role_ends_sql(d, "u.")
    ))?;
    let rows = stmt.query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect::<Result<_, _>>()
}

/// The permissions an account's groups give now: (permission, group name, when the
/// membership ends).
pub fn group_permissions_of(conn: &Conn, user_id: i64) -> Result<Vec<(String, String, Ends)>> {
    let d = conn.dialect();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT gp.permission, g.name, {} FROM group_members m \
         JOIN groups g ON g.id = m.group_id \
         JOIN group_permissions gp ON gp.group_id = m.group_id WHERE m.user_id = ?1 AND {}",
        ends::end_text_sql(d, "m.ends_at"),
        ends::live_sql(d, "m.ends_at")
    ))?;
    let rows = stmt.query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect::<Result<_, _>>()
}

/// When a grant, a membership or a temporary role ends (`YYYY-MM-DDTHH:MM:SSZ`);
/// `None`: it does not.
pub type Ends = Option<String>;

/// The `effective_permissions` view of revision 3 (the statement that replaces
/// revision 2's): role ∪ groups ∪ the account's grants − the account's denials, as
/// [`crate::authz::effective`] says in Rust, counting only what has not ended; the
/// role is the temporary one until it ends. `ends_at`: when the source ends (NULL:
/// it does not).
pub fn effective_permissions_view(d: super::Dialect) -> String {
    let create = match d {
        super::Dialect::Sqlite => "DROP VIEW IF EXISTS effective_permissions;\nCREATE VIEW",
        super::Dialect::Postgres => "CREATE OR REPLACE VIEW",
    };
    let temporary = ends::temporary_sql(d, "u2.");
    format!(
        "{create} effective_permissions (user_id, username, permission, source, ends_at) AS
    SELECT u.id, u.username, p.permission, p.source, p.ends_at
    FROM users u
    JOIN (
        SELECT u2.id AS user_id, rp.permission, 'role:' || u2.role AS source,
               CAST(NULL AS TEXT) AS ends_at
            FROM users u2 JOIN role_permissions rp ON rp.role = u2.role
            WHERE NOT {temporary}
        UNION ALL
        SELECT u2.id, rp.permission, 'role:' || u2.temporary_role, {role_end}
            FROM users u2 JOIN role_permissions rp ON rp.role = u2.temporary_role
            WHERE {temporary}
        UNION ALL
        SELECT gm.user_id, gp.permission, 'group:' || g.name, {member_end}
            FROM group_members gm
            JOIN groups g ON g.id = gm.group_id
            JOIN group_permissions gp ON gp.group_id = gm.group_id
            WHERE {member_live}
        UNION ALL
        SELECT up.user_id, up.permission, 'grant', {grant_end}
            FROM user_permissions up WHERE up.effect = 'grant' AND {grant_live}
    ) p ON p.user_id = u.id
    WHERE NOT EXISTS (
        SELECT 1 FROM user_permissions d
        WHERE d.user_id = p.user_id AND d.permission = p.permission AND d.effect = 'deny'
    );
",
        role_end = ends::end_text_sql(d, "u2.temporary_role_ends_at"),
        member_end = ends::end_text_sql(d, "gm.ends_at"),
        member_live = ends::live_sql(d, "gm.ends_at"),
        grant_end = ends::end_text_sql(d, "up.ends_at"),
        grant_live = ends::live_sql(d, "up.ends_at"),
    )
}

/// Rows of the `effective_permissions` view for one account: (permission, source).
pub fn effective_view(conn: &Conn, user_id: i64) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT permission, source FROM effective_permissions WHERE user_id = ?1 \
         ORDER BY permission, source",
    )?;
    let rows = stmt.query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect::<Result<_, _>>()
}

/// The ids and password hashes of the accounts that can log in and stay able to (active, a
/// password, a person, no expiry date: an expiry even far ahead is a lockout that
/// will come by itself) and hold `permission` through their role, a group or a grant, without a denial of it. The
/// same union and difference as the `effective_permissions` view. The holders are
/// found through indexes (the role's accounts by `users_role_status`, the groups' and
/// grants' by their own), so the cost follows how many hold the permission, not how
/// many accounts there are: the guard runs twice in every write.
pub fn login_holders(conn: &Conn, permission: &str) -> Result<Vec<(i64, String)>> {
    // The roles that hold it, first, given to the query as values: a server's planner
    // then reads from its statistics that an admin role has a handful of accounts,
    // where behind a subquery it assumes a third of them and reads every account
    // (about 140 ms on a million, twice in every write).
    let roles: Vec<String> = conn
        .prepare_cached("SELECT role FROM role_permissions WHERE permission = ?1 ORDER BY role")?
        .query_map([permission], |r| r.get(0))?
        .collect::<Result<_>>()?;
    let marks = if roles.is_empty() {
        "NULL".to_string()
    } else {
        (2..roles.len() + 2)
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut args = vec![permission.to_string()];
    args.extend(roles);
    let mut stmt = conn.prepare_cached(&holders_sql(conn.dialect(), &marks))?;
    let rows = stmt.query_map(super::params_from_iter(args), |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    rows.collect::<Result<_>>()
}

/// The query of [`login_holders`], as one statement (`?1`: the permission): the guard
/// inside the database runs it (see `db::guard`).
pub(super) fn login_holders_sql(d: super::Dialect) -> String {
    holders_sql(d, "SELECT role FROM role_permissions WHERE permission = ?1")
}

/// The one definition of the holders who can log in, with `roles` the roles that hold
/// the permission (a subquery, or values). The role's accounts are picked by role alone:
/// given `status` too, SQLite prefers `users_status`, which every active account is in.
/// An account past its 2FA grace period without a second factor cannot log in (see
/// [`super::second_factor::overdue_sql`]).
fn holders_sql(d: super::Dialect, roles: &str) -> String {
    format!(
        "SELECT u.id, u.password_hash FROM users u \
         WHERE u.id IN (SELECT h.id FROM users h WHERE h.role IN ({roles}) AND NOT {temporary} \
                        UNION SELECT m.user_id FROM group_members m \
                        JOIN group_permissions gp ON gp.group_id = m.group_id \
                        WHERE gp.permission = ?1 AND m.ends_at IS NULL \
                        UNION SELECT user_id FROM user_permissions \
                        WHERE permission = ?1 AND effect = 'grant' AND ends_at IS NULL) \
         AND u.status = 'active' AND u.kind = 'person' AND u.password_hash IS NOT NULL \
         AND u.expires_at IS NULL \
         AND u.id NOT IN (SELECT user_id FROM user_permissions \
                          WHERE permission = ?1 AND effect = 'deny') \
         AND NOT {}",
        super::second_factor::overdue_sql(d, "u."),
        temporary = ends::temporary_sql(d, "h."),
    )
}

// ---------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------

/// One resource grant, to an account or a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResourceGrant {
    /// `user:NAME` or `group:NAME`.
    pub holder: String,
    pub resource_type: String,
    pub resource_id: String,
    pub level: String,
    pub created_at: String,
    /// When the grant ends (`--until`); `None`: it does not.
    pub ends_at: Option<String>,
}

/// Whom a grant is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    User(i64),
    Group(i64),
}

impl Holder {
    fn ids(self) -> (Option<i64>, Option<i64>) {
        match self {
            Holder::User(id) => (Some(id), None),
            Holder::Group(id) => (None, Some(id)),
        }
    }
}

/// The level a holder is granted on one resource, if any.
pub fn grant_level(
    conn: &Conn,
    holder: Holder,
    resource_type: &str,
    resource_id: &str,
) -> Result<Option<String>> {
    Ok(grant(conn, holder, resource_type, resource_id)?.map(|(level, _)| level))
}

/// The level and end of a holder's grant on one resource that has not ended, if any.
pub fn grant(
    conn: &Conn,
    holder: Holder,
    resource_type: &str,
    resource_id: &str,
) -> Result<Option<(String, Ends)>> {
    let (user, group) = holder.ids();
    let d = conn.dialect();
    conn.prepare_cached(&format!(
        "SELECT level, {} FROM resource_grants WHERE user_id IS NOT DISTINCT FROM ?1 AND group_id IS NOT DISTINCT FROM ?2 \
             AND resource_type = ?3 AND resource_id = ?4 AND {}",
        ends::end_text_sql(d, "ends_at"),
        ends::live_sql(d, "ends_at")
    ))?
    .query_row(params![user, group, resource_type, resource_id], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .optional()
}

/// Grants a resource until `ends` (`None`: for good), or changes the level and end of
/// an existing grant (one that had ended is granted anew).
pub fn set_grant(
    conn: &Conn,
    holder: Holder,
    resource_type: &str,
    resource_id: &str,
    level: &str,
    ends: Option<&str>,
) -> Result<()> {
    let (user, group) = holder.ids();
    let updated = conn
        .prepare_cached(
            "UPDATE resource_grants SET level = ?5, ends_at = ?6 WHERE user_id IS NOT DISTINCT FROM ?1 AND group_id IS NOT DISTINCT FROM ?2 \
             AND resource_type = ?3 AND resource_id = ?4",
        )?
        .execute(params![user, group, resource_type, resource_id, level, ends])?;
    if updated == 0 {
        conn.prepare_cached(
            "INSERT INTO resource_grants (user_id, group_id, resource_type, resource_id, level, \
             created_at, ends_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            user,
            group,
            resource_type,
            resource_id,
            level,
            clock::now(),
            ends
        ])?;
    }
    Ok(())
}

/// Removes a grant; returns whether there was one.
pub fn delete_grant(
    conn: &Conn,
    holder: Holder,
    resource_type: &str,
    resource_id: &str,
) -> Result<bool> {
    let (user, group) = holder.ids();
    Ok(conn
        .prepare_cached(
            "DELETE FROM resource_grants WHERE user_id IS NOT DISTINCT FROM ?1 AND group_id IS NOT DISTINCT FROM ?2 \
             AND resource_type = ?3 AND resource_id = ?4",
        )?
        .execute(params![user, group, resource_type, resource_id])?
        > 0)
}

/// Grants, optionally only those of one holder and of one type, by holder then resource.
pub fn grants(
    conn: &Conn,
    holder: Option<Holder>,
    resource_type: Option<&str>,
) -> Result<Vec<ResourceGrant>> {
    // One statement per kind of holder, so each uses its index (an `IS NULL OR`
    // filter would scan every grant).
    let (filter, key) = match holder {
        Some(Holder::User(id)) => ("r.user_id = ?1", Some(id)),
        Some(Holder::Group(id)) => ("r.group_id = ?1", Some(id)),
        None => ("?1 IS NULL", None),
    };
    let d = conn.dialect();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT CASE WHEN r.user_id IS NOT NULL THEN 'user:' || u.username \
                ELSE 'group:' || g.name END AS holder, \
         r.resource_type, r.resource_id, r.level, r.created_at, {} \
         FROM resource_grants r \
         LEFT JOIN users u ON u.id = r.user_id LEFT JOIN groups g ON g.id = r.group_id \
         WHERE {filter} AND (CAST(?2 AS TEXT) IS NULL OR r.resource_type = ?2) AND {} \
         ORDER BY holder, r.resource_type, r.resource_id",
        ends::end_text_sql(d, "r.ends_at"),
        ends::live_sql(d, "r.ends_at")
    ))?;
    let rows = stmt.query_map(params![key, resource_type], |r| {
        Ok(ResourceGrant {
            holder: r.get(0)?,
            resource_type: r.get(1)?,
            resource_id: r.get(2)?,
            level: r.get(3)?,
            created_at: r.get(4)?,
            ends_at: r.get(5)?,
        })
    })?;
    rows.collect::<Result<_, _>>()
}

/// The levels an account's groups grant on one resource: (group name, level).
pub fn group_grant_levels(
    conn: &Conn,
    user_id: i64,
    resource_type: &str,
    resource_id: &str,
) -> Result<Vec<(String, String)>> {
    let d = conn.dialect();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT g.name, r.level FROM group_members m \
         JOIN resource_grants r ON r.group_id = m.group_id \
         JOIN groups g ON g.id = m.group_id \
         WHERE m.user_id = ?1 AND r.resource_type = ?2 AND r.resource_id = ?3 AND {} AND {}",
        ends::live_sql(d, "m.ends_at"),
        ends::live_sql(d, "r.ends_at")
    ))?;
    let rows = stmt.query_map(params![user_id, resource_type, resource_id], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    rows.collect::<Result<_, _>>()
}

/// One account's mode for one resource type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mode {
    pub resource_type: String,
    pub mode: String,
    pub level: String,
}

/// An account's mode for a type, if it has one.
pub fn mode(conn: &Conn, user_id: i64, resource_type: &str) -> Result<Option<Mode>> {
    conn.prepare_cached(
        "SELECT resource_type, mode, level FROM resource_modes \
             WHERE user_id = ?1 AND resource_type = ?2",
    )?
    .query_row(params![user_id, resource_type], |r| {
        Ok(Mode {
            resource_type: r.get(0)?,
            mode: r.get(1)?,
            level: r.get(2)?,
        })
    })
    .optional()
}

/// Every mode of an account, by type.
pub fn modes(conn: &Conn, user_id: i64) -> Result<Vec<Mode>> {
    let mut stmt = conn.prepare_cached(
        "SELECT resource_type, mode, level FROM resource_modes WHERE user_id = ?1 \
         ORDER BY resource_type",
    )?;
    let rows = stmt.query_map([user_id], |r| {
        Ok(Mode {
            resource_type: r.get(0)?,
            mode: r.get(1)?,
            level: r.get(2)?,
        })
    })?;
    rows.collect::<Result<_, _>>()
}

/// Sets an account's mode for a type.
pub fn set_mode(
    conn: &Conn,
    user_id: i64,
    resource_type: &str,
    mode: &str,
    level: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO resource_modes (user_id, resource_type, mode, level) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (user_id, resource_type) DO UPDATE SET mode = excluded.mode, \
         level = excluded.level",
    )?
    .execute(params![user_id, resource_type, mode, level])?;
    Ok(())
}

/// The SQL an application runs to answer "may account `:user_id` open resource
/// `:type`:`:id` at level `:level`" (`read` or `write`) now: one row, 1 or 0. A grant
/// or membership whose end (`ends_at`) has passed gives nothing. The application guide's
/// "Access model" shows this text; `access check` gives the same answer, decided in
/// Rust by [`crate::authz::resource_level`] (a property test holds them together).
pub const ACCESS_SQL: &str = "\
WITH m AS (SELECT mode, CASE level WHEN 'write' THEN 2 WHEN 'read' THEN 1 ELSE 0 END AS lvl
           FROM resource_modes WHERE user_id = :user_id AND resource_type = :type),
own AS (SELECT max(CASE level WHEN 'write' THEN 2 WHEN 'read' THEN 1 ELSE 0 END) AS lvl FROM resource_grants
        WHERE user_id = :user_id AND resource_type = :type AND resource_id = :id
          AND (ends_at IS NULL OR unixepoch(ends_at) > unixepoch())),
grp AS (SELECT max(CASE r.level WHEN 'write' THEN 2 WHEN 'read' THEN 1 ELSE 0 END) AS lvl
        FROM group_members gm JOIN resource_grants r ON r.group_id = gm.group_id
        WHERE gm.user_id = :user_id AND r.resource_type = :type AND r.resource_id = :id
          AND (gm.ends_at IS NULL OR unixepoch(gm.ends_at) > unixepoch())
          AND (r.ends_at IS NULL OR unixepoch(r.ends_at) > unixepoch()))
SELECT CASE
  WHEN EXISTS (SELECT 1 FROM effective_permissions
               WHERE user_id = :user_id AND permission = 'resources.all') THEN 2
  WHEN (SELECT mode FROM m) = 'full'
    THEN max((SELECT lvl FROM m), coalesce(own.lvl, 0), coalesce(grp.lvl, 0))
  WHEN (SELECT mode FROM m) = 'deny'
    THEN CASE WHEN own.lvl IS NOT NULL THEN 0 ELSE max((SELECT lvl FROM m), coalesce(grp.lvl, 0)) END
  ELSE max(coalesce(own.lvl, 0), coalesce(grp.lvl, 0))
END >= CASE :level WHEN 'write' THEN 2 WHEN 'read' THEN 1 ELSE 3 END AS allowed
FROM own, grp";

/// Runs [`ACCESS_SQL`] (tests and benchmarks compare it with `access check`).
pub fn access_sql(
    conn: &Conn,
    user_id: i64,
    resource_type: &str,
    resource_id: &str,
    level: &str,
) -> Result<bool> {
    conn.prepare_cached(ACCESS_SQL)?.query_row(
        // The names in the order they first appear: SQLite numbers named parameters
        // so, and the store binds them by number on both engines.
        params![user_id, resource_type, resource_id, level],
        |r| r.get(0),
    )
}

/// Per-account counts for `user list --counts`: (groups, resource grants).
pub fn counts_of(conn: &Conn, user_id: i64) -> Result<(i64, i64)> {
    let live = ends::live_sql(conn.dialect(), "ends_at");
    conn.prepare_cached(&format!(
        "SELECT (SELECT count(*) FROM group_members WHERE user_id = ?1 AND {live}), \
             (SELECT count(*) FROM resource_grants WHERE user_id = ?1 AND {live})"
    ))?
    .query_row([user_id], |r| Ok((r.get(0)?, r.get(1)?)))
}

/// Adds a permission name if it is missing, for unit tests.
///
/// # Panics
/// When the insert fails (a test's setup is wrong).
#[cfg(test)]
pub fn ensure_permission_for_test(conn: &Conn, name: &str) {
    conn.execute(
        "INSERT INTO permissions (name) VALUES (?1) ON CONFLICT DO NOTHING",
        [name],
    )
    .expect("add a test permission");
}

/// Everything the access guard protects, as sortable text: each effective
/// permission, each account's kind, expiry and whether it has a password, and the
/// number of audit entries. Unit tests compare it before and after a refused change.
///
/// # Panics
/// When the query fails.
#[cfg(test)]
pub fn snapshot_for_test(conn: &Conn) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = conn
        .prepare(
            "SELECT 'ep', user_id || ' ' || permission || ' ' || source FROM effective_permissions \
             UNION ALL SELECT 'u', username || ' ' || kind || ' ' || coalesce(expires_at, '') || \
             ' ' || (password_hash IS NOT NULL) FROM users \
             UNION ALL SELECT 'a', count(*) FROM audit_log",
        )
        .expect("prepare the snapshot")
        .query_map((), |r| {
            Ok((
                r.get(0)?,
                r.get::<super::Value>(1)
                    .map(|v| format!("{v:?}"))?,
            ))
        })
        .expect("read the snapshot")
        .collect::<Result<_, _>>()
        .expect("read the snapshot");
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The guard's query reaches accounts by id or by role (an index each), never by
    /// reading every active account: on a million accounts that was 0.6 s a count.
    #[test]
    fn the_guard_query_reads_accounts_through_indexes_only() {
        let conn = crate::db::open_in_memory().unwrap();
        let mut stmt = conn
            .prepare(&format!(
                "EXPLAIN QUERY PLAN {}",
                login_holders_sql(crate::db::Dialect::Sqlite)
            ))
            .unwrap();
        let plan: Vec<String> = stmt
            .query_map(["users.manage"], |r| r.get(3))
            .unwrap()
            .collect::<Result<_>>()
            .unwrap();
        let on_users: Vec<&String> = plan
            .iter()
            .filter(|l| l.contains(" u ") || l.contains(" h "))
            .collect();
        assert_eq!(on_users.len(), 2, "{plan:#?}");
        for step in on_users {
            assert!(
                step.starts_with("SEARCH")
                    && (step.contains("rowid=?") || step.contains("(role=?)")),
                "{plan:#?}"
            );
        }
    }
}
