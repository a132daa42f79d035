#include "recognize/place_finder.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "analyze/tokenizer.h"

namespace parley {

namespace {

constexpr auto kPlacePrepositions = std::to_array<std::string_view>({
    "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"});

// Words news writes between a preposition and a place name ("in the northern city of Gao").
constexpr auto kBetween = std::to_array<std::string_view>({
    "the", "a", "an", "central", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
    "neighboring", "neighbouring", "nearby", "occupied", "disputed", "breakaway",
    "rebel-held", "capital", "war-torn", "downtown", "city", "town", "village", "region",
    "province", "state", "port", "border", "of"});

template <size_t N>
bool OneOf(std::string_view s, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Is the place at tokens[first] governed by a locative preposition? At most six words may
// stand between them ("in the northern Malian city of").
bool AfterPlacePreposition(const Token* tokens, size_t first) {
  for (size_t t = first, skipped = 0; t > 0 && skipped <= 6; ++skipped) {
    --t;
    if (IsPlacePreposition(tokens[t].norm)) return true;
    if (!OneOf(tokens[t].norm, kBetween)) return false;
  }
  return false;
}

}  // namespace

bool IsPlacePreposition(std::string_view norm) { return OneOf(norm, kPlacePrepositions); }

void PlaceFinder::Find(const Token* tokens, size_t n, std::vector<PlaceMention>* out) const {
  out->clear();
  const PhraseIndex& names = gazetteer_->names();
  const auto any = [](int) { return true; };
  for (size_t i = 0; i < n && out->size() < kMaxPlacesPerSentence;) {
    size_t len = 0;
    const int phrase = tokens[i].capitalized ? names.LongestAt(tokens, n, i, &len, any) : -1;
    if (phrase < 0) {
      ++i;
      continue;
    }
    const size_t end = i + len;
    if (end < n && tokens[end].capitalized) {  // part of a longer name
      i = end;
      continue;
    }
    PlaceMention m;
    m.first = static_cast<uint32_t>(i);
    m.end = static_cast<uint32_t>(end);
    m.phrase = phrase;
    m.locative = AfterPlacePreposition(tokens, i);
    size_t qlen = 0;
    if (end + 1 < n && tokens[end].norm == "," && tokens[end + 1].capitalized) {
      m.qualifier = names.LongestAt(tokens, n, end + 1, &qlen, any);
    }
    out->push_back(m);
    i = m.qualifier >= 0 ? end + 1 + qlen : end;
  }
}

bool PlaceFinder::Contains(uint32_t outer, uint32_t inner) const {
  const GazetteerEntry& o = gazetteer_->entry(outer);
  const GazetteerEntry& i = gazetteer_->entry(inner);
  if (outer == inner || o.country != i.country) return false;
  if (o.kind == GazetteerEntry::Kind::kCountry) return true;
  return o.kind == GazetteerEntry::Kind::kAdmin1 && i.admin1 == static_cast<int32_t>(outer);
}

double PlaceFinder::Score(const GazetteerName& name, int qualifier,
                          const std::vector<uint16_t>& countries) const {
  const uint32_t entry = name.entry;
  const GazetteerEntry& e = gazetteer_->entry(entry);
  double score = std::log10(static_cast<double>(std::max<int64_t>(e.population, 0)) + 1.0);
  if (!name.alternate) score += 1.0;
  if (e.kind != GazetteerEntry::Kind::kAdmin1) score += 1.0;
  if (std::find(countries.begin(), countries.end(), e.country) != countries.end()) {
    score += 1.5;
  }
  if (qualifier >= 0) {
    for (const GazetteerName& q : gazetteer_->EntriesOf(qualifier)) {
      if (Contains(q.entry, entry)) {
        score += 10.0;
        break;
      }
    }
  }
  return score;
}

int PlaceFinder::Resolve(const PlaceMention& m, const std::vector<uint16_t>& countries) const {
  if (m.phrase < 0) return -1;
  int best = -1;
  double best_score = -1.0;
  for (const GazetteerName& name : gazetteer_->EntriesOf(m.phrase)) {
    const double s = Score(name, m.qualifier, countries);
    if (s > best_score) {
      best = static_cast<int>(name.entry);
      best_score = s;
    }
  }
  return best;
}

int PlaceFinder::ResolveDateline(std::string_view dateline,
                                 const std::vector<uint16_t>& countries, Doc* scratch) const {
  scratch->Clear();
  Tokenize(dateline, 0, static_cast<uint32_t>(dateline.size()), scratch);
  std::vector<PlaceMention> found;
  Find(scratch->tokens.data(), scratch->tokens.size(), &found);
  if (found.empty() || found[0].first != 0) return -1;
  return Resolve(found[0], countries);
}

}  // namespace parley
