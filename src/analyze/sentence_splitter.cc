// Sentence boundaries over tokens.
//
// A sentence ends after a token of final punctuation (".", "!", "?", "...") — plus any
// closing quotes and brackets that follow it — when the next token can start a sentence
// (capitalised word, digit, opening quote or bracket). A token that carries its own period
// ("Mr.", "U.S.") ends a sentence only when it can do so ("U.S.", "Inc.") and the next word
// is a typical sentence opener. A line break between two tokens always ends a sentence
// (the ingest stage puts one paragraph per line).
#include <algorithm>

#include "analyze/tokenizer.h"

namespace parley {

namespace {

bool IsFinal(std::string_view norm) {
  return norm == "." || norm == "!" || norm == "?" || norm == "..." || norm == "\xE2\x80\xA6" ||
         (norm.size() > 1 && std::all_of(norm.begin(), norm.end(),
                                         [](char c) { return c == '.' || c == '!' || c == '?'; }));
}

bool IsCloser(std::string_view norm) {
  return norm == "\"" || norm == "'" || norm == ")" || norm == "]" || norm == "\xE2\x80\x9D" ||
         norm == "\xC2\xBB";
}

bool CanStartSentence(const Token& t) {
  if (t.capitalized) return true;
  const char c = t.form.empty() ? '\0' : t.form[0];
  return (c >= '0' && c <= '9') || t.norm == "\"" || t.norm == "'" || t.norm == "(" ||
         t.norm == "[" || t.form.substr(0, 3) == "\xE2\x80\x9C" ||
         t.form.substr(0, 3) == "\xE2\x80\x98";
}

bool IsOpener(const Token& t) { return t.capitalized && IsSentenceOpener(t.form); }

bool LineBreakBetween(const Token& b) { return b.line_break_before; }

// Informal text often starts a sentence in lower case: after a lower-case word and a full
// stop, "?" or "!" of its own ("closed. it is", "grow up? where") a lower-case word opens
// one. Not after an ellipsis ("well... maybe"), a closing quote ("Why?" he asked), a title
// or name ("Shall We Dance? at number three", "Wham! star") or a single letter ("p. 5").
bool LowerCaseStart(const std::vector<Token>& tokens, size_t last_word, size_t next) {
  const Token& t = tokens[last_word];
  const Token& n = tokens[next];
  if (next != last_word + 1 || last_word == 0 || t.norm.size() != 1 || n.form.empty() ||
      n.form[0] < 'a' || n.form[0] > 'z' || !n.space_before)
    return false;
  const std::string_view before = tokens[last_word - 1].form;
  return before.size() > 1 && before[0] >= 'a' && before[0] <= 'z';
}

// Is tokens[first, last_word) the number of a list item ("2 ." opening a sentence)?
bool ListItemNumber(const std::vector<Token>& tokens, size_t first, size_t last_word) {
  if (last_word != first + 1) return false;
  const std::string_view n = tokens[first].form;
  return !n.empty() && n.size() <= 2 &&
         std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Does the sentence that starts at `first` end after token `last_word` (given the closers
// already skipped)?
bool EndsAfter(const std::vector<Token>& tokens, size_t first, size_t last_word, size_t next) {
  const Token& t = tokens[last_word];
  const Token& n = tokens[next];
  if (IsFinal(t.norm)) {
    if (t.norm == "." && ListItemNumber(tokens, first, last_word)) return false;
    return CanStartSentence(n) || LowerCaseStart(tokens, last_word, next);
  }
  if (t.form.size() > 1 && t.form.back() == '.') {
    const std::string_view word = t.form.substr(0, t.form.size() - 1);
    return CanEndSentence(word) && IsOpener(n);
  }
  return false;
}

}  // namespace

void SplitSentences(Doc* doc) {
  auto& tokens = doc->tokens;
  size_t first = 0;
  auto close = [&](size_t end) {  // sentence = tokens[first, end)
    if (end <= first) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(first);
    s.token_count = static_cast<uint32_t>(end - first);
    s.start = tokens[first].start;
    s.end = tokens[end - 1].end;
    doc->sentences.push_back(s);
    first = end;
  };
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (LineBreakBetween(tokens[i + 1])) {
      close(i + 1);
      continue;
    }
    size_t j = i + 1;
    while (j < tokens.size() && IsCloser(tokens[j].norm) && !tokens[j].space_before &&
           !LineBreakBetween(tokens[j]) && IsFinal(tokens[i].norm))
      ++j;
    if (j < tokens.size() && EndsAfter(tokens, first, i, j)) {
      close(j);
      i = j - 1;
    }
  }
  close(tokens.size());
}

}  // namespace parley
