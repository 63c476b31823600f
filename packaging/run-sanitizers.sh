#!/usr/bin/env bash
# The server and API tests built with AddressSanitizer and UndefinedBehaviorSanitizer into
# ./build-asan (only the targets those tests need), then run. Any report fails the run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${ASAN_BUILD_DIR:-$here/build-asan}
bash "$here/packaging/install-deps.sh"
generator=()
command -v ninja >/dev/null && [ ! -f "$build_dir/Makefile" ] && generator=(-G Ninja)
# -O1 without debug info: a third of the compile time of RelWithDebInfo, stack traces still read.
flags="-O1 -g0 -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$here" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$build_dir" -j2 --target server_api_tests
cd "$build_dir"
# Leak checking is off: at exit LeakSanitizer reports the QProcess of a Node.js worker that was
# abandoned to die (RuntimeWorker::abandonProcess) and Qt objects it holds; memory errors and
# undefined behaviour still fail the run. ASAN_OPTIONS=detect_leaks=1 shows those reports.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
ctest --output-on-failure -j2 -L serverapi "$@"
