// peers/petrarch/py_text.h — string helpers with the index semantics PETRARCH relies on.
//
// PETRARCH-1 rewrites its parse trees as character strings and locates phrases by
// character offsets. These helpers give the same answers for the same offsets: Find()
// returns -1 when absent, and sub-ranges are clamped rather than trusted, so a
// malformed tree can never read outside the string.
#ifndef PARLEY_PEERS_PETRARCH_PY_TEXT_H_
#define PARLEY_PEERS_PETRARCH_PY_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace parley::petrarch {

// Position of `needle` wholly inside [start, end) of `s`, or -1. end < 0 means size().
long Find(std::string_view s, std::string_view needle, long start = 0, long end = -1);

// True when `needle` occurs wholly inside [start, end) of `s`.
inline bool Contains(std::string_view s, std::string_view needle, long start = 0,
                     long end = -1) {
  return Find(s, needle, start, end) >= 0;
}

// Number of non-overlapping occurrences of `needle` in [start, end).
int Count(std::string_view s, std::string_view needle, long start = 0, long end = -1);

// s[start:end] with Python's clamping; a negative start counts from the end.
std::string_view Slice(std::string_view s, long start, long end);

bool StartsAt(std::string_view s, std::string_view prefix, long pos);

// Splits on runs of ASCII whitespace.
std::vector<std::string> SplitWords(std::string_view s);

std::string Upper(std::string_view s);
std::string_view Strip(std::string_view s);

// True when Python's int() would accept the word ("12", "-3", "+4").
bool IsInteger(std::string_view s);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_PY_TEXT_H_
