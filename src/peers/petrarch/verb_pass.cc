#include "peers/petrarch/verb_pass.h"

#include <algorithm>

#include "peers/petrarch/verb_matcher.h"

namespace parley::petrarch {

namespace {

bool Has(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

class VerbPass {
 public:
  VerbPass(const Dictionaries& dicts, const CoderOptions& options, const ParseItems& pl,
           size_t start, std::vector<CodedEvent>* events)
      : dicts_(dicts), o_(options), pl_(pl), start_(static_cast<long>(start)), events_(*events) {}

  bool Run() {
    for (long k = start_; k < size() && ok_; ++k) {
      if (Has(pl_[k], "(VP") && k + 1 < size() && Has(pl_[k + 1], "(VB")) k = Verb(k);
    }
    return ok_;
  }

 private:
  long size() const { return static_cast<long>(pl_.size()); }
  long Stop() {
    ok_ = false;
    return size();
  }
  long Index(const std::string& item, long from) const {
    for (long i = std::max(from, 0L); i < size(); ++i) {
      if (pl_[i] == item) return i;
    }
    return -1;
  }

  // Location of the passive verb of the VP at k, 0 when active, -1 on a broken VP.
  long Passive(long k) const {
    const long end = Index("~" + pl_[k].substr(1), 0);
    if (end < 0) return -1;
    const auto first = pl_.begin() + std::min(k + 3, end), last = pl_.begin() + end;
    if (std::find(first, last, "(VBN") == last) return 0;
    const long vbn = Index("~VBN", k + 3);
    if (vbn < 0) return 0;
    const auto by_from = pl_.begin() + std::min(vbn + 3, end);
    if (std::find(by_from, last, "BY") == last) return 0;
    for (long ka = vbn - 3; ka > k; --ka) {
      if (!Has(pl_[ka], "~VB")) continue;
      const std::string& aux = pl_[ka - 1];
      if (aux == "WAS" || aux == "IS" || aux == "BEEN") return vbn - 1;
    }
    return 0;
  }

  Sequence UpperSeq(long k) {
    Sequence seq;
    for (; k >= start_; --k) {
      const std::string& item = pl_[k];
      if (Has(item, "~,")) break;
      if (item.starts_with("~VP")) {  // a whole verb phrase before this one: its
        const std::string open = "(" + item.substr(1);  // nouns are not our subject
        long j = k - 1;
        while (j >= start_ && pl_[j] != open) --j;
        if (j >= start_) {
          k = j;
          continue;
        }
      }
      if (item == "(NE") {
        if (seq.empty()) return Fail(seq);
        const std::string code = seq.back();
        seq.back() = "(NE<" + std::to_string(k) + ">" + code;
      } else if (Has(item, "NEC") || Has(item, "~NE") || (item[0] != '(' && item[0] != '~')) {
        seq.push_back(item);
      }
    }
    return seq;
  }

  Sequence LowerSeq(long k, const std::string& end_tag) {
    Sequence seq;
    for (; k < size() && !Has(pl_[k], end_tag.c_str()); ++k) {
      const std::string& item = pl_[k];
      if (item == "(NE") {
        if (k + 1 >= size()) return Fail(seq);
        seq.push_back("(NE<" + std::to_string(k) + ">" + pl_[k + 1]);
        ++k;
      } else if (Has(item, "NEC") || Has(item, "~NE") || (item[0] != '(' && item[0] != '~')) {
        seq.push_back(item);
      }
    }
    if (k >= size()) return Fail(seq);
    return seq;
  }

  Sequence Fail(Sequence seq) {
    ok_ = false;
    return seq;
  }

  // The verb's stored data, trying multi-word forms after and before it.
  const VerbInfo* VerbData(const VerbNode* node, long verb, long* from, long* to);
  long Verb(long k);
  bool FindSource(const Sequence& upper, const Sequence& lower, const ActorLoc& target,
                  ActorLoc* source);
  void MakeEvents(const Sequence& upper, const Sequence& lower, const ActorLoc& src,
                  const ActorLoc& tgt, bool passive, const std::string& code);
  bool LocCodes(const Sequence& upper, const Sequence& lower, const ActorLoc& loc,
                std::vector<std::string>* codes) const;
  bool AddCode(const Sequence& seq, long at, bool upper, std::vector<std::string>* codes) const;
  void Emit(const std::vector<std::string>& src, const std::vector<std::string>& tgt,
            const std::string& code, bool passive);

  const Dictionaries& dicts_;
  const CoderOptions& o_;
  const ParseItems& pl_;
  long start_;
  std::vector<CodedEvent>& events_;
  bool ok_ = true;
};

const VerbInfo* VerbPass::VerbData(const VerbNode* node, long verb, long* from, long* to) {
  auto end_info = [](const VerbNode* n) -> const VerbInfo* {
    const VerbNode* end = n == nullptr ? nullptr : n->Child("#");
    return end == nullptr ? nullptr : end->info.get();
  };
  if (!node->OnlyEnd()) {  // words may follow the verb
    for (long i = verb + 1;; ++i) {
      if (i >= size()) return ok_ = false, nullptr;
      if (SkipItem(pl_[i])) continue;
      const VerbNode* next = node->Child(pl_[i]);
      if (next == nullptr) break;
      if (!next->Has("#")) continue;
      if (!next->Child("#")->Has("#")) return ok_ = false, nullptr;
      *to = i;
      return end_info(next->Child("#"));
    }
    if (!node->Has("#")) return ok_ = false, nullptr;
  }
  const VerbNode* before = node->Child("#");
  if (before == nullptr) return ok_ = false, nullptr;
  if (!before->OnlyEnd()) {  // words may precede the verb
    for (long i = verb - 3; i >= 0; --i) {
      if (SkipItem(pl_[i])) continue;
      const VerbNode* next = before->Child(pl_[i]);
      if (next == nullptr) break;
      if (!next->Has("#")) continue;
      *from = i;
      return end_info(next);
    }
  }
  return end_info(before);
}

long VerbPass::Verb(long k) {
  const long vp = k;
  const long passive_at = Passive(k);
  if (passive_at < 0) return k;
  const bool passive = passive_at > 0;
  if (passive) k = passive_at - 2;
  const VerbNode* node = dicts_.verbs.Verb(pl_[k + 2]);
  if (node == nullptr) return k;
  const std::string end_tag = "~" + pl_[vp].substr(1);
  long from = k + 2, to = k + 2;
  const VerbInfo* data = VerbData(node, k + 2, &from, &to);
  if (!ok_) return Stop();
  const std::string verb_code = data ? data->code : "---";
  const Sequence upper = UpperSeq(from - 1);
  const Sequence lower = LowerSeq(to + 1, end_tag);
  if (!ok_) return Stop();
  const VerbNode* patterns = data && !data->meaning.empty() ? dicts_.verbs.Patterns(data->meaning)
                                                            : node;
  if (patterns == nullptr) return Stop();
  PatternMatch match;
  if (!MatchVerbPatterns(dicts_.verbs, *patterns, upper, lower, &match)) return Stop();
  std::string code;
  ActorLoc src, tgt;
  if (match.info != nullptr && match.info->code != "---") {
    code = match.info->code;
    src = match.lower_source.set ? match.lower_source : match.upper_source;
    tgt = match.lower_target.set ? match.lower_target : match.upper_target;
  } else if (verb_code != "---") {
    code = verb_code;
  } else {
    return k;
  }
  if (!tgt.set) {
    for (int pass = 0; pass < 2 && !tgt.set; ++pass) {
      for (long i = 0; i < static_cast<long>(lower.size()); ++i) {
        const std::string& item = lower[i];
        const bool coded = item.starts_with("(NEC") ||
                           (item.starts_with("(NE") && !item.ends_with(">---"));
        if (pass == 0 ? coded : item.starts_with("(NE")) {
          tgt = ActorLoc::At(i, false);
          break;
        }
      }
    }
  }
  if (tgt.set && !src.set && !FindSource(upper, lower, tgt, &src)) return Stop();
  if (tgt.set && src.set) MakeEvents(upper, lower, src, tgt, passive, code);
  for (; k < size() && !Has(pl_[k], end_tag.c_str()); ++k) {
  }
  return k;
}

bool VerbPass::FindSource(const Sequence& upper, const Sequence& lower, const ActorLoc& target,
                          ActorLoc* source) {
  if (target.index < 0 || target.index >= static_cast<long>(lower.size())) return false;
  // The target's code; a coordination has none, so nothing is excluded for it.
  const std::string& t = lower[target.index];
  const size_t gt = t.find('>');
  const std::string tcode =
      gt == std::string::npos ? "\x01" : t.substr(gt + 1, t.find('>', gt + 1) - gt - 1);
  for (int pass = 0; pass < 2; ++pass) {
    bool in_compound = false;  // the upper sequence runs backwards: "~NEC" opens
    for (long k = 0; k < static_cast<long>(upper.size()); ++k) {
      const std::string& u = upper[k];
      if (u.starts_with("~NEC")) in_compound = true;
      if (u.starts_with("(NEC")) in_compound = false;
      if (in_compound || u.ends_with(tcode)) continue;
      const bool pick = pass == 1 ? Has(u, "(NE")
                                  : Has(u, "(NEC") || (Has(u, "(NE") && !Has(u, ">---"));
      if (pick) {
        *source = ActorLoc::At(k, true);
        return true;
      }
    }
  }
  return true;
}

bool VerbPass::AddCode(const Sequence& seq, long at, bool upper,
                       std::vector<std::string>* codes) const {
  const long n = static_cast<long>(seq.size());
  if (at < 0 || at >= n) return false;
  const std::string& item = seq[at];
  const size_t gt = item.find('>');
  std::string code = gt == std::string::npos ? item : item.substr(gt + 1);
  if (code != "---") {
    codes->push_back(std::move(code));
    return true;
  }
  if (o_.new_actor_length <= 0) return true;
  std::string text;
  if (upper) {
    if (at - 1 < 0) return false;
    text = seq[at - 1];
    for (long k = at - 2; k >= 0 && seq[k][0] != '~'; --k) text += " " + seq[k];
  } else {
    if (at + 1 >= n) return false;
    text = seq[at + 1];
    for (long k = at + 2;; ++k) {
      if (k >= n) return false;
      if (seq[k][0] == '~') break;
      text += " " + seq[k];
    }
  }
  const long spaces = std::count(text.begin(), text.end(), ' ');
  codes->push_back(spaces < o_.new_actor_length ? "\"" + text + "\"" : "---");
  return true;
}

bool VerbPass::LocCodes(const Sequence& upper, const Sequence& lower, const ActorLoc& loc,
                        std::vector<std::string>* codes) const {
  if (loc.bogus) return false;
  const Sequence& seq = loc.upper ? upper : lower;
  const long n = static_cast<long>(seq.size());
  if (loc.index < 0 || loc.index >= n) return false;
  if (Has(seq[loc.index], "(NEC")) {
    const long step = loc.upper ? -1 : 1;
    for (long k = loc.index + step;; k += step) {
      if (k < 0 || k >= n) return false;
      if (Has(seq[k], "~NEC")) break;
      if (Has(seq[k], "(NE") && !AddCode(seq, k, loc.upper, codes)) return false;
    }
  } else if (!AddCode(seq, loc.index, loc.upper, codes)) {
    return false;
  }
  if (codes->empty()) codes->push_back("---");
  // Codes like "ABC/DEF" stand for both actors.
  std::vector<std::string> expanded;
  for (const auto& c : *codes) {
    for (size_t start = 0;;) {
      const size_t slash = c.find('/', start);
      expanded.push_back(c.substr(start, slash == std::string::npos ? slash : slash - start));
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
  }
  *codes = std::move(expanded);
  return true;
}

void VerbPass::Emit(const std::vector<std::string>& src, const std::vector<std::string>& tgt,
                    const std::string& code, bool passive) {
  for (const auto& s : src) {
    if (Has(s, "(NEC")) return void(ok_ = false);
    std::string a = s;
    for (const auto& t : tgt) {
      if (Has(t, "(NEC")) return void(ok_ = false);
      std::string b = t;
      if (a == b) continue;
      if (passive) std::swap(a, b);  // PETRARCH keeps the swap for the next target
      events_.push_back({a, b, code});
    }
  }
}

void VerbPass::MakeEvents(const Sequence& upper, const Sequence& lower, const ActorLoc& src,
                          const ActorLoc& tgt, bool passive, const std::string& code) {
  std::vector<std::string> s, t;
  if (!LocCodes(upper, lower, src, &s) || !LocCodes(upper, lower, tgt, &t)) return;
  if (const size_t colon = code.find(':'); colon != std::string::npos) {
    if (s[0] == "---" || t[0] == "---") (t[0] == "---" ? t : s) = t[0] == "---" ? s : t;
    Emit(s, t, code.substr(0, colon), passive);
    Emit(t, s, code.substr(colon + 1), passive);
  } else {
    Emit(s, t, code, passive);
  }
  if (o_.require_dyad) {
    std::erase_if(events_, [](const CodedEvent& e) { return e.source == "---" || e.target == "---"; });
  }
  for (size_t a = 0; a < events_.size(); ++a) {
    for (size_t b = events_.size(); b-- > a + 1;) {
      if (events_[a] == events_[b]) events_.erase(events_.begin() + b);
    }
  }
}

}  // namespace

bool CodeVerbs(const Dictionaries& dicts, const CoderOptions& options, const ParseItems& items,
               size_t start, std::vector<CodedEvent>* events) {
  return VerbPass(dicts, options, items, start, events).Run();
}

}  // namespace parley::petrarch
