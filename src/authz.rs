//! Who may do what, and the last-admin guard: the one place that knows either.
//!
//! Every change goes through [`write`]: one `BEGIN IMMEDIATE` transaction in which
//! the command authorises ([`authorize`]), changes, and audits; then the guard
//! counts active accounts holding `users.manage` and refuses the commit if the
//! change took that count to zero. Because the count happens under the write lock,
//! two processes racing to demote the last two admins cannot both succeed.

use std::time::Duration;

use anyhow::Result;
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::db::{self, users::Status};
use crate::error::{refuse, Refusal};
use crate::password;

/// The permission names userctl itself checks, and the others the built-in roles carry.
pub mod perm {
    pub const USERS_VIEW: &str = "users.view";
    pub const USERS_MANAGE: &str = "users.manage";
    pub const SESSIONS_MANAGE: &str = "sessions.manage";
    pub const ROLES_MANAGE: &str = "roles.manage";
    pub const SETTINGS_MANAGE: &str = "settings.manage";
    pub const AUDIT_VIEW: &str = "audit.view";
    pub const ANALYTICS_VIEW: &str = "analytics.view";
    pub const RESOURCES_VIEW: &str = "resources.view";
    pub const RESOURCES_EDIT: &str = "resources.edit";
    pub const PLAYGROUND_USE: &str = "playground.use";
    pub const DEMO_RESET: &str = "demo.reset";

    /// Every permission the built-in roles know (seed 000's matrix).
    pub const ALL: &[&str] = &[
        USERS_VIEW,
        USERS_MANAGE,
        SESSIONS_MANAGE,
        ROLES_MANAGE,
        SETTINGS_MANAGE,
        AUDIT_VIEW,
        ANALYTICS_VIEW,
        RESOURCES_VIEW,
        RESOURCES_EDIT,
        PLAYGROUND_USE,
        DEMO_RESET,
    ];
}

/// Who is acting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// The local operator (no `--as`): file access is the ultimate authority.
    Operator { login: String },
    /// An application account, authenticated with its password.
    Account { id: i64, username: String },
}

impl Actor {
    /// How the actor is recorded in the audit log: `os:<login>` or `user:<name>`.
    pub fn audit_name(&self) -> String {
        match self {
            Actor::Operator { login } => format!("os:{login}"),
            Actor::Account { username, .. } => format!("user:{username}"),
        }
    }

    /// The account id, when the actor is an application account.
    pub fn account_id(&self) -> Option<i64> {
        match self {
            Actor::Operator { .. } => None,
            Actor::Account { id, .. } => Some(*id),
        }
    }

    /// Whether the actor is the account `user_id`.
    pub fn is(&self, user_id: i64) -> bool {
        self.account_id() == Some(user_id)
    }
}

/// What an actor wants to do. Self-service rules are decided here, from the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See the list of all users.
    ListUsers,
    /// See one user (anyone may see themselves).
    ViewUser { target: i64 },
    /// Create, edit, change the role or status of, delete, or reset the 2FA of users.
    ManageUsers,
    /// Set a user's password (anyone may change their own, giving the current one).
    SetPassword { target: i64 },
    /// List or revoke sessions: of one user (anyone may manage their own) or of all.
    ManageSessions { target: Option<i64> },
    /// Create, list or revoke API keys: of one user (anyone may manage their own) or of all.
    ManageKeys { target: Option<i64> },
    /// Check a user's password (anyone may check their own).
    VerifyPassword { target: i64 },
    /// Create, change or delete roles.
    ManageRoles,
    /// See roles and their permissions.
    ViewRoles,
    /// Read or change settings.
    ManageSettings,
    /// Read the audit log.
    ViewAudit,
    /// See the statistics.
    ViewAnalytics,
}

impl Action {
    /// The permission that allows this action for any target.
    pub fn permission(self) -> &'static str {
        match self {
            Action::ListUsers | Action::ViewUser { .. } | Action::ViewRoles => perm::USERS_VIEW,
            Action::ManageUsers
            | Action::SetPassword { .. }
            | Action::ManageKeys { .. }
            | Action::VerifyPassword { .. } => perm::USERS_MANAGE,
            Action::ManageSessions { .. } => perm::SESSIONS_MANAGE,
            Action::ManageRoles => perm::ROLES_MANAGE,
            Action::ManageSettings => perm::SETTINGS_MANAGE,
            Action::ViewAudit => perm::AUDIT_VIEW,
            Action::ViewAnalytics => perm::ANALYTICS_VIEW,
        }
    }

    /// The account this action is about, when acting on oneself is allowed.
    fn self_service_target(self) -> Option<i64> {
        match self {
            Action::ViewUser { target }
            | Action::SetPassword { target }
            | Action::VerifyPassword { target }
            | Action::ManageKeys {
                target: Some(target),
            }
            | Action::ManageSessions {
                target: Some(target),
            } => Some(target),
            _ => None,
        }
    }
}

/// The permissions an account holds now: none unless it is active.
pub fn permissions_of(conn: &Connection, user_id: i64) -> Result<Vec<String>> {
    let user = db::users::get_by_id(conn, user_id)?;
    if user.status != Status::Active {
        return Ok(Vec::new());
    }
    db::roles::permissions(conn, &user.role)
}

/// Allows or refuses (exit 6) an action. Reads the actor's current role and status,
/// so call it inside the write transaction for changes.
pub fn authorize(conn: &Connection, actor: &Actor, action: Action) -> Result<()> {
    let Actor::Account { id, username } = actor else {
        return Ok(());
    };
    let user = db::users::get_by_id(conn, *id)?;
    if user.status != Status::Active {
        return refuse(Refusal::denied(format!(
            "account '{username}' is {} and may not act",
            user.status
        )));
    }
    if action.self_service_target() == Some(*id) {
        return Ok(());
    }
    let needed = action.permission();
    if db::roles::permissions(conn, &user.role)?
        .iter()
        .any(|p| p == needed)
    {
        return Ok(());
    }
    refuse(
        Refusal::denied(format!(
            "permission denied: '{username}' (role {}) lacks {needed}",
            user.role
        ))
        .hint("ask an account that holds it, or act as the local operator without --as"),
    )
}

/// Refuses (exit 6) an `--as` actor handing out permissions it does not hold itself
/// (granting them to a role, or giving an account a role that carries them): nobody
/// escalates through userctl. The local operator holds everything.
pub fn ensure_holds(conn: &Connection, actor: &Actor, permissions: &[String]) -> Result<()> {
    let Actor::Account { id, username } = actor else {
        return Ok(());
    };
    let held = permissions_of(conn, *id)?;
    let missing: Vec<&str> = permissions
        .iter()
        .filter(|p| !held.contains(p))
        .map(String::as_str)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    refuse(
        Refusal::denied(format!(
            "permission denied: '{username}' cannot hand out permissions it does not hold ({})",
            missing.join(", ")
        ))
        .hint("ask an account that holds them, or act as the local operator without --as"),
    )
}

/// Refuses (exit 5) an `--as` actor doing `what` to its own account.
pub fn forbid_self(actor: &Actor, target: i64, what: &str) -> Result<()> {
    if actor.is(target) {
        return refuse(
            Refusal::guard(format!("you cannot {what} your own account"))
                .hint("ask another admin, or act as the local operator without --as"),
        );
    }
    Ok(())
}

/// How long a failed authentication takes, whatever failed: no timing oracle, and a
/// brake on guessing.
pub const FAILED_LOGIN_DELAY: Duration = Duration::from_secs(1);

/// Authenticates an application account for `--as`. Any failure (no such account,
/// not active, no or wrong password) is the same refusal (exit 6), after the same
/// delay, and is recorded in the audit log as `auth.failed` by `operator` (who ran
/// userctl) with the account named and the class of failure — never the password. No
/// permission is needed for that entry; if it cannot be written the attempt is still
/// refused, and the hint says so.
pub fn authenticate(
    conn: &Connection,
    username: &str,
    password_text: &str,
    operator: &Actor,
) -> Result<Actor> {
    let user = db::users::find(conn, username)?;
    let hash = match &user {
        Some(u) => db::users::password_hash(conn, u.id)?,
        None => None,
    };
    let failure = match (&user, &hash) {
        (None, _) => "unknown-account",
        (Some(u), _) if u.status != Status::Active => "not-active",
        (Some(_), None) => "no-password",
        (Some(_), Some(hash)) => {
            if password::verify(password_text, hash).unwrap_or(false) {
                ""
            } else {
                "wrong-password"
            }
        }
    };
    match user {
        Some(u) if failure.is_empty() => Ok(Actor::Account {
            id: u.id,
            username: u.username,
        }),
        _ => {
            crate::clock::pause(FAILED_LOGIN_DELAY);
            let name: String = username.trim().chars().take(100).collect();
            let refusal = Refusal::denied(format!("authentication failed for '{name}'"));
            match record_failed_login(conn, operator, &name, failure) {
                Ok(()) => refuse(refusal),
                Err(e) => refuse(refusal.hint(format!(
                    "the failed attempt could not be recorded in the audit log: {e:#}"
                ))),
            }
        }
    }
}

/// The audit entry of a failed `--as` authentication, in its own transaction.
fn record_failed_login(
    conn: &Connection,
    operator: &Actor,
    name: &str,
    reason: &str,
) -> Result<()> {
    let tx = db::begin(conn, TransactionBehavior::Immediate)?;
    db::audit::append(
        &tx,
        &operator.audit_name(),
        "auth.failed",
        Some(name),
        &serde_json::json!({ "as": name, "reason": reason }),
    )?;
    tx.commit()?;
    Ok(())
}

/// Active accounts whose role holds `users.manage`.
pub fn active_managers(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM users \
         WHERE status = 'active' AND role IN \
         (SELECT role FROM role_permissions WHERE permission = ?1)",
        [perm::USERS_MANAGE],
        |r| r.get(0),
    )?)
}

/// Whether the change may commit: it may not take the number of active
/// `users.manage` holders from some to none. (A database already without one —
/// the lockout `recover` repairs — is not made worse by other changes.)
pub fn guard(before: i64, after: i64) -> Result<()> {
    if before > 0 && after == 0 {
        return refuse(
            Refusal::guard(
                "refused: this would leave no active account that can manage users (last-admin guard)",
            )
            .hint("create or promote another admin first, e.g. `userctl user role USER admin`"),
        );
    }
    Ok(())
}

/// Runs one change: `BEGIN IMMEDIATE`, the change (which authorises and audits
/// inside), the last-admin guard, then commit — or, with `dry_run`, roll back after
/// every check has passed, so a dry run fails exactly as the real run would.
pub fn write<T>(
    conn: &Connection,
    dry_run: bool,
    change: impl FnOnce(&Transaction<'_>) -> Result<T>,
) -> Result<T> {
    let tx = db::begin(conn, TransactionBehavior::Immediate)?;
    let before = active_managers(&tx)?;
    let out = change(&tx)?;
    guard(before, active_managers(&tx)?)?;
    if dry_run {
        tx.rollback()?;
    } else {
        tx.commit()?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::users::NewUser;

    fn add(conn: &Connection, name: &str, role: &str) -> i64 {
        db::users::insert(
            conn,
            &NewUser {
                username: name.into(),
                email: None,
                display_name: String::new(),
                role: role.into(),
                status: Status::Active,
                password_hash: None,
                must_change_password: false,
            },
        )
        .unwrap()
    }

    #[test]
    fn the_guard_refuses_removing_the_last_admin() {
        let conn = db::open_in_memory().unwrap();
        let root = add(&conn, "root", "admin");
        let err = write(&conn, false, |tx| db::users::set_role(tx, root, "user")).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 5);
        assert_eq!(db::users::get_by_id(&conn, root).unwrap().role, "admin");
    }

    #[test]
    fn the_guard_allows_it_when_another_admin_remains() {
        let conn = db::open_in_memory().unwrap();
        let root = add(&conn, "root", "admin");
        add(&conn, "second", "admin");
        write(&conn, false, |tx| db::users::set_role(tx, root, "user")).unwrap();
        assert_eq!(active_managers(&conn).unwrap(), 1);
    }

    #[test]
    fn a_dry_run_writes_nothing() {
        let conn = db::open_in_memory().unwrap();
        add(&conn, "root", "admin");
        write(&conn, true, |tx| {
            add(tx, "ghost", "user");
            Ok(())
        })
        .unwrap();
        assert!(db::users::find(&conn, "ghost").unwrap().is_none());
    }

    fn account(conn: &Connection, name: &str) -> Actor {
        let u = db::users::find(conn, name).unwrap().unwrap();
        Actor::Account {
            id: u.id,
            username: u.username,
        }
    }

    /// An action, given the target account.
    type MakeAction = fn(i64) -> Action;

    /// A change run inside the write path against one account.
    type Path = fn(&Connection, &Actor, i64) -> Result<()>;

    /// Who acts in the table: the operator, then accounts of each built-in role,
    /// then an admin who has been deactivated.
    const ACTORS: [&str; 5] = ["operator", "admin", "moderator", "user", "inactive-admin"];

    #[test]
    fn the_authorization_table() {
        let conn = db::open_in_memory().unwrap();
        for name in &ACTORS[1..] {
            let role = if *name == "inactive-admin" {
                "admin"
            } else {
                name
            };
            add(&conn, name, role);
        }
        add(&conn, "target", "user");
        let inactive = db::users::find(&conn, "inactive-admin").unwrap().unwrap();
        db::users::set_status(&conn, inactive.id, Status::Inactive, None).unwrap();
        let other = db::users::find(&conn, "target").unwrap().unwrap().id;

        // (action on self or other, allowed for: operator, admin, moderator, user, inactive admin)
        let table: &[(&str, MakeAction, bool, [bool; 5])] = &[
            (
                "list users",
                |_| Action::ListUsers,
                false,
                [true, true, false, false, false],
            ),
            (
                "view other",
                |t| Action::ViewUser { target: t },
                false,
                [true, true, false, false, false],
            ),
            (
                "view self",
                |t| Action::ViewUser { target: t },
                true,
                [true, true, true, true, false],
            ),
            (
                "manage users",
                |_| Action::ManageUsers,
                false,
                [true, true, false, false, false],
            ),
            (
                "password of other",
                |t| Action::SetPassword { target: t },
                false,
                [true, true, false, false, false],
            ),
            (
                "own password",
                |t| Action::SetPassword { target: t },
                true,
                [true, true, true, true, false],
            ),
            (
                "verify other",
                |t| Action::VerifyPassword { target: t },
                false,
                [true, true, false, false, false],
            ),
            (
                "verify self",
                |t| Action::VerifyPassword { target: t },
                true,
                [true, true, true, true, false],
            ),
            (
                "sessions of other",
                |t| Action::ManageSessions { target: Some(t) },
                false,
                [true, true, false, false, false],
            ),
            (
                "own sessions",
                |t| Action::ManageSessions { target: Some(t) },
                true,
                [true, true, true, true, false],
            ),
            (
                "all sessions",
                |_| Action::ManageSessions { target: None },
                false,
                [true, true, false, false, false],
            ),
            (
                "keys of other",
                |t| Action::ManageKeys { target: Some(t) },
                false,
                [true, true, false, false, false],
            ),
            (
                "own keys",
                |t| Action::ManageKeys { target: Some(t) },
                true,
                [true, true, true, true, false],
            ),
            (
                "all keys",
                |_| Action::ManageKeys { target: None },
                false,
                [true, true, false, false, false],
            ),
            (
                "manage roles",
                |_| Action::ManageRoles,
                false,
                [true, true, false, false, false],
            ),
            (
                "view roles",
                |_| Action::ViewRoles,
                false,
                [true, true, false, false, false],
            ),
            (
                "settings",
                |_| Action::ManageSettings,
                false,
                [true, true, false, false, false],
            ),
            (
                "audit",
                |_| Action::ViewAudit,
                false,
                [true, true, false, false, false],
            ),
            (
                "analytics",
                |_| Action::ViewAnalytics,
                false,
                [true, true, true, false, false],
            ),
        ];
        for (what, make, on_self, allowed) in table {
            for (i, name) in ACTORS.iter().enumerate() {
                let actor = if i == 0 {
                    Actor::Operator {
                        login: "root".into(),
                    }
                } else {
                    account(&conn, name)
                };
                let target = match (on_self, actor.account_id()) {
                    (true, Some(id)) => id,
                    _ => other,
                };
                let got = authorize(&conn, &actor, make(target));
                assert_eq!(got.is_ok(), allowed[i], "{what} by {name}");
                if let Err(err) = got {
                    assert_eq!(crate::error::exit_code(&err), 6, "{what} by {name}");
                }
            }
        }
    }

    /// Every path that can take away the last admin's capacity, run as the
    /// operator against a database whose only manager is `root` (role `role`).
    fn guarded_paths() -> Vec<(&'static str, Path)> {
        use crate::lifecycle as l;
        vec![
            ("user role", |c, a, id| {
                l::set_role(c, a, id, "user").map(drop)
            }),
            ("user deactivate", |c, a, id| {
                l::deactivate(c, a, id, Some("gone")).map(drop)
            }),
            ("user delete", |c, a, id| l::delete(c, a, id).map(drop)),
            ("role revoke", |c, a, id| {
                let role = db::users::get_by_id(c, id)?.role;
                l::revoke(c, a, &role, &[perm::USERS_MANAGE.to_string()]).map(drop)
            }),
            ("role delete", |c, a, id| {
                let role = db::users::get_by_id(c, id)?.role;
                l::delete_role(c, a, &role).map(drop)
            }),
        ]
    }

    fn snapshot(conn: &Connection) -> (Vec<db::users::User>, Vec<db::roles::Role>, i64) {
        (
            db::users::list(conn, &db::users::Filter::default()).unwrap(),
            db::roles::list(conn).unwrap(),
            conn.query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
                .unwrap(),
        )
    }

    #[test]
    fn the_guard_covers_every_admin_removing_path() {
        let op = Actor::Operator {
            login: "root".into(),
        };
        for role in ["admin", "boss"] {
            for (what, path) in guarded_paths() {
                let conn = db::open_in_memory().unwrap();
                db::roles::insert(&conn, "boss", "").unwrap();
                db::roles::grant(&conn, "boss", perm::USERS_MANAGE).unwrap();
                let root = add(&conn, "root", role);
                add(&conn, "plain", "user");
                let before = snapshot(&conn);
                let err = write(&conn, false, |tx| path(tx, &op, root)).unwrap_err();
                let code = crate::error::exit_code(&err);
                // A custom role still held cannot be deleted at all (4) and a built-in
                // one never (5, self-protection); every other path is refused by the
                // guard (5).
                let expected = if what == "role delete" && role == "boss" {
                    4
                } else {
                    5
                };
                assert_eq!(code, expected, "{what} on the last {role}: {err:#}");
                assert_eq!(
                    snapshot(&conn),
                    before,
                    "{what} on the last {role} wrote something"
                );
                assert_eq!(active_managers(&conn).unwrap(), 1);
            }
        }
    }

    #[test]
    fn the_same_paths_succeed_when_another_admin_remains() {
        let op = Actor::Operator {
            login: "root".into(),
        };
        for (what, path) in guarded_paths() {
            if what == "role revoke" || what == "role delete" {
                continue; // the role is shared with the other admin: covered below
            }
            let conn = db::open_in_memory().unwrap();
            let root = add(&conn, "root", "admin");
            add(&conn, "second", "admin");
            write(&conn, false, |tx| path(tx, &op, root)).unwrap();
            assert_eq!(active_managers(&conn).unwrap(), 1, "{what}");
        }
        let conn = db::open_in_memory().unwrap();
        db::roles::insert(&conn, "boss", "").unwrap();
        db::roles::grant(&conn, "boss", perm::USERS_MANAGE).unwrap();
        let boss = add(&conn, "root", "boss");
        add(&conn, "second", "admin");
        write(&conn, false, |tx| {
            crate::lifecycle::revoke(tx, &op, "boss", &[perm::USERS_MANAGE.into()])
        })
        .unwrap();
        write(&conn, false, |tx| {
            crate::lifecycle::set_role(tx, &op, boss, "user")
        })
        .unwrap();
        write(&conn, false, |tx| {
            crate::lifecycle::delete_role(tx, &op, "boss")
        })
        .unwrap();
        assert!(!db::roles::exists(&conn, "boss").unwrap());
    }

    #[test]
    fn self_protection_and_no_escalation_for_accounts() {
        let conn = db::open_in_memory().unwrap();
        let root = add(&conn, "root", "admin");
        add(&conn, "second", "admin");
        let me = account(&conn, "root");
        for (what, path) in guarded_paths().into_iter().take(3) {
            let err = write(&conn, false, |tx| path(tx, &me, root)).unwrap_err();
            assert_eq!(crate::error::exit_code(&err), 5, "{what} of oneself");
        }
        // users.manage without roles.manage: may manage users, not hand out admin.
        db::roles::insert(&conn, "helpdesk", "").unwrap();
        db::roles::grant(&conn, "helpdesk", perm::USERS_MANAGE).unwrap();
        add(&conn, "desk", "helpdesk");
        let plain = add(&conn, "plain", "user");
        let desk = account(&conn, "desk");
        let err = write(&conn, false, |tx| {
            crate::lifecycle::set_role(tx, &desk, plain, "admin")
        })
        .unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 6);
        // The moderator role holds resources.edit, which helpdesk lacks.
        let err = write(&conn, false, |tx| {
            crate::lifecycle::set_role(tx, &desk, plain, "moderator")
        })
        .unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 6);
        write(&conn, false, |tx| {
            crate::lifecycle::deactivate(tx, &desk, plain, None)
        })
        .unwrap();
    }

    #[test]
    fn an_operator_may_do_anything_and_a_user_only_its_own_things() {
        let conn = db::open_in_memory().unwrap();
        let mod_id = add(&conn, "mod", "moderator");
        let other = add(&conn, "other", "user");
        let op = Actor::Operator {
            login: "root".into(),
        };
        let moderator = Actor::Account {
            id: mod_id,
            username: "mod".into(),
        };
        assert!(authorize(&conn, &op, Action::ManageUsers).is_ok());
        let err = authorize(&conn, &moderator, Action::ManageUsers).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 6);
        assert!(authorize(&conn, &moderator, Action::SetPassword { target: mod_id }).is_ok());
        assert!(authorize(&conn, &moderator, Action::SetPassword { target: other }).is_err());
        assert!(authorize(&conn, &moderator, Action::ViewAnalytics).is_ok());
    }
}
