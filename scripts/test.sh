#!/usr/bin/env bash
# Quick start: installs what is missing, builds and runs every test: the
# normal build, the ASan+UBSan build, and each fuzzer for 30 s (clang).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

for preset in default asan; do
    echo "== $preset: build"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "== $preset: test"
    ctest --preset "$preset" -j "$jobs"
done

if command -v clang++ >/dev/null; then
    echo "== fuzz: build"
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j "$jobs"
    fuzzed=0
    for fuzzer in build/fuzz/tests/fuzz/fuzz_*; do
        [ -x "$fuzzer" ] || continue
        name=$(basename "$fuzzer")
        corpus="build/fuzz/corpus/$name"
        mkdir -p "$corpus"
        cp tests/fuzz/seeds/"${name#fuzz_}"/* "$corpus"/ 2>/dev/null || true
        echo "== fuzz: $name for 30 s"
        status=0
        "$fuzzer" -max_total_time=30 -max_len=8192 -print_final_stats=1 \
            -artifact_prefix="build/fuzz/" "$corpus" >"build/fuzz/$name.log" 2>&1 || status=$?
        grep -E "^stat::(number_of_executed_units|peak_rss_mb)|^Done|ERROR|SUMMARY" "build/fuzz/$name.log" || true
        if [ "$status" -ne 0 ]; then
            tail -n 40 "build/fuzz/$name.log"
            echo "== fuzz: $name found a problem (exit $status)"
            exit 1
        fi
        fuzzed=$((fuzzed + 1))
    done
    echo "fuzz: $fuzzed passed, 0 failed"
else
    echo "== fuzz: skipped (no clang++)"
fi
