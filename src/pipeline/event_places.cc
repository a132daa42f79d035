#include "pipeline/event_places.h"

#include <algorithm>
#include <cstdint>

namespace parley {

namespace {

uint32_t Distance(uint32_t a_start, uint32_t a_end, uint32_t b_start, uint32_t b_end) {
  if (a_end <= b_start) return b_start - a_end;
  if (b_end <= a_start) return a_start - b_end;
  return 0;
}

}  // namespace

void EventPlaces::BeginArticle() {
  countries_.clear();
  pending_.clear();
}

void EventPlaces::AddCountry(int country) {
  if (country >= 0 &&
      std::find(countries_.begin(), countries_.end(), country) == countries_.end()) {
    countries_.push_back(static_cast<uint16_t>(country));
  }
}

void EventPlaces::AddSentence(const Doc& doc, const Sentence& s,
                              const std::vector<ActorMention>& mentions,
                              const std::vector<Event>& events, size_t first_event) {
  if (gazetteer_ == nullptr || gazetteer_->size() == 0) return;
  for (const ActorMention& m : mentions) {
    if (m.code.size() >= 3) AddCountry(gazetteer_->CountryByCameo(m.code.substr(0, 3)));
  }
  if (first_event == events.size()) return;
  const Token* tokens = doc.tokens.data() + s.first_token;
  finder_.Find(tokens, s.token_count, &found_);
  for (size_t e = first_event; e < events.size(); ++e) {
    Pending best{e, {}, 0, 0};
    uint32_t best_distance = UINT32_MAX;
    for (const PlaceMention& m : found_) {
      if (!m.locative) continue;
      const uint32_t start = tokens[m.first].start, end = tokens[m.end - 1].end;
      const uint32_t d = Distance(start, end, events[e].verb_start, events[e].verb_end);
      if (d < best_distance) {
        best_distance = d;
        best = Pending{e, m, start, end};
      }
    }
    if (best_distance != UINT32_MAX) pending_.push_back(best);
  }
}

void EventPlaces::Finish(const Article& article, std::vector<Event>* events,
                         size_t first_event) {
  if (gazetteer_ == nullptr || gazetteer_->size() == 0) return;
  Place dateline;
  if (!article.dateline.empty()) {
    const int entry = finder_.ResolveDateline(article.dateline, countries_, &scratch_);
    if (entry >= 0) {
      dateline = gazetteer_->ToPlace(static_cast<uint32_t>(entry));
      dateline.text = article.dateline;
      dateline.from_dateline = true;
      AddCountry(gazetteer_->entry(static_cast<uint32_t>(entry)).country);
    }
  }
  for (size_t e = first_event; e < events->size(); ++e) (*events)[e].place = dateline;
  for (const Pending& p : pending_) {
    const int entry = finder_.Resolve(p.mention, countries_);
    if (entry < 0) continue;
    Place& place = (*events)[p.event].place;
    place = gazetteer_->ToPlace(static_cast<uint32_t>(entry));
    place.text = article.body.substr(p.start, p.end - p.start);
    place.start = p.start;
    place.end = p.end;
  }
}

}  // namespace parley
