//! The last-manager guard inside a PostgreSQL database (`db guard install|remove`):
//! constraint triggers deferred to commit that refuse any transaction — the
//! application's own included — that leaves no active manager.
//!
//! The rule is the one userctl's own guard applies ([`super::access::login_holders`]):
//! the trigger function is built from that very SQL text, so there is one definition.
//! One difference is unavoidable: userctl also refuses a stored hash it cannot verify
//! (`password::check_hash`, in Rust); inside the database "can log in" is approximated
//! by `password_hash IS NOT NULL`.
//!
//! Objects (all named `userctl_guard…`):
//! - `userctl_guard_check()`: the check. It takes the lock row every userctl write
//!   takes (by updating it, so that a concurrent transaction under REPEATABLE READ or
//!   SERIALIZABLE that also changed who manages fails to serialise instead of
//!   committing on a stale count), then counts under a snapshot taken after the lock:
//!   two transactions that each demote one of the last two managers cannot both pass.
//!   SECURITY DEFINER, owned by the owner of userctl's tables, with a fixed
//!   `search_path`: an application role that may update `users` but not read
//!   `group_permissions` still gets the rule's refusal, not a permission error; a
//!   trigger function cannot be called other than by its triggers.
//! - `userctl_guard_reset()`: a statement trigger that forgets a passed check, so the
//!   check runs once per transaction (not once per changed row) yet again after any
//!   later change.
//! - on each watched table a constraint trigger `userctl_guard` (DEFERRABLE INITIALLY
//!   DEFERRED, for each row) and a statement trigger `userctl_guard_reset`, on the
//!   changes that can take a manager away (inserting an account, a role permission, a
//!   group membership or a group permission never can; a denial can). TRUNCATE
//!   cannot carry a constraint trigger and is not watched.

use anyhow::Result;

use super::{Conn, Dialect, OptionalExtension, Tx};

/// The name of the constraint triggers, and of the constraint a refusal names.
pub const TRIGGER: &str = "userctl_guard";
const RESET_TRIGGER: &str = "userctl_guard_reset";
const CHECK_FUNCTION: &str = "userctl_guard_check";
const RESET_FUNCTION: &str = "userctl_guard_reset";

/// The SQLSTATE of a refusal (check_violation), so that applications see an integrity error.
pub const SQLSTATE: &str = "23514";

/// A table whose changes can take a manager away, and which changes.
struct Watched {
    table: &'static str,
    events: &'static str,
}

const WATCHED: &[Watched] = &[
    Watched {
        table: "users",
        events: "UPDATE OF role, temporary_role, temporary_role_ends_at, status, kind, \
                 password_hash, expires_at OR DELETE",
    },
    Watched {
        table: "role_permissions",
        events: "UPDATE OR DELETE",
    },
    Watched {
        table: "group_members",
        events: "UPDATE OR DELETE",
    },
    Watched {
        table: "group_permissions",
        events: "UPDATE OR DELETE",
    },
    Watched {
        table: "user_permissions",
        events: "INSERT OR UPDATE OR DELETE",
    },
];

/// The tables the guard watches.
pub fn watched_tables() -> Vec<&'static str> {
    WATCHED.iter().map(|w| w.table).collect()
}

/// The words of a refusal: what application developers read in their error.
pub const MESSAGE: &str = "userctl guard: this transaction would leave no active manager";
const DETAIL: &str = "An active manager is an active person account with a password and no \
    expiry date that holds users.manage through its role, a group or a grant, for good (not until \
    a time), and is not denied it.";
const HINT: &str = "Keep or make another manager in the same transaction. This rule was \
    installed by `userctl db guard install`; `userctl db guard remove` removes it.";

/// What is installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Every object, as this userctl writes it.
    Installed,
    /// None of the objects.
    Absent,
    /// Some objects are missing or differ: what is wrong.
    Damaged(Vec<String>),
}

/// The body of the check function: the guard's query, one definition with
/// [`super::access::login_holders`].
fn check_body() -> String {
    let holders =
        super::access::login_holders_sql(super::Dialect::Postgres).replace("?1", "'users.manage'");
    format!(
        "
BEGIN
  -- Once per transaction: a later change to a watched table forgets a passed check.
  IF current_setting('userctl.guard_checked', true) = txid_current()::text THEN
    RETURN NULL;
  END IF;
  -- The lock row of every userctl write; the count below sees what committed before it.
  UPDATE userctl_schema SET version = version;
  -- userctl itself also refuses hashes it cannot verify; here a password is any hash.
  IF NOT EXISTS ({holders}) THEN
    RAISE EXCEPTION USING ERRCODE = '{SQLSTATE}', CONSTRAINT = '{TRIGGER}',
      MESSAGE = '{MESSAGE}', DETAIL = '{DETAIL}', HINT = '{HINT}';
  END IF;
  PERFORM set_config('userctl.guard_checked', txid_current()::text, true);
  RETURN NULL;
END
"
    )
}

const RESET_BODY: &str = "
BEGIN
  PERFORM set_config('userctl.guard_checked', '', true);
  RETURN NULL;
END
";

/// The schema userctl's tables are in (quoted as an identifier where needed) and
/// whether the current role may act as their owner.
fn schema_and_ownership(conn: &Conn) -> Result<(String, String, bool)> {
    conn.query_row(
        "SELECT c.relnamespace::regnamespace::text, pg_get_userbyid(c.relowner), \
         pg_has_role(current_user, c.relowner, 'MEMBER') \
         FROM pg_class c WHERE c.oid = 'users'::regclass",
        (),
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

/// What of the guard the database holds.
pub fn state(conn: &Conn) -> Result<State> {
    if conn.dialect() != Dialect::Postgres {
        return Ok(State::Absent);
    }
    let mut found = 0;
    let mut problems = Vec::new();
    let mut expected = 0;
    for w in WATCHED {
        for name in [TRIGGER, RESET_TRIGGER] {
            expected += 1;
            let present: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM pg_trigger \
                 WHERE tgrelid = to_regclass(?1) AND tgname = ?2)",
                [w.table, name],
                |r| r.get(0),
            )?;
            if present {
                found += 1;
            } else {
                problems.push(format!("trigger {name} on {} is missing", w.table));
            }
        }
    }
    for (function, body) in [
        (CHECK_FUNCTION, check_body()),
        (RESET_FUNCTION, RESET_BODY.to_string()),
    ] {
        expected += 1;
        let source: Option<String> = conn
            .query_row(
                "SELECT p.prosrc FROM pg_proc p \
                 WHERE p.proname = ?1 AND p.pronamespace = \
                 (SELECT relnamespace FROM pg_class WHERE oid = 'users'::regclass)",
                [function],
                |r| r.get(0),
            )
            .optional()?;
        match source {
            Some(s) if s == body => found += 1,
            Some(_) => {
                found += 1;
                problems.push(format!(
                    "function {function}() is not the one this userctl writes"
                ));
            }
            None => problems.push(format!("function {function}() is missing")),
        }
    }
    Ok(if found == 0 {
        State::Absent
    } else if problems.is_empty() && found == expected {
        State::Installed
    } else {
        State::Damaged(problems)
    })
}

/// Why installing is refused: the current role is not (a member of) the owner of
/// userctl's tables, who is named.
pub fn not_owner(conn: &Conn) -> Result<Option<String>> {
    let (_, owner, member) = schema_and_ownership(conn)?;
    Ok((!member).then_some(owner))
}

/// Installs (or repairs) the guard inside `tx`. Returns whether anything changed.
pub fn install(tx: &Tx<'_>) -> Result<bool> {
    if state(tx)? == State::Installed {
        return Ok(false);
    }
    let (schema, owner, _) = schema_and_ownership(tx)?;
    let owner = super::owned::quote_ident(&owner);
    let path = format!("pg_catalog, {schema}, pg_temp");
    tx.execute_batch(&format!(
        "CREATE OR REPLACE FUNCTION {CHECK_FUNCTION}() RETURNS trigger LANGUAGE plpgsql \
         SECURITY DEFINER SET search_path = {path} AS $userctl${}$userctl$;\n\
         ALTER FUNCTION {CHECK_FUNCTION}() OWNER TO {owner};\n\
         REVOKE ALL ON FUNCTION {CHECK_FUNCTION}() FROM PUBLIC;\n\
         CREATE OR REPLACE FUNCTION {RESET_FUNCTION}() RETURNS trigger LANGUAGE plpgsql \
         SET search_path = {path} AS $userctl${RESET_BODY}$userctl$;\n\
         ALTER FUNCTION {RESET_FUNCTION}() OWNER TO {owner};",
        check_body()
    ))?;
    for w in WATCHED {
        let table = w.table;
        let events = w.events;
        tx.execute_batch(&format!(
            "DROP TRIGGER IF EXISTS {TRIGGER} ON {table};\n\
             DROP TRIGGER IF EXISTS {RESET_TRIGGER} ON {table};\n\
             CREATE CONSTRAINT TRIGGER {TRIGGER} AFTER {events} ON {table} \
             DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {CHECK_FUNCTION}();\n\
             CREATE TRIGGER {RESET_TRIGGER} AFTER {events} ON {table} \
             FOR EACH STATEMENT EXECUTE FUNCTION {RESET_FUNCTION}();"
        ))?;
    }
    Ok(true)
}

/// Removes every object of the guard inside `tx`. Returns whether there was any.
pub fn remove(tx: &Tx<'_>) -> Result<bool> {
    if state(tx)? == State::Absent {
        return Ok(false);
    }
    for w in WATCHED {
        let table = w.table;
        tx.execute_batch(&format!(
            "DROP TRIGGER IF EXISTS {TRIGGER} ON {table};\n\
             DROP TRIGGER IF EXISTS {RESET_TRIGGER} ON {table};"
        ))?;
    }
    tx.execute_batch(&format!(
        "DROP FUNCTION IF EXISTS {CHECK_FUNCTION}();\n\
         DROP FUNCTION IF EXISTS {RESET_FUNCTION}();"
    ))?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_is_built_from_the_guard_query_itself() {
        let body = check_body();
        let holders = super::super::access::login_holders_sql(crate::db::Dialect::Postgres);
        assert!(holders.contains("?1"));
        assert!(body.contains(&holders.replace("?1", "'users.manage'")));
        assert!(!body.contains("?1"));
        for quoted in [MESSAGE, DETAIL, HINT] {
            assert!(!quoted.contains('\''), "{quoted}");
        }
    }
}
