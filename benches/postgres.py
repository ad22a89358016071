#!/usr/bin/env python3
"""userctl on PostgreSQL against psql doing the same work, on N accounts (default 1,000,000).

Usage: cargo build --release && eval "$(.ci/pg-cluster start)" && python3 benches/postgres.py [--users N] [--reps R]
Needs a PostgreSQL server in USERCTL_TEST_PG (as .ci/pg-cluster prints) and psql.
Builds a database with `userctl init` and N accounts written by SQL. Each case runs a new
process for both sides (connection set-up included), userctl and psql alternating rep by
rep so that load from other work falls on both alike; every userctl run's exit code is
checked (a refusal is not a measurement). Prints a markdown table of medians and ratios.
"""
import argparse, os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", "target", "release", "userctl")
ap = argparse.ArgumentParser()
ap.add_argument("--users", type=int, default=1_000_000)
ap.add_argument("--reps", type=int, default=5)
args = ap.parse_args()
SERVER = os.environ["USERCTL_TEST_PG"]
NAME = "userctl_bench_pg"
DB = f"{SERVER} dbname={NAME}"
ENV = dict(os.environ, LOGNAME="bench", USERCTL_DB=DB)
OUT = os.environ.get("BENCH_DIR", "/tmp/userctl-bench-pg")
os.makedirs(OUT, exist_ok=True)


def psql(sql, out=subprocess.PIPE):
    p = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", DB], input=sql.encode(),
                       stdout=out, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit(f"psql failed: {p.stderr.decode()}")
    return p.stdout.decode() if out == subprocess.PIPE else ""


def build():
    subprocess.run(["psql", "-X", "-q", SERVER], check=True, input=
                   f"SET client_min_messages = warning; DROP DATABASE IF EXISTS {NAME} WITH (FORCE); CREATE DATABASE {NAME};".encode())
    subprocess.run([BIN, "init", "--admin", "root", "--email", "r@example.com", "--password-stdin", "-q"],
                   input=b"violet tractor sings at dawn\n", env=ENV, check=True, stdout=subprocess.DEVNULL)
    psql(f"""
INSERT INTO users (username, email, display_name, password_hash, role, status, created_at, updated_at, last_login_at)
  SELECT 'u' || i, 'u' || i || '@example.com', 'User ' || i,
         '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo',
         (ARRAY['user', 'user', 'user', 'moderator'])[1 + i % 4],
         (ARRAY['active', 'active', 'inactive'])[1 + i % 3],
         now() - (i % 700) * interval '1 day', now(),
         CASE WHEN i % 5 = 0 THEN NULL ELSE now() - (i % 400) * interval '1 day' END
  FROM generate_series(1, {args.users}) i;
-- psql's audit rows go to a table of the same shape: userctl's chain stays whole.
CREATE TABLE audit_bench (LIKE audit_log INCLUDING ALL);
ANALYZE;
""")


def timed(cmd, **kw):
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV, **kw)
    took = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit(f"{cmd[:4]}… exited {p.returncode}: {p.stderr.decode()[:300]}")
    return took


def psql_timed(sql):
    return timed(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", DB, "-c", sql])


def case(name, ours, theirs):
    a, b = [], []
    for rep in range(args.reps):
        a.append(ours(rep))
        b.append(theirs(rep))
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"| {name} | {ma * 1000:.0f} ms | {mb * 1000:.0f} ms | {ma / mb:.2f}x |", flush=True)


def main():
    t = time.perf_counter()
    build()
    print(f"built {args.users:,} accounts in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    mid = args.users // 2
    print("| case | userctl | psql, same work | ratio |")
    print("|---|---|---|---|")
    case("`user edit` one account (UPDATE + one audit row)",
         lambda r: timed([BIN, "user", "edit", f"u{mid + r}", "--name", f"Edited {r}", "-q"]),
         lambda r: psql_timed(
             "BEGIN; SELECT version FROM userctl_schema FOR UPDATE; "
             f"UPDATE users SET display_name = 'Psql {r}', updated_at = now() WHERE username = 'u{mid + 100 + r}'; "
             "INSERT INTO audit_bench (id, at, actor, action, target, details, prev_hash, hash) "
             f"SELECT coalesce(max(id), 0) + 1, now(), 'bench', 'user.edit', 'u{mid + 100 + r}', '{{}}', 'x', 'y{r}' "
             "FROM audit_bench; COMMIT;"))
    case("`user list --search` (50 rows)",
         lambda r: timed([BIN, "user", "list", "--search", f"u12{r}", "--limit", "50"]),
         lambda r: psql_timed(
             "SELECT id, username, display_name, email, role, status, created_at, last_login_at FROM users "
             f"WHERE username ILIKE '%u12{r}%' OR email ILIKE '%u12{r}%' OR display_name ILIKE '%u12{r}%' "
             "ORDER BY created_at DESC, id DESC LIMIT 50"))
    case("`user show` one account",
         lambda r: timed([BIN, "user", "show", f"u{mid + r}"]),
         lambda r: psql_timed(f"SELECT * FROM users WHERE username = 'u{mid + r}'"))

    def export(r):
        path = os.path.join(OUT, f"export-{r}.csv")
        if os.path.exists(path):
            os.remove(path)
        return timed([BIN, "export-csv", "--output", path])

    def copy_out(r):
        # The same work as userctl's export: every account by username with its lasting
        # groups and its expiry as an instant.
        path = os.path.join(OUT, f"psql-{r}.csv")
        return psql_timed(
            f"\\copy (SELECT u.username, u.email, u.display_name, u.role, u.status, "
            "(SELECT string_agg(g.name, ';' ORDER BY g.name) FROM group_members m JOIN groups g ON g.id = m.group_id "
            "WHERE m.user_id = u.id AND m.ends_at IS NULL), "
            "to_char(u.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), u.kind "
            f"FROM users u ORDER BY u.username) TO '{path}' CSV HEADER")
    case("`export-csv` every account", export, copy_out)
    case("`stats`",
         lambda r: timed([BIN, "stats"]),
         lambda r: psql_timed(
             "SELECT count(*), count(*) FILTER (WHERE status = 'active'), "
             "count(*) FILTER (WHERE last_login_at IS NULL) FROM users; "
             "SELECT role, count(*) FROM users GROUP BY role; "
             "SELECT status, count(*) FROM users GROUP BY status; "
             "SELECT count(*) FROM sessions WHERE expires_at > now()"))


main()
