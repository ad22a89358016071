-- userctl schema, revision 2. Runs after the table rebuilds in `db::migration2` have given
-- `users`, `sessions`, `api_keys` and `invitations` AUTOINCREMENT ids (never reused) and
-- `roles.name` NOT NULL, keeping every column, index and trigger an application added.
-- Applications share these tables: see README "Schema contract".

-- Accounts: who manages them, until when they may log in, what kind they are.
-- managed_by: the import source that created or matched the account (NULL: by hand).
ALTER TABLE users ADD COLUMN managed_by TEXT;
-- expires_at: after this instant the account may not log in (NULL: never).
ALTER TABLE users ADD COLUMN expires_at TEXT;
-- kind: 'person' logs in with a password; 'service' has API keys only, never counted by the guard.
ALTER TABLE users ADD COLUMN kind TEXT NOT NULL DEFAULT 'person'
    CHECK (kind IN ('person', 'service'));
CREATE INDEX users_managed_by ON users(managed_by, status) WHERE managed_by IS NOT NULL;
CREATE INDEX users_expires_at ON users(expires_at) WHERE expires_at IS NOT NULL;

-- API keys can expire and be suspended (and resumed) without being revoked.
ALTER TABLE api_keys ADD COLUMN expires_at TEXT;
ALTER TABLE api_keys ADD COLUMN suspended_at TEXT;

-- Last active = the latest of last login, any session's last seen, any key's last use.
CREATE INDEX sessions_user_last_seen ON sessions(user_id, last_seen_at);
CREATE INDEX api_keys_user_last_used ON api_keys(user_id, last_used_at);

-- The permission names the application knows. role_permissions, group_permissions and
-- user_permissions only ever name one of these.
CREATE TABLE permissions (
    name        TEXT NOT NULL PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
) WITHOUT ROWID;

INSERT INTO permissions (name, description, builtin) VALUES
    ('users.view', 'See accounts and roles', 1),
    ('users.manage', 'Create, change, disable and delete accounts; set passwords and keys', 1),
    ('sessions.manage', 'See and revoke any account''s login sessions', 1),
    ('roles.manage', 'Create, change and delete roles, groups and permissions', 1),
    ('settings.manage', 'Read and change settings', 1),
    ('audit.view', 'Read the audit log', 1),
    ('analytics.view', 'See statistics', 1),
    ('resources.view', 'See the application''s resources', 1),
    ('resources.edit', 'Change the application''s resources', 1),
    ('resources.all', 'Reach every resource at write level', 1),
    ('playground.use', 'Use the playground', 1),
    ('demo.reset', 'Reset the demo data', 1);
-- Names custom roles of revision 1 already carry become known permissions.
INSERT OR IGNORE INTO permissions (name, description, builtin)
    SELECT DISTINCT permission, '', 0 FROM role_permissions;
-- The admin role holds every permission, resources.all included.
INSERT OR IGNORE INTO role_permissions (role, permission)
    SELECT 'admin', 'resources.all' WHERE EXISTS (SELECT 1 FROM roles WHERE name = 'admin');

-- Groups: a set of accounts that share permissions and resource grants.
CREATE TABLE groups (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    added_at TEXT NOT NULL,
    PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE INDEX group_members_user ON group_members(user_id);

CREATE TABLE group_permissions (
    group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    permission TEXT NOT NULL REFERENCES permissions(name),
    PRIMARY KEY (group_id, permission)
) WITHOUT ROWID;
CREATE INDEX group_permissions_permission ON group_permissions(permission);

-- Per-account overrides of the role's defaults: a grant adds a permission, a deny takes
-- one away whatever the role or a group gives ("Reset to Role Defaults" deletes them).
CREATE TABLE user_permissions (
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    permission TEXT NOT NULL REFERENCES permissions(name),
    effect     TEXT NOT NULL CHECK (effect IN ('grant', 'deny')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, permission)
) WITHOUT ROWID;
CREATE INDEX user_permissions_permission ON user_permissions(permission, effect);

-- Resources the application owns, named TYPE:ID, granted to an account or a group.
CREATE TABLE resource_grants (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER REFERENCES users(id) ON DELETE CASCADE,
    group_id      INTEGER REFERENCES groups(id) ON DELETE CASCADE,
    resource_type TEXT NOT NULL,
    resource_id   TEXT NOT NULL,
    level         TEXT NOT NULL CHECK (level IN ('read', 'write')),
    created_at    TEXT NOT NULL,
    CHECK ((user_id IS NULL) <> (group_id IS NULL))
);
CREATE UNIQUE INDEX resource_grants_user
    ON resource_grants(user_id, resource_type, resource_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX resource_grants_group
    ON resource_grants(group_id, resource_type, resource_id) WHERE group_id IS NOT NULL;
CREATE INDEX resource_grants_resource ON resource_grants(resource_type, resource_id);

-- How an account reaches the resources of one type: 'full' (everything), 'allow' (only
-- the listed ones), 'deny' (everything but the listed ones), at a default level.
CREATE TABLE resource_modes (
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    resource_type TEXT NOT NULL,
    mode          TEXT NOT NULL CHECK (mode IN ('full', 'allow', 'deny')),
    level         TEXT NOT NULL DEFAULT 'read' CHECK (level IN ('read', 'write')),
    PRIMARY KEY (user_id, resource_type)
) WITHOUT ROWID;

-- Attributes the application defines (timezone, email digest, budgets …) and their values.
CREATE TABLE attributes (
    name          TEXT NOT NULL PRIMARY KEY,
    type          TEXT NOT NULL,
    default_value TEXT,
    created_at    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE user_attributes (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name    TEXT NOT NULL REFERENCES attributes(name) ON DELETE CASCADE,
    value   TEXT NOT NULL,
    PRIMARY KEY (user_id, name)
) WITHOUT ROWID;
CREATE INDEX user_attributes_name ON user_attributes(name);

-- Effective permissions = role ∪ groups ∪ the account's grants − the account's denials,
-- with where each comes from ('role:NAME', 'group:NAME', 'grant'). Whether the account
-- may log in at all (status, expiry, kind) is not part of this view.
CREATE VIEW effective_permissions (user_id, username, permission, source) AS
    SELECT u.id, u.username, p.permission, p.source
    FROM users u
    JOIN (
        SELECT u2.id AS user_id, rp.permission, 'role:' || u2.role AS source
            FROM users u2 JOIN role_permissions rp ON rp.role = u2.role
        UNION ALL
        SELECT gm.user_id, gp.permission, 'group:' || g.name
            FROM group_members gm
            JOIN groups g ON g.id = gm.group_id
            JOIN group_permissions gp ON gp.group_id = gm.group_id
        UNION ALL
        SELECT up.user_id, up.permission, 'grant'
            FROM user_permissions up WHERE up.effect = 'grant'
    ) p ON p.user_id = u.id
    WHERE NOT EXISTS (
        SELECT 1 FROM user_permissions d
        WHERE d.user_id = p.user_id AND d.permission = p.permission AND d.effect = 'deny'
    );
