//! Realistic sample data for `userctl demo`: accounts across roles and statuses,
//! sessions, API keys and audit history. Deterministic for a given seed.

use anyhow::Result;
use rayon::prelude::*;
use serde_json::json;
use zeroize::Zeroizing;

use crate::authz::Actor;
use crate::db::{self, users::NewUser, users::Status, Conn};
use crate::password::{self, HashParams};
use crate::{clock, tokens};

const FIRST: &[&str] = &[
    "Ada", "Alan", "Amara", "Ana", "Arjun", "Beatriz", "Chen", "Chloe", "Dmitri", "Elena", "Emeka",
    "Fatima", "Grace", "Hana", "Ibrahim", "Ines", "Jonas", "Julia", "Kenji", "Kofi", "Lars",
    "Layla", "Lucas", "Maria", "Mateo", "Mei", "Nadia", "Noah", "Olga", "Omar", "Priya", "Rafael",
    "Sara", "Sofia", "Tariq", "Theo", "Uma", "Wei", "Yara", "Zoe",
];
const LAST: &[&str] = &[
    "Abebe",
    "Andersen",
    "Bauer",
    "Chowdhury",
    "Costa",
    "Dubois",
    "Eriksson",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kim",
    "Kowalski",
    "Lopez",
    "Martin",
    "Mensah",
    "Nakamura",
    "Novak",
    "Okafor",
    "Oliveira",
    "Patel",
    "Quinn",
    "Rossi",
    "Santos",
    "Schmidt",
    "Silva",
    "Singh",
    "Tanaka",
    "Torres",
    "Usman",
    "Virtanen",
    "Wang",
    "Weber",
    "Yilmaz",
    "Zhang",
];
const DOMAINS: &[&str] = &["example.com", "example.org", "corp.example"];
const AGENTS: &[&str] = &[
    "Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0",
    "curl/8.10.1",
];
const REASONS: &[&str] = &[
    "left the company",
    "contract ended",
    "on leave",
    "security review",
];

/// A small deterministic generator (SplitMix64): the same seed, the same sample.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn secs_ago(&mut self, max_days: i64) -> i64 {
        let max = u64::try_from(max_days * 86_400).unwrap_or(1).max(1);
        i64::try_from(self.next() % max).unwrap_or(0)
    }
}

/// What the demo made.
pub struct Summary {
    pub users: usize,
    pub sessions: usize,
    pub api_keys: usize,
    /// The password every sample account with a password shares, shown once.
    pub password: Zeroizing<String>,
}

/// Fills an empty, migrated database with `count` sample users (at least 3 admins).
/// Runs inside the caller's write transaction.
pub fn populate(conn: &Conn, actor: &Actor, count: usize, seed: u64) -> Result<Summary> {
    let mut rng = Rng(seed);
    let who = actor.audit_name();
    db::audit::append(
        conn,
        &who,
        "demo.create",
        None,
        &json!({ "users": count, "seed": seed }),
    )?;

    // One password for every sample account, hashed with distinct salts in parallel.
    let password = password::generate()?;
    let hashes: Vec<String> = (0..count.clamp(1, 32))
        .into_par_iter()
        .map(|_| password::hash(&password, HashParams::default()))
        .collect::<Result<_>>()?;

    let now = clock::unix_now();
    let (mut sessions, mut api_keys) = (0, 0);
    let mut used_names = std::collections::HashSet::new();
    let mut people = Vec::new();
    for i in 0..count {
        let (first, last) = (rng.pick(FIRST), rng.pick(LAST));
        let (username, display_name) = if i == 0 {
            ("admin".to_string(), "Site Admin".to_string())
        } else {
            let base = format!("{}.{}", first.to_lowercase(), last.to_lowercase());
            let mut name = base.clone();
            let mut n = 2;
            while !used_names.insert(name.clone()) {
                name = format!("{base}{n}");
                n += 1;
            }
            (name, format!("{first} {last}"))
        };
        let role = match i {
            0..=2 => "admin",
            _ if rng.chance(12) => "moderator",
            _ => "user",
        };
        let status = match (i, rng.below(100)) {
            (0..=2, _) => Status::Active,
            (_, 0..=8) => Status::Inactive,
            (_, 9..=13) => Status::Invited,
            _ => Status::Active,
        };
        let email = format!(
            "{username}@{}",
            if i == 0 {
                "example.com"
            } else {
                rng.pick(DOMAINS)
            }
        );
        let id = db::users::insert(
            conn,
            &NewUser {
                username: username.clone(),
                email: Some(email.clone()),
                display_name,
                role: role.into(),
                status,
                password_hash: (status != Status::Invited)
                    .then(|| hashes[i % hashes.len()].clone()),
                must_change_password: status == Status::Active && rng.chance(5),
            },
        )?;
        if role == "user" || role == "moderator" {
            people.push(id);
        }
        let created = now - rng.secs_ago(730);
        let last_login = (status == Status::Active && rng.chance(85))
            .then(|| created + rng.secs_ago(((now - created) / 86_400).max(1)));
        let totp = (status == Status::Active && (role == "admin" || rng.chance(30)))
            .then(|| tokens::hex(&rng.next().to_be_bytes()));
        db::users::set_history(
            conn,
            id,
            &clock::format_unix(created),
            last_login.map(clock::format_unix).as_deref(),
            totp.as_deref(),
        )?;
        db::audit::append(
            conn,
            &who,
            "user.add",
            Some(&username),
            &json!({ "email": email, "role": role, "status": status }),
        )?;
        if status == Status::Inactive {
            let reason = rng.pick(REASONS);
            db::users::set_status(conn, id, Status::Inactive, Some(reason))?;
            db::audit::append(
                conn,
                &who,
                "user.deactivate",
                Some(&username),
                &json!({ "reason": reason }),
            )?;
        }
        if let Some(login) = last_login {
            for _ in 0..=rng.below(3) {
                let start = login - rng.secs_ago(20);
                let token = tokens::new_token("sess")?;
                db::sessions::insert(
                    conn,
                    &db::sessions::NewSession {
                        user_id: id,
                        token_hash: &tokens::sha256_hex(&token),
                        created_at: &clock::format_unix(start),
                        last_seen_at: Some(&clock::format_unix(login)),
                        expires_at: &clock::format_unix(start + 14 * 86_400),
                        ip: Some(&format!("192.0.2.{}", 1 + rng.below(254))),
                        user_agent: Some(rng.pick(AGENTS)),
                    },
                )?;
                sessions += 1;
            }
        }
        if status == Status::Active && rng.chance(12) {
            let key = tokens::new_token("uk")?;
            let label = rng.pick(&["ci", "grafana", "backup-script", "laptop"]);
            db::keys::insert(
                conn,
                id,
                &key[..16],
                &tokens::sha256_hex(&key),
                label,
                &clock::format_unix(created),
            )?;
            api_keys += 1;
        }
    }
    access_sample(conn, actor, &mut rng, &people)?;
    Ok(Summary {
        users: count,
        sessions,
        api_keys,
        password,
    })
}

/// Seeds 002–004's access model on the sample accounts: permissions the application
/// adds, groups, package grants, a dataset allow-list, attributes (timezone, email
/// digest, budgets), an expired contractor and a service account. Through the domain,
/// so every step is audited like a real one.
fn access_sample(conn: &Conn, actor: &Actor, rng: &mut Rng, people: &[i64]) -> Result<()> {
    const PACKAGES: &[&str] = &["web", "api", "billing", "mobile", "search", "infra"];
    const DATASETS: &[&str] = &[
        "sales-2026",
        "marketing",
        "hr",
        "finance",
        "support-tickets",
    ];
    const ZONES: &[&str] = &[
        "Europe/Berlin",
        "America/New_York",
        "Asia/Tokyo",
        "Europe/London",
    ];
    use crate::access::{self, ModeKind, Subject};
    use crate::attributes::{self, Type};
    use crate::authz::Level;

    access::add_permission(conn, actor, "reports.export", "Export reports as CSV")?;
    access::add_permission(conn, actor, "budgets.manage", "Change spending budgets")?;
    let groups: [(&str, &str, &[&str]); 3] = [
        (
            "support",
            "First-line support",
            &["users.view", "sessions.manage"],
        ),
        (
            "analysts",
            "Dashboards and reports",
            &["analytics.view", "reports.export"],
        ),
        ("billing", "Budgets and invoices", &["budgets.manage"]),
    ];
    for (name, description, perms) in groups {
        access::create_group(conn, actor, name, description)?;
        let perms: Vec<String> = perms.iter().map(ToString::to_string).collect();
        access::group_grant(conn, actor, name, &perms)?;
    }
    let resource = |t: &str, id: &str| (t.to_string(), id.to_string());
    let analysts = Subject::Group(access::existing_group(conn, "analysts")?);
    access::grant_resource(
        conn,
        actor,
        &analysts,
        &resource("dataset", "sales-2026"),
        Level::Read,
        None,
    )?;
    access::grant_resource(
        conn,
        actor,
        &analysts,
        &resource("dataset", "marketing"),
        Level::Write,
        None,
    )?;
    for attr in [
        ("timezone", "timezone", Some("UTC")),
        ("email_digest", "enum:daily,weekly,never", Some("weekly")),
        ("daily_budget", "int", None),
        ("monthly_budget", "int", None),
        ("budget_alerts", "bool", Some("true")),
    ] {
        attributes::define(conn, actor, attr.0, &Type::parse(attr.1)?, attr.2)?;
    }
    for (n, &id) in people.iter().enumerate() {
        let member = rng.below(10);
        if member < 4 {
            let group = ["support", "analysts", "billing", "analysts"][member];
            access::add_member(conn, actor, group, id)?;
        }
        let user = Subject::User(Box::new(db::users::get_by_id(conn, id)?));
        if rng.chance(40) {
            for _ in 0..=rng.below(3) {
                let level = if rng.chance(30) {
                    Level::Write
                } else {
                    Level::Read
                };
                access::grant_resource(
                    conn,
                    actor,
                    &user,
                    &resource("package", rng.pick(PACKAGES)),
                    level,
                    None,
                )?;
            }
        }
        if n % 7 == 0 {
            // Seed 003: a dataset allow-list.
            access::set_mode(conn, actor, id, "dataset", ModeKind::Allow, Level::Read)?;
            access::grant_resource(
                conn,
                actor,
                &user,
                &resource("dataset", rng.pick(DATASETS)),
                Level::Read,
                None,
            )?;
        } else if n % 11 == 0 {
            access::set_mode(conn, actor, id, "dataset", ModeKind::Deny, Level::Read)?;
            access::grant_resource(
                conn,
                actor,
                &user,
                &resource("dataset", "hr"),
                Level::Read,
                None,
            )?;
        }
        if rng.chance(30) {
            let mut values = vec![("timezone".to_string(), rng.pick(ZONES).to_string())];
            if rng.chance(50) {
                values.push(("email_digest".into(), rng.pick(&["daily", "never"]).into()));
            }
            if rng.chance(40) {
                let daily = 5 * (1 + rng.below(20));
                values.push(("daily_budget".into(), daily.to_string()));
                values.push(("monthly_budget".into(), (daily * 25).to_string()));
            }
            attributes::set_values(conn, actor, id, &values)?;
        }
        if n == 5 {
            access::set_overrides(conn, actor, id, &["reports.export".into()], false, None)?;
        }
        if n == 9 {
            access::set_expires(
                conn,
                actor,
                id,
                Some(&clock::format_unix(clock::unix_now() - 86_400 * 3)),
            )?;
        }
    }
    // The newest ordinary account becomes a service account with an API key (seed
    // 004's gateway keys): no password, no interactive login.
    if let Some(&bot) = people.last() {
        access::set_service(conn, actor, bot, true)?;
        let key = tokens::new_token("uk")?;
        db::keys::insert(
            conn,
            bot,
            &key[..16],
            &tokens::sha256_hex(&key),
            "deploy",
            &clock::now(),
        )?;
    }
    Ok(())
}
