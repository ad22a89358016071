-- userctl schema, version 1. Applications share these tables: see README "Schema contract".
-- Marks the file as userctl's (PRAGMA application_id = 'uctl').
PRAGMA application_id = 1969452140;

CREATE TABLE roles (
    name        TEXT PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);

CREATE TABLE role_permissions (
    role       TEXT NOT NULL REFERENCES roles(name) ON DELETE CASCADE ON UPDATE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role, permission)
) WITHOUT ROWID;

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    email                TEXT UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL DEFAULT '',
    password_hash        TEXT,
    role                 TEXT NOT NULL REFERENCES roles(name) ON UPDATE CASCADE,
    status               TEXT NOT NULL DEFAULT 'active'
                         CHECK (status IN ('active', 'inactive', 'invited')),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    totp_secret          TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    last_login_at        TEXT,
    status_reason        TEXT
);
-- Serves role/status filters, the last-admin guard and the per-role counts of `stats`.
CREATE INDEX users_role_status ON users(role, status);
CREATE INDEX users_status ON users(status);
CREATE INDEX users_created_at ON users(created_at);
CREATE INDEX users_last_login_at ON users(last_login_at);
CREATE INDEX users_with_2fa ON users(id) WHERE totp_secret IS NOT NULL;

CREATE TABLE sessions (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT,
    expires_at   TEXT NOT NULL,
    ip           TEXT,
    user_agent   TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expires_at ON sessions(expires_at);

CREATE TABLE api_keys (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    prefix       TEXT NOT NULL UNIQUE,
    key_hash     TEXT NOT NULL UNIQUE,
    label        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
);
CREATE INDEX api_keys_user ON api_keys(user_id);

CREATE TABLE invitations (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX invitations_user ON invitations(user_id);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- Append-only and hash-chained: hash = sha256 over the previous hash and this row's fields.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT,
    details   TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
-- NOCASE: `audit list --user` and `user show` match targets case-insensitively.
CREATE INDEX audit_log_target ON audit_log(target COLLATE NOCASE);
CREATE INDEX audit_log_actor ON audit_log(actor);

INSERT INTO roles (name, description, builtin) VALUES
    ('admin', 'Full access to everything', 1),
    ('moderator', 'Day-to-day work on resources; cannot manage users or settings', 1),
    ('user', 'Read-only access to resources and the playground', 1);

INSERT INTO role_permissions (role, permission) VALUES
    ('admin', 'users.view'), ('admin', 'users.manage'), ('admin', 'sessions.manage'),
    ('admin', 'roles.manage'), ('admin', 'settings.manage'), ('admin', 'audit.view'),
    ('admin', 'analytics.view'), ('admin', 'resources.view'), ('admin', 'resources.edit'),
    ('admin', 'playground.use'), ('admin', 'demo.reset'),
    ('moderator', 'resources.view'), ('moderator', 'resources.edit'),
    ('moderator', 'analytics.view'), ('moderator', 'playground.use'),
    ('user', 'resources.view'), ('user', 'playground.use');
