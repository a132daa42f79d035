// analyze/syntax/treebank.h — an annotated sentence as read from CoNLL-U.
//
// Words are the syntactic words of UD (the integer ids); multiword tokens ("2-3") are
// kept as ranges over them so raw-text evaluation can compare surface tokens.
#ifndef PARLEY_ANALYZE_SYNTAX_TREEBANK_H_
#define PARLEY_ANALYZE_SYNTAX_TREEBANK_H_

#include <cstdint>
#include <string>
#include <vector>

#include "parley/doc.h"

namespace parley::syntax {

struct TreebankWord {
  std::string form;
  std::string lemma;
  std::string xpos;
  Upos upos = Upos::kX;
  int head = -1;       // 0-based index of the head word; -1 = root
  uint8_t deprel = 0;  // id from deprel.h
  bool space_after = true;
};

struct MultiwordToken {
  int first = 0;  // 0-based word indices, inclusive
  int last = 0;
  std::string form;
  bool space_after = true;
};

struct TreebankSentence {
  std::vector<TreebankWord> words;
  std::vector<MultiwordToken> multiwords;
  std::string text;        // the "# text =" comment, if any
  bool new_doc = false;    // a "# newdoc" comment preceded the sentence
  bool new_par = false;    // a "# newpar" comment preceded the sentence
  int line = 0;            // line number of the first line of the sentence
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_TREEBANK_H_
