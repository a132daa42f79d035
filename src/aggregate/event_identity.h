// aggregate/event_identity.h — when two reports describe the same happening.
//
// The rule (docs/store.md, "Event identity"): a new mention joins an existing event when
//   1. the dyad is the same: equal source code and equal target code (directed; an empty
//      target only matches an empty target);
//   2. the CAMEO codes are compatible: one code's 3-digit base is a prefix of the other's
//      ("036" ~ "0361" ~ "03", but "036" !~ "037" and "0361" ~ "0362" via base "036");
//   3. the dates are within `window_days` of each other; a mention with an unknown date
//      only joins events of the same article;
//   4. the places are compatible: equal (ignoring case), or either is unknown.
// Among several matching events the closest in time wins, then the lowest id (oldest).
#ifndef PARLEY_AGGREGATE_EVENT_IDENTITY_H_
#define PARLEY_AGGREGATE_EVENT_IDENTITY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

// What identity looks at, for an event already stored and for a new mention alike.
struct HappeningKey {
  std::string source;
  std::string target;
  std::string cameo;
  std::optional<int64_t> day;  // days since 1970-01-01; nullopt = unknown date
  std::string place;           // "" = unknown
  int64_t article = 0;         // store id of the (first) reporting article
};

// "036" for "0361", "036" for "036", "03" for "03".
std::string_view CameoBase(std::string_view cameo);
bool CompatibleCameo(std::string_view a, std::string_view b);
bool CompatiblePlace(std::string_view a, std::string_view b);
// True when `mention` describes the same happening as `event` under the rule above.
bool SameHappening(const HappeningKey& event, const HappeningKey& mention, int window_days);
// The more specific of two compatible codes (the longer one; `a` on a tie).
std::string_view MoreSpecificCameo(std::string_view a, std::string_view b);

}  // namespace parley

#endif  // PARLEY_AGGREGATE_EVENT_IDENTITY_H_
