// parley/event.h — what Parley produces: actors and coded events.
#ifndef PARLEY_EVENT_H_
#define PARLEY_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "parley/article.h"

namespace parley {

// A CAMEO actor as found in a sentence: "Kremlin spokesman Dmitry Peskov" -> RUSGOV.
struct Actor {
  std::string code;   // CAMEO actor code: country + role ("RUS", "RUSGOV", "IGOUNO")
  std::string name;   // canonical name from the dictionary ("Russia", "Vladimir Putin")
  std::string text;   // the words in the sentence that named it
  uint32_t start = 0; // byte offsets into Article::body
  uint32_t end = 0;
  bool empty() const { return code.empty(); }
};

// Where an event took place, in the terms of GDELT's ActionGeo_* columns. Places come from
// the gazetteer (data/geo/places.tsv, GeoNames); see docs/output.md.
struct Place {
  // GDELT ActionGeo_Type.
  enum class Type : uint8_t {
    kNone = 0, kCountry = 1, kUsState = 2, kUsCity = 3, kWorldCity = 4, kWorldState = 5
  };
  Type type = Type::kNone;
  std::string name;        // full name: "Paris, Ile-de-France, France", "Texas, United States"
  std::string country;     // CAMEO country code ("FRA")
  std::string fips;        // FIPS 10-4 country code, GDELT's CountryCode ("FR")
  std::string adm1;        // FIPS country + GeoNames admin1 code ("USTX", "FR11"); a
                           // country's is its FIPS code
  double lat = 0.0;        // WGS84 degrees; see has_coordinates
  double lon = 0.0;
  bool has_coordinates = false;
  int64_t feature_id = 0;  // GeoNames feature id
  std::string text;        // the words that named it (for a dateline place: the dateline)
  uint32_t start = 0;      // byte offsets into Article::body; 0, 0 for a dateline place
  uint32_t end = 0;
  bool from_dateline = false;  // the sentence names no place; the article's dateline does
  bool known() const { return type != Type::kNone; }
};

// GDELT quad classes.
enum class QuadClass : uint8_t {
  kNone = 0, kVerbalCooperation = 1, kMaterialCooperation = 2, kVerbalConflict = 3,
  kMaterialConflict = 4
};

// One coded event: source did `cameo` to target, reported in one sentence.
struct Event {
  std::string article_id;
  uint32_t sentence = 0;        // index of the sentence within the article
  Date date;                    // when it happened (publication date for now)
  Actor source;
  Actor target;                 // may be empty: "X expressed concern"
  std::string cameo;            // CAMEO event code, 2-4 digits ("036", "0256")
  double goldstein = 0.0;       // Goldstein weight of the code (GDELT table)
  QuadClass quad_class = QuadClass::kNone;
  std::string plover;           // PLOVER event type ("AGREE", "CONSULT", ...)
  std::string plover_mode;      // PLOVER mode when the crosswalk gives one
  std::string text;             // the sentence
  uint32_t sentence_start = 0;  // byte offset of the sentence in Article::body
  uint32_t verb_start = 0;      // byte span of the words that triggered the code
  uint32_t verb_end = 0;
  float confidence = 0.0f;      // 0..1, how sure the coder is
  Place place;                  // where it happened (ActionGeo); unknown when no place is
                                // named in the sentence and the article has no dateline
};

}  // namespace parley

#endif  // PARLEY_EVENT_H_
