#!/usr/bin/env bash
# Build one fuzz target with libFuzzer and AddressSanitizer, and run it for SECONDS on its corpus.
# Usage: Fuzz/run.sh TARGET SECONDS   (TARGET: a file name in Fuzz/Targets, e.g. FuzzDates, FuzzAnkiPackage)
#
# The libraries (RecallTestSupport and every target it uses: all but the `recall` executable) are
# compiled with coverage and AddressSanitizer by SwiftPM (in Fuzz/.build-fuzz), and the target,
# Fuzz/Targets/TARGET.swift, is linked to them with swiftc, so that libFuzzer supplies main().
# A crash, a hang (over 10 s on one input) or a property failure stops the run with exit status 1
# and leaves the input in Fuzz/artifacts/ to be made a regression test.
# FUZZ_SEED=N fixes libFuzzer's random seed and FUZZ_FRESH=1 starts from the committed corpus only,
# so that a run explores the same inputs every time (CI uses both; longer runs here cover that path).
set -euo pipefail
target=${1:?usage: Fuzz/run.sh TARGET SECONDS}
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
fuzz=$root/Fuzz
scratch=$fuzz/.build-fuzz
[ -f "$fuzz/Targets/$target.swift" ] || { echo "no fuzz target $target in Fuzz/Targets" >&2; exit 2; }
(cd "$root" && swift build -c release --scratch-path "$scratch" --target RecallTestSupport \
    -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -vE "ld.gold: warning" | tail -1)
release=$(cd "$root" && swift build -c release --scratch-path "$scratch" --show-bin-path)
# The C modules the libraries import (system SQLite, zstd and readline, ZIPFoundation's zlib) need their module maps found.
mapfile -d '' modulemaps < <(find "$root/Sources" "$scratch/checkouts" -name module.modulemap -print0)
includes=()
for map in "${modulemaps[@]}"; do includes+=(-I "$(dirname "$map")"); done
mapfile -d '' objects < <(find "$release" -path "*.build/*.o" ! -path "*/recall.build/*" ! -path "*ArgumentParser*" \
    ! -path "*Tests.build/*" -print0)
swiftc -O -parse-as-library -sanitize=fuzzer,address -I "$release/Modules" "${includes[@]}" \
    "$fuzz/Targets/$target.swift" "${objects[@]}" -lsqlite3 -lreadline -lz -lzstd -o "$scratch/$target" 2>&1 | grep -vE "ld.gold: warning" || true
[ "${FUZZ_FRESH:-0}" = 1 ] && rm -rf "$fuzz/work/$target"
mkdir -p "$fuzz/artifacts" "$fuzz/work/$target"
seed=()
[ -n "${FUZZ_SEED:-}" ] && seed=(-seed="$FUZZ_SEED")
set +e
LSAN_OPTIONS="suppressions=$fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
    "$scratch/$target" "${seed[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$fuzz/artifacts/$target-" "$fuzz/work/$target" "$fuzz/Corpus/$target" > "$fuzz/work/$target.log" 2>&1
status=$?
set -e
grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY|Fatal error|deadly signal|Test unit written" "$fuzz/work/$target.log" || true
if [ "$status" -ne 0 ]; then
    echo "$target: FINDING (exit $status); the input is in Fuzz/artifacts/, the log in Fuzz/work/$target.log"
    exit 1
fi
echo "$target: ${seconds}s without a finding"
