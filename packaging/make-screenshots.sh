#!/usr/bin/env bash
# Makes the README's gallery and the AppStream screenshots from the real console: every panel of
# the window, opened on the demo app of the built-in Local server, in the light and the dark
# palette (tests/ui/tst_panelgallery.cpp), written to resources/screenshots/<panel>-{light,dark}.png;
# and the debugger paused in a function (tst_functionsdebug) and a run of all cases with a failure
# and its diff (tst_runcases), for the README's sections on them.
# Run it after a change to what a panel looks like, and commit the pictures with the change.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
[ -f "$build_dir/CMakeCache.txt" ] || bash "$here/packaging/build.sh"
cmake --build "$build_dir" -j2 --target tst_panelgallery tst_functionsdebug tst_runcases
out=$here/resources/screenshots
rm -f "$out"/*.png
# English text, a fixed font size and no display needed.
LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1 STITCH_SHOTS_DIR=$out \
  "$build_dir/tests/ui/tst_panelgallery" everyPanelOpensWithoutAnError
LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1 STITCH_SHOTS_DIR=$out \
  "$build_dir/tests/ui/tst_functionsdebug" pauseInspectStepContinue
LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1 STITCH_SHOTS_DIR=$out \
  "$build_dir/tests/ui/tst_runcases" runAllTreeWithDiff
ls "$out"/*.png | wc -l | xargs echo "screenshots written to $out:"
