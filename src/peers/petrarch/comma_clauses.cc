#include "peers/petrarch/comma_clauses.h"

#include <cctype>

namespace parley::petrarch {

namespace {

class CommaClauses {
 public:
  CommaClauses(const CoderOptions& o, ParseItems* items) : o_(o), pl_(*items) {}

  bool Run() {
    if (Index("(,", 0) < 0) return true;
    if (o_.comma_bmax != 0) Initial();
    if (o_.comma_emax != 0) Final();
    if (o_.comma_max != 0) Internal();
    return Dangling() && Balanced();
  }

 private:
  long size() const { return static_cast<long>(pl_.size()); }
  const std::string& At(long i) const {
    static const std::string kEmpty = " ";
    return i >= 0 && i < size() ? pl_[i] : kEmpty;
  }
  long Index(const std::string& item, long from) const {
    for (long i = std::max(from, 0L); i < size(); ++i) {
      if (pl_[i] == item) return i;
    }
    return -1;
  }
  static bool InRange(int n, int lo, int hi) { return n >= lo && n <= hi; }

  int CountWords(long lo, long hi) const {
    int n = 0;
    for (long ka = lo; ka < hi && ka < size();) {
      if (pl_[ka] == "(NE") {
        ka += 2;
        continue;
      }
      const char c = pl_[ka][0];
      if (c != '(' && c != '~' && std::isalpha(static_cast<unsigned char>(c))) ++n;
      ++ka;
    }
    return n;
  }

  long FindEnd() const {
    long ka = size() - 1;
    while (ka >= 2 && At(ka)[0] == '~') --ka;
    return ka - 1;
  }

  // Removes every complete phrase whose closing tag lies in [lo, hi).
  void DeletePhrases(long lo, long hi) {
    std::vector<std::string> stack;
    for (long ka = std::min(hi, size()) - 1; ka >= lo && ka >= 0; --ka) {
      const std::string& item = pl_[ka];
      if (item[0] == '~') {
        stack.push_back(item.substr(1));
      } else if (!stack.empty() && item[0] == '(' && item.compare(1, std::string::npos,
                                                                  stack.back()) == 0) {
        const long close = Index("~" + stack.back(), ka + 1);
        if (close < 0) return;
        pl_.erase(pl_.begin() + ka, pl_.begin() + close + 1);
        stack.pop_back();
      }
    }
  }

  long LastCommaBefore(long kend) const {
    long ka = kend - 1;
    while (ka >= 2 && At(ka) != "(,") --ka;
    return At(ka) == "(," ? ka : -1;
  }

  void Initial() {
    const long high = Index("(,", 0);
    if (InRange(CountWords(2, high), o_.comma_bmin, o_.comma_bmax)) DeletePhrases(2, high);
  }

  void Final() {
    const long kend = FindEnd();
    const long ka = LastCommaBefore(kend);
    if (ka < 0) return;
    if (InRange(CountWords(ka, size()), o_.comma_emin, o_.comma_emax)) {
      DeletePhrases(ka + 3, kend);
    }
  }

  void Internal() {
    for (long ka = Index("(,", 0);;) {
      const long kb = Index("(,", ka + 1);
      if (kb < 0) return;
      if (InRange(CountWords(ka + 2, kb), o_.comma_min, o_.comma_max)) DeletePhrases(ka, kb);
      ka = kb;
    }
  }

  bool Dangling() {
    const long first = Index("(,", 0);
    if (first < 0) return false;  // PETRARCH fails here too
    if (CountWords(2, first) == 0) pl_.erase(pl_.begin() + first, pl_.begin() + first + 3);
    const long kend = FindEnd();
    const long ka = LastCommaBefore(kend);
    if (ka >= 0 && CountWords(ka + 1, kend) == 0) {
      pl_.erase(pl_.begin() + ka, pl_.begin() + std::min(ka + 3, size()));
    }
    return true;
  }

  bool Balanced() const {
    int depth = 0;
    for (const auto& item : pl_) depth += item[0] == '(' ? 1 : item[0] == '~' ? -1 : 0;
    return depth == 0;
  }

  const CoderOptions& o_;
  ParseItems& pl_;
};

}  // namespace

bool DeleteCommaClauses(const CoderOptions& options, ParseItems* items) {
  return CommaClauses(options, items).Run();
}

}  // namespace parley::petrarch
