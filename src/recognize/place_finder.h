// recognize/place_finder.h — place names in a sentence, and which place each one means.
//
// Find() looks up gazetteer names over a sentence's tokens (capitalised tokens only, with the
// PhraseIndex case rules) and marks the ones that follow a locative preposition ("in Gao",
// "near the city of Gao", "in northern Mali"). A name directly followed by another
// capitalised word is part of a longer name ("Washington Post", "Moscow State University")
// and is not a place. A name followed by ", <division or country>" ("Paris, Texas") carries
// that qualifier.
//
// Resolve() chooses among the places sharing a name. Each candidate scores
//   log10(population + 1)
//   + 1    when the name is its own, not only a GeoNames alternate name ("Islamabad" is
//          also an old name of Chittagong)
//   + 1    for a country or a city (a division's population sums its cities)
//   + 1.5  when its country is one the article is about (actors, dateline)
//   + 10   when the qualifier contains it ("Paris, Texas")
// and the best wins (ties: file order). So "Paris" alone is Paris, France even in an American
// story; "Georgia" is the country unless the story is about the United States; "Gao" is the
// city rather than the region of the same name.
#ifndef PARLEY_RECOGNIZE_PLACE_FINDER_H_
#define PARLEY_RECOGNIZE_PLACE_FINDER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "parley/doc.h"
#include "recognize/gazetteer.h"

namespace parley {

struct PlaceMention {
  uint32_t first = 0;     // token indices within the sentence: [first, end)
  uint32_t end = 0;
  int phrase = -1;        // gazetteer phrase id
  int qualifier = -1;     // phrase id of a following ", Texas", -1 when none
  bool locative = false;  // after a locative preposition
};

class PlaceFinder {
 public:
  static constexpr size_t kMaxPlacesPerSentence = 32;

  explicit PlaceFinder(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  // Place names in tokens[0, n) of one sentence, in order (at most kMaxPlacesPerSentence);
  // reuses *out's storage.
  void Find(const Token* tokens, size_t n, std::vector<PlaceMention>* out) const;

  // The gazetteer entry `m` most likely names, given the countries (gazetteer country
  // indices) the article is about; -1 when the phrase names nothing.
  int Resolve(const PlaceMention& m, const std::vector<uint16_t>& countries) const;

  // The place a dateline names ("MOSCOW", "PARIS, Texas", "ISLAMABAD-Moscow": its first
  // name), as a gazetteer entry; -1 when it names none. `scratch` holds its tokens.
  int ResolveDateline(std::string_view dateline, const std::vector<uint16_t>& countries,
                      Doc* scratch) const;

 private:
  double Score(const GazetteerName& name, int qualifier,
               const std::vector<uint16_t>& countries) const;
  bool Contains(uint32_t outer, uint32_t inner) const;

  const Gazetteer* gazetteer_;
};

// True for a preposition that introduces where something happens ("in", "at", "near").
bool IsPlacePreposition(std::string_view norm);

}  // namespace parley

#endif  // PARLEY_RECOGNIZE_PLACE_FINDER_H_
