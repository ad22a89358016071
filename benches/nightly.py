#!/usr/bin/env python3
"""userctl nightly-import benchmarks: each figure against a baseline measured in the same run.

Usage: cargo build --release && python3 benches/nightly.py [--small N] [--sync N] [--reps R]

1. no-op night: import N plaintext rows into a fresh database (the first night, every
   password hashed), then the same file again (nothing to do): ratio second / first,
   target <= 1%.
2. sync night: N managed accounts (imported from a password_hash file), then a
   `--mode sync` night of a file where 1% of the rows changed (half renamed, half
   removed and replaced by new hires): wall time against the 3 s target, and peak RSS.
Data and databases go to $BENCH_DIR (default /tmp/userctl-bench). Prints a markdown table.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, "..", "target", "release", "userctl")
ap = argparse.ArgumentParser()
ap.add_argument("--small", type=int, default=10_000, help="plaintext rows of the no-op bench")
ap.add_argument("--sync", type=int, default=100_000, help="managed accounts of the sync bench")
ap.add_argument("--reps", type=int, default=3)
args = ap.parse_args()
D = os.environ.get("BENCH_DIR", "/tmp/userctl-bench")
os.makedirs(D, exist_ok=True)
ENV = dict(os.environ, LOGNAME="bench")


def run(cmd):
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, text=True)
    took = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr}")
    return took, p.stdout


def rss_kib(cmd):
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))


def fresh(name):
    path = os.path.join(D, name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    subprocess.run([BIN, "--db", path, "init", "--admin", "root", "--email", "root@example.com", "--password-stdin"],
                   input=b"violet tractor sings at dawn\n", check=True, stdout=subprocess.DEVNULL, env=ENV)
    return path


def copy(src, name):
    dst = os.path.join(D, name)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(dst + suffix):
            os.remove(dst + suffix)
    shutil.copy(src, dst)
    return dst


def gen(n, kind):
    path = os.path.join(D, f"{kind}{n}.csv")
    if not os.path.exists(path):
        with open(path, "w") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(n), kind], stdout=f, check=True)
    return path


rows = []

# 1. The no-op night.
plain = gen(args.small, "plain")
db = fresh("noop.db")
first, out = run([BIN, "--db", db, "import-csv", plain])
seconds = []
for _ in range(args.reps):
    t, out = run([BIN, "--db", db, "import-csv", plain])
    assert f"{args.small} unchanged" in out, out
    seconds.append(t)
second = statistics.median(seconds)
rows.append((f"no-op night, {args.small} plaintext rows", second, f"the first night (all hashed): {first:.2f} s", first, 0.01))

# 2. The sync night.
n = args.sync
hashes = gen(n, "hash")
base = fresh("sync-base.db")
run([BIN, "--db", base, "import-csv", hashes])
night = os.path.join(D, f"night{n}.csv")
changed = n // 100
with open(hashes) as src, open(night, "w") as dst:
    for i, line in enumerate(src):
        k = i - 1
        if k >= 0 and k < changed // 2:
            line = line.replace(f",User Number {k},", f",User Number {k} (renamed),")
        elif k >= 0 and k >= n - (changed - changed // 2):
            j = k + n  # a new hire instead of a leaver
            line = line.replace(f"user{k:07d}", f"user{j:07d}").replace(f"User Number {k},", f"User Number {j},")
        dst.write(line)
times = []
for _ in range(args.reps):
    db = copy(base, "sync.db")
    t, out = run([BIN, "--db", db, "import-csv", "--mode", "sync", night])
    expected = f"{changed - changed // 2} created, {changed // 2} updated"
    assert expected in out and f"{changed - changed // 2} deactivated" in out, out
    times.append(t)
sync_t = statistics.median(times)
rows.append((f"sync night, {n} rows vs {n} managed, 1% changed", sync_t, "target 3 s", 3.0, 1.0))
# How loaded the machine is, in the same run: sqlite3 merely loading the same file into a
# table of a copy of the same database (no checks, no lookups, no audit).
if shutil.which("sqlite3"):
    def sqlite_load():
        db = copy(base, "sync-sqlite.db")
        script = f".bail on\nBEGIN;\nCREATE TEMP TABLE stage(username, email, name, role, status, password_hash);\n.import --csv --skip 1 {night} stage\nCOMMIT;\n"
        t = time.perf_counter()
        subprocess.run(["sqlite3", db], input=script, text=True, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - t
    b = statistics.median(sqlite_load() for _ in range(args.reps))
    rows.append((f"sync night, {n} rows vs {n} managed, 1% changed", sync_t, "sqlite3 .import of the same file (load indicator)", b, 99))
rss = rss_kib([BIN, "--db", copy(base, "sync.db"), "import-csv", "--mode", "sync", night])

print(f"\ncores: {os.cpu_count()}; reps: {args.reps}\n")
print("| benchmark | userctl | baseline | ratio | target | met |")
print("|---|---|---|---|---|---|")
for name, t, what, b, target in rows:
    r = t / b
    print(f"| {name} | {t:.3f} s | {what} | {r:.4f}x | <= {target}x | {'yes' if r <= target else 'no'} |")
print(f"\nsync night peak RSS: {rss/1024:.1f} MiB")
