// peers/tabari/dict_line.cc
#include "peers/tabari/dict_line.h"

#include <cctype>

namespace parley::tabari {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Space-delimits c in s, except "_{" and "}_" which keep their connector.
std::string PadBraces(const std::string& s, char c) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != c) {
      out += s[i];
      continue;
    }
    const bool space_before = !out.empty() && out.back() == ' ';
    const bool space_after = i + 1 < s.size() && s[i + 1] == ' ';
    if (space_before && space_after) {
      out += c;
    } else if (c == '{' && !out.empty() && out.back() == '_') {
      out += "{ ";
    } else if (c == '}' && i + 1 < s.size() && s[i + 1] == '_') {
      out += " }";
    } else {
      out += ' ';
      out += c;
      out += ' ';
    }
  }
  return out;
}

}  // namespace

DictLine ParseDictLine(std::string_view raw, bool code_optional) {
  DictLine out;
  if (raw.empty() || raw[0] == '/' || raw[0] == '#') return out;
  if (raw[0] == '~') {
    out.kind = DictLine::Kind::kEnd;
    return out;
  }
  std::string_view line = Trim(raw);
  if (line.empty()) return out;
  std::string_view body = line.substr(0, line.find(';'));
  body = Trim(body);
  out.kind = DictLine::Kind::kEntry;
  if (body.empty()) {
    out.kind = DictLine::Kind::kSkip;
    return out;
  }
  if (body[0] == '<' || body[0] == '&') {
    out.phrase = std::string(body);
    for (char& ch : out.phrase) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return out;
  }
  std::string_view phrase = body;
  const size_t open = body.find('[');
  if (open != std::string_view::npos) {
    phrase = body.substr(0, open);
    out.code = std::string(body.substr(open));
    bool content = false;
    for (size_t i = open + 1; i < body.size() && body[i] != ']'; ++i) content |= body[i] > 32;
    if (!content) {
      out.kind = DictLine::Kind::kError;
      out.error = "no code specified between [...]";
      return out;
    }
    if (body.find(']', open) == std::string_view::npos) {
      out.kind = DictLine::Kind::kError;
      out.error = "missing right-bracket ]";
      return out;
    }
  } else if (!code_optional && phrase[0] != '+' && phrase[0] != '{') {
    out.kind = DictLine::Kind::kError;
    out.error = "missing left-bracket [";
    return out;
  }
  std::string p;
  for (size_t i = 0; i < phrase.size(); ++i) {
    char ch = static_cast<char>(std::toupper(static_cast<unsigned char>(phrase[i])));
    if (ch == '-' && i > 0) ch = '_';
    if (ch == '\t') ch = ' ';
    p += ch;
  }
  p = PadBraces(PadBraces(PadBraces(p, '{'), '|'), '}');
  out.phrase = std::string(Trim(p));
  return out;
}

}  // namespace parley::tabari
