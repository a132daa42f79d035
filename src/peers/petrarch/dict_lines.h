// peers/petrarch/dict_lines.h — the line discipline shared by PETRARCH's dictionaries.
//
// Skipped: blank lines, lines starting with '#' or "<!", and XML comments (one line or
// several). Text from '#' to the end of a line is a comment. Lines keep their leading
// whitespace, since a leading tab marks an actor's date restriction.
#ifndef PARLEY_PEERS_PETRARCH_DICT_LINES_H_
#define PARLEY_PEERS_PETRARCH_DICT_LINES_H_

#include <string>
#include <vector>

#include "parley/status.h"

namespace parley::petrarch {

struct DictLine {
  size_t number = 0;  // 1-based line number in the file
  std::string text;   // comments removed, trailing whitespace trimmed
};

// Reads `path` whole and returns its record lines. IOError when it cannot be read.
Result<std::vector<DictLine>> ReadDictLines(const std::string& path);

// Same rules applied to text already in memory (tests, embedded dictionaries).
std::vector<DictLine> SplitDictLines(const std::string& text);

// Collects "file:line: reason" messages for malformed dictionary records.
struct LoadReport {
  std::vector<std::string> warnings;
  void Warn(const std::string& file, size_t line, const std::string& reason);
};

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_DICT_LINES_H_
