//! Password hashes made by other systems: recognising a stored string, holding its
//! parameters to [the bounds](#bounds), and checking a password against it.
//!
//! This module parses formats and calls maintained implementations: RustCrypto's
//! `argon2`, `pbkdf2`, `scrypt`, `sha-crypt` and `yescrypt`, the `bcrypt` crate, and
//! the `sha1`, `sha2` and `md-5` digests for the weak schemes. The one exception is
//! [`md5_crypt`](super::md5_crypt): md5-crypt, apr1 and phpass, short published
//! constructions over `md-5` that no maintained crate verifies. Every comparison is
//! constant-time.
//!
//! # Bounds
//! A hash is refused when it asks for more work or memory than the constants below:
//! at import and `user passwd --hash-*` (exit 7, naming the parameter), and at
//! verification (it never matches; nothing is allocated or computed). They sit well
//! above every real system's defaults: argon2-cffi m=65536 t=3 p=4, PHP m=65536
//! t=4 p=1, RFC 9106's first choice m=2 GiB t=1 p=4; bcrypt cost 10–14; Django's
//! 1,000,000+ pbkdf2 iterations, Werkzeug's 1,000,000; scrypt N=2^14..2^16, r=8;
//! sha-crypt 5,000 rounds (distributions up to a few 100,000); yescrypt N=4096 r=32;
//! phpass 2^8 (WordPress) to 2^19 (passlib).

use std::fmt::Write as _;

use argon2::{Algorithm, Argon2, Block, Params as ArgonParams, Version};
use base64ct::{Base64, Base64Bcrypt, Base64ShaCrypt, Base64Unpadded, Encoding};
use md5::Md5;
use sha1::Sha1;
use sha2_11::{Sha256, Sha512};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use super::{md5_crypt, HashParams};

/// argon2 memory, KiB (2 GiB: RFC 9106's first recommendation).
pub const ARGON2_MAX_MEMORY_KIB: u32 = 2_097_152;
/// argon2 passes over memory.
pub const ARGON2_MAX_ITERATIONS: u32 = 64;
/// argon2 lanes.
pub const ARGON2_MAX_PARALLELISM: u32 = 64;
/// argon2 total work, memory × iterations in KiB (8 GiB of passes: a few seconds).
pub const ARGON2_MAX_WORK_KIB: u64 = 8_388_608;
/// bcrypt's cost (2^cost rounds); 16 takes several seconds.
pub const BCRYPT_MAX_COST: u32 = 16;
/// pbkdf2 iterations (ten times Django's default).
pub const PBKDF2_MAX_ITERATIONS: u32 = 10_000_000;
/// scrypt and yescrypt memory, 128 × N × r bytes (1 GiB).
pub const SCRYPT_MAX_MEMORY: u64 = 1 << 30;
/// scrypt and yescrypt total work, 128 × N × r × p bytes (4 GiB).
pub const SCRYPT_MAX_WORK: u64 = 1 << 32;
/// sha256-crypt and sha512-crypt rounds.
pub const SHA_CRYPT_MAX_ROUNDS: u32 = 10_000_000;
/// phpass rounds, as a power of two (WordPress 2^8, passlib 2^19; phpass allows 2^30).
pub const PHPASS_MAX_LOG2_ROUNDS: u32 = 24;

/// The longest derived key or digest accepted (pbkdf2, scrypt), in bytes.
const MAX_TAG: usize = 128;
/// The shortest accepted: a shorter one is too easy to collide with.
const MIN_TAG: usize = 16;
/// The longest salt accepted, in bytes.
const MAX_SALT: usize = 256;
/// argon2 salts checked, in bytes: argon2's minimum, argon2-cffi's longest.
const ARGON2_SALT: std::ops::RangeInclusive<usize> = 8..=64;
/// argon2 tags checked, in bytes: argon2's minimum, and [`MAX_TAG`].
const ARGON2_TAG: std::ops::RangeInclusive<usize> = 4..=MAX_TAG;

/// A stored hash, recognised and within the bounds.
pub struct Foreign<'a> {
    /// What it is, for messages and the audit log: "argon2id", "django pbkdf2_sha256", …
    pub scheme: String,
    /// A broken scheme, accepted only with `--allow-weak-hashes`.
    pub weak: bool,
    kind: Kind<'a>,
}

enum Kind<'a> {
    Argon2 {
        algorithm: Algorithm,
        version: Version,
        params: ArgonParams,
        salt: Vec<u8>,
        tag: Vec<u8>,
    },
    Bcrypt {
        /// The `$2a$/$2b$/$2y$` string.
        hash: &'a str,
        /// Django's `bcrypt_sha256`: bcrypt of the SHA-256 hex digest of the password.
        prehash: bool,
    },
    Pbkdf2 {
        prf: Prf,
        iterations: u32,
        salt: Vec<u8>,
        tag: Vec<u8>,
    },
    Scrypt {
        params: scrypt::Params,
        salt: Vec<u8>,
        tag: Vec<u8>,
    },
    /// `$5$` / `$6$`, checked by the crate from the whole string.
    ShaCrypt(&'a str),
    /// `$y$`, checked by the crate from the whole string.
    Yescrypt(&'a str),
    /// `$1$` / `$apr1$`: md5-crypt's 22-character hash, made again and compared.
    Md5Crypt {
        magic: &'static str,
        salt: &'a str,
        hash: &'a str,
    },
    /// `$P$` / `$H$`: phpass, 2^`log2` rounds of MD5.
    Phpass {
        log2: u32,
        salt: &'a str,
        hash: &'a str,
    },
    /// One digest over salt and password: the weak schemes.
    Digest {
        prf: Prf,
        salt: Vec<u8>,
        salt_first: bool,
        tag: Vec<u8>,
    },
}

/// The hash function inside a pbkdf2 or a plain digest.
#[derive(Clone, Copy)]
enum Prf {
    Md5,
    Sha1,
    Sha256,
    Sha512,
}

impl Prf {
    fn len(self) -> usize {
        match self {
            Prf::Md5 => 16,
            Prf::Sha1 => 20,
            Prf::Sha256 => 32,
            Prf::Sha512 => 64,
        }
    }

    fn digest(self, parts: &[&[u8]]) -> Zeroizing<Vec<u8>> {
        fn run<D: sha2_11::Digest>(parts: &[&[u8]]) -> Zeroizing<Vec<u8>> {
            let mut d = D::new();
            for p in parts {
                d.update(p);
            }
            Zeroizing::new(d.finalize().to_vec())
        }
        match self {
            Prf::Md5 => run::<Md5>(parts),
            Prf::Sha1 => run::<Sha1>(parts),
            Prf::Sha256 => run::<Sha256>(parts),
            Prf::Sha512 => run::<Sha512>(parts),
        }
    }

    fn pbkdf2(self, password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) {
        match self {
            Prf::Md5 => pbkdf2::pbkdf2_hmac::<Md5>(password, salt, rounds, out),
            Prf::Sha1 => pbkdf2::pbkdf2_hmac::<Sha1>(password, salt, rounds, out),
            Prf::Sha256 => pbkdf2::pbkdf2_hmac::<Sha256>(password, salt, rounds, out),
            Prf::Sha512 => pbkdf2::pbkdf2_hmac::<Sha512>(password, salt, rounds, out),
        }
    }
}

type Parsed<'a> = Result<Foreign<'a>, String>;

// A `Result` so that every parser can end with it.
#[allow(clippy::unnecessary_wraps)]
fn found(scheme: impl Into<String>, kind: Kind<'_>) -> Parsed<'_> {
    Ok(Foreign {
        scheme: scheme.into(),
        weak: matches!(
            kind,
            Kind::Digest { .. } | Kind::Md5Crypt { .. } | Kind::Phpass { .. }
        ),
        kind,
    })
}

/// Recognises a stored hash and checks its parameters against the bounds. The
/// error says what the string looks like or which parameter is out of bounds; it
/// never contains the string itself (it may be a secret, or a plaintext password).
pub fn recognise(text: &str) -> Parsed<'_> {
    // Nextcloud stores "<version>|<hash>".
    if let Some((version, rest)) = text.split_once('|') {
        if (1..=2).contains(&version.len()) && version.bytes().all(|b| b.is_ascii_digit()) {
            let mut inner = recognise_plain(rest)?;
            inner.scheme = format!("nextcloud {}", inner.scheme);
            return Ok(inner);
        }
    }
    recognise_plain(text)
}

fn recognise_plain(text: &str) -> Parsed<'_> {
    if text.trim() != text || text.is_empty() {
        return Err("it is empty or has surrounding spaces".into());
    }
    if let Some(rest) = text.strip_prefix('$') {
        return crypt_style(text, rest);
    }
    if text.starts_with('{') {
        return ldap(text);
    }
    if let Some(rest) = text.strip_prefix("pbkdf2:") {
        return werkzeug_pbkdf2(rest);
    }
    if let Some(rest) = text.strip_prefix("scrypt:") {
        return werkzeug_scrypt(rest);
    }
    if let Some((name, rest)) = text.split_once('$') {
        if let Some(parsed) = django(name, rest) {
            return parsed;
        }
    }
    bare(text)
}

/// `$id$…` strings: PHC (argon2, passlib, scrypt) and crypt(3).
fn crypt_style<'a>(text: &'a str, rest: &'a str) -> Parsed<'a> {
    let id = rest.split('$').next().unwrap_or("");
    match id {
        "argon2i" | "argon2d" | "argon2id" => argon2_phc(text),
        "2a" | "2b" | "2y" => bcrypt(text, false, "bcrypt"),
        "pbkdf2" | "pbkdf2-sha256" | "pbkdf2-sha512" => passlib_pbkdf2(id, rest),
        "scrypt" => scrypt_phc(rest),
        "5" | "6" => sha_crypt(text, id),
        "y" => yescrypt(text),
        "1" => md5_crypt(text, "$1$", "md5-crypt"),
        "apr1" => md5_crypt(text, "$apr1$", "apache apr1-md5"),
        "P" | "H" => phpass(text),
        "2" | "2x" => {
            Err("an old bcrypt variant ($2$/$2x$, with a known bug): not supported".into())
        }
        "7" => Err(
            "a crypt(3) scrypt ($7$) hash: not supported (the scrypt PHC form $scrypt$ is)".into(),
        ),
        "gy" => Err("a gost-yescrypt ($gy$) hash: not supported".into()),
        "md5" | "sha1" => Err(weak_unverifiable("a Solaris/NetBSD crypt hash")),
        _ => Err("an unknown $…$ crypt(3) or PHC format".into()),
    }
}

fn weak_unverifiable(what: &str) -> String {
    format!(
        "{what}: a broken scheme that userctl has no maintained implementation to verify, so it is refused even with --allow-weak-hashes"
    )
}

fn out_of_bounds(
    scheme: &str,
    param: &str,
    value: impl std::fmt::Display,
    max: impl std::fmt::Display,
) -> String {
    format!("{scheme} parameter {param}={value} is out of bounds (at most {max})")
}

fn malformed(scheme: &str) -> String {
    format!("malformed {scheme} hash")
}

/// `$argon2id$v=19$m=…,t=…,p=…$salt$hash`. Read here: the PHC parser of
/// `password-hash` 0.5 refuses tags outside 10–64 bytes and salts over 48 bytes,
/// which argon2 itself and argon2-cffi allow.
fn argon2_phc(text: &str) -> Parsed<'static> {
    let fields: Vec<&str> = text.split('$').collect();
    let (name, version, params, salt, tag) = match fields[..] {
        ["", name, v, params, salt, tag] if v.starts_with("v=") => {
            (name, Some(&v[2..]), params, salt, tag)
        }
        ["", name, params, salt, tag] => (name, None, params, salt, tag),
        _ => return Err(malformed("argon2 PHC")),
    };
    let algorithm = Algorithm::new(name).map_err(|_| malformed("argon2 PHC"))?;
    let scheme = name.to_string();
    let version = match version {
        None | Some("16") => Version::V0x10,
        Some("19") => Version::V0x13,
        Some(v) if decimal(v).is_some() => {
            return Err(format!("{scheme} version v={v} is unknown (16 or 19)"))
        }
        Some(_) => return Err(malformed(&scheme)),
    };
    let (mut m, mut t, mut p) = (None, None, None);
    for kv in params.split(',') {
        let (key, value) = kv.split_once('=').ok_or_else(|| malformed(&scheme))?;
        let slot = match key {
            "m" => &mut m,
            "t" => &mut t,
            "p" => &mut p,
            "keyid" | "data" => {
                return Err(format!(
                    "{scheme} parameter '{key}' (a secret key or associated data) is not supported"
                ))
            }
            _ => return Err(malformed(&scheme)),
        };
        if slot.is_some() {
            return Err(malformed(&scheme));
        }
        *slot = Some(decimal(value).ok_or_else(|| malformed(&scheme))?);
    }
    let number = |value: Option<u32>, name: &str| {
        value.ok_or_else(|| format!("{scheme} hash without its {name}= parameter"))
    };
    let (m, t, p) = (number(m, "m")?, number(t, "t")?, number(p, "p")?);
    if m > ARGON2_MAX_MEMORY_KIB {
        return Err(out_of_bounds(&scheme, "m", m, ARGON2_MAX_MEMORY_KIB));
    }
    if t > ARGON2_MAX_ITERATIONS {
        return Err(out_of_bounds(&scheme, "t", t, ARGON2_MAX_ITERATIONS));
    }
    if p > ARGON2_MAX_PARALLELISM {
        return Err(out_of_bounds(&scheme, "p", p, ARGON2_MAX_PARALLELISM));
    }
    if u64::from(m) * u64::from(t) > ARGON2_MAX_WORK_KIB {
        return Err(format!(
            "{scheme} parameters m={m}, t={t} are out of bounds (m × t at most {ARGON2_MAX_WORK_KIB} KiB)"
        ));
    }
    let (Ok(salt), Ok(tag)) = (
        Base64Unpadded::decode_vec(salt),
        Base64Unpadded::decode_vec(tag),
    ) else {
        return Err(malformed(&scheme));
    };
    if !(ARGON2_SALT.contains(&salt.len()) && ARGON2_TAG.contains(&tag.len())) {
        return Err(format!(
            "{scheme} hash with a {}-byte salt and a {}-byte tag (salts of {} to {} bytes and tags of {} to {} are checked)",
            salt.len(),
            tag.len(),
            ARGON2_SALT.start(),
            ARGON2_SALT.end(),
            ARGON2_TAG.start(),
            ARGON2_TAG.end()
        ));
    }
    let params = ArgonParams::new(m, t, p, Some(tag.len()))
        .map_err(|e| format!("invalid {scheme} parameters: {e}"))?;
    found(
        scheme,
        Kind::Argon2 {
            algorithm,
            version,
            params,
            salt,
            tag,
        },
    )
}

/// A PHC decimal: digits, no sign, no leading zero.
fn decimal(text: &str) -> Option<u32> {
    let canonical = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

fn bcrypt<'a>(hash: &'a str, prehash: bool, scheme: &str) -> Parsed<'a> {
    let b = hash.as_bytes();
    let ok = b.len() == 60
        && ["$2a$", "$2b$", "$2y$"].iter().any(|p| hash.starts_with(p))
        && b[4..6].iter().all(u8::is_ascii_digit)
        && b[6] == b'$'
        && b[7..]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'.' || *c == b'/');
    if !ok {
        return Err(malformed(scheme));
    }
    let cost: u32 = hash[4..6].parse().map_err(|_| malformed(scheme))?;
    if !(4..=BCRYPT_MAX_COST).contains(&cost) {
        return Err(format!(
            "{scheme} cost {cost} is out of bounds (4 to {BCRYPT_MAX_COST})"
        ));
    }
    // The verifier decodes both strictly: the salt's last character carries 4
    // unused bits, the hash's 2, and a string with any of them set matches no
    // password (OpenBSD's re-encoding never reproduces it either).
    let mut salt = [0u8; 16];
    let mut tag = [0u8; 23];
    if Base64Bcrypt::decode(&b[7..29], &mut salt).map(<[u8]>::len) != Ok(16)
        || Base64Bcrypt::decode(&b[29..], &mut tag).map(<[u8]>::len) != Ok(23)
    {
        return Err(format!(
            "malformed {scheme} hash (its salt or hash does not decode exactly)"
        ));
    }
    found(scheme, Kind::Bcrypt { hash, prehash })
}

fn iterations(scheme: &str, text: &str) -> Result<u32, String> {
    let n: u64 = text
        .parse()
        .map_err(|_| format!("{scheme} iteration count is not a number"))?;
    if n == 0 || n > u64::from(PBKDF2_MAX_ITERATIONS) {
        return Err(out_of_bounds(
            scheme,
            "iterations",
            n,
            PBKDF2_MAX_ITERATIONS,
        ));
    }
    Ok(u32::try_from(n).unwrap_or(PBKDF2_MAX_ITERATIONS))
}

fn check_lengths(scheme: &str, salt: &[u8], tag: &[u8]) -> Result<(), String> {
    if !(MIN_TAG..=MAX_TAG).contains(&tag.len()) {
        return Err(format!(
            "{scheme} hash of {} bytes (expected {MIN_TAG} to {MAX_TAG})",
            tag.len()
        ));
    }
    if salt.len() > MAX_SALT {
        return Err(format!("{scheme} salt longer than {MAX_SALT} bytes"));
    }
    Ok(())
}

fn pbkdf2_kind<'a>(
    scheme: &str,
    prf: Prf,
    iterations: u32,
    salt: Vec<u8>,
    tag: Vec<u8>,
) -> Parsed<'a> {
    check_lengths(scheme, &salt, &tag)?;
    found(
        scheme,
        Kind::Pbkdf2 {
            prf,
            iterations,
            salt,
            tag,
        },
    )
}

/// passlib's "adapted base64": standard alphabet with `.` for `+`, no padding.
fn ab64(text: &str) -> Option<Vec<u8>> {
    Base64Unpadded::decode_vec(&text.replace('.', "+")).ok()
}

fn passlib_pbkdf2<'a>(id: &str, rest: &str) -> Parsed<'a> {
    let (scheme, prf) = match id {
        "pbkdf2" => ("passlib pbkdf2 (sha1)", Prf::Sha1),
        "pbkdf2-sha256" => ("passlib pbkdf2-sha256", Prf::Sha256),
        _ => ("passlib pbkdf2-sha512", Prf::Sha512),
    };
    let parts: Vec<&str> = rest.split('$').collect();
    let [_, rounds, salt, tag] = parts[..] else {
        return Err(malformed(scheme));
    };
    let rounds = iterations(scheme, rounds)?;
    let (Some(salt), Some(tag)) = (ab64(salt), ab64(tag)) else {
        return Err(malformed(scheme));
    };
    pbkdf2_kind(scheme, prf, rounds, salt, tag)
}

fn scrypt_params(scheme: &str, log_n: u32, r: u32, p: u32) -> Result<scrypt::Params, String> {
    if !(1..=63).contains(&log_n) || r == 0 || p == 0 {
        return Err(format!("invalid {scheme} parameters"));
    }
    let memory = 128u128 << log_n;
    let memory = memory * u128::from(r);
    if memory > u128::from(SCRYPT_MAX_MEMORY) {
        return Err(format!(
            "{scheme} parameters N=2^{log_n}, r={r} are out of bounds (memory 128 × N × r at most {SCRYPT_MAX_MEMORY} bytes)"
        ));
    }
    if memory * u128::from(p) > u128::from(SCRYPT_MAX_WORK) {
        return Err(format!(
            "{scheme} parameter p={p} is out of bounds (work 128 × N × r × p at most {SCRYPT_MAX_WORK} bytes)"
        ));
    }
    let log_n = u8::try_from(log_n).map_err(|_| format!("invalid {scheme} parameters"))?;
    scrypt::Params::new(log_n, r, p).map_err(|_| format!("invalid {scheme} parameters"))
}

/// N given as a number (Django, Werkzeug): a power of two.
fn log2_of(scheme: &str, n: &str) -> Result<u32, String> {
    let n: u64 = n.parse().map_err(|_| malformed(scheme))?;
    if n < 2 || !n.is_power_of_two() {
        return Err(format!("{scheme} N={n} is not a power of two"));
    }
    Ok(n.trailing_zeros())
}

fn number(scheme: &str, text: &str) -> Result<u32, String> {
    text.parse().map_err(|_| malformed(scheme))
}

fn scrypt_kind<'a>(
    scheme: &str,
    params: scrypt::Params,
    salt: Vec<u8>,
    tag: Vec<u8>,
) -> Parsed<'a> {
    check_lengths(scheme, &salt, &tag)?;
    found(scheme, Kind::Scrypt { params, salt, tag })
}

/// `$scrypt$ln=16,r=8,p=1$salt$hash` (passlib, RustCrypto).
fn scrypt_phc<'a>(rest: &str) -> Parsed<'a> {
    let scheme = "scrypt";
    let parts: Vec<&str> = rest.split('$').collect();
    let [_, params, salt, tag] = parts[..] else {
        return Err(malformed(scheme));
    };
    let (mut ln, mut r, mut p) = (None, None, None);
    for kv in params.split(',') {
        let (k, v) = kv.split_once('=').ok_or_else(|| malformed(scheme))?;
        let v = number(scheme, v)?;
        match k {
            "ln" => ln = Some(v),
            "r" => r = Some(v),
            "p" => p = Some(v),
            _ => return Err(format!("unknown {scheme} parameter '{k}'")),
        }
    }
    let (Some(ln), Some(r), Some(p)) = (ln, r, p) else {
        return Err(format!("{scheme} hash without its ln, r and p parameters"));
    };
    let params = scrypt_params(scheme, ln, r, p)?;
    let (Some(salt), Some(tag)) = (ab64(salt), ab64(tag)) else {
        return Err(malformed(scheme));
    };
    scrypt_kind(scheme, params, salt, tag)
}

fn sha_crypt<'a>(text: &'a str, id: &str) -> Parsed<'a> {
    let scheme = if id == "5" {
        "sha256-crypt"
    } else {
        "sha512-crypt"
    };
    let fields: Vec<&str> = text.split('$').collect();
    let rounds = match fields.get(2).and_then(|f| f.strip_prefix("rounds=")) {
        None => 5000,
        Some(r) => r
            .parse::<u64>()
            .map_err(|_| format!("{scheme} rounds= is not a number"))?,
    };
    if !(1000..=u64::from(SHA_CRYPT_MAX_ROUNDS)).contains(&rounds) {
        return Err(format!(
            "{scheme} parameter rounds={rounds} is out of bounds (1000 to {SHA_CRYPT_MAX_ROUNDS})"
        ));
    }
    // ["", id, (rounds=N,) salt, hash]
    let n = fields.len();
    let crypt64 = |f: &str| {
        f.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'/')
    };
    let hash_len = if id == "5" { 43 } else { 86 };
    if !(n == 4 || (n == 5 && fields[2].starts_with("rounds=")))
        || !crypt64(fields[n - 2])
        || !crypt64(fields[n - 1])
        || fields[n - 1].len() != hash_len
    {
        return Err(malformed(scheme));
    }
    // crypt(3) writes a salt of 1 to 16 characters (a longer one is cut at 16,
    // so a stored string with more matches no password there), and a hash whose
    // last character has its unused bits set decodes in no verifier.
    let salt = fields[n - 2];
    if salt.is_empty() || salt.len() > 16 {
        return Err(format!(
            "malformed {scheme} hash (a salt of {} characters; 1 to 16 expected)",
            salt.len()
        ));
    }
    let mut tag = [0u8; 64];
    if Base64ShaCrypt::decode(fields[n - 1], &mut tag).map(<[u8]>::len) != Ok(hash_len * 3 / 4) {
        return Err(format!(
            "malformed {scheme} hash (its hash does not decode exactly)"
        ));
    }
    found(scheme, Kind::ShaCrypt(text))
}

/// `$1$salt$hash` and `$apr1$salt$hash`: a salt of at most 8 characters (crypt(3)
/// cuts a longer one, so a stored string with more matches no password).
fn md5_crypt<'a>(text: &'a str, magic: &'static str, scheme: &str) -> Parsed<'a> {
    let rest = text.strip_prefix(magic).ok_or_else(|| malformed(scheme))?;
    let (salt, hash) = rest.split_once('$').ok_or_else(|| malformed(scheme))?;
    if salt.len() > 8 || !salt.bytes().all(|b| md5_crypt::index(b).is_some()) {
        return Err(format!(
            "malformed {scheme} hash (a salt of at most 8 characters of ./0-9A-Za-z expected)"
        ));
    }
    if !md5_crypt::is_encoded_digest(hash) {
        return Err(malformed(scheme));
    }
    found(scheme, Kind::Md5Crypt { magic, salt, hash })
}

/// `$P$` + rounds + 8-character salt + 22-character hash (34 characters).
fn phpass(text: &str) -> Parsed<'_> {
    let scheme = if text.starts_with("$H$") {
        "phpbb phpass"
    } else {
        "phpass"
    };
    if text.len() != 34 || !text.is_ascii() {
        return Err(malformed(scheme));
    }
    let log2 = md5_crypt::index(text.as_bytes()[3]).map_or(0, |i| u32::try_from(i).unwrap_or(0));
    if !(7..=PHPASS_MAX_LOG2_ROUNDS).contains(&log2) {
        return Err(format!(
            "{scheme} rounds 2^{log2} are out of bounds (2^7 to 2^{PHPASS_MAX_LOG2_ROUNDS})"
        ));
    }
    let (salt, hash) = (&text[4..12], &text[12..]);
    if !salt.bytes().all(|b| md5_crypt::index(b).is_some()) || !md5_crypt::is_encoded_digest(hash) {
        return Err(malformed(scheme));
    }
    found(scheme, Kind::Phpass { log2, salt, hash })
}

fn yescrypt(text: &str) -> Parsed<'_> {
    use yescrypt::{Mode, Params};
    let scheme = "yescrypt";
    let fields: Vec<&str> = text.split('$').collect();
    let [_, _, encoded, _, _] = fields[..] else {
        return Err(malformed(scheme));
    };
    let params: Params = encoded.parse().map_err(|_| malformed(scheme))?;
    let (n, r, p) = (params.n(), params.r(), params.p());
    // Only what libxcrypt writes: no time cost, no ROM. Re-encoding the plain
    // parameters must give back the same field, else something extra is set.
    let plain = [Mode::Classic, Mode::Worm, Mode::Rw]
        .into_iter()
        .any(|mode| Params::new(mode, n, r, p).is_ok_and(|q| q.to_string() == encoded));
    if !plain {
        return Err(format!(
            "{scheme} parameters with a time cost or a ROM are not supported"
        ));
    }
    let memory = u128::from(n) * 128 * u128::from(r);
    if memory > u128::from(SCRYPT_MAX_MEMORY) {
        return Err(format!(
            "{scheme} parameters N={n}, r={r} are out of bounds (memory 128 × N × r at most {SCRYPT_MAX_MEMORY} bytes)"
        ));
    }
    if memory * u128::from(p) > u128::from(SCRYPT_MAX_WORK) {
        return Err(format!(
            "{scheme} parameter p={p} is out of bounds (work 128 × N × r × p at most {SCRYPT_MAX_WORK} bytes)"
        ));
    }
    found(scheme, Kind::Yescrypt(text))
}

/// `{SCHEME}base64`: LDAP and Apache htpasswd.
fn ldap(text: &str) -> Parsed<'_> {
    let Some((name, rest)) = text[1..].split_once('}') else {
        return Err("an unknown {…} format".into());
    };
    let upper = name.to_ascii_uppercase();
    if upper == "CRYPT" {
        // One prefix: what follows is a crypt(3) string, never another {…} (a cell of
        // thousands of nested prefixes once overflowed the stack here).
        if rest.starts_with('{') {
            return Err(
                "an LDAP {CRYPT} hash holding another {…} prefix: not a hash format".into(),
            );
        }
        let mut inner = recognise_plain(rest)?;
        inner.scheme = format!("ldap {{CRYPT}} {}", inner.scheme);
        return Ok(inner);
    }
    let (prf, salted) = match upper.as_str() {
        "SHA" => (Prf::Sha1, false),
        "SSHA" => (Prf::Sha1, true),
        "MD5" => (Prf::Md5, false),
        "SMD5" => (Prf::Md5, true),
        _ => return Err(format!("an LDAP {{{name}}} hash: not supported")),
    };
    let scheme = format!("ldap {{{upper}}}");
    let raw = Base64::decode_vec(rest).map_err(|_| malformed(&scheme))?;
    if raw.len() < prf.len() || (!salted && raw.len() != prf.len()) {
        return Err(malformed(&scheme));
    }
    let (tag, salt) = raw.split_at(prf.len());
    found(
        scheme,
        Kind::Digest {
            prf,
            salt: salt.to_vec(),
            salt_first: false,
            tag: tag.to_vec(),
        },
    )
}

/// `pbkdf2:sha256:600000$salt$hex` (Werkzeug).
fn werkzeug_pbkdf2(rest: &str) -> Parsed<'_> {
    let mut fields = rest.splitn(3, '$');
    let (method, salt, tag) = (fields.next(), fields.next(), fields.next());
    let (Some(method), Some(salt), Some(tag)) = (method, salt, tag) else {
        return Err(malformed("werkzeug pbkdf2"));
    };
    let (digest, rounds) = method.split_once(':').unwrap_or((method, ""));
    let (scheme, prf) = match digest {
        "sha1" => ("werkzeug pbkdf2:sha1", Prf::Sha1),
        "sha256" => ("werkzeug pbkdf2:sha256", Prf::Sha256),
        "sha512" => ("werkzeug pbkdf2:sha512", Prf::Sha512),
        _ => {
            return Err(format!(
                "werkzeug pbkdf2 with digest '{digest}': not supported"
            ))
        }
    };
    if rounds.is_empty() {
        return Err(format!(
            "{scheme} hash without its iteration count (its default depends on the Werkzeug version)"
        ));
    }
    let rounds = iterations(scheme, rounds)?;
    let tag = hex(tag).ok_or_else(|| malformed(scheme))?;
    pbkdf2_kind(scheme, prf, rounds, salt.as_bytes().to_vec(), tag)
}

/// `scrypt:32768:8:1$salt$hex` (Werkzeug).
fn werkzeug_scrypt(rest: &str) -> Parsed<'_> {
    let scheme = "werkzeug scrypt";
    let mut fields = rest.splitn(3, '$');
    let (method, salt, tag) = (fields.next(), fields.next(), fields.next());
    let (Some(method), Some(salt), Some(tag)) = (method, salt, tag) else {
        return Err(malformed(scheme));
    };
    let args: Vec<&str> = method.split(':').collect();
    let [n, r, p] = args[..] else {
        return Err(malformed(scheme));
    };
    let params = scrypt_params(
        scheme,
        log2_of(scheme, n)?,
        number(scheme, r)?,
        number(scheme, p)?,
    )?;
    let tag = hex(tag).ok_or_else(|| malformed(scheme))?;
    scrypt_kind(scheme, params, salt.as_bytes().to_vec(), tag)
}

/// Django's `algorithm$…` strings; `None` when `name` is not one of its algorithms.
fn django<'a>(name: &str, rest: &'a str) -> Option<Parsed<'a>> {
    let scheme = format!("django {name}");
    let parts: Vec<&str> = rest.split('$').collect();
    let parsed = match name {
        "pbkdf2_sha256" | "pbkdf2_sha1" => {
            let prf = if name == "pbkdf2_sha256" {
                Prf::Sha256
            } else {
                Prf::Sha1
            };
            match parts[..] {
                [rounds, salt, tag] => iterations(&scheme, rounds).and_then(|rounds| {
                    let tag = Base64::decode_vec(tag).map_err(|_| malformed(&scheme))?;
                    pbkdf2_kind(&scheme, prf, rounds, salt.as_bytes().to_vec(), tag)
                }),
                _ => Err(malformed(&scheme)),
            }
        }
        "argon2" => match parts.first() {
            // "argon2$argon2id$v=19$…": the PHC string without its leading '$'.
            Some(&("argon2i" | "argon2d" | "argon2id")) => {
                argon2_phc(&format!("${rest}")).map(|mut f| {
                    f.scheme = format!("django argon2 ({})", f.scheme);
                    f
                })
            }
            _ => Err(malformed(&scheme)),
        },
        // "bcrypt_sha256$$2b$12$…": the bcrypt string follows the first '$'.
        "bcrypt_sha256" | "bcrypt" => bcrypt(rest, name == "bcrypt_sha256", &scheme),
        "scrypt" => match parts[..] {
            [n, salt, r, p, tag] => (|| {
                let params = scrypt_params(
                    &scheme,
                    log2_of(&scheme, n)?,
                    number(&scheme, r)?,
                    number(&scheme, p)?,
                )?;
                let tag = Base64::decode_vec(tag).map_err(|_| malformed(&scheme))?;
                scrypt_kind(&scheme, params, salt.as_bytes().to_vec(), tag)
            })(),
            _ => Err(malformed(&scheme)),
        },
        "sha1" | "md5" | "unsalted_sha1" | "unsalted_md5" => {
            let prf = if name.ends_with("sha1") {
                Prf::Sha1
            } else {
                Prf::Md5
            };
            match parts[..] {
                [salt, tag] => match hex(tag).filter(|t| t.len() == prf.len()) {
                    Some(tag) => found(
                        scheme,
                        Kind::Digest {
                            prf,
                            salt: salt.as_bytes().to_vec(),
                            salt_first: true,
                            tag,
                        },
                    ),
                    None => Err(malformed(&format!("django {name}"))),
                },
                _ => Err(malformed(&scheme)),
            }
        }
        "crypt" => Err(weak_unverifiable("a Django crypt (DES) hash")),
        _ => return None,
    };
    Some(parsed)
}

/// Bare hex digests and other strings without a marker.
fn bare(text: &str) -> Parsed<'_> {
    let is_hex = text.bytes().all(|b| b.is_ascii_hexdigit());
    let digest = |scheme: &str, prf: Prf| {
        found(
            scheme,
            Kind::Digest {
                prf,
                salt: Vec::new(),
                salt_first: true,
                tag: hex(text).unwrap_or_default(),
            },
        )
    };
    match text.len() {
        32 if is_hex => digest("unsalted md5", Prf::Md5),
        40 if is_hex => digest("unsalted sha1", Prf::Sha1),
        64 if is_hex => digest("unsalted sha256", Prf::Sha256),
        41 if text.starts_with('*') && text[1..].bytes().all(|b| b.is_ascii_hexdigit()) => {
            Err(weak_unverifiable("a MySQL 4.1 password hash"))
        }
        13 if text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'/') =>
        {
            Err(weak_unverifiable("what looks like a DES crypt(3) hash"))
        }
        _ if text.starts_with('!') || text.starts_with('*') => {
            Err("a locked-account marker (as in /etc/shadow), not a hash".into())
        }
        _ => Err("it does not look like a password hash (is it a plaintext password?)".into()),
    }
}

fn hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

fn equal(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

impl Foreign<'_> {
    /// Whether `password` (these exact bytes) matches. An error only when the
    /// check cannot run (no memory for it).
    pub fn matches(&self, password: &[u8]) -> Result<bool, String> {
        match &self.kind {
            Kind::Argon2 {
                algorithm,
                version,
                params,
                salt,
                tag,
            } => {
                let argon = Argon2::new(*algorithm, *version, params.clone());
                let mut out = Zeroizing::new(vec![0u8; tag.len()]);
                super::MEMORY.with(|memory| {
                    let mut memory = memory.borrow_mut();
                    let blocks = params.block_count();
                    memory.clear();
                    memory.try_reserve_exact(blocks).map_err(|_| {
                        format!("not enough memory to check a {} hash", self.scheme)
                    })?;
                    memory.resize(blocks, Block::new());
                    let result = argon
                        .hash_password_into_with_memory(password, salt, &mut out, &mut memory[..])
                        .map_err(|e| format!("{} check failed: {e}", self.scheme));
                    // Do not keep gigabytes around after a large foreign hash.
                    if blocks > 65_536 {
                        *memory = Vec::new();
                    }
                    result
                })?;
                Ok(equal(&out, tag))
            }
            Kind::Bcrypt { hash, prehash } => {
                let result = if *prehash {
                    let digest = Prf::Sha256.digest(&[password]);
                    let mut hexed = Zeroizing::new(String::with_capacity(64));
                    for b in digest.iter() {
                        let _ = write!(hexed, "{b:02x}");
                    }
                    bcrypt::verify(hexed.as_bytes(), hash)
                } else {
                    bcrypt::verify(password, hash)
                };
                result.map_err(|_| format!("the {} hash cannot be checked", self.scheme))
            }
            Kind::Pbkdf2 {
                prf,
                iterations,
                salt,
                tag,
            } => {
                let mut out = Zeroizing::new(vec![0u8; tag.len()]);
                prf.pbkdf2(password, salt, *iterations, &mut out);
                Ok(equal(&out, tag))
            }
            Kind::Scrypt { params, salt, tag } => {
                let mut out = Zeroizing::new(vec![0u8; tag.len()]);
                scrypt::scrypt(password, salt, params, &mut out)
                    .map_err(|_| format!("the {} hash cannot be checked", self.scheme))?;
                Ok(equal(&out, tag))
            }
            Kind::ShaCrypt(text) => {
                use sha_crypt::{PasswordVerifier, ShaCrypt};
                match ShaCrypt::default().verify_password(password, *text) {
                    Ok(()) => Ok(true),
                    Err(sha_crypt::password_hash::Error::PasswordInvalid) => Ok(false),
                    Err(_) => Err(format!("the {} hash cannot be checked", self.scheme)),
                }
            }
            Kind::Yescrypt(text) => {
                use yescrypt::{PasswordVerifier, Yescrypt};
                match Yescrypt::default().verify_password(password, *text) {
                    Ok(()) => Ok(true),
                    Err(yescrypt::password_hash::Error::PasswordInvalid) => Ok(false),
                    Err(_) => Err(format!("the {} hash cannot be checked", self.scheme)),
                }
            }
            Kind::Md5Crypt { magic, salt, hash } => Ok(equal(
                md5_crypt::md5_crypt(password, magic, salt).as_bytes(),
                hash.as_bytes(),
            )),
            Kind::Phpass { log2, salt, hash } => Ok(equal(
                md5_crypt::phpass(password, *log2, salt).as_bytes(),
                hash.as_bytes(),
            )),
            Kind::Digest {
                prf,
                salt,
                salt_first,
                tag,
            } => {
                let out = if *salt_first {
                    prf.digest(&[salt, password])
                } else {
                    prf.digest(&[password, salt])
                };
                Ok(equal(&out, tag))
            }
        }
    }

    /// The parameters to rehash with after `password_len` bytes matched, or `None`
    /// when the stored hash is at least as strong as `settings` or replacing it
    /// could lock the owner out.
    pub fn rehash_to(&self, settings: HashParams, password_len: usize) -> Option<HashParams> {
        match &self.kind {
            Kind::Argon2 {
                algorithm,
                version,
                params,
                ..
            } => {
                let stored = HashParams {
                    memory_kib: params.m_cost(),
                    iterations: params.t_cost(),
                    parallelism: params.p_cost(),
                };
                let weaker = *algorithm != Algorithm::Argon2id
                    || *version != Version::V0x13
                    || stored.memory_kib < settings.memory_kib
                    || stored.iterations < settings.iterations
                    || stored.parallelism < settings.parallelism;
                // Never lower any parameter on the way: each is the larger of the two.
                weaker.then(|| HashParams {
                    memory_kib: stored.memory_kib.max(settings.memory_kib),
                    iterations: stored.iterations.max(settings.iterations),
                    parallelism: stored.parallelism.max(settings.parallelism),
                })
            }
            // bcrypt reads at most 72 bytes: any password sharing them matched, so
            // this one may not be the owner's. Keep the hash; it checks as before.
            Kind::Bcrypt { prehash: false, .. } if password_len >= 72 => None,
            _ => Some(settings),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{check, check_hash, HashParams, Verdict};

    /// Hashes made by the real libraries and tools (see hash_vectors.py beside it).
    const VECTORS: &str = include_str!("../../tests/cli/fixtures/hash_vectors.json");

    fn vectors() -> serde_json::Value {
        serde_json::from_str(VECTORS).unwrap()
    }

    #[test]
    fn every_vector_is_recognised_verified_and_rehashed_as_the_contract_says() {
        let settings = HashParams::default();
        for v in vectors()["vectors"].as_array().unwrap() {
            let name = v["name"].as_str().unwrap();
            let hash = v["hash"].as_str().unwrap();
            let pw = v["password"].as_str().unwrap();
            let weak = v["weak"].as_bool().unwrap();
            let info = check_hash(hash, true).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(info.scheme, v["scheme"].as_str().unwrap(), "{name}");
            assert_eq!(info.weak, weak, "{name}");
            assert_eq!(check_hash(hash, false).is_ok(), !weak, "{name}");
            match check(pw, hash, settings) {
                Verdict::Right { rehash } => {
                    assert_eq!(rehash.is_some(), v["rehash"].as_bool().unwrap(), "{name}");
                }
                other => panic!("{name}: {other:?}"),
            }
            // Wrong passwords: tests/cli/hashes.rs, end to end.
        }
    }

    #[test]
    fn broken_schemes_without_an_implementation_are_refused_with_their_name() {
        for v in vectors()["refused"].as_array().unwrap() {
            let why = check_hash(v["hash"].as_str().unwrap(), true).unwrap_err();
            assert!(why.contains(v["names"].as_str().unwrap()), "{why}");
            assert!(why.contains("even with --allow-weak-hashes"), "{why}");
        }
    }

    #[test]
    fn absurd_parameters_are_refused_naming_the_parameter_and_the_bound() {
        let salt = "c29tZXNhbHRzb21lc2FsdA";
        let tag = "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
        let cases = [
            (format!("$argon2id$v=19$m=4294967295,t=2,p=1${salt}${tag}"), "m=4294967295"),
            (format!("$argon2id$v=19$m=65536,t=100000000,p=1${salt}${tag}"), "t=100000000"),
            (format!("$argon2id$v=19$m=65536,t=3,p=255${salt}${tag}"), "p=255"),
            (format!("$argon2id$v=19$m=2097152,t=64,p=1${salt}${tag}"), "m × t"),
            ("$2b$99$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui".to_string(), "cost 99"),
            ("$2b$17$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui".to_string(), "cost 17"),
            ("pbkdf2_sha256$4000000000$salt$Tve4ZkjRa8EA1vcCJ3QQYz49KoThG7TqauG488/BhCo=".to_string(), "iterations=4000000000"),
            ("$6$rounds=999999999$salt$Hy5y7ysD/.prFbGuynxVUUdDfvZVUDgoD2vSxY0adtLjWwSJypvpADmJGZ4CrkmNfYgTUvCr5q5l0Ap0PbnBs.".to_string(), "rounds=999999999"),
            ("scrypt:1073741824:8:1$salt$00112233445566778899aabbccddeeff".to_string(), "N=2^30"),
            ("scrypt:16384:8:4096$salt$00112233445566778899aabbccddeeff".to_string(), "p=4096"),
            ("$scrypt$ln=40,r=8,p=1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA".to_string(), "N=2^40"),
        ];
        for (hash, names) in cases {
            let why = check_hash(&hash, true).unwrap_err();
            assert!(why.contains(names), "{hash}: {why}");
            assert!(why.contains("out of bounds"), "{hash}: {why}");
            // …and a stored one never runs: it is unusable, at once.
            assert!(matches!(
                check("any password at all", &hash, HashParams::default()),
                Verdict::Unusable(_)
            ));
        }
    }

    #[test]
    fn unsupported_strings_say_what_they_look_like_without_echoing_them() {
        for (text, says) in [
            ("hunter2 is my password", "plaintext"),
            ("!$6$abc", "locked-account marker"),
            (
                "$7$C6..../....SodiumChloride$kBGj9fHznVYFQMEn/qDCfrDevf9YDtcDdKvEqHJLV8D",
                "$7$",
            ),
            (
                "$2x$10$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui",
                "$2x$",
            ),
            ("*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29", "MySQL"),
            ("{SSHA512}abcd", "{SSHA512}"),
        ] {
            let why = check_hash(text, true).unwrap_err();
            assert!(why.contains(says), "{text}: {why}");
            assert!(!why.contains(text), "{why}");
        }
    }

    #[test]
    fn a_stronger_argon2_is_never_rewritten_down_and_a_rehash_raises_every_parameter() {
        let settings = HashParams {
            memory_kib: 19_456,
            iterations: 2,
            parallelism: 1,
        };
        let cffi = super::super::hash(
            "x",
            HashParams {
                memory_kib: 65_536,
                iterations: 3,
                parallelism: 4,
            },
        )
        .unwrap();
        assert_eq!(check("x", &cffi, settings), Verdict::Right { rehash: None });
        // Settings with more iterations but less memory: the rehash keeps the memory.
        let more_t = HashParams {
            memory_kib: 19_456,
            iterations: 5,
            parallelism: 1,
        };
        assert_eq!(
            check("x", &cffi, more_t),
            Verdict::Right {
                rehash: Some(HashParams {
                    memory_kib: 65_536,
                    iterations: 5,
                    parallelism: 4
                })
            }
        );
    }

    /// What the verifying crate itself says of a string: `true` when it can check
    /// a password against it (right or wrong), `false` when it refuses the string.
    fn crate_verifies(text: &str) -> bool {
        use sha_crypt::{PasswordVerifier, ShaCrypt};
        if text.starts_with("$2") {
            bcrypt::verify("pw", text).is_ok()
        } else {
            matches!(
                ShaCrypt::default().verify_password(b"pw", text),
                Ok(()) | Err(sha_crypt::password_hash::Error::PasswordInvalid)
            )
        }
    }

    /// The work a string asks for, to keep the fuzzing fast: bcrypt's cost, sha-crypt's rounds.
    fn cheap(text: &str) -> bool {
        let field = text.split('$').nth(2).unwrap_or("");
        let number = field.strip_prefix("rounds=").unwrap_or(field);
        number.parse::<u64>().map_or(true, |n| {
            if text.starts_with("$2") {
                n <= 6
            } else {
                n <= 20_000
            }
        })
    }

    /// The strings the recogniser once accepted and the verifier refuses: each would
    /// have been a last admin nobody could log in as.
    pub(crate) const LOCKOUTS: &[&str] = &[
        // bcrypt: the salt's last character with unused bits set ('.', 'O', 'e', 'u' only).
        "$2b$04$abcdefghijklmnopqrstuv5s2v8.iXieOjg/.AySBTTZIIVFJeBui",
        // bcrypt: the hash's last character with unused bits set.
        "$2b$04$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBuj",
        // sha512-crypt: an empty salt.
        "$6$$KQeXafAQAaOoKTevphVU215RvJdgzyfASRasIOuh12hO8u0r1bGW92ZnTmC9IjsiQ8VPiTXBiZF49dFL1U4wX/",
        "$6$rounds=5000$$KQeXafAQAaOoKTevphVU215RvJdgzyfASRasIOuh12hO8u0r1bGW92ZnTmC9IjsiQ8VPiTXBiZF49dFL1U4wX/",
        // sha512-crypt: the hash's last character with unused bits set.
        "$6$abcdefgh$KQeXafAQAaOoKTevphVU215RvJdgzyfASRasIOuh12hO8u0r1bGW92ZnTmC9IjsiQ8VPiTXBiZF49dFL1U4wXz",
        // sha256-crypt: the same.
        "$5$rounds=1000$ab$pvoBecalA78StTh86CqG8MsZcI1O/fpecpCjMGNmZ.z",
    ];

    #[test]
    fn known_lockout_strings_are_refused_by_the_recogniser_and_the_crates_alike() {
        for text in LOCKOUTS {
            assert!(!crate_verifies(text), "{text}");
            let why = check_hash(text, true).unwrap_err();
            assert!(why.contains("malformed"), "{text}: {why}");
            assert!(matches!(
                check("pw", text, HashParams::default()),
                Verdict::Unusable(_)
            ));
        }
        // A salt of 17 characters: the crate checks it, crypt(3) never wrote it.
        let long = "$6$rounds=1000$abcdefghijklmnopq$NFZ/JWKFKvQVJJLBzR0EjnJZRRhLaCfLa95VY.SKzjMPUAlTFX2hiuTZrsQOQ8JxkqSqpl7FUFikVJKYFSZ0P.";
        assert!(check_hash(long, true).unwrap_err().contains("salt of 17"));
    }

    /// Mutates real bcrypt and sha-crypt strings at random (bad characters, wrong
    /// lengths, rounds and costs, trailing garbage, the last character) and holds the
    /// recogniser to the verifying crates: whatever it accepts, they check. (It is
    /// stricter than they are where no system writes the form: a one-digit bcrypt
    /// cost, a crypt(3) salt over 16 characters, the bounds.)
    #[test]
    fn the_recogniser_accepts_exactly_what_the_verifiers_check() {
        let bases = [
            "$2b$04$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui",
            "$2y$05$/OK.fbVrR/bpIqNJ5ianF.CE5elHaaO4EbggVDjb8P19RukzXSM3e",
            "$6$abcdefgh$KQeXafAQAaOoKTevphVU215RvJdgzyfASRasIOuh12hO8u0r1bGW92ZnTmC9IjsiQ8VPiTXBiZF49dFL1U4wX/",
            "$5$rounds=1000$ab$pvoBecalA78StTh86CqG8MsZcI1O/fpecpCjMGNmZ.A",
            "$6$rounds=1000$abcdefghijklmnop$NFZ/JWKFKvQVJJLBzR0EjnJZRRhLaCfLa95VY.SKzjMPUAlTFX2hiuTZrsQOQ8JxkqSqpl7FUFikVJKYFSZ0P.",
        ];
        let alphabet: Vec<char> = "./09AZaz$=,+-: éOeu1rounds=\0".chars().collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            usize::try_from(seed % (n as u64)).unwrap()
        };
        let (mut checked, mut accepted) = (0, 0);
        for base in bases {
            assert!(
                crate_verifies(base) && check_hash(base, true).is_ok(),
                "{base}"
            );
            for _ in 0..1000 {
                let mut chars: Vec<char> = base.chars().collect();
                for _ in 0..=next(2) {
                    let at = next(chars.len() + 1);
                    let c = alphabet[next(alphabet.len())];
                    match next(5) {
                        0 if at < chars.len() => chars[at] = c,
                        1 => chars.insert(at, c),
                        2 if at < chars.len() => {
                            chars.remove(at);
                        }
                        3 => chars.push(c),
                        _ => {
                            // The last character: the one with unused bits.
                            let last = chars.len() - 1;
                            chars[last] = c;
                        }
                    }
                }
                let text: String = chars.into_iter().collect();
                if !cheap(&text) {
                    continue;
                }
                checked += 1;
                if check_hash(&text, true).is_ok() {
                    assert!(
                        crate_verifies(&text),
                        "recognised, yet the crate refuses: {text}"
                    );
                    accepted += 1;
                }
            }
        }
        assert!(checked > 4000 && accepted > 100, "{checked} {accepted}");
    }

    #[test]
    fn argon2_without_a_version_is_version_16() {
        // The reference implementation's test vector for argon2i v=16
        // (phc-winner-argon2, kats/argon2i and its README): "password", "somesalt", m=65536, t=2, p=1.
        let h = "$argon2i$m=65536,t=2,p=1$c29tZXNhbHQ$9sTbSlTio3Biev89thdrlKKiCaYsjjYVJxGAL3swxpQ";
        assert_eq!(check_hash(h, false).unwrap().scheme, "argon2i");
        assert!(matches!(
            check("password", h, HashParams::default()),
            Verdict::Right { rehash: Some(_) }
        ));
        assert_eq!(check("passwore", h, HashParams::default()), Verdict::Wrong);
    }
}
