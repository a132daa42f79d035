// peers/tabari/dict_line.h — one line of a TABARI dictionary: "PHRASE [CODE] ; comment".
#ifndef PARLEY_PEERS_TABARI_DICT_LINE_H_
#define PARLEY_PEERS_TABARI_DICT_LINE_H_

#include <string>
#include <string_view>

namespace parley::tabari {

struct DictLine {
  enum class Kind { kSkip, kEnd, kEntry, kError };
  Kind kind = Kind::kSkip;
  std::string phrase;  // upper case, hyphens as '_' (except a leading '-'), { | } blank-padded
  std::string code;    // "[...]" or empty
  std::string error;
};

// Splits one raw line (TABARI's parseLine). Comment lines ('/' '#') and blank lines are
// kSkip; a line starting with '~' is kEnd. Tags ("<NOUN>") and synset designators are
// returned whole in `phrase`. When `code_optional` is false a missing "[...]" is an error.
DictLine ParseDictLine(std::string_view raw, bool code_optional);

// Calls fn(line_number, line) for each line of text; stops early if fn returns false.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  int n = 0;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!fn(++n, line)) return;
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

}  // namespace parley::tabari

#endif  // PARLEY_PEERS_TABARI_DICT_LINE_H_
