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
