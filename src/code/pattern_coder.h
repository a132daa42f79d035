// code/pattern_coder.h — a verb-pattern coder over tokens (no parse needed).
//
// Pass 1 finds predicates: at each token outside an actor name, the longest verb pattern
// anchored there ("---" patterns match too, and block). A verb anchor right after a
// determiner ("the attack") or a gerund right after a preposition ("accused X of backing")
// is a noun or a complement, not a predicate.
// Pass 2 gives each predicate its roles:
//   source  the nearest actor mention before the anchor, with the mentions coordinated to it
//           ("Armenia and Azerbaijan agreed");
//   target  the first mention after the anchor and before the next predicate or clause
//           break, with its coordinated mentions;
//   passive a past participle after a form of "be" takes its target from the subject; any
//           participle followed by "by X" takes X as source ("talks mediated by Russia");
//           "Russia-brokered" makes Russia the source;
//   places  mentions after a locative preposition ("in Pretoria") are places, never roles;
//   reciprocal patterns ("%") with coordinated subjects and no target code each subject
//           against the others; "between X and Y" with no source does the same;
//   skipped negated predicates ("did not attack", "held no talks") and infinitival
//           complements of the previous predicate ("urged X to accept"), but not those
//           that state what happens ("continued to shell", "is about to restore").
// A sentence yields at most kMaxEventsPerSentence events, and one event per source, target
// and code.
#ifndef PARLEY_CODE_PATTERN_CODER_H_
#define PARLEY_CODE_PATTERN_CODER_H_

#include <vector>

#include "code/cameo_table.h"
#include "code/event_builder.h"
#include "code/mention_roles.h"
#include "code/sentence_coder.h"
#include "code/verb_dictionary.h"

namespace parley {

class PatternCoder final : public SentenceCoder {
 public:
  static constexpr size_t kMaxEventsPerSentence = EventBuilder::kMaxEventsPerSentence;

  PatternCoder(const VerbDictionary* verbs, const CameoTable* cameo)
      : verbs_(verbs), builder_(verbs, cameo) {}
  void CodeSentence(const SentenceContext& sentence, std::vector<Event>* events) override;

  // The word-order roles of one predicate, for a coder that lacks a role: Prepare() the
  // sentence, then ask for predicates in order; `limit` is the next predicate's anchor.
  void Prepare(const SentenceContext& s);
  Roles WordOrderRoles(const Predicate& p, size_t limit) const { return FindRoles(p, limit); }
  // The prepared sentence's mention index (IndexMentions): token -> mention, mention roles.
  const std::vector<int>& owner() const { return owner_; }
  const std::vector<MentionRole>& roles() const { return roles_; }
  // Mention m and the mentions coordinated with it by word order ("X, Y and Z"), those
  // before it (leftward) or after it.
  void WordOrderChain(int m, bool leftward, std::vector<int>* out) const {
    if (leftward) ChainLeft(m, out);
    else ChainRight(m, out);
  }

 private:
  void FindPredicates();
  bool IsNounOrComplement(const VerbPattern& p, size_t anchor) const;
  bool Negated(const Predicate& p) const;
  bool IsInfinitive(size_t anchor) const;
  bool IsNounPredicate(const Predicate& p) const;
  bool IsPassive(size_t anchor, size_t end, size_t* by, bool* with_be) const;
  Roles FindRoles(const Predicate& p, size_t limit) const;
  void PassiveRoles(const Predicate& p, size_t by, bool with_be, int* source, int* target) const;
  void NounRoles(const Predicate& p, size_t limit, int* source, int* target) const;
  int MentionBefore(size_t pos) const;
  int ResolvePronoun(size_t pos) const;
  bool Definite(int mention) const;  // "the leaders", "both leaders"
  int RelativeAntecedent(size_t t) const;
  int ObliqueSubject(size_t pos) const;
  int CoParticipant(int source, size_t anchor) const;
  int MentionAfter(size_t pos, size_t limit, size_t next_predicate) const;
  void ChainLeft(int m, std::vector<int>* out) const;
  void ChainRight(int m, std::vector<int>* out) const;

  const VerbDictionary* verbs_;
  EventBuilder builder_;
  // Per-sentence state, reused across calls.
  const Token* tokens_ = nullptr;
  size_t n_ = 0;
  const std::vector<ActorMention>* mentions_ = nullptr;
  std::vector<int> owner_;       // token -> mention index or -1
  std::vector<MentionRole> roles_;  // mention -> which roles it can take
  std::vector<Predicate> predicates_;
};

}  // namespace parley

#endif  // PARLEY_CODE_PATTERN_CODER_H_
