// Pipeline: loads the stages' data once and hands out per-thread Coders.
#include "parley/pipeline.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "analyze/syntax/syntax_model.h"
#include "analyze/tokenizer.h"
#include "code/cameo_table.h"
#include "code/parse_coder.h"
#include "code/pattern_coder.h"
#include "code/verb_dictionary.h"
#include "parley/output.h"
#include "peers/petrarch/parley_dictionaries.h"
#include "pipeline/event_places.h"
#include "pipeline/name_parse.h"
#include "recognize/actor_dictionary.h"
#include "recognize/actor_finder.h"
#include "recognize/gazetteer.h"
#include "recognize/time_expressions.h"

namespace parley {

namespace fs = std::filesystem;

namespace {

std::string DefaultDataDir() {
  if (const char* env = std::getenv("PARLEY_DATA"); env != nullptr && *env) return env;
  return PARLEY_DATA_DIR;
}

std::string CameoTablePath(const std::string& data_dir) {
  return (fs::path(data_dir.empty() ? DefaultDataDir() : data_dir) / "cameo" / "cameo_codes.tsv")
      .string();
}

class PipelineImpl;

class CoderImpl final : public Coder {
 public:
  explicit CoderImpl(const PipelineImpl* p);
  Status Code(const Article& article, std::vector<Event>* events) override;
  const Doc& doc() const override { return doc_; }
  const CodeCounts& counts() const override { return counts_; }

 private:
  bool AddSyntax(const Sentence& s, size_t anchor);
  bool TagAmbiguousAnchors(const Sentence& s, size_t anchor);

  const PipelineImpl* pipeline_;
  Doc doc_;
  ActorFinder finder_;
  PatternCoder coder_;       // sentences without a parse
  ParseCoder parse_coder_;   // parsed sentences
  EventPlaces places_;
  std::vector<ActorMention> mentions_;
  SyntaxWorkspace syntax_ws_;
  NameParseWorkspace name_ws_;
  CodeCounts counts_;
};

class PipelineImpl final : public Pipeline {
 public:
  explicit PipelineImpl(PipelineOptions options) : options_(std::move(options)) {}

  Status Load() {
    const std::string data = options_.data_dir.empty() ? DefaultDataDir() : options_.data_dir;
    std::error_code ec;
    if (!fs::is_directory(fs::path(data) / "dict", ec)) {
      return Status::NotFound(data + ": no dict/ folder (set PARLEY_DATA or --data)");
    }
    if (Status s = cameo_.Load(CameoTablePath(data)); !s.ok()) return s;
    const bool phoenix = options_.dict_format == "phoenix";
    if (!phoenix && options_.dict_format != "parley") {
      return Status::InvalidArgument("unknown dictionary format \"" + options_.dict_format +
                                     "\" (parley, phoenix)");
    }
    if (phoenix && options_.extra_dict_dirs.empty()) {
      return Status::InvalidArgument("the phoenix format needs a dictionary folder (--dict)");
    }
    if (!phoenix) {
      if (Status s = LoadDictDir((fs::path(data) / "dict").string()); !s.ok()) return s;
    }
    // The gazetteer is optional: without data/geo/places.tsv events carry no place.
    const fs::path places = fs::path(data) / "geo" / "places.tsv";
    if (fs::exists(places, ec)) {
      if (Status s = gazetteer_.Load(places.string()); !s.ok()) return s;
    }
    for (const std::string& extra : options_.extra_dict_dirs) {
      if (!fs::is_directory(extra, ec)) return Status::NotFound(extra + ": not a folder");
      Status s = phoenix ? petrarch::LoadPhoenixDictionaries(extra, &actors_, &verbs_, &report_)
                         : LoadDictDir(extra);
      if (!s.ok()) return s;
    }
    problems_ = report_.warnings;
    problems_.insert(problems_.end(), actors_.problems().begin(), actors_.problems().end());
    problems_.insert(problems_.end(), verbs_.problems().begin(), verbs_.problems().end());
    problems_.insert(problems_.end(), gazetteer_.problems().begin(),
                     gazetteer_.problems().end());
    LoadSyntax();
    return Status::Ok();
  }

  std::unique_ptr<Coder> NewCoder() const override {
    return std::make_unique<CoderImpl>(this);
  }
  const std::vector<std::string>& load_problems() const override { return problems_; }
  std::string_view EventName(std::string_view code) const override {
    const CameoInfo* info = cameo_.Find(code);
    return info ? std::string_view(info->name) : std::string_view();
  }
  std::string Describe() const override {
    return std::to_string(actors_.record_count()) + " actor records, " +
           std::to_string(actors_.agent_names().size()) + " agent phrases, " +
           std::to_string(verbs_.size()) + " verb patterns, " +
           std::to_string(cameo_.size()) + " CAMEO codes, " +
           std::to_string(gazetteer_.size()) + " places" +
           (options_.dict_format == "phoenix" ? "; phoenix: " + report_.Summary() : "");
  }

  const PipelineOptions& options() const { return options_; }
  const ActorDictionary& actors() const { return actors_; }
  const VerbDictionary& verbs() const { return verbs_; }
  const CameoTable& cameo() const { return cameo_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const SyntaxModel* syntax() const { return syntax_.get(); }

 private:
  // Loads the tagger, lemmatizer and parser unless syntax is off; missing models are a
  // warning, not an error (Parley codes without syntax then).
  void LoadSyntax() {
    if (options_.syntax == PipelineOptions::Syntax::kOff) return;
    const std::string dir =
        options_.models_dir.empty() ? SyntaxModel::DefaultDir() : options_.models_dir;
    auto model = SyntaxModel::Load(dir);
    if (model.ok()) {
      syntax_ = std::move(model.value());
      if (options_.parser_beam > 0) syntax_->set_beam(options_.parser_beam);
    } else {
      problems_.push_back(model.status().message() + " (coding without syntax)");
    }
  }

  Status LoadDictDir(const std::string& dir) {
    if (Status s = actors_.LoadDir(dir); !s.ok()) return s;
    std::error_code ec;
    const fs::path irregular = fs::path(dir) / "irregular_verbs.txt";
    if (fs::exists(irregular, ec)) {
      if (Status s = verbs_.LoadIrregular(irregular.string()); !s.ok()) return s;
    }
    const fs::path verbs = fs::path(dir) / "verbs.txt";
    if (fs::exists(verbs, ec)) return verbs_.LoadPatterns(verbs.string());
    return Status::Ok();
  }

  PipelineOptions options_;
  ActorDictionary actors_;
  VerbDictionary verbs_;
  CameoTable cameo_;
  Gazetteer gazetteer_;
  petrarch::ConversionReport report_;  // --dict-format phoenix
  std::vector<std::string> problems_;
  std::unique_ptr<SyntaxModel> syntax_;
};

// Tags (and parses, if asked) one sentence; `candidate`: it has an actor and a
// candidate predicate, so it may yield an event.
// Tags what the coder needs: a window of words around each candidate predicate the
// treebank also saw as something other than a verb ("attack", "support"); words only ever
// seen as verbs ("accused", "met") need no tagger. Returns whether anything was tagged.
bool CoderImpl::TagAmbiguousAnchors(const Sentence& s, size_t anchor) {
  constexpr size_t kBefore = 4, kAfter = 5;  // context the tagger looks at
  const SyntaxModel* model = pipeline_->syntax();
  const Token* tokens = doc_.tokens.data() + s.first_token;
  const size_t n = s.token_count;
  size_t tagged_to = 0;  // tokens [.., tagged_to) are tagged
  for (; anchor < n; anchor = pipeline_->verbs().NextAnchor(tokens, n, anchor + 1)) {
    if (anchor < tagged_to || model->tagger().AlwaysVerb(tokens[anchor].form)) continue;
    const size_t from = std::max(tagged_to, anchor > kBefore ? anchor - kBefore : 0);
    const size_t to = std::min(n, anchor + kAfter);
    Sentence window;
    window.first_token = s.first_token + static_cast<uint32_t>(from);
    window.token_count = static_cast<uint32_t>(to - from);
    model->Tag(&doc_, window, &syntax_ws_);
    tagged_to = to;
  }
  return tagged_to > 0;
}

// Syntax for one sentence, as PipelineOptions::syntax asks; `anchor` is its first
// candidate predicate (token_count when none, or when it has no actor). Returns whether
// the sentence was parsed for the coder (actor names as single words, pipeline/name_parse.h).
bool CoderImpl::AddSyntax(const Sentence& s, size_t anchor) {
  const SyntaxModel* model = pipeline_->syntax();
  const PipelineOptions::Syntax mode = pipeline_->options().syntax;
  if (model == nullptr || mode == PipelineOptions::Syntax::kOff) return false;
  const bool candidate = anchor < s.token_count;
  if (candidate && mode != PipelineOptions::Syntax::kTag) {
    TagWithNames(*model, &doc_, s, mentions_, &syntax_ws_, &name_ws_);
    ++counts_.tagged;
    // No candidate predicate the tags allow: no event, no parse (the coder finds none).
    const Token* tokens = doc_.tokens.data() + s.first_token;
    const bool worth = std::any_of(tokens + anchor, tokens + s.token_count, [&](const Token& t) {
      return pipeline_->verbs().CanAnchorTagged(t);
    });
    const bool parsed =
        worth && ParseTaggedNames(*model, &doc_, s, mentions_, &syntax_ws_, &name_ws_);
    counts_.parsed += parsed;
    if (parsed || mode != PipelineOptions::Syntax::kParseAll) return parsed;
  }
  if (mode == PipelineOptions::Syntax::kParseAll) {
    model->Annotate(&doc_, s, &syntax_ws_);
    ++counts_.tagged;
    ++counts_.parsed;
  } else if (candidate && TagAmbiguousAnchors(s, anchor)) {
    ++counts_.tagged;
  }
  return false;
}

CoderImpl::CoderImpl(const PipelineImpl* p)
    : pipeline_(p), finder_(&p->actors()), coder_(&p->verbs(), &p->cameo()),
      parse_coder_(&p->verbs(), &p->cameo()),
      places_(&p->gazetteer()) {}

Status CoderImpl::Code(const Article& article, std::vector<Event>* events) {
  Analyze(article, &doc_);
  ++counts_.articles;
  counts_.sentences += doc_.sentences.size();
  const size_t before = events->size();
  const size_t max_tokens = pipeline_->options().max_sentence_tokens;
  places_.BeginArticle();
  for (uint32_t i = 0; i < doc_.sentences.size(); ++i) {
    const Sentence& s = doc_.sentences[i];
    if (s.token_count > max_tokens) continue;
    const Token* tokens = doc_.tokens.data() + s.first_token;
    finder_.Find(tokens, s.token_count, article.published, &mentions_);
    const size_t anchor = mentions_.empty()
                              ? s.token_count
                              : pipeline_->verbs().NextAnchor(tokens, s.token_count, 0);
    const bool parsed = AddSyntax(s, anchor);
    if (anchor == s.token_count) continue;
    // The event date: a time expression in the sentence, else the publication date.
    const EventDate when = ResolveEventDate(
        std::span<const Token>(doc_.tokens.data() + s.first_token, s.token_count),
        article.published);
    SentenceContext ctx{&doc_, i, &mentions_, when.date};
    const size_t first_event = events->size();
    if (parsed) parse_coder_.CodeSentence(ctx, events);
    else coder_.CodeSentence(ctx, events);
    places_.AddSentence(doc_, s, mentions_, *events, first_event);
  }
  places_.Finish(article, events, before);
  counts_.events += events->size() - before;
  return Status::Ok();
}

}  // namespace

Result<EventNameFn> LoadEventNames(const std::string& data_dir) {
  auto table = std::make_shared<CameoTable>();
  if (Status s = table->Load(CameoTablePath(data_dir)); !s.ok()) return s;
  return EventNameFn([table](std::string_view code) {
    const CameoInfo* info = table->Find(code);
    return info ? std::string_view(info->name) : std::string_view();
  });
}

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto p = std::make_unique<PipelineImpl>(options);
  if (Status s = p->Load(); !s.ok()) return s;
  return std::unique_ptr<Pipeline>(std::move(p));
}

}  // namespace parley
