#include "peers/petrarch/dict_lines.h"

#include <fstream>
#include <sstream>
#include <string_view>

namespace parley::petrarch {

namespace {

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

std::string_view TrimRight(std::string_view s) {
  const size_t end = s.find_last_not_of(" \t\r\n\f\v");
  return end == std::string_view::npos ? std::string_view() : s.substr(0, end + 1);
}

// Removes an XML comment that opens and closes on this line; returns false when the
// comment stays open past the end of the line.
bool StripInlineComment(std::string* line) {
  const size_t open = line->find("<!--");
  if (open == std::string::npos) return true;
  const size_t close = line->find("-->", open + 4);
  if (close == std::string::npos) return false;
  line->erase(open, close + 3 - open);
  return true;
}

}  // namespace

std::vector<DictLine> SplitDictLines(const std::string& text) {
  std::vector<DictLine> out;
  std::string_view rest(text);
  size_t number = 0;
  bool in_comment = false;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string line(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++number;
    if (in_comment) {
      in_comment = line.find("-->") == std::string::npos;
      continue;
    }
    if (line.empty() || line[0] == '#' || line.starts_with("<!") || IsBlank(line)) continue;
    if (const size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    if (!StripInlineComment(&line)) {
      line.resize(line.find("<!--"));
      in_comment = true;
    }
    if (IsBlank(line)) continue;
    out.push_back({number, std::string(TrimRight(line))});
  }
  return out;
}

Result<std::vector<DictLine>> ReadDictLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  return SplitDictLines(buffer.str());
}

void LoadReport::Warn(const std::string& file, size_t line, const std::string& reason) {
  warnings.push_back(file + ":" + std::to_string(line) + ": " + reason);
}

}  // namespace parley::petrarch
