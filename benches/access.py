#!/usr/bin/env python3
"""`access check` and `user show` against sqlite3 running the README's query.

Usage: cargo build --release && python3 benches/access.py [--users N] [--groups G] [--grants M] [--reps R]
Builds a database with `userctl init`, fills it with N users, G groups (every user in one),
M resource grants (three quarters to accounts, a quarter to groups), a mode for one account
in ten and an override for one in ten; then times each command on accounts spread over the
table, alternating with the baseline so both see the same machine. Prints a markdown table.
"""
import argparse, os, random, re, sqlite3, statistics, subprocess, time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", "target", "release", "userctl")
ap = argparse.ArgumentParser()
ap.add_argument("--users", type=int, default=1_000_000)
ap.add_argument("--groups", type=int, default=1_000)
ap.add_argument("--grants", type=int, default=2_000_000)
ap.add_argument("--reps", type=int, default=40)
args = ap.parse_args()
D = os.environ.get("BENCH_DIR", "/tmp/userctl-bench")
os.makedirs(D, exist_ok=True)
DB = os.path.join(D, f"access-{args.users}.db")
ENV = dict(os.environ, LOGNAME="bench", USERCTL_DB=DB)
SRC = open(os.path.join(HERE, "..", "src", "db", "access.rs")).read()
QUERY = re.search(r'pub const ACCESS_SQL: &str = "\\\n(.*?)";', SRC, re.S).group(1)
TYPES = ["dataset", "package", "dashboard"]


def build():
    if os.path.exists(DB):
        return
    for s in ["", "-wal", "-shm"]:
        if os.path.exists(DB + s):
            os.remove(DB + s)
    subprocess.run([BIN, "init", "--admin", "root", "--email", "r@example.com", "--password-stdin", "-q"],
                   input=b"violet tractor sings at dawn\n", env=ENV, check=True, stdout=subprocess.DEVNULL)
    c = sqlite3.connect(DB)
    c.execute("PRAGMA synchronous = OFF")
    h = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0HR1Ar0eHm3aYpwRRTo0vVfo0d3bVw3S6uoSk0ZcQwI"
    now = "2026-11-23T00:00:00Z"
    rnd = random.Random(7)
    with c:
        c.executemany("INSERT INTO users (username, email, display_name, password_hash, role, status, "
                      "must_change_password, created_at, updated_at) VALUES (?, ?, '', ?, 'user', 'active', 0, ?, ?)",
                      ((f"u{i:07d}", f"u{i:07d}@example.com", h, now, now) for i in range(args.users)))
        c.executemany("INSERT INTO groups (name, created_at) VALUES (?, ?)", ((f"g{i}", now) for i in range(args.groups)))
        c.executemany("INSERT INTO group_permissions (group_id, permission) VALUES (?, ?)",
                      ((g, p) for g in range(1, args.groups + 1) for p in (["audit.view"] if g % 2 else ["analytics.view", "users.view"])))
        c.execute("INSERT INTO group_members (group_id, user_id, added_at) SELECT (id % ?) + 1, id, ? FROM users",
                  (args.groups, now))
        n_user = args.grants * 3 // 4
        c.executemany("INSERT OR IGNORE INTO resource_grants (user_id, resource_type, resource_id, level, created_at) VALUES (?, ?, ?, ?, ?)",
                      ((2 + rnd.randrange(args.users), rnd.choice(TYPES), f"r{rnd.randrange(5000)}", rnd.choice(["read", "write"]), now)
                       for _ in range(n_user)))
        c.executemany("INSERT OR IGNORE INTO resource_grants (group_id, resource_type, resource_id, level, created_at) VALUES (?, ?, ?, ?, ?)",
                      ((1 + rnd.randrange(args.groups), rnd.choice(TYPES), f"r{rnd.randrange(5000)}", rnd.choice(["read", "write"]), now)
                       for _ in range(args.grants - n_user)))
        c.executemany("INSERT OR IGNORE INTO resource_modes (user_id, resource_type, mode, level) VALUES (?, ?, ?, ?)",
                      ((i, "dataset", ["full", "allow", "deny"][i % 3], "read") for i in range(2, args.users + 2, 10)))
        c.executemany("INSERT OR IGNORE INTO user_permissions (user_id, permission, effect, created_at) VALUES (?, ?, ?, ?)",
                      ((i, "audit.view", "deny" if i % 20 else "grant", now) for i in range(3, args.users + 2, 10)))
    c.execute("ANALYZE")
    c.close()
    print(f"built {DB}: {args.users} users, {args.groups} groups, {args.grants} grants")


def timed(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, check=False)
    return time.perf_counter() - t


def params(uid, t, rid, level):
    return [".param set :user_id %d" % uid, ".param set :type \"'%s'\"" % t,
            ".param set :id \"'%s'\"" % rid, ".param set :level \"'%s'\"" % level]


def bench(name, ours, theirs, cases):
    o, b = [], []
    # Alternate which runs first, so neither always finds the other's pages cached.
    for i, case in enumerate(cases):
        if i % 2:
            b.append(timed(theirs(*case)))
            o.append(timed(ours(*case)))
        else:
            o.append(timed(ours(*case)))
            b.append(timed(theirs(*case)))
    mo, mb = statistics.median(o), statistics.median(b)
    print(f"| {name} | {mo * 1000:.1f} ms | {mb * 1000:.1f} ms | {mo / mb:.2f}x |", flush=True)


build()
rnd = random.Random(11)
cases = [(2 + rnd.randrange(args.users), rnd.choice(TYPES), f"r{rnd.randrange(5000)}", rnd.choice(["read", "write"]))
         for _ in range(args.reps)]
# The answers agree (the property test checks this on random worlds; here on the big one).
for uid, t, rid, level in cases[:10]:
    ours = subprocess.run([BIN, "access", "check", f"u{uid - 2:07d}", f"{t}:{rid}", "--level", level],
                          env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    theirs = subprocess.run(["sqlite3", DB] + params(uid, t, rid, level) + [QUERY], capture_output=True, text=True).stdout.strip()
    assert (ours == 0) == (theirs == "1"), (uid, t, rid, level, ours, theirs)
print(f"\n{args.users} users, {args.groups} groups, {args.grants} grants; median of {args.reps} runs each, interleaved\n")
print("| command | userctl | sqlite3 (README query) | ratio |\n|---|---|---|---|")
bench("access check USER TYPE:ID",
      lambda uid, t, rid, level: [BIN, "access", "check", f"u{uid - 2:07d}", f"{t}:{rid}", "--level", level],
      lambda uid, t, rid, level: ["sqlite3", DB] + params(uid, t, rid, level) + [QUERY], cases)
bench("user show USER (vs the README query, effective_permissions, the account's and its groups' grants)",
      lambda uid, t, rid, level: [BIN, "user", "show", f"u{uid - 2:07d}"],
      lambda uid, t, rid, level: ["sqlite3", DB] + params(uid, t, rid, level) + [QUERY,
          "SELECT permission, source FROM effective_permissions WHERE user_id = %d" % uid,
          "SELECT r.resource_type, r.resource_id, r.level FROM resource_grants r WHERE r.user_id = %d "
          "UNION ALL SELECT r.resource_type, r.resource_id, r.level FROM group_members m "
          "JOIN resource_grants r ON r.group_id = m.group_id WHERE m.user_id = %d" % (uid, uid)], cases)
