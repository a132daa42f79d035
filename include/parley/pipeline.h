// parley/pipeline.h — the coding pipeline: Article -> Doc -> actors -> Events.
//
// A Pipeline owns the loaded dictionaries and models; it is immutable after Create() and
// safe to share between threads. Each thread codes through its own Coder, which owns
// reusable buffers (no allocation per token once warm).
//
//   auto pipeline = parley::Pipeline::Create({});
//   auto coder = pipeline.value()->NewCoder();
//   std::vector<parley::Event> events;
//   coder->Code(article, &events);
#ifndef PARLEY_PIPELINE_H_
#define PARLEY_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/article.h"
#include "parley/doc.h"
#include "parley/event.h"
#include "parley/status.h"

namespace parley {

struct PipelineOptions {
  // Folder with Parley's dictionaries and tables (actors/, agents.txt, verbs.txt, cameo/).
  // Empty: $PARLEY_DATA, else the data/ folder of the source tree Parley was built from.
  std::string data_dir;
  // Extra dictionary folders (`--dict DIR`): their actors/agents/verbs files are loaded
  // after the defaults; an entry with the same name replaces the default one.
  std::vector<std::string> extra_dict_dirs;
  // Format of the extra_dict_dirs folders: "parley" (the layout above, loaded after the
  // defaults) or "phoenix" (PETRARCH's Phoenix dictionaries: CAMEO.2.0.txt,
  // Phoenix.*.actors.txt, Phoenix.agents.txt, converted; they replace the default actors,
  // agents and verbs). docs/dictionaries.md.
  std::string dict_format = "parley";
  // Sentences longer than this many tokens are not coded (bounded work). Default 200.
  size_t max_sentence_tokens = 200;

  // How much syntax the analyze stage computes (the models live in `models_dir`).
  //   kOff         no tagger, no parser: the coder works on words alone;
  //   kTag         (default) tag and lemmatize the sentences that can yield an event (an
  //                actor and a candidate predicate); the coder then takes verb patterns
  //                only at tokens tagged VERB or AUX;
  //   kParse       tag and parse those sentences, each actor name as one word, and code
  //                them with the parse coder (roles from the tree, word order where the
  //                tree leaves a role open: code/parse_coder.h);
  //   kParseAll    as kParse, and also parse every other sentence (for users who want all
  //                the trees).
  enum class Syntax { kOff, kTag, kParse, kParseAll };
  Syntax syntax = Syntax::kTag;
  // Beam width of the parser (kParse, kParseAll): 0 = the width it was trained for (the
  // shipped parser's is in docs/models.md); 1 = greedy, faster and less accurate.
  int parser_beam = 0;
  // Folder with tagger.bin, lemmatizer.bin and parser.bin. Empty: $PARLEY_MODELS, else the
  // data/models folder of the source tree. When the models are missing, Parley warns (see
  // load_problems) and codes without syntax.
  std::string models_dir;
};

// Counts a Coder accumulates over its lifetime.
struct CodeCounts {
  uint64_t articles = 0;
  uint64_t sentences = 0;
  uint64_t events = 0;
  uint64_t tagged = 0;  // sentences the tagger ran on
  uint64_t parsed = 0;  // sentences the parser ran on
};

class Coder {
 public:
  virtual ~Coder() = default;
  // Codes one article and appends its events to *events. The Doc of the last call stays
  // readable through doc() until the next call.
  virtual Status Code(const Article& article, std::vector<Event>* events) = 0;
  virtual const Doc& doc() const = 0;
  virtual const CodeCounts& counts() const = 0;
};

class Pipeline {
 public:
  virtual ~Pipeline() = default;
  // Loads dictionaries and tables; returns the problems of malformed files as a Status.
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  virtual std::unique_ptr<Coder> NewCoder() const = 0;
  // Malformed dictionary lines skipped while loading, as "file:line: reason".
  virtual const std::vector<std::string>& load_problems() const = 0;
  // CAMEO name of an event code, "" when unknown.
  virtual std::string_view EventName(std::string_view code) const = 0;
  // Sizes of what was loaded: actor records, agent phrases, verb patterns, CAMEO codes.
  virtual std::string Describe() const = 0;
};

}  // namespace parley

#endif  // PARLEY_PIPELINE_H_
