#include "analyze/syntax/corpus_text.h"

#include <zlib.h>

namespace parley::syntax {

namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0x2019 || cp == 0x2018) cp = '\'';
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes the JSON string starting after its opening quote; stops at the closing one.
void DecodeJsonString(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size() && s[i] != '"'; ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out->push_back(s[i]);
      continue;
    }
    char c = s[++i];
    if (c == 'n' || c == 't' || c == 'r') {
      out->push_back(c == 'n' ? '\n' : ' ');
    } else if (c == 'u' && i + 4 < s.size()) {
      AppendUtf8(static_cast<uint32_t>(std::stoul(std::string(s.substr(i + 1, 4)), nullptr, 16)), out);
      i += 4;
    } else {
      out->push_back(c);
    }
  }
}

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80 || c == '-' || c == '\'' || c == '.' ||
         c == ',' || c == '&' || c == '@' || c == '/';
}

bool IsTrailingPunct(char c) { return c == '.' || c == ',' || c == '\'' || c == '-' || c == '/'; }

// Splits one whitespace-free chunk into tokens.
void SplitChunk(std::string_view chunk, std::vector<std::string_view>* tokens) {
  size_t i = 0;
  while (i < chunk.size()) {
    if (!IsWordChar(chunk[i]) || IsTrailingPunct(chunk[i])) {
      tokens->push_back(chunk.substr(i++, 1));
      continue;
    }
    size_t j = i;
    while (j < chunk.size() && IsWordChar(chunk[j])) ++j;
    while (j > i + 1 && IsTrailingPunct(chunk[j - 1])) --j;
    std::string_view word = chunk.substr(i, j - i);
    size_t clitic = word.size();
    if (word.size() > 3 && word.substr(word.size() - 3) == "n't") clitic = word.size() - 3;
    if (word.size() > 2 && word.substr(word.size() - 2) == "'s") clitic = word.size() - 2;
    tokens->push_back(word.substr(0, clitic));
    if (clitic < word.size()) tokens->push_back(word.substr(clitic));
    i = j;
  }
}

}  // namespace

Status ForEachJsonlText(const std::string& path, const std::function<void(std::string_view)>& fn) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return Status::IOError("cannot open " + path);
  std::string line, text;
  char buf[1 << 16];
  while (gzgets(file, buf, sizeof(buf)) != nullptr) {
    line += buf;
    if (line.empty() || line.back() != '\n') continue;
    size_t pos = line.find("\"text\": \"");
    size_t skip = 9;
    if (pos == std::string::npos) pos = line.find("\"text\":\""), skip = 8;
    if (pos != std::string::npos) {
      DecodeJsonString(std::string_view(line).substr(pos + skip), &text);
      fn(text);
    }
    line.clear();
  }
  gzclose(file);
  return Status::Ok();
}

void RoughTokenize(std::string_view text, std::vector<std::string_view>* tokens,
                   std::vector<bool>* starts) {
  tokens->clear();
  starts->clear();
  bool start = true;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
      if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n') start = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') ++j;
    size_t before = tokens->size();
    SplitChunk(text.substr(i, j - i), tokens);
    for (size_t k = before; k < tokens->size(); ++k) {
      starts->push_back(start);
      std::string_view t = (*tokens)[k];
      start = t == "." || t == "!" || t == "?";
    }
    i = j;
  }
}

}  // namespace parley::syntax
