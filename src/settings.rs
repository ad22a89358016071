//! The settings kept in the database: which keys exist, their defaults, how a value
//! is validated, and typed views of them for the rest of the code.

use anyhow::Result;
use serde::Serialize;

use crate::db::{self, Conn};
use crate::error::{refuse, Refusal};
use crate::password::{self, HashParams, Policy};

/// One known setting.
pub struct Setting {
    pub key: &'static str,
    pub default: &'static str,
    pub help: &'static str,
    validate: fn(&str) -> Result<(), String>,
}

fn int_in(value: &str, lo: u64, hi: u64) -> Result<u64, String> {
    let n: u64 = value
        .parse()
        .map_err(|_| format!("'{value}' is not a whole number"))?;
    if (lo..=hi).contains(&n) {
        Ok(n)
    } else {
        Err(format!("{n} is outside {lo}..={hi}"))
    }
}

/// Every setting userctl knows, in display order.
pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "password.min_length",
        default: "15",
        help: "shortest password accepted, in characters (NIST SP 800-63B: 15 for single-factor)",
        validate: |v| int_in(v, 8, 1024).map(drop),
    },
    Setting {
        key: "password.max_length",
        default: "128",
        help: "longest password accepted, in characters; never truncated (at least 64)",
        validate: |v| int_in(v, 64, 4096).map(drop),
    },
    Setting {
        key: "argon2.memory_kib",
        default: "19456",
        help: "argon2id memory cost in KiB (OWASP floor: 19456 with 2 iterations)",
        validate: |v| int_in(v, 7168, u64::from(password::ARGON2_MAX_MEMORY_KIB)).map(drop),
    },
    Setting {
        key: "argon2.iterations",
        default: "2",
        help: "argon2id time cost (memory × iterations must reach OWASP's 19456 × 2)",
        validate: |v| int_in(v, 1, u64::from(password::ARGON2_MAX_ITERATIONS)).map(drop),
    },
    Setting {
        key: "argon2.parallelism",
        default: "1",
        help: "argon2id lanes",
        validate: |v| int_in(v, 1, 16).map(drop),
    },
    Setting {
        key: "session.lifetime_hours",
        default: "336",
        help: "how long a login session lasts, in hours",
        validate: |v| int_in(v, 1, 8784).map(drop),
    },
    Setting {
        key: "invitation.lifetime_hours",
        default: "168",
        help: "how long an invitation token stays valid, in hours",
        validate: |v| int_in(v, 1, 8784).map(drop),
    },
    Setting {
        key: "registration.allowed",
        default: "false",
        help: "whether the application lets visitors register themselves (true/false)",
        validate: |v| match v {
            "true" | "false" => Ok(()),
            _ => Err(format!("'{v}' is not true or false")),
        },
    },
    Setting {
        key: "import.max_deactivate",
        default: "10%",
        help: "most accounts one `import-csv --mode sync` may deactivate: N, or P% of the \
               source's active accounts (at least 1)",
        validate: |v| Limit::parse(v).map(drop),
    },
    Setting {
        key: "lockout.max_failures",
        default: "10",
        help: "wrong passwords in a row that lock an account for lockout.minutes (the \
               application counts them too)",
        validate: |v| int_in(v, 1, 1000).map(drop),
    },
    Setting {
        key: "lockout.minutes",
        default: "15",
        help: "how long a lock lasts, in minutes; it ends by itself",
        validate: |v| int_in(v, 1, 525_600).map(drop),
    },
    Setting {
        key: "2fa.required",
        default: "none",
        help: "who must have a second factor: none, admins (every account holding \
               users.manage), all, role:R,… or group:G,… (person accounts only)",
        validate: |v| TwoFactorPolicy::parse(v).map(drop),
    },
    Setting {
        key: "2fa.grace_days",
        default: "7",
        help: "days an account has to set up a second factor once 2fa.required applies to \
               it; past them it may not log in without one (0: at once)",
        validate: |v| int_in(v, 0, 3650).map(drop),
    },
    Setting {
        key: "impersonation.enabled",
        default: "false",
        help: "whether `session impersonate` may open a session as another account \
               (true/false; it also needs the permission users.impersonate)",
        validate: |v| match v {
            "true" | "false" => Ok(()),
            _ => Err(format!("'{v}' is not true or false")),
        },
    },
    Setting {
        key: "impersonation.max_minutes",
        default: "60",
        help: "longest an impersonation session may last, in minutes (--ttl above it is \
               refused)",
        validate: |v| int_in(v, 1, 1440).map(drop),
    },
];

/// Who must have a second factor (setting `2fa.required`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TwoFactorPolicy {
    /// Nobody.
    None,
    /// Every account holding `users.manage`.
    Admins,
    /// Every person account.
    All,
    /// The accounts of these roles.
    Roles(Vec<String>),
    /// The members of these groups.
    Groups(Vec<String>),
}

impl TwoFactorPolicy {
    /// Reads `none`, `admins`, `all`, `role:R,…` or `group:G,…` (names as stored:
    /// lowercase, each at most once).
    pub fn parse(text: &str) -> Result<TwoFactorPolicy, String> {
        let text = text.trim();
        let names = |list: &str, what: &str| -> Result<Vec<String>, String> {
            let mut out: Vec<String> = Vec::new();
            for name in list.split(',').map(str::trim) {
                let name = match what {
                    "role" => crate::lifecycle::normalize_role(name),
                    _ => crate::access::normalize_group(name),
                }
                .map_err(|r| r.message)?;
                if !out.contains(&name) {
                    out.push(name);
                }
            }
            Ok(out)
        };
        match text {
            "none" => Ok(TwoFactorPolicy::None),
            "admins" => Ok(TwoFactorPolicy::Admins),
            "all" => Ok(TwoFactorPolicy::All),
            _ => {
                if let Some(list) = text.strip_prefix("role:") {
                    Ok(TwoFactorPolicy::Roles(names(list, "role")?))
                } else if let Some(list) = text.strip_prefix("group:") {
                    Ok(TwoFactorPolicy::Groups(names(list, "group")?))
                } else {
                    Err(format!(
                        "'{text}' is not none, admins, all, role:R,… or group:G,…"
                    ))
                }
            }
        }
    }
}

impl std::fmt::Display for TwoFactorPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TwoFactorPolicy::None => f.write_str("none"),
            TwoFactorPolicy::Admins => f.write_str("admins"),
            TwoFactorPolicy::All => f.write_str("all"),
            TwoFactorPolicy::Roles(r) => write!(f, "role:{}", r.join(",")),
            TwoFactorPolicy::Groups(g) => write!(f, "group:{}", g.join(",")),
        }
    }
}

/// A safety limit on how many accounts one run may change: a count, or a percentage
/// of a base (at least 1 either way, so a limit never forbids everything).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Count(u64),
    Percent(u64),
}

impl Limit {
    /// Reads `N` or `P%` (P from 0 to 100).
    pub fn parse(text: &str) -> Result<Limit, String> {
        let text = text.trim();
        let bad = || format!("'{text}' is not a count (N) or a percentage (P%)");
        match text.strip_suffix('%') {
            Some(p) => {
                let p: u64 = p.trim().parse().map_err(|_| bad())?;
                if p > 100 {
                    return Err(format!("{p}% is more than 100%"));
                }
                Ok(Limit::Percent(p))
            }
            None => text.parse().map(Limit::Count).map_err(|_| bad()),
        }
    }

    /// The largest number allowed when the percentage is of `base`: at least 1.
    pub fn of(self, base: u64) -> u64 {
        match self {
            Limit::Count(n) => n,
            Limit::Percent(p) => (base * p / 100).max(1),
        }
    }
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Limit::Count(n) => write!(f, "{n}"),
            Limit::Percent(p) => write!(f, "{p}%"),
        }
    }
}

/// A setting's effective value and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Value {
    pub key: String,
    pub value: String,
    pub default: String,
    pub is_default: bool,
    /// `description` in JSON and CSV, like the table's header.
    #[serde(rename = "description")]
    pub help: String,
}

fn lookup(key: &str) -> Result<&'static Setting> {
    match SETTINGS.iter().find(|s| s.key == key) {
        Some(s) => Ok(s),
        None => refuse(
            Refusal::not_found(format!("no setting '{key}'"))
                .hint("`userctl config list` shows every setting"),
        ),
    }
}

/// The effective value of a key.
pub fn get(conn: &Conn, key: &str) -> Result<Value> {
    let setting = lookup(key)?;
    let stored = db::settings::get(conn, key)?;
    Ok(Value {
        key: setting.key.to_string(),
        is_default: stored.is_none(),
        value: stored.unwrap_or_else(|| setting.default.to_string()),
        default: setting.default.to_string(),
        help: setting.help.to_string(),
    })
}

/// Every setting's effective value.
pub fn list(conn: &Conn) -> Result<Vec<Value>> {
    SETTINGS.iter().map(|s| get(conn, s.key)).collect()
}

/// The shortest password NIST SP 800-63B (rev. 4) accepts for an account whose
/// password is its only factor.
pub const NIST_MIN_LENGTH: u64 = 15;

/// A warning about a valid but weak value (the value is still accepted): a
/// `password.min_length` below [`NIST_MIN_LENGTH`].
pub fn caution(key: &str, value: &str) -> Option<String> {
    let length: u64 = value.parse().ok()?;
    (key == "password.min_length" && length < NIST_MIN_LENGTH).then(|| {
        format!(
            "password.min_length {length} is below the {NIST_MIN_LENGTH} characters NIST SP 800-63B \
             asks of a password that is an account's only factor"
        )
    })
}

/// Validates `value` for `key`, alone and together with the other settings; returns
/// the normalised value to store. Does not write.
pub fn validate(conn: &Conn, key: &str, value: &str) -> Result<String> {
    let setting = lookup(key)?;
    let value = value.trim().to_ascii_lowercase();
    if let Err(why) = (setting.validate)(&value) {
        return refuse(Refusal::invalid(format!("invalid {key}: {why}")));
    }
    let effective = |k: &str| -> Result<u64> {
        let v = if k == key {
            value.clone()
        } else {
            get(conn, k)?.value
        };
        Ok(v.parse().unwrap_or(0))
    };
    if key.starts_with("password.")
        && effective("password.min_length")? > effective("password.max_length")?
    {
        return refuse(Refusal::invalid(
            "password.min_length cannot exceed password.max_length",
        ));
    }
    if key.starts_with("argon2.")
        && effective("argon2.memory_kib")? * effective("argon2.iterations")? < 19_456 * 2
    {
        return refuse(
            Refusal::invalid(
                "argon2 parameters below OWASP's floor (memory × iterations < 19456 × 2)",
            )
            .hint("raise argon2.iterations when lowering argon2.memory_kib"),
        );
    }
    if key.starts_with("argon2.")
        && effective("argon2.memory_kib")? * effective("argon2.iterations")?
            > password::ARGON2_MAX_WORK_KIB
    {
        return refuse(Refusal::invalid(format!(
            "argon2 parameters above the bound userctl verifies (memory × iterations > {} KiB)",
            password::ARGON2_MAX_WORK_KIB
        )));
    }
    if key == "2fa.required" {
        return two_factor_value(conn, &value);
    }
    Ok(value)
}

/// A `2fa.required` value whose roles and groups exist, normalised (`role:a,b`).
fn two_factor_value(conn: &Conn, value: &str) -> Result<String> {
    let policy = TwoFactorPolicy::parse(value)
        .or_else(|why| refuse(Refusal::invalid(format!("invalid 2fa.required: {why}"))))?;
    match &policy {
        TwoFactorPolicy::Roles(roles) => {
            for role in roles {
                if db::roles::find(conn, role)?.is_none() {
                    return refuse(
                        Refusal::invalid(format!("invalid 2fa.required: no role '{role}'"))
                            .hint("`userctl role list` shows the roles"),
                    );
                }
            }
        }
        TwoFactorPolicy::Groups(groups) => {
            for group in groups {
                if db::access::find_group(conn, group)?.is_none() {
                    return refuse(
                        Refusal::invalid(format!("invalid 2fa.required: no group '{group}'"))
                            .hint("`userctl group list` shows the groups"),
                    );
                }
            }
        }
        _ => {}
    }
    Ok(policy.to_string())
}

fn number(conn: &Conn, key: &str) -> Result<u64> {
    let v = get(conn, key)?;
    v.value.parse().or_else(|_| {
        refuse(
            Refusal::unusable(format!(
                "stored setting {key} = '{}' is not a number",
                v.value
            ))
            .hint(format!(
                "fix it with `userctl config set {key} {}`",
                v.default
            )),
        )
    })
}

/// The password policy in force.
pub fn password_policy(conn: &Conn) -> Result<Policy> {
    Ok(Policy {
        min_length: usize::try_from(number(conn, "password.min_length")?)?,
        max_length: usize::try_from(number(conn, "password.max_length")?)?,
    })
}

/// The argon2id settings as stored, each one outside its bounds (written by the
/// application, not through `config set`) replaced by its default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Argon2Settings {
    /// The parameters to hash with: the stored ones, or the safe default of each
    /// that is out of bounds.
    pub params: HashParams,
    /// One sentence per setting out of bounds, naming it, its value and its bounds.
    pub out_of_bounds: Vec<String>,
}

impl Argon2Settings {
    /// The stored parameters, or a refusal (exit 9) naming the first setting out of
    /// bounds: a write never hashes with one.
    pub fn require(self) -> Result<HashParams> {
        match self.out_of_bounds.into_iter().next() {
            None => Ok(self.params),
            Some(why) => refuse(Refusal::unusable(why).hint(
                "`userctl config set` puts it back within bounds; `userctl recover` still works",
            )),
        }
    }
}

/// Reads the argon2id settings and holds each to the bounds `config set` enforces
/// (the same rules: [`SETTINGS`]' own validation, and memory × iterations at most
/// [`password::ARGON2_MAX_WORK_KIB`]).
pub fn argon2_settings(conn: &Conn) -> Result<Argon2Settings> {
    let mut out_of_bounds = Vec::new();
    let mut read = |key: &str| -> Result<u32> {
        let setting = lookup(key)?;
        let value = get(conn, key)?.value;
        let checked = (setting.validate)(&value)
            .and_then(|()| value.parse::<u32>().map_err(|e| e.to_string()));
        let default = setting.default.parse::<u32>()?;
        Ok(checked.unwrap_or_else(|why| {
            out_of_bounds.push(format!(
                "stored setting {key} = '{value}' is out of bounds: {why}"
            ));
            default
        }))
    };
    let mut params = HashParams {
        memory_kib: read("argon2.memory_kib")?,
        iterations: read("argon2.iterations")?,
        parallelism: read("argon2.parallelism")?,
    };
    let work = u64::from(params.memory_kib) * u64::from(params.iterations);
    if work > password::ARGON2_MAX_WORK_KIB {
        out_of_bounds.push(format!(
            "stored settings argon2.memory_kib = {} and argon2.iterations = {} are out of bounds: memory × iterations is at most {} KiB",
            params.memory_kib,
            params.iterations,
            password::ARGON2_MAX_WORK_KIB
        ));
        let defaults = HashParams::default();
        params.memory_kib = defaults.memory_kib;
        params.iterations = defaults.iterations;
    }
    Ok(Argon2Settings {
        params,
        out_of_bounds,
    })
}

/// The argon2id parameters new hashes are made with; a setting out of bounds is
/// refused (exit 9), naming it.
pub fn hash_params(conn: &Conn) -> Result<HashParams> {
    argon2_settings(conn)?.require()
}

/// How long a session lasts, in seconds.
pub fn session_lifetime_secs(conn: &Conn) -> Result<i64> {
    Ok(i64::try_from(number(conn, "session.lifetime_hours")?)? * 3600)
}

/// The default `--max-deactivate` of `import-csv --mode sync`.
pub fn import_max_deactivate(conn: &Conn) -> Result<Limit> {
    let v = get(conn, "import.max_deactivate")?;
    Limit::parse(&v.value).or_else(|why| {
        refuse(
            Refusal::unusable(format!("stored setting import.max_deactivate: {why}")).hint(
                format!(
                    "fix it with `userctl config set import.max_deactivate {}`",
                    v.default
                ),
            ),
        )
    })
}

/// How long an invitation lasts, in seconds.
pub fn invitation_lifetime_secs(conn: &Conn) -> Result<i64> {
    Ok(i64::try_from(number(conn, "invitation.lifetime_hours")?)? * 3600)
}

/// The failed-login lockout in force: after `max_failures` wrong passwords in a row an
/// account is locked for `secs` seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lockout {
    pub max_failures: i64,
    pub secs: i64,
}

/// The failed-login lockout settings.
pub fn lockout(conn: &Conn) -> Result<Lockout> {
    Ok(Lockout {
        max_failures: i64::try_from(number(conn, "lockout.max_failures")?)?.max(1),
        secs: i64::try_from(number(conn, "lockout.minutes")?)?.saturating_mul(60),
    })
}

/// Impersonation as the settings allow it: `None` while `impersonation.enabled` is
/// false, else the longest session in seconds.
pub fn impersonation_max_secs(conn: &Conn) -> Result<Option<i64>> {
    if get(conn, "impersonation.enabled")?.value != "true" {
        return Ok(None);
    }
    Ok(Some(
        i64::try_from(number(conn, "impersonation.max_minutes")?)?.saturating_mul(60),
    ))
}

/// The 2FA policy in force: who must have a second factor, and the grace period (in
/// seconds) each account has once the policy applies to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TwoFactor {
    pub policy: TwoFactorPolicy,
    pub grace_secs: i64,
}

/// The 2FA policy settings. A stored `2fa.required` that does not read (written by
/// hand) is refused with the fix, like a stored number that does not read.
pub fn two_factor(conn: &Conn) -> Result<TwoFactor> {
    Ok(TwoFactor {
        policy: two_factor_policy(conn)?,
        grace_secs: i64::try_from(number(conn, "2fa.grace_days")?)?.saturating_mul(86_400),
    })
}

/// The setting `2fa.required`, read.
pub fn two_factor_policy(conn: &Conn) -> Result<TwoFactorPolicy> {
    let v = get(conn, "2fa.required")?;
    TwoFactorPolicy::parse(&v.value.to_ascii_lowercase()).or_else(|why| {
        refuse(
            Refusal::unusable(format!("stored setting 2fa.required: {why}")).hint(
                "fix it with `userctl config set 2fa.required none` (or the policy you mean)",
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_counts_or_percentages_of_at_least_one() {
        assert_eq!(Limit::parse("25").unwrap(), Limit::Count(25));
        assert_eq!(Limit::parse(" 10% ").unwrap(), Limit::Percent(10));
        assert!(Limit::parse("101%").is_err());
        assert!(Limit::parse("-1").is_err());
        assert!(Limit::parse("ten").is_err());
        assert_eq!(Limit::Percent(10).of(400), 40);
        assert_eq!(Limit::Percent(10).of(5), 1);
        assert_eq!(Limit::Percent(0).of(0), 1);
        assert_eq!(Limit::Count(0).of(100), 0);
    }
}
