#include "util/utf8.h"

namespace parley {

namespace {
bool IsCont(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

size_t DecodeUtf8(std::string_view s, size_t pos, char32_t* cp) {
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len;
  char32_t v;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; }
  else return 0;
  if (pos + len > s.size()) return 0;
  for (size_t i = 1; i < len; ++i) {
    const unsigned char b = static_cast<unsigned char>(s[pos + i]);
    if (!IsCont(b)) return 0;
    v = (v << 6) | (b & 0x3F);
  }
  if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF))) return 0;
  if (v >= 0xD800 && v <= 0xDFFF) return 0;
  *cp = v;
  return len;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t FindInvalidUtf8(std::string_view s) {
  char32_t cp;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    const size_t n = DecodeUtf8(s, i, &cp);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

bool LooksBinary(std::string_view s) {
  const size_t n = s.size() < 65536 ? s.size() : 65536;
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return n > 0 && control * 10 > n;
}

size_t NormalizeText(std::string* text) {
  std::string& s = *text;
  size_t start = s.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  size_t replaced = 0;
  std::string out;
  out.reserve(s.size());
  char32_t cp;
  for (size_t i = start; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\r') {
      out.push_back('\n');
      i += (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
    } else if (c < 0x80) {
      if (c >= 0x20 || c == '\n' || c == '\t') out.push_back(static_cast<char>(c));
      else if (c == '\f' || c == '\v') out.push_back('\n');
      ++i;
    } else if (size_t n = DecodeUtf8(s, i, &cp); n > 0) {
      out.append(s, i, n);
      i += n;
    } else {
      AppendUtf8(0xFFFD, &out);
      ++replaced;
      ++i;
    }
  }
  s.swap(out);
  return replaced;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += !IsCont(c);
  return n;
}

}  // namespace parley
