#include "peers/petrarch/xml_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace parley::petrarch {

namespace {

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
         c == ':';
}

void AppendUtf8(unsigned long cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x110000) {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

const std::string* XmlEvent::Attribute(std::string_view key) const {
  for (const auto& [k, v] : attributes) {
    if (k == key) return &v;
  }
  return nullptr;
}

std::string DecodeEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t semi = text[i] == '&' ? text.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += text[i];
      continue;
    }
    const std::string_view name = text.substr(i + 1, semi - i - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      AppendUtf8(std::strtoul(std::string(name.substr(hex ? 2 : 1)).c_str(), nullptr,
                              hex ? 16 : 10), &out);
    } else {
      out.append(text.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

void XmlReader::Advance(size_t n) {
  const size_t end = std::min(pos_ + n, in_.size());
  line_ += std::count(in_.begin() + pos_, in_.begin() + end, '\n');
  pos_ = end;
}

bool XmlReader::SkipPast(std::string_view terminator) {
  const size_t at = in_.find(terminator, pos_);
  if (at == std::string_view::npos) return false;
  Advance(at + terminator.size() - pos_);
  return true;
}

XmlEvent XmlReader::Error(std::string message) const {
  XmlEvent e;
  e.kind = XmlEvent::Kind::kError;
  e.name = std::move(message);
  e.line = line_;
  return e;
}

XmlEvent XmlReader::Next() {
  XmlEvent e;
  if (!pending_end_.empty()) {
    e.kind = XmlEvent::Kind::kEnd;
    e.name = std::move(pending_end_);
    pending_end_.clear();
    e.line = line_;
    return e;
  }
  while (pos_ < in_.size()) {
    if (in_[pos_] != '<') {
      e.kind = XmlEvent::Kind::kText;
      e.line = line_;
      const size_t lt = std::min(in_.find('<', pos_), in_.size());
      e.text = DecodeEntities(in_.substr(pos_, lt - pos_));
      Advance(lt - pos_);
      return e;
    }
    if (in_.substr(pos_).starts_with("<!--")) {
      if (!SkipPast("-->")) return Error("unterminated comment");
    } else if (in_.substr(pos_).starts_with("<?")) {
      if (!SkipPast("?>")) return Error("unterminated processing instruction");
    } else if (in_.substr(pos_).starts_with("<!")) {
      if (!SkipPast(">")) return Error("unterminated declaration");
    } else {
      return Tag();
    }
  }
  e.kind = XmlEvent::Kind::kEndOfInput;
  e.line = line_;
  return e;
}

XmlEvent XmlReader::Tag() {
  XmlEvent e;
  e.line = line_;
  const size_t close = in_.find('>', pos_);
  if (close == std::string_view::npos) return Error("unterminated tag");
  std::string_view body = in_.substr(pos_ + 1, close - pos_ - 1);
  Advance(close + 1 - pos_);
  if (body.starts_with('/')) {
    e.kind = XmlEvent::Kind::kEnd;
    body.remove_prefix(1);
    while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back()))) body.remove_suffix(1);
    e.name = std::string(body);
    return e;
  }
  e.kind = XmlEvent::Kind::kStart;
  if (body.ends_with('/')) {
    e.self_closing = true;
    body.remove_suffix(1);
  }
  size_t i = 0;
  while (i < body.size() && IsNameChar(body[i])) ++i;
  e.name = std::string(body.substr(0, i));
  if (e.name.empty()) return Error("tag without a name");
  while (i < body.size()) {
    while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
    const size_t name_start = i;
    while (i < body.size() && IsNameChar(body[i])) ++i;
    if (i == name_start) break;
    std::string key(body.substr(name_start, i - name_start));
    while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
    if (i >= body.size() || body[i] != '=') return Error("attribute " + key + " without value");
    ++i;
    while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
    if (i >= body.size() || (body[i] != '"' && body[i] != '\'')) {
      return Error("attribute " + key + " value is not quoted");
    }
    const char quote = body[i++];
    const size_t end = body.find(quote, i);
    if (end == std::string_view::npos) return Error("unterminated attribute " + key);
    e.attributes.emplace_back(std::move(key), DecodeEntities(body.substr(i, end - i)));
    i = end + 1;
  }
  if (e.self_closing) pending_end_ = e.name;
  return e;
}

}  // namespace parley::petrarch
