#!/usr/bin/env python3
"""Row-level security from grants: a filtered SELECT on 100,000 application rows with
userctl's policies (`access rls enable`) against the same query without them.

Usage: cargo build --release && eval "$(.ci/pg-cluster start)" && python3 benches/rls.py [--rows N] [--reps R]
Needs a PostgreSQL server in USERCTL_TEST_PG (as .ci/pg-cluster prints) and psql.
Builds a database with `userctl init`: 2,000 accounts in 50 groups, 20,000 grants of type
`package` to accounts and 5,000 to groups, a mode for one account in ten; an application
table `packages` of N rows (owned by random accounts), and a role `bench_app` that is not
its owner. The timed account has its own grants, two groups and rows of its own. Each
query's server time (planning + execution, from EXPLAIN ANALYZE) is taken R times,
alternating with and without the policies; prints a markdown table of medians.
"""
import argparse, os, re, statistics, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", "target", "release", "userctl")
ap = argparse.ArgumentParser()
ap.add_argument("--rows", type=int, default=100_000)
ap.add_argument("--reps", type=int, default=30)
args = ap.parse_args()
SERVER = os.environ["USERCTL_TEST_PG"]
NAME = "userctl_bench_rls"
DB = f"{SERVER} dbname={NAME}"
ENV = dict(os.environ, LOGNAME="bench", USERCTL_DB=DB)


def psql(conninfo, sql):
    out = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", conninfo],
                         input=sql.encode(), check=True, stdout=subprocess.PIPE)
    return out.stdout.decode()


def build():
    psql(SERVER, f"SET client_min_messages = warning; DROP DATABASE IF EXISTS {NAME} WITH (FORCE); CREATE DATABASE {NAME};")
    subprocess.run([BIN, "init", "--admin", "root", "--email", "r@example.com", "--password-stdin", "-q"],
                   input=b"violet tractor sings at dawn\n", env=ENV, check=True, stdout=subprocess.DEVNULL)
    psql(DB, f"""
SELECT setseed(0.7);
INSERT INTO users (username, email, password_hash, role, created_at, updated_at)
  SELECT 'u' || i, 'u' || i || '@example.com', NULL, 'user', now(), now() FROM generate_series(1, 2000) i;
INSERT INTO groups (name, created_at) SELECT 'g' || i, now() FROM generate_series(1, 50) i;
INSERT INTO group_members (group_id, user_id, added_at)
  SELECT 1 + (id % 50), id, now() FROM users WHERE username LIKE 'u%';
INSERT INTO resource_grants (user_id, resource_type, resource_id, level, created_at)
  SELECT 2 + floor(random() * 2000)::int, 'package', 'p' || floor(random() * {args.rows})::int,
         CASE WHEN random() < 0.5 THEN 'read' ELSE 'write' END, now()
  FROM generate_series(1, 20000) ON CONFLICT DO NOTHING;
INSERT INTO resource_grants (group_id, resource_type, resource_id, level, created_at)
  SELECT 1 + floor(random() * 50)::int, 'package', 'p' || floor(random() * {args.rows})::int,
         CASE WHEN random() < 0.5 THEN 'read' ELSE 'write' END, now()
  FROM generate_series(1, 5000) ON CONFLICT DO NOTHING;
INSERT INTO resource_modes (user_id, resource_type, mode, level)
  SELECT id, 'package', (ARRAY['full', 'allow', 'deny'])[1 + id % 3], 'read'
  FROM users WHERE id % 10 = 0 AND id > 1;
CREATE TABLE packages (id bigserial PRIMARY KEY, name text NOT NULL UNIQUE,
                       created_by bigint REFERENCES users(id), category integer NOT NULL,
                       body text NOT NULL);
INSERT INTO packages (name, created_by, category, body)
  SELECT 'p' || i, 2 + floor(random() * 2000)::int, i % 100, repeat('x', 200)
  FROM generate_series(0, {args.rows} - 1) i;
ANALYZE;
SET client_min_messages = warning;
DROP ROLE IF EXISTS bench_app;
CREATE ROLE bench_app NOLOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO bench_app;
""")
    subprocess.run([BIN, "access", "rls", "enable", "packages", "--type", "package", "--id-column", "name",
                    "--owner-column", "created_by", "-q"], env=ENV, check=True)


def server_ms(sql, as_app, account):
    prefix = f"BEGIN; SET LOCAL ROLE bench_app; SELECT set_config('userctl.account', '{account}', true);" if as_app else "BEGIN;"
    out = psql(DB, f"{prefix} EXPLAIN (ANALYZE, TIMING OFF) {sql}; ROLLBACK;")
    times = [float(x) for x in re.findall(r"(?:Planning|Execution) Time: ([0-9.]+) ms", out)]
    return sum(times)


def main():
    build()
    # An account with grants of its own (the most granted one) and rows it created.
    account = psql(DB, "SELECT user_id FROM resource_grants WHERE user_id IS NOT NULL "
                       "GROUP BY user_id ORDER BY count(*) DESC, user_id LIMIT 1").strip()
    seen = psql(DB, f"BEGIN; SET LOCAL ROLE bench_app; SELECT set_config('userctl.account', '{account}', true); "
                    "SELECT count(*) FROM packages WHERE category = 7; ROLLBACK;").split()[-1]
    queries = [
        ("filtered SELECT (`WHERE category = 7`, a scan of every row)", "SELECT id, name FROM packages WHERE category = 7"),
        ("filtered SELECT by name prefix (`LIKE 'p1%'`)", "SELECT id, name FROM packages WHERE name LIKE 'p1%'"),
    ]
    print(f"{args.rows} rows; account {account} sees {seen} of the category's rows under the policies\n")
    print("| query | without RLS | with RLS | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for label, sql in queries:
        plain, rls = [], []
        for _ in range(args.reps):
            plain.append(server_ms(sql, False, account))
            rls.append(server_ms(sql, True, account))
        p, r = statistics.median(plain), statistics.median(rls)
        ratio = r / p
        print(f"| {label} | {p:.1f} ms | {r:.1f} ms | **{ratio:.2f}×** | ≤ 3× | {'yes' if ratio <= 3 else 'no'} |")


main()
