#include "test_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace parley::testing {

namespace fs = std::filesystem;

std::string SharedDir() {
  std::string dir;
  if (const char* env = std::getenv("PARLEY_SHARED"); env != nullptr && *env) {
    dir = env;
  } else {
#ifdef PARLEY_SHARED_DEFAULT
    dir = PARLEY_SHARED_DEFAULT;
#endif
  }
  std::error_code ec;
  return !dir.empty() && fs::is_directory(dir, ec) ? dir : std::string();
}

std::string TempDir() {
  struct Root {
    std::string dir;
    ~Root() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  };
  static const Root root = [] {
    std::string tmpl = (fs::temp_directory_path() / "parley-test-XXXXXX").string();
    const char* made = mkdtemp(tmpl.data());
    return Root{made ? made : ""};
  }();
  static int counter = 0;
  const std::string dir = root.dir + "/" + std::to_string(++counter);
  fs::create_directories(dir);
  return dir;
}

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream f(path, std::ios::binary);
  f << content;
}

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

RunResult RunCommand(const std::string& command_line) {
  const std::string dir = TempDir();
  const std::string out = dir + "/stdout", err = dir + "/stderr";
  const std::string full = "(" + command_line + ") > '" + out + "' 2> '" + err + "' < /dev/null";
  const int status = std::system(full.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

}  // namespace parley::testing
