// tests/test_util.h — helpers shared by the test binaries.
#ifndef PARLEY_TESTS_TEST_UTIL_H_
#define PARLEY_TESTS_TEST_UTIL_H_

#include <string>

namespace parley::testing {

// Folder of the shared data: $PARLEY_SHARED, else the build's default (../shared).
// Empty when neither exists; tests then GTEST_SKIP() with a message naming the variable.
std::string SharedDir();

// A fresh temporary folder, removed at exit.
std::string TempDir();

void WriteFile(const std::string& path, const std::string& content);
std::string ReadFile(const std::string& path);

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs a shell command line, capturing stdout and stderr.
RunResult RunCommand(const std::string& command_line);

}  // namespace parley::testing

#endif  // PARLEY_TESTS_TEST_UTIL_H_
