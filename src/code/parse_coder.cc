#include "code/parse_coder.h"

#include <algorithm>
#include <array>
#include <span>

#include "analyze/syntax/deprel.h"
#include "code/clause_words.h"

namespace parley {

struct ParseCoder::Relations {
  uint8_t nsubj, nsubj_pass, obj, iobj, obl, obl_agent, nmod, nmod_poss, amod, compound,
      conj, xcomp, ccomp, advcl, acl, acl_relcl, advmod, det, mark, case_, aux_pass, cop,
      appos, flat;
  Relations() {
    using syntax::DeprelId;
    nsubj = DeprelId("nsubj");
    nsubj_pass = DeprelId("nsubj:pass");
    obj = DeprelId("obj");
    iobj = DeprelId("iobj");
    obl = DeprelId("obl");
    obl_agent = DeprelId("obl:agent");
    nmod = DeprelId("nmod");
    nmod_poss = DeprelId("nmod:poss");
    amod = DeprelId("amod");
    compound = DeprelId("compound");
    conj = DeprelId("conj");
    xcomp = DeprelId("xcomp");
    ccomp = DeprelId("ccomp");
    advcl = DeprelId("advcl");
    acl = DeprelId("acl");
    acl_relcl = DeprelId("acl:relcl");
    advmod = DeprelId("advmod");
    det = DeprelId("det");
    mark = DeprelId("mark");
    case_ = DeprelId("case");
    aux_pass = DeprelId("aux:pass");
    cop = DeprelId("cop");
    appos = DeprelId("appos");
    flat = DeprelId("flat");
  }
};

namespace {

template <size_t N>
bool OneOf(std::string_view s, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

constexpr auto kNegation = std::to_array<std::string_view>({"not", "n't", "never", "no"});
constexpr auto kConditionals = std::to_array<std::string_view>({"if", "whether", "unless", "lest"});
constexpr auto kRelativePronouns = std::to_array<std::string_view>({"who", "which", "that"});
constexpr auto kPersonalPronouns = std::to_array<std::string_view>({"he", "she"});
constexpr auto kReportedPronouns = std::to_array<std::string_view>({"it", "they", "we"});
// A gerund after one of these complements another word ("accused X of backing").
constexpr auto kGerundPrepositions = std::to_array<std::string_view>({
    "of", "for", "about", "from", "against", "over", "after", "before", "without", "on", "in",
    "into", "despite", "toward", "by"});
// Prepositions of an oblique that can be the target of an event.
constexpr auto kTargetPrepositions = std::to_array<std::string_view>({
    "to", "with", "against", "on", "upon", "for", "from", "toward", "towards", "over",
    "between", "among", "about", "of", "onto", "into"});
// After an object that is not an actor, "with" is an instrument, not a partner.
constexpr auto kNounTargetPrepositions = std::to_array<std::string_view>({
    "with", "between", "against", "on", "upon", "to", "toward", "towards", "among", "of"});

// Nouns (lemmas) whose "with" names a partner: after such an object, a "with X" the
// parser hung on the verb is still the partner ("abandon ties with X", "signed a deal
// with X"), not an instrument.
constexpr auto kPartnerNouns = std::to_array<std::string_view>({
    "tie", "relation", "relationship", "link", "contact", "talk", "negotiation", "dialogue",
    "cooperation", "agreement", "deal", "accord", "treaty", "pact", "partnership", "alliance",
    "trade", "meeting", "ceasefire", "truce", "dispute", "conflict", "war", "summit"});

// Prepositions of place and time: a phrase under them says where or when, not whom
// ("at" and "near" can name what is hit: "fired shells near a vessel from X").
constexpr auto kSettingPrepositions = std::to_array<std::string_view>({
    "in", "during", "after", "before", "since", "until", "within", "inside", "outside",
    "throughout", "across", "around", "amid", "despite", "beyond"});

constexpr int kPhraseDepth = 3;  // modifiers looked through inside an object

bool IsVerbTag(Upos u) { return u == Upos::kVerb || u == Upos::kAux; }

}  // namespace

ParseCoder::ParseCoder(const VerbDictionary* verbs, const CameoTable* cameo)
    : verbs_(verbs), builder_(verbs, cameo), word_order_(verbs, cameo) {
  static const Relations kRelations;
  rel_ = &kRelations;
}

void ParseCoder::Prepare(const SentenceContext& s) {
  const Sentence& sent = s.doc->sentences[s.index];
  tokens_ = s.doc->tokens.data() + sent.first_token;
  n_ = sent.token_count;
  mentions_ = s.mentions;
  word_order_.Prepare(s);  // the mention index both coders read
  owner_ = &word_order_.owner();
  roles_ = &word_order_.roles();
  // Children in text order (counting sort by head).
  child_start_.assign(n_ + 2, 0);
  for (size_t t = 0; t < n_; ++t) {
    const int h = tokens_[t].head;
    if (h >= 0 && static_cast<size_t>(h) < n_) ++child_start_[h + 2];
  }
  for (size_t t = 2; t < n_ + 2; ++t) child_start_[t] += child_start_[t - 1];
  child_list_.resize(n_);
  for (size_t t = 0; t < n_; ++t) {
    const int h = tokens_[t].head;
    if (h >= 0 && static_cast<size_t>(h) < n_) child_list_[child_start_[h + 1]++] = t;
  }
}

// ---------------------------------------------------------------- tree helpers

size_t ParseCoder::Child(size_t t, uint8_t rel) const {
  for (uint32_t k = child_start_[t]; k < child_start_[t + 1]; ++k) {
    if (tokens_[child_list_[k]].deprel == rel) return child_list_[k];
  }
  return n_;
}

std::string_view ParseCoder::CaseOf(size_t t) const {
  for (uint32_t k = child_start_[t]; k < child_start_[t + 1]; ++k) {
    const size_t c = child_list_[k];
    if (c < t && (Rel(c, rel_->case_) || Rel(c, rel_->mark))) return tokens_[c].norm;
  }
  // A mention's own head may be any of its words: look before the mention too.
  const int m = (*owner_)[t];
  if (m >= 0) {
    const size_t first = (*mentions_)[m].first;
    for (size_t k = first; k > 0 && first - k < 4; --k) {
      if (Rel(k - 1, rel_->case_)) return tokens_[k - 1].norm;
      if (!Rel(k - 1, rel_->det) && !Rel(k - 1, rel_->amod)) break;
    }
  }
  return {};
}

bool ParseCoder::HasPredicate(size_t t) const {
  return std::any_of(predicates_.begin(), predicates_.end(),
                     [&](const Predicate& p) { return InSpan(p, t); });
}

// ---------------------------------------------------------------- predicates

// A verb pattern needs a verb; a pattern on a plain word ("talks", "ready") takes any tag.
bool ParseCoder::Accepts(const VerbPattern& p, size_t anchor) const {
  if (!p.elements[0].verb) return true;
  // "the accused", "its blockade": a determiner makes a noun, whatever the tagger says.
  return IsVerbTag(tokens_[anchor].upos) && Child(anchor, rel_->det) == n_;
}

void ParseCoder::FindPredicates() {
  const auto accept = [&](const VerbPattern& p, size_t anchor) { return Accepts(p, anchor); };
  parley::FindPredicates(*verbs_, tokens_, n_, *owner_, accept, &predicates_);
}

bool ParseCoder::Negated(const Predicate& p) const {
  for (size_t t = p.anchor; t < p.end; ++t) {
    if (t > p.anchor && OneOf(tokens_[t].norm, kNegation)) return true;  // "held no talks"
    for (uint32_t k = child_start_[t]; k < child_start_[t + 1]; ++k) {
      const size_t c = child_list_[k];
      if (!Rel(c, rel_->advmod) && !Rel(c, rel_->det)) continue;
      if (OneOf(tokens_[c].norm, kNegation)) return true;
      // "will not necessarily insist": the negation hangs from the adverb.
      const size_t inner = Child(c, rel_->advmod);
      if (inner < n_ && OneOf(tokens_[inner].norm, kNegation)) return true;
    }
  }
  return false;
}

// "urged X to accept", "wants to attack", "accused X of backing": the complement of another
// word, not an event by itself, unless an aspectual verb governs it ("continued to shell").
bool ParseCoder::IsComplement(size_t anchor) const {
  const size_t mark = Child(anchor, rel_->mark);
  const bool infinitive = (mark < n_ && tokens_[mark].norm == "to") ||
                          (anchor > 0 && tokens_[anchor - 1].norm == "to");
  const bool gerund = tokens_[anchor].norm.ends_with("ing") && mark < n_ &&
                      OneOf(tokens_[mark].norm, kGerundPrepositions);
  if (!infinitive && !gerund) return false;
  // The governing word, in the tree ("continued to shell") or before "to" ("is about to").
  const int head = tokens_[anchor].head;
  const bool factual =
      (head >= 0 && IntroducesFactualInfinitive(tokens_[head].norm)) ||
      (anchor >= 2 && IntroducesFactualInfinitive(tokens_[anchor - 2].norm));
  return !(infinitive && factual);
}

// "if another test is launched", "whether Iran will acquire ...": a condition or an open
// question, not an event that happened.
bool ParseCoder::IsHypothetical(size_t anchor) const {
  const size_t mark = Child(anchor, rel_->mark);
  return mark < n_ && OneOf(tokens_[mark].norm, kConditionals);
}

bool ParseCoder::IsPassive(size_t v) const {
  if (Child(v, rel_->nsubj_pass) < n_ || Child(v, rel_->aux_pass) < n_) return true;
  // Reduced relative: "Armenians killed by ...".
  return Rel(v, rel_->acl) && verbs_->IsParticiple(tokens_[v].norm);
}

// A participle with an obl:agent child: UD gives that relation only in passives.
bool ParseCoder::HasAgentPhrase(size_t v) const {
  return Child(v, rel_->obl_agent) < n_ && verbs_->IsParticiple(tokens_[v].norm);
}

// A pattern on a plain word is a noun predicate unless it is the predicate of a clause
// ("Moscow is ready to mediate": it has a subject or a copula).
bool ParseCoder::IsNounPredicate(const Predicate& p) const {
  if (verbs_->pattern(p.pattern).elements[0].verb) return false;
  const size_t a = p.anchor;
  if (IsVerbTag(tokens_[a].upos)) return false;
  return Child(a, rel_->cop) == n_ && Child(a, rel_->nsubj) == n_;
}

// ---------------------------------------------------------------- mentions

// The mention a role word stands for: its own, the one it heads through "of"/"from"
// ("leaders of X", "observers from X"), or a modifying one ("Turkish forces").
int ParseCoder::MentionOf(size_t t, bool as_source) const {
  // The tree says which role a mention plays; only places, modifiers ("Russian-backed")
  // and bare offices ("officials") never take one.
  const auto usable = [&](int m) { return m >= 0 && (*roles_)[m].can_target; };
  if (usable((*owner_)[t])) return (*owner_)[t];  // else a bare office: "Ethiopia's leaders"
  if (OneOf(tokens_[t].norm, kPersonalPronouns)) return ResolvePronoun(t);
  int modifier = -1;
  for (uint32_t k = child_start_[t]; k < child_start_[t + 1]; ++k) {
    const size_t c = child_list_[k];
    const int m = (*owner_)[c];
    if (m < 0 || !(*roles_)[m].can_target) continue;  // an oblique stands in for its head
    if (c > t && (Rel(c, rel_->appos) || Rel(c, rel_->flat))) {
      return m;  // the name after a title: "predecessor Barack Obama"
    } else if (Rel(c, rel_->nmod)) {
      const std::string_view prep = CaseOf(c);
      if (prep == "of" || prep == "from") return m;
    } else if (modifier < 0 && (Rel(c, rel_->amod) || Rel(c, rel_->compound) ||
                                (!as_source && Rel(c, rel_->nmod_poss)))) {
      modifier = m;  // "Turkish forces"; a possessor only as target ("Russia's embassy")
    }
  }
  return modifier;
}

int ParseCoder::ResolvePronoun(size_t pos) const {
  for (size_t t = pos; t > 0; --t) {
    const int m = (*owner_)[t - 1];
    if (m >= 0 && (*mentions_)[m].code.size() > 3 && !(*mentions_)[m].is_agent_only) return m;
  }
  return -1;
}

// m and the mentions coordinated with it, in text order.
void ParseCoder::Coordinated(int m, bool as_source, bool leftward, std::vector<int>* out) const {
  const size_t first = out->size();
  out->push_back(m);
  // Conjuncts hang from any word of the mention (the parser picks the head), and chains
  // of conjuncts may nest; a bounded walk over the mentions found so far.
  for (size_t i = first; i < out->size() && out->size() < EventBuilder::kMaxEventsPerSentence;
       ++i) {
    const ActorMention& cur = (*mentions_)[(*out)[i]];
    for (size_t t = cur.first; t < cur.end; ++t) {
      for (uint32_t k = child_start_[t]; k < child_start_[t + 1]; ++k) {
        const size_t c = child_list_[k];
        if (!Rel(c, rel_->conj) || IsVerbTag(tokens_[c].upos)) continue;
        const int next = MentionOf(c, as_source);
        if (next >= 0 && std::find(out->begin() + first, out->end(), next) == out->end()) {
          out->push_back(next);
        }
      }
    }
  }
  if (out->size() == first + 1) {
    // The tree found no conjunct; commas often mislead the parser ("by Russia, the United
    // States, and France"): take the word-order chain.
    out->pop_back();
    word_order_.WordOrderChain(m, as_source && leftward, out);
  }
  std::sort(out->begin() + first, out->end());
}

// ---------------------------------------------------------------- roles

// The mention of an explicit subject word of v.
int ParseCoder::SubjectMention(size_t subject, size_t v) const {
  const std::string_view w = tokens_[subject].norm;
  const int head = tokens_[v].head;
  if (OneOf(w, kRelativePronouns) && head >= 0 && Rel(v, rel_->acl_relcl)) {
    return MentionOf(static_cast<size_t>(head), false);  // "Armenia, which hosts ..."
  }
  if (OneOf(w, kReportedPronouns) && head >= 0 && Rel(v, rel_->ccomp)) {
    bool named = false;
    return Subject(static_cast<size_t>(head), 1, &named);  // "X said it would ..."
  }
  const int m = MentionOf(subject, true);
  const size_t inner = Child(subject, rel_->nsubj);
  if (m < 0 && inner < n_ && Child(subject, rel_->cop) == n_) {
    // A noun with a subject but no copula is a misparse ("Putin in a call with X
    // discussed ..." read as "[Putin ... call] discussed"): its subject is the real one.
    return MentionOf(inner, true);
  }
  return m;
}

// The source of verb v: its subject, or the subject it shares with another verb. *named:
// the tree gives a subject word (which may be no actor).
int ParseCoder::Subject(size_t v, int depth, bool* named) const {
  for (uint32_t k = child_start_[v]; k < child_start_[v + 1]; ++k) {
    const size_t c = child_list_[k];
    if (!Rel(c, rel_->nsubj)) continue;
    // A relative pronoun whose antecedent is no actor may be misattached ("an alliance
    // with Armenia which hosts ..."): word order decides.
    *named |= !OneOf(tokens_[c].norm, kRelativePronouns);
    // "Key regional powerbroker Putin held ...": a misparsed title takes a subject too.
    if (const int m = SubjectMention(c, v); m >= 0) return m;
  }
  if (*named) return -1;
  const int head = tokens_[v].head;
  if (head < 0 || depth > 4) return -1;
  const size_t h = static_cast<size_t>(head);
  if (Rel(v, rel_->conj) && IsVerbTag(tokens_[h].upos) && !IsPassive(h)) {
    return Subject(h, depth + 1, named);  // "X launched an operation and shelled Y"
  }
  if (Rel(v, rel_->xcomp)) {
    const size_t object = Child(h, rel_->obj);
    if (object < n_) {
      *named = true;
      return MentionOf(object, true);  // "urged X to stop"
    }
    return Subject(h, depth + 1, named);  // "X continued to shell"
  }
  if (Rel(v, rel_->advcl) && Child(v, rel_->mark) == n_) {
    return Subject(h, depth + 1, named);  // "X shelled Y, killing ..."
  }
  if (Rel(v, rel_->acl) && tokens_[v].norm.ends_with("ing")) {
    *named = true;
    return MentionOf(h, true);  // "rebels attacking the town"
  }
  return -1;
}

// The target: the object, else a non-locative oblique, of any word of the pattern.
int ParseCoder::Target(const Predicate& p, bool* named) const {
  int best = -1, best_rank = 99;
  bool object_seen = false, partner_object = false;
  for (size_t t = p.anchor; t < p.end; ++t) {
    if (t != p.anchor && (*owner_)[t] >= 0) continue;  // a gap's actor is no pattern word
    for (uint32_t k = child_start_[t]; k < child_start_[t + 1]; ++k) {
      const size_t c = child_list_[k];
      int rank = 99;
      if (Rel(c, rel_->obj) && OneOf(tokens_[c].lemma, kPartnerNouns)) partner_object = true;
      if (PatternWord(p, c)) {
        // The pattern names the object; an actor modifying it is the target ("downed a
        // Russian jet", "expelled Russian diplomats").
        if (!Rel(c, rel_->obj) || best_rank == 0) continue;
        if (const int m = PhraseMention(c, kPhraseDepth); m >= 0) {
          best = m;
          best_rank = 0;
        }
        continue;
      }
      if (Rel(c, rel_->obj)) {
        object_seen = true;
        if (best_rank > 0) {
          if (const int m = PhraseMention(c, kPhraseDepth); m >= 0) {
            best = m;
            best_rank = 0;
          }
        }
        continue;
      } else if (Rel(c, rel_->iobj)) {
        rank = 1;
      } else if (Rel(c, rel_->obl) || (Rel(c, rel_->nmod) && tokens_[t].upos != Upos::kVerb)) {
        const std::string_view prep = CaseOf(c);
        // "with" on the verb itself may be an instrument (see below).
        if (OneOf(prep, kTargetPrepositions)) rank = prep == "with" && t == p.anchor ? 3 : 2;
      }
      if (rank >= best_rank) continue;
      const int m = MentionOf(c, false);
      if (m >= 0) {
        best = m;
        best_rank = rank;
      }
    }
  }
  *named = object_seen;
  // After an object that is no actor, "with" is an instrument ("shelled the town with X"),
  // unless the object is a noun that takes a partner.
  if (best_rank == 3 && object_seen && !partner_object) return -1;
  return best >= 0 ? best : TalksWithTarget(p.anchor);
}

// "Putin, in a telephone call with X, discussed ...": the parser often hangs the adjunct
// between a named subject and its verb on the name. A "with X" inside it names whom the
// subject dealt with.
int ParseCoder::TalksWithTarget(size_t v) const {
  const size_t subject = Child(v, rel_->nsubj);
  if (subject >= v || (*owner_)[subject] < 0) return -1;
  for (uint32_t k = child_start_[subject]; k < child_start_[subject + 1]; ++k) {
    const size_t adjunct = child_list_[k];
    if (adjunct < subject || adjunct > v || !Rel(adjunct, rel_->nmod)) continue;
    for (uint32_t j = child_start_[adjunct]; j < child_start_[adjunct + 1]; ++j) {
      const size_t partner = child_list_[j];
      if (partner > v || !Rel(partner, rel_->nmod) || CaseOf(partner) != "with") continue;
      if (const int m = MentionOf(partner, false); m >= 0) return m;
    }
  }
  return -1;
}

// The target inside an object that is no actor: "restore ties with X", "condemned an
// attack by X", "fired shells near a vessel from X", "memos sent by X". Depth-first in
// text order through nominal modifiers and participles, never into a relative clause.
int ParseCoder::PhraseMention(size_t head, int depth) const {
  if (const int m = MentionOf(head, false); m >= 0) return m;
  if (depth == 0) return -1;
  for (uint32_t k = child_start_[head]; k < child_start_[head + 1]; ++k) {
    const size_t c = child_list_[k];
    if (c < head && !Rel(c, rel_->nmod)) continue;
    // Where and when the object is ("the ceasefire in a Vienna meeting with envoys from
    // X") holds no target.
    if (OneOf(CaseOf(c), kSettingPrepositions)) continue;
    if (Rel(c, rel_->nmod) || Rel(c, rel_->obl) || Rel(c, rel_->obl_agent) || Rel(c, rel_->acl)) {
      if (const int m = PhraseMention(c, depth - 1); m >= 0) return m;
    }
  }
  return -1;
}

// "by X" of v.
int ParseCoder::Agent(size_t v) const {
  for (uint32_t k = child_start_[v]; k < child_start_[v + 1]; ++k) {
    const size_t c = child_list_[k];
    if (Rel(c, rel_->obl_agent) ||
        ((Rel(c, rel_->obl) || Rel(c, rel_->nmod)) && CaseOf(c) == "by")) {
      if (const int m = MentionOf(c, true); m >= 0) return m;
    }
  }
  return -1;
}

void ParseCoder::VerbRoles(const Predicate& p, Role* source, Role* target) const {
  source->mention = Subject(p.anchor, 0, &source->named);
  target->mention = Target(p, &target->named);
}

void ParseCoder::PassiveRoles(const Predicate& p, Role* source, Role* target) const {
  const size_t v = p.anchor;
  source->mention = Agent(v);
  source->named = source->mention >= 0;
  size_t subject = Child(v, rel_->nsubj_pass);
  // A participle with a "by" agent and a plain subject: the parser read the participle
  // as the main verb ("Armenia, backed by Russia, accused ..." as "Armenia backed by
  // Russia"); its subject is what the agent acts on.
  if (subject == n_ && HasAgentPhrase(v)) subject = Child(v, rel_->nsubj);
  if (subject < n_) {
    target->mention = SubjectMention(subject, v);
    target->named = !OneOf(tokens_[subject].norm, kRelativePronouns);
  } else if (Rel(v, rel_->acl) && tokens_[v].head >= 0 &&
             (EndsRightBefore(tokens_[v].head, v) ||
              (v > 0 && tokens_[v - 1].form == "," && EndsRightBefore(tokens_[v].head, v - 1)))) {
    // "Armenians killed by ...", "Armenia, backed by Russia, ...": the participle follows
    // the noun it modifies (or its comma). Attached to a noun further back ("prisoners on
    // Wednesday in an exchange mediated by X"), it is more often a misparse: word order
    // decides.
    target->mention = MentionOf(static_cast<size_t>(tokens_[v].head), false);
    target->named = true;
  }
}

// Whether the phrase of noun `head` ends right before token t (its mention's last word,
// or the noun itself, is t - 1).
bool ParseCoder::EndsRightBefore(size_t head, size_t t) const {
  const int m = (*owner_)[head];
  const size_t end = m >= 0 ? (*mentions_)[m].end : head + 1;
  return end == t;
}

// "Turkish shelling", "Russia's attack", "an attack by X"; "X launched an attack on Y".
void ParseCoder::NounRoles(const Predicate& p, int* source, int* target) const {
  const size_t a = p.anchor;
  for (uint32_t k = child_start_[a]; k < child_start_[a + 1] && *source < 0; ++k) {
    const size_t c = child_list_[k];
    if (c < a && (*owner_)[c] >= 0 &&
        (Rel(c, rel_->nmod_poss) || Rel(c, rel_->amod) || Rel(c, rel_->compound))) {
      *source = (*roles_)[(*owner_)[c]].can_target ? (*owner_)[c] : -1;
    }
  }
  if (*source < 0) *source = Agent(a);
  const int head = tokens_[a].head;
  if (*source < 0 && head >= 0 && Rel(a, rel_->obj) && IsVerbTag(tokens_[head].upos) &&
      !HasPredicate(static_cast<size_t>(head))) {
    bool named = false;
    *source = Subject(static_cast<size_t>(head), 1, &named);  // light verb: "launched an attack"
  }
  for (size_t t = p.anchor; t < p.end && *target < 0; ++t) {
    for (uint32_t k = child_start_[t]; k < child_start_[t + 1]; ++k) {
      const size_t c = child_list_[k];
      if (PatternWord(p, c) || !(Rel(c, rel_->nmod) || Rel(c, rel_->obl))) continue;
      if (!OneOf(CaseOf(c), kNounTargetPrepositions)) continue;
      const int m = MentionOf(c, false);
      if (m >= 0 && m != *source) {
        *target = m;
        break;
      }
    }
  }
}

// Word order may fill the target only when it read the same source actor as the tree (or
// none): a different source means it read another clause.
bool ParseCoder::AgreesWith(const Roles& order, const std::vector<int>& sources) const {
  if (sources.empty() || order.sources.empty()) return true;
  const std::string& code = (*mentions_)[sources.front()].code;
  return std::any_of(order.sources.begin(), order.sources.end(),
                     [&](int m) { return (*mentions_)[m].code == code; });
}

// Two actor subjects of one verb are a coordination the parser missed ("The government
// and the Front signed ...").
void ParseCoder::AddSubjectSiblings(size_t v, std::vector<int>* sources) const {
  if (sources->empty() || HasAgentPhrase(v)) return;  // that subject is acted on
  for (uint32_t k = child_start_[v]; k < child_start_[v + 1]; ++k) {
    const size_t c = child_list_[k];
    if (!Rel(c, rel_->nsubj)) continue;
    const int m = MentionOf(c, true);
    if (m >= 0 && std::find(sources->begin(), sources->end(), m) == sources->end()) {
      sources->push_back(m);
    }
  }
  std::sort(sources->begin(), sources->end());
}

void ParseCoder::TreeRoles(const Predicate& p, Role* source, Role* target, bool* noun) const {
  const size_t a = p.anchor;
  const bool compound = a >= 2 && tokens_[a - 1].norm == "-" && (*owner_)[a - 2] >= 0;
  *noun = IsNounPredicate(p);
  if (compound) {
    *source = {(*owner_)[a - 2], true};  // "Russia-brokered ceasefire", "Kremlin-backed"
  } else if (*noun) {
    NounRoles(p, &source->mention, &target->mention);
  } else if (IsPassive(a) || HasAgentPhrase(a)) {
    PassiveRoles(p, source, target);
  } else {
    VerbRoles(p, source, target);
  }
  if (target->mention == source->mention) target->mention = -1;
}

Roles ParseCoder::FindRoles(const Predicate& p, size_t limit) const {
  Role source, target;
  Roles r;
  TreeRoles(p, &source, &target, &r.noun);
  Roles order;  // word order fills what the tree leaves open
  const bool open_source = source.mention < 0 && !source.named;
  const bool open_target = target.mention < 0 && !target.named;
  if (open_source || open_target) order = word_order_.WordOrderRoles(p, limit);
  if (source.mention >= 0) {
    Coordinated(source.mention, true, (*mentions_)[source.mention].end <= p.anchor, &r.sources);
    const ActorMention& m = (*mentions_)[source.mention];
    r.distance = p.anchor >= m.end ? static_cast<int>(p.anchor - m.end)
                                   : static_cast<int>(m.first) - static_cast<int>(p.end);
  } else if (open_source) {
    r.sources = std::move(order.sources);
    r.distance = order.distance;
  }
  AddSubjectSiblings(p.anchor, &r.sources);
  if (target.mention >= 0) {
    r.between = CaseOf((*mentions_)[target.mention].end - 1) == "between";
    Coordinated(target.mention, false, false, &r.targets);
  } else if (open_target && AgreesWith(order, r.sources) &&
             !(verbs_->pattern(p.pattern).reciprocal && r.sources.size() >= 2)) {
    r.targets = std::move(order.targets);
    r.between = order.between;
  }
  r.targets.erase(std::remove_if(r.targets.begin(), r.targets.end(),
                                 [&](int t) {
                                   return std::find(r.sources.begin(), r.sources.end(), t) !=
                                          r.sources.end();
                                 }),
                  r.targets.end());
  return r;
}

void ParseCoder::CodeSentence(const SentenceContext& s, std::vector<Event>* events) {
  if (s.mentions->empty()) return;
  Prepare(s);
  builder_.Begin(s, events);
  FindPredicates();
  for (size_t k = 0; k < predicates_.size(); ++k) {
    const Predicate& p = predicates_[k];
    if (verbs_->pattern(p.pattern).blocks() || Negated(p) || IsComplement(p.anchor) ||
        IsHypothetical(p.anchor)) {
      continue;
    }
    const size_t limit = k + 1 < predicates_.size() ? predicates_[k + 1].anchor : n_;
    builder_.Emit(p, FindRoles(p, limit));
  }
}

}  // namespace parley
