// parley train tagger|parser, parley eval parse, parley parse — the syntax commands.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analyze/syntax/conllu_reader.h"
#include "analyze/syntax/conllu_writer.h"
#include "analyze/syntax/error_breakdown.h"
#include "analyze/syntax/parse_eval.h"
#include "analyze/syntax/parser_trainer.h"
#include "analyze/syntax/syntax_model.h"
#include "analyze/syntax/tagger_trainer.h"
#include "analyze/syntax/training.h"
#include "analyze/tokenizer.h"
#include "commands.h"
#include "parley/ingest.h"
#include "parley/pipeline.h"

namespace parley::cli {

namespace {

using syntax::TreebankSentence;

struct TrainArgs {
  std::string train, dev, out;
  int epochs = 0;  // 0 = the trainer's default
  uint64_t seed = 1;
  bool gold_tags = false;
  int beam = 1;
  std::vector<std::string> corpus;
};

struct ClusterArgs {
  std::vector<std::string> corpus, treebanks;
  std::string out;
  syntax::ClusterOptions options;
};

struct EvalArgs {
  std::string treebank, models, record, check, output;
  bool gold_tok = false;
  bool breakdown = false;
  int beam = 0;  // 0 = the parser's own width
  float margin = -1;  // < 0: the parser's own margin
};

struct ParseArgs {
  std::vector<std::string> inputs;
  std::string models;
  bool as_coded = false;
  int beam = 0;  // 0 = the parser's own width
};

CLI::App* FindOrAdd(CLI::App& app, const std::string& name, const std::string& help) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_name() == name) return sub;
  }
  CLI::App* sub = app.add_subcommand(name, help);
  sub->require_subcommand(1);
  return sub;
}

int Fail(const Status& status) {
  std::fprintf(stderr, "parley: %s\n", status.ToString().c_str());
  return 1;
}

// Reads a treebank, printing skipped sentences as "file:line: reason".
Result<std::vector<TreebankSentence>> ReadTreebank(const std::string& path) {
  std::vector<std::string> errors;
  auto sentences = syntax::ReadConlluFile(path, &errors);
  for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
  return sentences;
}

int RunTrain(const TrainArgs& args, bool parser) {
  auto train = ReadTreebank(args.train);
  if (!train.ok()) return Fail(train.status());
  auto dev = ReadTreebank(args.dev);
  if (!dev.ok()) return Fail(dev.status());
  syntax::TrainOptions options;
  options.seed = args.seed;
  options.log = &std::cerr;
  if (args.epochs > 0) options.max_epochs = args.epochs;
  options.corpus = args.corpus;
  Status st = parser ? syntax::TrainParserModel(train.value(), dev.value(), options,
                                                args.gold_tags, args.beam, args.out)
                     : syntax::TrainTaggerModels(train.value(), dev.value(), options, args.out);
  return st.ok() ? 0 : Fail(st);
}

int RunTrainClusters(ClusterArgs& args) {
  args.options.log = &std::cerr;
  std::vector<TreebankSentence> treebank;
  for (const std::string& path : args.treebanks) {
    auto sentences = ReadTreebank(path);
    if (!sentences.ok()) return Fail(sentences.status());
    treebank.insert(treebank.end(), sentences.value().begin(), sentences.value().end());
  }
  Status st = syntax::TrainClusterModel(args.corpus, treebank, args.options, args.out);
  return st.ok() ? 0 : Fail(st);
}

void PrintScores(const syntax::ParseEvalResult& r, double load_ms, std::ostream& out) {
  const syntax::ParseScores& s = r.scores;
  auto line = [&](const char* name, const syntax::Metric& m) {
    out << name << "\t" << std::fixed;
    out.precision(2);
    out << m.F1() * 100 << "\n";
  };
  line("Tokens", s.tokens);
  line("Sentences", s.sentences);
  line("Words", s.words);
  line("UPOS", s.upos);
  line("Lemmas", s.lemma);
  line("UAS", s.uas);
  line("LAS", s.las);
  out.precision(0);
  out << "tokens/s\t" << (r.seconds > 0 ? r.words / r.seconds : 0) << "\n";
  out << "load_ms\t" << load_ms << "\n";
}

// Compares with a recorded score file ("NAME<TAB>VALUE" lines): fails beyond 0.3.
int CheckRecorded(const syntax::ParseScores& s, const std::string& path) {
  std::ifstream in(path);
  if (!in) return Fail(Status::IOError("cannot open " + path));
  std::string name;
  double want = 0;
  int rc = 0;
  while (in >> name >> want) {
    double got = name == "UPOS" ? s.upos.F1() : name == "Lemmas" ? s.lemma.F1()
               : name == "UAS" ? s.uas.F1() : name == "LAS" ? s.las.F1() : -1;
    if (got < 0) continue;
    if (std::abs(got * 100 - want) > 0.3) {
      std::fprintf(stderr, "%s: %.2f, recorded %.2f\n", name.c_str(), got * 100, want);
      rc = 1;
    }
  }
  return rc;
}

int RunEval(const EvalArgs& args) {
  if (!args.gold_tok && (args.breakdown || !args.output.empty())) {
    return Fail(Status::InvalidArgument("--breakdown and --output need --gold-tok"));
  }
  auto gold = ReadTreebank(args.treebank);
  if (!gold.ok()) return Fail(gold.status());
  auto start = std::chrono::steady_clock::now();
  auto model = SyntaxModel::Load(args.models.empty() ? SyntaxModel::DefaultDir() : args.models);
  if (!model.ok()) return Fail(model.status());
  double load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (args.beam > 0) model.value()->set_beam(args.beam);
  if (args.margin >= 0) model.value()->set_margin(args.margin);
  syntax::ParseEvalResult result;
  if (args.gold_tok) {
    std::vector<syntax::EvalSentence> system;
    result = syntax::EvaluateGoldTokens(*model.value(), gold.value(), &system);
    if (args.breakdown) syntax::PrintErrorBreakdown(gold.value(), system, &std::cout);
    if (!args.output.empty()) {
      std::ofstream out(args.output);
      syntax::WriteSystemConllu(gold.value(), system, &out);
      if (!out) return Fail(Status::IOError("cannot write " + args.output));
    }
  } else {
    auto raw = syntax::EvaluateRawText(*model.value(), gold.value());
    if (!raw.ok()) return Fail(raw.status());
    result = raw.value();
  }
  PrintScores(result, load_ms, std::cout);
  if (!args.record.empty()) {
    std::ofstream out(args.record);
    PrintScores(result, load_ms, out);
  }
  return args.check.empty() ? 0 : CheckRecorded(result.scores, args.check);
}

int ParseText(const SyntaxModel& model, const std::string& text, int* sent_id) {
  Article article;
  article.body = text;
  Doc doc;
  Analyze(article, &doc);
  SyntaxWorkspace ws;
  for (const Sentence& s : doc.sentences) {
    model.Annotate(&doc, s, &ws);
    syntax::WriteConllu(doc, s, ++*sent_id, &std::cout);
  }
  return 0;
}

// What the coder sees: each article read and cleaned as `parley code` reads it, the
// sentences the coder parses (an actor and a candidate predicate), parsed with actor names
// as single words, and their events as comments.
int RunParseAsCoded(const ParseArgs& args, const std::vector<std::string>& inputs) {
  PipelineOptions options;
  options.syntax = PipelineOptions::Syntax::kParse;
  options.models_dir = args.models;
  options.parser_beam = args.beam;
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) return Fail(pipeline.status());
  auto coder = pipeline.value()->NewCoder();
  InputOptions in;
  int rc = 0;
  in.on_problem = [&rc](const std::string& m) {
    std::fprintf(stderr, "%s\n", m.c_str());
    rc = 1;
  };
  auto reader = ArticleReader::Open(inputs, in);
  Article article;
  std::vector<Event> events;
  int sent_id = 0;
  while (reader->Next(&article)) {
    events.clear();
    if (Status st = coder->Code(article, &events); !st.ok()) return Fail(st);
    const Doc& doc = coder->doc();
    for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      if (doc.tokens[s.first_token].deprel == 0) continue;  // not parsed
      for (const Event& e : events) {
        if (e.sentence != i) continue;
        std::cout << "# event = " << e.source.code << " " << e.cameo << " "
                  << (e.target.empty() ? "-" : e.target.code) << "\n";
      }
      syntax::WriteConllu(doc, s, ++sent_id, &std::cout);
    }
  }
  return rc;
}

int RunParse(const ParseArgs& args) {
  const std::vector<std::string> inputs =
      args.inputs.empty() ? std::vector<std::string>{"-"} : args.inputs;
  if (args.as_coded) return RunParseAsCoded(args, inputs);
  auto model = SyntaxModel::Load(args.models.empty() ? SyntaxModel::DefaultDir() : args.models);
  if (!model.ok()) return Fail(model.status());
  if (args.beam > 0) model.value()->set_beam(args.beam);
  int sent_id = 0, rc = 0;
  for (const std::string& input : inputs) {
    std::ostringstream text;
    if (input == "-") {
      text << std::cin.rdbuf();
    } else {
      std::ifstream in(input, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "%s: cannot open\n", input.c_str());
        rc = 1;
        continue;
      }
      text << in.rdbuf();
    }
    if (ParseText(*model.value(), text.str(), &sent_id) != 0) rc = 1;
  }
  return rc;
}

void AddTrainCommand(CLI::App* train, const std::string& what, bool parser, int* exit_code) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* cmd = train->add_subcommand(what, "Train the " + what + " on a CoNLL-U treebank");
  cmd->add_option("--train", args->train, "Training treebank (CoNLL-U)")->required();
  cmd->add_option("--dev", args->dev, "Dev treebank for early stopping")->required();
  cmd->add_option("--out", args->out, "Model folder to write")->required();
  cmd->add_option("--epochs", args->epochs, "Maximum epochs");
  cmd->add_option("--seed", args->seed, "Random seed (default 1)");
  if (!parser) {
    cmd->add_option("--corpus", args->corpus,
                    "Raw-text JSONL(.gz) files for word signatures (see docs/models.md)");
  }
  if (parser) {
    cmd->add_flag("--gold-tags", args->gold_tags, "Train on gold instead of jackknifed tags");
    cmd->add_option("--beam", args->beam,
                    "Beam width (1 = greedy; above 1: trained for beam search)")
        ->check(CLI::Range(1, 64));
  }
  cmd->callback([args, parser, exit_code] { *exit_code = RunTrain(*args, parser); });
}

void AddClustersCommand(CLI::App* train, int* exit_code) {
  auto args = std::make_shared<ClusterArgs>();
  CLI::App* cmd = train->add_subcommand(
      "clusters", "Learn hierarchical word clusters from raw text (clusters.bin)");
  cmd->add_option("--corpus", args->corpus, "Raw-text JSONL(.gz) files")->required();
  cmd->add_option("--treebank", args->treebanks,
                  "CoNLL-U files whose word forms are added as raw text");
  cmd->add_option("--out", args->out, "Model folder to write")->required();
  cmd->add_option("--classes", args->options.classes, "Leaf classes (default 256)");
  cmd->add_option("--min-count", args->options.min_count, "Rarer words are not clustered");
  cmd->add_option("--max-words", args->options.max_words, "Most frequent words clustered");
  cmd->add_option("--iterations", args->options.iterations, "Exchange passes at most");
  cmd->callback([args, exit_code] { *exit_code = RunTrainClusters(*args); });
}

}  // namespace

void RegisterSyntaxCommands(CLI::App& app, int* exit_code) {
  CLI::App* train = FindOrAdd(app, "train", "Train Parley's models");
  AddTrainCommand(train, "tagger", false, exit_code);
  AddTrainCommand(train, "parser", true, exit_code);
  AddClustersCommand(train, exit_code);

  CLI::App* eval = FindOrAdd(app, "eval", "Evaluate Parley's components");
  auto eval_args = std::make_shared<EvalArgs>();
  CLI::App* parse_eval = eval->add_subcommand("parse", "Score tagging and parsing on a treebank");
  parse_eval->add_option("treebank", eval_args->treebank, "Gold CoNLL-U file")->required();
  parse_eval->add_flag("--gold-tok", eval_args->gold_tok, "Use the gold tokenization");
  parse_eval->add_flag("--breakdown", eval_args->breakdown,
                       "With --gold-tok: attachment scores by tag correctness, sentence "
                       "length, gold UPOS and gold relation");
  parse_eval->add_option("--output", eval_args->output,
                         "With --gold-tok: write the system's analyses as CoNLL-U");
  parse_eval->add_option("--models", eval_args->models, "Model folder (default data/models)");
  parse_eval->add_option("--beam", eval_args->beam,
                         "Decode with this beam width (default: the parser's)")
      ->check(CLI::Range(1, 64));
  parse_eval->add_option("--margin", eval_args->margin,
                         "Decode with this beam margin (0 = the full beam; default: the parser's)")
      ->check(CLI::Range(0.0f, 1e6f));
  parse_eval->add_option("--record", eval_args->record, "Also write the scores to this file");
  parse_eval->add_option("--check", eval_args->check, "Fail if scores differ from this file by > 0.3");
  parse_eval->callback([eval_args, exit_code] { *exit_code = RunEval(*eval_args); });

  auto parse_args = std::make_shared<ParseArgs>();
  CLI::App* parse = app.add_subcommand("parse", "Print CoNLL-U for raw text (files or stdin)");
  parse->add_option("inputs", parse_args->inputs, "Text files; - or none for stdin");
  parse->add_option("--models", parse_args->models, "Model folder (default data/models)");
  parse->add_option("--beam", parse_args->beam,
                    "Parser beam width (default: the model's; 1 = greedy, faster)")
      ->check(CLI::Range(1, 64));
  parse->add_flag("--as-coded", parse_args->as_coded,
                  "Parse as the coder does: input read as `code` reads it, actor names as one "
                  "word, only sentences that may yield events, their events as comments");
  parse->callback([parse_args, exit_code] { *exit_code = RunParse(*parse_args); });
}

}  // namespace parley::cli
