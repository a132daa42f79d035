// analyze/syntax/shared_dir.h — where the shared data (UD treebanks) lives, for tests,
// benchmarks and evaluation defaults: $PARLEY_SHARED, else the build's
// PARLEY_SHARED_DEFAULT (the source tree's ../shared).
#ifndef PARLEY_ANALYZE_SYNTAX_SHARED_DIR_H_
#define PARLEY_ANALYZE_SYNTAX_SHARED_DIR_H_

#include <string>

namespace parley::syntax {

std::string SharedDir();
// SharedDir() + "/data/ud".
std::string SharedUdDir();

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_SHARED_DIR_H_
