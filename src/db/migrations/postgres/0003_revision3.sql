-- userctl schema on PostgreSQL, revision 3 (the objects of SQLite's 0003_revision3.sql,
-- in PostgreSQL's types): one step for the whole release. Each part of the
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
    created_at   timestamptz NOT NULL,
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
ALTER TABLE audit_log ADD COLUMN redacted_by bigint;

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
ALTER TABLE users ADD COLUMN failed_logins integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until timestamptz;
CREATE INDEX users_locked_until ON users (locked_until) WHERE locked_until IS NOT NULL;

-- ---------------------------------------------------------------------------------------
-- (end of the failed-logins block)
-- ---------------------------------------------------------------------------------------

-- ---------------------------------------------------------------------------------------
-- Signing in: last activity, stored
-- ---------------------------------------------------------------------------------------

-- Impersonation sessions (see the impersonation block): marked with who impersonates and
-- why; they are not the target's activity. Whichever block of this release comes first
-- adds these two columns.
ALTER TABLE sessions ADD COLUMN impersonator TEXT;
ALTER TABLE sessions ADD COLUMN impersonation_reason TEXT;

-- last_active_at: when the account was last active (whole seconds): the latest of its
--   last login, any of its sessions' last activity (the session's creation when
--   last_seen_at is NULL; impersonation sessions aside) and any of its API keys' last use
--   (NULL: never active). Kept by the triggers below whatever writes those columns, the
--   application included; it only moves forward, so deleting a session or key does not
--   make an account look dormant.
ALTER TABLE users ADD COLUMN last_active_at timestamptz;

-- Existing accounts: the same latest instant, worked out once from the rows as they are.
UPDATE users SET last_active_at = date_trunc('second', greatest(
    users.last_login_at,
    (SELECT max(coalesce(s.last_seen_at, s.created_at)) FROM sessions s
     WHERE s.user_id = users.id AND s.impersonator IS NULL),
    (SELECT max(k.last_used_at) FROM api_keys k WHERE k.user_id = users.id)));

-- The dormant filters, `user list --sort last-active` and the counts of `stats`.
CREATE INDEX users_last_active ON users (last_active_at, status);
-- Accounts never active, by their creation (an account never active counts as dormant
-- from its creation).
CREATE INDEX users_never_active ON users (created_at, status) WHERE last_active_at IS NULL;

-- (SQLite also indexes the instants of users.created_at and sessions.expires_at, which
-- it stores as text in any form; here the timestamptz columns' own indexes serve.)

-- One function for every trigger below: moves the account's last_active_at forward to
-- the instant the written row names. Its search_path is the schema's, fixed when it was
-- created, so a session's own search_path cannot redirect it.
CREATE FUNCTION userctl_last_active() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
DECLARE
    seen timestamptz;
BEGIN
    IF TG_TABLE_NAME = 'users' THEN
        -- BEFORE INSERT OR UPDATE OF last_login_at: the row itself.
        NEW.last_active_at := date_trunc('second', greatest(NEW.last_active_at, NEW.last_login_at));
        RETURN NEW;
    ELSIF TG_TABLE_NAME = 'sessions' THEN
        IF NEW.impersonator IS NOT NULL THEN
            RETURN NULL;
        END IF;
        seen := coalesce(NEW.last_seen_at, NEW.created_at);
    ELSE
        seen := NEW.last_used_at;
    END IF;
    seen := date_trunc('second', seen);
    IF seen IS NOT NULL THEN
        UPDATE users SET last_active_at = seen
        WHERE id = NEW.user_id AND (last_active_at IS NULL OR last_active_at < seen);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER users_last_active_login BEFORE INSERT OR UPDATE OF last_login_at ON users
    FOR EACH ROW WHEN (NEW.last_login_at IS NOT NULL) EXECUTE FUNCTION userctl_last_active();
CREATE TRIGGER sessions_last_active AFTER INSERT OR UPDATE OF last_seen_at ON sessions
    FOR EACH ROW WHEN (NEW.impersonator IS NULL) EXECUTE FUNCTION userctl_last_active();
CREATE TRIGGER api_keys_last_active AFTER INSERT OR UPDATE OF last_used_at ON api_keys
    FOR EACH ROW WHEN (NEW.last_used_at IS NOT NULL) EXECUTE FUNCTION userctl_last_active();

-- ---------------------------------------------------------------------------------------
-- (end of the last-activity block)
-- ---------------------------------------------------------------------------------------
