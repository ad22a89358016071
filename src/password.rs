//! Passwords: the policy (NIST SP 800-63B rev 4), argon2id hashing with the
//! parameters kept in the settings, verification of argon2 and bcrypt hashes,
//! detection of outdated parameters, and generation.
//!
//! Every password is NFKC-normalised here, the same way when it is set and when it
//! is checked. Plaintext lives only in `Zeroizing` buffers and never appears in an
//! error message.

use std::cell::RefCell;

use anyhow::{anyhow, Result};
use argon2::password_hash::PasswordHash;
use argon2::{Algorithm, Argon2, Block, Params, PasswordVerifier, Version};
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
    /// argon2's working memory, reused across hashes on the same thread: allocating
    /// it afresh for every hash costs about a fifth of the time.
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
        memory.resize(argon_params.block_count(), Block::new());
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

/// Whether `password` matches the stored hash (argon2 PHC, or bcrypt from another
/// system). An unreadable hash is an error, never a match.
pub fn verify(password: &str, stored: &str) -> Result<bool> {
    if is_bcrypt(stored) {
        return bcrypt::verify(password.as_bytes(), stored)
            .map_err(|_| anyhow!("the stored bcrypt hash is malformed"));
    }
    let parsed =
        PasswordHash::new(stored).map_err(|_| anyhow!("the stored password hash is malformed"))?;
    let pw = normalize(password);
    match Argon2::default().verify_password(pw.as_bytes(), &parsed) {
        Ok(()) => Ok(true),
        Err(argon2::password_hash::Error::Password) => Ok(false),
        Err(_) => Err(anyhow!("the stored password hash cannot be checked")),
    }
}

/// Whether a stored hash was made with other parameters than `params` (or another
/// algorithm), so a successful verification should replace it.
pub fn needs_rehash(stored: &str, params: HashParams) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return true;
    };
    if parsed.algorithm.as_str() != "argon2id" || parsed.version != Some(19) {
        return true;
    }
    match Params::try_from(&parsed) {
        Ok(p) => {
            p.m_cost() != params.memory_kib
                || p.t_cost() != params.iterations
                || p.p_cost() != params.parallelism
        }
        Err(_) => true,
    }
}

/// Checks the form of a hash handed in from elsewhere (a CSV `password_hash`):
/// an argon2 PHC string or a bcrypt `$2a$/$2b$/$2y$` hash.
pub fn check_hash_format(stored: &str) -> Result<(), String> {
    if is_bcrypt(stored) {
        // Bytes, not str slices: a multi-byte character must not panic the check.
        let b = stored.as_bytes();
        let ok = b.len() == 60
            && b[4..6].iter().all(u8::is_ascii_digit)
            && b[6] == b'$'
            && b[7..]
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'/');
        return if ok {
            Ok(())
        } else {
            Err("malformed bcrypt hash".into())
        };
    }
    let parsed = PasswordHash::new(stored)
        .map_err(|_| "not a PHC argon2 string or a bcrypt hash".to_string())?;
    if !parsed.algorithm.as_str().starts_with("argon2") {
        return Err(format!(
            "unsupported hash algorithm '{}' (argon2 or bcrypt only)",
            parsed.algorithm
        ));
    }
    if parsed.hash.is_none() || parsed.salt.is_none() || Params::try_from(&parsed).is_err() {
        return Err("incomplete argon2 PHC string".into());
    }
    Ok(())
}

fn is_bcrypt(stored: &str) -> bool {
    ["$2a$", "$2b$", "$2y$"]
        .iter()
        .any(|p| stored.starts_with(p))
}

/// Characters of generated passwords and tokens: no look-alikes (0/O, 1/l/I).
const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/// `n` characters drawn uniformly from [`ALPHABET`].
pub fn random_string(n: usize) -> Result<Zeroizing<String>> {
    let mut out = Zeroizing::new(String::with_capacity(n));
    let mut buf = Zeroizing::new([0u8; 64]);
    // Rejection sampling keeps the draw uniform: 56 × 4 = 224 of 256 byte values used.
    let limit = u8::try_from(256 / ALPHABET.len() * ALPHABET.len()).unwrap_or(u8::MAX);
    while out.len() < n {
        getrandom::getrandom(&mut buf[..]).map_err(|e| anyhow!("no randomness: {e}"))?;
        for &b in buf.iter() {
            if b < limit && out.len() < n {
                out.push(char::from(ALPHABET[usize::from(b) % ALPHABET.len()]));
            }
        }
    }
    Ok(out)
}

/// A strong password: six groups of four characters (about 139 bits).
pub fn generate() -> Result<Zeroizing<String>> {
    let raw = random_string(24)?;
    let mut out = Zeroizing::new(String::with_capacity(29));
    for (i, c) in raw.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    Ok(out)
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
        assert!(!needs_rehash(&h, params));
    }

    #[test]
    fn detects_outdated_parameters() {
        let old = HashParams {
            memory_kib: 8192,
            iterations: 5,
            parallelism: 1,
        };
        let h = hash("an old but fine passphrase", old).unwrap();
        assert!(needs_rehash(&h, HashParams::default()));
        assert!(!needs_rehash(&h, old));
    }

    #[test]
    fn verifies_bcrypt_hashes_from_other_systems() {
        let h = bcrypt::hash("legacy system password", 4).unwrap();
        assert!(check_hash_format(&h).is_ok());
        assert!(verify("legacy system password", &h).unwrap());
        assert!(!verify("another password entirely", &h).unwrap());
        assert!(needs_rehash(&h, HashParams::default()));
    }

    #[test]
    fn rejects_malformed_hashes() {
        assert!(check_hash_format("plaintext").is_err());
        assert!(check_hash_format("$2b$10$short").is_err());
        assert!(check_hash_format("$pbkdf2-sha256$i=1000$c2FsdA$aGFzaA").is_err());
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
