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
}
