//! SQL for shell completion: the names starting with what was typed, sorted.

use anyhow::Result;
use rusqlite::Connection;

/// What a completed word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    User,
    Role,
    Group,
    Permission,
}

/// At most `limit` names of `kind` starting with `prefix` (case-insensitive).
pub fn starting_with(
    conn: &Connection,
    kind: Kind,
    prefix: &str,
    limit: u32,
) -> Result<Vec<String>> {
    let sql = match kind {
        Kind::User => "SELECT username FROM users WHERE username LIKE ?1 ESCAPE '\\' ORDER BY username LIMIT ?2",
        Kind::Role => "SELECT name FROM roles WHERE name LIKE ?1 ESCAPE '\\' ORDER BY name LIMIT ?2",
        Kind::Group => "SELECT name FROM groups WHERE name LIKE ?1 ESCAPE '\\' ORDER BY name LIMIT ?2",
        Kind::Permission => "SELECT name FROM permissions WHERE name LIKE ?1 ESCAPE '\\' ORDER BY name LIMIT ?2",
    };
    let pattern = format!(
        "{}%",
        prefix
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(rusqlite::params![pattern, limit], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_start_with_the_prefix_literally() {
        let conn = Connection::open_in_memory().unwrap();
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
