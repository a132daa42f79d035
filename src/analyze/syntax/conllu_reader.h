// analyze/syntax/conllu_reader.h — reads CoNLL-U treebanks, skipping malformed sentences.
//
// Each sentence is validated: ten tab-separated columns, word ids 1..n in order, heads
// in 0..n, exactly one root, no cycles, a known UPOS and relation. Multiword ranges
// ("3-4") are kept, empty nodes ("5.1") are ignored. A malformed sentence is skipped and
// reported as "file:line: reason"; reading goes on with the next one.
#ifndef PARLEY_ANALYZE_SYNTAX_CONLLU_READER_H_
#define PARLEY_ANALYZE_SYNTAX_CONLLU_READER_H_

#include <istream>
#include <string>
#include <vector>

#include "analyze/syntax/treebank.h"
#include "parley/status.h"

namespace parley::syntax {

struct ConlluOptions {
  // Require heads and relations (training and evaluation need them). Default true.
  bool require_tree = true;
};

class ConlluReader {
 public:
  // `name` prefixes error messages. REQUIRES: `in` outlives the reader.
  ConlluReader(std::istream* in, std::string name, ConlluOptions options = {});

  // Reads the next well-formed sentence into *s; false at end of input.
  bool Next(TreebankSentence* s);

  // "file:line: reason" for every skipped sentence so far.
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  // Reads the lines of one sentence block; false at end of input.
  bool ReadBlock();
  Status ParseBlock(TreebankSentence* s);
  Status ParseWordLine(const std::string& line, TreebankSentence* s);
  Status ParseRangeLine(const std::vector<std::string_view>& cols, TreebankSentence* s);
  void ParseComment(const std::string& line, TreebankSentence* s);
  Status CheckTree(const TreebankSentence& s) const;

  std::istream* in_;
  std::string name_;
  ConlluOptions options_;
  int line_no_ = 0;
  std::vector<std::string> block_;
  std::vector<int> block_lines_;
  int error_line_ = 0;
  std::vector<std::string> errors_;
};

// Reads a whole file. Fails only if the file cannot be opened; malformed sentences are
// appended to *errors (may be null) and skipped.
Result<std::vector<TreebankSentence>> ReadConlluFile(const std::string& path,
                                                     std::vector<std::string>* errors,
                                                     ConlluOptions options = {});

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_CONLLU_READER_H_
