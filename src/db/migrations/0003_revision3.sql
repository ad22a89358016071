-- userctl schema, revision 3: one migration for the whole release. Each part of the
-- release adds its objects in a block of its own below; keep the blocks apart.
-- Applications share these tables: see docs/application-guide.md.

-- ---------------------------------------------------------------------------------------
-- Leaving: the data an account owns, and audit entries that can be redacted
-- ---------------------------------------------------------------------------------------

-- The application's per-account data: each row registers one column of one of its tables
-- that references users(id) (checked when registered, and by `db check`), under a label,
-- with what happens to its rows when the account leaves.
CREATE TABLE owned_data (
    label        TEXT NOT NULL PRIMARY KEY,
    table_name   TEXT NOT NULL,
    column_name  TEXT NOT NULL,
    on_departure TEXT NOT NULL CHECK (on_departure IN ('transfer', 'delete', 'block')),
    created_at   TEXT NOT NULL,
    UNIQUE (table_name, column_name)
);

-- An erased account's personal data is redacted from the audit entries that held it,
-- and the chain still verifies (audit format 3, see docs/application-guide.md).
-- body_salt: the random salt of a format-3 entry's field digests (hex); removed when the
--   entry is redacted, so the digest of a removed value cannot be confirmed by guessing.
-- body_digest: what the entry's link was made from, kept when its actor, target or
--   details were replaced by redaction markers (NULL for an entry as written).
-- redacted_by: the id of the `user.erase` entry that redacted it (NULL: not redacted).
ALTER TABLE audit_log ADD COLUMN body_salt TEXT;
ALTER TABLE audit_log ADD COLUMN body_digest TEXT;
ALTER TABLE audit_log ADD COLUMN redacted_by INTEGER;

-- ---------------------------------------------------------------------------------------
-- (end of the leaving block)
-- ---------------------------------------------------------------------------------------

-- ---------------------------------------------------------------------------------------
-- Signing in: failed logins
-- ---------------------------------------------------------------------------------------

-- Failed-login lockout, kept by the application at each login and by userctl (`user
-- verify`, `--as`): see docs/application-guide.md, "Failed logins".
-- failed_logins: wrong passwords since the last successful login (or unlock); reaching
--   the setting lockout.max_failures locks the account.
-- locked_until: while in the future the account may not log in and its password is not
--   checked; the lock ends by itself when it passes (NULL: not locked). `user unlock`,
--   `recover`, an admin's `user passwd` and `user activate` clear both.
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
CREATE INDEX users_locked_until ON users (locked_until) WHERE locked_until IS NOT NULL;

-- ---------------------------------------------------------------------------------------
-- (end of the failed-logins block)
-- ---------------------------------------------------------------------------------------

-- ---------------------------------------------------------------------------------------
-- Signing in: second factors (the 2FA policy and recovery codes)
-- ---------------------------------------------------------------------------------------

-- Who the setting 2fa.required applies to, and since when: one row per account under the
-- policy, kept by userctl in every write it makes (a policy change, a role, group or
-- permission change, a new account), deleted when the policy stops applying to it.
-- since: when the policy started to apply to the account; its grace period
--   (2fa.grace_days) runs from here. `user reset-2fa` starts it again ("set up 2FA again
--   at next login"). An account past since + grace without a second factor
--   (users.totp_secret IS NULL) may not log in: see docs/application-guide.md, "Second
--   factors".
CREATE TABLE second_factor_required (
    user_id INTEGER NOT NULL PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    since   TEXT NOT NULL
);

-- Recovery codes: only the hex SHA-256 of each code (its twelve characters lowercased,
-- without the dashes) is stored. `user recovery-codes USER --generate` replaces an
-- account's set; `user reset-2fa` deletes it. The application consumes a code by
-- setting used_at, once.
CREATE TABLE recovery_codes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    used_at    TEXT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- ---------------------------------------------------------------------------------------
-- (end of the second-factors block)
-- ---------------------------------------------------------------------------------------

-- ---------------------------------------------------------------------------------------
-- Signing in: impersonation
-- ---------------------------------------------------------------------------------------

-- A session an admin opened as another account (`session impersonate`), for support:
-- impersonator: who opened it, as the audit log names actors (`user:NAME`, `os:LOGIN`);
--   NULL for the account's own sessions. The application shows a banner in such a
--   session and refuses password, second-factor and API-key changes in it; it is not the
--   account's own activity (dormant-account rules leave it out).
-- impersonation_reason: why, as given with --reason.
ALTER TABLE sessions ADD COLUMN impersonator TEXT;
ALTER TABLE sessions ADD COLUMN impersonation_reason TEXT;
CREATE INDEX sessions_impersonated ON sessions (user_id) WHERE impersonator IS NOT NULL;

-- The permission to open such a session; the built-in admin role holds it (the setting
-- impersonation.enabled is off until an operator turns it on). An application that named
-- it already keeps its row.
INSERT INTO permissions (name, description, builtin)
    VALUES ('users.impersonate', 'Open a short, audited session as another account', 1)
    ON CONFLICT DO NOTHING;
INSERT INTO role_permissions (role, permission)
    SELECT name, 'users.impersonate' FROM roles WHERE name = 'admin'
    ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------------------
-- (end of the impersonation block)
-- ---------------------------------------------------------------------------------------

-- ---------------------------------------------------------------------------------------
-- Signing in: password-reset links
-- ---------------------------------------------------------------------------------------

-- One-time password-reset tokens (`user reset-link`): only the hex SHA-256 of the token
-- is stored. A new link deletes the account's unused ones; the application consumes a
-- token once, by setting used_at while it is unused and unexpired (see
-- docs/application-guide.md, "Reset links and invitations").
CREATE TABLE password_resets (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);
CREATE INDEX password_resets_user ON password_resets (user_id);

-- ---------------------------------------------------------------------------------------
-- (end of the reset-links block)
-- ---------------------------------------------------------------------------------------

-- ---------------------------------------------------------------------------------------
-- Signing in: last activity, stored
-- ---------------------------------------------------------------------------------------

-- last_active_at: when the account was last active, as YYYY-MM-DDTHH:MM:SSZ: the latest
--   of its last login, any of its sessions' last activity (the session's creation when
--   last_seen_at is NULL; impersonation sessions aside) and any of its API keys' last use
--   (NULL: never active). Kept by the triggers below whatever writes those columns, the
--   application included, in any timestamp form userctl reads; it only moves forward, so
--   deleting a session or key does not make an account look dormant.
ALTER TABLE users ADD COLUMN last_active_at TEXT;

-- Existing accounts: the same latest instant, worked out once from the rows as they are.
UPDATE users SET last_active_at = strftime('%Y-%m-%dT%H:%M:%SZ', nullif(max(coalesce((CASE WHEN typeof(users.last_login_at) IN ('integer', 'real') THEN CAST(CASE WHEN users.last_login_at > 100000000000 THEN users.last_login_at / 1000.0 ELSE users.last_login_at END AS INTEGER) WHEN users.last_login_at GLOB '[0-9]*' AND users.last_login_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(users.last_login_at AS REAL) > 100000000000 THEN CAST(users.last_login_at AS REAL) / 1000.0 ELSE CAST(users.last_login_at AS REAL) END AS INTEGER) ELSE unixepoch(users.last_login_at) END), -4611686018427387904), coalesce((SELECT max(coalesce((CASE WHEN typeof(s.last_seen_at) IN ('integer', 'real') THEN CAST(CASE WHEN s.last_seen_at > 100000000000 THEN s.last_seen_at / 1000.0 ELSE s.last_seen_at END AS INTEGER) WHEN s.last_seen_at GLOB '[0-9]*' AND s.last_seen_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(s.last_seen_at AS REAL) > 100000000000 THEN CAST(s.last_seen_at AS REAL) / 1000.0 ELSE CAST(s.last_seen_at AS REAL) END AS INTEGER) ELSE unixepoch(s.last_seen_at) END), (CASE WHEN typeof(s.created_at) IN ('integer', 'real') THEN CAST(CASE WHEN s.created_at > 100000000000 THEN s.created_at / 1000.0 ELSE s.created_at END AS INTEGER) WHEN s.created_at GLOB '[0-9]*' AND s.created_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(s.created_at AS REAL) > 100000000000 THEN CAST(s.created_at AS REAL) / 1000.0 ELSE CAST(s.created_at AS REAL) END AS INTEGER) ELSE unixepoch(s.created_at) END))) FROM sessions s WHERE s.user_id = users.id AND s.impersonator IS NULL), -4611686018427387904), coalesce((SELECT max((CASE WHEN typeof(k.last_used_at) IN ('integer', 'real') THEN CAST(CASE WHEN k.last_used_at > 100000000000 THEN k.last_used_at / 1000.0 ELSE k.last_used_at END AS INTEGER) WHEN k.last_used_at GLOB '[0-9]*' AND k.last_used_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(k.last_used_at AS REAL) > 100000000000 THEN CAST(k.last_used_at AS REAL) / 1000.0 ELSE CAST(k.last_used_at AS REAL) END AS INTEGER) ELSE unixepoch(k.last_used_at) END)) FROM api_keys k WHERE k.user_id = users.id), -4611686018427387904)), -4611686018427387904), 'unixepoch');

-- The dormant filters, `user list --sort last-active` and the counts of `stats`.
CREATE INDEX users_last_active ON users (last_active_at, status);
-- Accounts never active, by the instant of their creation (an account never active counts
-- as dormant from its creation).
CREATE INDEX users_never_active ON users ((CASE WHEN typeof(created_at) IN ('integer', 'real') THEN CAST(CASE WHEN created_at > 100000000000 THEN created_at / 1000.0 ELSE created_at END AS INTEGER) WHEN created_at GLOB '[0-9]*' AND created_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(created_at AS REAL) > 100000000000 THEN CAST(created_at AS REAL) / 1000.0 ELSE CAST(created_at AS REAL) END AS INTEGER) ELSE unixepoch(created_at) END), status, last_active_at)
    WHERE last_active_at IS NULL;

-- The instants of creation and of a session's end, whatever form they were written in:
-- `user list` (newest first), the accounts created lately and the live sessions of
-- `stats` read these instead of working out every row's instant.
CREATE INDEX users_created_instant ON users ((CASE WHEN typeof(created_at) IN ('integer', 'real') THEN CAST(CASE WHEN created_at > 100000000000 THEN created_at / 1000.0 ELSE created_at END AS INTEGER) WHEN created_at GLOB '[0-9]*' AND created_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(created_at AS REAL) > 100000000000 THEN CAST(created_at AS REAL) / 1000.0 ELSE CAST(created_at AS REAL) END AS INTEGER) ELSE unixepoch(created_at) END));
CREATE INDEX sessions_expires_instant ON sessions ((CASE WHEN typeof(expires_at) IN ('integer', 'real') THEN CAST(CASE WHEN expires_at > 100000000000 THEN expires_at / 1000.0 ELSE expires_at END AS INTEGER) WHEN expires_at GLOB '[0-9]*' AND expires_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(expires_at AS REAL) > 100000000000 THEN CAST(expires_at AS REAL) / 1000.0 ELSE CAST(expires_at AS REAL) END AS INTEGER) ELSE unixepoch(expires_at) END));

CREATE TRIGGER users_last_active_login_insert AFTER INSERT ON users
WHEN NEW.last_login_at IS NOT NULL
BEGIN
    UPDATE users SET last_active_at = strftime('%Y-%m-%dT%H:%M:%SZ', (CASE WHEN typeof(NEW.last_login_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_login_at > 100000000000 THEN NEW.last_login_at / 1000.0 ELSE NEW.last_login_at END AS INTEGER) WHEN NEW.last_login_at GLOB '[0-9]*' AND NEW.last_login_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_login_at AS REAL) > 100000000000 THEN CAST(NEW.last_login_at AS REAL) / 1000.0 ELSE CAST(NEW.last_login_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_login_at) END), 'unixepoch')
    WHERE id = NEW.id
      AND strftime('%Y-%m-%dT%H:%M:%SZ', (CASE WHEN typeof(NEW.last_login_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_login_at > 100000000000 THEN NEW.last_login_at / 1000.0 ELSE NEW.last_login_at END AS INTEGER) WHEN NEW.last_login_at GLOB '[0-9]*' AND NEW.last_login_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_login_at AS REAL) > 100000000000 THEN CAST(NEW.last_login_at AS REAL) / 1000.0 ELSE CAST(NEW.last_login_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_login_at) END), 'unixepoch') > coalesce(last_active_at, '');
END;

CREATE TRIGGER users_last_active_login AFTER UPDATE OF last_login_at ON users
WHEN NEW.last_login_at IS NOT NULL
BEGIN
    UPDATE users SET last_active_at = strftime('%Y-%m-%dT%H:%M:%SZ', (CASE WHEN typeof(NEW.last_login_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_login_at > 100000000000 THEN NEW.last_login_at / 1000.0 ELSE NEW.last_login_at END AS INTEGER) WHEN NEW.last_login_at GLOB '[0-9]*' AND NEW.last_login_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_login_at AS REAL) > 100000000000 THEN CAST(NEW.last_login_at AS REAL) / 1000.0 ELSE CAST(NEW.last_login_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_login_at) END), 'unixepoch')
    WHERE id = NEW.id
      AND strftime('%Y-%m-%dT%H:%M:%SZ', (CASE WHEN typeof(NEW.last_login_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_login_at > 100000000000 THEN NEW.last_login_at / 1000.0 ELSE NEW.last_login_at END AS INTEGER) WHEN NEW.last_login_at GLOB '[0-9]*' AND NEW.last_login_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_login_at AS REAL) > 100000000000 THEN CAST(NEW.last_login_at AS REAL) / 1000.0 ELSE CAST(NEW.last_login_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_login_at) END), 'unixepoch') > coalesce(last_active_at, '');
END;

CREATE TRIGGER sessions_last_active_insert AFTER INSERT ON sessions
WHEN NEW.impersonator IS NULL
BEGIN
    UPDATE users SET last_active_at = strftime('%Y-%m-%dT%H:%M:%SZ', coalesce((CASE WHEN typeof(NEW.last_seen_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_seen_at > 100000000000 THEN NEW.last_seen_at / 1000.0 ELSE NEW.last_seen_at END AS INTEGER) WHEN NEW.last_seen_at GLOB '[0-9]*' AND NEW.last_seen_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_seen_at AS REAL) > 100000000000 THEN CAST(NEW.last_seen_at AS REAL) / 1000.0 ELSE CAST(NEW.last_seen_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_seen_at) END), (CASE WHEN typeof(NEW.created_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.created_at > 100000000000 THEN NEW.created_at / 1000.0 ELSE NEW.created_at END AS INTEGER) WHEN NEW.created_at GLOB '[0-9]*' AND NEW.created_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.created_at AS REAL) > 100000000000 THEN CAST(NEW.created_at AS REAL) / 1000.0 ELSE CAST(NEW.created_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.created_at) END)), 'unixepoch')
    WHERE id = NEW.user_id
      AND strftime('%Y-%m-%dT%H:%M:%SZ', coalesce((CASE WHEN typeof(NEW.last_seen_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_seen_at > 100000000000 THEN NEW.last_seen_at / 1000.0 ELSE NEW.last_seen_at END AS INTEGER) WHEN NEW.last_seen_at GLOB '[0-9]*' AND NEW.last_seen_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_seen_at AS REAL) > 100000000000 THEN CAST(NEW.last_seen_at AS REAL) / 1000.0 ELSE CAST(NEW.last_seen_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_seen_at) END), (CASE WHEN typeof(NEW.created_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.created_at > 100000000000 THEN NEW.created_at / 1000.0 ELSE NEW.created_at END AS INTEGER) WHEN NEW.created_at GLOB '[0-9]*' AND NEW.created_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.created_at AS REAL) > 100000000000 THEN CAST(NEW.created_at AS REAL) / 1000.0 ELSE CAST(NEW.created_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.created_at) END)), 'unixepoch') > coalesce(last_active_at, '');
END;

CREATE TRIGGER sessions_last_active_seen AFTER UPDATE OF last_seen_at ON sessions
WHEN NEW.impersonator IS NULL AND NEW.last_seen_at IS NOT NULL
BEGIN
    UPDATE users SET last_active_at = strftime('%Y-%m-%dT%H:%M:%SZ', (CASE WHEN typeof(NEW.last_seen_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_seen_at > 100000000000 THEN NEW.last_seen_at / 1000.0 ELSE NEW.last_seen_at END AS INTEGER) WHEN NEW.last_seen_at GLOB '[0-9]*' AND NEW.last_seen_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_seen_at AS REAL) > 100000000000 THEN CAST(NEW.last_seen_at AS REAL) / 1000.0 ELSE CAST(NEW.last_seen_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_seen_at) END), 'unixepoch')
    WHERE id = NEW.user_id
      AND strftime('%Y-%m-%dT%H:%M:%SZ', (CASE WHEN typeof(NEW.last_seen_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_seen_at > 100000000000 THEN NEW.last_seen_at / 1000.0 ELSE NEW.last_seen_at END AS INTEGER) WHEN NEW.last_seen_at GLOB '[0-9]*' AND NEW.last_seen_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_seen_at AS REAL) > 100000000000 THEN CAST(NEW.last_seen_at AS REAL) / 1000.0 ELSE CAST(NEW.last_seen_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_seen_at) END), 'unixepoch') > coalesce(last_active_at, '');
END;

CREATE TRIGGER api_keys_last_active_insert AFTER INSERT ON api_keys
WHEN NEW.last_used_at IS NOT NULL
BEGIN
    UPDATE users SET last_active_at = strftime('%Y-%m-%dT%H:%M:%SZ', (CASE WHEN typeof(NEW.last_used_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_used_at > 100000000000 THEN NEW.last_used_at / 1000.0 ELSE NEW.last_used_at END AS INTEGER) WHEN NEW.last_used_at GLOB '[0-9]*' AND NEW.last_used_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_used_at AS REAL) > 100000000000 THEN CAST(NEW.last_used_at AS REAL) / 1000.0 ELSE CAST(NEW.last_used_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_used_at) END), 'unixepoch')
    WHERE id = NEW.user_id
      AND strftime('%Y-%m-%dT%H:%M:%SZ', (CASE WHEN typeof(NEW.last_used_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_used_at > 100000000000 THEN NEW.last_used_at / 1000.0 ELSE NEW.last_used_at END AS INTEGER) WHEN NEW.last_used_at GLOB '[0-9]*' AND NEW.last_used_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_used_at AS REAL) > 100000000000 THEN CAST(NEW.last_used_at AS REAL) / 1000.0 ELSE CAST(NEW.last_used_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_used_at) END), 'unixepoch') > coalesce(last_active_at, '');
END;

CREATE TRIGGER api_keys_last_active_used AFTER UPDATE OF last_used_at ON api_keys
WHEN NEW.last_used_at IS NOT NULL
BEGIN
    UPDATE users SET last_active_at = strftime('%Y-%m-%dT%H:%M:%SZ', (CASE WHEN typeof(NEW.last_used_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_used_at > 100000000000 THEN NEW.last_used_at / 1000.0 ELSE NEW.last_used_at END AS INTEGER) WHEN NEW.last_used_at GLOB '[0-9]*' AND NEW.last_used_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_used_at AS REAL) > 100000000000 THEN CAST(NEW.last_used_at AS REAL) / 1000.0 ELSE CAST(NEW.last_used_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_used_at) END), 'unixepoch')
    WHERE id = NEW.user_id
      AND strftime('%Y-%m-%dT%H:%M:%SZ', (CASE WHEN typeof(NEW.last_used_at) IN ('integer', 'real') THEN CAST(CASE WHEN NEW.last_used_at > 100000000000 THEN NEW.last_used_at / 1000.0 ELSE NEW.last_used_at END AS INTEGER) WHEN NEW.last_used_at GLOB '[0-9]*' AND NEW.last_used_at NOT GLOB '*[^0-9.]*' THEN CAST(CASE WHEN CAST(NEW.last_used_at AS REAL) > 100000000000 THEN CAST(NEW.last_used_at AS REAL) / 1000.0 ELSE CAST(NEW.last_used_at AS REAL) END AS INTEGER) ELSE unixepoch(NEW.last_used_at) END), 'unixepoch') > coalesce(last_active_at, '');
END;

-- ---------------------------------------------------------------------------------------
-- (end of the last-activity block)
-- ---------------------------------------------------------------------------------------

-- ---------------------------------------------------------------------------------------
-- Signing in: access that ends by itself
-- ---------------------------------------------------------------------------------------

-- `--until` on `user role`, `user grant`, `group add` and `access grant` (seed 000,
-- "promote them temporarily"). Nothing removes a row when its end comes: from that
-- instant on it is not read as access, by userctl, by the effective_permissions view
-- (recreated after this block, honouring the ends) and by the query
-- docs/application-guide.md documents. NULL: never ends.
-- temporary_role: until temporary_role_ends_at the account has this role instead of
--   users.role; users.role keeps the role it goes back to, so an application that
--   reads only users.role never keeps a promotion past its end.
ALTER TABLE users ADD COLUMN temporary_role TEXT REFERENCES roles(name) ON UPDATE CASCADE;
ALTER TABLE users ADD COLUMN temporary_role_ends_at TEXT
    CHECK ((temporary_role IS NULL) = (temporary_role_ends_at IS NULL));
CREATE INDEX users_temporary_role ON users (temporary_role) WHERE temporary_role IS NOT NULL;
ALTER TABLE user_permissions ADD COLUMN ends_at TEXT;
ALTER TABLE group_members ADD COLUMN ends_at TEXT;
ALTER TABLE resource_grants ADD COLUMN ends_at TEXT;

-- ---------------------------------------------------------------------------------------
-- (end of the access-that-ends block)
-- ---------------------------------------------------------------------------------------
