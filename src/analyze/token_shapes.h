// analyze/token_shapes.h — character sequences that stay one token although the general
// rules would split them, as UD English writes them: emoticons (":)", ";-)"), phone numbers
// and numeric dates ("713-853-3989", "01-Feb-02", "9/11"), and words after the prefixes that
// English joins with a hyphen ("e-mail", "non-state", "pre-war", "co-operation").
#ifndef PARLEY_ANALYZE_TOKEN_SHAPES_H_
#define PARLEY_ANALYZE_TOKEN_SHAPES_H_

#include <cstdint>
#include <string_view>

namespace parley {

// If text[start, end) begins with one of those shapes, returns the byte offset where it
// ends; otherwise returns start.
uint32_t KeptTogetherEnd(std::string_view text, uint32_t start, uint32_t end);

}  // namespace parley

#endif  // PARLEY_ANALYZE_TOKEN_SHAPES_H_
