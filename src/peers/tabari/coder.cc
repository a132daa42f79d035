// peers/tabari/coder.cc — clauses, verbs, events and their evaluation (coder.cp's core).
#include "peers/tabari/coder.h"

#include <algorithm>

namespace parley::tabari {

bool Coder::NextClause() {
  const int last = s_.size() - 1;
  if (!s_.has_clauses()) {
    if (iend_ >= 0) return false;
    istart_ = 0;
    iend_ = last;
    return true;
  }
  if (iend_ >= 0) {
    istart_ = iend_ + 1;
    while (istart_ <= last && !s_.HasHead(istart_, TagType::kClause)) ++istart_;
    if (istart_ > last) return false;
  } else {
    istart_ = 0;
  }
  iend_ = istart_;
  while (iend_ < last && !s_.HasTail(iend_, TagType::kClause)) ++iend_;
  return true;
}

bool Coder::CheckPassive(int index) const {
  if (s_.type(index + 1) != WordType::kByword && s_.type(index + 2) != WordType::kByword &&
      s_.type(index + 3) != WordType::kByword) return false;
  const bool passive = (index > 0 && s_.type(index - 1) == WordType::kAuxil) ||
                       (index > 1 && s_.type(index - 2) == WordType::kAuxil);
  return passive;
}

void Coder::PutEvent(const EventCode& code, int index, const Actor& s, const Actor& t) {
  if (events_.size() + (code.pair != kNoCode ? 2 : 1) > kMaxEvents) return;
  events_.push_back({s, t, code.code, code.subordinate, code.dominant, true, index});
  if (code.pair != kNoCode) events_.push_back({t, s, code.pair, code.pair_subordinate, code.pair_dominant, true, index});
}

void Coder::MakeEvent(const EventCode& code, int index) {
  if (code.code == kNullCode) return;
  if (source_.empty()) RegularSource(index);
  if (target_.empty()) RegularTarget(index);
  if (source_.empty() || target_.empty()) return;
  if (regular_source_ && regular_target_ && CheckPassive(index)) {
    std::swap(source_, target_);
    passive_ = true;
  }
  if (!InCompound(source_.where) && !InCompound(target_.where)) {
    PutEvent(code, index, source_, target_);
  } else {
    bool more_src = InCompound(source_.where) && s_.CompoundClosed(source_.where);
    int isrc = source_.where;
    for (int gs = 0; gs < 128; ++gs) {
      Actor ts = source_;
      if (isrc != kDefaultWhere) {
        ActorCodes(&ts, isrc);
        FindAgent(isrc, &ts);
      }
      bool more_tgt = InCompound(target_.where) && s_.CompoundClosed(target_.where);
      int itgt = target_.where;
      for (int gt = 0; gt < 128; ++gt) {
        Actor tt = target_;
        if (itgt != kDefaultWhere) {
          ActorCodes(&tt, itgt);
          FindAgent(itgt, &tt);
        }
        PutEvent(code, index, ts, tt);
        if (!more_tgt) break;
        ++itgt;
        while (itgt < s_.size() && (s_.word(itgt).root == kNoRoot || s_.type(itgt) != WordType::kActor)) ++itgt;
        if (itgt >= s_.size()) return;  // compound broken by subordinate marking
        int k = itgt;
        while (k < s_.size() && !s_.HasTail(k, TagType::kWord, WordType::kActor)) ++k;
        if (k >= s_.size()) return;
        if (s_.HasTail(k, TagType::kCompound)) more_tgt = false;
      }
      if (!more_src) break;
      ++isrc;
      while (isrc < s_.size() && (s_.word(isrc).root == kNoRoot || s_.type(isrc) != WordType::kActor)) ++isrc;
      if (isrc >= s_.size()) return;
      int k = isrc;
      while (k < s_.size() && !s_.HasTail(k, TagType::kWord, WordType::kActor)) ++k;
      if (k >= s_.size()) return;
      if (s_.HasTail(k, TagType::kCompound)) more_src = false;
    }
  }
  if (!regular_source_) source_ = Actor();
  if (!regular_target_) target_ = Actor();
}

void Coder::DoVerb(int index) {
  target_ = Actor();
  if (passive_) {
    source_ = Actor();
    passive_ = false;
  }
  const RootId root = s_.word(index).root;
  const std::vector<Pattern>& patterns = dict_.PatternsOf(root);
  bool got_pat = false, got_alt = false;
  const size_t old = events_.size();
  int maxlen = 0;
  for (const Pattern& p : patterns) {
    if (got_alt && p.length <= maxlen) {
      got_pat = true;
      break;
    }
    index_source_ = index_target_ = index_attrib_ = index_compound_ = -1;
    if (!CheckPattern(p, index, WordType::kVerb)) continue;
    bool make = false;
    if (lenalt_) {
      got_alt = true;
      if (p.length + lenalt_ > maxlen) {
        make = true;
        maxlen = p.length - p.maxalt + lenalt_;
      }
    } else {
      got_alt = false;
      got_pat = make = true;
    }
    if (make) {
      if (index_source_ >= 0) {
        ActorCodes(&source_, index_source_);
        FindAgent(index_source_, &source_);
      }
      if (index_target_ >= 0) {
        ActorCodes(&target_, index_target_);
        FindAgent(index_target_, &target_);
      }
      if (index_compound_ >= 0) {
        ActorCodes(&source_, index_compound_);
        ActorCodes(&target_, index_compound_);
      }
      events_.resize(old);
      MakeEvent(p.code, index);
    }
    if (got_pat) break;
  }
  if (!got_pat) {
    index_source_ = index_target_ = index_attrib_ = index_compound_ = -1;
    MakeEvent(dict_.root(root).event, index);
  }
}

void Coder::CheckVerbs() {
  source_ = Actor();
  passive_ = false;
  istart_ = 0;
  iend_ = -1;
  size_t start = 0;
  while (NextClause()) {
    if (iend_ - istart_ < 2) continue;
    if (istart_ > 0 && s_.HasHead(istart_, TagType::kWord, WordType::kActor)) ActorCodes(&source_, istart_);
    target_ = Actor();
    bool got = false;
    if (opt_.code_by == Options::CodeBy::kClause) start = events_.size();
    for (int i = istart_; i <= iend_;) {
      if (s_.SkipSegment(&i, TagType::kSubord)) continue;
      if (s_.HasHead(i, TagType::kWord, WordType::kVerb)) {
        DoVerb(i);
        if (opt_.code_by != Options::CodeBy::kAll) {
          for (size_t e = start; e < events_.size(); ++e) {
            if (events_[e].live && !events_[e].sub) {
              got = true;
              break;
            }
          }
          if (got && opt_.code_by == Options::CodeBy::kSentence) return;
        }
      }
      if (got) break;
      ++i;
    }
  }
}

void Coder::CheckTime(CodeResult* result) {
  for (int i = 0; i < s_.size(); ++i) {
    if (!s_.HasHead(i, TagType::kWord, WordType::kTime)) continue;
    const RootId root = s_.word(i).root;
    const TimeCode* hit = nullptr;
    istart_ = 0;
    iend_ = s_.size() - 1;
    for (const Pattern& p : dict_.root(root).patterns) {
      if (CheckPattern(p, i, WordType::kTime) && p.time.special != kNullCode) {
        hit = &p.time;
        break;
      }
    }
    if (!hit && dict_.root(root).time.special != kNullCode) hit = &dict_.root(root).time;
    if (!hit) continue;
    if (hit->special == kDiscardCode) result->outcome = CodeResult::Outcome::kDiscard;
    else if (hit->special == kComplexCode) result->outcome = CodeResult::Outcome::kComplex;
    else result->day += hit->days;
    return;
  }
}

std::string Coder::Composite(CodeId actor, CodeId agent) const {
  std::string a = actor == kDefaultSourceCode ? opt_.default_source
                : actor == kDefaultTargetCode ? opt_.default_target : dict_.codes().Text(actor);
  if (agent == kNoCode) return a;
  const std::string& g = dict_.codes().Text(agent);
  if (!g.empty() && g[0] == '~') {
    const std::string suffix = g.substr(1);
    const size_t at = a.find(suffix);
    if (at != std::string::npos && at % 3 == 0) return a;
    return a + suffix;
  }
  const std::string prefix = g.substr(0, g.empty() ? 0 : g.size() - 1);
  const size_t at = a.find(prefix);
  if (at != std::string::npos && at % 3 == 0) return a;
  return prefix + a;
}

void Coder::EvaluateEvents(CodeResult* result) {
  bool non_sub = false, has_dom = false;
  for (Ev& e : events_) {
    if (e.code == kNullCode) {
      e.live = false;
      e.sub = true;
    }
    if (e.code == kDiscardCode) {
      result->outcome = CodeResult::Outcome::kDiscard;
      return;
    }
    if (e.code == kComplexCode || e.src.actor == kComplexCode || e.tgt.actor == kComplexCode) {
      result->outcome = CodeResult::Outcome::kComplex;
      result->reason = "complex code in verb pattern or actor";
      return;
    }
    if (e.dom) {
      has_dom = non_sub = true;
      break;
    }
    if (!e.sub) non_sub = true;
  }
  for (Ev& e : events_) {
    if (has_dom && !e.dom) e.live = false;
    else if (!has_dom && non_sub && e.sub) e.live = false;
  }
}

// Expands coded compounds (A/B), drops self-events and duplicates, and emits the rest.
void Coder::ExpandAndEmit(CodeResult* result) {
  struct Flat { CodeId src, sagt, tgt, tagt, code; int verb; };
  std::vector<Flat> flat;
  for (const Ev& e : events_) {
    if (!e.live) continue;
    const std::vector<CodeId> one_s{e.src.actor}, one_t{e.tgt.actor};
    const auto& ss = e.src.compound_code() ? *e.src.codes : one_s;
    const auto& ts = e.tgt.compound_code() ? *e.tgt.codes : one_t;
    for (CodeId s : ss) for (CodeId t : ts) flat.push_back({s, e.src.agent, t, e.tgt.agent, e.code, e.verb});
  }
  for (size_t i = 0; i < flat.size(); ++i) {
    const Flat& f = flat[i];
    auto special = [](CodeId c) { return c >= kNullCode && c <= kBlankCode; };
    if (special(f.src) || special(f.tgt)) continue;
    if (f.src == f.tgt && f.sagt == f.tagt) continue;
    bool dup = false;
    for (size_t j = 0; j < i && !dup; ++j) {
      const Flat& g = flat[j];
      dup = g.src == f.src && g.sagt == f.sagt && g.tgt == f.tgt && g.tagt == f.tagt && g.code == f.code;
    }
    if (dup) continue;
    result->events.push_back({Composite(f.src, f.sagt), Composite(f.tgt, f.tagt), dict_.codes().Text(f.code), f.verb});
  }
}

CodeResult Coder::Code(std::string_view text, int32_t day) {
  has_prev_ = false;
  return CodeParsed(text, day, kNoRoot);
}

CodeResult Coder::Code(std::string_view text, int32_t day, std::string_view record_id) {
  std::string story;
  int sentence = 0;
  const bool keyed = ForwardKey(opt_, record_id, &story, &sentence);
  const bool follows = keyed && has_prev_ && story == prev_story_ && sentence == prev_sentence_ + 1;
  CodeResult result = CodeParsed(text, day, follows ? prev_actor_ : kNoRoot);
  has_prev_ = keyed;
  prev_story_ = std::move(story);
  prev_sentence_ = sentence;
  // TABARI forwards the first actor named in the record, never one it forwarded itself
  // (its validation records FRWD-001-005 and FRWD-003-005 show this).
  prev_actor_ = s_.first_actor();
  return result;
}

CodeResult Coder::CodeParsed(std::string_view text, int32_t day, RootId forward) {
  CodeResult result;
  result.day = day;
  events_.clear();
  regular_source_ = regular_target_ = false;
  s_.Parse(dict_, opt_, text, day, forward);
  if (s_.error() == Sentence::Error::kNoText) {
    result.outcome = CodeResult::Outcome::kNoText;
    return result;
  }
  if (s_.error() == Sentence::Error::kTooShort) {
    result.outcome = CodeResult::Outcome::kTooShort;
    return result;
  }
  if (dict_.has_time_words() && opt_.time_shift) {
    CheckTime(&result);
    if (result.outcome != CodeResult::Outcome::kNoEvents) return result;
  }
  if (s_.discard()) {
    result.outcome = CodeResult::Outcome::kDiscard;
    return result;
  }
  if (s_.complex()) {
    result.outcome = CodeResult::Outcome::kComplex;
    result.reason = s_.complex_reason();
    return result;
  }
  CheckVerbs();
  EvaluateEvents(&result);
  if (result.outcome != CodeResult::Outcome::kNoEvents) return result;
  ExpandAndEmit(&result);
  result.outcome = result.events.empty() ? CodeResult::Outcome::kNoEvents : CodeResult::Outcome::kEvents;
  return result;
}

}  // namespace parley::tabari
