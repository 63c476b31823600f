// Test and benchmark executables live in build folders of their own, not beside
// libstitch-local-server.so, the built-in server the console loads (src/app/localservermodule.h).
// Linked into each of them, this points the console's search at the build's copy before main,
// whether the test runs under ctest or by hand; a directory already set wins.
#include <cstdlib>

namespace {
const int moduleDirSet = setenv("STITCH_LOCAL_MODULE_DIR", STITCH_BUILD_MODULE_DIR, 0);
} // namespace
