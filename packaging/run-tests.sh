#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and runs every test headless.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
bash "$here/packaging/build.sh"
(cd "$build_dir" && ctest --output-on-failure -j2 "$@")
# With arguments (a subset of ctest), only that subset runs.
if [ $# -eq 0 ] && [ -z "${SKIP_SANITIZERS:-}" ]; then
  bash "$here/packaging/run-sanitizers.sh"
  # A short fixed run of every fuzz target from its seed corpus: a few seconds each.
  bash "$here/packaging/run-fuzz.sh" "${FUZZ_RUNS:-5000}"
fi
