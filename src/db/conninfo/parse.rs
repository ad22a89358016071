//! Reading a connection string the way libpq reads it: a `postgresql://` URL or
//! `key=value` words. The result is the list of keywords and values in the order given
//! (a later value for the same keyword wins); what they mean is `conninfo`'s business.
//!
//! No error message repeats the text it was given: a value may hold a password.

use zeroize::Zeroizing;

/// The URL schemes libpq accepts, matched case-sensitively as libpq does.
pub(super) const URL_PREFIXES: [&str; 2] = ["postgresql://", "postgres://"];

/// Every connection keyword libpq knows (PostgreSQL 18), whether userctl honours it
/// or not: a string whose first word is one of them is a connection string.
pub(super) const KEYWORDS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "passfile",
    "require_auth",
    "channel_binding",
    "connect_timeout",
    "client_encoding",
    "options",
    "application_name",
    "fallback_application_name",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "replication",
    "gssencmode",
    "sslmode",
    "sslnegotiation",
    "requiressl",
    "sslcompression",
    "sslcert",
    "sslkey",
    "sslcertmode",
    "sslpassword",
    "sslrootcert",
    "sslcrl",
    "sslcrldir",
    "sslsni",
    "sslkeylogfile",
    "requirepeer",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version",
    "min_protocol_version",
    "max_protocol_version",
    "krbsrvname",
    "gsslib",
    "gssdelegation",
    "service",
    "servicefile",
    "target_session_attrs",
    "load_balance_hosts",
    "oauth_issuer",
    "oauth_client_id",
    "oauth_client_secret",
    "oauth_scope",
    "scram_client_key",
    "scram_server_key",
];

/// Keywords and values in the order the string gives them. Values are kept in
/// zeroizing buffers: any of them may be a password.
pub(super) type Pairs = Vec<(String, Zeroizing<String>)>;

/// What is wrong with a connection string, in words that quote no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Bad(pub String);

fn bad<T>(message: impl Into<String>) -> Result<T, Bad> {
    Err(Bad(message.into()))
}

/// White space as libpq's `isspace` sees it in the C locale.
pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// Whether `text` is a PostgreSQL connection string rather than a file path: it
/// starts with `postgresql://` or `postgres://`, or its first word (after leading
/// white space) is a libpq keyword followed, after optional white space, by `=`.
pub(super) fn is_connection_string(text: &str) -> bool {
    if URL_PREFIXES.iter().any(|p| text.starts_with(p)) {
        return true;
    }
    let text = text.trim_start_matches(is_space);
    let end = text
        .find(|c: char| c == '=' || is_space(c))
        .unwrap_or(text.len());
    let (word, rest) = text.split_at(end);
    KEYWORDS.contains(&word) && rest.trim_start_matches(is_space).starts_with('=')
}

/// Parses a URL or a `key=value` string; the caller has checked
/// [`is_connection_string`].
pub(super) fn parse(text: &str) -> Result<Pairs, Bad> {
    match URL_PREFIXES.iter().find(|p| text.starts_with(*p)) {
        Some(prefix) => parse_url(&text[prefix.len()..]),
        None => parse_words(text),
    }
}

/// `key=value` words as libpq's `conninfo_parse` reads them: white space around `=`
/// is allowed; a value is either a run of non-blank characters or single-quoted;
/// a backslash takes the next character literally in both (`\'`, `\\`).
fn parse_words(text: &str) -> Result<Pairs, Bad> {
    let mut pairs = Pairs::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.next_if(|c| is_space(*c)).is_some() {}
        if chars.peek().is_none() {
            return Ok(pairs);
        }
        let word = pairs.len() + 1;
        let mut keyword = String::new();
        while let Some(c) = chars.next_if(|c| *c != '=' && !is_space(*c)) {
            keyword.push(c);
        }
        while chars.next_if(|c| is_space(*c)).is_some() {}
        if chars.next() != Some('=') {
            // Never quoted: it is most often the rest of an unquoted value (a password).
            return bad(format!(
                "word {word} has no \"=\" (a value with white space or quotes is written in \
                 single quotes: key='a b')"
            ));
        }
        let name = named(&keyword, follows_secret(&pairs), &format!("word {word}"));
        while chars.next_if(|c| is_space(*c)).is_some() {}
        let mut value = Zeroizing::new(String::new());
        if chars.next_if_eq(&'\'').is_some() {
            loop {
                match chars.next() {
                    None => return bad(format!("the quoted value of {name} has no closing quote")),
                    Some('\'') => break,
                    Some('\\') => match chars.next() {
                        Some(c) => value.push(c),
                        None => {
                            return bad(format!("the quoted value of {name} has no closing quote"))
                        }
                    },
                    Some(c) => value.push(c),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !is_space(*c)) {
                if c == '\\' {
                    // A trailing backslash is dropped, as libpq does.
                    if let Some(next) = chars.next() {
                        value.push(next);
                    }
                } else {
                    value.push(c);
                }
            }
        }
        pairs.push((keyword, value));
    }
}

/// A keyword as an error message names it: quoted when it is a known keyword, or
/// shaped like one (a mistyped option) and not right after a password (where it may
/// be the rest of an unquoted password); else `fallback` (its position).
pub(super) fn named(keyword: &str, after_secret: bool, fallback: &str) -> String {
    let shaped = keyword.len() <= 40
        && keyword.starts_with(|c: char| c.is_ascii_lowercase())
        && keyword
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if KEYWORDS.contains(&keyword) || (shaped && !after_secret) {
        format!("\"{keyword}\"")
    } else {
        fallback.to_string()
    }
}

/// Whether the last keyword read holds a secret.
pub(super) fn follows_secret(pairs: &[(String, Zeroizing<String>)]) -> bool {
    pairs
        .last()
        .is_some_and(|(k, _)| k == "password" || k == "sslpassword")
}

/// The part of a URL after `postgresql://`, as libpq's `conninfo_uri_parse_options`
/// reads it: `[user[:password]@][host][:port][/dbname][?keyword=value&…]`, every
/// component percent-decoded. The host may be `[IPv6]`, or a percent-encoded
/// socket directory (`%2Fvar%2Frun%2Fpostgresql`). Two deliberate differences: the
/// user information ends at the *last* `@` before the path or query (a password
/// with an unencoded `@` is not taken for a host name), and a `?` ends the
/// authority as RFC 3986 says.
fn parse_url(rest: &str) -> Result<Pairs, Bad> {
    let mut pairs = Pairs::new();
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, after) = rest.split_at(authority_end);
    let hostport = match authority.rfind('@') {
        Some(at) => {
            let userinfo = &authority[..at];
            let (user, password) = match userinfo.find(':') {
                Some(colon) => (&userinfo[..colon], Some(&userinfo[colon + 1..])),
                None => (userinfo, None),
            };
            push_nonempty(&mut pairs, "user", decode(user, "the user name")?);
            if let Some(password) = password {
                push_nonempty(&mut pairs, "password", decode(password, "the password")?);
            }
            &authority[at + 1..]
        }
        None => authority,
    };
    if hostport.contains(',') {
        return bad("it names more than one host: userctl connects to one server");
    }
    let (host, port) = if let Some(inner) = hostport.strip_prefix('[') {
        let Some(close) = inner.find(']') else {
            return bad("an IPv6 address in it has no closing \"]\"");
        };
        if close == 0 {
            return bad("an IPv6 address in it is empty");
        }
        let after_bracket = &inner[close + 1..];
        let port = match after_bracket.strip_prefix(':') {
            Some(port) => Some(port),
            None if after_bracket.is_empty() => None,
            None => return bad("an IPv6 address in it is followed by something other than a port"),
        };
        (&inner[..close], port)
    } else {
        match hostport.find(':') {
            Some(colon) => (&hostport[..colon], Some(&hostport[colon + 1..])),
            None => (hostport, None),
        }
    };
    push_nonempty(&mut pairs, "host", decode(host, "the host")?);
    if let Some(port) = port {
        push_nonempty(&mut pairs, "port", decode(port, "the port")?);
    }
    let (path, query) = match after.find('?') {
        Some(q) => (&after[..q], Some(&after[q + 1..])),
        None => (after, None),
    };
    if let Some(dbname) = path.strip_prefix('/') {
        push_nonempty(&mut pairs, "dbname", decode(dbname, "the database name")?);
    }
    for (n, param) in query
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .enumerate()
    {
        let position = format!("query parameter {}", n + 1);
        let mut parts = param.splitn(3, '=');
        let key = parts.next().unwrap_or_default();
        let Some(value) = parts.next() else {
            // Never quoted: it may be the rest of a password with an unencoded "&".
            return bad(format!(
                "{position} has no \"=\" (percent-encode a \"&\" in a value as %26)"
            ));
        };
        let name = named(key, follows_secret(&pairs), &position);
        if parts.next().is_some() {
            return bad(format!(
                "{name} has a second \"=\" (percent-encode it as %3D)"
            ));
        }
        let key = decode(key, &format!("the name of {position}"))?;
        let value = decode(value, &format!("the value of {name}"))?;
        if key.as_str() == "ssl" && value.as_str() == "true" {
            // libpq's spelling for compatibility with JDBC URLs.
            pairs.push(("sslmode".into(), Zeroizing::new("require".into())));
        } else {
            pairs.push((key.to_string(), value));
        }
    }
    Ok(pairs)
}

fn push_nonempty(pairs: &mut Pairs, keyword: &str, value: Zeroizing<String>) {
    if !value.is_empty() {
        pairs.push((keyword.to_string(), value));
    }
}

/// Percent-decoding as libpq does it: `%XX` with two hex digits, `%00` refused, the
/// result UTF-8; `+` stays a plus.
fn decode(text: &str, what: &str) -> Result<Zeroizing<String>, Bad> {
    let bytes = text.as_bytes();
    let mut out = Zeroizing::new(Vec::with_capacity(bytes.len()));
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = |b: Option<&u8>| b.and_then(|b| (*b as char).to_digit(16));
            let (Some(high), Some(low)) = (hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) else {
                return bad(format!("{what} has an invalid percent-encoding"));
            };
            let byte = u8::try_from(high * 16 + low).unwrap_or_default();
            if byte == 0 {
                return bad(format!("{what} contains %00, which is not allowed"));
            }
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    match std::str::from_utf8(&out) {
        Ok(s) => Ok(Zeroizing::new(s.to_string())),
        Err(_) => bad(format!("{what} is not UTF-8 once percent-decoded")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String)> {
        parse(text)
            .unwrap_or_else(|e| panic!("{text}: {e:?}"))
            .into_iter()
            .map(|(k, v)| (k, v.to_string()))
            .collect()
    }

    fn p(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect()
    }

    #[test]
    fn what_is_a_connection_string_and_what_is_a_file() {
        for server in [
            "postgresql://",
            "postgres://h/db",
            "postgresql:///db?host=/run/postgresql",
            "host=/tmp",
            "dbname=app",
            "  dbname = app user=x",
            "\tport=5433",
            "sslmode=require host=db",
            "service=x",
        ] {
            assert!(
                is_connection_string(server),
                "{server:?} is a connection string"
            );
        }
        for file in [
            "./a=b.db",
            "/tmp/x=y",
            "a=b.db",
            "data=1.db",
            "./dbname=app",
            "userctl.db",
            "host",
            "host file.db",
            "HOST=x",
            "Postgres://h/db",
            "postgres:/h/db",
            "postgresql:db",
            "=x",
            "",
            "dir/host=x",
        ] {
            assert!(!is_connection_string(file), "{file:?} is a file path");
        }
    }

    #[test]
    fn key_value_words_as_libpq_reads_them() {
        assert_eq!(
            pairs("host=/tmp port = 5433  dbname= app\tuser =x"),
            p(&[
                ("host", "/tmp"),
                ("port", "5433"),
                ("dbname", "app"),
                ("user", "x")
            ])
        );
        assert_eq!(
            pairs(r"user='a b' options='-c search_path=s\'q'"),
            p(&[("user", "a b"), ("options", "-c search_path=s'q")])
        );
        // SQL's doubled quote is not libpq's escape: the word after it lacks its "=".
        assert!(parse("user='it''s' dbname=x").is_err());
        assert_eq!(
            pairs(r"password='o\'brien \\ x' user='' dbname=a\ b"),
            p(&[
                ("password", r"o'brien \ x"),
                ("user", ""),
                ("dbname", "a b")
            ])
        );
        assert_eq!(
            pairs("dbname=x dbname=y"),
            p(&[("dbname", "x"), ("dbname", "y")])
        );
        assert_eq!(pairs("host="), p(&[("host", "")]));
        assert_eq!(pairs(r"dbname=a\"), p(&[("dbname", "a")]));
    }

    #[test]
    fn broken_key_value_words_are_refused_without_quoting_values() {
        let err = parse("host=x password='secret").unwrap_err();
        assert!(
            err.0.contains("\"password\" has no closing quote"),
            "{err:?}"
        );
        assert!(!err.0.contains("secret"), "{err:?}");
        // An unquoted password with a space: the rest is never repeated.
        let err = parse("host=x password=my secret dbname=y").unwrap_err();
        assert!(err.0.starts_with("word 3 has no \"=\""), "{err:?}");
        assert!(!err.0.contains("secret"), "{err:?}");
        let read = parse("host=x password=my sec=ret").unwrap();
        assert_eq!(
            named(&read[2].0, follows_secret(&read[..2]), "word 3"),
            "word 3"
        );
        let err = parse("host=x dbname='unterminated").unwrap_err();
        assert!(err.0.contains("\"dbname\" has no closing"), "{err:?}");
    }

    #[test]
    fn urls_as_libpq_reads_them() {
        assert_eq!(pairs("postgresql://"), p(&[]));
        assert_eq!(
            pairs("postgresql://alice:s%40cr%3At@db.example:6543/app%20one?sslmode=verify-full&connect_timeout=3&application_name=cron%2Bjob&options=-c%20search_path%3Dx"),
            p(&[
                ("user", "alice"),
                ("password", "s@cr:t"),
                ("host", "db.example"),
                ("port", "6543"),
                ("dbname", "app one"),
                ("sslmode", "verify-full"),
                ("connect_timeout", "3"),
                ("application_name", "cron+job"),
                ("options", "-c search_path=x"),
            ])
        );
        assert_eq!(
            pairs("postgres://%2Fvar%2Frun%2Fpostgresql/app"),
            p(&[("host", "/var/run/postgresql"), ("dbname", "app")])
        );
        assert_eq!(
            pairs("postgresql:///app?host=/run/pg&port=5433"),
            p(&[("dbname", "app"), ("host", "/run/pg"), ("port", "5433")])
        );
        assert_eq!(
            pairs("postgresql://[::1]:5433/db"),
            p(&[("host", "::1"), ("port", "5433"), ("dbname", "db")])
        );
        assert_eq!(pairs("postgresql://[fe80::1]"), p(&[("host", "fe80::1")]));
        assert_eq!(
            pairs("postgresql://u@h?ssl=true"),
            p(&[("user", "u"), ("host", "h"), ("sslmode", "require")])
        );
        // The last @ ends the user information: an unencoded @ stays in the password.
        assert_eq!(
            pairs("postgresql://u:p@ss@h/db"),
            p(&[
                ("user", "u"),
                ("password", "p@ss"),
                ("host", "h"),
                ("dbname", "db")
            ])
        );
        // Empty parts are not set; an empty password is no password.
        assert_eq!(pairs("postgresql://:@:/"), p(&[]));
        assert_eq!(
            pairs("postgresql://h/a/b"),
            p(&[("host", "h"), ("dbname", "a/b")])
        );
    }

    #[test]
    fn broken_urls_are_refused_without_quoting_values() {
        for (url, words) in [
            ("postgresql://h1,h2/db", "more than one host"),
            ("postgresql://h1:5432,h2:5432/db", "more than one host"),
            ("postgresql://[::1/db", "no closing"),
            ("postgresql://[]/db", "empty"),
            ("postgresql://[::1]x/db", "other than a port"),
            (
                "postgresql://u:pw%zz@h/db",
                "the password has an invalid percent-encoding",
            ),
            ("postgresql://u:pw%00@h/db", "%00"),
            ("postgresql://u:pw%ff@h/db", "not UTF-8"),
            (
                "postgresql://h/db?sslmode",
                "query parameter 1 has no \"=\"",
            ),
            (
                "postgresql://h/db?password=pw&pwrest",
                "query parameter 2 has no",
            ),
            (
                "postgresql://h/db?password=pw&pwrest=x=y",
                "query parameter 2 has a second",
            ),
            (
                "postgresql://h/db?password=a=b",
                "\"password\" has a second \"=\"",
            ),
            ("postgresql://h/db?sslmod=x=y", "\"sslmod\" has a second"),
            (
                "postgresql://h/db?Pw%=x",
                "the name of query parameter 1 has an invalid",
            ),
        ] {
            let err = parse(url).unwrap_err();
            assert!(err.0.contains(words), "{url}: {err:?}");
            assert!(!err.0.contains("pw"), "{url}: {err:?}");
        }
    }
}
