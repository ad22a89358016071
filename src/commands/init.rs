//! `userctl init`: create the database and its first admin, or migrate an existing one.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use crate::accounts::{self, NewAccount};
use crate::cli::PasswordArgs;
use crate::commands::{operator, Ctx};
use crate::db::{self, users::NewUser, users::Status};
use crate::error::{refuse, Refusal};
use crate::output::{Change, Outcome};
use crate::password::{self, HashParams, Policy};
use crate::{authz, secret_input};

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Username of the first admin
    #[arg(long, value_name = "NAME")]
    pub admin: Option<String>,

    /// Email of the first admin
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,

    /// Display name of the first admin
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,

    #[command(flatten)]
    pub password: PasswordArgs,
}

pub fn run(ctx: &Ctx, args: &InitArgs) -> Result<()> {
    let path = &ctx.db_path;
    // Before anything looks at it: a device, FIFO or directory is never adopted.
    db::ensure_regular_file(path)?;
    // An existing empty file (made by hand, say) is adopted like a new one.
    let empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    if path.exists() && !empty {
        return existing(ctx);
    }
    let ui = &ctx.ui;
    let username = match &args.admin {
        Some(name) => name.clone(),
        None if ui.interactive => dialoguer::Input::<String>::new()
            .with_prompt("First admin's username")
            .interact_text()?,
        None => {
            return refuse(
                Refusal::usage("init needs the first admin: --admin NAME --email EMAIL")
                    .hint("the password comes from a prompt, --password-stdin, --password-file or --generate-password"),
            )
        }
    };
    let username = accounts::normalize_username(&username)?;
    let email = match &args.email {
        Some(e) => e.clone(),
        None if ui.interactive => dialoguer::Input::<String>::new()
            .with_prompt("Their email")
            .interact_text()?,
        None => {
            return refuse(Refusal::usage(
                "init needs --email EMAIL for the first admin",
            ))
        }
    };
    let email = accounts::normalize_email(&email)?;
    let display_name = accounts::normalize_display_name(args.name.as_deref().unwrap_or(""))?;

    // A new database starts with the default policy and parameters.
    let new = secret_input::new_password(&args.password.source(), ui.interactive, &username)?;
    password::check_policy(&new.value, &Policy::default(), &[&username, &email])?;
    let hash = password::hash(&new.value, HashParams::default())?;

    if ctx.dry_run {
        ui.change(&Change {
            target: username.clone(),
            result: Outcome::Created,
            message: format!("create database {} and admin {username}", path.display()),
            details: serde_json::Value::Null,
            dry_run: true,
        })?;
        return Ok(());
    }

    if empty {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    let (conn, _) = db::open_or_create(path, ctx.wait)?;
    let actor = operator();
    let account = NewAccount {
        user: NewUser {
            username: username.clone(),
            email: Some(email),
            display_name,
            role: "admin".into(),
            status: Status::Active,
            password_hash: Some(hash),
            must_change_password: false,
        },
        invite: false,
    };
    let created = authz::write(&conn, false, |tx| {
        db::audit::append(
            tx,
            &actor.audit_name(),
            "db.init",
            None,
            &json!({ "schema_version": db::LATEST_VERSION }),
        )?;
        accounts::create(tx, &actor, &account)
    });
    let created = match created {
        Ok(c) => c,
        Err(e) => {
            // Nothing but an empty schema was written: leave no half-made database.
            drop(conn);
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
            return Err(e);
        }
    };
    ui.status(&format!(
        "created database {} (schema version {}, mode 0600)",
        path.display(),
        db::LATEST_VERSION
    ));
    ui.change(&Change {
        target: created.user.username.clone(),
        result: Outcome::Created,
        message: format!("created admin {}", created.user.username),
        details: json!({ "id": created.user.id, "role": "admin" }),
        dry_run: false,
    })?;
    if new.generated {
        ui.secret("generated password", &new.value)?;
    }
    Ok(())
}

/// Re-running init: migrate if needed, create nothing, say so.
fn existing(ctx: &Ctx) -> Result<()> {
    let path = &ctx.db_path;
    let version = db::user_version(&ctx.open_migrating()?)?;
    let conn = ctx.open()?;
    let admins = authz::active_managers(&conn)?;
    ctx.ui.status(&format!(
        "{} is already initialised (schema version {version}, {admins} active admin(s)); nothing was created",
        path.display(),
    ));
    if admins == 0 {
        ctx.ui
            .warn("no active admin: run `userctl recover` to restore one");
    }
    ctx.ui.change(&Change {
        target: path.display().to_string(),
        result: Outcome::Unchanged,
        message: format!("{}: already initialised, nothing created", path.display()),
        details: serde_json::Value::Null,
        dry_run: false,
    })
}
