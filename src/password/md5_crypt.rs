//! md5-crypt (`$1$`, Poul-Henning Kamp's FreeBSD crypt), Apache's `$apr1$` (the same
//! algorithm under another magic string) and phpass (`$P$` WordPress, `$H$` phpBB):
//! short published constructions over MD5 that no maintained crate verifies, written
//! here over the `md-5` crate. Verification only: userctl never makes these hashes, and
//! an account that logs in with one is rehashed to argon2id.

use md5::{Digest, Md5};
use zeroize::Zeroizing;

/// The base-64 alphabet of crypt(3) and phpass.
const ITOA64: &[u8; 64] = b"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// The value of one character of [`ITOA64`].
pub fn index(c: u8) -> Option<usize> {
    ITOA64.iter().position(|&a| a == c)
}

/// Whether `text` is the 22 characters both schemes encode a 16-byte MD5 digest in,
/// exactly as they write it: the last character carries 2 bits, so it is one of the
/// alphabet's first four (any other matches no password).
pub fn is_encoded_digest(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 22 && b.iter().all(|&c| index(c).is_some()) && index(b[21]).is_some_and(|i| i < 4)
}

/// Appends `n` characters of `value`, its low 6 bits first.
fn push(out: &mut String, mut value: u32, n: usize) {
    for _ in 0..n {
        out.push(char::from(ITOA64[(value & 0x3f) as usize]));
        value >>= 6;
    }
}

fn md5(parts: &[&[u8]]) -> [u8; 16] {
    let mut d = Md5::new();
    for p in parts {
        d.update(p);
    }
    let mut out = [0u8; 16];
    out.copy_from_slice(&d.finalize());
    out
}

/// The 22-character hash md5-crypt makes of `password` with `magic` (`$1$` or
/// `$apr1$`) and `salt` (at most 8 characters).
pub fn md5_crypt(password: &[u8], magic: &str, salt: &str) -> Zeroizing<String> {
    let (pw, salt) = (password, salt.as_bytes());
    let alternate = md5(&[pw, salt, pw]);
    let mut ctx = Md5::new();
    ctx.update(pw);
    ctx.update(magic.as_bytes());
    ctx.update(salt);
    for chunk in pw.chunks(16) {
        ctx.update(&alternate[..chunk.len()]);
    }
    // One byte per bit of the length: a NUL for a set bit, the first character otherwise.
    let mut bits = pw.len();
    while bits > 0 {
        ctx.update(if bits & 1 == 1 { &[0u8][..] } else { &pw[..1] });
        bits >>= 1;
    }
    let mut last = [0u8; 16];
    last.copy_from_slice(&ctx.finalize());
    for round in 0..1000 {
        let mut parts: Vec<&[u8]> = Vec::with_capacity(4);
        parts.push(if round % 2 == 1 { pw } else { &last });
        if round % 3 != 0 {
            parts.push(salt);
        }
        if round % 7 != 0 {
            parts.push(pw);
        }
        parts.push(if round % 2 == 1 { &last } else { pw });
        last = md5(&parts);
    }
    let mut out = Zeroizing::new(String::with_capacity(22));
    for (a, b, c) in [(0, 6, 12), (1, 7, 13), (2, 8, 14), (3, 9, 15), (4, 10, 5)] {
        let v = u32::from(last[a]) << 16 | u32::from(last[b]) << 8 | u32::from(last[c]);
        push(&mut out, v, 4);
    }
    push(&mut out, u32::from(last[11]), 2);
    out
}

/// The 22-character hash phpass makes of `password` with 2^`log2` rounds and `salt`
/// (8 characters).
pub fn phpass(password: &[u8], log2: u32, salt: &str) -> Zeroizing<String> {
    let mut hash = md5(&[salt.as_bytes(), password]);
    for _ in 0..(1u64 << log2) {
        hash = md5(&[&hash, password]);
    }
    let mut out = Zeroizing::new(String::with_capacity(22));
    for group in hash.chunks(3) {
        let v = group
            .iter()
            .enumerate()
            .fold(0u32, |v, (i, &b)| v | u32::from(b) << (8 * i));
        push(&mut out, v, group.len() + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{check, HashParams, Verdict};

    /// Published vectors (passlib's test suite, phpass's own test.php, OpenSSL's
    /// `openssl passwd -1` / `-apr1`), and a wrong password for each.
    const VECTORS: &[(&str, &str)] = &[
        ("U*U*U*U*", "$1$dXc3I7Rw$ctlgjDdWJLMT.qwHsWhXR1"),
        ("U*U***U", "$1$dXc3I7Rw$94JPyQc/eAgQ3MFMCoMF.0"),
        ("password", "$1$abcdefgh$G//4keteveJp0qb8z2DxG/"),
        ("password", "$1$$I2o9Z7NcvQAKp7wyCTlia0"),
        (
            "a password longer than sixteen bytes, much longer than 32 too",
            "$1$x$LdCyv9ruaGqhacGmq5OB3/",
        ),
        ("myPassword", "$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/"),
        ("password", "$apr1$abcdefgh$FBwExRW4dCc8aL.OvjpIE1"),
        ("café", "$apr1$r31.....$nbupcvUxRZAhXhlYK17lT0"),
        ("test12345", "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0"),
        ("compL3X!", "$P$FiS0N5L672xzQx1rt1vgdJQRYKnQM9/"),
        ("test12345", "$H$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0"),
    ];

    #[test]
    fn published_vectors_verify_and_wrong_passwords_do_not() {
        let settings = HashParams::default();
        for (pw, hash) in VECTORS {
            assert_eq!(
                check(pw, hash, settings),
                Verdict::Right {
                    rehash: Some(settings)
                },
                "{hash}"
            );
            let wrong = format!("{pw}x");
            assert_eq!(check(&wrong, hash, settings), Verdict::Wrong, "{hash}");
            assert_eq!(check("", hash, settings), Verdict::Wrong, "{hash}");
        }
        // phpass's empty password (passlib's vector).
        assert!(matches!(
            check("", "$P$7JaFQsPzJSuenezefD/3jHgt5hVfNH0", settings),
            Verdict::Right { .. }
        ));
    }

    #[test]
    fn weak_and_refused_without_the_flag_and_bounded() {
        use super::super::check_hash;
        for (_, hash) in VECTORS {
            let info = check_hash(hash, true).unwrap();
            assert!(info.weak, "{hash}");
            assert!(check_hash(hash, false)
                .unwrap_err()
                .contains("--allow-weak-hashes"));
        }
        for (text, says) in [
            // The last character carries 2 bits: 'G' sets unused ones.
            ("$1$abcdefgh$G//4keteveJp0qb8z2DxGG", "malformed md5-crypt"),
            (
                "$1$abcdefghi$G//4keteveJp0qb8z2DxG/",
                "at most 8 characters",
            ),
            ("$1$abcdefgh$G//4keteveJp0qb8z2DxG", "malformed md5-crypt"),
            (
                "$apr1$abc$def$G//4keteveJp0qb8z2DxG/",
                "malformed apache apr1-md5",
            ),
            ("$P$3IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0", "rounds 2^5"),
            ("$P$zIQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0", "rounds 2^63"),
            ("$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L", "malformed phpass"),
            (
                "$H$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.Lz",
                "malformed phpbb phpass",
            ),
        ] {
            let why = check_hash(text, true).unwrap_err();
            assert!(why.contains(says), "{text}: {why}");
        }
    }
}
