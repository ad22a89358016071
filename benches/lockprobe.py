"""The write-lock probe the benches share: how long a command keeps other writers out."""
import sqlite3, subprocess, sys, threading, time


def lock_probe(db, stop, locked):
    """Every 50 ms, tries to take the write lock with no busy timeout (a fresh connection
    each time, so the importer's closing checkpoint runs as it would alone); appends the
    time of every refused attempt to `locked`."""
    while not stop.is_set():
        t = time.perf_counter()
        try:
            c = sqlite3.connect(db, timeout=0, isolation_level=None)
            try:
                c.execute("BEGIN IMMEDIATE")
                c.execute("ROLLBACK")
            finally:
                c.close()
        except sqlite3.OperationalError:
            locked.append(t)
        stop.wait(0.05)


def probed(db, cmd, env, stdin=None):
    """Runs `cmd` on `db` with the lock probe: (wall s, longest write-lock hold s, the
    process). Exits, naming the command, when it fails: only successful runs are timed."""
    stop, locked = threading.Event(), []
    probe = threading.Thread(target=lock_probe, args=(db, stop, locked))
    probe.start()
    t = time.perf_counter()
    p = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.perf_counter() - t
    stop.set()
    probe.join()
    if p.returncode != 0:
        sys.exit(f"{cmd[0]} failed: {p.stderr[-2000:]}")
    return wall, longest_hold(locked), p


def longest_hold(locked):
    """The longest time other writers were refused without a break (50 ms resolution):
    refused attempts less than 0.25 s apart belong to one hold. The import's commit is
    followed by a checkpoint that lets writers in, and closing the last connection
    takes the file for a moment; the span from the first refusal to the last would
    count both and the open gap between them."""
    longest, start, last = 0.0, None, None
    for t in locked:
        if last is None or t - last > 0.25:
            start = t
        last = t
        longest = max(longest, last - start + 0.05)
    return longest
