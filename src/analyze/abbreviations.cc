// Abbreviations that keep their period (English news usage).
#include <algorithm>
#include <array>
#include <string_view>

#include "analyze/tokenizer.h"

namespace parley {

namespace {

// Sorted for binary search (std::string_view ordering, case-sensitive).
constexpr auto kAbbreviations = std::to_array<std::string_view>({
    "Adm", "Ala", "Apr", "Ariz", "Ark", "Attn", "Aug", "Ave", "Blvd", "Brig", "Bros", "Calif",
    "Capt", "Cmdr", "Co", "Col", "Colo", "Conn", "Corp", "Cpl", "Dec", "Del", "Dept", "Dr",
    "Drs", "Feb", "Fla", "Fr", "Fri", "Ft", "Ga", "Gen", "Gov", "Hon", "INC", "Ill", "Inc",
    "Ind", "Jan", "Jr", "Jul", "Jun", "Kan", "Ky", "LTD", "La", "Lt", "Ltd", "Maj", "Mar",
    "Mass", "Md", "Messrs", "Mich", "Minn", "Miss", "Mo", "Mon", "Mont", "Mr", "Mrs", "Ms",
    "Mt", "Nev", "No", "Nov", "Oct", "Okla", "Ont", "Ore", "PS", "PVT", "Pa", "Pfc", "Ph.D",
    "Prof", "Pvt", "Rep", "Reps", "Rev", "Sat", "Sen", "Sens", "Sep", "Sept", "Sgt", "Sr", "St",
    "Sts", "Supt", "Tenn", "Tex", "Thu", "Thur", "Thurs", "Tue", "Tues", "U.K", "U.N", "U.S",
    "U.S.A", "Va", "Vol", "Vt", "Wash", "Wed", "Wis", "a.m", "al", "approx", "ca", "cf", "e.g",
    "est", "etc", "ext", "i.e", "lb", "lbs", "oz", "p.m", "v", "vs",
});

constexpr auto kSentenceFinal = std::to_array<std::string_view>({
    "Ave", "Blvd", "Co", "Corp", "Inc", "Jr", "Ltd", "Sr", "U.K", "U.N", "U.S", "a.m", "etc",
    "p.m",
});

// Words that typically open a sentence (lower case, sorted): after "etc.", "p.m." or
// "Inc." they tell that the period also ends the sentence.
constexpr auto kOpeners = std::to_array<std::string_view>({
    "a", "after", "all", "also", "although", "an", "and", "any", "as", "at", "both", "but",
    "by", "did", "do", "for", "he", "her", "here", "his", "how", "however", "i", "if", "in",
    "it", "its", "let", "many", "my", "now", "on", "once", "or", "our", "please", "see", "she",
    "since", "so", "some", "sorry", "thanks", "that", "the", "their", "then", "there", "these",
    "they", "this", "those", "we", "what", "when", "while", "with", "yes", "yet", "you",
});

}  // namespace

bool IsSentenceOpener(std::string_view word) {
  if (word.empty() || word.size() > 16 || word[0] < 'A' || word[0] > 'Z') return false;
  std::array<char, 16> lower{};
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
  }
  return std::binary_search(kOpeners.begin(), kOpeners.end(),
                            std::string_view(lower.data(), word.size()));
}

bool IsAbbreviation(std::string_view word) {
  return std::binary_search(kAbbreviations.begin(), kAbbreviations.end(), word);
}

bool CanEndSentence(std::string_view word) {
  return std::find(kSentenceFinal.begin(), kSentenceFinal.end(), word) != kSentenceFinal.end();
}

}  // namespace parley
