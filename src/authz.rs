//! Who may do what, and the last-admin guard: the one place that knows either.
//!
//! Every change goes through [`write`]: one `BEGIN IMMEDIATE` transaction in which
//! the command authorises ([`authorize`]), changes, and audits; then the guard
//! counts active accounts holding `users.manage` and refuses the commit if the
//! change took that count to zero. Because the count happens under the write lock,
//! two processes racing to demote the last two admins cannot both succeed.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use anyhow::Result;
use serde::Serialize;

use crate::db::{self, users::Status, Conn, Tx};
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
    pub const RESOURCES_ALL: &str = "resources.all";
    pub const PLAYGROUND_USE: &str = "playground.use";
    pub const DEMO_RESET: &str = "demo.reset";
    pub const USERS_IMPERSONATE: &str = "users.impersonate";

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
        RESOURCES_ALL,
        PLAYGROUND_USE,
        DEMO_RESET,
        USERS_IMPERSONATE,
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

/// What an actor wants to do, and to whom. Self-service and who may act on whom are
/// decided here, from the target: see [`authorize`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See the list of all users.
    ListUsers,
    /// See one user (anyone may see themselves).
    ViewUser { target: i64 },
    /// Create users (`user add`, the accounts an import creates).
    AddUsers,
    /// Change an existing account: edit it, change its role or status, delete it,
    /// reset its 2FA (an import's updates and deactivations included).
    ManageUser { target: i64 },
    /// Set a user's password (anyone may change their own, giving the current one).
    SetPassword { target: i64 },
    /// List sessions: of one user (anyone may list their own) or of all.
    ListSessions { target: Option<i64> },
    /// Revoke sessions: of one user (anyone may revoke their own) or of all.
    ManageSessions { target: Option<i64> },
    /// List API keys: of one user (anyone may list their own) or of all.
    ListKeys { target: Option<i64> },
    /// Create or revoke an API key of a user (anyone may manage their own).
    ManageKeys { target: i64 },
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
    /// Open a session as another account (`session impersonate`); never oneself.
    Impersonate { target: i64 },
}

impl Action {
    /// The permission that allows this action for any target.
    pub fn permission(self) -> &'static str {
        match self {
            Action::ListUsers | Action::ViewUser { .. } | Action::ViewRoles => perm::USERS_VIEW,
            Action::AddUsers
            | Action::ManageUser { .. }
            | Action::SetPassword { .. }
            | Action::ListKeys { .. }
            | Action::ManageKeys { .. }
            | Action::VerifyPassword { .. } => perm::USERS_MANAGE,
            Action::ListSessions { .. } | Action::ManageSessions { .. } => perm::SESSIONS_MANAGE,
            Action::ManageRoles => perm::ROLES_MANAGE,
            Action::ManageSettings => perm::SETTINGS_MANAGE,
            Action::ViewAudit => perm::AUDIT_VIEW,
            Action::ViewAnalytics => perm::ANALYTICS_VIEW,
            Action::Impersonate { .. } => perm::USERS_IMPERSONATE,
        }
    }

    /// The account this action is about, when acting on oneself is allowed.
    fn self_service_target(self) -> Option<i64> {
        match self {
            Action::ViewUser { target }
            | Action::SetPassword { target }
            | Action::VerifyPassword { target }
            | Action::ManageKeys { target }
            | Action::ListKeys {
                target: Some(target),
            }
            | Action::ListSessions {
                target: Some(target),
            }
            | Action::ManageSessions {
                target: Some(target),
            } => Some(target),
            _ => None,
        }
    }

    /// The account this action changes, acts as, or tests the password of: an actor
    /// may do that to another account only when it holds every permission of that
    /// account. Reading (views, lists) names no such account.
    pub fn acts_on(self) -> Option<i64> {
        match self {
            Action::ManageUser { target }
            | Action::SetPassword { target }
            | Action::VerifyPassword { target }
            | Action::ManageKeys { target }
            | Action::Impersonate { target }
            | Action::ManageSessions {
                target: Some(target),
            } => Some(target),
            _ => None,
        }
    }
}

/// An account's effective permissions, each with where it comes from
/// (`role:NAME`, `group:NAME`, `grant`), and the permissions denied to it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Effective {
    /// Permission → its sources, sorted by permission then source.
    pub permissions: BTreeMap<String, Vec<String>>,
    /// Permissions denied to the account (taken away whatever gives them).
    pub denied: Vec<String>,
    /// When a source ends (`--until`), for the sources that end, keyed by
    /// [`Effective::end_key`].
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub ends: BTreeMap<String, String>,
}

impl Effective {
    /// The key of `ends` for a permission from a source: a role or a group gives all its
    /// permissions until one end (`role:NAME`, `group:NAME`); each grant has its own
    /// (`grant:PERMISSION`).
    pub fn end_key(permission: &str, source: &str) -> String {
        if source == "grant" {
            format!("grant:{permission}")
        } else {
            source.to_string()
        }
    }

    /// When `permission` from `source` ends; `None`: it does not.
    pub fn end_of(&self, permission: &str, source: &str) -> Option<&String> {
        self.ends.get(&Self::end_key(permission, source))
    }
}

/// Effective permissions = role ∪ groups ∪ the account's grants − the account's
/// denials: the one definition (the `effective_permissions` view says the same in SQL,
/// and a property test holds them together). Whether the account may log in is not
/// part of it.
pub fn effective(conn: &Conn, user_id: i64) -> Result<Effective> {
    let mut out = Effective::default();
    let mut add = |p: String, source: String, ends: Option<String>| {
        if let Some(end) = ends {
            out.ends.insert(Effective::end_key(&p, &source), end);
        }
        let sources = out.permissions.entry(p).or_default();
        if !sources.contains(&source) {
            sources.push(source);
            sources.sort();
        }
    };
    for (p, role, ends) in db::access::role_permissions_of(conn, user_id)? {
        add(p, format!("role:{role}"), ends);
    }
    for (p, group, ends) in db::access::group_permissions_of(conn, user_id)? {
        add(p, format!("group:{group}"), ends);
    }
    let mut denied = Vec::new();
    for (p, effect, ends) in db::access::overrides(conn, user_id)? {
        if effect == "deny" {
            denied.push(p);
        } else {
            add(p, "grant".into(), ends);
        }
    }
    for p in &denied {
        out.permissions.remove(p);
    }
    out.denied = denied;
    Ok(out)
}

/// The permissions an account holds now: its [`effective`] permissions, none unless
/// it is active.
pub fn permissions_of(conn: &Conn, user_id: i64) -> Result<Vec<String>> {
    let user = db::users::get_by_id(conn, user_id)?;
    if user.status != Status::Active {
        return Ok(Vec::new());
    }
    assigned_permissions(conn, &user)
}

/// The permissions given to an account (its [`effective`] permissions), sorted,
/// whatever its status: what it holds when it is active. Who may act on an account
/// is decided on these, so a deactivated admin is still an admin to reactivate or
/// reset; resource access is decided on these too (status is the login's business).
pub fn assigned_permissions(conn: &Conn, user: &db::users::User) -> Result<Vec<String>> {
    Ok(effective(conn, user.id)?.permissions.into_keys().collect())
}

/// Whether an account can log in at all: active, a person, not expired. (A password
/// is checked by [`authenticate`].) Refuses with exit 6 naming why not.
fn ensure_may_log_in(conn: &Conn, user: &db::users::User) -> Result<()> {
    let why = if user.status != Status::Active {
        Some(format!("is {}", user.status))
    } else if user.kind == "service" {
        Some("is a service account (API keys only)".to_string())
    } else if db::users::is_expired(conn, user.id)? {
        Some("has expired".to_string())
    } else {
        None
    };
    match why {
        Some(why) => refuse(Refusal::denied(format!(
            "account '{}' {why} and may not act",
            user.username
        ))),
        None => Ok(()),
    }
}

/// Allows or refuses (exit 6) an action. Reads the actor's current role and status,
/// so call it inside the write transaction for changes.
///
/// An `--as` account needs the action's permission, except on itself where the
/// action is self-service. To change, act as, or test the password of *another*
/// account it must moreover hold every permission that account has been given
/// ([`assigned_permissions`], whatever its status): nobody takes over an account
/// that can do more than they can. The local operator may do anything.
pub fn authorize(conn: &Conn, actor: &Actor, action: Action) -> Result<()> {
    Acting::new(conn, actor)?.authorize(conn, action)
}

/// An actor whose standing is read once, for a change over many accounts (a bulk
/// verb authorises every target through one): [`authorize`] for each target without
/// reading the actor again. Valid inside the one transaction it was made in; the
/// actor is never among the targets of a change to what accounts can do
/// ([`forbid_self`]).
pub struct Acting<'a> {
    actor: &'a Actor,
    /// The acting account and what it holds; `None` for the local operator.
    account: Option<(db::users::User, Capabilities)>,
}

impl<'a> Acting<'a> {
    /// Reads the actor: an `--as` account must be able to log in (exit 6).
    pub fn new(conn: &Conn, actor: &'a Actor) -> Result<Acting<'a>> {
        let account = match actor {
            Actor::Operator { .. } => None,
            Actor::Account { id, .. } => {
                let user = db::users::get_by_id(conn, *id)?;
                ensure_may_log_in(conn, &user)?;
                let held = Capabilities::held(conn, &user)?;
                Some((user, held))
            }
        };
        Ok(Acting { actor, account })
    }

    /// [`authorize`], with the actor as read by [`Acting::new`].
    pub fn authorize(&self, conn: &Conn, action: Action) -> Result<()> {
        let (Actor::Account { id, username }, Some((user, held))) = (self.actor, &self.account)
        else {
            return Ok(());
        };
        if action.self_service_target() == Some(*id) {
            return Ok(());
        }
        let needed = action.permission();
        if !held.permissions.contains(needed) {
            return refuse(
                Refusal::denied(format!(
                    "permission denied: '{username}' (role {}) lacks {needed}",
                    user.role
                ))
                .hint("ask an account that holds it, or act as the local operator without --as"),
            );
        }
        let Some(target) = action.acts_on().filter(|t| t != id) else {
            return Ok(());
        };
        let target = db::users::get_by_id(conn, target)?;
        let Some((kind, what)) = Capabilities::of(conn, &target)?.beyond(held) else {
            return Ok(());
        };
        refuse(
            Refusal::denied(format!(
                "permission denied: '{username}' may not act on '{}', which holds {kind} '{username}' lacks ({what})",
                target.username
            ))
            .hint(
                "an account may act on another only when it holds every permission and resource \
                 access of that account; ask an account that does, or act as the local operator \
                 without --as",
            ),
        )
    }
}

/// Refuses (exit 6) an `--as` actor handing out or taking away (`verb`) permissions
/// it does not hold itself (granting them to a role or revoking them from one, giving
/// an account a role that carries them): nobody escalates through userctl, nor
/// strips what they could not give. The local operator holds everything.
pub fn ensure_holds(conn: &Conn, actor: &Actor, permissions: &[String], verb: &str) -> Result<()> {
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
            "permission denied: '{username}' cannot {verb} permissions it does not hold ({})",
            missing.join(", ")
        ))
        .hint("ask an account that holds them, or act as the local operator without --as"),
    )
}

/// Refuses (exit 6) an `--as` actor giving an account `role` (a new account's, a
/// changed one's) when the role carries permissions the actor does not hold.
pub fn ensure_holds_role(conn: &Conn, actor: &Actor, role: &str) -> Result<()> {
    if actor.account_id().is_none() {
        return Ok(());
    }
    ensure_holds(
        conn,
        actor,
        &db::roles::permissions(conn, role)?,
        "hand out",
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

/// Why an account may not log in whatever its password; see [`login_bar`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginBar {
    /// A service account: API keys only.
    Service,
    /// Past its `expires_at`.
    Expired,
    /// Deactivated, or invited and not yet active.
    Status(Status),
}

/// The one rule, besides the password, for whether an account may log in (`--as`,
/// `user verify`): a person, not expired, active. `None`: its password decides. The
/// guard's SQL (`db::access::login_holders`) states the same rule for many
/// accounts at once, and moreover asks for no expiry date at all.
pub fn login_bar(conn: &Conn, user: &db::users::User) -> Result<Option<LoginBar>> {
    Ok(if user.kind != "person" {
        Some(LoginBar::Service)
    } else if db::users::is_expired(conn, user.id)? {
        Some(LoginBar::Expired)
    } else if user.status != Status::Active {
        Some(LoginBar::Status(user.status))
    } else {
        None
    })
}

/// Authenticates an application account for `--as`. Any failure (no such account,
/// not active, locked, no or wrong password) is a refusal (exit 6), after the same
/// delay, and is recorded in the audit log as `auth.failed` by `operator` (who ran
/// userctl) with the account named and the class of failure — never the password. No
/// permission is needed for that entry; if it cannot be written the attempt is still
/// refused, and the hint says so. Like the application's login, a wrong password
/// counts a failed login (see [`count_failed_login`]); while the account is locked its
/// password is not checked and the refusal says until when; a success resets the count.
pub fn authenticate(
    conn: &Conn,
    username: &str,
    password_text: &str,
    operator: &Actor,
) -> Result<Actor> {
    let user = db::users::find(conn, username)?;
    let hash = match &user {
        Some(u) => db::users::password_hash(conn, u.id)?,
        None => None,
    };
    let bar = match &user {
        Some(u) => login_bar(conn, u)?,
        None => None,
    };
    let locked_until = match &user {
        Some(u) => db::lockout::state(conn, u.id)?.locked_until,
        None => None,
    };
    let failure = match (&user, bar, &hash) {
        (None, _, _) => "unknown-account",
        (Some(_), Some(LoginBar::Service), _) => "service-account",
        (Some(_), Some(LoginBar::Expired), _) => "expired",
        (Some(_), Some(LoginBar::Status(_)), _) => "not-active",
        (Some(_), None, _) if locked_until.is_some() => "locked",
        (Some(_), None, None) => "no-password",
        (Some(_), None, Some(hash)) => {
            if password::verify(password_text, hash).unwrap_or(false) {
                ""
            } else {
                "wrong-password"
            }
        }
    };
    match user {
        Some(u) if failure.is_empty() => {
            if u.failed_logins > 0 {
                // A read-only database cannot keep the count; the login still succeeds.
                let _ = reset_failed_logins(conn, u.id);
            }
            Ok(Actor::Account {
                id: u.id,
                username: u.username,
            })
        }
        _ => {
            crate::clock::pause(FAILED_LOGIN_DELAY);
            let name: String = username.trim().chars().take(100).collect();
            let counted = user.as_ref().filter(|_| failure == "wrong-password");
            let recorded = record_failed_login(conn, operator, &name, failure, counted);
            let until = match (&recorded, failure) {
                (_, "locked") => locked_until,
                (Ok(Some(state)), _) => state.locked_until.clone(),
                _ => None,
            };
            let mut message = format!("authentication failed for '{name}'");
            match (until, failure) {
                (Some(until), "locked") => message.push_str(&format!(
                    ": the account is locked until {until} after too many failed logins"
                )),
                (Some(until), _) => message.push_str(&format!(
                    "; too many failed logins: the account is locked until {until}"
                )),
                (None, _) => {}
            }
            let refusal = Refusal::denied(message);
            match recorded {
                Ok(_) => refuse(refusal),
                Err(e) => refuse(refusal.hint(format!(
                    "the failed attempt could not be recorded in the audit log: {e:#}"
                ))),
            }
        }
    }
}

/// The audit entry of a failed `--as` authentication, in its own transaction, with
/// the wrong password of `counted` counted in the same transaction; returns the
/// account's lockout state after counting.
fn record_failed_login(
    conn: &Conn,
    operator: &Actor,
    name: &str,
    reason: &str,
    counted: Option<&db::users::User>,
) -> Result<Option<db::lockout::State>> {
    let tx = db::begin_write(conn)?;
    let mut details = serde_json::json!({ "as": name, "reason": reason });
    let state = match counted {
        Some(u) => {
            let state = count_failed_login(&tx, u.id)?;
            details["failed_logins"] = serde_json::json!(state.failed_logins);
            if let Some(until) = &state.locked_until {
                details["locked_until"] = serde_json::json!(until);
            }
            Some(state)
        }
        None => None,
    };
    db::audit::append(
        &tx,
        &operator.audit_name(),
        "auth.failed",
        Some(name),
        &details,
    )?;
    tx.commit()?;
    Ok(state)
}

/// Counts a wrong password for an account that is not locked, like the application's
/// login: at `lockout.max_failures` in a row the account is locked for
/// `lockout.minutes`. Returns the state after counting (`locked_until` set when this
/// failure locked it). Run inside a write transaction.
pub fn count_failed_login(tx: &Tx<'_>, user_id: i64) -> Result<db::lockout::State> {
    let lockout = crate::settings::lockout(tx)?;
    db::lockout::record_failure(
        tx,
        user_id,
        lockout.max_failures,
        &crate::clock::from_now(lockout.secs),
    )
}

/// A successful login: the count of failed logins back to 0, in its own transaction.
pub fn reset_failed_logins(conn: &Conn, user_id: i64) -> Result<()> {
    let tx = db::begin_write(conn)?;
    db::lockout::record_success(&tx, user_id)?;
    tx.commit()?;
    Ok(())
}

/// The last-admin guard's count — the one definition of "a manager who can log in":
/// accounts that can log in and stay able to (active, a person, no expiry date, not
/// past the 2FA grace period without a second factor, and a password hash userctl
/// can check: a known format within its parameter bounds) whose effective
/// permissions hold `users.manage`. A manager within the grace period still counts:
/// it can log in and set up a second factor. An expiry date, however far
/// ahead, is a lockout that comes by itself, so such a manager does not count. `db
/// check`, `stats` and `recover` count the same.
pub fn active_managers(conn: &Conn) -> Result<i64> {
    Ok(i64::try_from(managers(conn)?.len())?)
}

/// The ids of the accounts [`active_managers`] counts (`recover` marks them in its
/// listing).
pub fn managers(conn: &Conn) -> Result<Vec<i64>> {
    Ok(db::access::login_holders(conn, perm::USERS_MANAGE)?
        .into_iter()
        .filter(|(_, hash)| password::check_hash(hash, true).is_ok())
        .map(|(id, _)| id)
        .collect())
}

/// A level of access to a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Read,
    Write,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Read => "read",
            Level::Write => "write",
        }
    }

    /// Parses a level exactly as stored: `read` or `write`. Anything else (`READ`,
    /// `admin`, ` write`) is no level: it gives no access, as in the documented query.
    pub fn parse(text: &str) -> Option<Level> {
        match text {
            "read" => Some(Level::Read),
            "write" => Some(Level::Write),
            _ => None,
        }
    }
}

/// How an account reaches one resource, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reach {
    /// The level reached; `None`: no access.
    pub level: Option<Level>,
    /// Why, in words: "resources.all", "mode full (read)", "grant (write)", "group:x (read)",
    /// "listed in deny mode", "no mode and no grant".
    pub because: String,
}

/// Everything that decides an account's access to the resources of some types: its
/// own grants, its groups' grants, its modes, and whether it holds `resources.all`.
/// [`Grants::reach`] is the one definition of resource access.
struct Grants {
    everything: bool,
    /// (type, id, level as stored) of the account's own grants.
    own: Vec<(String, String, String)>,
    /// (type, id, level as stored, group name) of its groups' grants.
    groups: Vec<(String, String, String, String)>,
    modes: Vec<db::access::Mode>,
}

impl Grants {
    /// Loads what decides `user`'s access, to the resources of `resource_type` only
    /// or (`None`) of every type, given its `permissions` ([`assigned_permissions`]).
    /// With `resources.all` among them nothing else is read: it reaches everything.
    fn load(
        conn: &Conn,
        user: &db::users::User,
        permissions: &BTreeSet<String>,
        resource_type: Option<&str>,
    ) -> Result<Grants> {
        if permissions.contains(perm::RESOURCES_ALL) {
            return Ok(Grants {
                everything: true,
                own: Vec::new(),
                groups: Vec::new(),
                modes: Vec::new(),
            });
        }
        let everything = false;
        let own = db::access::grants(conn, Some(db::access::Holder::User(user.id)), resource_type)?
            .into_iter()
            .map(|g| (g.resource_type, g.resource_id, g.level))
            .collect();
        let mut groups = Vec::new();
        for (gid, name) in db::access::groups_of(conn, user.id)? {
            for g in db::access::grants(conn, Some(db::access::Holder::Group(gid)), resource_type)?
            {
                groups.push((g.resource_type, g.resource_id, g.level, name.clone()));
            }
        }
        let modes = db::access::modes(conn, user.id)?
            .into_iter()
            .filter(|m| resource_type.is_none_or(|t| m.resource_type == t))
            .collect();
        Ok(Grants {
            everything,
            own,
            groups,
            modes,
        })
    }

    /// The level at which the account reaches resource `TYPE:ID` (`id` `None`: a
    /// resource of the type that no grant names) — the one definition of resource
    /// access (docs/operator-guide.md "Access model"; [`db::access::ACCESS_SQL`] is the same rule in
    /// SQL, held to it by a property test):
    /// - `resources.all` among its effective permissions: write, on everything;
    /// - no mode for the type: the highest level granted to it or one of its groups;
    /// - mode `allow`: the same — only what is listed (granted), at the grant's level;
    /// - mode `full`: everything at the mode's level, raised by a higher grant;
    /// - mode `deny`: a resource granted to the account itself is blocked; everything
    ///   else at the mode's level, raised by a higher group grant.
    ///
    /// Levels are exactly `read` and `write`; a grant or mode stored with any other
    /// level string gives nothing (a grant of the account's own still blocks in deny
    /// mode, as the SQL says).
    fn reach(&self, resource_type: &str, id: Option<&str>) -> Reach {
        if self.everything {
            return Reach {
                level: Some(Level::Write),
                because: perm::RESOURCES_ALL.into(),
            };
        }
        let names = |t: &str, i: &str| t == resource_type && Some(i) == id;
        let own: Option<Option<Level>> = self
            .own
            .iter()
            .filter(|(t, i, _)| names(t, i))
            .map(|(_, _, l)| Level::parse(l))
            .max();
        let group: Option<(Option<Level>, String)> = self
            .groups
            .iter()
            .filter(|(t, i, _, _)| names(t, i))
            .map(|(_, _, l, g)| (Level::parse(l), format!("group:{g}")))
            .max();
        let mode = self.modes.iter().find(|m| m.resource_type == resource_type);
        let own = own.map(|l| (l, "grant".to_string()));
        let found = match mode.map(|m| (m.mode.as_str(), Level::parse(&m.level))) {
            Some(("full", level)) => [
                Some((level, format!("mode full ({})", m_level(level)))),
                own,
                group,
            ]
            .into_iter()
            .fold(None, first_highest),
            Some(("deny", level)) => {
                if own.is_some() {
                    return Reach {
                        level: None,
                        because: "listed in deny mode".into(),
                    };
                }
                [
                    Some((level, format!("mode deny ({})", m_level(level)))),
                    group,
                ]
                .into_iter()
                .fold(None, first_highest)
            }
            _ => [own, group].into_iter().fold(None, first_highest),
        };
        match found {
            Some((Some(level), why)) => Reach {
                level: Some(level),
                because: why,
            },
            _ => Reach {
                level: None,
                because: match mode {
                    Some(_) => "not on the allow-list".into(),
                    None => "no mode and no grant".into(),
                },
            },
        }
    }

    /// Every resource type and id the account's grants and modes name.
    fn points(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (t, i, _) in &self.own {
            out.entry(t.clone()).or_default().insert(i.clone());
        }
        for (t, i, _, _) in &self.groups {
            out.entry(t.clone()).or_default().insert(i.clone());
        }
        for m in &self.modes {
            out.entry(m.resource_type.clone()).or_default();
        }
        out
    }
}

/// The higher of two reasons for a level; the first on a tie.
type Why = Option<(Option<Level>, String)>;
fn first_highest(a: Why, b: Why) -> Why {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// A stored mode level as it reads in a reason.
fn m_level(level: Option<Level>) -> &'static str {
    level.map_or("no level", Level::as_str)
}

/// The level at which an account reaches resource `TYPE:ID`, and why: see
/// [`Grants::reach`], the one definition.
pub fn resource_level(
    conn: &Conn,
    user_id: i64,
    resource_type: &str,
    resource_id: &str,
) -> Result<Reach> {
    let user = db::users::get_by_id(conn, user_id)?;
    let permissions = assigned_permissions(conn, &user)?.into_iter().collect();
    Ok(
        Grants::load(conn, &user, &permissions, Some(resource_type))?
            .reach(resource_type, Some(resource_id)),
    )
}

/// The level of a resource of one type that no grant names, and each named one's.
type TypeAccess = (Option<Level>, BTreeMap<String, Option<Level>>);

/// Every resource an account reaches, at its level: for each type its grants or modes
/// name, the level of each named resource and of the type's other resources.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Access {
    /// `resources.all`: write on every resource.
    everything: bool,
    /// Type → (the level of a resource no grant names, each named resource's level).
    types: BTreeMap<String, TypeAccess>,
}

impl Access {
    fn of(grants: &Grants) -> Access {
        let types = grants
            .points()
            .into_iter()
            .map(|(t, ids)| {
                let other = grants.reach(&t, None).level;
                let named = ids
                    .into_iter()
                    .map(|i| {
                        let l = grants.reach(&t, Some(&i)).level;
                        (i, l)
                    })
                    .collect();
                (t, (other, named))
            })
            .collect();
        Access {
            everything: grants.everything,
            types,
        }
    }

    /// The level reached on `TYPE:ID` (`None`: a resource no grant names).
    fn level(&self, resource_type: &str, id: Option<&str>) -> Option<Level> {
        if self.everything {
            return Some(Level::Write);
        }
        let (other, named) = self.types.get(resource_type)?;
        id.and_then(|i| named.get(i).copied()).unwrap_or(*other)
    }

    /// The lowest level reached on every resource of a type (`full` mode or
    /// `resources.all`: what handing out a mode over the whole type needs).
    fn level_everywhere(&self, resource_type: &str) -> Option<Level> {
        if self.everything {
            return Some(Level::Write);
        }
        let (other, named) = self.types.get(resource_type)?;
        named.values().copied().fold(*other, Option::min)
    }

    /// The first resource that this access reaches higher than `held` does, in words
    /// (`dataset:sales at write`, `every dataset at read`); `None`: `held` covers it.
    fn beyond(&self, held: &Access) -> Option<String> {
        if self.everything && !held.everything {
            return Some("every resource (resources.all)".into());
        }
        for (t, (other, named)) in &self.types {
            let mut ids: BTreeSet<&str> = named.keys().map(String::as_str).collect();
            if let Some((_, h)) = held.types.get(t) {
                ids.extend(h.keys().map(String::as_str));
            }
            for id in ids {
                let mine = self.level(t, Some(id));
                if mine > held.level(t, Some(id)) {
                    return Some(format!("{t}:{id} at {}", m_level(mine)));
                }
            }
            if *other > held.level(t, None) {
                return Some(format!("every {t} at {}", m_level(*other)));
            }
        }
        None
    }
}

/// What an account can do: the permissions it has been given ([`assigned_permissions`],
/// whatever its status) and every resource it reaches. Who may act on whom, and who
/// may change what an account can do, is decided by comparing these ([`Capabilities::beyond`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capabilities {
    pub permissions: BTreeSet<String>,
    pub access: Access,
}

impl Capabilities {
    /// What `user` has been given.
    pub fn of(conn: &Conn, user: &db::users::User) -> Result<Capabilities> {
        let permissions = assigned_permissions(conn, user)?.into_iter().collect();
        let access = Access::of(&Grants::load(conn, user, &permissions, None)?);
        Ok(Capabilities {
            permissions,
            access,
        })
    }

    /// What an acting account holds now: nothing unless it is active.
    fn held(conn: &Conn, user: &db::users::User) -> Result<Capabilities> {
        if user.status == Status::Active {
            Capabilities::of(conn, user)
        } else {
            Ok(Capabilities::default())
        }
    }

    /// What these capabilities have beyond `held`: ("permissions", `users.manage,
    /// roles.manage`) or ("resource access", `dataset:sales at write`); `None`: `held`
    /// covers them.
    pub fn beyond(&self, held: &Capabilities) -> Option<(&'static str, String)> {
        let missing: Vec<&str> = self
            .permissions
            .difference(&held.permissions)
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            return Some(("permissions", missing.join(", ")));
        }
        self.access
            .beyond(&held.access)
            .map(|what| ("resource access", what))
    }
}

/// Refuses (exit 6) an `--as` actor handing out or taking away (`verb`) access at
/// `level` to a resource (`resource_id` given) or to every resource of a type (a
/// mode, `None`) that it does not reach itself: no escalation through resources.
pub fn ensure_reaches(
    conn: &Conn,
    actor: &Actor,
    resource_type: &str,
    resource_id: Option<&str>,
    level: Level,
    verb: &str,
) -> Result<()> {
    let Actor::Account { id, username } = actor else {
        return Ok(());
    };
    let user = db::users::get_by_id(conn, *id)?;
    let access = Capabilities::held(conn, &user)?.access;
    let reached = match resource_id {
        Some(rid) => access.level(resource_type, Some(rid)),
        None => access.level_everywhere(resource_type),
    };
    if reached.is_some_and(|r| r >= level) {
        return Ok(());
    }
    let what = resource_id.map_or_else(
        || format!("every {resource_type}"),
        |rid| format!("{resource_type}:{rid}"),
    );
    refuse(
        Refusal::denied(format!(
            "permission denied: '{username}' cannot {verb} {} access to {what}, which it does not have itself",
            level.as_str()
        ))
        .hint("ask an account that holds it, or act as the local operator without --as"),
    )
}

/// Runs `change`, a change to what the accounts `affected` can do (their role,
/// groups, grants, denials, resource access; or the permissions of a role or group
/// they hold), under the one rule of who may act on whom: an `--as` actor may make it
/// only when every affected account, before the change and after it, is within the
/// actor's own permissions and resource access ([`Capabilities::beyond`]). So the
/// actor neither gives nor takes away anything it does not hold itself, and nobody
/// changes an account that can do more than they can. Refuses with exit 6; the
/// caller's transaction then rolls back. The local operator may do anything.
pub fn changing_capabilities<T>(
    conn: &Conn,
    actor: &Actor,
    affected: &[i64],
    change: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let Actor::Account { id, username } = actor else {
        return change();
    };
    let held = Capabilities::held(conn, &db::users::get_by_id(conn, *id)?)?;
    let mut before = Vec::with_capacity(affected.len());
    for &target in affected {
        let user = db::users::get_by_id(conn, target)?;
        before.push((Capabilities::of(conn, &user)?, user));
    }
    let out = change()?;
    for (was, user) in before {
        let now = Capabilities::of(conn, &db::users::get_by_id(conn, user.id)?)?;
        let problem = match (was.beyond(&held), now.beyond(&held)) {
            (Some((kind, what)), _) => Some(format!("it holds {kind} '{username}' lacks ({what})")),
            (None, Some((kind, what))) => {
                Some(format!("it would hold {kind} '{username}' lacks ({what})"))
            }
            (None, None) => None,
        };
        if let Some(problem) = problem {
            return refuse(
                Refusal::denied(format!(
                    "permission denied: '{username}' may not change what '{}' can do: {problem}",
                    user.username
                ))
                .hint(
                    "an account may change another only while that account stays within its own \
                     permissions and resource access; ask an account that holds them, or act as \
                     the local operator without --as",
                ),
            );
        }
    }
    Ok(out)
}

/// Brings who the 2FA policy applies to up to date after a change (a policy setting, a
/// role, group or permission change, a new account), before the guard counts: an
/// account the policy has come to apply to starts its grace period now, so a change
/// that would put the last manager past it at once (`2fa.grace_days` 0) is refused
/// like any other that leaves no manager able to log in.
pub fn sync_two_factor(tx: &Tx<'_>) -> Result<()> {
    let policy = crate::settings::two_factor_policy(tx)?;
    db::second_factor::sync(tx, &policy)?;
    Ok(())
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
///
/// A change is refused (exit 9) when the newest audit entry does not verify against
/// its predecessor: nothing is appended to a tampered log.
pub fn write<T>(
    conn: &Conn,
    dry_run: bool,
    mut change: impl FnMut(&Tx<'_>) -> Result<T>,
) -> Result<T> {
    write_despite_broken_chain(conn, dry_run, |tx, broken| {
        match broken {
        Some(why) => refuse(
            Refusal::unusable(format!(
                "the audit log is broken ({why}): no change is written to it"
            ))
            .hint("run `userctl audit verify` and restore a backup if entries were tampered with; `userctl recover` still works"),
        ),
        None => change(tx),
    }
    })
}

/// [`write`] for break-glass recovery: runs even when the newest audit entry does not
/// verify, and tells the change what is wrong so that its audit entry records it.
pub fn write_despite_broken_chain<T>(
    conn: &Conn,
    dry_run: bool,
    mut change: impl FnMut(&Tx<'_>, Option<&str>) -> Result<T>,
) -> Result<T> {
    // A transaction the server ended to break a deadlock (or a serialization
    // failure) wrote nothing and is run again, a few times, a little later each time.
    let mut attempt = 1;
    loop {
        match write_once(conn, dry_run, &mut change) {
            Err(e) if attempt < WRITE_ATTEMPTS && db::failure::is_transient(&e) => {
                std::thread::sleep(std::time::Duration::from_millis(50 * attempt));
                attempt += 1;
            }
            done => return done,
        }
    }
}

/// How many times a write is tried when the server ends it to break a deadlock.
const WRITE_ATTEMPTS: u64 = 5;

fn write_once<T>(
    conn: &Conn,
    dry_run: bool,
    change: &mut impl FnMut(&Tx<'_>, Option<&str>) -> Result<T>,
) -> Result<T> {
    let tx = db::begin_write(conn)?;
    let broken = db::audit::head_problem(&tx)?;
    let before = active_managers(&tx)?;
    let out = change(&tx, broken.as_deref())?;
    sync_two_factor(&tx)?;
    guard(before, active_managers(&tx)?)?;
    if dry_run {
        tx.rollback()?;
    } else {
        crate::prompt::commit(tx)?;
    }
    Ok(out)
}

/// [`write`] into a database whose schema `create` makes in the same transaction
/// (`init` on a server): nothing exists to check before it, and the guard must see
/// a manager when it commits.
pub fn write_creating<T>(
    conn: &Conn,
    create: impl FnOnce(&Tx<'_>) -> Result<()>,
    change: impl FnOnce(&Tx<'_>) -> Result<T>,
) -> Result<T> {
    let tx = db::begin_write(conn)?;
    create(&tx)?;
    let out = change(&tx)?;
    sync_two_factor(&tx)?;
    guard(0, active_managers(&tx)?)?;
    crate::prompt::commit(tx)?;
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A stored hash: the guard counts only accounts that have one.
    pub(crate) const TEST_HASH: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

    fn add(conn: &Conn, name: &str, role: &str) -> i64 {
        db::users::insert_for_test(conn, name, role, Some(TEST_HASH))
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

    /// A lock after failed logins ends by itself: a locked manager still counts, and
    /// locking the last one (by wrong passwords, or as an application would) is no
    /// guarded change.
    #[test]
    fn a_temporarily_locked_manager_still_counts() {
        let conn = db::open_in_memory().unwrap();
        let root = add(&conn, "root", "admin");
        let max = crate::settings::lockout(&conn).unwrap().max_failures;
        for _ in 0..max {
            write(&conn, false, |tx| count_failed_login(tx, root)).unwrap();
        }
        let state = db::lockout::state(&conn, root).unwrap();
        assert_eq!(state.failed_logins, max);
        assert!(state.locked_until.is_some());
        assert_eq!(db::lockout::count_locked(&conn).unwrap(), 1);
        assert_eq!(managers(&conn).unwrap(), vec![root]);
        // Locked far ahead, as an application might write it: still counted.
        conn.execute(
            "UPDATE users SET locked_until = '2999-01-01T00:00:00Z' WHERE id = ?1",
            [root],
        )
        .unwrap();
        assert_eq!(active_managers(&conn).unwrap(), 1);
        // Demoting the locked last admin is still refused, so the count is what guards.
        let err = write(&conn, false, |tx| db::users::set_role(tx, root, "user")).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 5);
    }

    /// A manager within its 2FA grace period counts; past it without a second factor
    /// it does not, and clearing the last one's second factor with no grace period is
    /// refused by the guard.
    #[test]
    fn a_manager_past_the_2fa_grace_period_does_not_count() {
        let conn = db::open_in_memory().unwrap();
        let root = add(&conn, "root", "admin");
        let op = Actor::Operator {
            login: "root".into(),
        };
        db::settings::set(&conn, "2fa.required", "admins").unwrap();
        write(&conn, false, |_| Ok(())).unwrap();
        assert!(db::second_factor::required_since(&conn, root)
            .unwrap()
            .is_some());
        assert_eq!(active_managers(&conn).unwrap(), 1);
        conn.execute(
            "UPDATE second_factor_required SET since = '2020-01-01T00:00:00Z'",
            (),
        )
        .unwrap();
        assert_eq!(active_managers(&conn).unwrap(), 0);
        conn.execute(
            "UPDATE users SET totp_secret = 'JBSWY3DPEHPK3PXP' WHERE id = ?1",
            [root],
        )
        .unwrap();
        assert_eq!(active_managers(&conn).unwrap(), 1);
        db::settings::set(&conn, "2fa.grace_days", "0").unwrap();
        let err = write(&conn, false, |tx| {
            crate::lifecycle::reset_2fa(tx, &op, root)
        })
        .unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 5);
        assert!(db::users::get_by_id(&conn, root).unwrap().two_factor);
        // With a grace period the same reset goes through and starts it again.
        db::settings::set(&conn, "2fa.grace_days", "3").unwrap();
        write(&conn, false, |tx| {
            crate::lifecycle::reset_2fa(tx, &op, root)
        })
        .unwrap();
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

    fn account(conn: &Conn, name: &str) -> Actor {
        let u = db::users::find(conn, name).unwrap().unwrap();
        Actor::Account {
            id: u.id,
            username: u.username,
        }
    }

    /// An action, given the target account.
    type MakeAction = fn(i64) -> Action;

    /// A change run inside the write path against one account.
    type Path = fn(&Conn, &Actor, i64) -> Result<()>;

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
                "add users",
                |_| Action::AddUsers,
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
                "session list of other",
                |t| Action::ListSessions { target: Some(t) },
                false,
                [true, true, false, false, false],
            ),
            (
                "own session list",
                |t| Action::ListSessions { target: Some(t) },
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
                |t| Action::ManageKeys { target: t },
                false,
                [true, true, false, false, false],
            ),
            (
                "own keys",
                |t| Action::ManageKeys { target: t },
                true,
                [true, true, true, true, false],
            ),
            (
                "all keys",
                |_| Action::ListKeys { target: None },
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
                l::set_role(c, a, id, "user", None).map(drop)
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

    fn snapshot(conn: &Conn) -> (Vec<db::users::User>, Vec<db::roles::Role>, i64) {
        (
            db::users::list(conn, &db::users::Filter::default()).unwrap(),
            db::roles::list(conn).unwrap(),
            db::audit::rows_for_test(conn),
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
            crate::lifecycle::set_role(tx, &op, boss, "user", None)
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
        // ...and what the `user` role holds, so it may act on a plain user.
        db::roles::grant(&conn, "helpdesk", perm::RESOURCES_VIEW).unwrap();
        db::roles::grant(&conn, "helpdesk", perm::PLAYGROUND_USE).unwrap();
        add(&conn, "desk", "helpdesk");
        let plain = add(&conn, "plain", "user");
        let desk = account(&conn, "desk");
        let err = write(&conn, false, |tx| {
            crate::lifecycle::set_role(tx, &desk, plain, "admin", None)
        })
        .unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 6);
        // The moderator role holds resources.edit, which helpdesk lacks.
        let err = write(&conn, false, |tx| {
            crate::lifecycle::set_role(tx, &desk, plain, "moderator", None)
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
        assert!(authorize(&conn, &op, Action::AddUsers).is_ok());
        let err = authorize(&conn, &moderator, Action::AddUsers).unwrap_err();
        assert_eq!(crate::error::exit_code(&err), 6);
        assert!(authorize(&conn, &moderator, Action::SetPassword { target: mod_id }).is_ok());
        assert!(authorize(&conn, &moderator, Action::SetPassword { target: other }).is_err());
        assert!(authorize(&conn, &moderator, Action::ViewAnalytics).is_ok());
    }

    /// The account a verb of the matrix below is run against.
    struct Target {
        id: i64,
        /// One of its API keys, for `key revoke`.
        key: i64,
    }

    /// A verb as a command runs it, inside a write transaction.
    type Verb = fn(&Conn, &Actor, &Target) -> Result<()>;

    /// The password every account of the matrix has.
    const MATRIX_PASSWORD: &str = "seven orange kites over the harbour";

    /// Who acts in the matrix: the operator, an account of each built-in role, and of
    /// two custom roles: `mgr` (users.manage only) and `helpdesk` (users.view,
    /// users.manage, resources.view).
    const MATRIX_ACTORS: [&str; 6] = ["operator", "a1", "mo1", "us1", "mg1", "hd1"];

    /// Whom they act on: themselves, then another account of each of those roles,
    /// one of role `viewer` (resources.view), one of role `none` (no permission),
    /// and a deactivated admin.
    const MATRIX_TARGETS: [&str; 9] = ["self", "a2", "mo2", "us2", "mg2", "hd2", "vw", "np", "old"];

    fn matrix_database() -> (Conn, std::collections::HashMap<&'static str, Target>) {
        let conn = db::open_in_memory().unwrap();
        for (role, permissions) in [
            ("mgr", &[perm::USERS_MANAGE][..]),
            (
                "helpdesk",
                &[perm::USERS_VIEW, perm::USERS_MANAGE, perm::RESOURCES_VIEW],
            ),
            ("viewer", &[perm::RESOURCES_VIEW]),
            ("none", &[]),
        ] {
            db::roles::insert(&conn, role, "").unwrap();
            for p in permissions {
                db::roles::grant(&conn, role, p).unwrap();
            }
        }
        let hash = password::hash(MATRIX_PASSWORD, password::HashParams::default()).unwrap();
        let mut targets = std::collections::HashMap::new();
        for (name, role) in [
            ("a1", "admin"),
            ("mo1", "moderator"),
            ("us1", "user"),
            ("mg1", "mgr"),
            ("hd1", "helpdesk"),
            ("a2", "admin"),
            ("mo2", "moderator"),
            ("us2", "user"),
            ("mg2", "mgr"),
            ("hd2", "helpdesk"),
            ("vw", "viewer"),
            ("np", "none"),
            ("old", "admin"),
        ] {
            let id = add(&conn, name, role);
            db::users::set_password_hash(&conn, id, &hash, false).unwrap();
            let key = db::keys::insert(&conn, id, name, name, "k", "2026-01-01T00:00:00Z").unwrap();
            targets.insert(name, Target { id, key });
        }
        db::users::set_status(&conn, targets["old"].id, Status::Inactive, None).unwrap();
        (conn, targets)
    }

    /// Who may act on whom, for every verb: each actor (rows, in the order of
    /// [`MATRIX_ACTORS`]) on each target (columns, in the order of
    /// [`MATRIX_TARGETS`]). `Y` allowed; `5` refused by self-protection; `6` the
    /// actor lacks the verb's permission; `T` the target holds permissions the actor
    /// lacks; `I` allowed, but the (deactivated) target may not log in; `-` not
    /// applicable (the operator has no account).
    #[test]
    fn who_may_act_on_whom() {
        use crate::lifecycle as l;
        let (conn, targets) = matrix_database();
        let verbs: Vec<(&str, Verb, [&str; 6])> = vec![
            (
                "user edit",
                |c, a, t| {
                    let edit = l::Edit {
                        display_name: Some("Changed".into()),
                        ..l::Edit::default()
                    };
                    l::edit(c, a, t.id, &edit).map(drop)
                },
                [
                    "-YYYYYYYY",
                    "YYYYYYYYY",
                    "666666666",
                    "666666666",
                    "YTTTYTTYT",
                    "YTTTYYYYT",
                ],
            ),
            (
                "user role",
                |c, a, t| l::set_role(c, a, t.id, "none", None).map(drop),
                [
                    "-YYYYYYYY",
                    "5YYYYYYYY",
                    "666666666",
                    "666666666",
                    "5TTTYTTYT",
                    "5TTTYYYYT",
                ],
            ),
            (
                "user deactivate",
                |c, a, t| l::deactivate(c, a, t.id, None).map(drop),
                [
                    "-YYYYYYYY",
                    "5YYYYYYYY",
                    "666666666",
                    "666666666",
                    "5TTTYTTYT",
                    "5TTTYYYYT",
                ],
            ),
            (
                "user activate",
                |c, a, t| l::activate(c, a, t.id).map(drop),
                [
                    "-YYYYYYYY",
                    "YYYYYYYYY",
                    "666666666",
                    "666666666",
                    "YTTTYTTYT",
                    "YTTTYYYYT",
                ],
            ),
            (
                "user delete",
                |c, a, t| l::delete(c, a, t.id).map(drop),
                [
                    "-YYYYYYYY",
                    "5YYYYYYYY",
                    "666666666",
                    "666666666",
                    "5TTTYTTYT",
                    "5TTTYYYYT",
                ],
            ),
            (
                "user reset-2fa",
                |c, a, t| l::reset_2fa(c, a, t.id).map(drop),
                [
                    "-YYYYYYYY",
                    "YYYYYYYYY",
                    "666666666",
                    "666666666",
                    "YTTTYTTYT",
                    "YTTTYYYYT",
                ],
            ),
            (
                "user passwd",
                |c, a, t| {
                    let new = l::NewPassword {
                        hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
                        current: Some(MATRIX_PASSWORD),
                        keep_sessions: false,
                        must_change_password: false,
                        scheme: None,
                    };
                    l::set_password(c, a, t.id, &new).map(drop)
                },
                [
                    "-YYYYYYYY",
                    "YYYYYYYYY",
                    "Y66666666",
                    "Y66666666",
                    "YTTTYTTYT",
                    "YTTTYYYYT",
                ],
            ),
            (
                "user verify",
                |c, a, t| {
                    let params = password::HashParams::default();
                    l::verify_password(c, a, t.id, MATRIX_PASSWORD, params).map(drop)
                },
                [
                    "-YYYYYYYI",
                    "YYYYYYYYI",
                    "Y66666666",
                    "Y66666666",
                    "YTTTYTTYT",
                    "YTTTYYYYT",
                ],
            ),
            (
                "key create",
                |c, a, t| l::create_key(c, a, t.id, "k", None).map(drop),
                [
                    "-YYYYYYYY",
                    "YYYYYYYYY",
                    "Y66666666",
                    "Y66666666",
                    "YTTTYTTYT",
                    "YTTTYYYYT",
                ],
            ),
            (
                "key revoke",
                |c, a, t| l::revoke_key(c, a, t.key).map(drop),
                [
                    "-YYYYYYYY",
                    "YYYYYYYYY",
                    "Y66666666",
                    "Y66666666",
                    "YTTTYTTYT",
                    "YTTTYYYYT",
                ],
            ),
            (
                "session revoke --user",
                |c, a, t| l::revoke_user_sessions(c, a, t.id).map(drop),
                [
                    "-YYYYYYYY",
                    "YYYYYYYYY",
                    "Y66666666",
                    "Y66666666",
                    "Y66666666",
                    "Y66666666",
                ],
            ),
            // Reading names no account acted on: the permission alone decides.
            (
                "user show",
                |c, a, t| authorize(c, a, Action::ViewUser { target: t.id }),
                [
                    "-YYYYYYYY",
                    "YYYYYYYYY",
                    "Y66666666",
                    "Y66666666",
                    "Y66666666",
                    "YYYYYYYYY",
                ],
            ),
            (
                "key list --user",
                |c, a, t| authorize(c, a, Action::ListKeys { target: Some(t.id) }),
                [
                    "-YYYYYYYY",
                    "YYYYYYYYY",
                    "Y66666666",
                    "Y66666666",
                    "YYYYYYYYY",
                    "YYYYYYYYY",
                ],
            ),
        ];
        let before = snapshot(&conn);
        for (verb, run, rows) in &verbs {
            for (actor_name, row) in MATRIX_ACTORS.iter().zip(rows) {
                let actor = if *actor_name == "operator" {
                    Actor::Operator {
                        login: "root".into(),
                    }
                } else {
                    account(&conn, actor_name)
                };
                for (target_name, expected) in MATRIX_TARGETS.iter().zip(row.chars()) {
                    let target = if *target_name == "self" {
                        if actor.account_id().is_none() {
                            assert_eq!(expected, '-', "{verb}: the operator has no self");
                            continue;
                        }
                        &targets[actor_name]
                    } else {
                        &targets[target_name]
                    };
                    let at = format!("{verb} by {actor_name} on {target_name}");
                    // A dry run: every check, then a rollback, so each cell starts
                    // from the same database.
                    let got = write(&conn, true, |tx| run(tx, &actor, target));
                    match (expected, got) {
                        ('Y', Ok(())) => {}
                        ('Y', Err(e)) => panic!("{at}: refused: {e:#}"),
                        (_, Ok(())) => panic!("{at}: allowed, expected {expected}"),
                        (expected, Err(e)) => {
                            let message = format!("{e:#}");
                            let code = crate::error::exit_code(&e);
                            let (want_code, want_text) = match expected {
                                '5' => (5, "your own account"),
                                '6' => (6, "lacks"),
                                'T' => (6, "may not act on"),
                                'I' => (6, "may not log in"),
                                other => panic!("{at}: bad cell {other}"),
                            };
                            assert_eq!(code, want_code, "{at}: {message}");
                            assert!(message.contains(want_text), "{at}: {message}");
                            if expected == '6' {
                                assert!(!message.contains("may not act on"), "{at}: {message}");
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(snapshot(&conn), before, "a dry run wrote something");
    }
}
