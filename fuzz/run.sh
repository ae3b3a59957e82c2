#!/usr/bin/env bash
# Runs every fuzz target in turn for SECONDS each (default 600), starting from the small seeds
# kept in fuzz/seeds/ and the growing corpus in fuzz/corpus/ (not committed). An input that
# takes over a second is a hang and fails the run like a crash.
# Needs a nightly toolchain and cargo-fuzz: `cargo install cargo-fuzz`.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
targets=${TARGETS:-"extract articles index speakers query"}
cargo +nightly fuzz build -O
for t in $targets; do
  mkdir -p "corpus/$t"
  echo "== $t ($secs s)"
  cargo +nightly fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=1 -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 2>&1 |
    tee "logs-$t.txt" | grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec|==|SUMMARY)|panicked|Timeout' || true
done
