#!/bin/sh
# A long fuzz campaign on a stable toolchain: the property tests of tests/cli/fuzz.rs
# (CSV reader and validator, password normaliser and policy, hash parsers) with many
# more cases. Usage: tests/fuzz_campaign.sh [CASES]   (default 200000 per property)
# Prints the cases run per property and the elapsed time; any failure is printed
# with proptest's minimal failing input and makes the script exit non-zero.
set -eu
cd "$(dirname "$0")/.."
CASES="${1:-200000}"
cargo build --release --tests >/dev/null 2>&1
start=$(date +%s)
USERCTL_FUZZ_CASES="$CASES" nice -n 10 cargo test --release --test cli fuzz:: -- --test-threads=1 2>&1 |
  grep -E '^test |test result|panicked|minimal failing'
end=$(date +%s)
echo "fuzz campaign: 6 properties x $CASES cases in $((end - start)) s"
