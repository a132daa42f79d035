#include "peers/petrarch/parse_list.h"

#include <algorithm>

#include "peers/petrarch/py_text.h"

namespace parley::petrarch {

const char* TreeErrorName(TreeError error) {
  switch (error) {
    case TreeError::kNone: return "";
    case TreeError::kBadInputParse: return "bad_input_parse";
    case TreeError::kEmptyNpList: return "empty_nplist";
    case TreeError::kBadFinalParse: return "bad_final_parse";
    case TreeError::kForwardBounds: return "get_forward_bounds";
    case TreeError::kEnclosingBounds: return "get_enclosing_bounds";
    case TreeError::kResolveCompounds: return "resolve_compounds";
    case TreeError::kGetNe: return "get_NE_error";
    case TreeError::kDateline: return "dateline";
  }
  return "";
}

std::string FormatTree(std::string_view parse_text) {
  std::string out;
  while (!parse_text.empty()) {
    const size_t nl = parse_text.find('\n');
    const std::string_view line = Strip(parse_text.substr(0, nl));
    parse_text = nl == std::string_view::npos ? "" : parse_text.substr(nl + 1);
    if (line.empty()) continue;
    for (char c : line) {
      if (c == ')') {
        out += " ) ";
      } else {
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
    }
    out += ' ';
  }
  return out;
}

namespace {

// One rewrite of a tree string into PETRARCH's linear form (see read_TreeBank there).
class Linearizer {
 public:
  explicit Linearizer(std::string tree) : t_(std::move(tree)) {}

  TreeError Run(ParseList* out) {
    if (Count(t_, "(") != Count(t_, ")")) return TreeError::kBadInputParse;
    for (size_t at = t_.find('~'); at != std::string::npos; at = t_.find('~', at)) {
      t_.replace(at, 1, "-TILDA-");
    }
    MarkCompounds();
    if (error_ != TreeError::kNone) return error_;
    Rewrite();
    if (error_ != TreeError::kNone) return error_;
    return Finish(out);
  }

 private:
  long size() const { return static_cast<long>(t_.size()); }

  bool Fail(TreeError e) {
    if (error_ == TreeError::kNone) error_ = e;
    return false;
  }

  // End (one past ')') of the phrase opening at ka.
  bool Forward(long ka, long* end) {
    long n = 1;
    for (long kb = ka + 1; kb >= 1; ++kb) {
      if (kb >= size()) return Fail(TreeError::kForwardBounds);
      if (t_[kb] == '(') ++n;
      if (t_[kb] == ')' && --n == 0) {
        *end = kb + 1;
        return true;
      }
    }
    return Fail(TreeError::kForwardBounds);
  }

  // Bounds of the phrase enclosing position ka.
  bool Enclosing(long ka, long* start, long* end) {
    long n = 0;
    for (long ks = ka - 1;; --ks) {
      if (ks < 0 || ks >= size()) return Fail(TreeError::kEnclosingBounds);
      if (t_[ks] == '(') ++n;
      if (t_[ks] == ')') --n;
      if (n > 0) {
        *start = ks;
        return Forward(ks, end);
      }
    }
  }

  void MarkCompounds() {
    for (long ka = -1;;) {
      ka = Find(t_, "(CC", ka + 3);
      if (ka < 0) return;
      long b0, b1;
      if (!Enclosing(ka, &b0, &b1)) return;
      const std::string_view seg = Slice(t_, b0, b1);
      if (Contains(seg, "(VP") || Contains(seg, "(S")) {
        t_.insert(ka + 3, "P");
      } else if (Count(seg, "(CC") > 1) {
        t_.insert(ka + 4, "P");
      } else if (Slice(t_, b0 + 1, b0 + 3) == "NP" && Count(t_, "(N", b0, b1) >= 3) {
        t_.replace(b0 + 2, 1, "EC");
      }
    }
  }

  // Replaces each relative clause inside the NP at ka by "(SBR words )".
  bool ReduceSbars(long ka, long* np_end) {
    if (!Forward(ka, np_end)) return false;
    for (long ksb = Find(t_, "(SBAR ", ka, *np_end); ksb >= 0;
         ksb = Find(t_, "(SBAR ", ka, *np_end)) {
      long b0, b1;
      if (!Enclosing(ksb + 5, &b0, &b1)) return false;
      const std::string segm = t_.substr(b0, b1 - b0);
      std::string frag;
      for (long kc = 0; kc < static_cast<long>(segm.size());) {
        kc = Find(segm, " ", kc);
        if (kc < 0 || kc + 1 >= static_cast<long>(segm.size())) break;
        if (segm[kc + 1] == '(') {
          kc += 2;
          continue;
        }
        const long kd = Find(segm, " )", kc);
        if (kd < 0) break;
        frag += segm.substr(kc, kd - kc);
        kc = kd + 3;
      }
      t_ = t_.substr(0, b0) + "(SBR " + frag + t_.substr(b1 - 2);
      if (!Forward(ka, np_end)) return false;
    }
    return true;
  }

  // Folds "(NP (NP ...) (PP (IN ..) (NP ..)))" into one phrase; "" when not that shape.
  std::string Preposition(long kpp) {
    long b0, b1, n1, m1;
    if (!Enclosing(kpp, &b0, &b1)) return "";
    std::string nepph;
    if (StartsAt(t_, "(NP (NP", b0)) {
      if (!Forward(b0 + 4, &n1)) return "";
      nepph = "(NP " + std::string(Slice(t_, b0 + 8, n1 - 2));
    } else if (StartsAt(t_, "(NP (NEC", b0)) {
      if (!Forward(b0 + 4, &n1)) return "";
      nepph = "(NP (NEC " + std::string(Slice(t_, b0 + 8, n1 + 1));
    } else {
      return "";
    }
    const long kin = Find(t_, "(IN ", n1);
    nepph += Slice(t_, kin, Find(t_, " ) ", kin + 3) + 3);
    long kp = Find(t_, "(NP ", kin + 4, b1), kec = Find(t_, "(NEC ", kin + 4, b1);
    if (kp < 0 && kec < 0) return "";
    if (kp < 0) kp = size();
    if (kec < 0) kec = size();
    const long kb = std::min(kp, kec);
    if (!Forward(kb, &m1)) return "";
    if (Contains(Slice(t_, kb, m1), "(PP")) return "";
    if (kb + 2 < size() && t_[kb + 2] == 'E') {
      nepph += Slice(t_, kb, m1 + 1);
    } else {
      nepph += Slice(t_, kb + 4, m1 - 1);
    }
    if (const long kc = Find(t_, "(SBR", m1); kc >= 0) {
      nepph += Slice(t_, kc, Find(t_, ") ", kc) + 2);
    }
    return nepph + ")";
  }

  // The words of an NP as "(NE --- w1 w2 )", keeping any "(NEC ...)" markup.
  bool GetNe(std::string_view phrase, std::vector<std::string>* out) {
    const auto seg = SplitWords(phrase);
    *out = {"(NE", "---"};
    for (size_t ka = 1; ka < seg.size();) {
      if (seg[ka] == "(NEC") {
        out->push_back(seg[ka++]);
        for (int n = 1; n > 0; ++ka) {
          if (ka >= seg.size()) return false;
          if (seg[ka][0] == '(') ++n;
          if (seg[ka] == ")") --n;
          out->push_back(seg[ka]);
        }
      } else if (seg[ka][0] != '(' && seg[ka] != ")") {
        out->push_back(seg[ka++]);
      } else {
        ++ka;
      }
    }
    out->push_back(")");
    return true;
  }

  void Emit(const std::vector<std::string>& tokens) {
    for (const auto& t : tokens) {
      line_ += t;
      line_ += ' ';
    }
  }

  // Rewrites a "(NEC" coordination as a list of NEs; returns the offset after it.
  long ResolveCompounds(long ka) {
    long nec_end, e;
    if (!Forward(ka, &nec_end)) return size();
    std::vector<std::string> adjectives;
    for (ka += 4; ka < nec_end && !StartsAt(t_, "(NP", ka) && !StartsAt(t_, "(NN", ka); ++ka) {
      if (!StartsAt(t_, "(JJ", ka)) continue;
      if (!Forward(ka, &e)) return size();
      for (auto& w : SplitWords(Slice(t_, ka, e))) adjectives.push_back(std::move(w));
    }
    for (; ka < nec_end; ++ka) {
      if (!StartsAt(t_, "(NP", ka) && !StartsAt(t_, "(NN", ka)) continue;
      if (!Forward(ka, &e)) return size();
      std::vector<std::string> tokens;
      if (StartsAt(t_, "(NN", ka)) {
        const auto seg = SplitWords(Slice(t_, ka, e));
        tokens = {"(NE", "---"};
        tokens.insert(tokens.end(), adjectives.begin(), adjectives.end());
        tokens.push_back(seg.size() > 1 ? seg[1] : "");
        tokens.push_back(")");
      } else if (!GetNe(Slice(t_, ka, e), &tokens)) {
        Fail(TreeError::kResolveCompounds);
        return size();
      }
      Emit(tokens);
      ka = e;
    }
    line_ += " ) ";
    return nec_end + 1;
  }

  // The phrase to turn into an NE for the NP at ka, "" to keep it as a plain NP.
  std::string NounPhraseText(long ka, long e) {
    if (Contains(t_, "(POS", ka + 3, e)) {
      const long kb = Find(t_, "(POS", ka + 4);
      return std::string(Slice(t_, ka + 4, kb - 1)) + " " + std::string(Slice(t_, kb + 13, e));
    }
    if (Contains(t_, "(PP", ka + 3, e)) return Preposition(Find(t_, "(PP", ka + 3, e));
    if (!Contains(t_, "(NP", ka + 3, e) && !Contains(t_, "(NEC", ka + 3, e)) {
      return std::string(Slice(t_, ka, e));
    }
    return "";
  }

  long NounPhrase(long ka) {
    long e;
    if (!ReduceSbars(ka, &e)) return size();
    const std::string phrase = NounPhraseText(ka, e);
    if (error_ != TreeError::kNone) return size();
    if (phrase.empty()) {
      line_ += "(NP" + std::to_string(np_index_++) + " ";
      return ka + 4;
    }
    std::vector<std::string> tokens;
    if (!GetNe(phrase, &tokens)) {
      Fail(TreeError::kGetNe);
      return size();
    }
    Emit(tokens);
    return e + 1;
  }

  void Rewrite() {
    for (long ka = 0; ka < size() && error_ == TreeError::kNone;) {
      if (StartsAt(t_, "(NP ", ka)) {
        ka = NounPhrase(ka);
      } else if (StartsAt(t_, "(NEC ", ka)) {
        line_ += "(NEC" + std::to_string(nec_index_++) + " ";
        ka = ResolveCompounds(ka);
      } else if (StartsAt(t_, "(VP ", ka)) {
        line_ += "(VP" + std::to_string(vp_index_++) + " ";
        ka += 4;
      } else {
        line_ += t_[ka++];
      }
    }
  }

  TreeError Finish(ParseList* out) {
    auto items = SplitWords(line_);
    std::vector<std::string> open;
    for (auto& item : items) {
      if (item[0] == '(') open.push_back(item.substr(1));
      if (item[0] != ')') continue;
      if (open.empty()) break;
      item = "~" + open.back();
      open.pop_back();
    }
    out->items = std::move(items);
    const auto& it = out->items;
    out->start = !it.empty() && it[0] == "(" ? 2 : 1;
    std::vector<std::string> tags;
    for (const auto& item : it) {
      if (item[0] == '(' && tags.size() < 3) tags.push_back(item);
    }
    if (tags == std::vector<std::string>{"(ROOT", "(NE", "(NEC"}) return TreeError::kDateline;
    int depth = 0;
    for (const auto& item : it) depth += item[0] == '(' ? 1 : item[0] == '~' ? -1 : 0;
    return depth == 0 && !it.empty() ? TreeError::kNone : TreeError::kBadFinalParse;
  }

  std::string t_;
  std::string line_;
  TreeError error_ = TreeError::kNone;
  int np_index_ = 1, vp_index_ = 1, nec_index_ = 1;
};

}  // namespace

TreeError BuildParseList(std::string tree, ParseList* out) {
  return Linearizer(std::move(tree)).Run(out);
}

}  // namespace parley::petrarch
