#include "aggregate/event_identity.h"

#include <cstdlib>

namespace parley {

namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool EqualNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

bool CompatibleDays(const HappeningKey& event, const HappeningKey& mention, int window) {
  if (!mention.day || !event.day) return !mention.day && !event.day &&
                                          mention.article == event.article;
  return std::llabs(*mention.day - *event.day) <= window;
}

}  // namespace

std::string_view CameoBase(std::string_view cameo) { return cameo.substr(0, 3); }

bool CompatibleCameo(std::string_view a, std::string_view b) {
  const std::string_view x = CameoBase(a), y = CameoBase(b);
  if (x.empty() || y.empty()) return false;
  return x.size() <= y.size() ? y.substr(0, x.size()) == x : x.substr(0, y.size()) == y;
}

bool CompatiblePlace(std::string_view a, std::string_view b) {
  return a.empty() || b.empty() || EqualNoCase(a, b);
}

bool SameHappening(const HappeningKey& event, const HappeningKey& mention, int window_days) {
  return event.source == mention.source && event.target == mention.target &&
         CompatibleCameo(event.cameo, mention.cameo) &&
         CompatibleDays(event, mention, window_days) &&
         CompatiblePlace(event.place, mention.place);
}

std::string_view MoreSpecificCameo(std::string_view a, std::string_view b) {
  return b.size() > a.size() ? b : a;
}

}  // namespace parley
