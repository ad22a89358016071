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
