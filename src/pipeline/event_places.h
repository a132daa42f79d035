// pipeline/event_places.h — gives each event of an article its place (GDELT ActionGeo).
//
// The place of an event is, in order:
//   1. a place named after a locative preposition in the event's own sentence ("talks in
//      Saint Petersburg", "an attack near Gao"), the one nearest the event's trigger;
//   2. else the article's dateline place ("MOSCOW (Sputnik) —");
//   3. else none: a place is never guessed.
// Names are resolved once the whole article is read, so every actor country of the article
// (and the dateline's country) can help choose between places sharing a name.
#ifndef PARLEY_PIPELINE_EVENT_PLACES_H_
#define PARLEY_PIPELINE_EVENT_PLACES_H_

#include <cstdint>
#include <vector>

#include "parley/article.h"
#include "parley/doc.h"
#include "parley/event.h"
#include "recognize/actor_finder.h"
#include "recognize/gazetteer.h"
#include "recognize/place_finder.h"

namespace parley {

class EventPlaces {
 public:
  // `gazetteer` may be null or empty: events then get no place.
  explicit EventPlaces(const Gazetteer* gazetteer) : gazetteer_(gazetteer), finder_(gazetteer) {}

  void BeginArticle();
  // After a sentence is coded: its actor mentions name the article's countries, and its
  // locative places are kept for the sentence's events, (*events)[first_event, end).
  void AddSentence(const Doc& doc, const Sentence& s, const std::vector<ActorMention>& mentions,
                   const std::vector<Event>& events, size_t first_event);
  // Resolves the kept names and fills Event::place of (*events)[first_event, end).
  void Finish(const Article& article, std::vector<Event>* events, size_t first_event);

 private:
  struct Pending {
    size_t event;           // index into the events vector
    PlaceMention mention;
    uint32_t start, end;    // byte span of the name in Article::body
  };
  void AddCountry(int country);

  const Gazetteer* gazetteer_;
  PlaceFinder finder_;
  std::vector<uint16_t> countries_;  // gazetteer country indices named in the article
  std::vector<Pending> pending_;
  std::vector<PlaceMention> found_;
  Doc scratch_;
};

}  // namespace parley

#endif  // PARLEY_PIPELINE_EVENT_PLACES_H_
