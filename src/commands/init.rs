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
use crate::{authz, fsio, secret_input};

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
    if let Some(info) = &ctx.server {
        let (conn, version) = db::server::open_any_version(info, ctx.wait)?;
        if version > 0 {
            drop(conn);
            return existing(ctx);
        }
        let admin = first_admin(ctx, args)?;
        if ctx.dry_run {
            return admin.dry_run(
                ctx,
                &format!("create the userctl schema in {}", info.describe()),
            );
        }
        // The schema and the first admin are one transaction: a failure or a kill
        // leaves the database as it was.
        let created = create_admin(&conn, &admin, true)?;
        ctx.ui.status(&format!(
            "created the userctl schema in {} (schema version {})",
            info.describe(),
            db::LATEST_VERSION
        ));
        return admin.report(ctx, &created);
    }
    let path = &ctx.db_path;
    // Before anything looks at it: a device, FIFO or directory is never adopted.
    db::ensure_regular_file(path)?;
    // An existing empty file (made by hand, or an empty SQLite file with no tables) is
    // adopted like a new one.
    let blank = blank_file(ctx)?;
    if path.exists() && blank.is_none() {
        return existing(ctx);
    }
    let admin = first_admin(ctx, args)?;
    if ctx.dry_run {
        return admin.dry_run(
            ctx,
            &format!(
                "create database {} and admin {}",
                path.display(),
                admin.username
            ),
        );
    }

    // The database is made under a hidden name beside its place and moved there once
    // it holds its first admin: a kill leaves no half-made file at PATH.
    let (file, existing) = match &blank {
        Some((file, _)) => (file.as_path(), fsio::Existing::Replace),
        None => (path.as_path(), fsio::Existing::Refuse),
    };
    let out = fsio::Output::create(file, existing, &fsio::Protected::none())?;
    if let Some((_, meta)) = &blank {
        out.keep_owner_of(meta);
    }
    let (conn, _) = db::open_or_create(out.temp_path(), ctx.wait)?;
    // On failure, dropping `out` removes the half-made file.
    let created = create_admin(&conn, &admin, false)?;
    db::close_checkpointed(conn)?;
    if blank.is_some() {
        // The adopted file's side files belong to the empty database being replaced.
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(fsio::with_suffix(file, suffix));
        }
    }
    out.commit()?;
    ctx.ui.status(&format!(
        "created database {} (schema version {}, mode 0600)",
        path.display(),
        db::LATEST_VERSION
    ));
    admin.report(ctx, &created)
}

/// The first admin, as the command line and the prompts name it.
struct FirstAdmin {
    username: String,
    email: String,
    display_name: String,
    password: secret_input::NewPassword,
    hash: String,
}

/// Reads and checks the first admin's name, email and password, and hashes it.
fn first_admin(ctx: &Ctx, args: &InitArgs) -> Result<FirstAdmin> {
    let ui = &ctx.ui;
    let username = match &args.admin {
        Some(name) => name.clone(),
        None if ui.interactive => crate::prompt::line("First admin's username", false)?,
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
        None if ui.interactive => crate::prompt::line("Their email", false)?,
        None => {
            return refuse(Refusal::usage(
                "init needs --email EMAIL for the first admin",
            ))
        }
    };
    let email = accounts::normalize_email(&email)?;
    let display_name = accounts::normalize_display_name(args.name.as_deref().unwrap_or(""))?;

    // A new database starts with the default policy and parameters.
    let password = secret_input::new_password_checked(
        &args.password.source(),
        ui.interactive,
        &username,
        |pw| {
            Ok(password::check_policy(
                pw,
                &Policy::default(),
                &[&username, &email],
            )?)
        },
    )?;
    let hash = password::hash(&password.value, HashParams::default())?;
    Ok(FirstAdmin {
        username,
        email,
        display_name,
        password,
        hash,
    })
}

/// Writes the first admin with the audit entry that records the database's creation;
/// on a server, the schema is made in the same transaction.
fn create_admin(conn: &db::Conn, admin: &FirstAdmin, on_server: bool) -> Result<accounts::Created> {
    let actor = operator();
    let account = NewAccount {
        user: NewUser {
            username: admin.username.clone(),
            email: Some(admin.email.clone()),
            display_name: admin.display_name.clone(),
            role: "admin".into(),
            status: Status::Active,
            password_hash: Some(admin.hash.clone()),
            must_change_password: false,
        },
        invite: false,
    };
    let change = |tx: &db::Tx<'_>| {
        db::audit::append(
            tx,
            &actor.audit_name(),
            "db.init",
            None,
            &json!({ "schema_version": db::LATEST_VERSION }),
        )?;
        accounts::create(tx, &actor, &account)
    };
    if on_server {
        authz::write_creating(conn, db::server::create_schema, change)
    } else {
        authz::write(conn, false, change)
    }
}

impl FirstAdmin {
    fn dry_run(&self, ctx: &Ctx, message: &str) -> Result<()> {
        ctx.ui.change(&Change {
            target: self.username.clone(),
            result: Outcome::Created,
            message: message.to_string(),
            details: serde_json::Value::Null,
            dry_run: true,
        })
    }

    fn report(&self, ctx: &Ctx, created: &accounts::Created) -> Result<()> {
        let secrets: &[(&str, &str)] = if self.password.generated {
            &[("generated_password", &self.password.value)]
        } else {
            &[]
        };
        ctx.ui.change_with_secrets(
            &Change {
                target: created.user.username.clone(),
                result: Outcome::Created,
                message: format!("created admin {}", created.user.username),
                details: json!({ "id": created.user.id, "role": "admin" }),
                dry_run: false,
            },
            secrets,
        )
    }
}

/// An existing regular file that holds no database yet (empty, or SQLite without
/// tables): the file to replace (a symlink's target) and its metadata.
fn blank_file(ctx: &Ctx) -> Result<Option<(std::path::PathBuf, std::fs::Metadata)>> {
    let Ok(meta) = std::fs::metadata(&ctx.db_path) else {
        return Ok(None);
    };
    if !meta.is_file() {
        return Ok(None);
    }
    if meta.len() > 0 {
        match db::open_any_version(&ctx.db_path, ctx.wait) {
            Ok((_, 0)) => {}
            _ => return Ok(None),
        }
    }
    Ok(Some((std::fs::canonicalize(&ctx.db_path)?, meta)))
}

/// Re-running init: migrate if needed, create nothing, say so.
fn existing(ctx: &Ctx) -> Result<()> {
    let path = &ctx.db_path;
    let conn = ctx.open_migrating()?;
    let version = db::user_version(&conn)?;
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
        dry_run: ctx.dry_run,
    })
}
