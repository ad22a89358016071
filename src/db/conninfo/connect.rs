//! Connecting: TLS as `sslmode` asks, within a time limit, and every failure turned
//! into the contract's refusal (exit 8, 6 or 9).

use std::error::Error as _;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use postgres::error::SqlState;
use postgres::Client;
use postgres_native_tls::MakeTlsConnector;

use super::{ConnInfo, Host, PassFile, RootCert, SslMode, Timeout};
use crate::error::{refuse, Refusal};

/// The shortest time limit: `--wait 0` still gives a server on the same machine time
/// to answer.
const MIN_WAIT: Duration = Duration::from_secs(1);

/// How long after the limit the caller stops waiting for the connecting thread, so a
/// time-out the driver reports itself (with its reason) arrives first.
const GRACE: Duration = Duration::from_millis(250);

impl ConnInfo {
    /// Connects, as libpq would with these settings, within `connect_timeout` if it
    /// was given, else within `wait` (at least a second); a server that is starting
    /// up or has too many connections is tried again until then. Prints the
    /// [`warnings`](ConnInfo::warnings) on stderr first. Sets `application_name` and
    /// nothing else about the session.
    ///
    /// Refusals: the server unreachable, too slow, starting up or full → exit 8;
    /// authentication failed, a password asked for and none known, or the server's
    /// certificate failing verification → exit 6; no such database → exit 9.
    ///
    /// When the time limit passes, the connecting thread is left to finish on its
    /// own (a connection it makes after that is closed at once).
    pub fn connect(&self, wait: Duration) -> Result<Client> {
        for warning in &self.warnings {
            eprintln!("warning: {warning}");
        }
        let limit = match self.timeout {
            Timeout::Wait => Some(wait.max(MIN_WAIT)),
            Timeout::Never => None,
            Timeout::After(limit) => Some(limit),
        };
        let tls = self.tls_connector()?;
        let Some(limit) = limit else {
            return self
                .attempts(tls.as_ref(), None)
                .map_err(|e| self.refusal(&e, None));
        };
        let deadline = Instant::now() + limit;
        let (sender, receiver) = mpsc::channel();
        let info = self.clone();
        thread::Builder::new()
            .name("userctl-connect".into())
            .spawn(move || {
                let _ = sender.send(info.attempts(tls.as_ref(), Some(deadline)));
            })
            .context("starting a thread to connect to PostgreSQL")?;
        match receiver.recv_timeout(limit + GRACE) {
            Ok(Ok(client)) => Ok(client),
            Ok(Err(e)) => Err(self.refusal(&e, Some(limit))),
            Err(_) => refuse(self.unreachable(&format!("no answer within {}", seconds(limit)))),
        }
    }

    /// The attempts `sslmode` calls for, tried again while the server says it is
    /// starting up or full and time remains.
    fn attempts(
        &self,
        tls: Option<&MakeTlsConnector>,
        deadline: Option<Instant>,
    ) -> Result<Client, postgres::Error> {
        let mut pause = Duration::from_millis(50);
        loop {
            match self.by_sslmode(tls, deadline) {
                Err(e) if is_transient(&e) => {
                    let Some(deadline) = deadline else {
                        return Err(e);
                    };
                    if Instant::now() + pause >= deadline {
                        return Err(e);
                    }
                    thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_secs(1));
                }
                result => return result,
            }
        }
    }

    /// One connection as libpq's `sslmode` makes it: `allow` tries plain first and TLS
    /// when the server refuses; `prefer` tries TLS first and plain when the handshake
    /// fails. Over a Unix socket TLS is never used.
    fn by_sslmode(
        &self,
        tls: Option<&MakeTlsConnector>,
        deadline: Option<Instant>,
    ) -> Result<Client, postgres::Error> {
        use postgres::config::SslMode as Driver;
        if matches!(self.host, Host::Socket(_)) {
            return self.once(Driver::Disable, tls, deadline);
        }
        match self.sslmode {
            SslMode::Disable => self.once(Driver::Disable, tls, deadline),
            SslMode::Allow => match self.once(Driver::Disable, tls, deadline) {
                Err(e) if e.as_db_error().is_some() && !is_transient(&e) => {
                    self.once(Driver::Require, tls, deadline)
                }
                result => result,
            },
            SslMode::Prefer => match self.once(Driver::Prefer, tls, deadline) {
                Err(e) if is_tls_failure(&e) => self.once(Driver::Disable, tls, deadline),
                result => result,
            },
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
                self.once(Driver::Require, tls, deadline)
            }
        }
    }

    /// One connection attempt with the driver's `mode` (plain without a connector).
    fn once(
        &self,
        mode: postgres::config::SslMode,
        tls: Option<&MakeTlsConnector>,
        deadline: Option<Instant>,
    ) -> Result<Client, postgres::Error> {
        let mut config = postgres::Config::new();
        match &self.host {
            Host::Socket(dir) => config.host_path(dir),
            Host::Tcp(name) => config.host(name),
        };
        if let Some(addr) = self.hostaddr {
            config.hostaddr(addr);
        }
        config
            .port(self.port)
            .user(&self.user)
            .dbname(&self.dbname)
            .application_name(&self.application_name)
            .ssl_mode(mode)
            .channel_binding(self.channel_binding)
            .target_session_attrs(self.target_session_attrs)
            .keepalives(self.keepalives);
        if self.direct_tls {
            config.ssl_negotiation(postgres::config::SslNegotiation::Direct);
        }
        if let Some(password) = &self.password {
            config.password(password.as_bytes());
        }
        if let Some(options) = &self.options {
            config.options(options);
        }
        if let Some(idle) = self.keepalives_idle {
            config.keepalives_idle(idle);
        }
        if let Some(interval) = self.keepalives_interval {
            config.keepalives_interval(interval);
        }
        if let Some(count) = self.keepalives_count {
            config.keepalives_retries(count);
        }
        if let Some(timeout) = self.tcp_user_timeout {
            config.tcp_user_timeout(timeout);
        }
        if let Some(deadline) = deadline {
            let left = deadline.saturating_duration_since(Instant::now());
            config.connect_timeout(left.max(Duration::from_millis(100)));
        }
        match tls {
            Some(tls) => config.connect(tls.clone()),
            None => config
                .ssl_mode(postgres::config::SslMode::Disable)
                .connect(postgres::NoTls),
        }
    }

    /// The TLS connector `sslmode` and the root certificates call for: without a root
    /// certificate and below `verify-ca` it encrypts without verifying (libpq's
    /// `require`); with one, the chain is verified, and the host name too for
    /// `verify-full`. None where TLS is never used (a Unix socket, `disable`):
    /// building one reads the system's certificate store, which takes tens of
    /// milliseconds.
    pub(super) fn tls_connector(&self) -> Result<Option<MakeTlsConnector>> {
        if matches!(self.host, Host::Socket(_)) || self.sslmode == SslMode::Disable {
            return Ok(None);
        }
        let mut builder = native_tls::TlsConnector::builder();
        builder
            .min_protocol_version(self.tls_min)
            .max_protocol_version(self.tls_max)
            .use_sni(self.sni);
        if self.direct_tls {
            postgres_native_tls::set_postgresql_alpn(&mut builder);
        }
        match &self.root {
            None => {
                builder.danger_accept_invalid_certs(true);
            }
            Some(root) => {
                if self.sslmode != SslMode::VerifyFull {
                    builder.danger_accept_invalid_hostnames(true);
                }
                if let RootCert::File(path) = root {
                    let pem = std::fs::read(path)
                        .with_context(|| format!("reading sslrootcert {}", path.display()))?;
                    let certs = native_tls::Certificate::stack_from_pem(&pem)
                        .ok()
                        .filter(|certs| !certs.is_empty())
                        .ok_or_else(|| {
                            Refusal::usage(format!(
                                "sslrootcert {} holds no PEM certificate",
                                path.display()
                            ))
                            .hint("give the PEM file of the authority that signed the server's certificate")
                        })?;
                    builder.disable_built_in_roots(true);
                    for cert in certs {
                        builder.add_root_certificate(cert);
                    }
                }
            }
        }
        let connector = builder.build().context("setting up TLS")?;
        Ok(Some(MakeTlsConnector::new(connector)))
    }

    /// The refusal for a failed connection; `limit` is the time limit there was.
    fn refusal(&self, err: &postgres::Error, limit: Option<Duration>) -> anyhow::Error {
        if let Some(db) = err.as_db_error() {
            let code = db.code();
            let said = db.message();
            if *code == SqlState::INVALID_PASSWORD
                || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
                || *code == SqlState::INSUFFICIENT_PRIVILEGE
            {
                let mut message = format!(
                    "the PostgreSQL server at {} refused the connection: {said}",
                    self.server()
                );
                if matches!(self.passfile, PassFile::Read { used: true, .. }) {
                    if let PassFile::Read { path, .. } = &self.passfile {
                        message.push_str(&format!(
                            " (the password came from the pass file {})",
                            path.display()
                        ));
                    }
                }
                return Refusal::denied(message).hint(self.password_hint()).into();
            }
            if *code == SqlState::INVALID_CATALOG_NAME {
                return Refusal::unusable(format!(
                    "the PostgreSQL server at {} has no database \"{}\", so it is not a \
                     userctl database",
                    self.server(),
                    self.dbname
                ))
                .hint(format!(
                    "check the database's name, or create it (createdb {}) and run `userctl init`",
                    super::quoted(&self.dbname)
                ))
                .into();
            }
            if is_transient(err) || code.code().starts_with("53") {
                let waited = limit.map(|l| format!(" (tried for {})", seconds(l)));
                return self
                    .unreachable(&format!("{said}{}", waited.unwrap_or_default()))
                    .hint(
                        "the server is busy or starting up: retry later, or wait longer with \
                         --wait SECONDS (or connect_timeout)",
                    )
                    .into();
            }
            if code.code().starts_with("08") {
                return self.unreachable(said).into();
            }
            return anyhow::anyhow!(
                "the PostgreSQL server at {} refused the connection: {said} (SQLSTATE {})",
                self.server(),
                code.code()
            );
        }
        let cause = err.source();
        if let Some(io) = cause.and_then(|c| c.downcast_ref::<std::io::Error>()) {
            let why = if io.kind() == std::io::ErrorKind::TimedOut {
                format!(
                    "no answer within {}",
                    limit.map_or_else(|| "the time limit".to_string(), seconds)
                )
            } else {
                io.to_string()
            };
            return self.unreachable(&why).into();
        }
        if let Some(tls) = cause.and_then(|c| c.downcast_ref::<native_tls::Error>()) {
            let names = if self.sslmode == SslMode::VerifyFull {
                ", or it does not name the host connected to"
            } else {
                ""
            };
            let hint = match &self.root {
                Some(RootCert::File(path)) => format!(
                    "the server's certificate is not signed by an authority in {}{names}: give \
                     the certificate of the authority that signed it with sslrootcert=FILE",
                    path.display()
                ),
                Some(RootCert::System) => format!(
                    "the system's trusted authorities did not sign the server's certificate\
                     {names}: for a private authority, give its certificate with \
                     sslrootcert=FILE; sslmode=require encrypts without verifying"
                ),
                None => "check the server's TLS settings (its certificate, and the protocol \
                         versions both sides allow: ssl_min_protocol_version)"
                    .to_string(),
            };
            return Refusal::denied(format!(
                "the TLS connection to the PostgreSQL server at {} failed (sslmode={}): {tls}",
                self.server(),
                self.sslmode.name()
            ))
            .hint(hint)
            .into();
        }
        let text = cause.map(ToString::to_string).unwrap_or_default();
        if text == "password missing" {
            let mut message = format!(
                "the PostgreSQL server at {} asks for a password for user \"{}\", and none was given",
                self.server(),
                self.user
            );
            if let PassFile::Ignored(path) = &self.passfile {
                message.push_str(&format!(
                    " (the pass file {} was ignored: others may read it)",
                    path.display()
                ));
            }
            return Refusal::denied(message).hint(self.password_hint()).into();
        }
        if text == "server does not support TLS" {
            return Refusal::denied(format!(
                "the PostgreSQL server at {} does not offer TLS, and sslmode={} requires it",
                self.server(),
                self.sslmode.name()
            ))
            .hint("turn ssl on in the server's configuration, or choose a weaker sslmode knowingly")
            .into();
        }
        if err.to_string() == "timeout waiting for server" {
            return self
                .unreachable(&format!(
                    "no answer within {}",
                    limit.map_or_else(|| "the time limit".to_string(), seconds)
                ))
                .into();
        }
        let detail = if text.is_empty() {
            err.to_string()
        } else {
            format!("{err}: {text}")
        };
        anyhow::anyhow!(
            "cannot connect to the PostgreSQL server at {}: {detail}",
            self.server()
        )
    }

    /// Exit 8: the server cannot be reached, or not in time.
    fn unreachable(&self, why: &str) -> Refusal {
        Refusal::busy(format!(
            "cannot reach the PostgreSQL server at {}: {why}",
            self.server()
        ))
        .hint(
            "check that the server runs and accepts connections there (pg_isready), or wait \
             longer with --wait SECONDS (or connect_timeout)",
        )
    }

    /// What to do about a password the server did not accept, or asked for.
    fn password_hint(&self) -> String {
        let ignored = match &self.passfile {
            PassFile::Ignored(path) => format!("run `chmod 600 {}`, or ", path.display()),
            _ => String::new(),
        };
        format!(
            "{ignored}check the role's name and password: give the password in a pass file \
             (~/.pgpass or PGPASSFILE, mode 0600: host:port:database:user:password), in \
             PGPASSWORD, or in USERCTL_DB (never in --db)"
        )
    }
}

/// Whether the server said it is starting up or has too many connections: worth
/// another try while time remains.
fn is_transient(err: &postgres::Error) -> bool {
    err.code()
        .is_some_and(|c| *c == SqlState::TOO_MANY_CONNECTIONS || *c == SqlState::CANNOT_CONNECT_NOW)
}

/// Whether the TLS handshake itself failed (not the server's answer to it).
fn is_tls_failure(err: &postgres::Error) -> bool {
    err.source()
        .and_then(|c| c.downcast_ref::<native_tls::Error>())
        .is_some()
}

/// `5 s`, `1.5 s`.
fn seconds(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if (secs - secs.round()).abs() < 1e-9 {
        format!("{} s", d.as_secs())
    } else {
        format!("{secs:.1} s")
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;
    use std::net::TcpListener;

    use super::super::{locate_with, Location, Source};
    use super::*;
    use crate::error::{exit_code, refusal_of, Kind};

    fn info(text: &str) -> ConnInfo {
        let env = |name: &str| match name {
            "PGUSER" => Some("tester".into()),
            "HOME" => Some("/nonexistent".into()),
            _ => None,
        };
        match locate_with(OsStr::new(text), Source::Environment, &env).unwrap() {
            Location::Server(info) => info,
            Location::File(path) => panic!("{}", path.display()),
        }
    }

    /// The error of a connection that must fail.
    fn refused(info: &ConnInfo, wait: Duration) -> anyhow::Error {
        match info.connect(wait) {
            Ok(_) => panic!("{} connected", info.describe()),
            Err(e) => e,
        }
    }

    /// A port nothing listens on: bound, then closed.
    fn closed_port() -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    }

    #[test]
    fn a_closed_port_is_unreachable_at_once() {
        let port = closed_port();
        let started = Instant::now();
        let err = refused(
            &info(&format!("host=127.0.0.1 port={port} password=x")),
            Duration::from_secs(5),
        );
        let refusal = refusal_of(&err).expect("a refusal");
        assert_eq!(refusal.kind, Kind::Busy, "{err:#}");
        assert_eq!(exit_code(&err), 8);
        assert!(
            refusal.message.starts_with(&format!(
                "cannot reach the PostgreSQL server at host=127.0.0.1 port={port}: "
            )),
            "{}",
            refusal.message
        );
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn a_server_that_never_answers_is_given_up_on_in_time() {
        // Accepted by the kernel, never read: the startup message gets no answer.
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        for (text, wait, limit) in [
            (format!("host=127.0.0.1 port={port} sslmode=disable"), 1, 1),
            (format!("host=127.0.0.1 port={port} sslmode=disable"), 0, 1),
            (
                format!("host=127.0.0.1 port={port} connect_timeout=2"),
                30,
                2,
            ),
        ] {
            let started = Instant::now();
            let err = refused(&info(&text), Duration::from_secs(wait));
            let took = started.elapsed();
            assert_eq!(exit_code(&err), 8, "{text}: {err:#}");
            assert!(
                format!("{err:#}").contains(&format!("no answer within {limit} s")),
                "{err:#}"
            );
            assert!(took >= Duration::from_secs(limit), "{text}: {took:?}");
            assert!(
                took < Duration::from_secs(limit) + Duration::from_secs(1),
                "{text}: {took:?}"
            );
        }
        drop(listener);
    }

    #[test]
    fn a_missing_socket_is_unreachable() {
        let dir = tempfile::tempdir().unwrap();
        let err = refused(
            &info(&format!("host={} port=5999", dir.path().display())),
            Duration::from_secs(1),
        );
        assert_eq!(exit_code(&err), 8, "{err:#}");
    }

    #[test]
    fn an_unreadable_root_certificate_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let ca = dir.path().join("ca.pem");
        std::fs::write(&ca, "no certificate here").unwrap();
        let text = format!(
            "host=127.0.0.1 port=1 sslmode=verify-ca sslrootcert={}",
            ca.display()
        );
        let err = refused(&info(&text), Duration::from_secs(1));
        assert_eq!(exit_code(&err), 2, "{err:#}");
        assert!(
            format!("{err:#}").contains("holds no PEM certificate"),
            "{err:#}"
        );
    }

    #[test]
    fn seconds_read_well() {
        assert_eq!(seconds(Duration::from_secs(5)), "5 s");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5 s");
    }
}
