//! `userctl stats`.

use anyhow::Result;
use clap::Args;
use rusqlite::Connection;

use crate::authz::{self, Action};
use crate::commands::Ctx;
use crate::stats;

#[derive(Debug, Args)]
pub struct StatsArgs {}

pub fn run(ctx: &Ctx, _args: &StatsArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    authz::authorize(&conn, &actor, Action::ViewAnalytics)?;
    print(ctx, &conn)
}

/// Computes and prints the figures, with the admin warning on stderr.
pub fn print(ctx: &Ctx, conn: &Connection) -> Result<()> {
    let s = stats::compute(conn)?;
    let mut fields = vec![
        ("total users", s.total.to_string()),
        ("active", format!("{} ({:.1}%)", s.active, s.active_percent)),
        ("inactive", s.inactive.to_string()),
        ("invited", s.invited.to_string()),
        ("expired", s.expired.to_string()),
        ("active admins", s.admins.to_string()),
    ];
    for r in &s.users_per_role {
        fields.push(("role", format!("{}: {}", r.role, r.users)));
    }
    fields.extend([
        ("active sessions", s.active_sessions.to_string()),
        ("users with 2fa", s.users_with_2fa.to_string()),
        ("created last 30 days", s.created_last_30_days.to_string()),
        ("inactive 90 days", s.inactive_90_days.to_string()),
        ("never logged in", s.never_logged_in.to_string()),
    ]);
    ctx.ui.detail(&s, &fields)?;
    if let Some(w) = stats::admin_warning(&s) {
        ctx.ui.warn(&w);
    }
    Ok(())
}
