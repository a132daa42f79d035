#include "analyze/syntax/shared_dir.h"

#include <cstdlib>

#ifndef PARLEY_SHARED_DEFAULT
#define PARLEY_SHARED_DEFAULT "../shared"
#endif

namespace parley::syntax {

std::string SharedDir() {
  const char* env = std::getenv("PARLEY_SHARED");
  return env != nullptr && env[0] != '\0' ? env : PARLEY_SHARED_DEFAULT;
}

std::string SharedUdDir() { return SharedDir() + "/data/ud"; }

}  // namespace parley::syntax
