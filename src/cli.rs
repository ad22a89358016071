//! The clap tree: global options, the top-level commands, and the flags shared by
//! several commands. No logic lives here; each noun's flags live with its command.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands::{
    access, attr, audit, config, csv, db as dbcmd, demo, group, init, key, owned, permission,
    recover, role, session, stats, user,
};
use crate::db::users::{Filter, Sort, Status, TwoFactorFilter};
use crate::output::{ColorChoice, Format};
use crate::secret_input::Source;

/// The exit codes, shown under `--help` and in the man pages.
pub const EXIT_CODES: &str = "\
Exit status:
  0  success
  1  other failure, or a confirmation answered no (nothing was changed)
  2  usage: bad flags, or a confirmation or value needed without a terminal
     (or with --no-input): add --yes, or give the value on the command line
  3  not found (user, role, session, key, setting)
  4  already exists, or conflicts with existing data
  5  refused by the last-admin guard or a self-protection rule
  6  authentication or permission denied
  7  invalid input data (CSV rows, email, weak password)
  8  database busy past --wait
  9  database unusable (not userctl's, corrupt, newer schema, tampered audit log)
130  interrupted by Ctrl-C (nothing was changed)";

/// The environment variables userctl reads, shown under `--help` and in the man
/// pages.
pub const ENVIRONMENT: &str = "\
Environment:
  USERCTL_DB        the database file when --db is not given (default ./userctl.db)
  USERCTL_PASSWORD  the --as account's password when there is no terminal to ask on
  USERCTL_NO_INPUT  when set to 1 (not empty, 0, false, no or off), never ask: like --no-input
  NO_COLOR          when set and not empty, no colour (like --color never)
  COLUMNS           the width tables fit on a terminal, instead of the terminal's own
  SQLITE_TMPDIR     where import-csv stages rows (else /var/tmp, else /tmp)";

/// The 3 a.m. runbook: `recover --help`, `man userctl-recover` and the operator
/// guide show this text, and a test runs its commands in order on a terminal.
pub const RECOVER_RUNBOOK: &str = "\
Examples (the runbook for when every admin is locked out):
  # 1. Log in to the server as a user who can write the application's
  # database file (or use sudo -u app).
  # 2. Name the database once for every step below, and back it up first:
  export USERCTL_DB=/srv/app/app.db
  userctl db backup ~/app-before-recovery.db
  # 3. See the state of every account that can manage users. On a terminal
  # a menu follows (arrows and Enter; Esc or q leaves it, nothing changed);
  # without a terminal it only lists them (exit 2).
  userctl recover
  # 4. Fix it with one of the three commands below. On a terminal each asks
  # \"Apply this recovery? [y/N]\": answer y (--yes answers it in a script;
  # --dry-run shows the plan and writes nothing).
  # Reset an admin: new password printed once (to be changed at next login),
  # reactivated, lock and 2FA cleared, sessions revoked:
  userctl recover --user root --generate-password
  # Or make an existing account an active admin (an account without a
  # password needs --generate-password too):
  userctl recover --promote alice
  # Or create a new admin:
  userctl recover --create rescue --email ops@example.com --generate-password
  # 5. Check the database (exit 0), then log in and change the password:
  userctl db check
  # 6. Find out what happened:
  userctl audit list --since 2d
  userctl audit verify";

/// Administer the user accounts of a web application in its SQLite database.
///
/// userctl works directly on the database file the application uses: add and list
/// users, change roles and status, reset passwords, manage sessions and API keys,
/// import and export CSV, and recover when every admin is locked out. Every change
/// is one transaction with its audit entry, and no change may leave the database
/// without an active admin.
#[derive(Debug, Parser)]
#[command(name = "userctl", version, after_help = format!("{EXIT_CODES}\n\n{ENVIRONMENT}"), propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database: a SQLite file, or a PostgreSQL URL or key=value connection string
    /// (no password on the command line) [env: USERCTL_DB] [default: userctl.db]
    // Resolved in `Ctx::new` rather than by clap's `env`: clap would show a
    // `--db <PATH>` taken from the environment in usage lines as if it were typed.
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,

    /// Act as this application account: its role's permissions apply. Its password
    /// is asked on a terminal, else read from the USERCTL_PASSWORD environment variable
    #[arg(long = "as", global = true, value_name = "USERNAME")]
    pub as_user: Option<String>,

    /// Output of commands that print records
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Answer yes to confirmations (required for destructive commands without a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// No progress bars or informational lines; errors still go to stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Check everything and report what would change, but write nothing
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// Seconds to wait for a database locked by another writer
    #[arg(long, global = true, default_value_t = 5.0, value_name = "SECONDS", value_parser = parse_wait)]
    pub wait: f64,

    /// When to use colour on stderr (NO_COLOR is honoured)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Tables show every cell in full instead of fitting the terminal's width
    #[arg(long, global = true)]
    pub wide: bool,

    /// Never ask anything, even on a terminal: a missing value is a usage error
    /// (exit 2), as in a script [env: USERCTL_NO_INPUT=1]
    #[arg(long, global = true)]
    pub no_input: bool,
}

impl GlobalArgs {
    /// `--no-input`, or `USERCTL_NO_INPUT` set to anything but empty, 0, false, no or off.
    pub fn no_input(&self) -> bool {
        self.no_input
            || std::env::var("USERCTL_NO_INPUT").is_ok_and(|v| {
                !matches!(
                    v.trim().to_ascii_lowercase().as_str(),
                    "" | "0" | "false" | "no" | "off"
                )
            })
    }

    /// The database `--db`, else `USERCTL_DB`, else `userctl.db` names: a file, or a
    /// PostgreSQL server (a URL or a libpq connection string).
    pub fn location(&self) -> anyhow::Result<crate::db::conninfo::Location> {
        use crate::db::conninfo::{locate, Source};
        match &self.db {
            Some(path) => locate(path.as_os_str(), Source::Argv),
            None => match std::env::var_os("USERCTL_DB").filter(|v| !v.is_empty()) {
                Some(value) => locate(&value, Source::Environment),
                None => Ok(crate::db::conninfo::Location::File(PathBuf::from(
                    "userctl.db",
                ))),
            },
        }
    }

    /// The database file: `--db`, else `USERCTL_DB`, else `userctl.db`.
    pub fn db_path(&self) -> PathBuf {
        self.db
            .clone()
            .or_else(|| {
                std::env::var_os("USERCTL_DB")
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
            })
            .unwrap_or_else(|| PathBuf::from("userctl.db"))
    }
}

fn parse_wait(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() && (0.0..=86_400.0).contains(&v) => Ok(v),
        _ => Err(format!(
            "'{text}' is not a number of seconds between 0 and 86400"
        )),
    }
}

/// Where a password comes from. Without one of these flags it is asked on the
/// terminal (twice when it is being set).
#[derive(Debug, Clone, Default, Args)]
#[group(multiple = false)]
pub struct PasswordArgs {
    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,

    /// Read the password from the first line of FILE (keep it mode 0600)
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,

    /// Generate a strong random password and print it once
    #[arg(long)]
    pub generate_password: bool,
}

impl PasswordArgs {
    /// The source these flags name; the prompt when none is given.
    pub fn source(&self) -> Source {
        if self.password_stdin {
            Source::Stdin
        } else if let Some(path) = &self.password_file {
            Source::File(path.clone())
        } else if self.generate_password {
            Source::Generate
        } else {
            Source::Prompt
        }
    }

    /// Whether any flag was given.
    pub fn given(&self) -> bool {
        self.source() != Source::Prompt
    }
}

/// Which users a listing, an export or `--all-matching` covers (the same flags for
/// `user list`, `export-csv` and every per-account verb). Every given filter must hold.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Filters")]
pub struct UserFilterArgs {
    /// Only accounts whose username, name or email contains TEXT (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only accounts with this role
    #[arg(long)]
    pub role: Option<String>,
    /// Only accounts with this status
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// Only members of this group
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Only accounts managed by this import source ("none": accounts managed by hand)
    #[arg(long, value_name = "SOURCE|none")]
    pub managed_by: Option<String>,
    /// Only accounts not active since then: no login, session or API key use within
    /// DURATION (90d, 12w) or since DATE (2026-08-01); one never active counts from its creation
    #[arg(long, value_name = "DURATION|DATE", value_parser = parse_since)]
    pub inactive_since: Option<String>,
    /// Only accounts that never logged in, held a session or used an API key
    #[arg(long)]
    pub never_logged_in: bool,
    /// Only accounts created before DATE (2026-01-31) or longer ago than DURATION (30d)
    #[arg(long, value_name = "DATE|DURATION", value_parser = parse_since)]
    pub created_before: Option<String>,
    /// Only accounts past their expiry date
    #[arg(long)]
    pub expired: bool,
    /// Only accounts locked now after too many failed logins
    #[arg(long)]
    pub locked: bool,
    /// Only accounts with a second factor (on), without one (off), or past their 2FA
    /// grace period without one (overdue: 2fa.required applies and they may not log in)
    #[arg(long = "2fa", value_name = "on|off|overdue", value_enum)]
    pub two_factor: Option<TwoFactorFilter>,
}

/// A point in the past as `--inactive-since` and `--created-before` take it.
pub fn parse_since(text: &str) -> Result<String, String> {
    crate::clock::parse_since(text).ok_or_else(|| {
        format!("'{text}' is neither a duration (90d, 12h, 2w) nor a date (2026-11-01)")
    })
}

/// `--until` on `user role`, `user grant`, `group add` and `access grant`: access that
/// ends by itself.
#[derive(Debug, Clone, Args)]
pub struct UntilArgs {
    /// End it by itself after DURATION (8h, 2w) or at DATE (2027-01-31): nothing has to
    /// run then, from that instant on it is no longer read as access
    #[arg(long, value_name = "DURATION|DATE", value_parser = parse_until)]
    pub until: Option<String>,
}

impl UntilArgs {
    /// The end, `None` for never; one that has passed already is refused (exit 7).
    pub fn ends(&self) -> Result<Option<&str>, crate::error::Refusal> {
        match self.until.as_deref() {
            Some(end) if crate::clock::seconds_until(end).is_none_or(|s| s <= 0) => Err(
                crate::error::Refusal::invalid(format!("--until {end} has already passed"))
                    .hint("give a later date or a span from now (8h, 7d, 2w)"),
            ),
            end => Ok(end),
        }
    }
}

/// A point in the future as `--expires` takes it.
pub fn parse_until(text: &str) -> Result<String, String> {
    crate::clock::parse_until(text).ok_or_else(|| {
        format!("'{text}' is neither a duration (30d, 12h, 2w) nor a date (2027-01-31)")
    })
}

impl UserFilterArgs {
    /// The store's filter for these flags, in the given order.
    pub fn filter(&self, sort: Sort, limit: Option<u64>) -> Filter {
        Filter {
            search: self.search.clone(),
            role: self.role.as_deref().map(|r| r.trim().to_lowercase()),
            status: self.status,
            group: self.group.as_deref().map(|g| g.trim().to_string()),
            managed_by: self.managed_by.as_deref().map(str::trim).map(|m| {
                if m.eq_ignore_ascii_case("none") {
                    None
                } else {
                    Some(m.to_string())
                }
            }),
            inactive_since: self.inactive_since.clone(),
            never_logged_in: self.never_logged_in,
            created_before: self.created_before.clone(),
            expired: self.expired,
            locked: self.locked,
            two_factor: self.two_factor,
            sort,
            limit,
        }
    }
}

/// Where a password to check comes from (no generation).
#[derive(Debug, Clone, Default, Args)]
#[group(multiple = false)]
pub struct CheckPasswordArgs {
    /// Read the password from the first line of standard input
    #[arg(long)]
    pub password_stdin: bool,

    /// Read the password from the first line of FILE
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
}

impl CheckPasswordArgs {
    pub fn source(&self) -> Source {
        if self.password_stdin {
            Source::Stdin
        } else if let Some(path) = &self.password_file {
            Source::File(path.clone())
        } else {
            Source::Prompt
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database (mode 0600) or migrate it, and create the first admin
    #[command(after_long_help = "Examples:
  # A new database and its first admin; the password is asked twice
  userctl --db /srv/app/app.db init --admin alice --email alice@example.com
  # The same, printing a generated password once
  userctl init --admin alice --email alice@example.com --generate-password")]
    Init(init::InitArgs),
    /// Create a database of realistic sample data, then print its statistics
    #[command(after_long_help = "Examples:
  # Sample users, sessions, keys and audit history in ./userctl.db
  userctl demo
  # A bigger sample in another file
  userctl --db /tmp/big.db demo --users 100000")]
    Demo(demo::DemoArgs),
    /// Add, list, show, edit and manage user accounts
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl user add bob --email bob@example.com --generate-password
  userctl user list --status active --sort last-active
  userctl user deactivate bob --reason \"left the company\"")]
    User(user::UserCommand),
    /// Import users from a CSV file, all or nothing
    #[command(after_long_help = "Examples:
  # Create and update from a file (upsert); nothing is written if a row is invalid
  userctl import-csv users.csv
  # See what a sync would change, without writing
  userctl --dry-run import-csv --mode sync hr-export.csv
  # Nightly from cron: JSON summary, generated passwords for new accounts
  userctl -q --format json import-csv --mode sync --passwords-out /root/new-passwords.csv /srv/hr/users.csv")]
    ImportCsv(Box<csv::ImportArgs>),
    /// Export users as CSV (the columns import-csv reads)
    #[command(after_long_help = "Examples:
  userctl export-csv --status active --output users.csv
  # Round trip: an export imports back unchanged
  userctl export-csv | userctl import-csv -")]
    ExportCsv(csv::ExportArgs),
    /// List and revoke login sessions
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl session list --user bob
  userctl session revoke --user bob --yes")]
    Session(session::SessionCommand),
    /// List, create and revoke API keys
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl key create bob --label \"backup script\"
  userctl key list --user bob")]
    Key(key::KeyCommand),
    /// List, create, change and delete roles
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl role list
  userctl role create helpdesk --permission users.view users.manage")]
    Role(role::RoleCommand),
    /// The permission names the application knows
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl permission list
  userctl permission add tickets.handle --description \"Work the support queue\"")]
    Permission(permission::PermissionCommand),
    /// Groups of accounts that share permissions and resource grants
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl group create support --description \"Support desk\"
  userctl group add support alice bob
  userctl group grant support tickets.handle")]
    Group(group::GroupCommand),
    /// Resources (TYPE:ID) granted to accounts and groups; check access
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl access grant alice dataset:sales --level write
  userctl access check alice dataset:sales --level write")]
    Access(access::AccessCommand),
    /// Attributes kept per account (timezone, budgets …)
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl attr define timezone --type timezone --default UTC
  # then: userctl user set alice timezone=Europe/Berlin
  userctl attr list")]
    Attr(attr::AttrCommand),
    /// The application's per-account tables: what an account owns, and what happens to
    /// it when the account leaves
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl owned add personas.owner_id --label personas --on-departure transfer
  userctl owned list
  # then: userctl user transfer alice bob, userctl user delete alice --transfer-to bob")]
    Owned(owned::OwnedCommand),
    /// Counts of users by status and role, sessions, 2FA, recent sign-ups
    #[command(after_long_help = "Examples:
  userctl stats
  # Numbers only, for monitoring
  userctl stats --format json | jq .active")]
    Stats(stats::StatsArgs),
    /// Read and verify the audit log
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl audit list --since 7d --user bob
  userctl audit verify")]
    Audit(audit::AuditCommand),
    /// Break-glass recovery when every admin is locked out (needs only file access)
    #[command(after_long_help = RECOVER_RUNBOOK)]
    Recover(recover::RecoverArgs),
    /// Read and change the settings kept in the database
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl config list
  userctl config set password.min_length 16")]
    Config(config::ConfigCommand),
    /// Check, back up and migrate the database file
    #[command(subcommand)]
    #[command(after_long_help = "Examples:
  userctl db check
  userctl db backup /root/app-$(date +%F).db")]
    Db(dbcmd::DbCommand),
    /// Print a shell completion script
    Completions(crate::commands::completions::CompletionsArgs),
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_tree_is_consistent() {
        // clap's own checks: unique flags (e.g. `user edit --managed-by` against the
        // filter of the same name), valid groups and positionals.
        <super::Cli as clap::CommandFactory>::command().debug_assert();
    }
}
