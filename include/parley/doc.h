// parley/doc.h — an analysed article: sentences and tokens.
//
// Lifetime rule: a Doc holds views, never copies. Token::form points into the
// Article::body the Doc was built from; Token::norm and Token::lemma point into the Doc's
// own arena (or into the body when they equal the form). The Article must outlive the
// Doc, and a Doc's views die with the Doc (or its next Clear()).
#ifndef PARLEY_DOC_H_
#define PARLEY_DOC_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/article.h"

namespace parley {

// Universal POS tags (UD v2). kX doubles as "not tagged yet".
enum class Upos : uint8_t {
  kX = 0, kAdj, kAdp, kAdv, kAux, kCconj, kDet, kIntj, kNoun, kNum, kPart, kPron,
  kPropn, kPunct, kSconj, kSym, kVerb
};

struct Token {
  std::string_view form;   // as written, a view into Article::body
  std::string_view norm;   // lower-cased, quotes and dashes folded ("russia", "'s")
  std::string_view lemma;  // dictionary form when known, else == norm
  uint32_t start = 0;      // byte offsets into Article::body: [start, end)
  uint32_t end = 0;
  Upos upos = Upos::kX;
  int16_t head = -1;       // index within the sentence of the head; -1 = root or unparsed
  uint8_t deprel = 0;      // UD relation id (see analyze/syntax/deprel.h); 0 = none
  bool space_before = false;
  bool line_break_before = false;  // a line break separates it from the previous token
  // Split by the tokenizer from the previous token within one written word that UD keeps
  // as one multiword token ("can|not", "do|nt", "gon|na").
  bool joined_to_previous = false;
  bool capitalized = false;  // first character is an upper-case letter
};

struct Sentence {
  uint32_t start = 0;        // byte offsets into Article::body
  uint32_t end = 0;
  uint32_t first_token = 0;  // index into Doc::tokens
  uint32_t token_count = 0;
};

class Doc {
 public:
  const Article* article = nullptr;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  // Copies `text` into the arena and returns a view that lives as long as the Doc.
  std::string_view Intern(std::string_view text);
  void Clear();
  std::string_view SentenceText(const Sentence& s) const;

 private:
  // Bump arena: blocks are never moved or freed before the Doc dies; Clear() rewinds
  // to the first block so a reused Doc stops allocating once warm.
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<size_t> block_sizes_;
  size_t block_ = 0;  // current block index
  size_t used_ = 0;   // bytes used in the current block
};

}  // namespace parley

#endif  // PARLEY_DOC_H_
