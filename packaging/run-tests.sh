#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and runs every test headless.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
bash "$here/packaging/build.sh"
(cd "$build_dir" && ctest --output-on-failure -j2 "$@")
# Then the sanitizer job: the server tests under ASan+UBSan and a short fixed run of every fuzz
# target (packaging/run-sanitizers.sh; RUN_SANITIZERS=0 skips it, FUZZ_RUNS sets the runs).
if [ $# -eq 0 ] && [ "${RUN_SANITIZERS:-1}" != 0 ]; then
  bash "$here/packaging/run-sanitizers.sh" "${FUZZ_RUNS:-5000}"
fi
