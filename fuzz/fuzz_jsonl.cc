// Fuzz target: one JSONL input line -> Article (the JSONL record parser and text cleanup).
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/jsonl_record.h"
#include "ingest/text_cleanup.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static parley::JsonlRecordParser parser;
  std::string line(reinterpret_cast<const char*>(data), size);
  parley::NormalizeText(&line);
  parley::Article article;
  bool bad_date = false;
  if (parser.Parse(line, &article, &bad_date).ok()) {
    parley::NormalizeText(&article.body);
    (void)parley::CleanText(article.body, false);
  }
  return 0;
}
