// parley extract INPUT... — what the coder will see: one JSON object per article.
//
// Fields: id, url, title, date ("YYYY-MM-DD" or null), date_source, dateline, agency,
// text. Bad records are reported on stderr as "file:where: reason" and counted.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "input_format.h"
#include "output/text_escape.h"
#include "parley/ingest.h"

namespace parley::cli {

namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::string date;
};

void AppendField(const char* name, std::string_view value, std::string* line) {
  line->push_back(line->size() > 1 ? ',' : '{');
  AppendJsonString(name, line);
  line->push_back(':');
  AppendJsonString(value, line);
}

std::string ArticleJson(const Article& a) {
  std::string line;
  AppendField("id", a.id, &line);
  AppendField("url", a.url, &line);
  AppendField("title", a.title, &line);
  if (a.published.known()) {
    AppendField("date", a.published.ToString(), &line);
  } else {
    line += ",\"date\":null";
  }
  AppendField("date_source", a.date_source, &line);
  AppendField("dateline", a.dateline, &line);
  AppendField("agency", a.agency, &line);
  AppendField("text", a.body, &line);
  line += "}\n";
  return line;
}

int Usage(const std::string& message) {
  std::fprintf(stderr, "parley extract: %s\n", message.c_str());
  return 2;
}

int RunExtract(const ExtractArgs& args) {
  InputOptions in;
  if (!ParseInputFormat(args.input_format, &in.format)) {
    return Usage("unknown --input-format \"" + args.input_format + "\" (" + kInputFormats + ")");
  }
  if (!args.date.empty()) {
    in.default_date = Date::Parse(args.date);
    if (!in.default_date.known()) return Usage("--date wants YYYY-MM-DD, got " + args.date);
  }
  in.on_problem = [](const std::string& msg) { std::fprintf(stderr, "%s\n", msg.c_str()); };
  auto reader = ArticleReader::Open(args.inputs, in);
  Article a;
  while (reader->Next(&a)) {
    const std::string line = ArticleJson(a);
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  const IngestCounts& c = reader->counts();
  std::fprintf(stderr, "parley: %llu articles, %llu skipped, %llu repaired\n",
               static_cast<unsigned long long>(c.articles),
               static_cast<unsigned long long>(c.skipped),
               static_cast<unsigned long long>(c.repaired));
  if (std::fflush(stdout) != 0) return 1;
  return c.skipped > 0 ? 1 : 0;
}

}  // namespace

void RegisterExtractCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Print the article text and metadata the coder sees, as JSONL");
  cmd->add_option("inputs", args->inputs, "Files, folders or - (stdin)")->required();
  cmd->add_option("--input-format", args->input_format, kInputFormats)->capture_default_str();
  cmd->add_option("--date", args->date, "Publication date for inputs that carry none");
  cmd->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace parley::cli
