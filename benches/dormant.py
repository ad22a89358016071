#!/usr/bin/env python3
"""Last active and the dormant-account filters on a large table, against sqlite3.

Usage: cargo build --release && python3 benches/dormant.py [--users N] [--reps R]
Builds a database with `userctl init`, fills it with N users (half of them with a last
login), a session for three in ten and an API key for one in ten, all timestamps in one
ISO form (the triggers of schema revision 3 fill `users.last_active_at` as it loads).
First the answers are checked against last activity worked out from the rows, as
revision 2 did on every read. Then each userctl command is timed interleaved with a
`sqlite3` baseline running the same indexed query on the stored column (the instants
of `created_at` as userctl reads them, on their index). Every run's exit code is checked.
Prints a markdown table.
"""
import argparse, json, os, random, sqlite3, statistics, subprocess, time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", "target", "release", "userctl")
ap = argparse.ArgumentParser()
ap.add_argument("--users", type=int, default=1_000_000)
ap.add_argument("--reps", type=int, default=5)
args = ap.parse_args()
D = os.environ.get("BENCH_DIR", "/tmp/userctl-bench")
os.makedirs(D, exist_ok=True)
DB = os.path.join(D, f"dormant-{args.users}.db")
ENV = dict(os.environ, LOGNAME="bench", USERCTL_DB=DB)
NOW = 1795392000  # 2026-11-23T00:00:00Z


def iso(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def build():
    if os.path.exists(DB):
        return
    subprocess.run([BIN, "init", "--admin", "root", "--email", "r@example.com", "--password-stdin", "-q"],
                   input=b"violet tractor sings at dawn\n", env=ENV, check=True, stdout=subprocess.DEVNULL)
    c = sqlite3.connect(DB)
    c.execute("PRAGMA synchronous = OFF")
    h = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0HR1Ar0eHm3aYpwRRTo0vVfo0d3bVw3S6uoSk0ZcQwI"
    rnd = random.Random(5)
    year = 365 * 86400
    with c:
        c.executemany(
            "INSERT INTO users (username, email, display_name, password_hash, role, status, "
            "must_change_password, created_at, updated_at, last_login_at) VALUES (?, ?, '', ?, 'user', 'active', 0, ?, ?, ?)",
            ((f"u{i:07d}", f"u{i:07d}@example.com", h, iso(NOW - 2 * year + i * 60), iso(NOW),
              iso(NOW - rnd.randrange(year)) if i % 2 else None) for i in range(args.users)))
        c.executemany(
            "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            ((uid, f"t{uid}", iso(NOW - 200 * 86400), iso(NOW - rnd.randrange(year)), iso(NOW + year))
             for uid in range(2, args.users + 2, 3)))
        c.executemany(
            "INSERT INTO api_keys (user_id, label, prefix, key_hash, created_at, last_used_at) VALUES (?, 'k', ?, ?, ?, ?)",
            ((uid, f"p{uid}", f"h{uid}", iso(NOW - year), iso(NOW - rnd.randrange(year)))
             for uid in range(2, args.users + 2, 10)))
    c.execute("ANALYZE")
    c.close()
    print(f"built {DB}: {args.users} users")


LAST = ("max(coalesce(u.last_login_at, ''), "
        "coalesce((SELECT max(last_seen_at) FROM sessions s WHERE s.user_id = u.id), ''), "
        "coalesce((SELECT max(last_used_at) FROM api_keys k WHERE k.user_id = u.id), ''))")
CUTOFF = 0  # what `90d` means while the bench runs: set after the build


def inactive():
    return f"(CASE WHEN {LAST} = '' THEN u.created_at ELSE {LAST} END) < '{iso(CUTOFF)}'"


COLS = "u.id, u.username, u.display_name, u.email, u.role, u.status, u.created_at, u.last_login_at, u.last_active_at"
MS = 100_000_000_000


def instant(c):
    """The instant of a stored timestamp as userctl reads it (src/db/instant.rs), indexed."""
    ep = lambda n: f"CAST(CASE WHEN {n} > {MS} THEN {n} / 1000.0 ELSE {n} END AS INTEGER)"
    return (f"(CASE WHEN typeof({c}) IN ('integer', 'real') THEN {ep(c)} WHEN {c} GLOB '[0-9]*' AND "
            f"{c} NOT GLOB '*[^0-9.]*' THEN {ep(f'CAST({c} AS REAL)')} ELSE unixepoch({c}) END)")


CREATED = instant("created_at")


def stored_inactive():
    return (f"(last_active_at < '{iso(CUTOFF)}' OR (last_active_at IS NULL AND {CREATED} < {CUTOFF}))")


def timed(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, check=True)
    return time.perf_counter() - t


def stats_ms(reps=9):
    """userctl stats alone, median in milliseconds."""
    return statistics.median(timed([BIN, "stats"]) for _ in range(reps)) * 1000


def bench(name, ours, theirs):
    o, b = [], []
    for _ in range(args.reps):
        o.append(timed(ours))
        b.append(timed(["sqlite3", DB, theirs]))
    mo, mb = statistics.median(o), statistics.median(b)
    print(f"| {name} | {mo:.3f} s | {mb:.3f} s | {mo / mb:.2f}x |", flush=True)


build()
CUTOFF = int(time.time()) - 90 * 86400
# The answers agree before anything is timed.
ours = subprocess.run([BIN, "--format", "csv", "user", "list", "--sort", "last-active", "--limit", "20"],
                      env=ENV, capture_output=True, text=True, check=True).stdout.splitlines()[1:]
theirs = subprocess.run(["sqlite3", DB, f"SELECT u.username FROM users u ORDER BY {LAST} DESC, u.username LIMIT 20"],
                        capture_output=True, text=True, check=True).stdout.split()
assert [r.split(",")[1] for r in ours] == theirs, (ours[:3], theirs[:3])
stats = json.loads(subprocess.run([BIN, "--format", "json", "stats"], env=ENV, capture_output=True, text=True,
                                  check=True).stdout)
n_theirs = int(subprocess.run(["sqlite3", DB, f"SELECT count(*) FROM users u WHERE {inactive()}"],
                              capture_output=True, text=True, check=True).stdout)
# The two clocks are read seconds apart: an account or two may cross the line between.
assert abs(stats["inactive_90_days"] - n_theirs) <= 3, (stats["inactive_90_days"], n_theirs)
print(f"\n{args.users} users; median of {args.reps} runs each, interleaved; "
      f"{n_theirs} inactive for 90 days by the baseline's count\n")
print("| command | userctl | sqlite3 (same indexed query) | ratio |\n|---|---|---|---|")
bench("`user list --sort last-active --limit 50`",
      [BIN, "--format", "csv", "user", "list", "--sort", "last-active", "--limit", "50"],
      f"SELECT {COLS} FROM users u ORDER BY last_active_at DESC NULLS LAST, username LIMIT 50")
bench("`user list --inactive-since 90d --limit 50`",
      [BIN, "--format", "csv", "user", "list", "--inactive-since", "90d", "--limit", "50"],
      f"SELECT {COLS} FROM users u WHERE {stored_inactive()} ORDER BY {CREATED} DESC, id DESC LIMIT 50")
bench("`user list --never-logged-in --limit 50`",
      [BIN, "--format", "csv", "user", "list", "--never-logged-in", "--limit", "50"],
      f"SELECT {COLS} FROM users u INDEXED BY users_never_active WHERE last_active_at IS NULL "
      f"ORDER BY {CREATED} DESC, id DESC LIMIT 50")
bench("`stats` (all its counts, among them inactive 90 days and never active)",
      [BIN, "stats"],
      f"SELECT role, status, count(*) FROM users GROUP BY role, status; "
      f"SELECT count(*) FILTER (WHERE status = 'active') FROM users WHERE last_active_at >= '{iso(CUTOFF)}'; "
      f"SELECT count(*) FILTER (WHERE status = 'active'), count(*) FILTER (WHERE status = 'active' AND {CREATED} >= {CUTOFF}) "
      f"FROM users INDEXED BY users_never_active WHERE last_active_at IS NULL")
print(f"\n`stats` alone, median of 9: {stats_ms():.0f} ms (target 100 ms)")
