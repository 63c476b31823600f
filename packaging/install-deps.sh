#!/usr/bin/env bash
# Installs every Debian package Stitch Console needs to build, test and run.
# Idempotent: packages already present are skipped; `apt-get update` runs only when one is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev
  qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqscintilla2-qt6-dev qtkeychain-qt6-dev
  libzip-dev libdtl-dev libssl-dev libarchive-dev
  nodejs node-acorn
  xvfb xauth
  desktop-file-utils appstream lintian
  unzip
  wrk
  clang libclang-rt-14-dev
  dbus-daemon gnome-keyring
  # The browser end-to-end test (tests/browser): 18 packages, about 360 MB installed.
  chromium
)

missing=()
for p in "${packages[@]}"; do
  # nodejs may come from another repository under the same package name; any installed version does.
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
updated=0
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
else
  echo "install-deps: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  updated=1
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The end-to-end tests drive the official end-user SDK from npm, pinned by tests/sdk's lock file.
# Some nodejs builds carry npm; Debian's does not, and then its own npm package brings it.
if ! command -v npm >/dev/null 2>&1; then
  echo "install-deps: installing npm"
  [ "$updated" -eq 1 ] || "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends npm
fi
root_dir="$(cd "$(dirname "$0")/.." && pwd)"
# npm ci again only when node_modules is missing or the lock file changed since it was made.
# tests/sdk, tests/browser: the official SDKs (and playwright-core, which drives Debian's
# chromium) for the end-to-end tests; resources/cron: stitch-local's cron parser;
# resources/datastore: stitch-local's MongoDB service runs on mingo and bson (shipped in the .deb
# with its node_modules).
for npm_dir in tests/sdk tests/browser resources/cron resources/datastore; do
  installed_lock="$root_dir/$npm_dir/node_modules/.package-lock.json"
  if [ ! -f "$installed_lock" ] || [ "$root_dir/$npm_dir/package-lock.json" -nt "$installed_lock" ]; then
    echo "install-deps: npm ci --prefix $npm_dir"
    npm ci --prefix "$root_dir/$npm_dir" --no-audit --no-fund
  fi
done
