//! The connection layer against a real PostgreSQL server (`.ci/pg-cluster start`).
//!
//! The cluster's settings come from the environment `.ci/pg-cluster` prints:
//! `USERCTL_TEST_PG` (a superuser over the Unix socket, trusted),
//! `USERCTL_TEST_PG_TCP` (`userctl_pw` over TCP, by password),
//! `USERCTL_TEST_PG_PASSWORD` (its password) and `USERCTL_TEST_PG_CERT` (the server's
//! self-signed certificate, for `localhost` and `127.0.0.1`). Without
//! `USERCTL_TEST_PG` the checks are skipped, saying so on stderr past the test
//! harness's capture; with `USERCTL_TEST_PG_REQUIRED=1` that is a failure instead.

use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::io::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{locate_with, ConnInfo, Location, Source};
use crate::error::{exit_code, refusal_of};

/// The cluster the checks run against, and a private home directory for them.
struct Cluster {
    socket: String,
    tcp: String,
    password: String,
    cert: PathBuf,
    home: tempfile::TempDir,
}

impl Cluster {
    fn from_env() -> Option<Cluster> {
        let socket = std::env::var("USERCTL_TEST_PG").ok()?;
        let var = |name: &str| {
            std::env::var(name).unwrap_or_else(|_| {
                panic!("USERCTL_TEST_PG is set but {name} is not: eval `.ci/pg-cluster start`")
            })
        };
        Some(Cluster {
            socket,
            tcp: var("USERCTL_TEST_PG_TCP"),
            password: var("USERCTL_TEST_PG_PASSWORD"),
            cert: PathBuf::from(var("USERCTL_TEST_PG_CERT")),
            home: tempfile::tempdir().expect("a temporary home"),
        })
    }

    /// The settings `base` plus `extra` (later words win), resolved with only `vars`
    /// and a home of the checks' own in the environment.
    fn try_locate(
        &self,
        base: &str,
        extra: &str,
        vars: &[(&str, &str)],
    ) -> anyhow::Result<ConnInfo> {
        let mut env: HashMap<String, OsString> = vars
            .iter()
            .map(|(k, v)| ((*k).to_string(), OsString::from(*v)))
            .collect();
        env.insert("HOME".into(), self.home.path().as_os_str().to_owned());
        let text = format!("{base} {extra}");
        match locate_with(OsStr::new(&text), Source::Environment, &|name| {
            env.get(name).cloned()
        })? {
            Location::Server(info) => Ok(info),
            Location::File(path) => panic!("{} taken for a file", path.display()),
        }
    }

    fn locate(&self, base: &str, extra: &str, vars: &[(&str, &str)]) -> ConnInfo {
        self.try_locate(base, extra, vars)
            .unwrap_or_else(|e| panic!("{base} {extra}: {e:#}"))
    }

    /// A pass file for `userctl_pw` over TCP, with `mode`.
    fn pass_file(&self, mode: u32) -> PathBuf {
        let path = self.home.path().join(format!("pgpass-{mode:o}"));
        let port = self.tcp_port();
        std::fs::write(
            &path,
            format!("127.0.0.1:{port}:*:userctl_pw:{}\n", self.password),
        )
        .unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path
    }

    fn tcp_port(&self) -> u16 {
        self.locate(&self.tcp, "", &[]).port()
    }
}

/// Connects, or fails the check saying how.
fn connect(info: &ConnInfo) -> postgres::Client {
    info.connect(Duration::from_secs(5))
        .unwrap_or_else(|e| panic!("{}: {e:#}", info.describe()))
}

/// The exit code and message of a connection that must fail.
fn failure(info: &ConnInfo, wait: Duration) -> (u8, String) {
    match info.connect(wait) {
        Ok(_) => panic!("{} connected", info.describe()),
        Err(e) => {
            let hint = refusal_of(&e).and_then(|r| r.hint).unwrap_or_default();
            let code = exit_code(&e);
            eprintln!("  exit {code}: {e:#}\n  hint: {hint}");
            (code, format!("{e:#} / hint: {hint}"))
        }
    }
}

/// Whether the session is encrypted, as the server sees it.
fn encrypted(client: &mut postgres::Client) -> bool {
    client
        .query_one(
            "SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)",
            &[],
        )
        .unwrap()
        .get(0)
}

fn who(client: &mut postgres::Client) -> (String, String, bool) {
    let row = client
        .query_one(
            "SELECT current_user::text, current_setting('application_name'), \
             inet_server_addr() IS NULL",
            &[],
        )
        .unwrap();
    (row.get(0), row.get(1), row.get(2))
}

type Check = fn(&Cluster);

const CHECKS: &[(&str, Check)] = &[
    ("socket", socket),
    ("socket, application_name given", application_name_given),
    ("tcp, password from a 0600 pass file", pass_file_private),
    (
        "tcp, the same pass file at 0644 is ignored (exit 6)",
        pass_file_readable,
    ),
    ("tcp, wrong password (exit 6)", wrong_password),
    ("tcp, no password at all (exit 6)", no_password),
    ("tcp, closed port (exit 8 at once)", closed_port),
    (
        "too many connections for the role (exit 8 after --wait)",
        too_many_connections,
    ),
    ("no such database (exit 9)", no_such_database),
    ("sslmode=disable: plain", sslmode_disable),
    ("sslmode=allow: plain", sslmode_allow),
    (
        "sslmode=allow: TLS where the server refuses plain",
        sslmode_allow_upgrades,
    ),
    ("sslmode=prefer (default): encrypted", sslmode_prefer),
    ("sslmode=require, self-signed: encrypted", sslmode_require),
    (
        "sslmode=verify-full without a root certificate: refused",
        verify_without_root,
    ),
    (
        "sslmode=verify-full against the system roots: exit 6",
        verify_against_system,
    ),
    (
        "sslmode=verify-ca with the cluster's certificate",
        verify_ca,
    ),
    (
        "sslmode=verify-full with the cluster's certificate",
        verify_full,
    ),
    (
        "sslmode=verify-full, a host name the certificate lacks: exit 6",
        verify_full_wrong_name,
    ),
    (
        "sslmode=require with sslrootcert verifies the chain",
        require_with_root,
    ),
    ("a URL with the password in USERCTL_DB", url_with_password),
];

fn socket(c: &Cluster) {
    let info = c.locate(&c.socket, "", &[]);
    let mut client = connect(&info);
    let (user, app, over_socket) = who(&mut client);
    assert_eq!(app, "userctl");
    assert!(over_socket, "connected over TCP");
    assert_eq!(user, info.user());
    assert!(!encrypted(&mut client));
}

fn application_name_given(c: &Cluster) {
    let info = c.locate(&c.socket, "application_name='nightly import'", &[]);
    let (_, app, _) = who(&mut connect(&info));
    assert_eq!(app, "nightly import");
    let info = c.locate(&c.socket, "", &[("PGAPPNAME", "from-env")]);
    let (_, app, _) = who(&mut connect(&info));
    assert_eq!(app, "from-env");
}

fn pass_file_private(c: &Cluster) {
    let path = c.pass_file(0o600);
    let info = c.locate(&c.tcp, "", &[("PGPASSFILE", path.to_str().unwrap())]);
    let (user, app, over_socket) = who(&mut connect(&info));
    assert_eq!(
        (user.as_str(), app.as_str(), over_socket),
        ("userctl_pw", "userctl", false)
    );
    // The default ~/.pgpass is read too.
    std::fs::copy(&path, c.home.path().join(".pgpass")).unwrap();
    let info = c.locate(&c.tcp, "", &[]);
    let (user, _, _) = who(&mut connect(&info));
    assert_eq!(user, "userctl_pw");
    std::fs::remove_file(c.home.path().join(".pgpass")).unwrap();
}

fn pass_file_readable(c: &Cluster) {
    let path = c.pass_file(0o644);
    let info = c.locate(&c.tcp, "", &[("PGPASSFILE", path.to_str().unwrap())]);
    assert_eq!(info.warnings().len(), 1, "{:?}", info.warnings());
    let (code, message) = failure(&info, Duration::from_secs(5));
    assert_eq!(code, 6, "{message}");
    assert!(message.contains("asks for a password"), "{message}");
    assert!(message.contains("was ignored"), "{message}");
    assert!(message.contains("chmod 600"), "{message}");
    assert!(!message.contains(&c.password), "{message}");
}

fn wrong_password(c: &Cluster) {
    let info = c.locate(&c.tcp, "", &[("PGPASSWORD", "not-the-password")]);
    let (code, message) = failure(&info, Duration::from_secs(5));
    assert_eq!(code, 6, "{message}");
    assert!(
        message.contains("password authentication failed"),
        "{message}"
    );
    assert!(!message.contains("not-the-password"), "{message}");
    // From a pass file, the message names the file.
    let path = c.home.path().join("pgpass-wrong");
    std::fs::write(&path, "*:*:*:*:wrong\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let info = c.locate(&c.tcp, "", &[("PGPASSFILE", path.to_str().unwrap())]);
    let (code, message) = failure(&info, Duration::from_secs(5));
    assert_eq!(code, 6, "{message}");
    assert!(message.contains(path.to_str().unwrap()), "{message}");
}

fn no_password(c: &Cluster) {
    let info = c.locate(&c.tcp, "", &[]);
    let (code, message) = failure(&info, Duration::from_secs(5));
    assert_eq!(code, 6, "{message}");
    assert!(
        message.contains("asks for a password for user \"userctl_pw\""),
        "{message}"
    );
}

fn closed_port(c: &Cluster) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let info = c.locate(&c.tcp, &format!("port={port}"), &[("PGPASSWORD", "x")]);
    let started = Instant::now();
    let (code, message) = failure(&info, Duration::from_secs(5));
    assert_eq!(code, 8, "{message}");
    assert!(
        message.starts_with("cannot reach the PostgreSQL server at host=127.0.0.1"),
        "{message}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

fn too_many_connections(c: &Cluster) {
    let mut admin = connect(&c.locate(&c.socket, "", &[]));
    admin
        .batch_execute(
            "DROP ROLE IF EXISTS userctl_limited; \
             CREATE ROLE userctl_limited LOGIN CONNECTION LIMIT 0",
        )
        .unwrap();
    let info = c.locate(&c.socket, "user=userctl_limited", &[]);
    let started = Instant::now();
    let (code, message) = failure(&info, Duration::from_secs(1));
    let took = started.elapsed();
    admin.batch_execute("DROP ROLE userctl_limited").unwrap();
    assert_eq!(code, 8, "{message}");
    assert!(message.contains("too many connections"), "{message}");
    assert!(message.contains("tried for 1 s"), "{message}");
    assert!(took >= Duration::from_millis(700), "gave up after {took:?}");
    assert!(took < Duration::from_secs(2), "gave up after {took:?}");
}

fn no_such_database(c: &Cluster) {
    let info = c.locate(&c.socket, "dbname=userctl_no_such_database", &[]);
    let (code, message) = failure(&info, Duration::from_secs(5));
    assert_eq!(code, 9, "{message}");
    assert!(
        message.contains("no database \"userctl_no_such_database\""),
        "{message}"
    );
    assert!(message.contains("not a userctl database"), "{message}");
}

fn tcp_with_password(c: &Cluster, extra: &str) -> ConnInfo {
    c.locate(&c.tcp, extra, &[("PGPASSWORD", &c.password)])
}

fn sslmode_disable(c: &Cluster) {
    assert!(!encrypted(&mut connect(&tcp_with_password(
        c,
        "sslmode=disable"
    ))));
}

fn sslmode_allow(c: &Cluster) {
    assert!(!encrypted(&mut connect(&tcp_with_password(
        c,
        "sslmode=allow"
    ))));
}

/// `.ci/pg-cluster` rejects plain TCP connections of the members of
/// `userctl_tls_only` (`hostnossl … reject`): allow then retries with TLS.
fn sslmode_allow_upgrades(c: &Cluster) {
    let mut admin = connect(&c.locate(&c.socket, "", &[]));
    admin
        .batch_execute(
            "DROP ROLE IF EXISTS userctl_tls_user; DROP ROLE IF EXISTS userctl_tls_only; \
             CREATE ROLE userctl_tls_only NOLOGIN; \
             CREATE ROLE userctl_tls_user LOGIN PASSWORD 'tls-only' IN ROLE userctl_tls_only",
        )
        .unwrap();
    let vars = [("PGPASSWORD", "tls-only")];
    let allow = c.locate(&c.tcp, "user=userctl_tls_user sslmode=allow", &vars);
    let allowed = allow
        .connect(Duration::from_secs(5))
        .map(|mut client| encrypted(&mut client));
    let disable = c.locate(&c.tcp, "user=userctl_tls_user sslmode=disable", &vars);
    let disabled = disable.connect(Duration::from_secs(5)).map(|_| ());
    admin
        .batch_execute("DROP ROLE userctl_tls_user; DROP ROLE userctl_tls_only")
        .unwrap();
    assert!(
        allowed.unwrap_or_else(|e| panic!("{e:#}")),
        "allow connected in plain"
    );
    let err = disabled.expect_err("the server rejects plain connections of this role");
    assert_eq!(exit_code(&err), 6, "{err:#}");
}

fn sslmode_prefer(c: &Cluster) {
    assert!(encrypted(&mut connect(&tcp_with_password(c, ""))));
}

fn sslmode_require(c: &Cluster) {
    assert!(encrypted(&mut connect(&tcp_with_password(
        c,
        "sslmode=require"
    ))));
}

fn verify_without_root(c: &Cluster) {
    let err = c
        .try_locate(
            &c.tcp,
            "sslmode=verify-full",
            &[("PGPASSWORD", &c.password)],
        )
        .expect_err("verify-full without a root certificate");
    assert_eq!(exit_code(&err), 2, "{err:#}");
    assert!(
        format!("{err:#}").contains("no root certificate"),
        "{err:#}"
    );
}

fn verify_against_system(c: &Cluster) {
    let info = tcp_with_password(c, "sslmode=verify-full sslrootcert=system");
    let (code, message) = failure(&info, Duration::from_secs(5));
    assert_eq!(code, 6, "{message}");
    assert!(message.contains("TLS connection"), "{message}");
}

fn cert(c: &Cluster) -> &str {
    c.cert.to_str().unwrap()
}

fn verify_ca(c: &Cluster) {
    let info = tcp_with_password(c, &format!("sslmode=verify-ca sslrootcert={}", cert(c)));
    assert!(encrypted(&mut connect(&info)));
    // The chain only: a name the certificate lacks is fine.
    let info = tcp_with_password(
        c,
        &format!(
            "host=db.invalid hostaddr=127.0.0.1 sslmode=verify-ca sslrootcert={}",
            cert(c)
        ),
    );
    assert!(encrypted(&mut connect(&info)));
}

fn verify_full(c: &Cluster) {
    for host in ["127.0.0.1", "localhost"] {
        let info = tcp_with_password(
            c,
            &format!("host={host} sslmode=verify-full sslrootcert={}", cert(c)),
        );
        assert!(encrypted(&mut connect(&info)), "{host}");
    }
    let info = c.locate(
        &c.tcp,
        "",
        &[
            ("PGPASSWORD", &c.password),
            ("PGSSLMODE", "verify-full"),
            ("PGSSLROOTCERT", cert(c)),
        ],
    );
    assert!(encrypted(&mut connect(&info)));
}

fn verify_full_wrong_name(c: &Cluster) {
    let info = tcp_with_password(
        c,
        &format!(
            "host=db.invalid hostaddr=127.0.0.1 sslmode=verify-full sslrootcert={}",
            cert(c)
        ),
    );
    let (code, message) = failure(&info, Duration::from_secs(5));
    assert_eq!(code, 6, "{message}");
    assert!(message.contains("TLS connection"), "{message}");
}

fn require_with_root(c: &Cluster) {
    // Another certificate as the only root: require then verifies, and fails.
    let other = c.home.path().join("other-root.pem");
    let status = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
        ])
        .args(["-nodes", "-days", "1", "-subj", "/CN=other", "-keyout"])
        .arg(c.home.path().join("other-root.key"))
        .arg("-out")
        .arg(&other)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("openssl runs");
    assert!(status.success());
    let info = tcp_with_password(
        c,
        &format!("sslmode=require sslrootcert={}", other.display()),
    );
    let (code, message) = failure(&info, Duration::from_secs(5));
    assert_eq!(code, 6, "{message}");
    // And the cluster's own certificate passes.
    let info = tcp_with_password(c, &format!("sslmode=require sslrootcert={}", cert(c)));
    assert!(encrypted(&mut connect(&info)));
    // prefer falls back to plain when verification fails, as libpq.
    let info = tcp_with_password(
        c,
        &format!("sslmode=prefer sslrootcert={}", other.display()),
    );
    assert!(!encrypted(&mut connect(&info)));
}

fn url_with_password(c: &Cluster) {
    let port = c.tcp_port();
    let encoded = c.password.bytes().fold(String::new(), |mut out, b| {
        let _ = write!(out, "%{b:02X}");
        out
    });
    let url =
        format!("postgresql://userctl_pw:{encoded}@127.0.0.1:{port}/postgres?sslmode=require");
    let Location::Server(info) = locate_with(OsStr::new(&url), Source::Environment, &|name| {
        (name == "HOME").then(|| c.home.path().as_os_str().to_owned())
    })
    .unwrap() else {
        panic!("a file");
    };
    let (user, _, _) = who(&mut connect(&info));
    assert_eq!(user, "userctl_pw");
    let err = locate_with(OsStr::new(&url), Source::Argv, &|_| None).unwrap_err();
    assert_eq!(exit_code(&err), 2);
}

/// Says something past the test harness's capture of `eprintln!`.
fn loud(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

#[test]
fn against_a_real_server() {
    let Some(cluster) = Cluster::from_env() else {
        let start = "run `eval \"$(.ci/pg-cluster start)\"` first";
        assert!(
            std::env::var("USERCTL_TEST_PG_REQUIRED").as_deref() != Ok("1"),
            "PostgreSQL tests cannot run: USERCTL_TEST_PG is not set ({} checks), and \
             USERCTL_TEST_PG_REQUIRED=1 says they must; {start}",
            CHECKS.len()
        );
        loud(&format!(
            "PostgreSQL tests SKIPPED: USERCTL_TEST_PG is not set ({} checks); {start}",
            CHECKS.len()
        ));
        return;
    };
    assert!(
        Path::new(&cluster.cert).is_file(),
        "USERCTL_TEST_PG_CERT names no file"
    );
    let mut failed = Vec::new();
    for (name, check) in CHECKS {
        let started = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| check(&cluster)));
        let took = started.elapsed();
        eprintln!(
            "{name}: {} in {took:.2?}",
            if outcome.is_ok() { "ok" } else { "FAILED" }
        );
        if outcome.is_err() {
            failed.push(*name);
        }
    }
    assert!(
        failed.is_empty(),
        "checks failed against the server: {failed:?}"
    );
}
