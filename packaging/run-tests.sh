#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and runs every test headless.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
bash "$here/packaging/build.sh"
(cd "$build_dir" && ctest --output-on-failure -j2 "$@")
# The sanitizer build and the short fuzz runs are opt-in for now (RUN_SANITIZERS=1): cold, they
# took about 32 minutes on a loaded 2-core machine, past CI's 30-minute budget (issue 17).
if [ $# -eq 0 ] && [ -n "${RUN_SANITIZERS:-}" ]; then
  bash "$here/packaging/run-sanitizers.sh"
  # A short fixed run of every fuzz target from its seed corpus: a few seconds each.
  bash "$here/packaging/run-fuzz.sh" "${FUZZ_RUNS:-5000}"
fi
