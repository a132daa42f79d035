// peers/tabari/coder_actors.cc — locating sources, targets and agents (manual 5.4, 5.8).
#include "peers/tabari/coder.h"

namespace parley::tabari {

bool Coder::SameActor(const Actor& a, const Actor& b) {
  const auto* ca = a.compound_code() ? a.codes : nullptr;
  const auto* cb = b.compound_code() ? b.codes : nullptr;
  return a.actor == b.actor && a.agent == b.agent && ca == cb;
}

void Coder::ActorCodes(Actor* a, int loc) const {
  for (int hops = 0; hops < 8 && s_.HasHead(loc, TagType::kWord, WordType::kPronoun); ++hops) {
    const int ref = s_.Reference(loc);
    if (ref < 0) break;
    loc = ref;
  }
  const RootId r = loc >= 0 && loc < s_.size() ? s_.word(loc).root : kNoRoot;
  if (r == kNoRoot) {
    *a = Actor();
    return;
  }
  a->codes = &s_.ActorCodesOf(r);
  a->actor = a->codes->front();
  a->agent = kNoCode;
  a->where = loc;
}

int Coder::ActorTail(int loc) const {
  if (s_.HasHead(loc, TagType::kWord, WordType::kPronoun)) return loc;
  while (loc < iend_ && !s_.HasTail(loc, TagType::kWord, WordType::kActor)) ++loc;
  return loc;
}

int Coder::ActorHead(int loc, bool* found) const {
  if (s_.HasHead(loc, TagType::kWord, WordType::kPronoun)) {
    const int ref = s_.Reference(loc);
    if (ref >= 0) loc = ref;
  }
  int start = loc;
  while (start >= 0 && !s_.HasHead(start, TagType::kWord, WordType::kActor)) --start;
  *found = start >= 0;
  return *found ? start : loc;
}

// The head of the compound that starts (or, via its tail, ends) at loc; -1 if none.
int Coder::CompoundAt(int loc, bool* found) const {
  int start = -1;
  if (s_.HasHead(loc, TagType::kCompound)) {
    if (!s_.CompoundClosed(loc)) return -1;
    start = loc;
  } else {
    const int16_t index = s_.TailIndex(loc, TagType::kCompound);
    if (!index) return -1;
    start = loc;
    while (start >= 0 && !s_.HasHeadIndexed(start, TagType::kCompound, index)) --start;
    if (start < 0) return -1;
  }
  *found = true;
  return start;
}

void Coder::FindAgent(int loc, Actor* a) const {
  const RootId former = dict_.builtins().former;
  int tail = ActorTail(loc);
  bool has_former = false;
  if (s_.type(tail + 1) == WordType::kAdjctv && s_.word(tail + 1).root == former) {
    has_former = true;
    ++tail;
  }
  if (loc > 0 && !has_former && s_.type(loc - 1) == WordType::kAdjctv && s_.word(loc - 1).root == former) {
    has_former = true;
  }
  auto agent_of = [&](int at) {
    return has_former ? dict_.builtins().elite : dict_.root(s_.word(at).root).agent_code;
  };
  a->agent = kNoCode;
  if (s_.type(tail + 1) == WordType::kAgent && s_.HasHead(tail + 1, TagType::kWord, WordType::kAgent)) {
    a->agent = agent_of(tail + 1);
    return;
  }
  if (s_.type(loc - 1) == WordType::kPrep) --loc;
  if (s_.type(loc - 1) == WordType::kAgent && s_.HasTail(loc - 1, TagType::kWord, WordType::kAgent)) {
    int start = loc - 1;
    while (start >= 0 && !s_.HasHead(start, TagType::kWord, WordType::kAgent)) --start;
    if (start < 0) return;
    if (start > 0 && !has_former && s_.type(start - 1) == WordType::kAdjctv && s_.word(start - 1).root == former) {
      has_former = true;
    }
    a->agent = agent_of(start);
  }
}

int Coder::FindActor(int loc, Actor* a) const {
  for (; loc <= iend_; ++loc) {
    if (s_.type(loc) == WordType::kActor && s_.HasHead(loc, TagType::kWord, WordType::kActor)) {
      ActorCodes(a, loc);
      FindAgent(loc, a);
      return loc;
    }
  }
  return -1;
}

int Coder::BackActor(int loc, Actor* a) const {
  while (loc >= istart_) {
    if (s_.type(loc) == WordType::kActor) {
      bool found = false;
      loc = ActorHead(loc, &found);
      if (!found) return -1;
      ActorCodes(a, loc);
      FindAgent(loc, a);
      return loc;
    }
    --loc;
  }
  return -1;
}

void Coder::SetDefault(Actor* a, const std::string& code) {
  *a = Actor();
  a->actor = &code == &opt_.default_source ? default_source_ : default_target_;
  a->where = kDefaultWhere;
}

void Coder::RegularSource(int index) {
  int loc = istart_;
  for (int guard = 0; guard < 256; ++guard) {
    Actor a;
    const int found = FindActor(loc, &a);
    if (found < 0) break;
    if (opt_.default_prior && !opt_.default_source.empty() && found > index) {
      SetDefault(&source_, opt_.default_source);
      regular_source_ = true;
      return;
    }
    if (!SameActor(a, target_)) {
      source_ = a;
      regular_source_ = true;
      return;
    }
    loc = found + 1;
  }
  if (!opt_.default_source.empty()) {
    SetDefault(&source_, opt_.default_source);
    regular_source_ = true;
  }
}

void Coder::RegularTarget(int index) {
  int loc = index + 1;
  for (int guard = 0; guard < 256; ++guard) {
    Actor a;
    const int found = FindActor(loc, &a);
    if (found < 0) break;
    if (!SameActor(a, source_)) {
      target_ = a;
      regular_target_ = true;
      return;
    }
    loc = found + 1;
  }
  if (opt_.default_after && !opt_.default_target.empty()) {
    SetDefault(&target_, opt_.default_target);
    regular_target_ = true;
    return;
  }
  loc = index - 1;
  for (int guard = 0; guard < 256; ++guard) {
    Actor a;
    const int found = BackActor(loc, &a);
    if (found < 0) break;
    if (!SameActor(a, source_)) {
      target_ = a;
      return;
    }
    loc = found - 1;
  }
  if (source_.compound_code() || InCompound(source_.where)) {
    target_ = source_;
  } else if (!opt_.default_source.empty() && !opt_.default_target.empty()) {
    SetDefault(&target_, opt_.default_target);
    regular_target_ = true;
  }
}

}  // namespace parley::tabari
