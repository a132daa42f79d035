#include "analyze/syntax/conllu_writer.h"

#include "analyze/syntax/deprel.h"
#include "analyze/syntax/upos.h"

namespace parley::syntax {

namespace {

// Tabs and newlines cannot appear in a CoNLL-U field.
std::string Field(std::string_view s) {
  if (s.empty()) return "_";
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

bool SpaceAfter(const Doc& doc, const Sentence& s, uint32_t i) {
  if (i + 1 >= s.token_count) return true;
  return doc.tokens[s.first_token + i + 1].space_before;
}

}  // namespace

void WriteConllu(const Doc& doc, const Sentence& s, int sent_id, std::ostream* out) {
  std::string text(doc.SentenceText(s));
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  *out << "# sent_id = " << sent_id << "\n# text = " << text << "\n";
  for (uint32_t i = 0; i < s.token_count; ++i) {
    const Token& t = doc.tokens[s.first_token + i];
    *out << i + 1 << '\t' << Field(t.form) << '\t' << Field(t.lemma) << '\t'
         << UposName(t.upos) << "\t_\t_\t" << t.head + 1 << '\t' << DeprelName(t.deprel)
         << "\t_\t" << (SpaceAfter(doc, s, i) ? "_" : "SpaceAfter=No") << '\n';
  }
  *out << '\n';
}

}  // namespace parley::syntax
