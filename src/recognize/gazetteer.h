// recognize/gazetteer.h — countries, first-level divisions and cities with their names.
//
// Loaded from data/geo/places.tsv (generated from GeoNames by scripts/gen_gazetteer.py;
// format in docs/places.md). Every name and variant goes into one PhraseIndex, so a
// phrase id stands for all the places that share a name ("Paris": France and Texas);
// PlaceFinder chooses among them. Immutable after loading, safe to share between threads.
#ifndef PARLEY_RECOGNIZE_GAZETTEER_H_
#define PARLEY_RECOGNIZE_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/event.h"
#include "parley/status.h"
#include "recognize/phrase_index.h"

namespace parley {

struct GazetteerEntry {
  enum class Kind : uint8_t { kCountry, kAdmin1, kCity };
  Kind kind = Kind::kCity;
  uint16_t country = 0;     // index into Gazetteer::countries()
  int32_t admin1 = -1;      // entry index of its division, -1 when none or unknown
  std::string adm1_code;    // GeoNames admin1 code ("TX", "11"), "" for a country
  std::string name;         // ASCII name
  int64_t feature_id = 0;   // GeoNames id
  int64_t population = 0;
  double lat = 0.0, lon = 0.0;
  bool has_coordinates = false;
};

// One place a phrase names; `alternate` when only by a GeoNames alternate name.
struct GazetteerName {
  uint32_t entry = 0;
  bool alternate = false;
};

struct GazetteerCountry {
  std::string iso2, cameo, fips;
  uint32_t entry = 0;       // its entry index
};

class Gazetteer {
 public:
  // Loads a places.tsv file. Malformed lines are skipped and listed in problems().
  Status Load(const std::string& path);

  const PhraseIndex& names() const { return names_; }
  // Places a phrase id names, in file order (countries, then divisions, then cities).
  const std::vector<GazetteerName>& EntriesOf(int phrase) const { return by_phrase_[phrase]; }
  const GazetteerEntry& entry(uint32_t i) const { return entries_[i]; }
  const GazetteerCountry& country_of(const GazetteerEntry& e) const {
    return countries_[e.country];
  }
  // Country index for a CAMEO country code ("RUS"), -1 when unknown.
  int CountryByCameo(std::string_view cameo) const;

  // The entry as an event place (GDELT type, full name, codes); text and span left empty.
  Place ToPlace(uint32_t entry) const;

  size_t size() const { return entries_.size(); }
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  bool AddLine(std::string_view line);
  void AddName(uint32_t entry, std::string_view name, bool alternate);

  std::vector<GazetteerEntry> entries_;
  std::vector<GazetteerCountry> countries_;
  std::unordered_map<std::string, uint16_t> country_by_iso2_;
  std::unordered_map<std::string, uint16_t> country_by_cameo_;
  std::unordered_map<std::string, uint32_t> admin1_by_key_;  // "US.TX" -> entry
  PhraseIndex names_;
  std::vector<std::vector<GazetteerName>> by_phrase_;
  std::vector<std::string> problems_;
  std::string path_;
  size_t line_ = 0;
};

}  // namespace parley

#endif  // PARLEY_RECOGNIZE_GAZETTEER_H_
