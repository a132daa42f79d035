#include "ingest/charset.h"

#include <iconv.h>

#include <cctype>
#include <cerrno>

#include "util/utf8.h"

#include "util/strings.h"

namespace parley {

namespace {

// The token after "charset=" in `s` (already lower-case), or "".
std::string CharsetToken(std::string_view s) {
  const size_t p = s.find("charset");
  if (p == std::string_view::npos) return {};
  size_t i = p + 7;
  while (i < s.size() && (s[i] == ' ' || s[i] == '=' || s[i] == '"' || s[i] == '\'')) ++i;
  size_t j = i;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-' ||
                          s[j] == '_' || s[j] == ':' || s[j] == '.')) {
    ++j;
  }
  return std::string(s.substr(i, j - i));
}

bool IsUtf8Label(std::string_view c) { return c == "utf-8" || c == "utf8"; }

// Web browsers read these labels as windows-1252.
std::string IconvName(const std::string& label) {
  if (label == "iso-8859-1" || label == "latin1" || label == "latin-1" ||
      label == "us-ascii" || label == "ascii" || label == "iso8859-1") {
    return "WINDOWS-1252";
  }
  return label;
}

// Converts with iconv; false when iconv does not know the charset.
bool Convert(std::string_view bytes, const std::string& charset, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", IconvName(charset).c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->clear();
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char buf[8192];
  while (in_left > 0) {
    char* o = buf;
    size_t o_left = sizeof(buf);
    const size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    out->append(buf, o - buf);
    if (r == static_cast<size_t>(-1) && errno != E2BIG) {
      out->append("\xEF\xBF\xBD");  // skip one undecodable byte
      ++in;
      --in_left;
    }
  }
  iconv_close(cd);
  return true;
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  return CharsetToken(AsciiLower(content_type));
}

std::string CharsetFromMeta(std::string_view html) {
  const std::string head = AsciiLower(html.substr(0, 4096));
  size_t p = 0;
  while ((p = head.find("<meta", p)) != std::string::npos) {
    const size_t end = head.find('>', p);
    const std::string c = CharsetToken(head.substr(p, end == std::string::npos ? end : end - p));
    if (!c.empty()) return c;
    p += 5;
  }
  return {};
}

std::string ToUtf8(std::string_view bytes, std::string_view declared, std::string* out) {
  std::string charset = AsciiLower(declared);
  if (charset.empty()) charset = CharsetFromMeta(bytes);
  const bool valid = FindInvalidUtf8(bytes) == std::string_view::npos;
  if (charset.empty()) charset = valid ? "utf-8" : "windows-1252";
  if (!IsUtf8Label(charset) && Convert(bytes, charset, out)) {
    NormalizeText(out);
    return charset;
  }
  out->assign(bytes);
  NormalizeText(out);
  return "utf-8";
}

}  // namespace parley
