#include "util/dict_file.h"

#include "util/line_reader.h"

namespace parley {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitFields(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t p = 0;
  for (;;) {
    const size_t q = s.find(sep, p);
    out.push_back(s.substr(p, q == std::string_view::npos ? q : q - p));
    if (q == std::string_view::npos) return out;
    p = q + 1;
  }
}

std::vector<std::string_view> SplitList(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (std::string_view piece : SplitFields(s, sep)) {
    piece = TrimSpaces(piece);
    if (!piece.empty()) out.push_back(piece);
  }
  return out;
}

namespace {
std::string_view StripComment(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) return s.substr(0, i);
  }
  return s;
}
}  // namespace

Status ForEachDictLine(const std::string& path, const DictLineFn& fn) {
  auto reader = LineReader::Open(path, size_t{1} << 20);
  if (!reader.ok()) return reader.status();
  std::string line;
  bool too_long = false;
  while (reader.value()->Next(&line, &too_long)) {
    const std::string_view s = TrimSpaces(StripComment(line));
    if (s.empty()) continue;
    const size_t sp = s.find_first_of(" \t");
    const std::string_view field = s.substr(0, sp);
    const std::string_view rest = sp == std::string_view::npos ? "" : TrimSpaces(s.substr(sp));
    fn(reader.value()->line_number(), field, rest);
  }
  return reader.value()->status();
}

}  // namespace parley
