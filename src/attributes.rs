//! Attributes the application defines (timezone, email digest, budgets …): their
//! types, the validation of values, and the operations on them. Import and export use
//! [`columns`] and [`validate`] for the CSV columns of the same names.

use anyhow::Result;
use serde_json::{json, Value};

use crate::authz::{self, Action, Actor};
use crate::db::{self, attributes::Attribute, Conn};
use crate::error::{refuse, Refusal};
use crate::lifecycle;
use crate::output::{Change, Outcome};

/// Whether a name is a column of the import/export that is not an attribute: one
/// `import-csv` reads, or `managed_by`.
fn reserved(name: &str) -> bool {
    crate::import::COLUMNS.contains(&name) || name == "managed_by"
}

/// The type of an attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    Text,
    Int,
    Bool,
    /// An IANA zone name (`Europe/Berlin`), from the tz database compiled into userctl
    /// (the `chrono-tz` crate), so the answer does not depend on the host's tzdata.
    Timezone,
    /// A time of day, `HH:MM`.
    Time,
    Enum(Vec<String>),
}

impl Type {
    /// Parses `text|int|bool|timezone|time|enum:A,B,…`.
    pub fn parse(text: &str) -> Result<Type, Refusal> {
        let t = text.trim();
        match t.to_ascii_lowercase().as_str() {
            "text" => return Ok(Type::Text),
            "int" => return Ok(Type::Int),
            "bool" => return Ok(Type::Bool),
            "timezone" => return Ok(Type::Timezone),
            "time" => return Ok(Type::Time),
            _ => {}
        }
        if let Some(list) = t.strip_prefix("enum:") {
            let values: Vec<String> = list
                .split(',')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .collect();
            if !values.is_empty() && values.iter().all(|v| !v.chars().any(char::is_control)) {
                return Ok(Type::Enum(values));
            }
        }
        Err(Refusal::usage(format!("unknown attribute type '{t}'"))
            .hint("one of text, int, bool, timezone, time, enum:A,B,…"))
    }

    /// As stored in `attributes.type`.
    pub fn as_string(&self) -> String {
        match self {
            Type::Text => "text".into(),
            Type::Int => "int".into(),
            Type::Bool => "bool".into(),
            Type::Timezone => "timezone".into(),
            Type::Time => "time".into(),
            Type::Enum(v) => format!("enum:{}", v.join(",")),
        }
    }
}

/// Checks a value against a type; returns it normalised (`true`/`false`, a canonical
/// zone name, `HH:MM`, the enum value as declared) or says why not (exit 7).
pub fn validate(name: &str, kind: &Type, value: &str) -> Result<String, Refusal> {
    let v = value.trim();
    let bad = |what: &str| Refusal::invalid(format!("invalid value '{v}' for {name}: {what}"));
    match kind {
        Type::Text => {
            if v.chars().count() > 1000 || v.chars().any(|c| c.is_control() && c != '\t') {
                return Err(bad(
                    "text of at most 1000 characters without control characters",
                ));
            }
            Ok(v.to_string())
        }
        Type::Int => v
            .parse::<i64>()
            .map(|n| n.to_string())
            .map_err(|_| bad("expected a whole number")),
        Type::Bool => match v.to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" | "on" => Ok("true".into()),
            "false" | "no" | "0" | "off" => Ok("false".into()),
            _ => Err(bad("expected true or false")),
        },
        Type::Timezone => chrono_tz::TZ_VARIANTS
            .iter()
            .map(|tz| tz.name())
            .find(|n| n.eq_ignore_ascii_case(v))
            .map(str::to_string)
            .ok_or_else(|| bad("expected an IANA time zone name such as Europe/Berlin or UTC")),
        Type::Time => {
            let ok = v.len() == 5
                && v.as_bytes()[2] == b':'
                && v[..2].parse::<u8>().is_ok_and(|h| h < 24)
                && v[3..].parse::<u8>().is_ok_and(|m| m < 60)
                && v.bytes().filter(u8::is_ascii_digit).count() == 4;
            if ok {
                Ok(v.to_string())
            } else {
                Err(bad("expected a time of day HH:MM"))
            }
        }
        Type::Enum(values) => values
            .iter()
            .find(|x| x.eq_ignore_ascii_case(v))
            .cloned()
            .ok_or_else(|| bad(&format!("expected one of {}", values.join(", ")))),
    }
}

/// An attribute name as stored (the rules of role names, with `_` usual).
pub fn normalize_name(input: &str) -> Result<String, Refusal> {
    let name = lifecycle::check_name(input, "attribute name", 2, 50)?;
    if reserved(&name) {
        return Err(Refusal::conflict(format!(
            "'{name}' is an account column and cannot be an attribute name"
        )));
    }
    Ok(name)
}

/// A defined attribute with its parsed type, or exit 3.
pub fn existing(conn: &Conn, name: &str) -> Result<(Attribute, Type)> {
    let name = name.trim().to_ascii_lowercase();
    if let Some(a) = db::attributes::find(conn, &name)? {
        let t = Type::parse(&a.kind)?;
        return Ok((a, t));
    }
    let names: Vec<String> = db::attributes::list(conn)?
        .into_iter()
        .map(|a| a.name)
        .collect();
    let hint = match crate::access::did_you_mean(&name, &names) {
        Some(close) => format!("did you mean '{close}'?"),
        None => format!("define it: `userctl attr define {name} --type text`"),
    };
    refuse(Refusal::not_found(format!("no attribute '{name}'")).hint(hint))
}

/// The attributes, as import/export columns.
pub fn columns(conn: &Conn) -> Result<Vec<(Attribute, Type)>> {
    db::attributes::list(conn)?
        .into_iter()
        .map(|a| {
            let t = Type::parse(&a.kind)?;
            Ok((a, t))
        })
        .collect()
}

/// Defines an attribute.
pub fn define(
    conn: &Conn,
    actor: &Actor,
    name: &str,
    kind: &Type,
    default: Option<&str>,
) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageSettings)?;
    let name = normalize_name(name)?;
    if db::attributes::find(conn, &name)?.is_some() {
        return refuse(Refusal::conflict(format!(
            "attribute '{name}' already exists"
        )));
    }
    let default = default.map(|d| validate(&name, kind, d)).transpose()?;
    db::attributes::insert(conn, &name, &kind.as_string(), default.as_deref())?;
    let details = json!({ "type": kind.as_string(), "default": default });
    db::audit::append(
        conn,
        &actor.audit_name(),
        "attr.define",
        Some(&name),
        &details,
    )?;
    Ok(Change {
        target: name.clone(),
        result: Outcome::Created,
        message: format!("defined attribute {name} ({})", kind.as_string()),
        details,
        dry_run: false,
    })
}

/// Removes an attribute and every account's value of it.
pub fn remove(conn: &Conn, actor: &Actor, name: &str) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageSettings)?;
    let (a, _) = existing(conn, name)?;
    db::attributes::delete(conn, &a.name)?;
    let details = json!({ "type": a.kind, "default": a.default_value, "values_removed": a.values });
    db::audit::append(
        conn,
        &actor.audit_name(),
        "attr.remove",
        Some(&a.name),
        &details,
    )?;
    Ok(Change {
        target: a.name.clone(),
        result: Outcome::Deleted,
        message: format!(
            "removed attribute {} and {} account value(s)",
            a.name, a.values
        ),
        details,
        dry_run: false,
    })
}

/// Parses `NAME=VALUE` arguments against the definitions.
pub fn parse_assignments(conn: &Conn, pairs: &[String]) -> Result<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = Vec::new();
    for pair in pairs {
        let Some((name, value)) = pair.split_once('=') else {
            return refuse(Refusal::usage(format!("'{pair}' is not NAME=VALUE")));
        };
        let (a, t) = existing(conn, name)?;
        let v = validate(&a.name, &t, value)?;
        out.retain(|(n, _)| *n != a.name);
        out.push((a.name, v));
    }
    Ok(out)
}

/// Sets attribute values of an account (validated by [`parse_assignments`]). An
/// `--as` actor may not change its own (budgets are limits, not preferences).
pub fn set_values(
    conn: &Conn,
    actor: &Actor,
    user_id: i64,
    values: &[(String, String)],
) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    authz::forbid_self(actor, user_id, "change the attributes of")?;
    let mut details = serde_json::Map::new();
    for (name, value) in values {
        let before = db::attributes::value(conn, user_id, name)?;
        if before.as_deref() != Some(value) {
            db::attributes::set(conn, user_id, name, value)?;
            details.insert(name.clone(), json!({ "from": before, "to": value }));
        }
    }
    if details.is_empty() {
        return Ok(Change {
            target: user.username.clone(),
            result: Outcome::Unchanged,
            message: format!(
                "{} already has these values; nothing changed",
                user.username
            ),
            details: Value::Null,
            dry_run: false,
        });
    }
    let names: Vec<String> = details.keys().cloned().collect();
    let details = Value::Object(details);
    db::audit::append(
        conn,
        &actor.audit_name(),
        "user.set",
        Some(&user.username),
        &details,
    )?;
    Ok(Change {
        target: user.username.clone(),
        result: Outcome::Updated,
        message: format!("set {} of {}", names.join(", "), user.username),
        details,
        dry_run: false,
    })
}

/// Removes attribute values of an account (it falls back to the default).
pub fn unset_values(conn: &Conn, actor: &Actor, user_id: i64, names: &[String]) -> Result<Change> {
    authz::authorize(conn, actor, Action::ManageUser { target: user_id })?;
    let user = db::users::get_by_id(conn, user_id)?;
    authz::forbid_self(actor, user_id, "change the attributes of")?;
    let mut removed = Vec::new();
    for name in names {
        let (a, _) = existing(conn, name)?;
        if db::attributes::unset(conn, user_id, &a.name)? {
            removed.push(a.name);
        }
    }
    if removed.is_empty() {
        return Ok(Change {
            target: user.username.clone(),
            result: Outcome::Unchanged,
            message: format!("{} has no value of these; nothing changed", user.username),
            details: Value::Null,
            dry_run: false,
        });
    }
    let details = json!({ "unset": removed });
    db::audit::append(
        conn,
        &actor.audit_name(),
        "user.unset",
        Some(&user.username),
        &details,
    )?;
    Ok(Change {
        target: user.username.clone(),
        result: Outcome::Updated,
        message: format!("unset {} of {}", removed.join(", "), user.username),
        details,
        dry_run: false,
    })
}

/// An account's value of every attribute: (name, value, whether it is the default).
pub fn values_of(conn: &Conn, user_id: i64) -> Result<Vec<(String, Option<String>, bool)>> {
    let own = db::attributes::values_of(conn, user_id)?;
    Ok(db::attributes::list(conn)?
        .into_iter()
        .map(|a| match own.iter().find(|(n, _)| *n == a.name) {
            Some((_, v)) => (a.name, Some(v.clone()), false),
            None => (a.name, a.default_value, true),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_validated_by_type() {
        let v = |t: &str, x: &str| validate("a", &Type::parse(t).unwrap(), x);
        assert_eq!(v("timezone", "europe/berlin").unwrap(), "Europe/Berlin");
        assert_eq!(v("timezone", "UTC").unwrap(), "UTC");
        assert!(v("timezone", "Mars/Olympus").is_err());
        assert!(v("timezone", "+02:00").is_err());
        assert_eq!(v("bool", "Yes").unwrap(), "true");
        assert!(v("bool", "maybe").is_err());
        assert_eq!(v("int", " 42 ").unwrap(), "42");
        assert!(v("int", "4.2").is_err());
        assert_eq!(v("time", "08:30").unwrap(), "08:30");
        assert!(v("time", "24:00").is_err());
        assert!(v("time", "8:30").is_err());
        assert_eq!(v("enum:daily,weekly,never", "Weekly").unwrap(), "weekly");
        assert!(v("enum:daily,weekly", "monthly").is_err());
        assert!(Type::parse("float").is_err());
        assert!(Type::parse("enum:").is_err());
    }
}
