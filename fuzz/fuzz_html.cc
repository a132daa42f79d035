// Fuzz target: HTML extraction (charset conversion, gumbo, blocks, scoring, metadata).
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/web_page.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)parley::ArticleFromHtml(bytes, "", "http://fuzz.example/2020/01/02/x");
  return 0;
}

std::vector<std::string> FuzzSeeds() {
  return {
      "<html><head><title>T</title><meta property=\"article:published_time\" content=\"2020-01-02\">"
      "<script type=\"application/ld+json\">{\"datePublished\":\"2020-01-02\",\"author\":{\"name\":\"A\"}}"
      "</script></head><body><nav>a</nav><article><p>Some words, more words, and a sentence.</p>"
      "<div class=\"share\">x</div><p>Another paragraph of text here.</p></article></body></html>",
      "<table><tr><td><div><p>cell text, with commas, here</div></td></tr></table><time datetime=\"x\">",
      "<meta charset=\"windows-1251\"><p>\xEF\xF0\xE8\xE2\xE5\xF2</p>",
  };
}
