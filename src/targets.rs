//! Many accounts at once: which accounts a per-account verb acts on.
//!
//! A verb names its targets one of three ways — `USER…`, `--from FILE` (the same
//! names, one a line) or `--all-matching` with filters — and [`resolve`] turns that
//! [`Selection`] into accounts. Call it inside the [`crate::authz::write`]
//! transaction: the accounts a filter selects are then the ones the change sees,
//! whatever another process did meanwhile, and every target changes or none does.

use std::collections::HashSet;

use anyhow::Result;

use crate::authz::{self, Action, Actor};
use crate::db::{self, users::Filter, users::Sort, Conn};
use crate::error::{refuse, Refusal};
use crate::output::echo;

/// How a verb names its accounts.
#[derive(Debug, Clone)]
pub enum Selection {
    /// Usernames or email addresses (case-insensitive), from the command line or a file.
    Names(Vec<String>),
    /// Every account matching the filter.
    Matching(Filter),
}

/// One selected account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: i64,
    pub username: String,
}

/// How many unknown names a not-found refusal lists before "and N more".
const NAMES_SHOWN: usize = 10;

/// The accounts a selection names, each once, in the order named (filters: by
/// username). An unknown name refuses the lot (exit 3, naming every unknown one);
/// more than `max` accounts refuses it too (exit 7). An empty filter selection is
/// not an error: there is nothing to do. Which accounts a filter matches is for
/// an actor that may list accounts (`users.view`): any other is refused (exit 6)
/// before anything is read, so no count or name tells it.
pub fn resolve(
    conn: &Conn,
    actor: &Actor,
    selection: &Selection,
    max: Option<u64>,
) -> Result<Vec<Target>> {
    let targets = match selection {
        Selection::Names(names) => by_name(conn, names)?,
        Selection::Matching(filter) => {
            authz::authorize(conn, actor, Action::ListUsers)?;
            let filter = Filter {
                sort: Sort::Username,
                limit: None,
                ..filter.clone()
            };
            let mut out = Vec::new();
            db::users::for_each(conn, &filter, |u| {
                out.push(Target {
                    id: u.id,
                    username: u.username,
                });
                Ok(())
            })?;
            out
        }
    };
    if let Some(max) = max {
        if targets.len() as u64 > max {
            return refuse(
                Refusal::invalid(format!(
                    "the selection has {} accounts, more than --max {max}; nothing changed",
                    targets.len()
                ))
                .hint("check the selection with --dry-run, narrow it, or raise --max"),
            );
        }
    }
    Ok(targets)
}

fn by_name(conn: &Conn, names: &[String]) -> Result<Vec<Target>> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut unknown: Vec<&str> = Vec::new();
    for name in names {
        match db::users::find_id(conn, name)? {
            Some((id, username)) => {
                if seen.insert(id) {
                    out.push(Target { id, username });
                }
            }
            None => unknown.push(name.trim()),
        }
    }
    match unknown.as_slice() {
        [] => Ok(out),
        [one] => refuse(
            Refusal::not_found(format!("no user '{}'", echo(one)))
                .hint("`userctl user list --search TEXT` finds users by name or email"),
        ),
        many => {
            let shown: Vec<String> = many
                .iter()
                .take(NAMES_SHOWN)
                .map(|n| format!("'{}'", echo(n)))
                .collect();
            let more = many.len().saturating_sub(NAMES_SHOWN);
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            refuse(
                Refusal::not_found(format!(
                    "{} users do not exist: {}{more}; nothing changed",
                    many.len(),
                    shown.join(", ")
                ))
                .hint("`userctl user list --search TEXT` finds users by name or email"),
            )
        }
    }
}

/// A few of the targets' names for a question or a message: `ann, ben, cat and 9 more`.
pub fn sample(targets: &[Target]) -> String {
    const SHOWN: usize = 5;
    let names: Vec<&str> = targets
        .iter()
        .take(SHOWN)
        .map(|t| t.username.as_str())
        .collect();
    match targets.len().saturating_sub(SHOWN) {
        0 => names.join(", "),
        more => format!("{} and {more} more", names.join(", ")),
    }
}

/// Reads names one a line: surrounding blanks trimmed, empty lines and lines
/// starting with `#` skipped.
pub fn names_from_text(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(conn: &Conn, name: &str, role: &str) -> i64 {
        db::users::insert_for_test(conn, name, role, None)
    }

    fn operator() -> Actor {
        Actor::Operator {
            login: "test".into(),
        }
    }

    fn names(targets: &[Target]) -> Vec<&str> {
        targets.iter().map(|t| t.username.as_str()).collect()
    }

    #[test]
    fn names_resolve_once_each_by_username_or_email() {
        let conn = db::open_in_memory().unwrap();
        add(&conn, "ann", "user");
        add(&conn, "ben", "user");
        let sel = Selection::Names(vec!["BEN".into(), "ann@example.com".into(), " ann ".into()]);
        assert_eq!(
            names(&resolve(&conn, &operator(), &sel, None).unwrap()),
            ["ben", "ann"]
        );
    }

    #[test]
    fn unknown_names_refuse_the_lot_naming_each() {
        let conn = db::open_in_memory().unwrap();
        add(&conn, "ann", "user");
        let sel = Selection::Names(vec!["ann".into(), "zed".into(), "yan".into()]);
        let err = resolve(&conn, &operator(), &sel, None).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 3);
        let msg = format!("{err}");
        assert!(msg.contains("'zed'") && msg.contains("'yan'"), "{msg}");
    }

    #[test]
    fn max_refuses_a_larger_selection() {
        let conn = db::open_in_memory().unwrap();
        for n in ["ann", "ben", "cat"] {
            add(&conn, n, "user");
        }
        let sel = Selection::Matching(Filter {
            role: Some("user".into()),
            ..Filter::default()
        });
        assert_eq!(resolve(&conn, &operator(), &sel, Some(3)).unwrap().len(), 3);
        let err = resolve(&conn, &operator(), &sel, Some(2)).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 7);
    }

    #[test]
    fn names_from_text_skips_blanks_and_comments() {
        assert_eq!(
            names_from_text("# leavers\nann\r\n\n  ben  \n#cat\n"),
            ["ann", "ben"]
        );
    }
}
