#!/usr/bin/env python3
"""userctl benchmarks: each figure against a baseline measured in the same run.

Usage: cargo build --release && python3 benches/run.py [--small N] [--big N] [--reps R] [--big-reps R]
       python3 benches/run.py --only big-hash [--big N] [--big-reps R]
Data and databases go to $BENCH_DIR (default /tmp/userctl-bench). Prints a markdown table.

`--only big-hash` runs only bench 2: the million-row `password_hash` import and its two
`sqlite3` baselines, interleaved rep by rep (userctl, then each baseline) so that load from
other work falls on all three alike; during the userctl run and the "same writes" baseline
a probe measures the longest time the write lock is held without a break, and
/usr/bin/time userctl's peak RSS.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, time

import lockprobe

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get("USERCTL_BIN", os.path.join(HERE, "..", "target", "release", "userctl"))
ap = argparse.ArgumentParser()
ap.add_argument("--small", type=int, default=10_000, help="users with plaintext passwords (bench 1)")
ap.add_argument("--big", type=int, default=1_000_000, help="users for benches 2-4")
ap.add_argument("--reps", type=int, default=3)
ap.add_argument("--big-reps", type=int, default=1)
ap.add_argument("--only", choices=["big-hash"], help="run only this benchmark (see above)")
args = ap.parse_args()
D = os.environ.get("BENCH_DIR", "/tmp/userctl-bench")
os.makedirs(D, exist_ok=True)
if not shutil.which("sqlite3"):
    subprocess.run(["apt-get", "install", "-y", "sqlite3"], check=True)
ENV = dict(os.environ, LOGNAME="bench")
rows = []


def run(cmd, stdin=None, out=subprocess.DEVNULL, env=None):
    """Runs `cmd` and returns its wall time; a failure stops the bench (a refusal is not a
    measurement)."""
    t = time.perf_counter()
    p = subprocess.run(cmd, stdin=stdin, stdout=out, stderr=subprocess.PIPE, check=False, env=env or ENV,
                       shell=isinstance(cmd, str))
    took = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit(f"{cmd if isinstance(cmd, str) else ' '.join(cmd[:6])} exited {p.returncode}: "
                 f"{p.stderr.decode(errors='replace')[:300]}")
    return took


def med(f, reps):
    return statistics.median(f() for _ in range(reps))


def rss_kib(cmd):
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))


def fresh(name):
    path = os.path.join(D, name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    shutil.copy(TEMPLATE, path)
    return path


def gen(n, kind):
    path = os.path.join(D, f"{kind}{n}.csv")
    if not os.path.exists(path):
        with open(path, "w") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(n), kind], stdout=f, check=True)
    return path


TEMPLATE = os.path.join(D, "template.db")
if not os.path.exists(TEMPLATE):
    subprocess.run([BIN, "--db", TEMPLATE, "init", "--admin", "root", "--email", "root@example.com", "--password-stdin"],
                   input=b"violet tractor sings at dawn\n", check=True, stdout=subprocess.DEVNULL, env=ENV)


def probed(db, cmd, stdin=None):
    """Runs `cmd` on `db` with the lock probe: (wall s, longest write-lock hold s, the process)."""
    return lockprobe.probed(db, cmd, ENV, stdin)


def timed_import(csv_path, db):
    """One userctl import under /usr/bin/time with the lock probe: (wall s, lock s, RSS KiB)."""
    wall, lock, p = probed(db, ["/usr/bin/time", "-v", BIN, "--db", db, "import-csv", csv_path])
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    return wall, lock, rss


# Bench 2's baselines: sqlite3 importing the file (users only), and doing the same writes
# as userctl (the users and one audit row of the same shape per user, hashed with
# sqlite3's built-in sha3).
def users_sql(big):
    return f""".bail on
BEGIN;
CREATE TEMP TABLE stage(username, email, name, role, status, password_hash);
.import --csv --skip 1 {big} stage
INSERT INTO users (username, email, display_name, password_hash, role, status, created_at, updated_at, managed_by)
  SELECT username, email, name, password_hash, role, status, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'csv'
  FROM stage;
"""
AUDIT = """INSERT INTO audit_log (id, at, actor, action, target, details, prev_hash, hash)
  SELECT rowid + (SELECT coalesce(max(id), 0) FROM audit_log), '2026-01-01T00:00:00Z', 'os:bench',
    'user.add', username,
    json_object('email', email, 'display_name', name, 'role', role, 'status', status,
      'must_change_password', json('false'), 'password', 'set', 'source', 'import-csv',
      'managed_by', 'csv'),
    lower(hex(sha3(username || email, 256))), lower(hex(sha3(email || username, 256)))
  FROM stage;
"""
def sqlite_import(sql, probe=False):
    """A run of `sql` by sqlite3 on a fresh copy of the template: its wall time, or with
    `probe` (wall, longest write-lock hold)."""
    def once():
        db = fresh("big-sqlite.db")
        with open(os.path.join(D, "import.sql"), "w") as f:
            f.write(sql)
        with open(os.path.join(D, "import.sql")) as f:
            if probe:
                wall, lock, _ = probed(db, ["sqlite3", db], stdin=f)
                return wall, lock
            return run(["sqlite3", db], stdin=f)
    return once

if args.only == "big-hash":
    big = gen(args.big, "hash")
    runs = []
    for _ in range(args.big_reps):
        wall, lock, rss = timed_import(big, fresh("big.db"))
        b_import = sqlite_import(users_sql(big) + "COMMIT;\n")()
        b_same, b_lock = sqlite_import(users_sql(big) + AUDIT + "COMMIT;\n", probe=True)()
        runs.append((wall, lock, rss, b_import, b_same, b_lock))
        print(f"userctl {wall:.2f} s (write lock {lock:.2f} s, peak RSS {rss/1024:.1f} MiB); "
              f"sqlite3 .import {b_import:.2f} s; sqlite3 same writes {b_same:.2f} s "
              f"(write lock {b_lock:.2f} s); ratio to same writes {wall/b_same:.2f}x", flush=True)
    m = lambda i: statistics.median(r[i] for r in runs)
    print(f"\nmedians of {len(runs)} interleaved runs, {args.big} rows, load average "
          f"{os.getloadavg()[0]:.1f}:")
    print(f"| userctl import | {m(0):.2f} s | write lock held | {m(1):.2f} s | peak RSS | {m(2)/1024:.1f} MiB |")
    print(f"| sqlite3 .import + INSERT ... SELECT | {m(3):.2f} s | ratio | {m(0)/m(3):.2f}x |")
    print(f"| sqlite3 same writes | {m(4):.2f} s | ratio | {m(0)/m(4):.2f}x | write lock held | {m(5):.2f} s |")
    print("per-run ratios to same writes: " + ", ".join(f"{r[0]/r[4]:.2f}x" for r in runs))
    sys.exit(0)

cores = os.cpu_count()

# 1. plaintext import vs N x one hash / cores. One hash: the same binary on one
#    thread, (import of K plaintext rows - import of the same K rows with
#    password_hash) / K, so process start, parsing and the write cancel out.
K = 60
one_plain, one_hash = gen(K, "plain"), gen(K, "hash")
ONE = dict(ENV, RAYON_NUM_THREADS="1")
def t_k(path):
    db = fresh("one.db")
    return run([BIN, "--db", db, "import-csv", path], env=ONE)
h = (med(lambda: t_k(one_plain), 5) - med(lambda: t_k(one_hash), 5)) / K
small = gen(args.small, "plain")
t1 = med(lambda: run([BIN, "--db", fresh("small.db"), "import-csv", small]), args.reps)
base1 = args.small * h / cores
rows.append((f"import {args.small} plaintext", t1, f"{args.small} x {h*1000:.1f} ms / {cores} cores", base1, 1.10))

# 2. 1M password_hash import vs sqlite3 .import + INSERT ... SELECT in one transaction;
#    and vs sqlite3 doing the same writes as userctl (the users and one audit row of
#    the same shape per user, hashed with sqlite3's built-in sha3).
big = gen(args.big, "hash")
t2 = med(lambda: run([BIN, "--db", fresh("big.db"), "import-csv", big]), args.big_reps)
rss2 = rss_kib([BIN, "--db", fresh("big-rss.db"), "import-csv", big])
b2 = med(sqlite_import(users_sql(big) + "COMMIT;\n"), args.big_reps)
rows.append((f"import {args.big} with password_hash", t2, "sqlite3 .import, one transaction", b2, 1.0))
b2s = med(sqlite_import(users_sql(big) + AUDIT + "COMMIT;\n"), args.big_reps)
rows.append((f"import {args.big} with password_hash", t2, "sqlite3, same writes (users + audit rows)", b2s, 1.0))

# 3. export of every user vs sqlite3 -csv of the same query; peak memory.
db = os.path.join(D, "big.db")  # left by bench 2
out = os.path.join(D, "export.csv")
def export():
    # A new file each time: export-csv refuses to overwrite one (exit 4).
    if os.path.exists(out):
        os.remove(out)
    return run([BIN, "--db", db, "export-csv", "--output", out])


t3 = med(export, args.reps)
Q = ("SELECT username, coalesce(email,''), display_name, role, status, "
     "coalesce((SELECT group_concat(name, ';') FROM (SELECT g.name AS name FROM group_members m "
     "JOIN groups g ON g.id = m.group_id WHERE m.user_id = users.id ORDER BY g.name)), ''), "
     "coalesce(strftime('%Y-%m-%dT%H:%M:%SZ', unixepoch(expires_at), 'unixepoch'), '') "
     "FROM users ORDER BY username")
b3 = med(lambda: run(f"sqlite3 -csv -header {db} \"{Q}\" > {D}/export-sqlite.csv"), args.reps)
rows.append((f"export-csv {args.big}", t3, "sqlite3 -csv, same query", b3, 1.5))
os.remove(out)
rss = rss_kib([BIN, "--db", db, "export-csv", "--output", out])

# 4. stats, search, show.
t4 = med(lambda: run([BIN, "--db", db, "stats"]), args.reps * 3)
rows.append(("stats", t4, "target 100 ms", 0.100, 1.0))
term = "r0004242"
t5 = med(lambda: run([BIN, "--db", db, "user", "list", "--search", term, "--limit", "50"]), args.reps * 3)
Q5 = (f"SELECT id, username, email, display_name, role, status FROM users WHERE username LIKE '%{term}%' "
      f"OR display_name LIKE '%{term}%' OR email LIKE '%{term}%' ORDER BY created_at DESC, id DESC LIMIT 50")
b5 = med(lambda: run(["sqlite3", db, Q5]), args.reps * 3)
rows.append((f"user list --search {term} --limit 50", t5, "sqlite3, same query", b5, 1.2))
name = "user0500000" if args.big > 500000 else "user0000001"
t6 = med(lambda: run([BIN, "--db", db, "user", "show", name]), args.reps * 5)
b6 = med(lambda: run(["sqlite3", db, f"SELECT * FROM users WHERE username = '{name}'"]), args.reps * 5)
rows.append((f"user show {name}", t6, "sqlite3 selecting the row", b6, 1.5))

print(f"\ncores: {cores}; reps: {args.reps} (1M imports: {args.big_reps}); one argon2id hash: {h*1000:.1f} ms\n")
print("| benchmark | userctl | baseline | baseline s | ratio | target | met |")
print("|---|---|---|---|---|---|---|")
for name_, t, what, b, target in rows:
    r = t / b
    print(f"| {name_} | {t:.3f} s | {what} | {b:.3f} s | {r:.2f}x | <= {target}x | {'yes' if r <= target else 'no'} |")
print(f"\nexport-csv peak RSS: {rss/1024:.1f} MiB (target <= 32 MiB)")
print(f"import-csv {args.big} peak RSS: {rss2/1024:.1f} MiB")
