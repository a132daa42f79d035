// code/sentence_coder.h — the code stage's interface: one sentence + its actors -> events.
//
// The first implementation is PatternCoder (verb patterns over tokens); a coder over the
// dependency parse can replace it without touching the other stages.
#ifndef PARLEY_CODE_SENTENCE_CODER_H_
#define PARLEY_CODE_SENTENCE_CODER_H_

#include <vector>

#include "parley/doc.h"
#include "parley/event.h"
#include "recognize/actor_finder.h"

namespace parley {

struct SentenceContext {
  const Doc* doc = nullptr;
  uint32_t index = 0;                               // sentence index in doc->sentences
  const std::vector<ActorMention>* mentions = nullptr;  // in token order, sentence-relative
  Date date;                                         // date given to its events
};

class SentenceCoder {
 public:
  virtual ~SentenceCoder() = default;
  // Appends the events of one sentence. Never more than a bounded number per sentence.
  virtual void CodeSentence(const SentenceContext& sentence, std::vector<Event>* events) = 0;
};

}  // namespace parley

#endif  // PARLEY_CODE_SENTENCE_CODER_H_
