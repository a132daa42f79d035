// Fuzz target: date, dateline and credit parsers and event-date resolution.
#include <cstdint>
#include <string>
#include <vector>

#include "analyze/tokenizer.h"
#include "ingest/agency.h"
#include "ingest/dateline.h"
#include "ingest/html_metadata.h"
#include "ingest/text_cleanup.h"
#include "ingest/text_date.h"
#include "recognize/time_expressions.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  (void)parley::FindDateInLine(s);
  (void)parley::html::ParseDateValue(s);
  (void)parley::html::DateFromUrl(s);
  (void)parley::FindDateline(s);
  int year = 0;
  size_t len = 0;
  (void)parley::CreditLineAgency(s, &year);
  (void)parley::TrailingAgency(s, &len);
  parley::NormalizeText(&s);
  (void)parley::CleanText(s, true);
  parley::Article a;
  a.body = s;
  a.published = parley::Date::Parse("2020-12-02");
  parley::Doc doc;
  parley::Analyze(a, &doc);
  for (const parley::Sentence& sent : doc.sentences) {
    (void)parley::ResolveEventDate(
        std::span<const parley::Token>(doc.tokens.data() + sent.first_token, sent.token_count),
        a.published);
  }
  return 0;
}

std::vector<std::string> FuzzSeeds() {
  return {"01:36 GMT02 December 2020", "20th June 2016, Comments", "MOSCOW (Sputnik) \xE2\x80\x94 x",
          "ISLAMABAD-Moscow,Russia said Friday", "\xC2\xA9 2016 AFP", "tense\xE2\x80\x9D.(AFP/APP)",
          "Fighting spiralled in early April. Talks on May 5, 2016 and since 1994 last week.",
          "https://x.example/2019/11/19/story", "2023-09-20 02:35"};
}
