// analyze/syntax/syntax_model.h — the analyze stage's tagger, lemmatizer and parser as
// one loadable unit.
//
//   auto model = parley::SyntaxModel::Load(parley::SyntaxModel::DefaultDir());
//   parley::SyntaxWorkspace ws;                      // one per thread, reused
//   for (const Sentence& s : doc.sentences) model.value()->Annotate(&doc, s, &ws);
//
// A SyntaxModel is immutable after Load() and safe to share between threads; each
// thread passes its own SyntaxWorkspace. Once the workspace is warm, annotating does
// not allocate (lemmas that differ from the form are interned into the Doc's arena).
#ifndef PARLEY_ANALYZE_SYNTAX_SYNTAX_MODEL_H_
#define PARLEY_ANALYZE_SYNTAX_SYNTAX_MODEL_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/syntax/lemmatizer.h"
#include "analyze/syntax/parser.h"
#include "analyze/syntax/tagger.h"
#include "parley/doc.h"
#include "parley/status.h"

namespace parley {

// Per-thread scratch space. The result vectors hold the last AnalyzeWords() output.
struct SyntaxWorkspace {
  syntax::TaggerWorkspace tagger;
  syntax::ParserWorkspace parser;
  std::vector<std::string_view> forms;
  std::vector<Upos> upos;
  std::vector<uint8_t> tag_ids;
  std::vector<int> heads;       // -1 = root
  std::vector<uint8_t> labels;  // deprel ids (analyze/syntax/deprel.h)
  std::string lemma;
};

class SyntaxModel {
 public:
  // Sentences longer than this are tagged and lemmatized but not parsed.
  static constexpr size_t kMaxParseWords = 1000;

  // Loads tagger.bin, lemmatizer.bin and parser.bin from `dir` (the word clusters live
  // in tagger.bin). Fails with the file's name on a missing or corrupt file.
  static Result<std::unique_ptr<SyntaxModel>> Load(const std::string& dir);
  // $PARLEY_MODELS if set, else the data/models folder of the source tree.
  static std::string DefaultDir();

  SyntaxModel(syntax::Tagger tagger, syntax::Lemmatizer lemmatizer, syntax::Parser parser)
      : tagger_(std::move(tagger)), lemmatizer_(std::move(lemmatizer)),
        parser_(std::move(parser)),
        use_clusters_(tagger_.clusters().size() > 0 && parser_.UsesClusters()) {}

  // Fills upos, lemma, head (index within the sentence, -1 = root) and deprel of the
  // tokens of `s`. REQUIRES: s lies within doc->tokens.
  void Annotate(Doc* doc, const Sentence& s, SyntaxWorkspace* ws) const;
  // Only upos and lemma (head and deprel untouched): for sentences not worth parsing.
  void Tag(Doc* doc, const Sentence& s, SyntaxWorkspace* ws) const;

  // Cheap predicate after Tag(): can the sentence carry an event (a verb and at least
  // three tokens)? Lets the pipeline skip parsing of headlines and debris.
  static bool MayHaveEvent(const Doc& doc, const Sentence& s);

  // Analyses bare word forms into ws->upos (and ws->heads, ws->labels if `parse`).
  void AnalyzeWords(std::span<const std::string_view> forms, bool parse,
                    SyntaxWorkspace* ws) const;
  // Parses the words of the last AnalyzeWords(forms, /*parse=*/false, ws) call, with their
  // tags: lets a caller look at the tags before paying for the parse.
  void ParseTaggedWords(SyntaxWorkspace* ws) const;
  // The lemma of one word, written into *out.
  void Lemmatize(std::string_view form, Upos upos, std::string* out) const {
    lemmatizer_.Lemmatize(form, upos, out);
  }

  // Decodes with beam width `width` instead of the parser's own (1 = greedy): trades
  // speed for accuracy on a model trained for a beam. Call before sharing the model.
  void set_beam(int width) { parser_.set_beam(width); }
  // Decodes with another beam margin (Parser::set_margin; 0 = the full beam).
  void set_margin(float margin) { parser_.set_margin(margin); }

  const syntax::Tagger& tagger() const { return tagger_; }
  const syntax::Parser& parser() const { return parser_; }
  size_t bytes() const;

 private:
  void Fill(Doc* doc, const Sentence& s, bool parse, SyntaxWorkspace* ws) const;

  syntax::Tagger tagger_;
  syntax::Lemmatizer lemmatizer_;
  syntax::Parser parser_;
  bool use_clusters_;  // the tagger has clusters and the parser was trained with them
};

}  // namespace parley

#endif  // PARLEY_ANALYZE_SYNTAX_SYNTAX_MODEL_H_
