// analyze/syntax/upos.h — names of the Universal POS tags in parley::Upos.
#ifndef PARLEY_ANALYZE_SYNTAX_UPOS_H_
#define PARLEY_ANALYZE_SYNTAX_UPOS_H_

#include <string_view>

#include "parley/doc.h"

namespace parley::syntax {

constexpr int kUposCount = 17;

// "X" for kX.
std::string_view UposName(Upos upos);

// Parses a UD tag name ("NOUN"); false for anything else, including "_".
bool ParseUpos(std::string_view name, Upos* upos);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_UPOS_H_
