#!/usr/bin/env bash
# Installs the Debian packages, then configures and builds everything into ./build (or $BUILD_DIR).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
bash "$here/packaging/install-deps.sh"
# ccache: paths relative to the checkout, so another clone of the same sources (CI's, a
# worktree) reuses the objects; debug info keeps absolute paths, which need not be hashed.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$here}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
# The tests' precompiled headers (tests/CMakeLists.txt) are cached only with these keys.
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
generator=()
command -v ninja >/dev/null && [ ! -f "$build_dir/Makefile" ] && generator=(-G Ninja)
cmake -S "$here" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Two cores: more jobs only thrash.
cmake --build "$build_dir" -j2
