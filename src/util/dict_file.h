// util/dict_file.h — reading Parley's line-based dictionary files.
//
// Every dictionary line is "FIELD  rest of line"; '#' at line start or after a space starts
// a comment; blank lines are skipped. ForEachDictLine reads a file and calls
// fn(line_number, field, rest) for each record line, both trimmed.
#ifndef PARLEY_UTIL_DICT_FILE_H_
#define PARLEY_UTIL_DICT_FILE_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

using DictLineFn = std::function<void(size_t line, std::string_view field, std::string_view rest)>;

// Returns an IOError when the file cannot be read; record problems are the caller's.
Status ForEachDictLine(const std::string& path, const DictLineFn& fn);

std::string_view TrimSpaces(std::string_view s);

// Splits at `sep`, keeping empty fields ("a\t\tb" -> "a", "", "b"): columns of a table.
std::vector<std::string_view> SplitFields(std::string_view s, char sep);
// Splits at `sep`, trims spaces and drops empty pieces (" a | b |" -> "a", "b"): lists.
std::vector<std::string_view> SplitList(std::string_view s, char sep);

}  // namespace parley

#endif  // PARLEY_UTIL_DICT_FILE_H_
