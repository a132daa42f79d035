// code/parse_coder.h — a CAMEO coder over the dependency parse.
//
// Predicates are the dictionary's verb patterns, matched on the words as in PatternCoder,
// but a verb pattern fires only where the tagger saw a verb. The roles come from the tree:
//   source   the predicate's subject (nsubj); without one, the subject it shares: a
//            conjoined verb's ("X launched ... and shelled Y"), a controlling verb's
//            ("X continued to shell Y"; the object in "urged X to stop"), a participial
//            adjunct's ("..., accusing Y"), a relative clause's antecedent ("X, which ...");
//   target   the object (obj, then iobj), else a non-locative oblique of any word of the
//            pattern ("met with X", "sold weapons to X", "mediate between X and Y"); an
//            object that is no actor gives the actor inside it ("restore ties with X",
//            "condemned an attack by X");
//   passive  the passive subject (nsubj:pass) is the target and "by X" (obl:agent) the
//            source; a participle modifying a noun ("Armenians killed by X") targets it;
//   noun     a noun predicate ("talks", "shelling") takes its source from a possessive,
//            adjectival or compound modifier, "by X", or the subject of a light verb
//            ("X launched an attack on Y"), its targets from "with/on/against/between X";
//   each role brings the mentions coordinated with it (conj). A role that is not itself
//   an actor mention stands for the name after it ("predecessor Barack Obama"), the
//   mention it heads through "of"/"from" ("leaders of X", "observers from X"), or a
//   modifier ("Turkish forces"; a possessor only as a target: "Russia's embassy").
//   Pronouns: "he"/"she" is the nearest person mention before it; "it"/"they" as subject
//   of a reported clause ("X said it would ...") is the speaker.
// Skipped: negated predicates, conditions and open questions ("if X attacks", "whether X
// will ..."), infinitives and gerunds that complement another verb
// ("urged X to accept", "accused X of backing"; aspectual verbs like "continued to shell"
// keep their complement), and predicates inside an actor name. Events are built as in
// PatternCoder (code/event_builder.h), so a sentence's events stay bounded.
//
// Where the tree leaves a role open (no subject word at all, as in a headline or a
// misparse; no object and no oblique), the word-order rule of PatternCoder fills it; where
// the tree names a role word, the tree wins, even when that word is no actor ("Officials
// accused X": no source).
//
// Works on sentences whose tokens carry head and deprel; PatternCoder codes the others.
#ifndef PARLEY_CODE_PARSE_CODER_H_
#define PARLEY_CODE_PARSE_CODER_H_

#include <vector>

#include "code/cameo_table.h"
#include "code/event_builder.h"
#include "code/mention_roles.h"
#include "code/pattern_coder.h"
#include "code/sentence_coder.h"
#include "code/verb_dictionary.h"

namespace parley {

class ParseCoder final : public SentenceCoder {
 public:
  ParseCoder(const VerbDictionary* verbs, const CameoTable* cameo);
  void CodeSentence(const SentenceContext& sentence, std::vector<Event>* events) override;


 private:
  struct Relations;  // deprel ids used by the rules

  void Prepare(const SentenceContext& s);
  void FindPredicates();
  bool Accepts(const VerbPattern& p, size_t anchor) const;
  bool Negated(const Predicate& p) const;
  bool IsComplement(size_t anchor) const;
  bool IsHypothetical(size_t anchor) const;
  bool IsPassive(size_t v) const;
  bool HasAgentPhrase(size_t v) const;
  bool IsNounPredicate(const Predicate& p) const;
  bool InSpan(const Predicate& p, size_t t) const { return t >= p.anchor && t < p.end; }
  // A word of the pattern itself; an actor inside the span ("expelled 40 Russian
  // diplomats") is a role, even when the pattern names its head word.
  bool PatternWord(const Predicate& p, size_t t) const { return InSpan(p, t) && (*owner_)[t] < 0; }

  // A role the tree names: the mention, or -1 with *named set when the word is no actor.
  struct Role {
    int mention = -1;
    bool named = false;
  };
  Roles FindRoles(const Predicate& p, size_t limit) const;
  void TreeRoles(const Predicate& p, Role* source, Role* target, bool* noun) const;
  void VerbRoles(const Predicate& p, Role* source, Role* target) const;
  void PassiveRoles(const Predicate& p, Role* source, Role* target) const;
  void NounRoles(const Predicate& p, int* source, int* target) const;
  int Subject(size_t v, int depth, bool* named) const;
  int SubjectMention(size_t subject, size_t v) const;
  int Target(const Predicate& p, bool* named) const;
  int TalksWithTarget(size_t v) const;
  int Agent(size_t v) const;
  int PhraseMention(size_t head, int depth) const;
  int MentionOf(size_t t, bool as_source) const;
  int ResolvePronoun(size_t pos) const;
  // m and its conjuncts; with none in the tree, the word-order chain (leftward: those
  // before m).
  void Coordinated(int m, bool as_source, bool leftward, std::vector<int>* out) const;
  void AddSubjectSiblings(size_t v, std::vector<int>* sources) const;
  bool AgreesWith(const Roles& order, const std::vector<int>& sources) const;

  size_t Child(size_t t, uint8_t rel) const;  // first child with relation rel, or n_
  std::string_view CaseOf(size_t t) const;    // the preposition of a nominal ("" if none)
  bool Rel(size_t t, uint8_t rel) const { return tokens_[t].deprel == rel; }
  bool HasPredicate(size_t t) const;
  bool EndsRightBefore(size_t head, size_t t) const;

  const VerbDictionary* verbs_;
  const Relations* rel_;
  EventBuilder builder_;
  PatternCoder word_order_;  // roles the tree leaves open
  // Per-sentence state, reused across calls.
  const Token* tokens_ = nullptr;
  size_t n_ = 0;
  const std::vector<ActorMention>* mentions_ = nullptr;
  const std::vector<int>* owner_ = nullptr;          // word_order_'s index: token -> mention
  const std::vector<MentionRole>* roles_ = nullptr;  //   or -1; mention -> roles it can take
  std::vector<uint32_t> child_start_;  // children of t: child_list_[child_start_[t] ..
  std::vector<uint32_t> child_list_;   //   child_start_[t + 1]), in text order
  std::vector<Predicate> predicates_;
};

}  // namespace parley

#endif  // PARLEY_CODE_PARSE_CODER_H_
