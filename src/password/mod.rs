//! Passwords: the policy (NIST SP 800-63B rev 4), argon2id hashing with the
//! parameters kept in the settings, verification of argon2 and bcrypt hashes,
//! detection of outdated parameters, and generation.
//!
//! Every password is NFKC-normalised here, the same way when it is set and when it
//! is checked. Plaintext lives only in `Zeroizing` buffers and never appears in an
//! error message.

mod foreign;
mod md5_crypt;

pub use foreign::{
    ARGON2_MAX_ITERATIONS, ARGON2_MAX_MEMORY_KIB, ARGON2_MAX_PARALLELISM, ARGON2_MAX_WORK_KIB,
    BCRYPT_MAX_COST, PBKDF2_MAX_ITERATIONS, SCRYPT_MAX_MEMORY, SCRYPT_MAX_WORK,
    SHA_CRYPT_MAX_ROUNDS,
};

use std::cell::RefCell;

use anyhow::{anyhow, Result};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use base64ct::{Base64Unpadded, Encoding};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::error::Refusal;

/// argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HashParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Default for HashParams {
    /// OWASP's floor: m = 19456 KiB, t = 2, p = 1.
    fn default() -> Self {
        HashParams {
            memory_kib: 19_456,
            iterations: 2,
            parallelism: 1,
        }
    }
}

/// Length limits, in Unicode characters after NFKC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Policy {
    pub min_length: usize,
    pub max_length: usize,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            min_length: 15,
            max_length: 128,
        }
    }
}

const SALT_LEN: usize = 16;
const HASH_LEN: usize = 32;
const COMMON: &str = include_str!("common_passwords.txt");

/// NFKC form of a password, in a zeroizing buffer.
pub fn normalize(password: &str) -> Zeroizing<String> {
    Zeroizing::new(password.nfkc().collect())
}

/// Checks a new password against the policy. `context` holds words the password must
/// not contain (the username, the email and its local part). The refusal says why.
pub fn check_policy(password: &str, policy: &Policy, context: &[&str]) -> Result<(), Refusal> {
    let pw = normalize(password);
    let length = pw.chars().count();
    let refuse = |why: String| Err(Refusal::invalid(format!("password refused: {why}")));
    if length < policy.min_length {
        return refuse(format!(
            "it is {length} characters long; the minimum is {} (a passphrase of several words is easiest)",
            policy.min_length
        ));
    }
    if length > policy.max_length {
        return refuse(format!(
            "it is {length} characters long; the maximum is {} (passwords are never truncated)",
            policy.max_length
        ));
    }
    let lower = Zeroizing::new(pw.to_lowercase());
    if is_common(&lower) {
        return refuse("it is on the list of commonly used passwords".into());
    }
    if let Some(unit) = repeated_unit(&lower) {
        return refuse(format!(
            "it repeats the same {unit} character(s) over and over"
        ));
    }
    if is_sequence(&lower) {
        return refuse("it is a run of consecutive characters".into());
    }
    for word in context {
        let word = word.trim().to_lowercase();
        if word.chars().count() >= 3 && lower.contains(&word) {
            return refuse("it contains the account's username or email".into());
        }
    }
    Ok(())
}

/// On the blocklist, as typed or with trailing digits and symbols removed.
fn is_common(lower: &str) -> bool {
    let base = lower.trim_end_matches(|c: char| !c.is_alphabetic());
    COMMON
        .lines()
        .any(|w| w == lower || (!base.is_empty() && w == base))
}

/// The length of the shortest unit the password is made of, if it repeats one.
fn repeated_unit(lower: &str) -> Option<usize> {
    let chars: Vec<char> = lower.chars().collect();
    let n = chars.len();
    (1..=n / 2).find(|&k| n % k == 0 && chars.chunks(k).all(|c| c == &chars[..k]))
}

/// Ascending or descending runs like `abcdefgh…` or `98765…`.
fn is_sequence(lower: &str) -> bool {
    let codes: Vec<i64> = lower.chars().map(|c| i64::from(u32::from(c))).collect();
    let steps: Vec<i64> = codes.windows(2).map(|w| w[1] - w[0]).collect();
    !steps.is_empty() && (steps.iter().all(|&s| s == 1) || steps.iter().all(|&s| s == -1))
}

thread_local! {
    /// argon2's working memory, reused across hashes and verifications on the same
    /// thread: allocating it afresh for every hash costs about a fifth of the time.
    static MEMORY: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// Hashes a password with argon2id and the given parameters; returns a PHC string.
pub fn hash(password: &str, params: HashParams) -> Result<String> {
    let pw = normalize(password);
    let mut salt = [0u8; SALT_LEN];
    getrandom::getrandom(&mut salt).map_err(|e| anyhow!("no randomness for a salt: {e}"))?;
    let argon_params = Params::new(
        params.memory_kib,
        params.iterations,
        params.parallelism,
        Some(HASH_LEN),
    )
    .map_err(|e| anyhow!("invalid argon2 parameters: {e}"))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params.clone());
    let mut out = [0u8; HASH_LEN];
    MEMORY.with(|memory| {
        let mut memory = memory.borrow_mut();
        let blocks = argon_params.block_count();
        let more = blocks.saturating_sub(memory.len());
        memory.try_reserve_exact(more).map_err(|_| {
            anyhow!(
                "not enough memory to hash with argon2.memory_kib = {}",
                params.memory_kib
            )
        })?;
        memory.resize(blocks, Block::new());
        argon
            .hash_password_into_with_memory(pw.as_bytes(), &salt, &mut out, &mut memory[..])
            .map_err(|e| anyhow!("argon2 failed: {e}"))
    })?;
    Ok(format!(
        "$argon2id$v=19$m={},t={},p={}${}${}",
        params.memory_kib,
        params.iterations,
        params.parallelism,
        Base64Unpadded::encode_string(&salt),
        Base64Unpadded::encode_string(&out)
    ))
}

/// What a stored hash is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HashInfo {
    /// Its scheme, for messages and the audit log ("argon2id", "django pbkdf2_sha256", …).
    pub scheme: String,
    /// A broken scheme: accepted only with `--allow-weak-hashes`, and then the
    /// account must change its password.
    pub weak: bool,
}

/// Checks a hash handed in from elsewhere (a CSV `password_hash`, `user passwd
/// --hash-*`): a format userctl can verify, parameters within the bounds, and not a
/// broken scheme unless `allow_weak`. The error names the scheme or the parameter
/// and its bound, never the hash itself.
pub fn check_hash(stored: &str, allow_weak: bool) -> Result<HashInfo, String> {
    let found = foreign::recognise(stored)?;
    if found.weak && !allow_weak {
        return Err(format!(
            "{} is a broken scheme; --allow-weak-hashes accepts it and makes the account change its password",
            found.scheme
        ));
    }
    Ok(HashInfo {
        scheme: found.scheme,
        weak: found.weak,
    })
}

/// Whether a stored hash is of a broken scheme (so its account must change its
/// password). An unrecognised string is not called weak.
pub fn is_weak(stored: &str) -> bool {
    foreign::recognise(stored).is_ok_and(|f| f.weak)
}

/// The outcome of checking a password against a stored hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Wrong,
    /// Right; `rehash` holds the argon2id parameters to replace the stored hash
    /// with, when it is weaker than the settings and replacing it is safe.
    Right {
        rehash: Option<HashParams>,
    },
    /// The stored hash cannot be checked (unrecognised, out of bounds): it matches
    /// no password. The reason never holds the hash.
    Unusable(String),
}

/// Checks `password` against `stored`: the one rule for `user verify`, `--as` and
/// every other check. userctl's own hashes are of the NFKC form, which is tried
/// first; a hash made elsewhere may be of the exact bytes, tried next. A right
/// password asks for a rehash only when the stored hash is weaker than `settings`
/// (see [`foreign::Foreign::rehash_to`]).
pub fn check(password: &str, stored: &str, settings: HashParams) -> Verdict {
    let found = match foreign::recognise(stored) {
        Ok(found) => found,
        Err(why) => return Verdict::Unusable(why),
    };
    let nfkc = normalize(password);
    let mut tries = vec![nfkc.as_str()];
    if nfkc.as_str() != password {
        tries.push(password);
    }
    for form in tries {
        match found.matches(form.as_bytes()) {
            Ok(true) => {
                return Verdict::Right {
                    rehash: found.rehash_to(settings, form.len()),
                }
            }
            Ok(false) => {}
            Err(why) => return Verdict::Unusable(why),
        }
    }
    Verdict::Wrong
}

/// Whether `password` matches the stored hash. An unusable hash is an error, never
/// a match.
pub fn verify(password: &str, stored: &str) -> Result<bool> {
    match check(password, stored, HashParams::default()) {
        Verdict::Right { .. } => Ok(true),
        Verdict::Wrong => Ok(false),
        Verdict::Unusable(why) => Err(anyhow!("the stored password hash cannot be checked: {why}")),
    }
}

/// Characters of generated passwords and tokens: no look-alikes (0/O, 1/l/I).
const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/// `n` characters drawn uniformly from [`ALPHABET`].
pub fn random_string(n: usize) -> Result<Zeroizing<String>> {
    random_from(ALPHABET, n)
}

/// `n` characters drawn uniformly from `alphabet` (at most 256 characters).
pub fn random_from(alphabet: &[u8], n: usize) -> Result<Zeroizing<String>> {
    let mut out = Zeroizing::new(String::with_capacity(n));
    let mut buf = Zeroizing::new([0u8; 64]);
    // Rejection sampling keeps the draw uniform: only the byte values below the largest
    // multiple of the alphabet's length are used (224 of 256 for 56 characters).
    let limit = 256 / alphabet.len() * alphabet.len();
    while out.len() < n {
        getrandom::getrandom(&mut buf[..]).map_err(|e| anyhow!("no randomness: {e}"))?;
        for &b in buf.iter() {
            if usize::from(b) < limit && out.len() < n {
                out.push(char::from(alphabet[usize::from(b) % alphabet.len()]));
            }
        }
    }
    Ok(out)
}

/// `text` in groups of four characters joined by dashes (`abcd-efgh-…`), easier to read
/// out and to type.
pub fn grouped(text: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(text.len() + text.len() / 4));
    for (i, c) in text.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    out
}

/// A strong password: six groups of four characters (about 139 bits).
pub fn generate() -> Result<Zeroizing<String>> {
    Ok(grouped(&random_string(24)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> Policy {
        Policy::default()
    }

    fn reason(pw: &str, context: &[&str]) -> String {
        check_policy(pw, &policy(), context).unwrap_err().message
    }

    #[test]
    fn accepts_a_long_passphrase() {
        assert!(check_policy("violet tractor sings at dawn", &policy(), &["alice"]).is_ok());
    }

    #[test]
    fn states_why_a_password_is_refused() {
        assert!(reason("short one", &[]).contains("minimum is 15"));
        assert!(reason(&"x".repeat(129), &[]).contains("maximum is 128"));
        assert!(reason("passwordpassword", &[]).contains("commonly used"));
        assert!(reason("Password123456789!", &[]).contains("commonly used"));
        assert!(reason("abcabcabcabcabcabc", &[]).contains("repeats"));
        assert!(reason("abcdefghijklmnopq", &[]).contains("consecutive"));
        assert!(reason("my name is alice-in-chains", &["alice"]).contains("username"));
    }

    #[test]
    fn allows_any_composition_and_long_passwords() {
        let p = Policy {
            min_length: 15,
            max_length: 64,
        };
        assert!(check_policy("ééééééééééééééé-ü", &p, &[]).is_ok());
        let long = "the quick brown fox naps under a warm sun while rain falls gently";
        assert!(check_policy(&long[..64], &p, &[]).is_ok());
        assert!(check_policy(&long[..65], &p, &[]).is_err());
    }

    #[test]
    fn counts_characters_after_nfkc() {
        // "ﬁnal ﬁeld oﬃce" is 14 characters as typed, 18 after NFKC expands the ligatures.
        assert!(check_policy("\u{FB01}nal \u{FB01}eld o\u{FB03}ce", &policy(), &[]).is_ok());
        assert_eq!(normalize("\u{FB01}").as_str(), "fi");
    }

    #[test]
    fn hashes_and_verifies_with_nfkc() {
        let params = HashParams::default();
        let h = hash("Ångström unit of length", params).unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("Ångström unit of length", &h).unwrap());
        // The decomposed form (A + combining ring) normalises to the same password.
        assert!(verify("A\u{30A}ngstro\u{308}m unit of length", &h).unwrap());
        assert!(!verify("Angstrom unit of length", &h).unwrap());
        assert_eq!(
            check("Ångström unit of length", &h, params),
            Verdict::Right { rehash: None }
        );
    }

    #[test]
    fn detects_outdated_parameters() {
        let old = HashParams {
            memory_kib: 8192,
            iterations: 5,
            parallelism: 1,
        };
        let h = hash("an old but fine passphrase", old).unwrap();
        let pw = "an old but fine passphrase";
        // Less memory than the settings: rehashed, keeping the higher iterations.
        assert_eq!(
            check(pw, &h, HashParams::default()),
            Verdict::Right {
                rehash: Some(HashParams {
                    memory_kib: 19_456,
                    iterations: 5,
                    parallelism: 1
                })
            }
        );
        assert_eq!(check(pw, &h, old), Verdict::Right { rehash: None });
    }

    #[test]
    fn verifies_bcrypt_hashes_from_other_systems() {
        let h = bcrypt::hash("legacy system password", 4).unwrap();
        assert_eq!(check_hash(&h, false).unwrap().scheme, "bcrypt");
        assert!(verify("legacy system password", &h).unwrap());
        assert!(!verify("another password entirely", &h).unwrap());
        assert_eq!(
            check("legacy system password", &h, HashParams::default()),
            Verdict::Right {
                rehash: Some(HashParams::default())
            }
        );
    }

    #[test]
    fn rejects_malformed_hashes() {
        assert!(check_hash("plaintext", true).is_err());
        assert!(check_hash("$2b$10$short", true).is_err());
        assert!(check_hash("$pbkdf2-sha256$i=1000$c2FsdA$aGFzaA", true).is_err());
        assert!(verify("x", "garbage").is_err());
    }

    #[test]
    fn generated_passwords_pass_the_policy_and_differ() {
        let a = generate().unwrap();
        let b = generate().unwrap();
        assert_eq!(a.len(), 29);
        assert_ne!(*a, *b);
        assert!(check_policy(&a, &policy(), &[]).is_ok());
    }
}
