#!/usr/bin/env python3
"""One-account writes on a large database: `user edit` against sqlite3 doing the same writes.

Usage: cargo build --release && python3 benches/write.py [--users N] [--reps R] [--bin PATH]...
Builds a database with `userctl init` and N more accounts (once, kept in $BENCH_DIR), then
renames accounts spread over the table, alternating each binary with the baseline so all
see the same machine: sqlite3 running the same UPDATE and one audit row in one
transaction (the audit row into a table shaped like `audit_log`). Every write of userctl runs the last-admin guard (a count before and after),
so this shows what the guard costs on a big table. `--bin` (repeatable) times other builds
too, e.g. an older one. Prints a markdown table.
"""
import argparse, os, random, sqlite3, statistics, subprocess, time

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--users", type=int, default=1_000_000)
ap.add_argument("--reps", type=int, default=20)
ap.add_argument("--bin", action="append", default=[], help="another userctl build to time")
args = ap.parse_args()
BINS = [os.path.join(HERE, "..", "target", "release", "userctl")] + args.bin
D = os.environ.get("BENCH_DIR", "/tmp/userctl-bench")
os.makedirs(D, exist_ok=True)
DB = os.path.join(D, f"write-{args.users}.db")
ENV = dict(os.environ, LOGNAME="bench", USERCTL_DB=DB)


def build():
    if os.path.exists(DB):
        return
    subprocess.run([BINS[0], "init", "--admin", "root", "--email", "r@example.com", "--password-stdin", "-q"],
                   input=b"violet tractor sings at dawn\n", env=ENV, check=True, stdout=subprocess.DEVNULL)
    c = sqlite3.connect(DB)
    c.execute("PRAGMA synchronous = OFF")
    h = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0HR1Ar0eHm3aYpwRRTo0vVfo0d3bVw3S6uoSk0ZcQwI"
    now = "2026-11-23T00:00:00Z"
    with c:
        # The baseline's audit rows go to a table of the same shape and indexes: rows of
        # its own in audit_log would break the chain, and userctl would refuse to write.
        c.execute("CREATE TABLE bench_audit AS SELECT * FROM audit_log WHERE 0")
        c.execute("CREATE INDEX bench_audit_target ON bench_audit(target COLLATE NOCASE)")
        c.execute("CREATE INDEX bench_audit_actor ON bench_audit(actor)")
        c.executemany("INSERT INTO users (username, email, display_name, password_hash, role, status, "
                      "must_change_password, created_at, updated_at) VALUES (?, ?, '', ?, 'user', 'active', 0, ?, ?)",
                      ((f"u{i:07d}", f"u{i:07d}@example.com", h, now, now) for i in range(args.users)))
    c.close()


def timed(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def baseline(name, display):
    # The same rows change: the account, and one audit row (id, links as text).
    return ["sqlite3", DB,
            "BEGIN IMMEDIATE; "
            f"UPDATE users SET display_name = '{display}', updated_at = '2026-11-23T00:00:01Z' "
            f"WHERE username = '{name}'; "
            "INSERT INTO bench_audit (id, at, actor, action, target, details, prev_hash, hash) "
            "SELECT coalesce(max(id), 0) + 1, '2026-11-23T00:00:01Z', 'os:bench', 'user.edit', "
            f"'{name}', json_object('display_name', json_object('new', '{display}')), "
            "lower(hex(randomblob(32))), lower(hex(randomblob(32))) FROM bench_audit; COMMIT;"]


build()
rnd = random.Random(11)
names = [f"u{rnd.randrange(args.users):07d}" for _ in range(args.reps)]
times = {b: [] for b in BINS}
base = []
for i, name in enumerate(names):
    for b in BINS:
        times[b].append(timed([b, "user", "edit", name, "--name", f"Bench {i} {os.path.basename(b)}"]))
    base.append(timed(baseline(name, f"Base {i}")))
m = statistics.median(base)
print(f"\n{args.users} accounts, {args.reps} renames each, load average {os.getloadavg()[0]:.1f}\n")
print("| command | median | baseline | baseline median | ratio |")
print("|---|---|---|---|---|")
for b in BINS:
    label = "userctl" if b == BINS[0] else b
    print(f"| `{label} user edit NAME --name …` | {statistics.median(times[b])*1000:.1f} ms "
          f"| sqlite3, same UPDATE + audit row | {m*1000:.1f} ms | **{statistics.median(times[b])/m:.2f}×** |")
