#!/usr/bin/env python3
"""`user transfer` of 100,000 registered rows against `sqlite3` doing the same writes.

Usage: cargo build --release && python3 benches/transfer.py [--rows N] [--reps R]
Builds a database (once, kept in $BENCH_DIR) with `userctl init`, two accounts, and an
application table `personas(owner_id REFERENCES users(id))` registered with `owned add`,
holding N rows of the first account's. Each rep, on a fresh copy, times `userctl user
transfer alice bob` and, on another fresh copy, `sqlite3` running the same UPDATE plus
one audit INSERT in one transaction (foreign keys on, as every application connection
and userctl have them). Both must exit 0 and move every row. Prints the medians and
their ratio as a markdown row.
"""
import argparse, os, shutil, sqlite3, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--rows", type=int, default=100_000)
ap.add_argument("--reps", type=int, default=5)
args = ap.parse_args()
BIN = os.path.join(HERE, "..", "target", "release", "userctl")
D = os.environ.get("BENCH_DIR", "/tmp/userctl-bench")
os.makedirs(D, exist_ok=True)
TEMPLATE = os.path.join(D, f"transfer-{args.rows}.db")
ENV = dict(os.environ, LOGNAME="bench")
PASSWORD = b"seven orange kites over the harbour\n"


def userctl(db, *argv, stdin=None):
    subprocess.run([BIN, "--db", db, "-q", *argv], input=stdin, env=ENV, check=True,
                   stdout=subprocess.DEVNULL)


def build():
    if os.path.exists(TEMPLATE):
        return
    userctl(TEMPLATE, "init", "--admin", "root", "--email", "r@example.com", "--password-stdin",
            stdin=b"violet tractor sings at dawn\n")
    for name in ("alice", "bob"):
        userctl(TEMPLATE, "user", "add", name, "--email", f"{name}@example.com", "--password-stdin",
                stdin=PASSWORD)
    c = sqlite3.connect(TEMPLATE)
    with c:
        c.execute("CREATE TABLE personas (id INTEGER PRIMARY KEY, "
                  "owner_id INTEGER NOT NULL REFERENCES users(id), name TEXT NOT NULL)")
        c.execute("CREATE INDEX personas_owner ON personas(owner_id)")
        alice = c.execute("SELECT id FROM users WHERE username = 'alice'").fetchone()[0]
        c.executemany("INSERT INTO personas (owner_id, name) VALUES (?, ?)",
                      ((alice, f"p{i}") for i in range(args.rows)))
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    userctl(TEMPLATE, "owned", "add", "personas.owner_id", "--label", "personas",
            "--on-departure", "transfer")


def fresh(name):
    db = os.path.join(D, name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    shutil.copy(TEMPLATE, db)
    return db


def moved(db):
    c = sqlite3.connect(db)
    n = c.execute("SELECT count(*) FROM personas WHERE owner_id = "
                  "(SELECT id FROM users WHERE username = 'bob')").fetchone()[0]
    c.close()
    if n != args.rows:
        sys.exit(f"{db}: {n} rows moved, not {args.rows}")


# The same writes: the UPDATE, and one audit row (its hash computed here as text; the
# chain's arithmetic is userctl's own work and counted on its side).
SQL = """PRAGMA foreign_keys = ON;
BEGIN IMMEDIATE;
UPDATE personas SET owner_id = (SELECT id FROM users WHERE username = 'bob')
 WHERE owner_id = (SELECT id FROM users WHERE username = 'alice');
INSERT INTO audit_log (id, at, actor, action, target, details, prev_hash, hash)
 SELECT max(id) + 1, '2026-12-04T00:00:00Z', 'os:bench', 'user.transfer', 'alice',
        '{"rows":{"personas":%d},"to":"bob"}',
        (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), 'v3:bench' FROM audit_log;
COMMIT;
""" % args.rows


def timed(argv, stdin=None):
    start = time.perf_counter()
    p = subprocess.run(argv, input=stdin, env=ENV, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    took = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"{argv[0]} exited {p.returncode}: {p.stderr.decode()}")
    return took


build()
ours, theirs = [], []
for _ in range(args.reps):
    db = fresh("transfer-run.db")
    ours.append(timed([BIN, "--db", db, "-q", "user", "transfer", "alice", "bob"]))
    moved(db)
    db = fresh("transfer-sqlite3.db")
    theirs.append(timed(["sqlite3", db], stdin=SQL.encode()))
    moved(db)
u, s = statistics.median(ours), statistics.median(theirs)
print("| benchmark | userctl | sqlite3 (same writes) | ratio | target |")
print("|---|---|---|---|---|")
print(f"| `user transfer` of {args.rows:,} registered rows | {u:.3f} s | {s:.3f} s | "
      f"**{u / s:.2f}×** | ≤ 1.2× |")
print(f"runs: userctl {', '.join(f'{t:.3f}' for t in ours)}; sqlite3 {', '.join(f'{t:.3f}' for t in theirs)}",
      file=sys.stderr)
