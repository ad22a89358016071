#!/usr/bin/env python3
"""Bulk verbs over many accounts: how long each holds the write lock.

Usage: cargo build --release && python3 benches/bulk.py [--users N] [--reps R] [--bin PATH]...
Builds a database with `userctl init` and N more accounts (once, kept in $BENCH_DIR), then
times, on a fresh copy each rep, the bulk verbs over all N accounts with the lock probe of
the import bench (the longest time other writers were kept out without a break):
`group add staff --from FILE` (N names), `group remove staff --all-matching --group staff`,
the same `group add` by an `--as` account (authorised on every target), and `user
deactivate --from FILE`. Each rep runs every binary in turn (the first is this
tree's release build; `--bin` adds others, e.g. an older build) so all see the same
machine. A run that exits non-zero stops the bench. Prints a markdown table of medians.
"""
import argparse, os, shutil, sqlite3, statistics, subprocess, sys

import lockprobe

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--users", type=int, default=20_000)
ap.add_argument("--reps", type=int, default=3)
ap.add_argument("--bin", action="append", default=[], help="another userctl build to time")
args = ap.parse_args()
BINS = [os.path.join(HERE, "..", "target", "release", "userctl")] + args.bin
D = os.environ.get("BENCH_DIR", "/tmp/userctl-bench")
os.makedirs(D, exist_ok=True)
TEMPLATE = os.path.join(D, f"bulk-{args.users}.db")
NAMES = os.path.join(D, f"bulk-{args.users}.txt")
ENV = dict(os.environ, LOGNAME="bench")
DESK_PASSWORD = "seven orange kites over the harbour"
AS_DESK = dict(ENV, USERCTL_PASSWORD=DESK_PASSWORD)


def build():
    if os.path.exists(TEMPLATE):
        return
    subprocess.run([BINS[0], "--db", TEMPLATE, "init", "--admin", "root", "--email", "r@example.com",
                    "--password-stdin", "-q"],
                   input=b"violet tractor sings at dawn\n", env=ENV, check=True, stdout=subprocess.DEVNULL)
    c = sqlite3.connect(TEMPLATE)
    h = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0HR1Ar0eHm3aYpwRRTo0vVfo0d3bVw3S6uoSk0ZcQwI"
    now = "2026-11-23T00:00:00Z"
    with c:
        c.executemany("INSERT INTO users (username, email, display_name, password_hash, role, status, "
                      "must_change_password, created_at, updated_at) VALUES (?, ?, '', ?, 'user', 'active', 0, ?, ?)",
                      ((f"u{i:07d}", f"u{i:07d}@example.com", h, now, now) for i in range(args.users)))
    c.close()
    subprocess.run([BINS[0], "--db", TEMPLATE, "-q", "group", "create", "staff"], env=ENV, check=True)
    # A desk account that may act on the users (their permissions and users.manage).
    subprocess.run([BINS[0], "--db", TEMPLATE, "-q", "role", "create", "desk", "--permission", "users.view",
                    "users.manage", "playground.use", "resources.view"], env=ENV, check=True)
    subprocess.run([BINS[0], "--db", TEMPLATE, "-q", "user", "add", "desk", "--email", "desk@example.com",
                    "--role", "desk", "--password-stdin"], input=DESK_PASSWORD.encode(), env=ENV, check=True)
    with open(NAMES, "w") as f:
        f.writelines(f"u{i:07d}\n" for i in range(args.users))


def fresh(binary, step):
    """A copy of the template, brought to the state `step` starts from."""
    db = os.path.join(D, "bulk-run.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    shutil.copy(TEMPLATE, db)
    if step == "group remove":
        run(binary, db, ["group", "add", "staff", "--from", NAMES])
    return db


def command(binary, db, verb):
    return [binary, "--db", db, "-q", "--yes"] + verb


def env_of(verb):
    return AS_DESK if verb[0] == "--as" else ENV


def run(binary, db, verb):
    p = subprocess.run(command(binary, db, verb), env=env_of(verb), stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit(f"{' '.join(verb)} failed (exit {p.returncode}): {p.stderr[-2000:]}")


def check(db, sql, expected, what):
    got = sqlite3.connect(db).execute(sql).fetchone()[0]
    if got != expected:
        sys.exit(f"{what}: {got}, expected {expected}")


STEPS = [
    ("group add", ["group", "add", "staff", "--from", NAMES],
     "SELECT count(*) FROM group_members", args.users),
    ("group remove", ["group", "remove", "staff", "--all-matching", "--group", "staff"],
     "SELECT count(*) FROM group_members", 0),
    ("group add --as desk", ["--as", "desk", "group", "add", "staff", "--from", NAMES],
     "SELECT count(*) FROM group_members", args.users),
    ("user deactivate", ["user", "deactivate", "--from", NAMES],
     "SELECT count(*) FROM users WHERE status = 'inactive'", args.users),
]

build()
results = {}
for rep in range(args.reps):
    for name, verb, sql, expected in STEPS:
        for b in BINS:
            db = fresh(b, name)
            wall, lock, _ = lockprobe.probed(db, command(b, db, verb), env_of(verb))
            check(db, sql, expected, f"{name} with {b}")
            results.setdefault((name, b), []).append((wall, lock))
            print(f"rep {rep + 1} {name} {b}: {wall:.2f} s, write lock {lock:.2f} s", file=sys.stderr, flush=True)

print(f"| verb over {args.users} accounts | build | wall | longest write-lock hold |")
print("|---|---|---|---|")
for name, _, _, _ in STEPS:
    for b in BINS:
        runs = results[(name, b)]
        wall = statistics.median(r[0] for r in runs)
        lock = statistics.median(r[1] for r in runs)
        print(f"| {name} | {b} | {wall:.2f} s | {lock:.2f} s |")
