//! What `--db` names, and how to reach a PostgreSQL server the way libpq would.
//!
//! `--db` (or `USERCTL_DB`) is either a SQLite file or a PostgreSQL database. The rule
//! ([`is_server`]): a value starting with `postgresql://` or `postgres://`, or whose
//! first word (after leading white space) is a libpq keyword followed — optionally
//! after white space — by `=` (`host=/run/postgresql dbname=app`, `dbname = app`), is
//! PostgreSQL. Anything else is a file path, including paths that contain `=`
//! (`./a=b.db`, `/tmp/x=y`, `data=1.db`: their first word is not a keyword). A file
//! whose name starts with a keyword and `=` is written with its directory
//! (`./dbname=app`). A value that is not UTF-8 is a file path, unless it is shaped
//! like a connection string (then it is refused: libpq strings are UTF-8 here).
//!
//! The `postgres` driver reads neither `PG*` variables nor `~/.pgpass`, and verifies
//! certificates where libpq does not; this module gives it libpq's behaviour:
//! - URLs and `key=value` strings are parsed as libpq parses them (`parse`), and every
//!   libpq keyword is recognised. A keyword userctl cannot honour (client certificates,
//!   `service`, `require_auth`, …) is refused (exit 2), never silently dropped;
//!   `sslcompression`, `krbsrvname`, `gsslib` and `gssdelegation` have no effect.
//! - A setting missing from the string comes from libpq's variable (`PGHOST`, `PGPORT`,
//!   `PGUSER`, `PGDATABASE`, `PGPASSWORD`, `PGPASSFILE`, `PGSSLMODE`, `PGSSLROOTCERT`,
//!   `PGCONNECT_TIMEOUT`, `PGAPPNAME`, `PGOPTIONS`, …), then libpq's default: a Unix
//!   socket in `/var/run/postgresql` (or `/tmp` where that directory does not exist),
//!   port 5432, the operating-system user, a database named after the user,
//!   `application_name=userctl`.
//! - Without a password, the pass file (`passfile`, `PGPASSFILE`, `~/.pgpass`) is read
//!   as libpq reads it, and ignored with a warning unless only its owner may read it
//!   (`passfile`).
//! - `sslmode` as libpq: `disable`; `allow` (plain first, TLS if the server refuses a
//!   plain connection); `prefer` (the default: TLS when the server offers it, plain
//!   when it does not or the handshake fails); `require` (TLS, the certificate *not*
//!   verified — unless a root certificate is given, then it is verified as
//!   `verify-ca`); `verify-ca` (the chain); `verify-full` (the chain and the host
//!   name). The root certificates are `sslrootcert` (a PEM file, which alone is then
//!   trusted, or `system` for the system's store, which requires `verify-full`), else
//!   `~/.postgresql/root.crt` when it exists. Two deliberate differences from libpq:
//!   an `sslrootcert` file that does not exist is refused whatever the mode (libpq
//!   ignores it below `verify-ca`, silently dropping verification), and over a Unix
//!   socket TLS is never attempted (as libpq) whatever the mode.
//! - A password inside `--db` on the command line is refused (exit 2): every local
//!   user can read a process's arguments.
//!
//! Connection failures are refusals with the contract's exit codes: unreachable,
//! timed out, too many connections, starting up → 8; authentication (or a server that
//! asks for a password none was given for, or a server certificate that fails
//! verification) → 6; no such database → 9.

mod connect;
mod parse;
mod passfile;
#[cfg(test)]
mod server_tests;

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::net::IpAddr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use native_tls::Protocol;
use postgres::config::{ChannelBinding, TargetSessionAttrs};
use zeroize::Zeroizing;

use crate::error::{refuse, Refusal};

/// Where the value of `--db` came from: it decides whether a password in it is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `--db` on the command line, which every local user can read (`ps`, `/proc`).
    Argv,
    /// The `USERCTL_DB` environment variable, which only the user and root can read.
    Environment,
    /// `db copy --to`, on the command line like `--db`.
    CopyTarget,
}

impl Source {
    fn name(self) -> &'static str {
        match self {
            Source::Argv => "--db",
            Source::Environment => "USERCTL_DB",
            Source::CopyTarget => "--to",
        }
    }

    /// Whether the value is on the command line, where every local user can read it.
    fn on_argv(self) -> bool {
        self != Source::Environment
    }
}

/// What `--db` names.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)] // one per run: boxing would buy nothing
pub enum Location {
    /// A SQLite database file.
    File(PathBuf),
    /// A PostgreSQL database.
    Server(ConnInfo),
}

/// Where the server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// The directory holding the server's Unix socket (`.s.PGSQL.PORT`).
    Socket(PathBuf),
    /// A host name or IP address, over TCP.
    Tcp(String),
}

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Allow,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    const NAMES: [(&'static str, SslMode); 6] = [
        ("disable", SslMode::Disable),
        ("allow", SslMode::Allow),
        ("prefer", SslMode::Prefer),
        ("require", SslMode::Require),
        ("verify-ca", SslMode::VerifyCa),
        ("verify-full", SslMode::VerifyFull),
    ];

    /// The name libpq gives it.
    pub fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(_, mode)| *mode == self)
            .map_or("prefer", |(name, _)| name)
    }

    /// Whether the server's certificate chain is always verified in this mode.
    fn verifies(self) -> bool {
        matches!(self, SslMode::VerifyCa | SslMode::VerifyFull)
    }
}

/// The certificates a server's chain is verified against.
#[derive(Debug, Clone, PartialEq, Eq)]
enum RootCert {
    /// A PEM file of one or more certificates: only these are trusted.
    File(PathBuf),
    /// The system's trusted roots (`sslrootcert=system`).
    System,
}

/// How long connecting may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Timeout {
    /// Not given: the caller's `--wait`.
    Wait,
    /// `connect_timeout` of zero or less: no limit, as libpq.
    Never,
    /// `connect_timeout` seconds.
    After(Duration),
}

/// The pass file's part in the password, for the hint of an authentication failure.
#[derive(Debug, Clone, PartialEq, Eq)]
enum PassFile {
    /// Not looked at: a password was given.
    NotRead,
    /// Looked at; `used` when a line of it gave the password.
    Read { path: PathBuf, used: bool },
    /// Ignored (mode, not a regular file): the warning says why.
    Ignored(PathBuf),
}

/// A PostgreSQL server and database to connect to, every setting resolved as libpq
/// resolves it (the string, then `PG*` variables, then defaults and the pass file).
/// Its `Debug` never shows the password.
#[derive(Clone)]
pub struct ConnInfo {
    host: Host,
    hostaddr: Option<IpAddr>,
    port: u16,
    dbname: String,
    user: String,
    password: Option<Zeroizing<String>>,
    passfile: PassFile,
    sslmode: SslMode,
    root: Option<RootCert>,
    direct_tls: bool,
    sni: bool,
    tls_min: Option<Protocol>,
    tls_max: Option<Protocol>,
    timeout: Timeout,
    application_name: String,
    options: Option<String>,
    channel_binding: ChannelBinding,
    target_session_attrs: TargetSessionAttrs,
    keepalives: bool,
    keepalives_idle: Option<Duration>,
    keepalives_interval: Option<Duration>,
    keepalives_count: Option<u32>,
    tcp_user_timeout: Option<Duration>,
    warnings: Vec<String>,
}

impl fmt::Debug for ConnInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConnInfo")
            .field("host", &self.host)
            .field("hostaddr", &self.hostaddr)
            .field("port", &self.port)
            .field("dbname", &self.dbname)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "(hidden)"))
            .field("passfile", &self.passfile)
            .field("sslmode", &self.sslmode)
            .field("root", &self.root)
            .field("timeout", &self.timeout)
            .field("application_name", &self.application_name)
            .finish_non_exhaustive()
    }
}

impl ConnInfo {
    /// Where the server listens.
    pub fn host(&self) -> &Host {
        &self.host
    }
    /// The port (also the Unix socket's number).
    pub fn port(&self) -> u16 {
        self.port
    }
    /// The database's name.
    pub fn dbname(&self) -> &str {
        &self.dbname
    }
    /// The role connected as.
    pub fn user(&self) -> &str {
        &self.user
    }
    /// The TLS mode asked for (over a Unix socket TLS is never used).
    pub fn sslmode(&self) -> SslMode {
        self.sslmode
    }
    /// The `application_name` the session reports (`userctl` unless set).
    pub fn application_name(&self) -> &str {
        &self.application_name
    }
    /// The `options` string sent to the server (`-c search_path=…`), if any.
    pub fn options(&self) -> Option<&str> {
        self.options.as_deref()
    }
    /// What resolving the settings found worth a warning (a pass file ignored for
    /// its mode); [`ConnInfo::connect`] prints them on stderr.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The server and database in libpq's `key=value` form — host, port, database,
    /// user — for messages. Never the password.
    pub fn describe(&self) -> String {
        format!(
            "{} dbname={} user={}",
            self.server(),
            quoted(&self.dbname),
            quoted(&self.user)
        )
    }

    /// The server alone: `host=… [hostaddr=…] port=…`.
    fn server(&self) -> String {
        let host = match &self.host {
            Host::Socket(dir) => dir.display().to_string(),
            Host::Tcp(name) => name.clone(),
        };
        let mut out = format!("host={}", quoted(&host));
        if let Some(addr) = self.hostaddr {
            out.push_str(&format!(" hostaddr={addr}"));
        }
        out.push_str(&format!(" port={}", self.port));
        out
    }
}

/// A value as libpq's `key=value` syntax needs it: single-quoted (with `\'` and `\\`)
/// when it is empty or holds white space, a quote or a backslash.
fn quoted(value: &str) -> String {
    if !value.is_empty()
        && !value
            .chars()
            .any(|c| parse::is_space(c) || c == '\'' || c == '\\')
    {
        return value.to_string();
    }
    let mut out = String::from("'");
    for c in value.chars() {
        if c == '\'' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// Whether `text` names a PostgreSQL database rather than a file (the rule in the
/// module's documentation).
pub fn is_server(text: &OsStr) -> bool {
    match text.to_str() {
        Some(text) => parse::is_connection_string(text),
        None => false,
    }
}

/// What `text` (the value of `--db` or `USERCTL_DB`, as `source` says) names, with
/// every PostgreSQL setting resolved from the process's environment.
pub fn locate(text: &OsStr, source: Source) -> Result<Location> {
    locate_with(text, source, &|name| std::env::var_os(name))
}

/// [`locate`] with the environment given as a lookup (`PG*` variables and `HOME`).
pub fn locate_with(
    text: &OsStr,
    source: Source,
    env: &dyn Fn(&str) -> Option<OsString>,
) -> Result<Location> {
    let Some(string) = text.to_str() else {
        let lossy = String::from_utf8_lossy(text.as_bytes());
        if parse::is_connection_string(&lossy) {
            return refuse(Refusal::usage(format!(
                "{} looks like a PostgreSQL connection string but is not UTF-8",
                source.name()
            )));
        }
        return Ok(Location::File(PathBuf::from(text)));
    };
    if !parse::is_connection_string(string) {
        return Ok(Location::File(PathBuf::from(text)));
    }
    let pairs = parse::parse(string).map_err(|bad| {
        Refusal::usage(format!(
            "{} is not a valid PostgreSQL connection string: {}",
            source.name(),
            bad.0
        ))
        .hint("see https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING")
    })?;
    if source.on_argv() && pairs.iter().any(|(k, v)| k == "password" && !v.is_empty()) {
        return refuse(
            Refusal::usage(format!(
                "{} holds a password, and the command line is visible to every local user \
                 (ps, /proc); nothing was done",
                source.name()
            ))
            .hint(format!(
                "{}the password in a pass file (~/.pgpass or PGPASSFILE, mode 0600: \
                 host:port:database:user:password)",
                if source == Source::Argv {
                    "put the connection string in USERCTL_DB instead, or "
                } else {
                    "put "
                }
            )),
        );
    }
    Ok(Location::Server(resolve(&pairs, source, env)?))
}

/// Keywords userctl recognises but cannot honour, each with the reason.
const REFUSED: &[(&str, &str)] = &[
    (
        "require_auth",
        "it cannot restrict the server's authentication methods",
    ),
    ("replication", "it needs an ordinary connection"),
    ("sslcert", "client certificates are not supported"),
    ("sslkey", "client certificates are not supported"),
    ("sslpassword", "client certificates are not supported"),
    ("sslcrl", "certificate revocation lists are not supported"),
    (
        "sslcrldir",
        "certificate revocation lists are not supported",
    ),
    ("sslkeylogfile", "TLS key logging is not supported"),
    (
        "requirepeer",
        "checking the server process's user is not supported",
    ),
    (
        "service",
        "connection service files are not read; give the settings themselves",
    ),
    (
        "servicefile",
        "connection service files are not read; give the settings themselves",
    ),
    (
        "min_protocol_version",
        "protocol version negotiation is not supported",
    ),
    (
        "max_protocol_version",
        "protocol version negotiation is not supported",
    ),
    ("oauth_issuer", "OAuth authentication is not supported"),
    ("oauth_client_id", "OAuth authentication is not supported"),
    (
        "oauth_client_secret",
        "OAuth authentication is not supported",
    ),
    ("oauth_scope", "OAuth authentication is not supported"),
    ("scram_client_key", "it is not supported"),
    ("scram_server_key", "it is not supported"),
];

/// libpq's environment variable for a keyword.
fn env_var(keyword: &str) -> Option<&'static str> {
    Some(match keyword {
        "host" => "PGHOST",
        "hostaddr" => "PGHOSTADDR",
        "port" => "PGPORT",
        "dbname" => "PGDATABASE",
        "user" => "PGUSER",
        "password" => "PGPASSWORD",
        "passfile" => "PGPASSFILE",
        "require_auth" => "PGREQUIREAUTH",
        "channel_binding" => "PGCHANNELBINDING",
        "connect_timeout" => "PGCONNECT_TIMEOUT",
        "client_encoding" => "PGCLIENTENCODING",
        "options" => "PGOPTIONS",
        "application_name" => "PGAPPNAME",
        "gssencmode" => "PGGSSENCMODE",
        "sslmode" => "PGSSLMODE",
        "sslnegotiation" => "PGSSLNEGOTIATION",
        "requiressl" => "PGREQUIRESSL",
        "sslcert" => "PGSSLCERT",
        "sslkey" => "PGSSLKEY",
        "sslcertmode" => "PGSSLCERTMODE",
        "sslrootcert" => "PGSSLROOTCERT",
        "sslcrl" => "PGSSLCRL",
        "sslcrldir" => "PGSSLCRLDIR",
        "sslsni" => "PGSSLSNI",
        "requirepeer" => "PGREQUIREPEER",
        "ssl_min_protocol_version" => "PGSSLMINPROTOCOLVERSION",
        "ssl_max_protocol_version" => "PGSSLMAXPROTOCOLVERSION",
        "min_protocol_version" => "PGMINPROTOCOLVERSION",
        "max_protocol_version" => "PGMAXPROTOCOLVERSION",
        "service" => "PGSERVICE",
        "servicefile" => "PGSERVICEFILE",
        "target_session_attrs" => "PGTARGETSESSIONATTRS",
        "load_balance_hosts" => "PGLOADBALANCEHOSTS",
        _ => return None,
    })
}

/// One setting's value and where it came from, for messages.
struct Setting {
    value: Zeroizing<String>,
    /// `None` from the connection string, else the variable's name.
    from_env: Option<&'static str>,
}

impl Setting {
    /// " (from PGPORT)" when the value came from a variable.
    fn origin(&self) -> String {
        self.from_env
            .map(|var| format!(" (from {var})"))
            .unwrap_or_default()
    }

    fn invalid(&self, keyword: &str, expected: &str) -> Refusal {
        Refusal::usage(format!(
            "{keyword}=\"{}\"{} is not valid: {expected}",
            self.value.as_str(),
            self.origin()
        ))
    }
}

/// The connection string's values with libpq's variables behind them.
struct Settings<'a> {
    pairs: &'a parse::Pairs,
    env: &'a dyn Fn(&str) -> Option<OsString>,
}

impl Settings<'_> {
    /// The setting for `keyword`: the last non-empty value in the string, else its
    /// variable when set and non-empty.
    fn get(&self, keyword: &str) -> Result<Option<Setting>, Refusal> {
        if let Some((_, value)) = self
            .pairs
            .iter()
            .rev()
            .find(|(k, v)| k == keyword && !v.is_empty())
        {
            return Ok(Some(Setting {
                value: value.clone(),
                from_env: None,
            }));
        }
        let Some(var) = env_var(keyword) else {
            return Ok(None);
        };
        let Some(value) = (self.env)(var).filter(|v| !v.is_empty()) else {
            return Ok(None);
        };
        let Ok(value) = value.into_string() else {
            return Err(Refusal::usage(format!("{var} is not valid UTF-8")));
        };
        Ok(Some(Setting {
            value: Zeroizing::new(value),
            from_env: Some(var),
        }))
    }

    /// The setting parsed with `parse`, or `expected` in the refusal.
    fn parsed<T>(
        &self,
        keyword: &str,
        expected: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>, Refusal> {
        match self.get(keyword)? {
            None => Ok(None),
            Some(setting) => match parse(setting.value.trim_end_matches(parse::is_space)) {
                Some(value) => Ok(Some(value)),
                None => Err(setting.invalid(keyword, expected)),
            },
        }
    }

    /// One of the `allowed` words; `refused` ones are named as unsupported.
    fn word<T: Copy>(
        &self,
        keyword: &str,
        allowed: &[(&str, T)],
        refused: &[&str],
    ) -> Result<Option<T>, Refusal> {
        let Some(setting) = self.get(keyword)? else {
            return Ok(None);
        };
        if let Some((_, value)) = allowed.iter().find(|(w, _)| *w == setting.value.as_str()) {
            return Ok(Some(*value));
        }
        let names: Vec<&str> = allowed.iter().map(|(w, _)| *w).collect();
        if refused.contains(&setting.value.as_str()) {
            return Err(Refusal::usage(format!(
                "{keyword}={}{} is not supported by userctl (it supports {})",
                setting.value.as_str(),
                setting.origin(),
                names.join(", ")
            )));
        }
        Err(setting.invalid(keyword, &format!("expected one of {}", names.join(", "))))
    }

    fn seconds(&self, keyword: &str) -> Result<Option<Duration>, Refusal> {
        self.parsed(keyword, "expected a whole number of seconds", |v| {
            v.parse::<u64>().ok().map(Duration::from_secs)
        })
    }
}

/// libpq's integers are C `int`s; a flag is any non-zero one.
fn flag(value: &str) -> Option<bool> {
    value.parse::<i32>().ok().map(|n| n != 0)
}

/// Every setting resolved: the string, then the variables, then the defaults.
fn resolve(
    pairs: &parse::Pairs,
    source: Source,
    env: &dyn Fn(&str) -> Option<OsString>,
) -> Result<ConnInfo> {
    for (i, (keyword, _)) in pairs.iter().enumerate() {
        if !parse::KEYWORDS.contains(&keyword.as_str()) {
            let after_secret = parse::follows_secret(&pairs[..i]);
            let name = parse::named(keyword, after_secret, &format!("(option {})", i + 1));
            return refuse(
                Refusal::usage(format!(
                    "{} names an unknown connection option {name}",
                    source.name(),
                ))
                .hint("the options are libpq's: https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-PARAMKEYWORDS"),
            );
        }
    }
    let s = Settings { pairs, env };
    for (keyword, why) in REFUSED {
        if let Some(setting) = s.get(keyword)? {
            let named = setting.from_env.map_or_else(
                || format!("the connection option {keyword}"),
                |var| format!("{var} (the connection option {keyword})"),
            );
            return refuse(
                Refusal::usage(format!("userctl does not support {named}: {why}")).hint(
                    setting.from_env.map_or_else(
                        || format!("remove {keyword} from {}", source.name()),
                        |var| format!("unset {var} for userctl"),
                    ),
                ),
            );
        }
    }

    let home = home(env);
    let hostaddr = match s.get("hostaddr")? {
        Some(setting) if setting.value.contains(',') => return refuse(more_than_one_host()),
        Some(setting) => Some(
            setting
                .value
                .trim()
                .parse::<IpAddr>()
                .map_err(|_| setting.invalid("hostaddr", "expected an IP address"))?,
        ),
        None => None,
    };
    let host = match s.get("host")? {
        Some(setting) if setting.value.contains(',') => return refuse(more_than_one_host()),
        Some(setting) if setting.value.starts_with('/') => {
            Host::Socket(PathBuf::from(setting.value.as_str()))
        }
        Some(setting) => Host::Tcp(setting.value.to_string()),
        None => match hostaddr {
            Some(addr) => Host::Tcp(addr.to_string()),
            None => Host::Socket(default_socket_dir()),
        },
    };
    let port = match s.get("port")? {
        Some(setting) if setting.value.contains(',') => return refuse(more_than_one_host()),
        Some(setting) => setting
            .value
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|p| *p > 0)
            .ok_or_else(|| setting.invalid("port", "expected a number from 1 to 65535"))?,
        None => 5432,
    };
    let user = match s.get("user")? {
        Some(setting) => setting.value.to_string(),
        None => os_user().ok_or_else(|| {
            Refusal::usage(
                "cannot tell which PostgreSQL role to connect as: this process's user has no name",
            )
            .hint("give user= in the connection string, or set PGUSER")
        })?,
    };
    let dbname = match s.get("dbname")? {
        Some(setting) => setting.value.to_string(),
        None => user.clone(),
    };

    let mut warnings = Vec::new();
    let (password, passfile) = if let Some(setting) = s.get("password")? {
        (Some(setting.value), PassFile::NotRead)
    } else {
        let path = match s.get("passfile")? {
            Some(setting) => Some(PathBuf::from(setting.value.as_str())),
            None => home.as_ref().map(|h| h.join(".pgpass")),
        };
        match path {
            None => (None, PassFile::NotRead),
            Some(path) => from_pass_file(path, &host, port, &dbname, &user, &mut warnings),
        }
    };

    let root = match s.get("sslrootcert")? {
        Some(setting) if setting.value.as_str() == "system" => Some(RootCert::System),
        Some(setting) => {
            let path = PathBuf::from(setting.value.as_str());
            if !path.is_file() {
                return refuse(
                    Refusal::usage(format!(
                        "sslrootcert{} names {}, which is not a file",
                        setting.origin(),
                        path.display()
                    ))
                    .hint("give the PEM file of the certificate authority that signed the server's certificate"),
                );
            }
            Some(RootCert::File(path))
        }
        None => home
            .as_ref()
            .map(|h| h.join(".postgresql/root.crt"))
            .filter(|p| p.is_file())
            .map(RootCert::File),
    };
    let modes = SslMode::NAMES;
    let sslmode = match s.word("sslmode", &modes, &[])? {
        Some(mode) => mode,
        None if s.parsed("requiressl", "expected 0 or 1", flag)? == Some(true) => SslMode::Require,
        None if root == Some(RootCert::System) => SslMode::VerifyFull,
        None => SslMode::Prefer,
    };
    if root == Some(RootCert::System) && sslmode != SslMode::VerifyFull {
        return refuse(Refusal::usage(format!(
            "sslmode={} may not be used with sslrootcert=system: use sslmode=verify-full",
            sslmode.name()
        )));
    }
    if sslmode.verifies() && root.is_none() {
        let default = home.as_ref().map_or_else(
            || "~/.postgresql/root.crt".to_string(),
            |h| h.join(".postgresql/root.crt").display().to_string(),
        );
        return refuse(
            Refusal::usage(format!(
                "sslmode={} verifies the server's certificate, and no root certificate is \
                 given ({default} does not exist)",
                sslmode.name()
            ))
            .hint(
                "give sslrootcert=FILE (the PEM file of the authority that signed the server's \
                 certificate), or sslrootcert=system to trust the system's roots, or \
                 sslmode=require to encrypt without verifying",
            ),
        );
    }
    let direct_tls = s
        .word(
            "sslnegotiation",
            &[("postgres", false), ("direct", true)],
            &[],
        )?
        .unwrap_or(false);
    if direct_tls
        && !matches!(
            sslmode,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull
        )
    {
        return refuse(Refusal::usage(format!(
            "sslmode={} may not be used with sslnegotiation=direct: use require, verify-ca or \
             verify-full",
            sslmode.name()
        )));
    }
    let sni = s.parsed("sslsni", "expected 0 or 1", flag)?.unwrap_or(true);
    // Ranked by index: native-tls's Protocol has no ordering of its own.
    let protocols = [("TLSv1", 0), ("TLSv1.1", 1), ("TLSv1.2", 2), ("TLSv1.3", 3)];
    let by_rank = [
        Protocol::Tlsv10,
        Protocol::Tlsv11,
        Protocol::Tlsv12,
        Protocol::Tlsv13,
    ];
    let min_rank = s
        .word("ssl_min_protocol_version", &protocols, &[])?
        .unwrap_or(2);
    let max_rank = s.word("ssl_max_protocol_version", &protocols, &[])?;
    if max_rank.is_some_and(|max| min_rank > max) {
        return refuse(Refusal::usage(
            "ssl_min_protocol_version is above ssl_max_protocol_version",
        ));
    }
    let tls_min = Some(by_rank[min_rank]);
    let tls_max = max_rank.map(|max| by_rank[max]);
    s.word(
        "gssencmode",
        &[("disable", ()), ("prefer", ())],
        &["require"],
    )?;
    s.word(
        "sslcertmode",
        &[("disable", ()), ("allow", ())],
        &["require"],
    )?;
    s.word(
        "load_balance_hosts",
        &[("disable", ()), ("random", ())],
        &[],
    )?;
    if let Some(setting) = s.get("client_encoding")? {
        if !["utf8", "utf-8", "unicode", "auto"]
            .iter()
            .any(|e| setting.value.eq_ignore_ascii_case(e))
        {
            return refuse(Refusal::usage(format!(
                "client_encoding={}{} is not supported: userctl talks to the server in UTF8",
                setting.value.as_str(),
                setting.origin()
            )));
        }
    }
    let channel_binding = s
        .word(
            "channel_binding",
            &[
                ("disable", ChannelBinding::Disable),
                ("prefer", ChannelBinding::Prefer),
                ("require", ChannelBinding::Require),
            ],
            &[],
        )?
        .unwrap_or(ChannelBinding::Prefer);
    let target_session_attrs = s
        .word(
            "target_session_attrs",
            &[
                ("any", TargetSessionAttrs::Any),
                ("read-write", TargetSessionAttrs::ReadWrite),
                ("read-only", TargetSessionAttrs::ReadOnly),
            ],
            &["primary", "standby", "prefer-standby"],
        )?
        .unwrap_or(TargetSessionAttrs::Any);
    let timeout = match s.parsed(
        "connect_timeout",
        "expected a whole number of seconds",
        |v| v.parse::<i64>().ok(),
    )? {
        None => Timeout::Wait,
        Some(n) if n <= 0 => Timeout::Never,
        Some(n) => Timeout::After(Duration::from_secs(n.unsigned_abs())),
    };
    let application_name = match s.get("application_name")? {
        Some(setting) => setting.value.to_string(),
        None => match s.get("fallback_application_name")? {
            Some(setting) => setting.value.to_string(),
            None => "userctl".to_string(),
        },
    };
    let options = s.get("options")?.map(|setting| setting.value.to_string());
    let keepalives = s
        .parsed("keepalives", "expected 0 or 1", flag)?
        .unwrap_or(true);
    let keepalives_idle = s.seconds("keepalives_idle")?;
    let keepalives_interval = s.seconds("keepalives_interval")?;
    let keepalives_count = s.parsed("keepalives_count", "expected a whole number", |v| {
        v.parse::<u32>().ok()
    })?;
    let tcp_user_timeout = s.parsed(
        "tcp_user_timeout",
        "expected a whole number of milliseconds",
        |v| v.parse::<u64>().ok().map(Duration::from_millis),
    )?;

    Ok(ConnInfo {
        host,
        hostaddr,
        port,
        dbname,
        user,
        password,
        passfile,
        sslmode,
        root,
        direct_tls,
        sni,
        tls_min,
        tls_max,
        timeout,
        application_name,
        options,
        channel_binding,
        target_session_attrs,
        keepalives,
        keepalives_idle,
        keepalives_interval,
        keepalives_count,
        tcp_user_timeout,
        warnings,
    })
}

/// The password the pass file at `path` holds for this server, database and role.
fn from_pass_file(
    path: PathBuf,
    host: &Host,
    port: u16,
    dbname: &str,
    user: &str,
    warnings: &mut Vec<String>,
) -> (Option<Zeroizing<String>>, PassFile) {
    // libpq matches a Unix socket as `localhost`.
    let host_field = match host {
        Host::Socket(_) => "localhost",
        Host::Tcp(name) => name.as_str(),
    };
    match passfile::lookup(&path, host_field, &port.to_string(), dbname, user) {
        passfile::Found::Absent => (None, PassFile::NotRead),
        passfile::Found::Ignored(why) => {
            warnings.push(why);
            (None, PassFile::Ignored(path))
        }
        passfile::Found::Read(found) => {
            let matched = found.is_some();
            (
                found,
                PassFile::Read {
                    path,
                    used: matched,
                },
            )
        }
    }
}

fn more_than_one_host() -> Refusal {
    Refusal::usage("the connection string names more than one host: userctl connects to one server")
        .hint("name one host (and port)")
}

/// The home directory as libpq finds it: `HOME`, else the password database.
fn home(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    if let Some(home) = env("HOME").filter(|h| !h.is_empty()) {
        return Some(PathBuf::from(home));
    }
    nix::unistd::User::from_uid(nix::unistd::geteuid())
        .ok()
        .flatten()
        .map(|u| u.dir)
}

/// The name of the user this process runs as (libpq's default role).
fn os_user() -> Option<String> {
    nix::unistd::User::from_uid(nix::unistd::geteuid())
        .ok()
        .flatten()
        .map(|u| u.name)
}

/// Where the server's socket is when no host is given: Debian's and most
/// distributions' directory, else PostgreSQL's own default.
fn default_socket_dir() -> PathBuf {
    let debian = Path::new("/var/run/postgresql");
    if debian.is_dir() {
        debian.to_path_buf()
    } else {
        PathBuf::from("/tmp")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::os::unix::fs::PermissionsExt;

    use super::*;
    use crate::error::{exit_code, refusal_of, Kind};

    /// An environment of exactly these variables (HOME points nowhere unless given).
    fn env_of(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let mut map: HashMap<String, OsString> = vars
            .iter()
            .map(|(k, v)| ((*k).to_string(), OsString::from(*v)))
            .collect();
        map.entry("HOME".into())
            .or_insert_with(|| OsString::from("/nonexistent/home"));
        map.entry("PGUSER".into())
            .or_insert_with(|| OsString::from("tester"));
        move |name| map.get(name).cloned()
    }

    fn server(text: &str, vars: &[(&str, &str)]) -> ConnInfo {
        match locate_with(OsStr::new(text), Source::Environment, &env_of(vars)) {
            Ok(Location::Server(info)) => info,
            other => panic!("{text}: {other:?}"),
        }
    }

    fn refused(text: &str, source: Source, vars: &[(&str, &str)]) -> Refusal {
        let err = locate_with(OsStr::new(text), source, &env_of(vars))
            .expect_err(&format!("{text} should be refused"));
        refusal_of(&err).unwrap_or_else(|| panic!("{text}: not a refusal: {err:#}"))
    }

    #[test]
    fn file_paths_stay_files_even_with_an_equals_sign() {
        for path in [
            "userctl.db",
            "./a=b.db",
            "/tmp/x=y",
            "a=b.db",
            "./dbname=app",
            "HOST=x",
        ] {
            match locate_with(OsStr::new(path), Source::Argv, &env_of(&[])).unwrap() {
                Location::File(p) => assert_eq!(p, Path::new(path)),
                Location::Server(info) => panic!("{path} taken for {}", info.describe()),
            }
        }
        let bytes = OsStr::from_bytes(b"/tmp/\xff=x.db");
        assert!(matches!(
            locate_with(bytes, Source::Argv, &env_of(&[])).unwrap(),
            Location::File(p) if p.as_os_str() == bytes
        ));
        assert!(!is_server(OsStr::new("./host=x")));
        assert!(is_server(OsStr::new("host=x")));
        // Not UTF-8, yet shaped like a connection string: refused, not taken for a file.
        let bad = OsStr::from_bytes(b"host=/tmp dbname=\xff");
        let err = locate_with(bad, Source::Argv, &env_of(&[])).unwrap_err();
        assert_eq!(exit_code(&err), 2, "{err:#}");
        assert!(format!("{err:#}").contains("not UTF-8"), "{err:#}");
    }

    #[test]
    fn defaults_and_variables_as_libpq() {
        let info = server("dbname=app", &[]);
        assert_eq!(info.host(), &Host::Socket(default_socket_dir()));
        assert_eq!(info.port(), 5432);
        assert_eq!(info.user(), "tester");
        assert_eq!(info.dbname(), "app");
        assert_eq!(info.sslmode(), SslMode::Prefer);
        assert_eq!(info.application_name(), "userctl");
        assert_eq!(info.timeout, Timeout::Wait);
        assert!(info.password.is_none());

        let vars = [
            ("PGHOST", "db.example"),
            ("PGPORT", "6543"),
            ("PGUSER", "alice"),
            ("PGDATABASE", "appdb"),
            ("PGPASSWORD", "from-env"),
            ("PGSSLMODE", "require"),
            ("PGCONNECT_TIMEOUT", "7"),
            ("PGAPPNAME", "nightly"),
            ("PGOPTIONS", "-c search_path=accounts"),
        ];
        let info = server("user=bob", &vars);
        assert_eq!(info.host(), &Host::Tcp("db.example".into()));
        assert_eq!(info.port(), 6543);
        assert_eq!(info.user(), "bob", "the string wins over PGUSER");
        assert_eq!(info.dbname(), "appdb");
        assert_eq!(
            info.password.as_deref().map(String::as_str),
            Some("from-env")
        );
        assert_eq!(info.sslmode(), SslMode::Require);
        assert_eq!(info.timeout, Timeout::After(Duration::from_secs(7)));
        assert_eq!(info.application_name(), "nightly");
        assert_eq!(info.options(), Some("-c search_path=accounts"));

        // The database defaults to the user name, the user to PGUSER.
        let info = server("host=/run/pg", &[("PGUSER", "carol")]);
        assert_eq!(info.host(), &Host::Socket("/run/pg".into()));
        assert_eq!((info.user(), info.dbname()), ("carol", "carol"));
        // PGHOST naming a directory is a socket; an empty variable is unset.
        let info = server("dbname=x", &[("PGHOST", "/var/run/pg"), ("PGPORT", "")]);
        assert_eq!(info.host(), &Host::Socket("/var/run/pg".into()));
        assert_eq!(info.port(), 5432);
        // connect_timeout of zero means no limit, as libpq.
        assert_eq!(server("connect_timeout=0", &[]).timeout, Timeout::Never);
        // fallback_application_name only when nothing else names it.
        assert_eq!(
            server("fallback_application_name=x", &[]).application_name(),
            "x"
        );
        assert_eq!(
            server("fallback_application_name=x", &[("PGAPPNAME", "y")]).application_name(),
            "y"
        );
        // hostaddr alone is the TCP host.
        let info = server("hostaddr=127.0.0.1 port=5433", &[]);
        assert_eq!(info.host(), &Host::Tcp("127.0.0.1".into()));
        assert_eq!(
            info.describe(),
            "host=127.0.0.1 hostaddr=127.0.0.1 port=5433 dbname=tester user=tester"
        );
    }

    #[test]
    fn the_os_user_is_the_default_role() {
        let env = |name: &str| (name == "HOME").then(|| OsString::from("/nonexistent"));
        let Location::Server(info) =
            locate_with(OsStr::new("host=/tmp"), Source::Argv, &env).unwrap()
        else {
            panic!("not a server");
        };
        let me = os_user().expect("this test's user has a name");
        assert_eq!((info.user(), info.dbname()), (me.as_str(), me.as_str()));
    }

    #[test]
    fn urls_resolve_like_key_value_strings() {
        let info = server(
            "postgresql://alice@%2Fvar%2Frun%2Fpostgresql:5433/app?application_name=cron&connect_timeout=3&sslmode=disable",
            &[],
        );
        assert_eq!(info.host(), &Host::Socket("/var/run/postgresql".into()));
        assert_eq!(
            (info.port(), info.dbname(), info.user()),
            (5433, "app", "alice")
        );
        assert_eq!(info.application_name(), "cron");
        assert_eq!(info.timeout, Timeout::After(Duration::from_secs(3)));
        assert_eq!(info.sslmode(), SslMode::Disable);
        let info = server("postgres:///app?host=/dir", &[("PGHOST", "elsewhere")]);
        assert_eq!(info.host(), &Host::Socket("/dir".into()));
        let info = server("postgresql://[::1]:6000", &[]);
        assert_eq!(info.host(), &Host::Tcp("::1".into()));
        assert_eq!(
            info.describe(),
            "host=::1 port=6000 dbname=tester user=tester"
        );
        let info = server("postgresql://u:p%40ss@h/d", &[]);
        assert_eq!(info.password.as_deref().map(String::as_str), Some("p@ss"));
        assert_eq!(info.describe(), "host=h port=5432 dbname=d user=u");
        let shown = format!("{info:?}");
        assert!(!shown.contains("p@ss"), "{shown}");
    }

    #[test]
    fn a_password_on_the_command_line_is_refused_without_repeating_it() {
        for text in [
            "postgresql://alice:Sup3rSecret@db/app",
            "postgresql://db/app?password=Sup3rSecret",
            "host=db password=Sup3rSecret",
            "host=db password='Sup3rSecret'",
        ] {
            let r = refused(text, Source::Argv, &[]);
            assert_eq!(r.kind, Kind::Usage, "{text}");
            assert_eq!(Kind::Usage.exit_code(), 2);
            assert!(r.message.contains("visible to every local user"), "{r:?}");
            let hint = r.hint.clone().unwrap_or_default();
            assert!(
                hint.contains("USERCTL_DB") && hint.contains("pass"),
                "{hint}"
            );
            assert!(!format!("{r:?}").contains("Sup3rSecret"), "{r:?}");
            // The same value in USERCTL_DB is fine.
            let info = server(text, &[]);
            assert_eq!(
                info.password.as_deref().map(String::as_str),
                Some("Sup3rSecret")
            );
        }
        // A user without a password, or PGPASSWORD, is fine on the command line.
        for text in [
            "postgresql://alice@db/app",
            "postgresql://alice:@db/app",
            "host=db password=",
        ] {
            assert!(
                locate_with(OsStr::new(text), Source::Argv, &env_of(&[])).is_ok(),
                "{text}"
            );
        }
        assert!(locate_with(
            OsStr::new("host=db"),
            Source::Argv,
            &env_of(&[("PGPASSWORD", "x")])
        )
        .is_ok());
    }

    #[test]
    fn malformed_or_unsupported_settings_are_refused_by_name() {
        for (text, vars, words) in [
            ("host=a,b", &[][..], "more than one host"),
            ("postgresql://a,b/db", &[], "more than one host"),
            ("dbname=x", &[("PGHOST", "a,b")][..], "more than one host"),
            ("port=0", &[], "port=\"0\" is not valid"),
            ("port=x", &[], "expected a number"),
            ("dbname=x", &[("PGPORT", "99999")], "(from PGPORT)"),
            ("sslmode=maybe", &[], "expected one of disable, allow"),
            ("hostaddr=db.example", &[], "expected an IP address"),
            ("connect_timeout=soon", &[], "connect_timeout"),
            ("host=x bogus=1", &[], "unknown connection option \"bogus\""),
            (
                "password=a sec=ret",
                &[],
                "unknown connection option (option 2)",
            ),
            (
                "host=x Bogus=1",
                &[],
                "unknown connection option (option 2)",
            ),
            ("sslcert=/c.pem", &[], "client certificates"),
            ("dbname=x", &[("PGSSLKEY", "/k.pem")], "PGSSLKEY"),
            ("service=prod", &[], "service files"),
            ("dbname=x", &[("PGSERVICE", "prod")], "PGSERVICE"),
            ("gssencmode=require", &[], "not supported"),
            ("target_session_attrs=primary", &[], "not supported"),
            ("client_encoding=LATIN1", &[], "UTF8"),
            ("sslmode=verify-full", &[], "no root certificate"),
            ("sslrootcert=system sslmode=require", &[], "verify-full"),
            ("sslrootcert=/nonexistent/ca.pem", &[], "not a file"),
            ("sslnegotiation=direct", &[], "sslnegotiation=direct"),
            (
                "ssl_min_protocol_version=TLSv1.3 ssl_max_protocol_version=TLSv1.2",
                &[],
                "above",
            ),
        ] {
            let r = refused(text, Source::Environment, vars);
            assert_eq!(r.kind, Kind::Usage, "{text}: {r:?}");
            assert!(r.message.contains(words), "{text}: {r:?}");
        }
        // Accepted and without effect.
        server(
            "sslcompression=1 krbsrvname=x gsslib=gssapi gssdelegation=0",
            &[],
        );
        server(
            "gssencmode=prefer sslcertmode=allow client_encoding=UTF8",
            &[],
        );
    }

    #[test]
    fn tls_settings_resolve_as_libpq() {
        let dir = tempfile::tempdir().unwrap();
        let ca = dir.path().join("ca.pem");
        std::fs::write(&ca, "not read until connecting").unwrap();
        let ca_text = ca.to_str().unwrap();
        let info = server(&format!("sslmode=verify-ca sslrootcert={ca_text}"), &[]);
        assert_eq!(info.root, Some(RootCert::File(ca.clone())));
        let info = server("sslrootcert=system", &[]);
        assert_eq!(
            (info.sslmode(), info.root.clone()),
            (SslMode::VerifyFull, Some(RootCert::System))
        );
        assert_eq!(server("requiressl=1", &[]).sslmode(), SslMode::Require);
        assert_eq!(
            server("dbname=x", &[("PGREQUIRESSL", "1")]).sslmode(),
            SslMode::Require
        );
        // ~/.postgresql/root.crt is the default root, as libpq.
        std::fs::create_dir(dir.path().join(".postgresql")).unwrap();
        std::fs::copy(&ca, dir.path().join(".postgresql/root.crt")).unwrap();
        let home = dir.path().to_str().unwrap();
        let info = server("sslmode=verify-full", &[("HOME", home)]);
        assert_eq!(
            info.root,
            Some(RootCert::File(dir.path().join(".postgresql/root.crt")))
        );
        assert_eq!(
            server("dbname=x", &[("PGSSLROOTCERT", ca_text)]).root,
            Some(RootCert::File(ca))
        );
    }

    #[test]
    fn the_pass_file_gives_the_password_only_when_private() {
        let dir = tempfile::tempdir().unwrap();
        let pass = dir.path().join("pass");
        std::fs::write(
            &pass,
            "db.example:5432:app:alice:tcp-pw\nlocalhost:5432:app:alice:socket-pw\n",
        )
        .unwrap();
        std::fs::set_permissions(&pass, std::fs::Permissions::from_mode(0o600)).unwrap();
        let pass_text = pass.to_str().unwrap();
        let vars = [("PGPASSFILE", pass_text), ("PGUSER", "alice")];
        let info = server("host=db.example dbname=app", &vars);
        assert_eq!(info.password.as_deref().map(String::as_str), Some("tcp-pw"));
        assert_eq!(
            info.passfile,
            PassFile::Read {
                path: pass.clone(),
                used: true
            }
        );
        // A socket host matches "localhost".
        let info = server("host=/run/pg dbname=app", &vars);
        assert_eq!(
            info.password.as_deref().map(String::as_str),
            Some("socket-pw")
        );
        // passfile= wins over PGPASSFILE; a given password wins over the file.
        let info = server(
            &format!("host=db.example dbname=app passfile={pass_text}"),
            &[("PGPASSFILE", "/nonexistent"), ("PGUSER", "alice")],
        );
        assert_eq!(info.password.as_deref().map(String::as_str), Some("tcp-pw"));
        let info = server("host=db.example dbname=app password=given", &vars);
        assert_eq!(info.password.as_deref().map(String::as_str), Some("given"));
        assert_eq!(info.passfile, PassFile::NotRead);
        // No matching line: no password, the file noted.
        let info = server("host=other dbname=app", &vars);
        assert!(info.password.is_none());
        assert_eq!(
            info.passfile,
            PassFile::Read {
                path: pass.clone(),
                used: false
            }
        );
        // ~/.pgpass by default.
        std::fs::copy(&pass, dir.path().join(".pgpass")).unwrap();
        let home = dir.path().to_str().unwrap();
        let info = server(
            "host=db.example dbname=app",
            &[("HOME", home), ("PGUSER", "alice")],
        );
        assert_eq!(info.password.as_deref().map(String::as_str), Some("tcp-pw"));
        // Readable by others: ignored, with a warning naming the fix.
        std::fs::set_permissions(&pass, std::fs::Permissions::from_mode(0o644)).unwrap();
        let info = server("host=db.example dbname=app", &vars);
        assert!(info.password.is_none());
        assert_eq!(info.passfile, PassFile::Ignored(pass.clone()));
        assert_eq!(info.warnings().len(), 1);
        assert!(
            info.warnings()[0].contains("chmod 600"),
            "{:?}",
            info.warnings()
        );
        assert!(!info.warnings()[0].contains("tcp-pw"));
    }

    #[test]
    fn describe_quotes_what_libpq_would() {
        let info = server("host='/run/my pg' dbname='a b' user=o\\'k", &[]);
        assert_eq!(
            info.describe(),
            r"host='/run/my pg' port=5432 dbname='a b' user='o\'k'"
        );
        assert_eq!(quoted(""), "''");
    }

    #[test]
    fn a_refused_setting_exits_2() {
        let err = locate_with(
            OsStr::new("postgresql://a:b@h/d"),
            Source::Argv,
            &env_of(&[]),
        )
        .unwrap_err();
        assert_eq!(exit_code(&err), 2);
    }
}
