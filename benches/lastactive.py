#!/usr/bin/env python3
"""What the last-activity triggers cost an application's session writes, with sqlite3.

Usage: cargo build --release && python3 benches/lastactive.py [--users N] [--writes W] [--reps R]
Builds a database with `userctl init` and N accounts, each with a session (once, kept in
$BENCH_DIR), and a copy of it without the six triggers that keep `users.last_active_at`.
Then `sqlite3` plays the application on both copies, interleaved rep by rep: W requests
each touching one session's `last_seen_at` (the write every request makes), and W logins
each inserting a new session, first each in its own transaction (as an application
commits them), then all in one transaction (no commit cost: the triggers' work alone).
Every run's exit code is checked. Prints a markdown table.
"""
import argparse, os, random, shutil, sqlite3, statistics, subprocess, time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get("USERCTL_BIN", os.path.join(HERE, "..", "target", "release", "userctl"))
ap = argparse.ArgumentParser()
ap.add_argument("--users", type=int, default=100_000)
ap.add_argument("--writes", type=int, default=5_000)
ap.add_argument("--reps", type=int, default=5)
args = ap.parse_args()
D = os.environ.get("BENCH_DIR", "/tmp/userctl-bench")
os.makedirs(D, exist_ok=True)
WITH = os.path.join(D, f"lastactive-{args.users}.db")
WITHOUT = os.path.join(D, f"lastactive-{args.users}-no-triggers.db")
ENV = dict(os.environ, LOGNAME="bench", USERCTL_DB=WITH)
TRIGGERS = ["users_last_active_login_insert", "users_last_active_login", "sessions_last_active_insert",
            "sessions_last_active_seen", "api_keys_last_active_insert", "api_keys_last_active_used"]


def iso(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def build():
    if os.path.exists(WITH) and os.path.exists(WITHOUT):
        return
    for path in (WITH, WITHOUT):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
    subprocess.run([BIN, "init", "--admin", "root", "--email", "r@example.com", "--password-stdin", "-q"],
                   input=b"violet tractor sings at dawn\n", env=ENV, check=True, stdout=subprocess.DEVNULL)
    c = sqlite3.connect(WITH)
    c.execute("PRAGMA synchronous = OFF")
    now = 1795392000
    with c:
        c.executemany(
            "INSERT INTO users (username, email, display_name, role, status, must_change_password, "
            "created_at, updated_at) VALUES (?, ?, '', 'user', 'active', 0, ?, ?)",
            ((f"u{i:07d}", f"u{i:07d}@example.com", iso(now - 400 * 86400), iso(now)) for i in range(args.users)))
        c.executemany(
            "INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            ((uid, f"t{uid}", iso(now - 100 * 86400), iso(now - 99 * 86400), iso(now + 365 * 86400))
             for uid in range(2, args.users + 2)))
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    shutil.copy(WITH, WITHOUT)
    c = sqlite3.connect(WITHOUT)
    for t in TRIGGERS:
        c.execute(f"DROP TRIGGER {t}")
    c.commit()
    c.close()
    print(f"built {WITH} and {WITHOUT}: {args.users} users")


def script(kind, one_transaction, rep):
    """The application's writes, as SQL text for sqlite3."""
    rnd = random.Random(rep)
    t0 = 1795392000 + rep * 10 * args.writes
    lines = [".bail on"]
    if one_transaction:
        lines.append("BEGIN;")
    for i in range(args.writes):
        uid = rnd.randrange(2, args.users + 2)
        at = iso(t0 + i)
        if kind == "touch":
            lines.append(f"UPDATE sessions SET last_seen_at = '{at}' WHERE token_hash = 't{uid}';")
        else:
            lines.append("INSERT INTO sessions (user_id, token_hash, created_at, last_seen_at, expires_at) "
                         f"VALUES ({uid}, 'n{rep}-{kind}-{one_transaction}-{i}', '{at}', '{at}', '2099-01-01T00:00:00Z');")
    if one_transaction:
        lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def timed(db, sql):
    t = time.perf_counter()
    p = subprocess.run(["sqlite3", db], input=sql.encode(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"sqlite3 failed on {db}: {p.stderr.decode()}")
    return took


build()
# The triggers do their work: a touched session moves its account's last activity.
probe = sqlite3.connect(WITH)
assert probe.execute("SELECT count(*) FROM users WHERE last_active_at IS NULL AND id > 1").fetchone()[0] == 0
probe.close()
print(f"\n{args.users} accounts with a session each; {args.writes} writes per run; "
      f"median of {args.reps} runs, interleaved\n")
print("| the application's writes | with the triggers | without | ratio |\n|---|---|---|---|")
for kind, label in (("touch", "`UPDATE sessions SET last_seen_at`"), ("login", "`INSERT INTO sessions`")):
    for one in (False, True):
        w, wo = [], []
        for rep in range(args.reps):
            sql = script(kind, one, rep)
            w.append(timed(WITH, sql))
            wo.append(timed(WITHOUT, sql.replace("'n", "'m")))
        mw, mwo = statistics.median(w), statistics.median(wo)
        how = "all in one transaction" if one else "each committed"
        print(f"| {label}, {args.writes} {how} | {mw:.3f} s | {mwo:.3f} s | **{mw / mwo:.2f}×** |", flush=True)
