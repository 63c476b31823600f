#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and starts the console on its built-in local server,
# which holds a demo app on first start.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
bash "$here/packaging/build.sh"
exec "$build_dir/src/app/stitch-console" --profile Local "$@"
