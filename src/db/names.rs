//! SQL for shell completion: the names starting with what was typed, sorted.

use super::Conn;
use anyhow::Result;

/// What a completed word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    User,
    Role,
    Group,
    Permission,
    /// An attribute's name (`attr define`).
    Attribute,
    /// An attribute's name followed by `=`, its value to be typed next.
    AttributeAssignment,
    /// A setting's key (`config`): the keys userctl knows, not read from the database.
    Setting,
    /// An account or `@GROUP`.
    Subject,
    /// A resource type that has grants or modes.
    ResourceType,
    /// An import source accounts are managed by, or `none`.
    Source,
}

/// At most `limit` names of `kind` starting with `prefix` (case-insensitive).
pub fn starting_with(conn: &Conn, kind: Kind, prefix: &str, limit: u32) -> Result<Vec<String>> {
    let sql = match kind {
        Kind::User => "SELECT username FROM users WHERE username LIKE ?1 ESCAPE '\\' ORDER BY username LIMIT ?2",
        Kind::Role => "SELECT name FROM roles WHERE name LIKE ?1 ESCAPE '\\' ORDER BY name LIMIT ?2",
        Kind::Group => "SELECT name FROM groups WHERE name LIKE ?1 ESCAPE '\\' ORDER BY name LIMIT ?2",
        Kind::Permission => "SELECT name FROM permissions WHERE name LIKE ?1 ESCAPE '\\' ORDER BY name LIMIT ?2",
        Kind::Attribute => "SELECT name FROM attributes WHERE name LIKE ?1 ESCAPE '\\' ORDER BY name LIMIT ?2",
        Kind::AttributeAssignment => "SELECT name || '=' FROM attributes WHERE name LIKE ?1 ESCAPE '\\' ORDER BY name LIMIT ?2",
        Kind::Subject => "SELECT n FROM (SELECT username AS n FROM users UNION ALL SELECT '@' || name FROM groups) \
             WHERE n LIKE ?1 ESCAPE '\\' ORDER BY n LIMIT ?2",
        Kind::ResourceType => "SELECT n FROM (SELECT resource_type AS n FROM resource_grants \
             UNION SELECT resource_type FROM resource_modes) WHERE n LIKE ?1 ESCAPE '\\' ORDER BY n LIMIT ?2",
        Kind::Source => "SELECT n FROM (SELECT managed_by AS n FROM users WHERE managed_by IS NOT NULL \
             UNION SELECT 'none') WHERE n LIKE ?1 ESCAPE '\\' ORDER BY n LIMIT ?2",
        Kind::Setting => return Ok(settings_starting_with(prefix, limit)),
    };
    let pattern = format!(
        "{}%",
        prefix
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(crate::params![pattern, limit], |r| r.get(0))?;
    rows.collect::<Result<_, _>>()
}

/// At most `limit` of the setting keys userctl knows starting with `prefix`
/// (case-insensitive), sorted; no database is needed.
pub fn settings_starting_with(prefix: &str, limit: u32) -> Vec<String> {
    let mut keys: Vec<String> = crate::settings::SETTINGS
        .iter()
        .map(|s| s.key)
        .filter(|k| {
            k.get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
        })
        .map(str::to_string)
        .collect();
    keys.sort();
    keys.truncate(limit as usize);
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_start_with_the_prefix_literally() {
        let conn = Conn::Sqlite(rusqlite::Connection::open_in_memory().unwrap());
        conn.execute_batch(
            "CREATE TABLE users (username TEXT); CREATE TABLE roles (name TEXT);
             CREATE TABLE groups (name TEXT);
             INSERT INTO users VALUES ('bob'), ('bobby'), ('b_x'), ('bax'), ('alice');
             INSERT INTO roles VALUES ('admin'), ('user');
             INSERT INTO groups VALUES ('ops'), ('devs');",
        )
        .unwrap();
        let names = |kind, prefix| starting_with(&conn, kind, prefix, 100).unwrap();
        assert_eq!(names(Kind::User, "bo"), ["bob", "bobby"]);
        assert_eq!(names(Kind::User, "b_"), ["b_x"]);
        assert_eq!(names(Kind::User, "BO"), ["bob", "bobby"]);
        assert_eq!(names(Kind::Role, ""), ["admin", "user"]);
        assert_eq!(names(Kind::Group, "o"), ["ops"]);
        assert_eq!(starting_with(&conn, Kind::User, "", 2).unwrap().len(), 2);
    }
}
