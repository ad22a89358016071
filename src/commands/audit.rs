//! `userctl audit …`: read the audit log and verify its hash chain.

use std::io::Write;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use crate::authz::{self, Action};
use crate::clock;
use crate::commands::Ctx;
use crate::db::{self, audit::Entry, audit::Filter};
use crate::error::{refuse, Refusal};
use crate::output::{opt, Format, Record};

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit entries, newest first
    #[command(after_long_help = "Examples:
  userctl audit list --since 2d
  userctl audit list --user bob --action user
  userctl audit list --actor os:root --all --format csv > audit.csv")]
    List(ListArgs),
    /// Check the audit log's hash chain: exit 0 intact, 9 tampered (naming the first bad entry)
    #[command(after_long_help = "Examples:
  # Keep the head somewhere the database's users cannot write
  userctl audit verify --format json | jq -r .head > /secure/userctl-head
  userctl audit verify --expect-head \"$(cat /secure/userctl-head)\"")]
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only entries about this account (username)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Only entries by this actor: `os:LOGIN`, `user:NAME`, or a bare name matching either
    #[arg(long, value_name = "ACTOR")]
    pub actor: Option<String>,
    /// Only this action (`user.add`), or a family of them (`user`, `recover`)
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,
    /// Only entries since a date (2026-11-01), a UTC timestamp (2026-11-01T08:00:00Z) or an age (30m, 12h, 7d, 2w)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// At most N entries (on a terminal 50 are shown unless --limit or --all)
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Every matching entry, also on a terminal
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A chain head printed by an earlier `audit verify` and kept elsewhere: the log
    /// must still contain it, else newest entries were removed (exit 9)
    #[arg(long, value_name = "HASH")]
    pub expect_head: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: AuditCommand) -> Result<()> {
    match cmd {
        AuditCommand::List(args) => list(ctx, &args),
        AuditCommand::Verify(args) => verify(ctx, &args),
    }
}

impl Record for Entry {
    fn identifying() -> &'static [&'static str] {
        &["actor", "action", "target"]
    }
    fn headers() -> &'static [&'static str] {
        &["id", "at", "actor", "action", "target", "details"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.actor.clone(),
            self.action.clone(),
            opt(self.target.as_deref()),
            match self.redacted_by {
                Some(by) => format!("[redacted by entry {by}] {}", self.details_text),
                None => self.details_text.clone(),
            },
        ]
    }
}

fn list(ctx: &Ctx, args: &ListArgs) -> Result<()> {
    let conn = ctx.open_for_reading()?;
    let actor = ctx.actor(&conn)?;
    authz::authorize(&conn, &actor, Action::ViewAudit)?;
    let since = match &args.since {
        None => None,
        Some(text) => match clock::parse_since(text) {
            Some(at) => Some(at),
            None => {
                return refuse(
                    Refusal::usage(format!("cannot read --since '{}'", text.trim()))
                        .hint("give a date (2026-11-01), a UTC timestamp (2026-11-01T08:00:00Z) or an age (30m, 12h, 7d, 2w)"),
                )
            }
        },
    };
    let (limit, default_limit) = ctx.ui.row_limit(args.limit, args.all);
    let filter = Filter {
        target: args.user.as_deref().map(|u| u.trim().to_lowercase()),
        actor: args.actor.clone(),
        action: args.action.clone(),
        since,
        limit,
    };
    let entries = db::audit::list(&conn, &filter)?;
    ctx.ui.records(&entries)?;
    if default_limit {
        ctx.ui
            .more(entries.len() as u64, db::audit::count(&conn, &filter)?);
    }
    Ok(())
}

fn verify(ctx: &Ctx, args: &VerifyArgs) -> Result<()> {
    let conn = ctx.open_for_reading()?;
    let actor = ctx.actor(&conn)?;
    authz::authorize(&conn, &actor, Action::ViewAudit)?;
    let v = db::audit::verify(&conn)?;
    if let Some((id, why)) = &v.first_bad {
        return refuse(
            Refusal::unusable(format!("the audit log was tampered with: {why}")).hint(format!(
                "entries before {id} chain correctly ({} entries, head {}); compare with a backup",
                v.entries, v.head
            )),
        );
    }
    if let Some(expected) = &args.expect_head {
        let expected_trim = expected.trim();
        if expected_trim != db::audit::GENESIS
            && !db::recovery::audit_has_hash(&conn, expected_trim)?
        {
            return refuse(
                Refusal::unusable(format!(
                    "the audit log does not contain the head {}: its newest entries were removed or the log was replaced",
                    expected.trim()
                ))
                .hint(format!(
                    "the log now has {} entries ending at {}; compare with a backup",
                    v.entries, v.head
                )),
            );
        }
    }
    let ui = &ctx.ui;
    let mut out = std::io::stdout().lock();
    if ui.format == Format::Json {
        writeln!(
            out,
            "{}",
            json!({ "intact": true, "entries": v.entries, "head": v.head })
        )?;
    } else {
        writeln!(out, "audit log intact: {} entries", v.entries)?;
        writeln!(out, "head: {}", v.head)?;
        if args.expect_head.is_some() {
            ui.status("the expected head is in the chain");
        } else {
            ui.status("keep the head elsewhere; `audit verify --expect-head HASH` later detects removed entries");
        }
    }
    Ok(())
}
