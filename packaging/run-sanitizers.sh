#!/usr/bin/env bash
# CI's sanitizer job, in one build folder of its own (./build-sanitize, or $SANITIZE_BUILD_DIR):
# the server library, the server tests and the libFuzzer targets, built by Debian's clang with
# AddressSanitizer and UndefinedBehaviorSanitizer (the fuzz targets add -fsanitize=fuzzer). Runs
# the server tests, then every fuzz target for a fixed number of executions from its seed corpus.
# Any sanitizer report fails the run.
#
#   bash packaging/run-sanitizers.sh [RUNS]   RUNS per fuzz target, default 5000 (a few seconds
#                                             each); longer fuzzing is packaging/run-fuzz.sh
# Only what those tests need is built: -O1 without debug info, and the server library's Qt
# headers precompiled once (STITCH_PCH) - parsing them was most of each file's compile time.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${SANITIZE_BUILD_DIR:-$here/build-sanitize}
runs=${1:-5000}
bash "$here/packaging/install-deps.sh"
generator=()
command -v ninja >/dev/null && [ ! -f "$build_dir/Makefile" ] && generator=(-G Ninja)
# ccache reuses objects across checkouts, and precompiled headers only with these sloppiness keys.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$here}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
flags="-O1 -g0 -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
# qCDebug(category) << ... is how Qt logs; clang's -Wpedantic would flag every one.
flags+=" -Wno-gnu-zero-variadic-macro-arguments"
cmake -S "$here" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$flags" -DSTITCH_FUZZ=ON -DSTITCH_PCH=ON >/dev/null
cmake --build "$build_dir" -j2 --target server_tests fuzzers
cd "$build_dir"

# Leak checking is on. The one thing it reported was the QProcess of a Node.js worker abandoned to
# die (RuntimeWorker::abandonProcess) and still dying at exit; that object alone is exempted, in
# the code (__lsan_ignore_object), not by a suppression pattern.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
ctest --output-on-failure -j2 -L server

FUZZ_BUILD_DIR="$build_dir" FUZZ_NO_BUILD=1 bash "$here/packaging/run-fuzz.sh" "$runs"
