// Abbreviations that keep their period (English news usage).
#include <algorithm>
#include <array>
#include <string_view>

#include "analyze/tokenizer.h"

namespace parley {

namespace {

// Sorted for binary search (std::string_view ordering, case-sensitive).
constexpr auto kAbbreviations = std::to_array<std::string_view>({
    "Adm", "Ala", "Apr", "Ariz", "Ark", "Aug", "Brig", "Bros", "Calif", "Capt", "Cmdr", "Co",
    "Col", "Colo", "Conn", "Corp", "Cpl", "Dec", "Del", "Dept", "Dr", "Feb", "Fla", "Fr", "Ft",
    "Ga", "Gen", "Gov", "Hon", "Ill", "Inc", "Ind", "Jan", "Jr", "Jul", "Jun", "Kan", "Ky",
    "La", "Lt", "Ltd", "Maj", "Mar", "Mass", "Md", "Messrs", "Mich", "Minn", "Miss", "Mo",
    "Mont", "Mr", "Mrs", "Ms", "Mt", "Nev", "No", "Nov", "Oct", "Okla", "Ont", "Ore", "Pa",
    "Pfc", "Ph.D", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sat", "Sen", "Sens", "Sep", "Sept",
    "Sgt", "Sr", "St", "Supt", "Tenn", "Tex", "U.K", "U.N", "U.S", "U.S.A", "Va", "Vt", "Wash",
    "Wis", "a.m", "approx", "cf", "e.g", "est", "etc", "i.e", "p.m", "vs",
});

constexpr auto kSentenceFinal = std::to_array<std::string_view>({
    "Co", "Corp", "Inc", "Jr", "Ltd", "Sr", "U.K", "U.N", "U.S", "a.m", "etc", "p.m",
});

}  // namespace

bool IsAbbreviation(std::string_view word) {
  return std::binary_search(kAbbreviations.begin(), kAbbreviations.end(), word);
}

bool CanEndSentence(std::string_view word) {
  return std::find(kSentenceFinal.begin(), kSentenceFinal.end(), word) != kSentenceFinal.end();
}

}  // namespace parley
