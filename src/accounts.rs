//! Account rules shared by every way accounts are made or changed (commands,
//! import, recovery): username and email form, and creating an account.

use anyhow::Result;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::authz::{self, Action, Actor};
use crate::db::{self, users::NewUser, users::Status, users::User, Conn};
use crate::error::{refuse, Refusal};
use crate::{clock, tokens};

/// A username as stored: lowercase ASCII `[a-z0-9._-]`, 3–50 characters, starting
/// with a letter or digit. Upper case input is lowered; anything else is refused.
pub fn normalize_username(input: &str) -> Result<String, Refusal> {
    let name = input.trim().to_ascii_lowercase();
    let why = if name.len() < 3 || name.len() > 50 {
        Some("it must be 3 to 50 characters long")
    } else if !name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'))
    {
        Some("only letters a-z, digits, '.', '_' and '-' are allowed")
    } else if !name.as_bytes()[0].is_ascii_alphanumeric() {
        Some("it must start with a letter or a digit")
    } else {
        None
    };
    match why {
        Some(why) => Err(Refusal::invalid(format!(
            "invalid username '{}': {why}",
            input.trim()
        ))),
        None => Ok(name),
    }
}

/// An email as stored: trimmed, NFKC-normalised and lowercased (the uniqueness key),
/// of the plain `local@domain.tld` form, and ASCII only. NFKC folds compatibility
/// forms (`ｒｏｏｔ@ｅｘａｍｐｌｅ.ｃｏｍ` is `root@example.com`, and collides with it);
/// anything still not ASCII after that is refused, so no address can look like
/// another through mixed scripts (Cyrillic `о` for Latin `o`) or invisible
/// characters. Internationalised domains are given in their `xn--` form.
pub fn normalize_email(input: &str) -> Result<String, Refusal> {
    let email: String = input.trim().nfkc().collect::<String>().to_lowercase();
    let bad = |why: &str| {
        Err(Refusal::invalid(format!(
            "invalid email '{}': {why}",
            crate::output::sanitize(input.trim())
        )))
    };
    if let Some(c) = email.chars().find(|c| !c.is_ascii()) {
        return Err(Refusal::invalid(format!(
            "invalid email '{}': it contains the non-ASCII character U+{:04X}; \
             addresses are ASCII only, so that none can pass for another",
            crate::output::sanitize(input.trim()),
            u32::from(c)
        ))
        .hint("give an internationalised domain in its xn-- (punycode) form"));
    }
    let Some((local, domain)) = email.rsplit_once('@') else {
        return bad("it has no '@'");
    };
    if email.len() > 254 || local.is_empty() || local.len() > 64 {
        return bad("the part before '@' must be 1 to 64 characters and the whole at most 254");
    }
    if email.chars().any(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '<' | '>' | ',' | ';' | '"' | '(' | ')' | '[' | ']' | '\\'
            )
    }) || local.contains('@')
    {
        return bad("it contains a character not allowed in an address");
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2
        || labels.iter().any(|l| {
            l.is_empty()
                || l.starts_with('-')
                || l.ends_with('-')
                || !l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
    {
        return bad("the domain after '@' is not a valid host name");
    }
    Ok(email)
}

/// A display name as stored: trimmed, at most 200 characters, no control character
/// but tab, line feed and carriage return (NUL, ESC, DEL, C1…: nothing a name needs,
/// and what a terminal would act on; a CSV's quoted name may span lines). Format
/// characters stay: U+200C and U+200D are part of many names. Output escapes all of
/// them (`output::sanitize`, `output::json_text`).
pub fn normalize_display_name(input: &str) -> Result<String, Refusal> {
    let name = input.trim();
    if name.chars().count() > 200 {
        return Err(Refusal::invalid(
            "the display name is longer than 200 characters",
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        return Err(Refusal::invalid(format!(
            "the display name holds a control character (U+{:04X})",
            u32::from(c)
        ))
        .hint("names take letters, marks, spaces and punctuation, not terminal controls"));
    }
    Ok(name.to_string())
}

/// Refuses a role that does not exist (exit 3), naming the ones that do.
pub fn ensure_role(conn: &Conn, role: &str) -> Result<()> {
    if db::roles::exists(conn, role)? {
        return Ok(());
    }
    let names = db::roles::names(conn)?;
    refuse(
        Refusal::not_found(format!("no role '{role}'"))
            .hint(format!("existing roles: {}", names.join(", "))),
    )
}

/// A validated request to create an account. The password, if any, is hashed already:
/// hashing is slow and happens before the write lock is taken.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub user: NewUser,
    /// Create an invitation (status `invited`, no password) and return its token.
    pub invite: bool,
}

/// The audit details of a new account: one shape for `user add`, `import-csv` and
/// `recover --create`. Never the password, only whether one was set.
#[derive(Serialize)]
pub struct Added<'a> {
    email: Option<&'a str>,
    display_name: &'a str,
    role: &'a str,
    status: Status,
    must_change_password: bool,
    password: &'static str,
    /// What made the account, when not a single command (`import-csv`).
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'static str>,
}

impl<'a> Added<'a> {
    pub fn new(u: &'a NewUser, source: Option<&'static str>) -> Self {
        Self::planned(u, u.password_hash.is_some(), source)
    }

    /// The details of an account whose password hash may still be on its way (a bulk
    /// import digests them before it hashes the passwords).
    pub fn planned(u: &'a NewUser, password_set: bool, source: Option<&'static str>) -> Self {
        Added {
            email: u.email.as_deref(),
            display_name: &u.display_name,
            role: &u.role,
            status: u.status,
            must_change_password: u.must_change_password,
            password: if password_set { "set" } else { "none" },
            source,
        }
    }
}

/// What creating an account produced.
pub struct Created {
    pub user: User,
    /// The one-time invitation token, for `--invite`.
    pub invitation: Option<Zeroizing<String>>,
}

/// Creates an account inside a write transaction: authorise, check conflicts and the
/// role, insert, invite, audit.
pub fn create(conn: &Conn, actor: &Actor, account: &NewAccount) -> Result<Created> {
    authz::authorize(conn, actor, Action::AddUsers)?;
    let u = &account.user;
    db::users::ensure_free(conn, &u.username, u.email.as_deref(), None)?;
    ensure_role(conn, &u.role)?;
    authz::ensure_holds_role(conn, actor, &u.role)?;
    let id = db::users::insert(conn, u)?;
    let invitation = if account.invite {
        Some(issue_invitation(conn, id)?)
    } else {
        None
    };
    db::audit::append(
        conn,
        &actor.audit_name(),
        "user.add",
        Some(&u.username),
        &Added::new(u, None),
    )?;
    Ok(Created {
        user: db::users::get_by_id(conn, id)?,
        invitation,
    })
}

/// Records a new invitation for an account and returns its one-time token (only its
/// SHA-256 is stored). It expires after the `invitation` lifetime setting.
pub fn issue_invitation(conn: &Conn, user_id: i64) -> Result<Zeroizing<String>> {
    let lifetime = crate::settings::invitation_lifetime_secs(conn)?;
    issue_invitation_until(conn, user_id, &clock::from_now(lifetime))
}

/// [`issue_invitation`], valid until `expires_at` (`user invite --expires`).
pub fn issue_invitation_until(
    conn: &Conn,
    user_id: i64,
    expires_at: &str,
) -> Result<Zeroizing<String>> {
    let token = tokens::new_token("inv")?;
    db::users::insert_invitation(
        conn,
        user_id,
        &tokens::sha256_hex(&token),
        &clock::now(),
        expires_at,
    )?;
    Ok(token)
}

/// The status a new account gets from the `--invite` and `--inactive` flags.
pub fn initial_status(invite: bool, inactive: bool) -> Status {
    if invite {
        Status::Invited
    } else if inactive {
        Status::Inactive
    } else {
        Status::Active
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames() {
        assert_eq!(normalize_username("Alice.B-2").unwrap(), "alice.b-2");
        assert!(normalize_username("ab").is_err());
        assert!(normalize_username(&"a".repeat(51)).is_err());
        assert!(normalize_username("_alice").is_err());
        assert!(normalize_username("al ice").is_err());
        assert!(normalize_username("zoë").is_err());
    }

    #[test]
    fn emails() {
        assert_eq!(
            normalize_email(" Alice@Example.COM ").unwrap(),
            "alice@example.com"
        );
        for bad in [
            "alice",
            "@example.com",
            "a@b",
            "a@-b.com",
            "a b@c.com",
            "a@b..com",
            "a<b@c.com",
            // Look-alikes: Cyrillic о, a zero-width space, a right-to-left override.
            "r\u{43e}ot@example.com",
            "ro\u{200b}ot@example.com",
            "root@\u{202e}moc.elpmaxe",
            "zoë@example.com",
            "root@exämple.com",
        ] {
            assert!(normalize_email(bad).is_err(), "{bad}");
        }
        // Compatibility forms fold to the address they look like.
        assert_eq!(
            normalize_email("ｒｏｏｔ@ｅｘａｍｐｌｅ.ｃｏｍ").unwrap(),
            "root@example.com"
        );
        assert_eq!(
            normalize_email("ROOT@xn--exmple-cua.com").unwrap(),
            "root@xn--exmple-cua.com"
        );
    }
}
