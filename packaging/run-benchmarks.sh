#!/usr/bin/env bash
# Builds, then runs every benchmark in tests/benchmarks; each prints `name: value unit` lines.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
bash "$here/packaging/build.sh"
# The widget benchmarks need no display.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for bench in "$build_dir"/tests/benchmarks/bench_*; do
  case "$(basename "$bench")" in bench_barewindow) continue ;; esac
  [ -x "$bench" ] || continue
  echo "== $(basename "$bench")"
  "$bench"
done
