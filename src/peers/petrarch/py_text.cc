#include "peers/petrarch/py_text.h"

#include <algorithm>
#include <cctype>

namespace parley::petrarch {

namespace {

long Clamp(long i, long n) {
  if (i < 0) i += n;
  return std::clamp(i, 0L, n);
}

}  // namespace

long Find(std::string_view s, std::string_view needle, long start, long end) {
  const long n = static_cast<long>(s.size());
  start = Clamp(start, n);
  end = end < 0 ? n : std::min(end, n);
  if (start > end || end - start < static_cast<long>(needle.size())) return -1;
  const size_t at = s.substr(0, end).find(needle, start);
  return at == std::string_view::npos ? -1 : static_cast<long>(at);
}

int Count(std::string_view s, std::string_view needle, long start, long end) {
  int count = 0;
  for (long at = Find(s, needle, start, end); at >= 0;
       at = Find(s, needle, at + static_cast<long>(needle.size()), end)) {
    ++count;
  }
  return count;
}

std::string_view Slice(std::string_view s, long start, long end) {
  const long n = static_cast<long>(s.size());
  start = Clamp(start, n);
  end = Clamp(end, n);
  return start < end ? s.substr(start, end - start) : std::string_view();
}

bool StartsAt(std::string_view s, std::string_view prefix, long pos) {
  return pos >= 0 && static_cast<size_t>(pos) <= s.size() &&
         s.substr(pos).starts_with(prefix);
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    const size_t start = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Strip(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool IsInteger(std::string_view s) {
  s = Strip(s);
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace parley::petrarch
