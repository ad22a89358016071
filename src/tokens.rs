//! One-time tokens (invitations, API keys, sessions) and their stored SHA-256.

use anyhow::Result;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::password::random_string;

/// Lowercase hex of bytes (a table lookup: every audit entry formats two hashes).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    s
}

/// The bytes of lowercase or uppercase hex; `None` for anything else.
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| {
        char::from(c)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    };
    let bytes = text.as_bytes();
    if bytes.len() % 2 != 0 {
        return None;
    }
    bytes
        .chunks(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

/// Hex SHA-256 of a token: the only form in which a token is stored.
pub fn sha256_hex(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// A fresh token `<kind>_<40 random characters>` (about 232 bits).
pub fn new_token(kind: &str) -> Result<Zeroizing<String>> {
    let body = random_string(40)?;
    Ok(Zeroizing::new(format!("{kind}_{}", body.as_str())))
}

/// The characters of recovery codes: lowercase letters and digits without the ones
/// read alike (`0`/`o`, `1`/`l`/`i`), so a code copied from paper goes in right.
pub const RECOVERY_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// How many recovery codes a set has.
pub const RECOVERY_CODES: usize = 10;

/// Characters of randomness in one recovery code (about 59 bits), shown in groups of
/// four: `abcd-efgh-jkmn`.
pub const RECOVERY_CODE_CHARS: usize = 12;

/// A fresh set of [`RECOVERY_CODES`] recovery codes, each drawn uniformly from
/// [`RECOVERY_ALPHABET`] and shown as `xxxx-xxxx-xxxx`.
pub fn recovery_codes() -> Result<Vec<Zeroizing<String>>> {
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    while codes.len() < RECOVERY_CODES {
        let code = crate::password::grouped(&crate::password::random_from(
            RECOVERY_ALPHABET,
            RECOVERY_CODE_CHARS,
        )?);
        // A repeat within a set (about 1 in 10^16) is drawn again.
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    Ok(codes)
}

/// What is stored of a recovery code: the hex SHA-256 of the code as typed, lowercased,
/// without dashes or spaces (`ABCD-efgh jkmn` and `abcdefghjkmn` are one code). A
/// code has about 59 random bits, so a fast hash is enough, as for tokens.
pub fn recovery_code_hash(code: &str) -> String {
    let normal: Zeroizing<String> = Zeroizing::new(
        code.chars()
            .filter(|c| *c != '-' && !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect(),
    );
    sha256_hex(&normal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_hex_sha256() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let t = new_token("uk").unwrap();
        assert!(t.starts_with("uk_") && t.len() == 43);
    }

    #[test]
    fn recovery_codes_are_ten_distinct_unambiguous_codes() {
        let codes = recovery_codes().unwrap();
        assert_eq!(codes.len(), RECOVERY_CODES);
        for code in &codes {
            assert_eq!(code.len(), 14, "{}", code.as_str());
            let plain: String = code.chars().filter(|c| *c != '-').collect();
            assert!(plain.len() >= 10);
            assert!(plain.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)));
            assert!(!plain.contains(['0', '1', 'o', 'l', 'i']));
        }
        let mut unique: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), RECOVERY_CODES);
        assert_eq!(
            recovery_code_hash("ABCD-efgh jkmn"),
            sha256_hex("abcdefghjkmn")
        );
    }
}
