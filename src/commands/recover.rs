//! `userctl recover`: break-glass recovery when every admin is locked out. Needs
//! only write access to the file; the actor is always the local operator.

use anyhow::Result;
use clap::Args;
use serde::Serialize;
use serde_json::json;

use crate::accounts;
use crate::cli::PasswordArgs;
use crate::commands::{operator, Ctx};
use crate::db::users::{NewUser, Status, User};
use crate::db::Conn;
use crate::error::{refuse, Refusal};
use crate::output::{opt, Change, Outcome, Record, Ui};
use crate::recovery::{self, Plan, ADMIN_ROLE};
use crate::{lifecycle, password, secret_input, settings};

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").args(["user", "promote", "create"])))]
pub struct RecoverArgs {
    /// Reset this account: new password (changed at next login), reactivate, clear
    /// 2FA, revoke sessions; it gets the admin role if its role cannot manage users
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Make this existing account an active admin (role admin, status active)
    #[arg(long, value_name = "USER")]
    pub promote: Option<String>,
    /// Create a new active admin with this username (needs --email)
    #[arg(long, value_name = "USERNAME", requires = "email")]
    pub create: Option<String>,
    /// Email of the admin created with --create
    #[arg(long, requires = "create")]
    pub email: Option<String>,
    /// With --user: instead of a new password, issue a one-time password-reset link
    /// (valid for an hour, printed once); the account keeps its password
    #[arg(long, requires = "user")]
    pub link: bool,
    #[command(flatten)]
    pub password: PasswordArgs,
}

/// One admin account and its state, as recovery shows it.
#[derive(Debug, Serialize)]
struct AdminRow {
    username: String,
    email: Option<String>,
    role: String,
    status: Status,
    two_factor: bool,
    must_change_password: bool,
    last_login_at: Option<String>,
    /// Counted by the last-admin guard: can log in and stay (active, a usable
    /// password hash, no expiry date).
    counted: bool,
}

impl AdminRow {
    fn new(u: &User, counted: &[i64]) -> Self {
        AdminRow {
            counted: counted.contains(&u.id),
            username: u.username.clone(),
            email: u.email.clone(),
            role: u.role.clone(),
            status: u.status,
            two_factor: u.two_factor,
            must_change_password: u.must_change_password,
            last_login_at: u.last_login_at.clone(),
        }
    }
}

impl Record for AdminRow {
    fn headers() -> &'static [&'static str] {
        &[
            "username",
            "email",
            "role",
            "status",
            "two_factor",
            "must_change_password",
            "last_login_at",
            "counted",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let yn = |b: bool| if b { "yes" } else { "no" }.to_string();
        vec![
            self.username.clone(),
            opt(self.email.as_deref()),
            self.role.clone(),
            self.status.to_string(),
            yn(self.two_factor),
            yn(self.must_change_password),
            opt(self.last_login_at.as_deref()),
            yn(self.counted),
        ]
    }
}

/// How long the reset link of `recover --user USER --link` works.
const RESET_LINK_SECS: i64 = 3600;

/// What the operator asked for, before any password is read.
enum Choice {
    Reset(String),
    Promote(String),
    Create { username: String, email: String },
}

pub fn run(ctx: &Ctx, args: &RecoverArgs) -> Result<()> {
    if ctx.as_user.is_some() {
        return refuse(
            Refusal::usage("recover does not take --as: it acts as the local operator")
                .hint("run it without --as; write access to the database file is what it needs"),
        );
    }
    if args.link && args.user.is_none() {
        return refuse(Refusal::usage(
            "--link goes with --user USER: it resets that account with a link",
        ));
    }
    let ui = &ctx.ui;
    if ctx.server.is_none() && !ctx.db_path.exists() && !ctx.db_path.is_symlink() {
        // Recovery repairs the application's database; it never makes a new one.
        return refuse(
            Refusal::unusable(format!(
                "no database at {}: recovery works on the application's existing database",
                ctx.db_path.display()
            ))
            .hint("name the application's database with --db PATH or USERCTL_DB=PATH (see its configuration)"),
        );
    }
    let conn = ctx.open_migrating()?;
    let admins = recovery::admins(&conn)?;
    let counted = crate::authz::managers(&conn)?;
    let rows: Vec<AdminRow> = admins.iter().map(|u| AdminRow::new(u, &counted)).collect();
    let active = counted.len();

    let choice = if let Some(user) = &args.user {
        Choice::Reset(user.clone())
    } else if let Some(user) = &args.promote {
        Choice::Promote(user.clone())
    } else if let Some(username) = &args.create {
        Choice::Create {
            username: username.clone(),
            email: args.email.clone().unwrap_or_default(),
        }
    } else {
        ui.records(&rows)?;
        ui.status(&format!(
            "{active} active account(s) can manage users (counted: active, a usable password, no expiry date)"
        ));
        if !ui.interactive {
            return refuse(
                Refusal::usage("recover needs a terminal, or one of --user, --promote, --create")
                    .hint(
                        "e.g. `userctl recover --user USER --generate-password`, \
                         `userctl recover --promote USER`, or \
                         `userctl recover --create NAME --email E --generate-password`",
                    ),
            );
        }
        ask(ui, &conn, &admins)?
    };
    if args.user.is_some() || args.promote.is_some() || args.create.is_some() {
        for a in &admins {
            // What else keeps it from logging in.
            let mut barred = String::new();
            if a.kind == "service" {
                barred.push_str(", service account (cannot log in)");
            }
            if crate::db::users::is_expired(&conn, a.id)? {
                barred.push_str(&format!(
                    ", expired ({})",
                    a.expires_at.as_deref().unwrap_or("unreadable date")
                ));
            }
            ui.status(&format!(
                "admin account {}: {}{barred}, role {}, 2FA {}, last login {}",
                a.username,
                a.status,
                a.role,
                if a.two_factor { "on" } else { "off" },
                a.last_login_at.as_deref().unwrap_or("never")
            ));
        }
        if admins.is_empty() {
            ui.status("no account holds a role that can manage users");
        }
    }

    // Validate and hash before the write lock is taken.
    let mut generated = None;
    let mut new_hash = |whose: &str, context: &[&str]| -> Result<String> {
        let policy = settings::password_policy(&conn)?;
        let new = secret_input::new_password_checked(
            &args.password.source(),
            ui.interactive,
            whose,
            |pw| Ok(password::check_policy(pw, &policy, context)?),
        )?;
        // Recovery always works: a setting out of bounds gives way to its default.
        let argon2 = settings::argon2_settings(&conn)?;
        for why in &argon2.out_of_bounds {
            ui.warn(&format!("{why}; hashing with its default instead"));
        }
        let hash = password::hash(&new.value, argon2.params)?;
        if new.generated {
            generated = Some(new.value);
        }
        Ok(hash)
    };
    let plan = match &choice {
        Choice::Reset(user) if args.link => {
            if args.password.given() {
                return refuse(Refusal::usage(
                    "--link sends a reset link instead of setting a password: give no password",
                ));
            }
            let u = crate::db::users::get(&conn, user)?;
            recovery::ensure_person(&u)?;
            Plan::ResetLink {
                user: u.username.clone(),
                expires_at: crate::clock::from_now(RESET_LINK_SECS),
            }
        }
        Choice::Reset(user) => {
            let u = crate::db::users::get(&conn, user)?;
            recovery::ensure_person(&u)?;
            let hash = new_hash(&u.username, &lifecycle::password_context(&u))?;
            Plan::Reset {
                user: u.username.clone(),
                hash,
            }
        }
        Choice::Promote(user) => {
            let u = crate::db::users::get(&conn, user)?;
            recovery::ensure_person(&u)?;
            // An admin nobody can log in as repairs nothing: an account without a
            // password gets one here (and one given is set either way).
            let hash = if u.has_password && !args.password.given() {
                None
            } else if !u.has_password && !args.password.given() && !ui.interactive {
                return refuse(recovery::no_password_to_promote(&u.username));
            } else {
                Some(new_hash(&u.username, &lifecycle::password_context(&u))?)
            };
            Plan::Promote {
                user: u.username.clone(),
                hash,
            }
        }
        Choice::Create { username, email } => {
            let username = accounts::normalize_username(username)?;
            let email = accounts::normalize_email(email)?;
            let local = email.split('@').next().unwrap_or_default().to_string();
            let hash = new_hash(&username, &[&username, &email, &local])?;
            Plan::Create {
                user: NewUser {
                    username,
                    email: Some(email),
                    display_name: String::new(),
                    role: ADMIN_ROLE.into(),
                    status: Status::Active,
                    password_hash: Some(hash),
                    must_change_password: true,
                },
            }
        }
    };
    if ui.interactive && !ctx.dry_run {
        ctx.confirm("Apply this recovery?")?;
    }

    let done = recovery::apply(&conn, &operator(), &plan, ctx.dry_run)?;
    let verb = match done.action {
        "recover.create" => "created admin",
        "recover.promote" => "promoted",
        _ => "recovered",
    };
    let mut secrets: Vec<(&str, &str)> = match &generated {
        Some(pw) if !ctx.dry_run => vec![("generated_password", pw)],
        _ => Vec::new(),
    };
    if let (Some(token), false) = (&done.reset_token, ctx.dry_run) {
        secrets.push(("reset_token", token.as_str()));
    }
    ui.change_with_secrets(
        &Change {
            target: done.user.username.clone(),
            result: if !done.changed {
                Outcome::Unchanged
            } else if done.action == "recover.create" {
                Outcome::Created
            } else {
                Outcome::Updated
            },
            message: format!("{verb} {}: {}", done.user.username, done.steps.join("; ")),
            details: json!({
                "id": done.user.id,
                "action": done.action,
                "role": done.user.role,
                "status": done.user.status,
                "steps": done.steps,
            }),
            dry_run: ctx.dry_run,
        },
        &secrets,
    )
}

/// The interactive path: choose what to do, and whom. Each answer is checked as it
/// is given (an unknown account, a taken username or email, a malformed one) and
/// asked again with the reason.
fn ask(ui: &Ui, conn: &Conn, admins: &[User]) -> Result<Choice> {
    let items = [
        "Reset an admin account (new password, reactivate, clear 2FA, revoke sessions)",
        "Promote an existing user to active admin",
        "Create a new admin",
    ];
    let cancelled = || refuse(Refusal::declined("recovery cancelled; nothing was changed"));
    let Some(pick) = crate::prompt::menu("What should recovery do?", &items)? else {
        return cancelled();
    };
    let existing = |prompt: &str| -> Result<String> {
        super::ask(ui, prompt, false, |u| {
            Ok(crate::db::users::get(conn, u)?.username)
        })
    };
    Ok(match pick {
        0 if !admins.is_empty() => {
            let names: Vec<String> = admins
                .iter()
                .map(|a| crate::output::sanitize(&a.username).into_owned())
                .collect();
            let Some(i) = crate::prompt::menu("Which admin account?", &names)? else {
                return cancelled();
            };
            Choice::Reset(admins[i].username.clone())
        }
        0 => Choice::Reset(existing("Account to reset (username or email)")?),
        1 => Choice::Promote(existing("Account to promote (username or email)")?),
        _ => {
            let username = super::ask(ui, "Username of the new admin", false, |u| {
                let u = accounts::normalize_username(u)?;
                if crate::db::users::find(conn, &u)?.is_some() {
                    return refuse(
                        Refusal::conflict(format!("user '{u}' already exists"))
                            .hint("to make an existing account an admin, choose \"Promote\""),
                    );
                }
                Ok(u)
            })?;
            let email = super::ask(ui, "Email of the new admin", false, |e| {
                let e = accounts::normalize_email(e)?;
                crate::db::users::ensure_free(conn, &username, Some(&e), None)?;
                Ok(e)
            })?;
            Choice::Create { username, email }
        }
    })
}
