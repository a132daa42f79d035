// bench_html — HTML -> clean text: throughput on one core, and the predictions that
// bench/aeb_score.py scores against the Article Extraction Benchmark's ground truth.
//
//   bench_html [FOLDER] [--repeat N] [--out PREDICTIONS.json]
//
// FOLDER defaults to $PARLEY_SHARED/corpus/html/aeb (181 gzip-compressed UTF-8 pages).
// Pages are decompressed into memory first; the timed loop runs ExtractHtml over all of
// them N times (default 3). Checks its answer: every pass must produce the same text.
// Prints pages/s and MB/s of HTML input; the baseline in the same run is gumbo parsing
// alone (ExtractHtml's share beyond the parse is what Parley adds).
#include <gumbo.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/html_extract.h"
#include "output/text_escape.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

struct Page {
  std::string id;
  std::string html;
};

std::string ReadGz(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out.append(buf, n);
  gzclose(f);
  return out;
}

std::vector<Page> LoadPages(const std::string& folder) {
  std::vector<Page> pages;
  for (const auto& e : fs::directory_iterator(folder)) {
    const std::string name = e.path().filename().string();
    const size_t dot = name.find(".html");
    if (dot == std::string::npos) continue;
    pages.push_back({name.substr(0, dot), ReadGz(e.path().string())});
  }
  std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) { return a.id < b.id; });
  return pages;
}

std::vector<std::string> ExtractAll(const std::vector<Page>& pages, bool report = false) {
  std::vector<std::string> texts;
  texts.reserve(pages.size());
  for (const Page& p : pages) {
    auto r = parley::ExtractHtml(p.html, {});
    if (report && !r.ok()) {
      std::fprintf(stderr, "%s: %s\n", p.id.c_str(), r.status().ToString().c_str());
    }
    texts.push_back(r.ok() ? r->text : std::string());
  }
  return texts;
}

double ParseOnlySeconds(const std::vector<Page>& pages) {
  const auto t0 = Clock::now();
  for (const Page& p : pages) {
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 0;
    GumboOutput* out = gumbo_parse_with_options(&o, p.html.data(), p.html.size());
    gumbo_destroy_output(&o, out);
  }
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

void WritePredictions(const std::vector<Page>& pages, const std::vector<std::string>& texts,
                      const std::string& path) {
  std::string json = "{\n";
  for (size_t i = 0; i < pages.size(); ++i) {
    json += "  ";
    parley::AppendJsonString(pages[i].id, &json);
    json += ": {\"articleBody\": ";
    parley::AppendJsonString(texts[i], &json);
    json += i + 1 < pages.size() ? "},\n" : "}\n";
  }
  json += "}\n";
  std::ofstream(path) << json;
}

}  // namespace

int main(int argc, char** argv) {
  const char* shared = std::getenv("PARLEY_SHARED");
  std::string folder = std::string(shared ? shared : PARLEY_SHARED_DEFAULT) + "/corpus/html/aeb";
  std::string out;
  int repeat = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else if (a == "--out" && i + 1 < argc) out = argv[++i];
    else folder = a;
  }
  const std::vector<Page> pages = LoadPages(folder);
  if (pages.empty()) {
    std::fprintf(stderr, "bench_html: no .html(.gz) pages in %s\n", folder.c_str());
    return 1;
  }
  size_t bytes = 0;
  for (const Page& p : pages) bytes += p.html.size();
  const std::vector<std::string> first = ExtractAll(pages, /*report=*/true);
  const auto t0 = Clock::now();
  for (int r = 0; r < repeat; ++r) {
    if (ExtractAll(pages) != first) {
      std::fprintf(stderr, "bench_html: extraction is not deterministic\n");
      return 1;
    }
  }
  const double secs = std::chrono::duration<double>(Clock::now() - t0).count() / repeat;
  const double parse = ParseOnlySeconds(pages);
  size_t empty = std::count(first.begin(), first.end(), std::string());
  std::printf("pages %zu (%.1f MB), empty results %zu\n", pages.size(), bytes / 1e6, empty);
  std::printf("extract: %.0f pages/s, %.1f MB/s (one core)\n", pages.size() / secs,
              bytes / 1e6 / secs);
  std::printf("baseline gumbo parse only: %.0f pages/s, %.1f MB/s; extract/parse time %.2fx\n",
              pages.size() / parse, bytes / 1e6 / parse, secs / parse);
  if (!out.empty()) WritePredictions(pages, first, out);
  return 0;
}
