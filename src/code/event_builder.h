// code/event_builder.h — turns a predicate and its roles into events; shared by the coders.
//
// Pairs: each source with each target (or with no target); a reciprocal pattern ("%")
// whose coordinated subjects have no target codes each subject against the others; with no
// source, "between X and Y" does the same for a reciprocal or noun predicate. An event
// whose source and target codes are equal is dropped ("both sides accused each other"),
// as is a second event with the same source, target and code in the sentence. A sentence
// yields at most kMaxEventsPerSentence events.
#ifndef PARLEY_CODE_EVENT_BUILDER_H_
#define PARLEY_CODE_EVENT_BUILDER_H_

#include <vector>

#include "code/cameo_table.h"
#include "code/sentence_coder.h"
#include "code/verb_dictionary.h"

namespace parley {

// A matched verb pattern: tokens [anchor, end) of the sentence.
struct Predicate {
  uint32_t pattern;
  size_t anchor, end;
};

// The predicates of a sentence, left to right: at each token outside an actor name
// (owner[t] < 0), the longest verb pattern anchored there, if accept(pattern, anchor) takes
// it; a match consumes its tokens.
template <typename Accept>
void FindPredicates(const VerbDictionary& verbs, const Token* tokens, size_t n,
                    const std::vector<int>& owner, Accept accept, std::vector<Predicate>* out) {
  out->clear();
  for (size_t i = 0; i < n;) {
    size_t end = i + 1;
    const int id = owner[i] >= 0 ? -1 : verbs.LongestMatch(tokens, n, i, &end);
    if (id < 0 || !accept(verbs.pattern(id), i)) {
      ++i;
      continue;
    }
    out->push_back({static_cast<uint32_t>(id), i, end});
    i = end;
  }
}

// Who takes part in one predicate, as indices into the sentence's mentions.
struct Roles {
  std::vector<int> sources;
  std::vector<int> targets;
  bool between = false;  // targets came from "between X and Y"
  int distance = 0;      // tokens between the source and the anchor
  bool noun = false;     // a noun predicate ("talks between X and Y")
};

class EventBuilder {
 public:
  static constexpr size_t kMaxEventsPerSentence = 16;

  EventBuilder(const VerbDictionary* verbs, const CameoTable* cameo)
      : verbs_(verbs), cameo_(cameo) {}
  // Starts a sentence whose events are appended to *events.
  void Begin(const SentenceContext& s, std::vector<Event>* events);
  void Emit(const Predicate& pred, const Roles& roles);

 private:
  Actor MakeActor(int mention) const;
  bool Duplicate(const Event& e) const;

  const VerbDictionary* verbs_;
  const CameoTable* cameo_;
  const SentenceContext* sentence_ = nullptr;
  const Token* tokens_ = nullptr;
  std::vector<Event>* events_ = nullptr;
  size_t first_event_ = 0;
  std::vector<std::pair<int, int>> pairs_;
};

}  // namespace parley

#endif  // PARLEY_CODE_EVENT_BUILDER_H_
