//! The figures of `stats` (and the end of `demo`).

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use crate::db::Conn;
use crate::{authz, clock, db};

/// After how many days without activity `stats` counts an account as dormant.
pub const DORMANT_DAYS: i64 = 90;

/// The dashboard's cards.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub total: i64,
    pub active: i64,
    pub active_percent: f64,
    pub inactive: i64,
    pub invited: i64,
    /// Accounts whose expiry has passed (whatever their status).
    pub expired: i64,
    /// Accounts locked now after too many failed logins.
    pub locked: i64,
    /// Active accounts holding `users.manage`.
    pub admins: i64,
    /// Accounts per role name, every role (0 too), in name order.
    pub users_by_role: BTreeMap<String, i64>,
    pub active_sessions: i64,
    pub users_with_2fa: i64,
    /// Accounts `2fa.required` applies to that have no second factor (within their
    /// grace period or past it).
    pub users_missing_required_2fa: i64,
    /// Of those, the ones past their grace period: they may not log in.
    pub users_2fa_overdue: i64,
    pub created_last_30_days: i64,
    /// Active accounts with no login, session or API key use in 90 days (one never
    /// used counts from its creation): `user list --status active --inactive-since 90d`.
    pub inactive_90_days: i64,
    /// Active accounts never logged in, never holding a session or using an API key:
    /// `user list --status active --never-logged-in`.
    pub never_logged_in: i64,
}

/// Computes the figures. Every count is served by an index (see the schema); the
/// dormant ones read the stored last activity (`users.last_active_at`).
pub fn compute(conn: &Conn) -> Result<Stats> {
    // One read: the dormant counts are worked out from the active total.
    let tx = db::begin_read(conn)?;
    let conn: &Conn = &tx;
    let (mut total, mut active, mut inactive, mut invited) = (0, 0, 0, 0);
    // Every role, also those nobody holds.
    let mut per_role: BTreeMap<String, i64> = db::roles::names(conn)?
        .into_iter()
        .map(|name| (name, 0))
        .collect();
    for (role, status, n) in db::users::count_by_role_status(conn)? {
        total += n;
        match status.as_str() {
            "active" => active += n,
            "inactive" => inactive += n,
            _ => invited += n,
        }
        *per_role.entry(role).or_default() += n;
    }
    let (inactive_90_days, never_logged_in) =
        db::users::count_dormant(conn, &clock::from_now(-DORMANT_DAYS * 86_400), active)?;
    let (missing_2fa, overdue_2fa) = db::second_factor::count_noncompliant(conn)?;
    Ok(Stats {
        total,
        active,
        #[allow(clippy::cast_precision_loss)]
        active_percent: if total == 0 {
            0.0
        } else {
            (active as f64 * 1000.0 / total as f64).round() / 10.0
        },
        inactive,
        invited,
        expired: db::users::count_expired(conn)?,
        locked: db::lockout::count_locked(conn)?,
        admins: authz::active_managers(conn)?,
        users_by_role: per_role,
        active_sessions: db::sessions::count_all_active(conn)?,
        users_with_2fa: db::users::count_with_2fa(conn)?,
        users_missing_required_2fa: missing_2fa,
        users_2fa_overdue: overdue_2fa,
        created_last_30_days: db::users::count_created_since(
            conn,
            clock::unix_now() - 30 * 86_400,
        )?,
        inactive_90_days,
        never_logged_in,
    })
}

/// The warning `stats` prints when the database is one lockout away from needing
/// `recover`.
pub fn admin_warning(stats: &Stats) -> Option<String> {
    match stats.admins {
        0 => Some("no active admin remains: run `userctl recover`".into()),
        1 => Some(
            "only one active admin remains: promote a second one (`userctl user role USER admin`)"
                .into(),
        ),
        _ => None,
    }
}
