#include "analyze/syntax/upos.h"

#include <array>

namespace parley::syntax {

namespace {
// In the order of the parley::Upos enum.
constexpr std::array<std::string_view, kUposCount> kNames = {
    "X",    "ADJ",   "ADP",  "ADV",   "AUX",   "CCONJ", "DET",   "INTJ", "NOUN",
    "NUM",  "PART",  "PRON", "PROPN", "PUNCT", "SCONJ", "SYM",   "VERB"};
}  // namespace

std::string_view UposName(Upos upos) {
  size_t i = static_cast<size_t>(upos);
  return i < kNames.size() ? kNames[i] : kNames[0];
}

bool ParseUpos(std::string_view name, Upos* upos) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) {
      *upos = static_cast<Upos>(i);
      return true;
    }
  }
  return false;
}

}  // namespace parley::syntax
