#!/bin/sh
# The long kill -9 campaign: ROUNDS kills (default 50) at spread moments during every
# mutating command, each followed by `db check` and an exact before-or-after
# comparison of every table. Prints one line per command: runs, how many kills left
# the state before and after, and the uninterrupted run's time.
# Usage: tests/kill_campaign.sh [ROUNDS]
set -eu
cd "$(dirname "$0")/.."
ROUNDS="${1:-50}"
USERCTL_KILL_ROUNDS="$ROUNDS" cargo test --release --test cli kill:: -- --nocapture --test-threads=1 2>&1 |
  grep -vE '^(running|$)|Finished|Running|Compiling'
