#!/usr/bin/env bash
# Builds the .deb from a finished build, checks it with lintian (no errors, no warnings), unpacks it
# into a temporary root with dpkg -x, and runs both binaries from there: what a user installing the
# package gets, without installing it on this machine.
set -euo pipefail
build_dir=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/pkg/*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

lintian_rc=0
lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 || lintian_rc=$?
# Root runs (CI containers) draw a note from lintian that is not about the package.
grep -v 'running with root privileges' "$work/lintian.log" || true
[ "$lintian_rc" -eq 0 ] || { echo "lintian found errors or warnings"; exit 1; }

dpkg -x "$deb" "$work/root"
bin=$work/root/usr/bin
for b in stitch-console stitch-local; do
  [ -x "$bin/$b" ] || { echo "missing $bin/$b"; exit 1; }
  # Stripped: no debug sections and no symbol table left in the installed binary.
  if readelf -S "$bin/$b" | grep -Eq '\.debug_|\.symtab'; then echo "$b is not stripped"; exit 1; fi
  # --help and --version answer without a display (a terminal on a server, an SSH session).
  env -u DISPLAY -u WAYLAND_DISPLAY "$bin/$b" --help >"$work/$b.help"
  grep -q -- '--help' "$work/$b.help" || { echo "$b --help printed no options"; exit 1; }
  env -u DISPLAY -u WAYLAND_DISPLAY "$bin/$b" --version | grep -q '[0-9]\.[0-9]' \
    || { echo "$b --version printed no version"; exit 1; }
  man_page=$work/root/usr/share/man/man1/$b.1.gz
  [ -f "$man_page" ] || { echo "missing man page for $b"; exit 1; }
  # The man page renders without groff warnings.
  warnings=$(MANWIDTH=80 man --warnings -l "$man_page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || { echo "man page of $b: $warnings"; exit 1; }
  # Every option --help lists is in the man page.
  options_checked=0
  for option in $(grep -oE '^ +(-[a-z], )?--[a-z-]+' "$work/$b.help" | grep -oE -- '--[a-z-]+'); do
    case $option in --help-all) continue ;; esac
    zcat "$man_page" | sed 's/\\-/-/g' | grep -q -- "$option" \
      || { echo "man page of $b does not describe $option"; exit 1; }
    options_checked=$((options_checked + 1))
  done
  echo "$b: --help, --version, stripped, man page with all $options_checked options"
done
# The built-in server is a module the console loads from the package's private library folder.
module=$(find "$work/root/usr/lib" -name libstitch-local-server.so -print -quit)
[ -n "$module" ] || { echo "missing libstitch-local-server.so under /usr/lib"; exit 1; }
[ ! -x "$module" ] || { echo "$module is executable"; exit 1; }
if readelf -S "$module" | grep -Eq '\.debug_|\.symtab'; then echo "$module is not stripped"; exit 1; fi
# The unpacked console starts its Local profile from that module: signed in, the demo app listed.
probe=$(env -u STITCH_LOCAL_MODULE_DIR QT_QPA_PLATFORM=offscreen HOME="$work/home" \
          XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
          timeout 60 "$bin/stitch-console" --startup-probe --profile Local \
          --local-data "$work/home/local-server" 2>"$work/console.log") || true
if ! grep -qx idle <<<"$probe"; then
  echo "the unpacked console did not sign in to Local:"; cat "$work/console.log"; exit 1
fi
echo "stitch-console: signed in to Local with ${module#"$work/root"}"
echo "package ok: lintian clean, both binaries stripped and answering --help/--version from the unpacked root, man pages complete, the Local profile's server loads"
