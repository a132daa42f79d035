// peers/tabari/coder_pattern.cc — matching a verb pattern around its verb: the words
// after the verb ("upper" phrase) left to right, then the words before it right to left.
// Mirrors TABARI's state machine, including alternatives { a | b } and &synsets.
#include "peers/tabari/coder.h"

namespace parley::tabari {

void Coder::SaveState() {
  fcond_ = true;
  cond_loc_ = loc_;
  cond_len_ = lenalt_;
  cond_skip_ = skip_mode_;
}

void Coder::RestoreState() {
  loc_ = cond_loc_;
  lenalt_ = cond_len_;
  skip_mode_ = cond_skip_;
}

void Coder::InitCondit() {
  SaveState();
  pp_ += high_ ? 1 : -1;
}

int Coder::ContinueCheck() {
  if (high_) return ++loc_ > iend_ ? 0 : 2;
  return --loc_ < 0 ? 0 : 2;
}

// Moves to the next pattern element and word. 0: out of text, 1: pattern done, 2: go on.
int Coder::NextCheck() {
  const int n = static_cast<int>(phrase_->size());
  if (high_) {
    if (fcond_ && pp_ + 1 < n && (Id(pp_ + 1) == kOrLit || Id(pp_ + 1) == kCloseLit)) {
      fcond_ = false;
      while (pp_ + 1 < n && Id(pp_) != kCloseLit) ++pp_;
    }
    skip_mode_ = (Conn(pp_) & kConnSkip) != 0;
    ++pp_;
    if (pp_ >= n - 1 || Id(pp_) == kEndLit) return 1;
    if (++loc_ > iend_) return 0;
  } else {
    if (--pp_ < 0) return 1;
    if (fcond_ && (Id(pp_) == kOrLit || Id(pp_) == kOpenLit)) {
      fcond_ = false;
      while (pp_ > 0 && Id(pp_) != kOpenLit) --pp_;
      if (--pp_ < 0) return 1;
    }
    skip_mode_ = (Conn(pp_) & kConnSkip) != 0;
    if (--loc_ < 0) return 0;
  }
  full_mode_ = !(Conn(pp_) & kConnPart);
  return 2;
}

int Coder::StateCheck(int result) {
  const bool ok = full_mode_ ? result == 2 : result != 0;
  if (ok) return NextCheck();
  return skip_mode_ ? ContinueCheck() : 0;
}

void Coder::CondCheck(int* state) {
  const int n = static_cast<int>(phrase_->size());
  if (high_) {
    while (pp_ < n - 1 && Id(pp_) != kOrLit && Id(pp_) != kCloseLit) ++pp_;
    if (pp_ >= n - 1 || Id(pp_) == kCloseLit) return;
  } else {
    while (pp_ > 0 && Id(pp_) != kOrLit && Id(pp_) != kOpenLit) --pp_;
    if (Id(pp_) != kOrLit) return;
  }
  RestoreState();
  pp_ += high_ ? 1 : -1;
  if (pp_ < 0) return;
  full_mode_ = !(Conn(pp_) & kConnPart);
  *state = 2;
}

int Coder::CompTarget() {
  const LitId id = Id(pp_);
  if (loc_ < 0 || loc_ >= s_.size()) return 0;
  if (id >= kFirstWordLit) {
    const int m = s_.HasLiteral(loc_, id);
    if (m && fcond_) lenalt_ += static_cast<int>(dict_.LiteralLength(id));
    return m;
  }
  const bool actor = s_.type(loc_) == WordType::kActor;
  bool found = false;
  if (id == kSourceLit && actor) {
    index_source_ = ActorHead(loc_, &found);
  } else if (id == kTargetLit && actor) {
    index_target_ = ActorHead(loc_, &found);
  } else if (id == kAttribLit && actor) {
    index_attrib_ = ActorHead(loc_, &found);
  } else if (id == kSkipLit && actor) {
    if (high_) {
      ActorHead(loc_, &found);
      if (found) loc_ = ActorTail(loc_);
    } else {
      loc_ = ActorHead(loc_, &found);
    }
  } else if (id == kCompoundLit && s_.HasHead(loc_, TagType::kCompound)) {
    index_compound_ = CompoundAt(loc_, &found);
  }
  return found ? 2 : 0;
}

int Coder::CompSynset() {
  const Root& syn = dict_.root(static_cast<RootId>(Id(pp_)));
  for (const Pattern& member : syn.patterns) {
    if (CheckSubPattern(member.phrase)) return 2;
  }
  return 0;
}

int Coder::CheckSubPattern(const Phrase& member) {
  const Phrase* saved_phrase = phrase_;
  const int saved_pp = pp_, saved_loc = loc_;
  phrase_ = &member;
  pp_ = 0;
  int state = 2, result = 0;
  int guard = 0;
  while (state == 2 && ++guard < 4096) {
    if (Conn(pp_) & kConnSynset) {
      if (high_) {
        result = CompSynset();
      } else {
        result = CompSynsetBacktracking();
      }
    } else {
      result = CompTarget();
    }
    state = StateCheck(result);
  }
  phrase_ = saved_phrase;
  pp_ = saved_pp;
  loc_ = saved_loc;
  return state ? 2 : 0;
}

// Matches a synset element, trying later words (ContinueCheck) until one matches; on
// failure the state saved before the attempt comes back.
int Coder::CompSynsetBacktracking() {
  SaveState();
  int result = 0;
  for (int docheck = 1; docheck;) {
    result = CompSynset();
    docheck = result ? 0 : ContinueCheck();
  }
  if (!result) {
    fcond_ = false;
    RestoreState();
  }
  return result;
}

bool Coder::CheckPattern(const Pattern& p, int loc, WordType type) {
  lenalt_ = 0;
  fcond_ = false;
  phrase_ = &p.phrase;
  pp_ = 0;
  while (Id(pp_) != kEndLit && Id(pp_) != kVerbLit) ++pp_;
  if (Id(pp_) == kEndLit) return false;
  const int verb = pp_;
  loc_ = loc;
  while (loc_ < s_.size() && !s_.HasTail(loc_, TagType::kWord, type)) ++loc_;
  high_ = true;
  int state = NextCheck();
  int guard = 0;
  while (state == 2 && ++guard < 4096) {
    int result;
    if (Conn(pp_) & kConnSynset) {
      result = CompSynset();
    } else {
      if (Id(pp_) == kOpenLit) InitCondit();
      result = CompTarget();
    }
    state = StateCheck(result);
    if (!state && fcond_) CondCheck(&state);
  }
  if (state != 1) return false;
  if (verb == 0) return true;
  high_ = false;
  pp_ = verb;
  loc_ = loc;
  state = NextCheck();
  guard = 0;
  while (state == 2 && ++guard < 4096) {
    int result = 0;
    if (Conn(pp_) & kConnSynset) {
      result = CompSynsetBacktracking();
    } else {
      if (Id(pp_) == kCloseLit) InitCondit();
      result = CompTarget();
    }
    state = StateCheck(result);
    if (!state && fcond_) CondCheck(&state);
  }
  return state == 1;
}

}  // namespace parley::tabari
