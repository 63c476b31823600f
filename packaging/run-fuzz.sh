#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with Debian's clang into ./build-fuzz, and runs each
# from its committed seed corpus for a fixed number of executions.
#
#   bash packaging/run-fuzz.sh [RUNS]       RUNS per target, default 1000000 (CI passes a few
#                                           thousand); FUZZ_TARGETS="fuzz_router ..." picks some
# FUZZ_NO_BUILD=1 runs targets already built in $FUZZ_BUILD_DIR (run-sanitizers.sh builds them).
# A crash leaves its input in the build folder (crash-*) and fails the script: make it a test.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${FUZZ_BUILD_DIR:-$here/build-fuzz}
runs=${1:-1000000}
targets=${FUZZ_TARGETS:-fuzz_httpparser fuzz_httpconnection fuzz_multipart fuzz_router fuzz_logcursor fuzz_exportnames}
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  bash "$here/packaging/install-deps.sh"
  generator=()
  command -v ninja >/dev/null && [ ! -f "$build_dir/Makefile" ] && generator=(-G Ninja)
  cmake -S "$here" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DSTITCH_FUZZ=ON >/dev/null
  cmake --build "$build_dir" -j2 --target fuzzers
fi
cd "$build_dir"
for target in $targets; do
  # New inputs go to a scratch corpus; the committed seeds stay as they are.
  mkdir -p "corpus/$target"
  echo "== $target: $runs executions"
  status=0
  "tests/fuzz/$target" -runs="$runs" -print_final_stats=1 -rss_limit_mb=2048 \
    "corpus/$target" "$here/tests/fuzz/corpus/$target" >"$target.log" 2>&1 || status=$?
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|^Done|ERROR|SUMMARY" "$target.log" || true
  [ "$status" -eq 0 ] || { echo "run-fuzz: $target failed, see $build_dir/$target.log" >&2; exit 1; }
done
