// Fuzz target: arbitrary bytes as article text through cleanup, tokenizer, sentence
// splitter, actor recognition and both coders (word order, and the parse coder over the
// shipped tagger and parser), with the shipped dictionaries. Also checks
// the tokenizer's invariants: tokens in order, inside the text, never empty.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "analyze/tokenizer.h"
#include "ingest/text_cleanup.h"
#include "parley/pipeline.h"
#include "util/utf8.h"

namespace {

std::unique_ptr<parley::Pipeline> MakePipeline(parley::PipelineOptions::Syntax syntax) {
  parley::PipelineOptions o;
  o.data_dir = PARLEY_DATA_DIR_FOR_FUZZ;
  o.syntax = syntax;
  auto p = parley::Pipeline::Create(o);
  if (!p.ok()) std::abort();
  return std::move(p.value());
}

void CheckTokens(const parley::Doc& doc, size_t text_size) {
  uint32_t last_end = 0;
  for (const auto& t : doc.tokens) {
    if (t.start < last_end || t.end <= t.start || t.end > text_size) std::abort();
    last_end = t.end;
  }
  size_t covered = 0;
  for (const auto& s : doc.sentences) covered += s.token_count;
  if (covered != doc.tokens.size()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using Syntax = parley::PipelineOptions::Syntax;
  static const auto tagged = MakePipeline(Syntax::kTag);
  static const auto parsed = MakePipeline(Syntax::kParse);
  static const std::unique_ptr<parley::Coder> coder = tagged->NewCoder();
  static const std::unique_ptr<parley::Coder> parse_coder = parsed->NewCoder();
  std::string text(reinterpret_cast<const char*>(data), size);
  parley::NormalizeText(&text);
  parley::Article article;
  article.id = "fuzz";
  article.body = text;  // raw: the tokenizer must cope with anything valid UTF-8
  std::vector<parley::Event> events;
  (void)coder->Code(article, &events);
  CheckTokens(coder->doc(), article.body.size());
  article.body = parley::CleanText(text, true).body;
  events.clear();
  (void)coder->Code(article, &events);
  CheckTokens(coder->doc(), article.body.size());
  events.clear();
  (void)parse_coder->Code(article, &events);
  CheckTokens(parse_coder->doc(), article.body.size());
  return 0;
}
