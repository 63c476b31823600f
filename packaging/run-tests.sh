#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and runs every test headless.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
bash "$here/packaging/build.sh"
cd "$build_dir"
ctest --output-on-failure -j2 "$@"
