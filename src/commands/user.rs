//! `userctl user …`: add, list and show accounts; the lifecycle subcommands
//! (edit, role, status, delete, passwords, 2FA, verify) are in `user_lifecycle`.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::json;

use crate::accounts::{self, NewAccount};
use crate::authz::{self, Action};
use crate::cli::{CheckPasswordArgs, PasswordArgs, UserFilterArgs};
use crate::commands::targets::{SelectArgs, TargetArgs};
use crate::commands::Ctx;
use crate::db::{self, users::NewUser, users::Sort, users::User};
use crate::error::{refuse, Refusal};
use crate::output::{opt, Change, Outcome, Record};
use crate::secret_input::Source;
use crate::{password, secret_input, settings};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account
    #[command(after_long_help = "Examples:
  # Ask for the email and name, then the password twice (on a terminal)
  userctl user add bob
  userctl user add bob --email bob@example.com --name \"Bob Stone\" --role moderator --generate-password
  # Idempotent, for scripts: the password from standard input
  printf '%s\\n' \"$PW\" | userctl user add svc-backup --password-stdin --if-missing")]
    Add(AddArgs),
    /// List accounts (newest first)
    #[command(after_long_help = "Examples:
  userctl user list --search stone --status active
  # Every account, also on a terminal
  userctl user list --all --sort username
  userctl user list --format json | jq -r '.[].username'")]
    List(ListArgs),
    /// Show every field of one account, its permissions, sessions, keys and recent audit events
    #[command(after_long_help = "Examples:
  userctl user show bob
  userctl user show bob@example.com --format json")]
    Show(ShowArgs),
    /// Change an account's username, email, name or must-change-password flag
    #[command(after_long_help = "Examples:
  userctl user edit bob --email robert@example.com --name \"Robert Stone\"
  userctl user edit bob --must-change-password true")]
    Edit(EditArgs),
    /// Change an account's role (guarded: the last admin cannot be demoted)
    #[command(after_long_help = "Examples:
  userctl user role bob moderator")]
    Role(RoleArgs),
    /// Deactivate an account: it cannot log in, its sessions are revoked (guarded)
    #[command(after_long_help = "Examples:
  userctl user deactivate bob --reason \"left the company\"")]
    Deactivate(DeactivateArgs),
    /// Reactivate an account
    #[command(after_long_help = "Examples:
  userctl user activate bob")]
    Activate(TargetArgs),
    /// Delete an account permanently, with its sessions, keys and invitations (guarded;
    /// asks first, and answering no exits 1)
    #[command(after_long_help = "Examples:
  # Asks first on a terminal; answering no exits 1 and changes nothing
  userctl user delete bob
  # Without a terminal --yes is required
  userctl --yes user delete bob
  # Hand their registered data (see `owned list`) to alice first
  userctl user delete bob --transfer-to alice")]
    Delete(DeleteArgs),
    /// Set a new password; revokes the account's sessions unless --keep-sessions
    #[command(after_long_help = "Examples:
  # Asked twice on a terminal; their sessions are revoked
  userctl user passwd bob
  userctl user passwd bob --generate-password --must-change-password
  userctl user passwd bob --password-file /root/bob.pw --keep-sessions")]
    Passwd(PasswdArgs),
    /// End accounts' locks after failed logins and reset their counts of failures
    #[command(after_long_help = "Examples:
  userctl user unlock bob
  # Every account locked now (see what first with --dry-run)
  userctl user unlock --all-matching --locked --dry-run")]
    Unlock(TargetArgs),
    /// Clear an account's second factor; they enrol again at next login
    #[command(name = "reset-2fa")]
    #[command(after_long_help = "Examples:
  userctl user reset-2fa bob")]
    Reset2fa(TargetArgs),
    /// Make new recovery codes for accounts' second factor: ten each, printed once
    /// (only their hashes are stored); a new set replaces the old one
    #[command(name = "recovery-codes")]
    #[command(after_long_help = "Examples:
  # Print bob's ten new codes once; his earlier codes stop working
  userctl user recovery-codes bob --generate
  userctl --format json user recovery-codes bob --generate")]
    RecoveryCodes(RecoveryCodesArgs),
    /// Check a password like a login: exit 0 if right and the account may log in, else 6
    /// (also when there is no such account, or it is locked); a wrong one counts as a
    /// failed login
    #[command(after_long_help = "Examples:
  # Exit 0 if right and bob may log in; 6 if wrong, inactive, locked or no such account
  printf '%s\\n' \"$PW\" | userctl user verify bob --password-stdin")]
    Verify(VerifyArgs),
    /// Issue a new invitation token to an invited account; earlier ones stop working
    #[command(after_long_help = "Examples:
  # \"Resend invitation\": the new token is printed once, the old one stops working
  userctl user invite carol
  userctl user invite carol --expires 7d
  userctl --format json user invite carol")]
    Invite(InviteArgs),
    /// Issue one-time password-reset links: a token per account, printed once (only
    /// its hash is stored); earlier unused links of the account stop working
    #[command(name = "reset-link")]
    #[command(after_long_help = "Examples:
  # The token goes into the application's reset URL; it works once, for an hour
  userctl user reset-link bob
  userctl --format json user reset-link bob carol --expires 30m")]
    ResetLink(ResetLinkArgs),
    /// Give accounts permissions beyond their role (known names only): USER… PERMISSION…,
    /// or -p PERMISSION with several USERs, --from FILE or --all-matching
    #[command(after_long_help = "Examples:
  userctl user grant alice audit.view reports.view
  # Several accounts: -p names the permissions, every argument is an account
  userctl user grant -p reports.export alice bob carol
  # The accounts from a list or a filter: the arguments are the permissions
  userctl user grant --all-matching --group analysts --max 200 reports.view")]
    Grant(super::user_access::GrantArgs),
    /// Take permissions from accounts whatever their role or groups give (guarded):
    /// USER… PERMISSION…, or -p PERMISSION with several USERs, --from FILE or --all-matching
    #[command(after_long_help = "Examples:
  # alice keeps her role but may not export analytics
  userctl user deny alice analytics.view
  # Contractors from a list (\"-\": standard input), all or nothing
  userctl user deny --from contractors.txt -p reports.export -p analytics.view")]
    Deny(super::user_access::OverrideArgs),
    /// Move the data one account owns in the application's registered tables to
    /// another (all or nothing; see `owned list`)
    #[command(after_long_help = "Examples:
  # Everything bob owns goes to alice
  userctl user transfer bob alice
  # Only his personas
  userctl user transfer bob alice --only personas")]
    Transfer(TransferArgs),
    /// Write everything kept about accounts to a file, one JSON document per account
    /// and line (mode 0600): the right of access
    #[command(name = "export-data")]
    #[command(after_long_help = "Examples:
  userctl user export-data bob --output bob.jsonl
  # Ten leavers at once (one username or email a line)
  userctl user export-data --from leavers.txt --output leavers.jsonl")]
    ExportData(ExportDataArgs),
    /// Erase an account's personal data (the right to erasure): the row is scrubbed to
    /// erased-ID, its registered data moved or deleted, and its names redacted from the
    /// audit log, which still verifies (guarded; asks first)
    #[command(after_long_help = "Examples:
  # Asks first on a terminal; --dry-run shows what would go
  userctl user erase bob --transfer-to alice
  userctl --yes user erase --from erasure-requests.txt --transfer-to alice")]
    Erase(EraseArgs),
    /// Remove an account's grants and denials: back to its role's defaults (guarded)
    #[command(after_long_help = "Examples:
  # \"Reset to Role Defaults\"
  userctl user reset-permissions alice")]
    ResetPermissions(super::user_access::ResetArgs),
    /// Set attribute values of an account (see `attr list`)
    #[command(after_long_help = "Examples:
  userctl user set alice timezone=Europe/Berlin email_digest=daily")]
    Set(super::user_access::SetArgs),
    /// Remove attribute values of an account (it falls back to the default)
    #[command(after_long_help = "Examples:
  userctl user unset alice email_digest")]
    Unset(super::user_access::UnsetArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Login name: lowercase a-z, 0-9, '.', '_', '-'; 3 to 50 characters
    pub username: String,
    /// Email address (unique, case-insensitive)
    #[arg(long)]
    pub email: Option<String>,
    /// Display name
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    /// Role of the new account
    #[arg(long, default_value = "user")]
    pub role: String,
    #[command(flatten)]
    pub password: PasswordArgs,
    /// Make them choose a new password at first login
    #[arg(long)]
    pub must_change_password: bool,
    /// Create the account as invited, without a password, and print a one-time invitation token
    #[arg(long, conflicts_with_all = ["password_stdin", "password_file", "generate_password", "inactive"])]
    pub invite: bool,
    /// Create the account inactive
    #[arg(long)]
    pub inactive: bool,
    /// Succeed without changing anything when this user already exists (for scripts)
    #[arg(long)]
    pub if_missing: bool,
    /// The account may not log in after this: a date (2027-03-31), a UTC time, a
    /// duration from now (90d) or never
    #[arg(long, value_name = "DATE|never")]
    pub expires: Option<String>,
    /// A service account: no password and no interactive login, API keys only; never
    /// counted as an admin
    #[arg(long, conflicts_with_all = ["password_stdin", "password_file", "generate_password", "invite", "must_change_password"])]
    pub service: bool,
}

impl AddArgs {
    /// Only the username (and perhaps a role) is given: on a terminal the optional
    /// fields are asked. Anything else on the command line (an email, a name, a
    /// password source, `--invite`, `--service`, `--inactive`, `--if-missing`,
    /// `--expires`) names the account completely, and nothing optional is asked.
    fn is_bare(&self) -> bool {
        self.email.is_none()
            && self.name.is_none()
            && !self.password.given()
            && !self.must_change_password
            && !self.invite
            && !self.inactive
            && !self.if_missing
            && self.expires.is_none()
            && !self.service
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: UserFilterArgs,
    /// Order of the rows
    #[arg(long, value_enum, default_value_t = Sort::Created)]
    pub sort: Sort,
    /// At most N rows (on a terminal 50 are shown unless --limit or --all)
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Every matching row, also on a terminal
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
    /// Add columns with each account's number of groups and resource grants
    #[arg(long)]
    pub counts: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Username or email
    pub user: String,
}

/// In `user edit`, `--managed-by` sets the source; the filter is spelled
/// `user invite`.
#[derive(Debug, Args)]
pub struct InviteArgs {
    /// Username or email of an invited account
    pub user: String,
    /// When the invitation stops working: a span (7d, 48h) or a date (default: the
    /// setting invitation.lifetime_hours)
    #[arg(long, value_name = "DURATION|DATE", value_parser = crate::cli::parse_until)]
    pub expires: Option<String>,
}

/// `user reset-link`.
#[derive(Debug, Args)]
pub struct ResetLinkArgs {
    #[command(flatten)]
    pub targets: TargetArgs,
    /// When the link stops working: a span (1h, 30m) or a date
    #[arg(long, value_name = "DURATION|DATE", default_value = "1h", value_parser = crate::cli::parse_until)]
    pub expires: String,
}

/// `user recovery-codes`.
#[derive(Debug, Args)]
pub struct RecoveryCodesArgs {
    #[command(flatten)]
    pub targets: TargetArgs,
    /// Make a new set of ten codes per account and print them once (required: the
    /// codes in use are never shown again)
    #[arg(long, required = true)]
    pub generate: bool,
}

/// `--currently-managed-by`.
#[derive(Debug, Args)]
#[command(mut_arg("managed_by", |a| a.long("currently-managed-by")))]
pub struct EditArgs {
    #[command(flatten)]
    pub targets: TargetArgs,
    /// New username (one USER only)
    #[arg(long = "username", value_name = "NAME")]
    pub new_username: Option<String>,
    /// New email ("" removes it; one USER only)
    #[arg(long)]
    pub email: Option<String>,
    /// New display name
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    /// Whether they must choose a new password at next login
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
    pub must_change_password: Option<bool>,
    /// Adopt the accounts for this import source (`import-csv --mode sync --source
    /// SOURCE` then manages them), or release them to be managed by hand ("none")
    #[arg(long = "managed-by", value_name = "SOURCE|none")]
    pub set_managed_by: Option<String>,
    /// The account may not log in after this: a date (2027-03-31), a UTC time, a
    /// duration from now (90d) or never (guarded when it is in the past)
    #[arg(long, value_name = "DATE|never")]
    pub expires: Option<String>,
    /// Make it a service account (true: password removed, API keys only; guarded) or a
    /// person again (false)
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
    pub service: Option<bool>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub targets: TargetArgs,
    /// Hand the accounts' registered `transfer` data to this account first, in the same
    /// transaction (without it, such data refuses the deletion)
    #[arg(long, value_name = "USER")]
    pub transfer_to: Option<String>,
}

#[derive(Debug, Args)]
pub struct TransferArgs {
    /// The account whose data moves (username or email)
    #[arg(value_name = "FROM")]
    pub from: String,
    /// The account that receives it: active and not expired
    #[arg(value_name = "TO")]
    pub to: String,
    /// Only these labels (several allowed; default: every registered label)
    #[arg(long, value_name = "LABEL", num_args = 1..)]
    pub only: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ExportDataArgs {
    #[command(flatten)]
    pub targets: TargetArgs,
    /// The file to write (created with mode 0600, never through a symlink; it appears
    /// complete or not at all)
    #[arg(long, short, value_name = "FILE")]
    pub output: PathBuf,
    /// Replace an existing --output file (by writing beside it and renaming)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct EraseArgs {
    #[command(flatten)]
    pub targets: TargetArgs,
    /// Hand the accounts' registered `transfer` data to this account (without it, such
    /// data refuses the erasure)
    #[arg(long, value_name = "USER")]
    pub transfer_to: Option<String>,
}

#[derive(Debug, Args)]
pub struct RoleArgs {
    /// Usernames or email addresses (several allowed), then the new role
    #[arg(value_name = "USER", required = false)]
    pub users: Vec<String>,
    /// The new role
    #[arg(value_name = "ROLE")]
    pub new_role: String,
    #[command(flatten)]
    pub select: SelectArgs,
    /// A temporary role: back to the current role at the end
    #[command(flatten)]
    pub until: crate::cli::UntilArgs,
}

#[derive(Debug, Args)]
pub struct DeactivateArgs {
    #[command(flatten)]
    pub targets: TargetArgs,
    /// Why (kept with the account and in the audit log)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Username or email
    pub user: String,
    #[command(flatten)]
    pub password: PasswordArgs,
    /// Keep the account's sessions (by default they are revoked)
    #[arg(long)]
    pub keep_sessions: bool,
    /// Make them choose a new password at next login
    #[arg(long)]
    pub must_change_password: bool,
    /// Set a password hash from another system (argon2, bcrypt, Django, Werkzeug,
    /// passlib, crypt(3), …) read from the first line of standard input
    #[arg(long, conflicts_with_all = ["password_stdin", "password_file", "generate_password", "hash_file"])]
    pub hash_stdin: bool,
    /// Set a password hash from another system read from the first line of FILE
    #[arg(long, value_name = "FILE", conflicts_with_all = ["password_stdin", "password_file", "generate_password"])]
    pub hash_file: Option<PathBuf>,
    /// With --hash-stdin or --hash-file: accept a hash of a broken scheme (md5,
    /// sha1, {SHA}, …); the account must then change its password at next login
    #[arg(long)]
    pub allow_weak_hashes: bool,
}

impl PasswdArgs {
    /// Where a hash from another system comes from, if one is to be set.
    pub fn hash_source(&self) -> Option<Source> {
        if self.hash_stdin {
            Some(Source::Stdin)
        } else {
            self.hash_file.clone().map(Source::File)
        }
    }
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Username or email
    pub user: String,
    #[command(flatten)]
    pub password: CheckPasswordArgs,
}

pub fn run(ctx: &Ctx, cmd: UserCommand) -> Result<()> {
    match cmd {
        UserCommand::Add(args) => add(ctx, &args),
        UserCommand::List(args) => list(ctx, &args),
        UserCommand::Show(args) => show(ctx, &args),
        UserCommand::Invite(args) => invite(ctx, &args),
        UserCommand::RecoveryCodes(args) => recovery_codes(ctx, &args),
        UserCommand::ResetLink(args) => reset_link(ctx, &args),
        UserCommand::Grant(args) => {
            let ends = args.until.ends()?;
            super::user_access::overrides(ctx, &args.overrides, false, ends)
        }
        UserCommand::Deny(args) => super::user_access::overrides(ctx, &args, true, None),
        UserCommand::ResetPermissions(args) => super::user_access::reset(ctx, &args),
        UserCommand::Set(args) => super::user_access::set(ctx, &args),
        UserCommand::Unset(args) => super::user_access::unset(ctx, &args),
        UserCommand::Delete(args) => super::user_leaving::delete(ctx, &args),
        UserCommand::Transfer(args) => super::user_leaving::transfer(ctx, &args),
        UserCommand::ExportData(args) => super::user_leaving::export_data(ctx, &args),
        UserCommand::Erase(args) => super::user_leaving::erase(ctx, &args),
        other => super::user_lifecycle::run(ctx, &other),
    }
}

fn add(ctx: &Ctx, args: &AddArgs) -> Result<()> {
    let ui = &ctx.ui;
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    // Checked again inside the write; checked here so nobody is asked for a password
    // only to be refused.
    authz::authorize(&conn, &actor, Action::AddUsers)?;
    let username = accounts::normalize_username(&args.username)?;
    let expires = args
        .expires
        .as_deref()
        .map(crate::access::parse_expires)
        .transpose()?;

    let mut email = args.email.clone();
    let mut name = args.name.clone();
    if ui.interactive && args.is_bare() {
        // A taken username is refused before anything is asked; a bad or taken
        // email is explained and asked again.
        db::users::ensure_free(&conn, &username, None, None)?;
        if email.is_none() {
            email = Some(super::ask(ui, "Email (empty for none)", true, |e| {
                if e.is_empty() {
                    return Ok(String::new());
                }
                let e = accounts::normalize_email(e)?;
                db::users::ensure_free(&conn, &username, Some(&e), None)?;
                Ok(e)
            })?);
        }
        if name.is_none() {
            name = Some(crate::prompt::line("Display name (empty for none)", true)?);
        }
    }
    let email = match email.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(e) => Some(accounts::normalize_email(e)?),
    };
    let display_name = accounts::normalize_display_name(name.as_deref().unwrap_or(""))?;

    if args.if_missing {
        if let Some(existing) = db::users::find(&conn, &username)? {
            return unchanged_if_same(ctx, &existing, email.as_deref());
        }
    }

    let status = accounts::initial_status(args.invite, args.inactive);
    let mut generated = None;
    let password_hash = if args.invite || args.service {
        None
    } else {
        let mut context = vec![username.as_str()];
        if let Some(e) = &email {
            context.push(e);
            context.extend(e.split('@').next());
        }
        let policy = settings::password_policy(&conn)?;
        let new = secret_input::new_password_checked(
            &args.password.source(),
            ui.interactive,
            &username,
            |pw| Ok(password::check_policy(pw, &policy, &context)?),
        )?;
        let hash = password::hash(&new.value, settings::hash_params(&conn)?)?;
        if new.generated {
            generated = Some(new.value);
        }
        Some(hash)
    };

    let account = NewAccount {
        user: NewUser {
            username: username.clone(),
            email,
            display_name,
            role: args.role.trim().to_string(),
            status,
            password_hash,
            must_change_password: args.must_change_password,
        },
        invite: args.invite,
    };
    let outcome = authz::write(&conn, ctx.dry_run, |tx| {
        if args.if_missing {
            if let Some(existing) = db::users::find(tx, &username)? {
                return Ok(Err(existing));
            }
        }
        let mut created = accounts::create(tx, &actor, &account)?;
        let id = created.user.id;
        if args.service {
            crate::access::set_service(tx, &actor, id, true)?;
        }
        if let Some(expires) = &expires {
            crate::access::set_expires(tx, &actor, id, expires.as_deref())?;
        }
        created.user = db::users::get_by_id(tx, id)?;
        Ok(Ok(created))
    })?;
    let created = match outcome {
        Ok(created) => created,
        Err(existing) => return unchanged_if_same(ctx, &existing, account.user.email.as_deref()),
    };
    let u = &created.user;
    let mut secrets: Vec<(&str, &str)> = Vec::new();
    if !ctx.dry_run {
        if let Some(pw) = &generated {
            secrets.push(("generated_password", pw));
        }
        if let Some(token) = &created.invitation {
            secrets.push(("invitation_token", token));
        }
    }
    ui.change_with_secrets(
        &Change {
            target: u.username.clone(),
            result: Outcome::Created,
            message: format!(
                "created {}user {} (role {}, {}{})",
                if u.kind == "service" { "service " } else { "" },
                u.username,
                u.role,
                u.status,
                u.expires_at
                    .as_deref()
                    .map(|e| format!(", expires {e}"))
                    .unwrap_or_default()
            ),
            details: json!({ "id": u.id, "role": u.role, "status": u.status, "kind": u.kind, "expires_at": u.expires_at }),
            dry_run: ctx.dry_run,
        },
        &secrets,
    )
}

/// `--if-missing` found the username: fine if it is the same person, a conflict if
/// the email says otherwise.
fn unchanged_if_same(ctx: &Ctx, existing: &User, email: Option<&str>) -> Result<()> {
    if let Some(email) = email {
        if existing.email.as_deref() != Some(email) {
            return refuse(
                Refusal::conflict(format!(
                    "user '{}' exists with another email ({})",
                    existing.username,
                    existing.email.as_deref().unwrap_or("none")
                ))
                .hint("--if-missing leaves an existing account alone only when it is the same one"),
            );
        }
    }
    ctx.ui.change(&Change {
        target: existing.username.clone(),
        result: Outcome::Unchanged,
        message: format!("user {} already exists; nothing changed", existing.username),
        details: json!({ "id": existing.id }),
        dry_run: ctx.dry_run,
    })
}

impl Record for User {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "username",
            "name",
            "email",
            "role",
            "status",
            "two_factor",
            "created_at",
            "last_login_at",
            "last_active_at",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.username.clone(),
            self.display_name.clone(),
            opt(self.email.as_deref()),
            self.role.clone(),
            self.status.to_string(),
            if self.two_factor { "yes" } else { "no" }.into(),
            self.created_at.clone(),
            opt(self.last_login_at.as_deref()),
            opt(self.last_active_at.as_deref()),
        ]
    }
    fn optional() -> &'static [&'static str] {
        NARROW_DROPS
    }
}

/// What `user list` leaves out on a narrow terminal, least important first: last
/// active already counts the last login; then the creation date, 2FA, the id and
/// the display name. Username, email, role, status and last active stay.
const NARROW_DROPS: &[&str] = &["last_login_at", "created_at", "two_factor", "id", "name"];

fn list(ctx: &Ctx, args: &ListArgs) -> Result<()> {
    let conn = ctx.open_for_reading()?;
    let actor = ctx.actor(&conn)?;
    authz::authorize(&conn, &actor, Action::ListUsers)?;
    let (limit, default_limit) = ctx.ui.row_limit(args.limit, args.all);
    let (users, total) = if default_limit {
        // A terminal's default page: the first rows, and a count of the rest
        // (streamed, so a large database costs no memory).
        let page = limit.unwrap_or(crate::output::TERMINAL_ROWS);
        let (mut rows, mut total) = (Vec::new(), 0_u64);
        db::users::for_each(&conn, &args.filter.filter(args.sort, None), |u| {
            total += 1;
            if total <= page {
                rows.push(u);
            }
            Ok(())
        })?;
        (rows, Some(total))
    } else {
        let filter = args.filter.filter(args.sort, limit);
        (db::users::list(&conn, &filter)?, None)
    };
    let shown = users.len() as u64;
    if args.counts {
        let owned = crate::leaving::counts_of_all(&conn)?;
        let rows = users
            .into_iter()
            .map(|user| {
                let (groups, grants) = db::access::counts_of(&conn, user.id)?;
                let owned = owned
                    .iter()
                    .map(|(label, counts)| {
                        (label.clone(), counts.get(&user.id).copied().unwrap_or(0))
                    })
                    .collect();
                Ok(Counted {
                    user,
                    groups,
                    grants,
                    owned,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let labels: Vec<String> = owned.iter().map(|(l, _)| l.clone()).collect();
        ctx.ui.records_with(&rows, &labels, |r| {
            r.owned.values().map(ToString::to_string).collect()
        })?;
    } else {
        ctx.ui.records(&users)?;
    }
    if let Some(total) = total {
        ctx.ui.more(shown, total);
    }
    Ok(())
}

/// A `user list --counts` row: the account with its group and resource-grant counts
/// (seed 002's package count).
#[derive(Debug, Serialize)]
struct Counted {
    #[serde(flatten)]
    user: User,
    groups: i64,
    grants: i64,
    /// The account's rows of each registered table, by label (`owned list`).
    owned: std::collections::BTreeMap<String, i64>,
}

impl Record for Counted {
    fn headers() -> &'static [&'static str] {
        crate::leaving::COUNTED_COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        let mut cells = self.user.cells();
        cells.push(self.groups.to_string());
        cells.push(self.grants.to_string());
        cells
    }
    fn optional() -> &'static [&'static str] {
        NARROW_DROPS
    }
}

/// Everything `user show` prints.
#[derive(Debug, Serialize)]
struct Details {
    #[serde(flatten)]
    user: User,
    permissions: Vec<String>,
    /// Each effective permission with where it comes from (`role:R`, `group:G`, `grant`).
    permission_sources: std::collections::BTreeMap<String, Vec<String>>,
    denied: Vec<String>,
    groups: Vec<String>,
    /// When each source that ends does (`role:NAME`, `group:NAME`, `grant:PERMISSION`).
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    ends: std::collections::BTreeMap<String, String>,
    resource_access: Vec<super::access::Row>,
    /// Every defined attribute: its value, or the default.
    attributes: std::collections::BTreeMap<String, Option<String>>,
    expired: bool,
    active_sessions: i64,
    api_keys: i64,
    /// The account's rows of each registered table, by label (`owned list`).
    owned: std::collections::BTreeMap<String, i64>,
    recent_audit: Vec<db::audit::Entry>,
}

fn show(ctx: &Ctx, args: &ShowArgs) -> Result<()> {
    let conn = ctx.open_for_reading()?;
    let actor = ctx.actor(&conn)?;
    let user = db::users::get(&conn, &args.user)?;
    authz::authorize(&conn, &actor, Action::ViewUser { target: user.id })?;
    let effective = authz::effective(&conn, user.id)?;
    let mut resource_access = Vec::new();
    if effective
        .permissions
        .contains_key(authz::perm::RESOURCES_ALL)
    {
        resource_access.push(super::access::Row {
            holder: user.username.clone(),
            resource: "*".into(),
            level: "write".into(),
            via: authz::perm::RESOURCES_ALL.into(),
        });
    }
    resource_access.extend(super::access::rows_of_user(&conn, &user, None)?);
    let attribute_values = crate::attributes::values_of(&conn, user.id)?;
    let details = Details {
        permissions: effective.permissions.keys().cloned().collect(),
        permission_sources: effective.permissions.clone(),
        denied: effective.denied.clone(),
        groups: db::access::groups_of(&conn, user.id)?
            .into_iter()
            .map(|(_, n)| n)
            .collect(),
        ends: effective.ends.clone(),
        resource_access,
        attributes: attribute_values
            .iter()
            .map(|(n, v, _)| (n.clone(), v.clone()))
            .collect(),
        expired: db::users::is_expired(&conn, user.id)?,
        active_sessions: db::sessions::count_active(&conn, user.id)?,
        api_keys: db::keys::count_active(&conn, user.id)?,
        owned: crate::leaving::counts(&conn, user.id)?,
        recent_audit: db::audit::list(
            &conn,
            &db::audit::Filter {
                target: Some(user.username.clone()),
                limit: Some(5),
                ..Default::default()
            },
        )?,
        user,
    };
    let u = &details.user;
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    // The JSON object's keys, so table, JSON and CSV name each field alike.
    let mut fields = vec![
        ("id", u.id.to_string()),
        ("username", u.username.clone()),
        ("name", u.display_name.clone()),
        ("email", opt(u.email.as_deref())),
        (
            "role",
            match (&u.role_until, &u.role_after) {
                (Some(until), Some(after)) => format!("{} (until {until}, then {after})", u.role),
                _ => u.role.clone(),
            },
        ),
        ("status", u.status.to_string()),
        ("status_reason", opt(u.status_reason.as_deref())),
        ("has_password", yes_no(u.has_password)),
        ("must_change_password", yes_no(u.must_change_password)),
        ("two_factor", yes_no(u.two_factor)),
        ("created_at", u.created_at.clone()),
        ("updated_at", u.updated_at.clone()),
        ("last_login_at", opt(u.last_login_at.as_deref())),
        ("last_active_at", opt(u.last_active_at.as_deref())),
        ("managed_by", opt(u.managed_by.as_deref())),
        ("kind", u.kind.clone()),
        (
            "expires_at",
            match (&u.expires_at, details.expired) {
                (None, _) => "never".into(),
                (Some(e), true) => format!("{e} (expired)"),
                (Some(e), false) => e.clone(),
            },
        ),
        ("failed_logins", u.failed_logins.to_string()),
        ("locked_until", opt(u.locked_until.as_deref())),
        (
            "groups",
            details
                .groups
                .iter()
                .map(|g| match details.ends.get(&format!("group:{g}")) {
                    Some(until) => format!("{g} (until {until})"),
                    None => g.clone(),
                })
                .collect::<Vec<_>>()
                .join(" "),
        ),
    ];
    // Each permission once, with where it comes from (JSON keeps both lists).
    for p in &details.permissions {
        fields.push((
            "permissions",
            match details.permission_sources.get(p) {
                Some(sources) if !sources.is_empty() => {
                    let sources: Vec<String> = sources
                        .iter()
                        .map(
                            |s| match details.ends.get(&authz::Effective::end_key(p, s)) {
                                Some(until) => format!("{s} until {until}"),
                                None => s.clone(),
                            },
                        )
                        .collect();
                    format!("{p} (from {})", sources.join(", "))
                }
                _ => p.clone(),
            },
        ));
    }
    if details.permissions.is_empty() {
        fields.push(("permissions", String::new()));
    }
    if !details.denied.is_empty() {
        fields.push(("denied", details.denied.join(" ")));
    }
    for r in &details.resource_access {
        let level = if r.level.is_empty() { "-" } else { &r.level };
        fields.push((
            "resource_access",
            format!("{} {level} ({})", r.resource, r.via),
        ));
    }
    for (name, value, default) in &attribute_values {
        let shown = value.as_deref().unwrap_or("");
        let note = if *default { " (default)" } else { "" };
        fields.push(("attributes", format!("{name} = {shown}{note}")));
    }
    fields.extend([
        ("active_sessions", details.active_sessions.to_string()),
        ("api_keys", details.api_keys.to_string()),
    ]);
    for (label, n) in &details.owned {
        fields.push(("owned", format!("{label}: {n}")));
    }
    for e in &details.recent_audit {
        fields.push((
            "recent_audit",
            format!("{} {} by {}", e.at, e.action, e.actor),
        ));
    }
    ctx.ui.detail(&details, &fields)
}

fn invite(ctx: &Ctx, args: &InviteArgs) -> Result<()> {
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    let user = db::users::get(&conn, &args.user)
        .map_err(|e| super::user_lifecycle::refused(ctx, &args.user, e))?;
    let (change, token) = authz::write(&conn, ctx.dry_run, |tx| {
        crate::lifecycle::reinvite_until(tx, &actor, user.id, args.expires.as_deref())
    })
    .map_err(|e| super::user_lifecycle::refused(ctx, &user.username, e))?;
    // The token is printed once, inside its account's result object.
    let secrets: &[(&str, &str)] = if ctx.dry_run {
        &[]
    } else {
        &[("invitation_token", token.as_str())]
    };
    super::user_lifecycle::report_with_secrets(ctx, change, secrets)
}

/// `user recovery-codes USER… --generate`: ten new codes per account, printed once.
fn recovery_codes(ctx: &Ctx, args: &RecoveryCodesArgs) -> Result<()> {
    let selection = args.targets.selection()?;
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    super::targets::run_each_with_secrets(
        ctx,
        &conn,
        &actor,
        &selection,
        args.targets.select.max,
        "recovery_codes",
        |tx, t| crate::lifecycle::generate_recovery_codes(tx, &actor, t.id),
    )
}

/// `user reset-link USER… [--expires 1h]`: a one-time reset token per account, printed
/// once.
fn reset_link(ctx: &Ctx, args: &ResetLinkArgs) -> Result<()> {
    let selection = args.targets.selection()?;
    let conn = ctx.open()?;
    let actor = ctx.actor(&conn)?;
    super::targets::run_each_with_secrets(
        ctx,
        &conn,
        &actor,
        &selection,
        args.targets.select.max,
        "reset_token",
        |tx, t| {
            crate::lifecycle::issue_reset_link(tx, &actor, t.id, &args.expires)
                .map(|(change, token)| (change, vec![token]))
        },
    )
}
