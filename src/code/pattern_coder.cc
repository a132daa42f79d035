#include "code/pattern_coder.h"

#include <algorithm>
#include <array>

#include "code/clause_words.h"

namespace parley {

namespace {

template <size_t N>
bool OneOf(std::string_view s, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

constexpr std::array<std::string_view, 9> kBe = {"is", "are", "was", "were", "be", "been",
                                                 "being", "'s", "'re"};
constexpr std::array<std::string_view, 14> kCopulas = {
    "am", "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears",
    "appeared", "stand", "stands", "stood", "become"};
constexpr std::array<std::string_view, 6> kNegation = {"not", "n't", "never", "no", "neither",
                                                       "nor"};
constexpr std::array<std::string_view, 7> kSpeech = {"said", "says", "told", "added",
                                                     "stated", "say", "tells"};
constexpr std::array<std::string_view, 16> kDeterminers = {
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "any", "every", "'s"};
constexpr std::array<std::string_view, 14> kGerundPrepositions = {
    "of", "for", "about", "from", "against", "over", "after", "before", "without", "on", "in",
    "into", "despite", "toward"};
constexpr std::array<std::string_view, 10> kSubordinators = {
    "but", "while", "whereas", "although", "though", "because", "as", "if", "unless", "after"};
constexpr std::array<std::string_view, 4> kPersonalPronouns = {"he", "she", "him", "her"};

bool IsCoordinator(std::string_view norm) {
  return norm == "and" || norm == "," || norm == "&" || norm == "both" || norm == "the" ||
         norm == "his" || norm == "her" || norm == "its" || norm == "their";
}

constexpr size_t kMaxSourceDistance = 25;
constexpr size_t kMaxTargetDistance = 12;

}  // namespace

// "the attack", "its blockade": a noun. "of backing", "for crossing": a complement.
// When the sentence is tagged, a verb pattern's anchor must be tagged as a verb.
bool PatternCoder::IsNounOrComplement(const VerbPattern& p, size_t anchor) const {
  if (!p.elements[0].verb) return false;
  const Upos tag = tokens_[anchor].upos;
  if (tag != Upos::kX && tag != Upos::kVerb && tag != Upos::kAux) return true;
  if (anchor == 0) return false;
  const std::string_view prev = tokens_[anchor - 1].norm;
  if (tag == Upos::kX && OneOf(prev, kDeterminers)) return true;
  return tokens_[anchor].norm.ends_with("ing") && OneOf(prev, kGerundPrepositions);
}

void PatternCoder::FindPredicates() {
  const auto accept = [&](const VerbPattern& p, size_t anchor) {
    return !IsNounOrComplement(p, anchor);
  };
  parley::FindPredicates(*verbs_, tokens_, n_, owner_, accept, &predicates_);
}

bool PatternCoder::Negated(const Predicate& p) const {
  for (size_t t = p.anchor; t < p.end; ++t) {
    if (OneOf(tokens_[t].norm, kNegation)) return true;
  }
  for (size_t k = 1; k <= 3 && k <= p.anchor; ++k) {
    const std::string_view w = tokens_[p.anchor - k].norm;
    if (OneOf(w, kNegation)) return true;
    if (IsClauseBreak(w) || w == ",") return false;
  }
  return false;
}

// "to accept", "to cease fire": an infinitive is the complement of another predicate
// ("urged Israel to accept") or an intention ("wants to attack"), never an event by itself.
bool PatternCoder::IsInfinitive(size_t anchor) const {
  if (anchor == 0 || tokens_[anchor - 1].norm != "to") return false;
  return !(anchor >= 2 && IntroducesFactualInfinitive(tokens_[anchor - 2].norm));
}

bool PatternCoder::IsPassive(size_t anchor, size_t end, size_t* by, bool* with_be) const {
  *by = 0;
  *with_be = false;
  if (!verbs_->IsParticiple(tokens_[anchor].norm)) return false;
  size_t k = anchor;
  while (k > 0 && tokens_[k - 1].norm.size() > 4 && tokens_[k - 1].norm.ends_with("ly")) --k;
  *with_be = k > 0 && OneOf(tokens_[k - 1].norm, kBe);
  for (size_t t = anchor + 1; t < n_ && t <= end; ++t) {
    if (tokens_[t].norm == "by") {
      *by = t;
      break;
    }
  }
  return *with_be || *by > 0;
}

// The subject: the nearest mention before pos that can be a source, within the clause.
// A parenthetical between dashes is skipped; "he"/"she" is resolved to the nearest
// preceding mention of a person or office holder.
int PatternCoder::MentionBefore(size_t pos) const {
  for (size_t k = pos; k > 0 && pos - k < kMaxSourceDistance; --k) {
    size_t t = k - 1;
    const std::string_view w = tokens_[t].norm;
    if (IsDash(w)) {
      size_t open = t;
      while (open > 0 && !IsDash(tokens_[open - 1].norm)) --open;
      if (open == 0) return -1;
      k = open;  // continue before the opening dash
      continue;
    }
    if (IsClauseBreak(w) || OneOf(w, kSubordinators)) break;
    if (OneOf(w, kPersonalPronouns)) return ResolvePronoun(t);
    if (const int antecedent = RelativeAntecedent(t); antecedent >= 0) return antecedent;
    if (owner_[t] >= 0 && roles_[owner_[t]].can_source) return owner_[t];
    // "..., a senior official said": the subject is an office without a country ("the
    // leaders" may refer back to actors named before, and does not stop the search).
    if (owner_[t] >= 0 && roles_[owner_[t]].generic && t + 1 == pos && !Definite(owner_[t])) {
      return -1;
    }
  }
  return ObliqueSubject(pos);
}

// No plain subject: "Observers from the African Union praised ...", "Talks of X and Y
// ...": the nearest "of"/"from" mention in the clause stands in for its head noun.
int PatternCoder::ObliqueSubject(size_t pos) const {
  for (size_t t = pos; t > 0 && pos - t < kMaxSourceDistance; --t) {
    const std::string_view w = tokens_[t - 1].norm;
    if (IsClauseBreak(w) || OneOf(w, kSubordinators) || w == ",") return -1;
    const int m = owner_[t - 1];
    if (m >= 0 && roles_[m].can_target &&
        (roles_[m].preposition == "of" || roles_[m].preposition == "from") &&
        (*mentions_)[m].end == t) {
      return m;
    }
  }
  return -1;
}

// "Armenia, which hosts ...", "Aliyev, who vowed ...": the mention before the relative
// pronoun is the subject, whatever preposition introduced it.
int PatternCoder::RelativeAntecedent(size_t t) const {
  const std::string_view w = tokens_[t].norm;
  if ((w != "which" && w != "who") || t == 0) return -1;
  size_t k = t - 1;
  if (tokens_[k].norm == "," && k > 0) --k;
  const int m = owner_[k];
  return m >= 0 && roles_[m].can_target ? m : -1;
}

bool PatternCoder::Definite(int m) const {
  const size_t first = (*mentions_)[m].first;
  return first > 0 && (tokens_[first - 1].norm == "the" || tokens_[first - 1].norm == "both");
}

int PatternCoder::ResolvePronoun(size_t pos) const {
  for (size_t t = pos; t > 0; --t) {
    const int m = owner_[t - 1];
    if (m >= 0 && (*mentions_)[m].code.size() > 3 && !(*mentions_)[m].is_agent_only) return m;
  }
  return -1;
}

// "Putin, in a call with his French counterpart, discussed ...": the "with" mention
// between the subject and the predicate takes part in it.
int PatternCoder::CoParticipant(int source, size_t anchor) const {
  const size_t from = source >= 0 ? (*mentions_)[source].end : 0;
  for (size_t t = from; t < anchor; ++t) {
    const int m = owner_[t];
    if (m >= 0 && m != source && roles_[m].preposition == "with") return m;
  }
  return -1;
}

// First mention starting in [pos, limit), stopping at a clause break, at the next predicate,
// or at a comma that does not introduce a coordinated mention ("..., Peskov said"). A
// mention ending right at the next predicate is that predicate's subject, not a target.
int PatternCoder::MentionAfter(size_t pos, size_t limit, size_t next_predicate) const {
  limit = std::min({limit, next_predicate, n_});
  for (size_t t = pos; t < limit; ++t) {
    if (owner_[t] >= 0 && roles_[owner_[t]].can_target) {
      // A mention right before the next predicate is that predicate's subject.
      return (*mentions_)[owner_[t]].end == next_predicate ? -1 : owner_[t];
    }
    const std::string_view w = tokens_[t].norm;
    if (IsClauseBreak(w) || OneOf(w, kSubordinators)) return -1;
    if (w == "," && t + 1 < n_) {
      const int next = owner_[t + 1];
      if (next < 0) return -1;
      const size_t after = (*mentions_)[next].end;
      if (after < n_ && OneOf(tokens_[after].norm, kSpeech)) return -1;
    }
  }
  return -1;
}

// Appends m and the mentions coordinated before it, in text order.
void PatternCoder::ChainLeft(int m, std::vector<int>* out) const {
  const size_t first = out->size();
  out->push_back(m);
  while (m > 0) {
    const ActorMention& cur = (*mentions_)[m];
    const ActorMention& prev = (*mentions_)[m - 1];
    size_t t = prev.end;
    bool joined = false;
    while (t < cur.first && IsCoordinator(tokens_[t].norm)) joined |= tokens_[t++].norm != "the";
    if (t != cur.first || !joined || !roles_[m - 1].can_source) break;
    out->push_back(--m);
  }
  std::reverse(out->begin() + first, out->end());
}

void PatternCoder::ChainRight(int m, std::vector<int>* out) const {
  out->push_back(m);
  while (static_cast<size_t>(m) + 1 < mentions_->size()) {
    const ActorMention& cur = (*mentions_)[m];
    const ActorMention& next = (*mentions_)[m + 1];
    size_t t = cur.end;
    bool joined = false;
    while (t < next.first) {
      const std::string_view w = tokens_[t].norm;
      if (IsCoordinator(w)) {
        joined |= w != "the";
        ++t;
      } else if (w == "as" && t + 2 < n_ && tokens_[t + 1].norm == "well" &&
                 tokens_[t + 2].norm == "as") {
        joined = true;
        t += 3;
      } else {
        break;
      }
    }
    if (t != next.first || !joined || !roles_[m + 1].can_target) return;
    const size_t after = next.end;
    if (after < n_ && OneOf(tokens_[after].norm, kSpeech)) return;
    out->push_back(++m);
  }
}

void PatternCoder::PassiveRoles(const Predicate& p, size_t by, bool with_be, int* source,
                                int* target) const {
  if (by > 0) *source = MentionAfter(by + 1, by + 3, n_);
  if (with_be) {
    *target = MentionBefore(p.anchor);
  } else if (p.anchor > 0 && owner_[p.anchor - 1] >= 0) {
    *target = owner_[p.anchor - 1];  // reduced relative: "Armenians killed by ..."
  }
}

// Noun predicates ("talks", "clashes"): the source is an adjacent modifier ("Turkish
// shelling") or "by X"; the targets follow ("talks with X", "clashes between X and Y").
void PatternCoder::NounRoles(const Predicate& p, size_t limit, int* source, int* target) const {
  if (p.anchor > 0 && owner_[p.anchor - 1] >= 0 && roles_[owner_[p.anchor - 1]].can_source) {
    *source = owner_[p.anchor - 1];
  }
  size_t by = 0;
  for (size_t t = p.anchor + 1; t < p.end + 1 && t < n_; ++t) by = tokens_[t].norm == "by" ? t : by;
  if (*source < 0 && by > 0) *source = MentionAfter(by + 1, by + 3, n_);
  *target = MentionAfter(p.anchor + 1, p.anchor + 1 + kMaxTargetDistance, limit);
  if (*target == *source) *target = -1;
}

// A pattern anchored on a plain word ("talks", "ready") is a noun predicate unless an
// auxiliary or copula introduces it ("is ready to mediate", "were in talks").
bool PatternCoder::IsNounPredicate(const Predicate& p) const {
  if (verbs_->pattern(p.pattern).elements[0].verb) return false;
  size_t k = p.anchor;
  while (k > 0 && tokens_[k - 1].norm.size() > 4 && tokens_[k - 1].norm.ends_with("ly")) --k;
  return !(k > 0 && (OneOf(tokens_[k - 1].norm, kBe) || OneOf(tokens_[k - 1].norm, kCopulas)));
}

Roles PatternCoder::FindRoles(const Predicate& p, size_t limit) const {
  Roles r;
  size_t by = 0;
  bool with_be = false;
  const bool noun = IsNounPredicate(p);
  const bool compound = p.anchor >= 2 && tokens_[p.anchor - 1].norm == "-" &&
                        owner_[p.anchor - 2] >= 0;
  const bool passive = !noun && !compound && IsPassive(p.anchor, p.end, &by, &with_be);
  int source = -1, target = -1;
  if (compound) {
    source = owner_[p.anchor - 2];  // "Russia-brokered ceasefire", "Kremlin-backed"
  } else if (noun) {
    NounRoles(p, limit, &source, &target);
  } else if (passive) {
    PassiveRoles(p, by, with_be, &source, &target);
  } else {
    source = MentionBefore(p.anchor);
    target = MentionAfter(p.anchor + 1, p.anchor + 1 + kMaxTargetDistance, limit);
    if (target < 0) target = CoParticipant(source, p.anchor);
  }
  if (source >= 0) {
    if (passive && by > 0) ChainRight(source, &r.sources);
    else ChainLeft(source, &r.sources);
    r.distance = static_cast<int>(p.anchor) - static_cast<int>((*mentions_)[source].end);
  }
  if (target >= 0) {
    const size_t first = (*mentions_)[target].first;
    r.between = first > 0 && tokens_[first - 1].norm == "between";
    if (passive) ChainLeft(target, &r.targets);
    else ChainRight(target, &r.targets);
  }
  r.noun = noun;
  return r;
}

void PatternCoder::Prepare(const SentenceContext& s) {
  const Sentence& sent = s.doc->sentences[s.index];
  tokens_ = s.doc->tokens.data() + sent.first_token;
  n_ = sent.token_count;
  mentions_ = s.mentions;
  IndexMentions(tokens_, n_, *mentions_, &owner_, &roles_);
}

void PatternCoder::CodeSentence(const SentenceContext& s, std::vector<Event>* events) {
  if (s.mentions->empty()) return;
  Prepare(s);
  builder_.Begin(s, events);  // one event per dyad and code in a sentence
  FindPredicates();
  for (size_t k = 0; k < predicates_.size(); ++k) {
    const Predicate& p = predicates_[k];
    if (verbs_->pattern(p.pattern).blocks() || Negated(p) || IsInfinitive(p.anchor)) continue;
    const size_t limit = k + 1 < predicates_.size() ? predicates_[k + 1].anchor : n_;
    builder_.Emit(p, FindRoles(p, limit));
  }
}

}  // namespace parley
