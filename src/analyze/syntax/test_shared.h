// analyze/syntax/test_shared.h — tests skip cleanly when the treebanks are missing.
#ifndef PARLEY_ANALYZE_SYNTAX_TEST_SHARED_H_
#define PARLEY_ANALYZE_SYNTAX_TEST_SHARED_H_

#include <filesystem>
#include <string>

#include "analyze/syntax/shared_dir.h"

namespace parley::syntax {

inline bool HaveTreebank(const std::string& name) {
  return std::filesystem::exists(SharedUdDir() + "/" + name);
}

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_TEST_SHARED_H_
