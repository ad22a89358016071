//! `userctl user transfer|delete|export-data|erase`: an account's data when it leaves.
//!
//! Each reads its arguments, calls [`crate::leaving`] (or [`crate::lifecycle`] for
//! `delete`) inside one [`crate::authz::write`] transaction, and reports the change;
//! `export-data` only reads, in one consistent view, and writes its file once the
//! whole export is ready.

use std::io::Write;

use anyhow::{Context, Result};
use serde_json::json;

use crate::commands::targets::Question;
use crate::commands::user::{DeleteArgs, EraseArgs, ExportDataArgs, TransferArgs};
use crate::commands::user_lifecycle::{apply, each, refused, report};
use crate::commands::Ctx;
use crate::db::{self, Conn};
use crate::error::{refuse, Refusal};
use crate::output::{Change, Outcome};
use crate::{fsio, leaving, lifecycle, targets};

/// The recipient named by `--transfer-to`, looked up inside the change's transaction;
/// refused (exit 2) when it is one of the accounts leaving.
fn recipient(conn: &Conn, name: Option<&str>, leaving: i64) -> Result<Option<i64>> {
    let Some(name) = name else {
        return Ok(None);
    };
    let to = db::users::get(conn, name)?;
    if to.id == leaving {
        return refuse(
            Refusal::usage(format!(
                "{} is among the accounts leaving: it cannot receive their data",
                to.username
            ))
            .hint("name an account that stays with --transfer-to"),
        );
    }
    Ok(Some(to.id))
}

pub fn delete(ctx: &Ctx, args: &DeleteArgs) -> Result<()> {
    let question = |targets: &[targets::Target]| match targets {
        [one] => format!(
            "Delete user {} permanently, with their sessions and API keys",
            one.username
        ),
        many => format!(
            "Delete {} users permanently ({}), with their sessions and API keys",
            many.len(),
            targets::sample(many)
        ),
    };
    let to = args.transfer_to.as_deref();
    each(ctx, &args.targets, Some(&question), |tx, actor, id| {
        let to = recipient(tx, to, id)?;
        lifecycle::delete_transferring(tx, actor, id, to)
    })
}

pub fn transfer(ctx: &Ctx, args: &TransferArgs) -> Result<()> {
    let only = args
        .only
        .iter()
        .map(|l| leaving::normalize_label(l))
        .collect::<Result<Vec<_>, _>>()?;
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    apply(ctx, &conn, args.from.trim(), |tx| {
        let from = db::users::get(tx, &args.from)?;
        let to = db::users::get(tx, &args.to)?;
        leaving::transfer(tx, &actor, from.id, to.id, &only)
    })
}

pub fn erase(ctx: &Ctx, args: &EraseArgs) -> Result<()> {
    let question: Question<'_> = &|targets: &[targets::Target]| {
        match targets {
        [one] => format!(
            "Erase {}'s personal data for good (the account row is scrubbed, its names redacted from the audit log)",
            one.username
        ),
        many => format!(
            "Erase the personal data of {} accounts for good ({})",
            many.len(),
            targets::sample(many)
        ),
    }
    };
    let to = args.transfer_to.as_deref();
    each(ctx, &args.targets, Some(question), |tx, actor, id| {
        let to = recipient(tx, to, id)?;
        leaving::erase(tx, actor, id, to)
    })
}

pub fn export_data(ctx: &Ctx, args: &ExportDataArgs) -> Result<()> {
    let selection = args.targets.selection()?;
    let conn = ctx.open_for_reading()?;
    let actor = ctx.actor(&conn)?;
    let protected = fsio::Protected::database(&ctx.db_path);
    let existing = fsio::Existing::from_force(args.force);
    fsio::preflight(&args.output, existing, &protected)?;
    // One consistent view for every account: nothing changes between two of them.
    let tx = db::begin_read(&conn)?;
    let selected = targets::resolve(&tx, &actor, &selection, args.targets.select.max)
        .map_err(|e| crate::commands::targets::refused_all(ctx, &selection, &[], None, e))?;
    let mut documents = Vec::with_capacity(selected.len());
    for t in &selected {
        leaving::authorize_export(&tx, &actor, t.id).map_err(|e| refused(ctx, &t.username, e))?;
        let user = db::users::get_by_id(&tx, t.id)?;
        documents.push((t.username.clone(), leaving::export(&tx, &user)?));
    }
    drop(tx);
    if documents.is_empty() {
        ctx.ui
            .status("no account matches the selection; nothing written");
        return Ok(());
    }
    if !ctx.dry_run {
        let mut file = fsio::Output::create(&args.output, existing, &protected)?;
        for (_, doc) in &documents {
            writeln!(file, "{}", serde_json::to_string(doc)?)
                .with_context(|| format!("writing {}", args.output.display()))?;
        }
        file.commit()?;
    }
    let shown = args.output.display().to_string();
    for (username, doc) in &documents {
        let count = |key: &str| doc[key].as_array().map_or(0, Vec::len);
        let rows: usize = doc["owned"].as_object().map_or(0, |o| {
            o.values()
                .map(|v| v["rows"].as_array().map_or(0, Vec::len))
                .sum()
        });
        let details = json!({
            "file": shown,
            "audit_entries": count("audit"),
            "sessions": count("sessions"),
            "api_keys": count("api_keys"),
            "owned_rows": rows,
        });
        report(
            ctx,
            Change {
                target: username.clone(),
                result: Outcome::Created,
                message: format!(
                    "exported {username}'s data to {shown} ({rows} owned row(s), {} audit entr{})",
                    count("audit"),
                    if count("audit") == 1 { "y" } else { "ies" }
                ),
                details,
                dry_run: false,
            },
        )?;
    }
    Ok(())
}
