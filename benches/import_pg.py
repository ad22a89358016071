#!/usr/bin/env python3
"""import-csv on PostgreSQL against psql doing the same writes, and an application's
write latency meanwhile.

Usage: cargo build --release && eval "$(.ci/pg-cluster start)" && python3 benches/import_pg.py [--users N] [--reps R]
Needs a PostgreSQL server in USERCTL_TEST_PG (as .ci/pg-cluster prints) and psql.
Each rep makes two new databases with `userctl init`: userctl imports a file of N accounts
with password hashes (benches/gen.py) into one; psql does the same writes in the other
(`\\copy` into a staging table, then one transaction: the lock row, `INSERT … SELECT` of
the accounts and one audit row each, of the same size as userctl's). During userctl's
import a psql session plays the application: every 20 ms it updates a login time and
inserts a session; its worst statement time is the application's worst latency. Every
run's exit code is checked.
"""
import argparse, os, re, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", "target", "release", "userctl")
ap = argparse.ArgumentParser()
ap.add_argument("--users", type=int, default=100_000)
ap.add_argument("--reps", type=int, default=3)
args = ap.parse_args()
SERVER = os.environ["USERCTL_TEST_PG"]
OUT = os.environ.get("BENCH_DIR", "/tmp/userctl-bench-pg")
os.makedirs(OUT, exist_ok=True)
BASE = SERVER.replace(" dbname=postgres", "")


def db(name):
    return f"{BASE} dbname={name}"


def fresh(name):
    subprocess.run(["psql", "-X", "-q", SERVER], check=True, input=(
        f"SET client_min_messages = warning; DROP DATABASE IF EXISTS {name} WITH (FORCE); "
        f"CREATE DATABASE {name};").encode())
    subprocess.run([BIN, "init", "--admin", "root", "--email", "r@example.com", "--password-stdin", "-q"],
                   input=b"violet tractor sings at dawn\n", check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, LOGNAME="bench", USERCTL_DB=db(name)))


def userctl_import(path):
    fresh("userctl_bench_import")
    app_sql = os.path.join(OUT, "app.sql")
    with open(app_sql, "w") as f:
        f.write("\\timing on\n")
        for _ in range(100_000):
            f.write("UPDATE users SET last_login_at = now() WHERE username = 'root';\n")
            f.write("INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) "
                    "SELECT id, md5(random()::text), now(), now(), now() + interval '1 day' "
                    "FROM users WHERE username = 'root';\n")
            f.write("SELECT pg_sleep(0.02);\n")
    app = subprocess.Popen(["psql", "-X", "-q", db("userctl_bench_import"), "-f", app_sql],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    time.sleep(0.5)
    t = time.perf_counter()
    p = subprocess.run([BIN, "import-csv", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=dict(os.environ, LOGNAME="bench", USERCTL_DB=db("userctl_bench_import")))
    took = time.perf_counter() - t
    app.terminate()
    out, _ = app.communicate()
    if p.returncode != 0 or f"{args.users} created".encode() not in p.stdout:
        sys.exit(f"import exited {p.returncode}: {p.stdout.decode()} {p.stderr.decode()[:300]}")
    times = [float(x) for x in re.findall(r"Time: ([0-9.]+) ms", out)]
    writes = [x for i, x in enumerate(times) if i % 3 != 2]  # every third is the pause
    return took, max(writes), len(writes)


def psql_import(path):
    fresh("userctl_bench_import_psql")
    # The same rows userctl writes: each account managed by the import's source, and
    # an audit entry of the same size as userctl's (its details, 64-digit hashes, a
    # salt), appended to audit_log after the entries `init` wrote.
    script = f"""
BEGIN;
CREATE TEMP TABLE stage (username text, email text, name text, role text, status text, password_hash text);
\\copy stage FROM '{path}' CSV HEADER
SELECT version FROM userctl_schema FOR UPDATE;
INSERT INTO users (username, email, display_name, password_hash, role, status, must_change_password,
                   created_at, updated_at, managed_by)
  SELECT username, email, name, password_hash, role, status, false, now(), now(), 'csv' FROM stage;
INSERT INTO audit_log (id, at, actor, action, target, details, prev_hash, hash, body_salt)
  SELECT (SELECT max(id) FROM audit_log) + row_number() OVER (), now(), 'os:bench', 'user.add', username,
         json_build_object('email', email, 'display_name', name, 'role', role, 'status', status,
                           'must_change_password', false, 'password', 'set', 'source', 'import-csv',
                           'managed_by', 'csv')::text,
         'v3:' || encode(sha256(convert_to(username, 'UTF8')), 'hex'),
         'v3:' || encode(sha256(convert_to(email, 'UTF8')), 'hex'),
         left(md5(username), 32)
  FROM stage;
COMMIT;
"""
    t = time.perf_counter()
    p = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", db("userctl_bench_import_psql")],
                       input=script.encode(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit(f"psql failed: {p.stderr.decode()}")
    return took


def main():
    path = os.path.join(OUT, f"hash{args.users}.csv")
    if not os.path.exists(path):
        with open(path, "w") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(args.users), "hash"],
                           stdout=f, check=True)
    ours, theirs, worst, writes = [], [], [], 0
    for _ in range(args.reps):
        took, w, n = userctl_import(path)
        ours.append(took)
        worst.append(w)
        writes += n
        theirs.append(psql_import(path))
    a, b = statistics.median(ours), statistics.median(theirs)
    print("| case | userctl | psql, same writes | ratio |")
    print("|---|---|---|---|")
    print(f"| import-csv, {args.users:,} accounts with password hashes | {a:.1f} s | {b:.1f} s | {a / b:.1f}x |")
    print(f"\napplication's worst write latency during userctl's imports: {max(worst):.1f} ms "
          f"({writes} writes, {args.reps} imports)")


main()
