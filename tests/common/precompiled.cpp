// Compiled once per test directory only to make its precompiled Qt headers
// (stitch_test_precompiled_headers in tests/CMakeLists.txt); the tests reuse them.
