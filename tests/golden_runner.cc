// golden_runner [--syntax off|tag|parse|all] FILE.test — codes the article in a golden file
// and compares its events (with the pipeline's default syntax level unless given).
//
// File format (docs/testing.md):
//   # comment lines; "# date: YYYY-MM-DD" sets the publication date;
//   # "# input: examples/x.txt" codes that file instead of inline text;
//   # "# syntax: parse" marks a file for the parse coder (run with --syntax parse)
//   article text (inline, when there is no input: line)
//   ----
//   one expected event per line: SENTENCE SOURCE CAMEO TARGET   ("-" for no target)
// The coded events must equal the expected ones as a set: nothing missing, nothing extra.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "parley/ingest.h"
#include "parley/pipeline.h"

namespace {

struct GoldenFile {
  std::string date, input, text;
  std::set<std::string> expected;
};

std::string Canonical(std::istringstream& fields) {
  std::string sentence, source, cameo, target;
  fields >> sentence >> source >> cameo >> target;
  if (target.empty()) target = "-";
  return sentence + " " + source + " " + cameo + " " + target;
}

bool ReadGolden(const std::string& path, GoldenFile* g) {
  std::ifstream f(path);
  if (!f) return false;
  std::string line;
  bool events = false;
  while (std::getline(f, line)) {
    if (!events && line == "----") {
      events = true;
    } else if (line.rfind("# date:", 0) == 0) {
      g->date = line.substr(line.find_first_not_of(" ", 7));
    } else if (line.rfind("# input:", 0) == 0) {
      g->input = line.substr(line.find_first_not_of(" ", 8));
    } else if (line.rfind("#", 0) == 0) {
      continue;
    } else if (events) {
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      std::istringstream fields(line);
      g->expected.insert(Canonical(fields));
    } else {
      g->text += line + "\n";
    }
  }
  return events;
}

std::string EventKey(const parley::Event& e) {
  return std::to_string(e.sentence) + " " + e.source.code + " " + e.cameo + " " +
         (e.target.empty() ? "-" : e.target.code);
}

}  // namespace

int main(int argc, char** argv) {
  parley::PipelineOptions options;
  if (argc == 4 && std::string(argv[1]) == "--syntax") {
    const std::string level = argv[2];
    using S = parley::PipelineOptions::Syntax;
    options.syntax = level == "off" ? S::kOff : level == "tag" ? S::kTag
                   : level == "all" ? S::kParseAll : S::kParse;
    argv += 2;
    argc -= 2;
  }
  if (argc != 2) {
    std::fprintf(stderr, "usage: golden_runner [--syntax off|tag|parse|all] FILE.test\n");
    return 2;
  }
  GoldenFile g;
  if (!ReadGolden(argv[1], &g)) {
    std::fprintf(stderr, "%s: cannot read, or no ---- line\n", argv[1]);
    return 2;
  }
  std::string input = g.input;
  if (input.empty()) {
    input = (std::filesystem::temp_directory_path() /
             ("golden-" + std::filesystem::path(argv[1]).stem().string() + ".txt")).string();
    std::ofstream(input) << g.text;
  }
  parley::InputOptions in;
  in.default_date = parley::Date::Parse(g.date);
  in.on_problem = [](const std::string& m) { std::fprintf(stderr, "%s\n", m.c_str()); };
  auto pipeline = parley::Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().ToString().c_str());
    return 2;
  }
  auto reader = parley::ArticleReader::Open({input}, in);
  auto coder = pipeline.value()->NewCoder();
  std::set<std::string> got;
  std::vector<parley::Event> events;
  parley::Article article;
  while (reader->Next(&article)) {
    events.clear();
    (void)coder->Code(article, &events);
    for (const auto& e : events) got.insert(EventKey(e));
  }
  int bad = 0;
  for (const auto& e : g.expected)
    if (!got.count(e)) std::printf("missing:    %s\n", e.c_str()), ++bad;
  for (const auto& e : got)
    if (!g.expected.count(e)) std::printf("unexpected: %s\n", e.c_str()), ++bad;
  std::printf("%s: %zu expected, %zu coded, %d differences\n", argv[1], g.expected.size(),
              got.size(), bad);
  return bad == 0 ? 0 : 1;
}
