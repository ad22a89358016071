//! `userctl stats`.

use anyhow::Result;
use clap::Args;

use crate::authz::{self, Action};
use crate::commands::Ctx;
use crate::db::Conn;
use crate::output::Format;
use crate::stats;

#[derive(Debug, Args)]
pub struct StatsArgs {}

pub fn run(ctx: &Ctx, _args: &StatsArgs) -> Result<()> {
    let conn = ctx.open_for_reading()?;
    let actor = ctx.actor(&conn)?;
    authz::authorize(&conn, &actor, Action::ViewAnalytics)?;
    print(ctx, &conn)
}

/// Computes and prints the figures, with the admin warning on stderr. Every row is
/// named by its JSON field; JSON and CSV carry numbers only (CSV: one
/// `users_by_role:NAME` row per role), the table is for a person (`216 (86.1%)`).
pub fn print(ctx: &Ctx, conn: &Conn) -> Result<()> {
    let s = stats::compute(conn)?;
    let table = ctx.ui.format == Format::Table;
    let mut fields: Vec<(String, String)> = vec![("total".into(), s.total.to_string())];
    if table {
        fields.push((
            "active".into(),
            format!("{} ({:.1}%)", s.active, s.active_percent),
        ));
    } else {
        fields.push(("active".into(), s.active.to_string()));
        fields.push(("active_percent".into(), s.active_percent.to_string()));
    }
    fields.extend([
        ("inactive".into(), s.inactive.to_string()),
        ("invited".into(), s.invited.to_string()),
        ("expired".into(), s.expired.to_string()),
        ("locked".into(), s.locked.to_string()),
        ("admins".into(), s.admins.to_string()),
    ]);
    for (role, users) in &s.users_by_role {
        fields.push((format!("users_by_role:{role}"), users.to_string()));
    }
    fields.extend([
        ("active_sessions".into(), s.active_sessions.to_string()),
        ("users_with_2fa".into(), s.users_with_2fa.to_string()),
        (
            "users_missing_required_2fa".into(),
            s.users_missing_required_2fa.to_string(),
        ),
        ("users_2fa_overdue".into(), s.users_2fa_overdue.to_string()),
        (
            "created_last_30_days".into(),
            s.created_last_30_days.to_string(),
        ),
        ("inactive_90_days".into(), s.inactive_90_days.to_string()),
        ("never_logged_in".into(), s.never_logged_in.to_string()),
    ]);
    ctx.ui.detail(&s, &fields)?;
    if let Some(w) = stats::admin_warning(&s) {
        ctx.ui.warn(&w);
    }
    Ok(())
}
