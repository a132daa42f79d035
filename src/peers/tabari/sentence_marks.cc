// peers/tabari/sentence_marks.cc — the syntactic half of the parse: tags, nouns,
// compounds, subordinate clauses, clauses, pronouns, discards and complexity.
#include "peers/tabari/sentence.h"

namespace parley::tabari {
namespace {

bool Same(const Tag& tag, TagType t, WordType w) {
  return tag.type == t && (t != TagType::kWord || tag.word == w);
}

}  // namespace

bool Sentence::HasHead(int i, TagType t, WordType wt) const {
  if (i < 0 || i > n_) return false;
  for (const Tag& tag : word(i).heads) if (Same(tag, t, wt)) return true;
  return false;
}

bool Sentence::HasHead(int i, TagType t, WordType wt, int16_t* index) const {
  if (i < 0 || i > n_) return false;
  for (const Tag& tag : word(i).heads) {
    if (Same(tag, t, wt)) {
      *index = tag.index;
      return true;
    }
  }
  return false;
}

bool Sentence::HasTail(int i, TagType t, WordType wt) const {
  if (i < 0 || i > n_) return false;
  for (const Tag& tag : word(i).tails) if (Same(tag, t, wt)) return true;
  return false;
}

bool Sentence::HasTailIndexed(int i, TagType t, int16_t index) const {
  if (i < 0 || i > n_) return false;
  for (const Tag& tag : word(i).tails) if (tag.type == t && tag.index == index) return true;
  return false;
}

bool Sentence::HasHeadIndexed(int i, TagType t, int16_t index) const {
  if (i < 0 || i > n_) return false;
  for (const Tag& tag : word(i).heads) if (tag.type == t && tag.index == index) return true;
  return false;
}

int16_t Sentence::TailIndex(int i, TagType t) const {
  if (i < 0 || i > n_) return 0;
  for (const Tag& tag : word(i).tails) if (tag.type == t) return tag.index;
  return 0;
}

int Sentence::Reference(int i) const {
  for (const Tag& tag : word(i).heads) if (tag.type == TagType::kRefer) return tag.index;
  return -1;
}

bool Sentence::SkipSegment(int* i, TagType t) const {
  int16_t index = 0;
  if (!HasHead(*i, t, WordType::kNull, &index)) return false;
  while (*i < n_ && !HasTailIndexed(*i, t, index)) ++*i;
  ++*i;
  return true;
}

bool Sentence::CompoundClosed(int i) const {
  int16_t index = 0;
  if (!HasHead(i, TagType::kCompound, WordType::kNull, &index)) return false;
  for (int k = i + 1; k <= n_; ++k) if (HasTailIndexed(k, TagType::kCompound, index)) return true;
  return HasTailIndexed(i, TagType::kCompound, index);
}

void Sentence::ChangeHead(int i, TagType t, WordType wt, TagType nt, WordType nw) {
  for (Tag& tag : w(i).heads) {
    if (Same(tag, t, wt)) {
      tag.type = nt;
      tag.word = nw;
      return;
    }
  }
}

void Sentence::ChangeTail(int i, TagType t, WordType wt, TagType nt, WordType nw) {
  for (Tag& tag : w(i).tails) {
    if (Same(tag, t, wt)) {
      tag.type = nt;
      tag.word = nw;
      return;
    }
  }
}

const std::vector<CodeId>& Sentence::ActorCodesOf(RootId r) const {
  static const std::vector<CodeId> kNull{kNullCode};
  const Root& root = dict_->root(r);
  if (root.actor_codes < 0) return kNull;
  return dict_->actor_codes(root.actor_codes).Resolve(day_);
}

bool Sentence::IsNullActor(RootId r) const { return ActorCodesOf(r).front() == kNullCode; }

bool Sentence::IsNullVerb(RootId r) const { return dict_->root(r).event.code == kNullCode; }

// Turns the root whose head is word i from type `from` into `to`.
void Sentence::ConvertRoot(int i, WordType from, WordType to) {
  w(i).type = to;
  if (!HasHead(i, TagType::kWord, from)) return;
  ChangeHead(i, TagType::kWord, from, TagType::kWord, to);
  int k = i;
  while (!HasTail(k, TagType::kWord, from)) {
    if (++k > last()) return;  // unbalanced tags; TABARI reports and moves on
    if (w(k).type == from && !HasHead(k, TagType::kWord, from)) w(k).type = to;
  }
  ChangeTail(k, TagType::kWord, from, TagType::kWord, to);
}

void Sentence::MarkNouns() {
  for (int i = 0; i < n_; ++i) {
    if (w(i).type == WordType::kVerb && i > 0) {
      if (w(i - 1).type == WordType::kDeterm || w(i).mid_cap) ConvertRoot(i, WordType::kVerb, WordType::kNoun);
    } else if (HasHead(i, TagType::kWord, WordType::kActor) && IsNullActor(w(i).root)) {
      ConvertRoot(i, WordType::kActor, WordType::kNoun);
    }
  }
}

void Sentence::ConvertAgents() {
  for (int a = 0; a < n_; ++a) {
    if (w(a).type != WordType::kAgent) continue;
    const bool actor_before = a > 0 && (w(a - 1).type == WordType::kActor ||
                                        HasTail(a - 1, TagType::kWord, WordType::kActor) ||
                                        w(a - 1).root == dict_->builtins().former);
    const int head = a;
    while (a < n_ && !HasTail(a, TagType::kWord, WordType::kAgent)) ++a;
    if (actor_before || a >= n_) continue;
    if (a + 1 < n_ && HasHead(a + 1, TagType::kWord, WordType::kActor)) continue;
    if (a + 2 < n_ && w(a + 1).type == WordType::kPrep && w(a + 2).type == WordType::kActor) continue;
    w(head).type = WordType::kActor;
    ChangeHead(head, TagType::kWord, WordType::kAgent, TagType::kWord, WordType::kActor);
    ChangeTail(a, TagType::kWord, WordType::kAgent, TagType::kWord, WordType::kActor);
  }
}

void Sentence::MarkCompounds() {
  const Builtins& b = dict_->builtins();
  int16_t index = 1;
  bool need_connect = false;  // TABARI never resets this between conjunctions
  auto np_word = [&](int i) {
    const WordType t = type(i);
    return t == WordType::kActor || t == WordType::kDeterm || t == WordType::kAdjctv;
  };
  for (int c = 0; c < n_; ++c) {
    if (w(c).type != WordType::kConj) continue;
    if (!HasLiteral(c, b.and_lit) && !HasLiteral(c, b.nor_lit)) continue;
    int end = -1, start = -1;
    for (int k = c + 1; np_word(k); ++k) {
      if (w(k).type == WordType::kActor && HasHead(k, TagType::kWord, WordType::kActor)) {
        while (k < n_ && !HasTail(k, TagType::kWord, WordType::kActor)) ++k;
        end = k;
      }
    }
    if (end < 0) continue;
    for (int k = c; k >= 0; --k) {
      const WordType t = w(k).type;
      if (!(np_word(k) || t == WordType::kConj || t == WordType::kComma)) break;
      if (t == WordType::kConj || t == WordType::kComma) need_connect = false;
      if (t == WordType::kActor) {
        if (need_connect) break;
        while (k > 0 && !HasHead(k, TagType::kWord, WordType::kActor)) --k;
        start = k;
        need_connect = true;
      }
    }
    if (start < 0) continue;
    AddHead(start, {TagType::kCompound, WordType::kNull, index});
    AddTail(end, {TagType::kCompound, WordType::kNull, index});
    for (int k = start; k <= end; ++k) {  // cancel compounds marked inside this one
      for (Tag& tag : w(k).heads) {
        if (tag.type != TagType::kCompound || tag.index >= index) continue;
        for (int m = k; m <= n_; ++m) {
          if (HasTailIndexed(m, TagType::kCompound, tag.index)) {
            for (Tag& t2 : w(m).tails) if (t2.type == TagType::kCompound && t2.index == tag.index) t2.type = TagType::kNullTag;
            break;
          }
        }
        tag.type = TagType::kNullTag;
      }
    }
    ++index;
    for (int k = start; k <= end; ++k) w(k).compound = true;
  }
}

void Sentence::MarkSubordinates() {
  const Options& o = *opt_;
  int16_t index = 1;
  int p = 0;
  while (p < n_) {
    if (SkipSegment(&p, TagType::kCompound)) continue;
    if (w(p).type == WordType::kComma) {
      const int start = p;
      if (p >= o.comma_bmin && p <= o.comma_bmax && p > 0) {
        AddHead(0, {TagType::kSubord, WordType::kNull, index});
        AddTail(p - 1, {TagType::kSubord, WordType::kNull, index});
        ++index;
      }
      ++p;
      while (p < n_ && w(p).type != WordType::kComma) {
        if (!SkipSegment(&p, TagType::kCompound)) ++p;
      }
      if (p > n_) p = n_;
      const int between = p - start - 1;
      if (p >= n_ && between >= o.comma_emin && between <= o.comma_emax) {
        AddHead(start, {TagType::kSubord, WordType::kNull, index});
        AddTail(n_ - 1, {TagType::kSubord, WordType::kNull, index});
        return;
      }
      if (p < n_ && w(p).type == WordType::kComma && between >= o.comma_min && between <= o.comma_max) {
        AddHead(start, {TagType::kSubord, WordType::kNull, index});
        AddTail(p, {TagType::kSubord, WordType::kNull, index});
        ++index;
      }
    }
    if (p < n_) ++p;
  }
}

void Sentence::NullSubordinates() {
  if (HasHead(0, TagType::kSubord)) w(0).type = WordType::kNull;
  for (int p = 0; p < n_; ++p) {
    if (!HasHead(p, TagType::kSubord)) continue;
    do {
      if (++p >= n_) return;
      w(p).type = WordType::kNull;
      for (Tag& tag : w(p).heads) {
        if (tag.type == TagType::kNullTag || tag.type == TagType::kSubord || tag.type == TagType::kRefer) continue;
        const Tag old = tag;
        int k = p;
        while (k < n_ && !HasTail(k, old.type, old.word)) ++k;
        if (k >= n_) continue;
        w(p).type = WordType::kNullTag;
        tag.type = TagType::kNullTag;
        ChangeTail(k, old.type, old.word, TagType::kNullTag, WordType::kNull);
      }
      for (Tag& tag : w(p).tails) {
        if (tag.type == TagType::kNullTag || tag.type == TagType::kSubord || tag.type == TagType::kRefer) continue;
        const Tag old = tag;
        int k = p;
        while (k > 0 && !HasHead(k, old.type, old.word)) --k;
        if (!HasHead(k, old.type, old.word)) continue;
        tag.type = TagType::kNullTag;
        ChangeHead(k, old.type, old.word, TagType::kNullTag, WordType::kNull);
        w(k).type = WordType::kNullTag;
      }
    } while (!HasTail(p, TagType::kSubord));
  }
}

void Sentence::MarkClauses() {
  int16_t index = 1;
  AddHead(0, {TagType::kClause, WordType::kNull, index});
  int p = 0;
  while (p < n_) {
    if (SkipSegment(&p, TagType::kCompound)) continue;
    if (SkipSegment(&p, TagType::kSubord)) continue;
    if (w(p).type == WordType::kConj && p > 0 && p + 1 < n_) {
      bool clause = true;
      if (w(p - 1).type == WordType::kNoun) {
        int k = p + 1;
        while (k < n_ && w(k).type == WordType::kAdjctv) ++k;
        if (k < n_ && w(k).type == WordType::kNoun) {
          clause = false;
          p = k;
        }
      }
      if (p > 0 && w(p - 1).type == WordType::kAdjctv && w(p + 1).type == WordType::kAdjctv) {
        clause = false;
        ++p;
      }
      if (clause) {
        has_clauses_ = true;
        AddTail(p - 1, {TagType::kClause, WordType::kNull, index});
        ++index;
        AddHead(p + 1, {TagType::kClause, WordType::kNull, index});
        ++p;
      }
    }
    ++p;
  }
  AddTail(n_ - 1, {TagType::kClause, WordType::kNull, index});
}

void Sentence::DereferencePronouns() {
  const Builtins& b = dict_->builtins();
  for (int p = 0; p < n_; ++p) {
    if (w(p).type == WordType::kActor && HasHead(p, TagType::kWord, WordType::kActor) && w(p).root != kNoRoot) {
      first_actor_ = w(p).root;
      break;
    }
  }
  for (int p = 0; p < n_; ++p) {
    if (w(p).type != WordType::kPronoun) continue;
    const RootId r = w(p).root;
    if (forward_ != kNoRoot && forwarded_word_ < 0 && HasHead(p, TagType::kWord, WordType::kPronoun)) {
      // FORWARD (manual 8.4): a pronoun before any actor stands for the previous record's
      // first actor — the actor only, without its agent; THEY/THEM/THEIR too (TABARI's own
      // validation records forward a single actor for them).
      bool actor_before = false;
      for (int a = 0; a < p && !actor_before; ++a) actor_before = w(a).type == WordType::kActor;
      if (!actor_before) {
        ChangeHead(p, TagType::kWord, WordType::kPronoun, TagType::kWord, WordType::kActor);
        ChangeTail(p, TagType::kWord, WordType::kPronoun, TagType::kWord, WordType::kActor);
        w(p).type = WordType::kActor;
        w(p).root = forward_;
        forwarded_word_ = p;
        continue;
      }
    }
    int ref = -1;
    if (r == b.he || r == b.him || r == b.she || r == b.her || r == b.it) {
      int a = 0;
      while (a < p) {
        while (a < p && w(a).type != WordType::kActor) ++a;
        if (a >= p) break;
        int16_t ci = 0;
        if (HasHead(a, TagType::kCompound, WordType::kNull, &ci)) {
          do ++a; while (a < n_ && !HasTailIndexed(a, TagType::kCompound, ci));
          ++a;
        } else if (!HasHead(a, TagType::kWord, WordType::kActor)) {
          ++a;
        } else {
          ref = a;
          break;
        }
      }
    } else if (r == b.them || r == b.their || r == b.they) {
      for (int a = 0; a < p; ++a) {
        if (w(a).type != WordType::kActor) continue;
        if (HasHead(a, TagType::kCompound)) {
          ref = a;
          break;
        }
        if (ref < 0) ref = a;
      }
    }
    if (ref < 0) continue;
    w(p).type = WordType::kActor;
    AddHead(p, {TagType::kWord, WordType::kActor, 1});
    AddTail(p, {TagType::kWord, WordType::kActor, 1});
    AddHead(p, {TagType::kRefer, WordType::kNull, static_cast<int16_t>(ref)});
    AddTail(p, {TagType::kRefer, WordType::kNull, static_cast<int16_t>(ref)});
  }
}

void Sentence::CheckDiscards() {
  for (int p = 0; p < n_; ++p) {
    const RootId r = w(p).root;
    if (r == kNoRoot) continue;
    const Root& root = dict_->root(r);
    if (root.type == WordType::kActor) {
      if (ActorCodesOf(r).front() == kDiscardCode) discard_ = true;
    } else if (root.type == WordType::kVerb || root.type == WordType::kAttrib) {
      if (root.event.code == kDiscardCode) discard_ = true;
    } else if (root.type == WordType::kTime) {
      if (root.time.special == kDiscardCode) discard_ = true;
    }
    if (discard_) return;
  }
}

int Sentence::CountHeads(WordType wt) const {
  int count = 0;
  for (int p = 0; p < n_;) {
    if (SkipSegment(&p, TagType::kSubord)) continue;
    if (HasHead(p, TagType::kWord, wt)) ++count;
    ++p;
  }
  return count;
}

void Sentence::EvaluateComplexity() {
  const ComplexLimits& lim = opt_->complex;
  auto flag = [&](bool hit, const char* why) {
    if (!hit) return;
    complex_ = true;
    if (!complex_reason_.empty()) complex_reason_ += ", ";
    complex_reason_ += why;
  };
  auto over = [&](int limit, int value, const char* why) { flag(limit > 0 && value >= limit, why); };
  const int verbs = CountHeads(WordType::kVerb);
  over(lim.verbs, verbs, "verbs");
  if (lim.actors) over(lim.actors, CountHeads(WordType::kActor), "actors");
  if (lim.pronouns) {
    int n = 0;
    for (int p = 0; p < n_;) {
      if (SkipSegment(&p, TagType::kSubord)) continue;
      n += w(p).type == WordType::kPronoun;
      ++p;
    }
    over(lim.pronouns, n, "pronouns");
  }
  if (lim.conj) {
    int n = 0;
    for (int p = 0; p < n_; ++p) {
      if (HasHead(p, TagType::kCompound)) {
        while (p < n_ && !HasTail(p, TagType::kCompound)) ++p;
        ++p;
      }
      if (p < n_ && w(p).type == WordType::kConj) ++n;
    }
    over(lim.conj, n, "conjunctions");
  }
  int first_verb = 0;
  while (first_verb < n_) {
    if (SkipSegment(&first_verb, TagType::kSubord)) continue;
    if (w(first_verb).type == WordType::kVerb && HasHead(first_verb, TagType::kWord, WordType::kVerb) &&
        !IsNullVerb(w(first_verb).root)) break;
    ++first_verb;
  }
  auto actor_between = [&](int from, int to) {
    for (int p = from; p < to;) {
      if (SkipSegment(&p, TagType::kSubord)) continue;
      if (w(p).type == WordType::kActor) return true;
      ++p;
    }
    return false;
  };
  if (lim.late_verb > 0) over(lim.late_verb, verbs ? first_verb : 0, verbs ? "verb position" : "verb missing");
  if (lim.no_act_prior) flag(!actor_between(0, first_verb), "no actor before verb");
  if (lim.no_act_after) flag(!actor_between(first_verb + 1, n_), "no actor after verb");
  if (lim.no_verb) flag(verbs == 0, "no verb");
}

}  // namespace parley::tabari
