#include "analyze/syntax/error_breakdown.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

#include "analyze/syntax/deprel.h"
#include "analyze/syntax/upos.h"

namespace parley::syntax {

namespace {

struct Counts {
  size_t words = 0, heads = 0, labelled = 0;
  void Add(bool head_ok, bool label_ok) {
    ++words;
    heads += head_ok;
    labelled += head_ok && label_ok;
  }
};

void PrintRow(const std::string& name, const Counts& c, size_t total, std::ostream* out) {
  char line[160];
  std::snprintf(line, sizeof(line), "  %-22s %7zu %6.2f%%  UAS %6.2f  LAS %6.2f  lost %5.2f\n",
                name.c_str(), c.words, 100.0 * c.words / std::max<size_t>(total, 1),
                100.0 * c.heads / std::max<size_t>(c.words, 1),
                100.0 * c.labelled / std::max<size_t>(c.words, 1),
                100.0 * (c.words - c.heads) / std::max<size_t>(total, 1));
  *out << line;
}

void PrintTable(const char* title, const std::map<std::string, Counts>& rows, size_t total,
                std::ostream* out) {
  *out << title << " (words, share, UAS, LAS, UAS points lost)\n";
  std::vector<std::pair<std::string, Counts>> sorted(rows.begin(), rows.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.second.words - a.second.heads > b.second.words - b.second.heads;
  });
  for (const auto& [name, c] : sorted) PrintRow(name, c, total, out);
}

std::string LengthBucket(size_t n) {
  if (n <= 10) return "1-10 words";
  if (n <= 20) return "11-20 words";
  if (n <= 30) return "21-30 words";
  if (n <= 40) return "31-40 words";
  return "41+ words";
}

}  // namespace

void PrintErrorBreakdown(const std::vector<TreebankSentence>& gold,
                         const std::vector<EvalSentence>& system, std::ostream* out) {
  std::map<std::string, Counts> by_tag, by_relation, by_length, by_gold_tag;
  size_t total = 0;
  for (size_t k = 0; k < gold.size() && k < system.size(); ++k) {
    const TreebankSentence& g = gold[k];
    const EvalSentence& s = system[k];
    if (s.words.size() != g.words.size()) continue;
    for (size_t i = 0; i < g.words.size(); ++i) {
      const TreebankWord& gw = g.words[i];
      const EvalWord& sw = s.words[i];
      const bool head_ok = sw.head == gw.head;
      const bool label_ok = UniversalDeprel(sw.deprel) == UniversalDeprel(gw.deprel);
      by_tag[sw.upos == gw.upos ? "tag right" : "tag wrong"].Add(head_ok, label_ok);
      by_gold_tag[std::string(UposName(gw.upos))].Add(head_ok, label_ok);
      by_relation[std::string(DeprelName(UniversalDeprel(gw.deprel)))].Add(head_ok, label_ok);
      by_length[LengthBucket(g.words.size())].Add(head_ok, label_ok);
      ++total;
    }
  }
  PrintTable("by the word's predicted tag", by_tag, total, out);
  PrintTable("by sentence length", by_length, total, out);
  PrintTable("by gold UPOS", by_gold_tag, total, out);
  PrintTable("by gold relation", by_relation, total, out);
}

void WriteSystemConllu(const std::vector<TreebankSentence>& gold,
                       const std::vector<EvalSentence>& system, std::ostream* out) {
  for (size_t k = 0; k < gold.size() && k < system.size(); ++k) {
    const TreebankSentence& g = gold[k];
    const EvalSentence& s = system[k];
    if (s.words.size() != g.words.size()) continue;
    if (!g.text.empty()) *out << "# text = " << g.text << "\n";
    for (size_t i = 0; i < g.words.size(); ++i) {
      const EvalWord& w = s.words[i];
      *out << i + 1 << '\t' << g.words[i].form << '\t' << (w.lemma.empty() ? "_" : w.lemma)
           << '\t' << UposName(w.upos) << "\t_\t_\t" << w.head + 1 << '\t'
           << DeprelName(w.deprel) << "\t_\t" << (g.words[i].space_after ? "_" : "SpaceAfter=No")
           << '\n';
    }
    *out << '\n';
  }
}

}  // namespace parley::syntax
