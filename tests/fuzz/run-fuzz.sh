#!/bin/sh
# Builds the libFuzzer targets with clang in their own build folder and runs each for a bounded
# time on the AMI captures as seed corpus. Called by CTest from the main (g++) build.
# Usage: tests/fuzz/run-fuzz.sh SOURCE_DIR FUZZ_BUILD_DIR [SECONDS]
set -eu
src=$1
out=$2
seconds=${3:-60}
command -v clang++ >/dev/null || { echo "run-fuzz: clang++ is missing (package clang)" >&2; exit 1; }
cmake -S "$src" -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPBXWARDEN_BUILD_FUZZERS=ON -DPBXWARDEN_BUILD_TESTS=ON >"$out.configure.log" 2>&1 ||
    { tail -20 "$out.configure.log" >&2; exit 1; }
cmake --build "$out" --target fuzz_amiparser
mkdir -p "$out/corpus_amiparser"
"$out/tests/fuzz/fuzz_amiparser" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=1024 -timeout=10 \
    -print_final_stats=1 "$out/corpus_amiparser" "$src/tests/ami/captures"
