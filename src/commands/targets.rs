//! The flags every per-account verb takes to name many accounts at once, and the one
//! way such a verb runs: every target in one guarded [`authz::write`] transaction.
//!
//! A verb names its accounts with `USER…`, `--from FILE|-`, or `--all-matching` and
//! the filters of `user list` — exactly one of the three. Filters without
//! `--all-matching`, and `--all-matching` without a filter, are usage errors (exit
//! 2): nobody changes every account by leaving a flag out. `--max N` refuses a larger
//! selection (exit 7). An unknown name refuses the lot (exit 3); a filter that
//! matches nothing changes nothing and succeeds.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use crate::authz::{self, Actor};
use crate::cli::UserFilterArgs;
use crate::commands::user_lifecycle::report;
use crate::commands::Ctx;
use crate::db::users::Sort;
use crate::db::{Conn, Tx};
use crate::error::{refusal_of, refuse, Refusal};
use crate::output::{Change, Format, Outcome};
use crate::targets::{self, Selection, Target};

/// The accounts a verb acts on, named on the command line or selected.
#[derive(Debug, Clone, Default, Args)]
pub struct TargetArgs {
    /// Usernames or email addresses (several allowed)
    #[arg(value_name = "USER")]
    pub users: Vec<String>,
    #[command(flatten)]
    pub select: SelectArgs,
}

/// `--from`, `--all-matching` and its filters, `--max`: the ways to name accounts
/// other than listing them as arguments.
#[derive(Debug, Clone, Default, Args)]
pub struct SelectArgs {
    /// Read the accounts from FILE ("-": standard input), one username or email a
    /// line; blank lines and lines starting with # are skipped
    #[arg(long, value_name = "FILE|-")]
    pub from: Option<PathBuf>,
    /// Act on every account the filters select (at least one filter; see --dry-run)
    #[arg(long)]
    pub all_matching: bool,
    #[command(flatten)]
    pub filter: UserFilterArgs,
    /// Refuse, changing nothing, when more than N accounts are selected (exit 7)
    #[arg(long, value_name = "N")]
    pub max: Option<u64>,
}

impl TargetArgs {
    /// The selection these flags make.
    pub fn selection(&self) -> Result<Selection> {
        self.select.selection(&self.users, "USER…")
    }
}

impl SelectArgs {
    /// The selection made by `names` (the verb's own way of naming accounts, called
    /// `how` in messages) or by these flags; exactly one of them.
    pub fn selection(&self, names: &[String], how: &str) -> Result<Selection> {
        let filter = self.filter.filter(Sort::Username, None);
        let ways = [!names.is_empty(), self.from.is_some(), self.all_matching];
        if ways.iter().filter(|w| **w).count() > 1 {
            return refuse(
                Refusal::usage(format!(
                    "name the accounts one way: {how}, --from FILE, or --all-matching with filters"
                ))
                .hint("to combine lists, concatenate them into one file for --from"),
            );
        }
        if filter.narrows() && !self.all_matching {
            return refuse(
                Refusal::usage("filters select accounts only together with --all-matching")
                    .hint("add --all-matching (try --dry-run first to see the selection)"),
            );
        }
        if self.all_matching {
            if !filter.narrows() {
                return refuse(
                    Refusal::usage("--all-matching needs at least one filter").hint(
                        "e.g. --inactive-since 90d, --role ROLE, --status active, --search TEXT",
                    ),
                );
            }
            return Ok(Selection::Matching(filter));
        }
        if let Some(path) = &self.from {
            let names = targets::names_from_text(&read_list(path)?);
            if names.is_empty() {
                return refuse(
                    Refusal::invalid(format!("{} names no accounts", shown(path)))
                        .hint("one username or email a line; is the file truncated?"),
                );
            }
            return Ok(Selection::Names(names));
        }
        if names.is_empty() {
            return refuse(
                Refusal::usage(format!(
                    "name the accounts: {how}, --from FILE, or --all-matching with filters"
                ))
                .hint("see --help"),
            );
        }
        Ok(Selection::Names(names.to_vec()))
    }
}

fn shown(path: &std::path::Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".into()
    } else {
        path.display().to_string()
    }
}

/// The largest `--from` list read: 64 MiB, a million names and more.
const MAX_LIST_BYTES: u64 = 64 << 20;

/// The text of a `--from` list (at most [`MAX_LIST_BYTES`]).
fn read_list(path: &std::path::Path) -> Result<String> {
    let read = if path.as_os_str() == "-" {
        crate::fsio::read_bounded(std::io::stdin().lock(), MAX_LIST_BYTES)
            .context("reading the account list from standard input")?
    } else {
        match std::fs::File::open(path) {
            Ok(f) => crate::fsio::read_bounded(f, MAX_LIST_BYTES)
                .with_context(|| format!("reading {}", path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return refuse(Refusal::not_found(format!("no file {}", path.display())));
            }
            Err(e) => return Err(e).with_context(|| format!("opening {}", path.display())),
        }
    };
    let Some(bytes) = read else {
        return refuse(
            Refusal::invalid(format!(
                "{} is larger than {} MiB: not a list of accounts",
                shown(path),
                MAX_LIST_BYTES >> 20
            ))
            .hint("one username or email a line; split a longer list into several runs"),
        );
    };
    String::from_utf8(bytes)
        .map_err(|_| Refusal::invalid(format!("{} is not UTF-8 text", shown(path))).into())
}

/// How a verb asks before a destructive change: the question for these targets.
pub type Question<'a> = &'a dyn Fn(&[Target]) -> String;

/// Runs `op` for every selected account in one guarded write transaction, one account
/// at a time; see [`run_all`].
pub fn run_each(
    ctx: &Ctx,
    conn: &Conn,
    actor: &Actor,
    selection: &Selection,
    max: Option<u64>,
    question: Option<Question<'_>>,
    op: impl Fn(&Tx<'_>, &Target) -> Result<Change>,
) -> Result<()> {
    run_all(
        ctx,
        conn,
        actor,
        selection,
        max,
        question,
        |tx, selected, culprit| {
            let mut changes = Vec::with_capacity(selected.len());
            for target in selected {
                match op(tx, target) {
                    Ok(change) => changes.push(change),
                    Err(e) => {
                        *culprit = Some(target.username.clone());
                        return Err(e);
                    }
                }
            }
            Ok(changes)
        },
    )
}

/// Runs `op` over all the selected accounts at once (a set-based change, see
/// [`crate::bulk`]; it names the account it refused in its `culprit`, and returns
/// one result per account in order) in one guarded write transaction: all
/// change or none does, and the last-admin guard runs once, at the end. The
/// selection is resolved inside the transaction. With `question`, the change is
/// destructive: on a terminal every check runs first (a rolled-back pass) so nobody
/// confirms what would be refused, then the question names the count; without a
/// terminal `--yes` is required (exit 2). Reports one result per target (JSON: one
/// object each, `refused` for every target when the lot is refused).
pub fn run_all(
    ctx: &Ctx,
    conn: &Conn,
    actor: &Actor,
    selection: &Selection,
    max: Option<u64>,
    question: Option<Question<'_>>,
    op: impl Fn(&Tx<'_>, &[Target], &mut Option<String>) -> Result<Vec<Change>>,
) -> Result<()> {
    run_all_reporting(ctx, conn, actor, selection, max, question, op, |c| {
        report(ctx, c)
    })
}

/// [`run_each`] for a verb that makes secrets shown once per account (recovery codes,
/// a reset token): `op` returns them with the change; after the commit each change is
/// printed with its secrets as `field` (JSON: an array in the change's object, or the
/// one secret as a string when `field` is singular; otherwise one line each). A dry
/// run shows none.
#[allow(clippy::too_many_arguments)]
pub fn run_each_with_secrets(
    ctx: &Ctx,
    conn: &Conn,
    actor: &Actor,
    selection: &Selection,
    max: Option<u64>,
    field: &str,
    op: impl Fn(&Tx<'_>, &Target) -> Result<(Change, Vec<zeroize::Zeroizing<String>>)>,
) -> Result<()> {
    let secrets: std::cell::RefCell<Vec<Vec<zeroize::Zeroizing<String>>>> =
        std::cell::RefCell::default();
    let mut shown = 0;
    run_all_reporting(
        ctx,
        conn,
        actor,
        selection,
        max,
        None,
        |tx, selected, culprit| {
            let mut changes = Vec::with_capacity(selected.len());
            let mut made = Vec::with_capacity(selected.len());
            for target in selected {
                match op(tx, target) {
                    Ok((change, codes)) => {
                        changes.push(change);
                        made.push(codes);
                    }
                    Err(e) => {
                        *culprit = Some(target.username.clone());
                        return Err(e);
                    }
                }
            }
            *secrets.borrow_mut() = made;
            Ok(changes)
        },
        |mut change| {
            let codes = std::mem::take(
                secrets
                    .borrow_mut()
                    .get_mut(shown)
                    .unwrap_or(&mut Vec::new()),
            );
            shown += 1;
            change.dry_run = ctx.dry_run && change.result != Outcome::Unchanged;
            if ctx.dry_run {
                return ctx.ui.change(&change);
            }
            let codes: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
            if field.ends_with('s') {
                ctx.ui.change_with_secret_list(&change, field, &codes)
            } else {
                let pairs: Vec<(&str, &str)> = codes.iter().map(|c| (field, *c)).collect();
                ctx.ui.change_with_secrets(&change, &pairs)
            }
        },
    )
}

#[allow(clippy::too_many_arguments)]
fn run_all_reporting(
    ctx: &Ctx,
    conn: &Conn,
    actor: &Actor,
    selection: &Selection,
    max: Option<u64>,
    question: Option<Question<'_>>,
    op: impl Fn(&Tx<'_>, &[Target], &mut Option<String>) -> Result<Vec<Change>>,
    mut report_one: impl FnMut(Change) -> Result<()>,
) -> Result<()> {
    let mut confirmed: Option<Vec<Target>> = None;
    if let Some(question) = question.filter(|_| !ctx.dry_run && !ctx.yes) {
        let selected = if ctx.ui.interactive {
            checked_pass(ctx, conn, actor, selection, max, &op)?
        } else {
            targets::resolve(conn, actor, selection, max)
                .map_err(|e| refused_all(ctx, selection, &[], None, e))?
        };
        if selected.is_empty() {
            nothing_matches(ctx);
            return Ok(());
        }
        ctx.confirm(&question(&selected))?;
        confirmed = Some(selected);
    }

    let mut selected: Vec<Target> = Vec::new();
    let mut culprit: Option<String> = None;
    let result = authz::write(conn, ctx.dry_run, |tx| {
        selected = targets::resolve(tx, actor, selection, max)?;
        if let Some(confirmed) = &confirmed {
            if *confirmed != selected {
                return refuse(
                    Refusal::conflict(format!(
                        "the selection changed while you were asked ({} accounts confirmed, {} now); nothing changed",
                        confirmed.len(),
                        selected.len()
                    ))
                    .hint("run the command again"),
                );
            }
        }
        op(tx, &selected, &mut culprit)
    });
    let changes =
        result.map_err(|e| refused_all(ctx, selection, &selected, culprit.as_deref(), e))?;
    if changes.is_empty() {
        nothing_matches(ctx);
        return Ok(());
    }
    let many = changes.len() > 1 || matches!(selection, Selection::Matching(_));
    let altered = changes
        .iter()
        .filter(|c| c.result != Outcome::Unchanged)
        .count();
    let total = changes.len();
    for change in changes {
        report_one(change)?;
    }
    if many {
        let unchanged = total - altered;
        ctx.ui.status(&if ctx.dry_run {
            format!(
                "dry run: {} selected, {altered} would change, {unchanged} unchanged; nothing written",
                accounts(total)
            )
        } else {
            format!("{}: {altered} changed, {unchanged} unchanged", accounts(total))
        });
    }
    Ok(())
}

/// The rolled-back pass before a confirmation: every check, guard included.
fn checked_pass(
    ctx: &Ctx,
    conn: &Conn,
    actor: &Actor,
    selection: &Selection,
    max: Option<u64>,
    op: &impl Fn(&Tx<'_>, &[Target], &mut Option<String>) -> Result<Vec<Change>>,
) -> Result<Vec<Target>> {
    let mut selected: Vec<Target> = Vec::new();
    let mut culprit: Option<String> = None;
    authz::write(conn, true, |tx| {
        selected = targets::resolve(tx, actor, selection, max)?;
        op(tx, &selected, &mut culprit).map(drop)
    })
    .map_err(|e| refused_all(ctx, selection, &selected, culprit.as_deref(), e))?;
    Ok(selected)
}

fn accounts(n: usize) -> String {
    if n == 1 {
        "1 account".into()
    } else {
        format!("{n} accounts")
    }
}

fn nothing_matches(ctx: &Ctx) {
    ctx.ui
        .status("no account matches the selection; nothing changed");
}

/// With `--format json`, a refused selection is one `refused` object per target
/// (the accounts selected, or the names given when they could not all be found), so
/// a script sees every account it asked about; the message and exit code stay as
/// they are. `culprit` is the account whose change was refused, when it was one.
pub fn refused_all(
    ctx: &Ctx,
    selection: &Selection,
    selected: &[Target],
    culprit: Option<&str>,
    err: anyhow::Error,
) -> anyhow::Error {
    if ctx.ui.format != Format::Json {
        return err;
    }
    let Some(refusal) = refusal_of(&err) else {
        return err;
    };
    let names: Vec<String> = if selected.is_empty() {
        match selection {
            Selection::Names(names) => names.iter().map(|n| n.trim().to_string()).collect(),
            Selection::Matching(_) => vec!["--all-matching".to_string()],
        }
    } else {
        selected.iter().map(|t| t.username.clone()).collect()
    };
    let mut details = serde_json::json!({ "exit_code": refusal.kind.exit_code() });
    if let (Some(culprit), true) = (culprit, names.len() > 1) {
        details["refused_because_of"] = culprit.into();
    }
    for name in names {
        let _ = ctx.ui.change(&Change {
            target: name,
            result: Outcome::Refused,
            message: refusal.message.clone(),
            details: details.clone(),
            dry_run: false,
        });
    }
    err
}
