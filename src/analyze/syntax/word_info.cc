#include "analyze/syntax/word_info.h"

#include "analyze/syntax/hash.h"

namespace parley::syntax {

namespace {

constexpr uint64_t kFnvBasis = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

char ShapeChar(char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (static_cast<unsigned char>(c) >= 0x80) return 'u';
  return c;
}

uint64_t ShapeHash(std::string_view form) {
  uint64_t h = kFnvBasis;
  char prev = 0;
  int run = 0;
  for (char c : form) {
    char s = ShapeChar(c);
    run = s == prev ? run + 1 : 1;
    prev = s;
    if (run <= 2) h = (h ^ static_cast<unsigned char>(s)) * kFnvPrime;
  }
  return Mix64(h);
}

}  // namespace

uint64_t FoldedHash(std::string_view s) {
  uint64_t h = kFnvBasis;
  for (char c : s) h = (h ^ static_cast<unsigned char>(FoldChar(c))) * kFnvPrime;
  return Mix64(h);
}

char FoldChar(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c >= '0' && c <= '9') return '0';
  return c;
}

WordInfo ComputeWordInfo(std::string_view form) {
  WordInfo info;
  info.form = HashString(form);
  info.lower = FoldedHash(form);
  info.shape = ShapeHash(form);
  for (size_t k = 1; k <= 3; ++k) {
    info.prefix[k - 1] = FoldedHash(form.substr(0, k)) + k;
  }
  for (size_t k = 1; k <= 4; ++k) {
    size_t n = k < form.size() ? k : form.size();
    info.suffix[k - 1] = FoldedHash(form.substr(form.size() - n)) + 16 * k;
  }
  info.upper_initial = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  info.all_upper = true;
  for (char c : form) {
    if (c >= '0' && c <= '9') info.has_digit = true;
    if (c == '-') info.has_hyphen = true;
    if (c >= 'a' && c <= 'z') info.all_upper = false;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) info.has_letter = true;
  }
  info.all_upper = info.all_upper && info.has_letter;
  return info;
}

}  // namespace parley::syntax
