#include "analyze/syntax/evaluate.h"

#include <map>

#include "analyze/syntax/deprel.h"

namespace parley::syntax {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Words of a document with heads as document-wide indices (-1 = root).
struct Flat {
  std::vector<const EvalWord*> words;
  std::vector<int> heads;
  std::vector<Span> tokens, sentences;
};

Flat Flatten(const std::vector<EvalSentence>& doc) {
  Flat f;
  for (const EvalSentence& s : doc) {
    const int base = static_cast<int>(f.words.size());
    for (const EvalWord& w : s.words) {
      f.words.push_back(&w);
      f.heads.push_back(w.head < 0 ? -1 : base + w.head);
    }
    f.tokens.insert(f.tokens.end(), s.tokens.begin(), s.tokens.end());
    if (!s.words.empty()) f.sentences.push_back({s.words.front().span.start, s.words.back().span.end});
  }
  return f;
}

uint64_t Key(const Span& s) { return (static_cast<uint64_t>(s.start) << 32) | s.end; }

size_t CountMatches(const std::vector<Span>& gold, const std::vector<Span>& system) {
  std::map<uint64_t, int> counts;
  for (const Span& s : gold) ++counts[Key(s)];
  size_t matched = 0;
  for (const Span& s : system) {
    auto it = counts.find(Key(s));
    if (it != counts.end() && it->second > 0) --it->second, ++matched;
  }
  return matched;
}

// align[i] = the gold word with the same span as system word i, or -1.
std::vector<int> AlignWords(const Flat& gold, const Flat& system) {
  std::map<uint64_t, int> by_span;
  for (size_t i = 0; i < gold.words.size(); ++i) by_span.emplace(Key(gold.words[i]->span), i);
  std::vector<int> align(system.words.size(), -1);
  for (size_t i = 0; i < system.words.size(); ++i) {
    auto it = by_span.find(Key(system.words[i]->span));
    if (it != by_span.end()) align[i] = it->second;
  }
  return align;
}

void SetTotals(Metric* m, size_t gold, size_t system) {
  m->gold = gold;
  m->system = system;
}

}  // namespace

uint32_t NonSpaceLength(std::string_view text) {
  uint32_t n = 0;
  for (char c : text) n += !IsSpace(c);
  return n;
}

EvalSentence ToEvalSentence(const TreebankSentence& s, uint32_t* offset) {
  EvalSentence out;
  size_t next_mwt = 0;
  for (size_t i = 0; i < s.words.size(); ++i) {
    const TreebankWord& w = s.words[i];
    EvalWord ew{{*offset, *offset + NonSpaceLength(w.form)}, w.upos, w.lemma, w.head, w.deprel};
    if (next_mwt < s.multiwords.size() && s.multiwords[next_mwt].first == static_cast<int>(i)) {
      const MultiwordToken& m = s.multiwords[next_mwt++];
      Span whole{*offset, *offset + NonSpaceLength(m.form)};
      out.tokens.push_back(whole);
      std::string spelled;
      for (int k = m.first; k <= m.last; ++k) spelled += s.words[k].form;
      for (int k = m.first; k <= m.last; ++k, ++i) {
        const TreebankWord& part = s.words[k];
        EvalWord pw{whole, part.upos, part.lemma, part.head, part.deprel};
        if (spelled == m.form) pw.span = {*offset, *offset + NonSpaceLength(part.form)};
        if (spelled == m.form) *offset = pw.span.end;
        out.words.push_back(std::move(pw));
      }
      --i;
      *offset = whole.end;
      continue;
    }
    out.tokens.push_back(ew.span);
    *offset = ew.span.end;
    out.words.push_back(std::move(ew));
  }
  return out;
}

ParseScores Score(const std::vector<EvalSentence>& gold_doc,
                  const std::vector<EvalSentence>& system_doc) {
  const Flat gold = Flatten(gold_doc), system = Flatten(system_doc);
  ParseScores r;
  SetTotals(&r.tokens, gold.tokens.size(), system.tokens.size());
  r.tokens.correct = CountMatches(gold.tokens, system.tokens);
  SetTotals(&r.sentences, gold.sentences.size(), system.sentences.size());
  r.sentences.correct = CountMatches(gold.sentences, system.sentences);
  for (Metric* m : {&r.words, &r.upos, &r.lemma, &r.uas, &r.las}) {
    SetTotals(m, gold.words.size(), system.words.size());
  }
  std::vector<int> align = AlignWords(gold, system);
  for (size_t i = 0; i < align.size(); ++i) {
    if (align[i] < 0) continue;
    const EvalWord& s = *system.words[i];
    const EvalWord& g = *gold.words[align[i]];
    ++r.words.correct;
    r.upos.correct += s.upos == g.upos;
    r.lemma.correct += s.lemma == g.lemma;
    const int sh = system.heads[i], gh = gold.heads[align[i]];
    bool head_ok = (sh < 0 && gh < 0) || (sh >= 0 && align[sh] == gh && gh >= 0);
    r.uas.correct += head_ok;
    r.las.correct += head_ok && UniversalDeprel(s.deprel) == UniversalDeprel(g.deprel);
  }
  return r;
}

}  // namespace parley::syntax
