#include "peers/petrarch/raw_validation.h"

#include <stdlib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>

#include "code/verb_dictionary.h"
#include "peers/petrarch/actor_dictionary.h"
#include "peers/petrarch/parley_dictionaries.h"
#include "recognize/actor_dictionary.h"
#include "recognize/actor_finder.h"
#include "peers/petrarch/coder_options.h"
#include "peers/petrarch/records.h"

namespace parley::petrarch {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// The record's text as one line: line breaks and runs of blanks become one blank.
std::string OneLine(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool blank = c == '\n' || c == '\r' || c == ' ' || c == '\t';
    if (blank) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Letters and digits only, lower case: what a text and its tree leaves must share.
std::string Letters(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      out += c;
    }
  }
  return out;
}

}  // namespace

bool TextMatchesTree(std::string_view text, std::string_view parse) {
  // Leaves are the second items of innermost brackets: "(NNP Gondor)".
  std::string leaves;
  for (size_t open = parse.find('('); open != std::string_view::npos;
       open = parse.find('(', open + 1)) {
    const size_t close = parse.find_first_of("()", open + 1);
    if (close == std::string_view::npos || parse[close] != ')') continue;
    std::string_view inner = parse.substr(open + 1, close - open - 1);
    const size_t blank = inner.find_first_of(" \t\n");
    if (blank == std::string_view::npos) continue;
    std::string_view word = inner.substr(blank + 1);
    while (!word.empty() && std::isspace(static_cast<unsigned char>(word.front()))) {
      word.remove_prefix(1);
    }
    if (word.size() == 5 && word[0] == '-' && word[4] == '-') continue;  // -LRB- -RRB-
    leaves += Letters(word);
  }
  return !leaves.empty() && leaves == Letters(text);
}

namespace {

// A temporary folder laid out as the Phoenix converter expects (PhoenixFiles), whose
// files are links to the validation dictionaries the <Environment> names; removed with
// the object. The pipeline reads Phoenix dictionaries only by those names.
class PhoenixStaging {
 public:
  ~PhoenixStaging() {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }

  Status Create(const RecordFile& file, const std::string& dict_dir) {
    std::string tmpl = (fs::temp_directory_path() / "parley-petrarch-raw-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) {
      return Status::IOError("cannot create a temporary folder in " +
                             fs::temp_directory_path().string());
    }
    dir_ = tmpl;
    if (file.verb_file.empty() || file.actor_file.empty() || file.agent_file.empty()) {
      return Status::InvalidArgument(
          "the <Environment> must name a verb, an actor and an agent file");
    }
    const DictionaryFiles phoenix = PhoenixFiles(dir_);
    if (Status s = Link(dict_dir, file.verb_file, phoenix.verbs); !s.ok()) return s;
    if (Status s = Link(dict_dir, file.actor_file, phoenix.actors[0]); !s.ok()) return s;
    for (size_t i = 1; i < phoenix.actors.size(); ++i) {  // the other actor files: empty
      std::ofstream(phoenix.actors[i]).flush();
    }
    return Link(dict_dir, file.agent_file, phoenix.agents);
  }

  const std::string& dir() const { return dir_; }

  // A loader's "file:line: reason" names the staged link; name the real file instead.
  std::string RealName(std::string message) const {
    for (const auto& [staged, real] : names_) {
      for (size_t at = message.find(staged); at != std::string::npos;
           at = message.find(staged, at + real.size())) {
        message.replace(at, staged.size(), real);
      }
    }
    return message;
  }

 private:
  Status Link(const std::string& dict_dir, const std::string& name, const std::string& as) {
    std::error_code ec;
    const fs::path real = fs::absolute(fs::path(dict_dir) / name, ec);
    if (!fs::is_regular_file(real, ec)) {
      return Status::NotFound(real.string() + ": no such dictionary (named by <Environment>)");
    }
    fs::create_symlink(real, as, ec);
    if (ec) fs::copy_file(real, as, ec);  // no links on this file system
    if (ec) return Status::IOError(as + ": " + ec.message());
    names_.emplace_back(as, (fs::path(dict_dir) / name).string());
    return Status::Ok();
  }

  std::string dir_;
  std::vector<std::pair<std::string, std::string>> names_;  // staged path, real path
};

Result<AgentRoles> ReadAgentRoles(const std::string& path) {
  AgentDictionary agents;
  LoadReport ignored;  // the pipeline's load reports the same lines
  if (Status s = agents.Load(path, &ignored); !s.ok()) return s;
  AgentRoles roles;
  for (const auto& [first, entries] : agents.entries()) {
    for (const auto& e : entries) {
      std::string role = e.code;
      const bool prefix = !role.empty() && role.back() == '~';
      role.erase(std::remove(role.begin(), role.end(), '~'), role.end());
      if (!role.empty()) roles.emplace(role, prefix);
    }
  }
  return roles;
}

std::string PetrarchCode(const std::string& code, const AgentRoles& roles) {
  if (code.empty()) return "---";
  if (roles.count(code)) return "---" + code;  // an agent alone
  if (code.size() > 3) {
    const auto role = roles.find(code.substr(3));
    if (role != roles.end() && role->second) return role->first + code.substr(0, 3);
  }
  return code;
}

// Why a record failed, from what Parley saw in its sentence: the actors the actor finder
// found (with the same converted dictionaries the pipeline uses) and the candidate
// predicates (words that anchor a verb pattern).
class Diagnosis {
 public:
  Status Load(const std::string& staged_dir) {
    ConversionReport ignored;
    return LoadPhoenixDictionaries(staged_dir, &actors_, &verbs_, &ignored);
  }

  // `events`: what the pipeline coded, before NormalizeEvents.
  void Classify(const Doc& doc, const Date& date, const AgentRoles& roles,
                const std::vector<Event>& events, RecordOutcome* out) {
    std::vector<std::string> found, anchors;
    for (const Sentence& s : doc.sentences) {
      const Token* tokens = doc.tokens.data() + s.first_token;
      finder_.Find(tokens, s.token_count, date, &mentions_);
      for (const auto& m : mentions_) found.push_back(PetrarchCode(m.code, roles));
      for (size_t a = verbs_.NextAnchor(tokens, s.token_count, 0); a < s.token_count;
           a = verbs_.NextAnchor(tokens, s.token_count, a + 1)) {
        anchors.emplace_back(tokens[a].form);
      }
    }
    const auto list = [](const std::vector<std::string>& v) {
      std::string text;
      for (const auto& x : v) text += (text.empty() ? "" : " ") + x;
      return text.empty() ? std::string("none") : text;
    };
    const auto has = [](const auto& v, const auto& x) {
      return std::find(v.begin(), v.end(), x) != v.end();
    };
    const std::string seen = "actors found: " + list(found) + "; predicates: " + list(anchors);
    if (!out->text_matches_tree) {
      out->failure_class = "text differs from tree";
      out->why = "the record's <Text> and the leaves of its <Parse> differ; " + seen;
      return;
    }
    if (out->expected_error.find("discard") != std::string::npos) {
      out->failure_class = "discard";
      out->why = "Parley has no discard list";
      return;
    }
    if (out->expected.empty()) {
      out->failure_class = "no event expected";
      out->why = seen;
      return;
    }
    std::vector<std::string> missing;
    for (const auto& e : out->expected) {
      for (const std::string* code : {&e.source, &e.target}) {
        if (*code != "---" && !has(found, *code) && !has(missing, *code)) {
          missing.push_back(*code);
        }
      }
    }
    if (!missing.empty()) {
      out->failure_class = "actor";
      out->why = "not found: " + list(missing) + "; " + seen;
      return;
    }
    const auto coded_code = [&](const std::string& code) {
      return std::any_of(out->coded.begin(), out->coded.end(),
                         [&](const CodedEvent& c) { return c.code == code; });
    };
    const bool any_code = std::any_of(out->expected.begin(), out->expected.end(),
                                      [&](const auto& e) { return coded_code(e.code); });
    // An event with an expected code that lost an actor: the role was not assigned.
    for (const Event& e : events) {
      const bool expected_code =
          std::any_of(out->expected.begin(), out->expected.end(),
                      [&](const ExpectedEvent& x) { return x.code == e.cameo; });
      if (!any_code && expected_code && (e.source.empty() || e.target.empty())) {
        out->failure_class = e.target.empty() ? "roles: no target" : "roles: no source";
        out->why = "coded " + (e.source.empty() ? "-" : e.source.code) + " " +
                   (e.target.empty() ? "-" : e.target.code) + " " + e.cameo + "; " + seen;
        return;
      }
    }
    if (!any_code) {
      out->failure_class = "verb pattern: " + VerbClass(doc, *out);
      out->why = seen;
      return;
    }
    const bool all_expected = std::all_of(
        out->expected.begin(), out->expected.end(), [&](const ExpectedEvent& e) {
          return has(out->coded, CodedEvent{e.source, e.target, e.code});
        });
    const bool all_coded = std::all_of(
        out->coded.begin(), out->coded.end(), [&](const CodedEvent& c) {
          return std::any_of(out->expected.begin(), out->expected.end(), [&](const auto& e) {
            return e.source == c.source && e.target == c.target && e.code == c.code;
          });
        });
    out->failure_class = all_expected ? "extra event" : all_coded ? "missing event" : "roles: other actors";
    out->why = seen;
  }

 private:
  // Why no expected event code came out, though the actors were found: no candidate
  // predicate; none whose patterns carry an expected code; the only ones that do are
  // infinitives ("is about to restore", which Parley's coder never codes by itself); or
  // one does, but its pattern did not match or no roles were assigned.
  std::string VerbClass(const Doc& doc, const RecordOutcome& out) const {
    bool any_anchor = false, with_code = false, finite = false;
    for (const Sentence& s : doc.sentences) {
      const Token* tokens = doc.tokens.data() + s.first_token;
      for (size_t a = verbs_.NextAnchor(tokens, s.token_count, 0); a < s.token_count;
           a = verbs_.NextAnchor(tokens, s.token_count, a + 1)) {
        any_anchor = true;
        const auto* ids = verbs_.Anchored(tokens[a].norm);
        if (ids == nullptr) continue;
        const bool carries = std::any_of(ids->begin(), ids->end(), [&](uint32_t id) {
          return std::any_of(out.expected.begin(), out.expected.end(), [&](const auto& e) {
            return verbs_.pattern(id).code == e.code;
          });
        });
        if (!carries) continue;
        with_code = true;
        if (a == 0 || tokens[a - 1].norm != "to") finite = true;
      }
    }
    if (!any_anchor) return "no predicate";
    if (!with_code) return "no pattern with the code";
    if (!finite) return "infinitive";
    return "not matched";
  }

  parley::ActorDictionary actors_;
  parley::VerbDictionary verbs_;
  ActorFinder finder_{&actors_};
  std::vector<ActorMention> mentions_;
};

}  // namespace

std::vector<CodedEvent> NormalizeEvents(const std::vector<Event>& events,
                                        const AgentRoles& roles, bool require_dyad) {
  std::vector<CodedEvent> out;
  for (const Event& e : events) {
    if (require_dyad && (e.source.empty() || e.target.empty())) continue;
    CodedEvent c{PetrarchCode(e.source.code, roles), PetrarchCode(e.target.code, roles),
                 e.cameo};
    if (c.source == c.target) continue;
    if (std::find(out.begin(), out.end(), c) != out.end()) continue;
    out.push_back(std::move(c));
  }
  return out;
}

Result<ValidationReport> RunRawValidation(const std::string& records_path,
                                          const RawValidationOptions& options) {
  auto file = ReadRecordFile(records_path);
  if (!file.ok()) return file.status();
  const std::string dir = options.dict_dir.empty()
                              ? fs::path(records_path).parent_path().string()
                              : options.dict_dir;
  ValidationReport report;
  const auto load_start = Clock::now();
  PhoenixStaging staging;
  if (Status s = staging.Create(file.value(), dir); !s.ok()) return s;
  auto roles = ReadAgentRoles(PhoenixFiles(staging.dir()).agents);
  if (!roles.ok()) return roles.status();
  PipelineOptions popts;
  popts.dict_format = "phoenix";
  popts.extra_dict_dirs = {staging.dir()};
  popts.syntax = options.syntax;
  popts.data_dir = options.data_dir;
  popts.models_dir = options.models_dir;
  auto pipeline = Pipeline::Create(popts);
  if (!pipeline.ok()) {
    const Status& s = pipeline.status();
    std::string message = staging.RealName(s.message());
    if (s.code() == Status::Code::kNotFound) return Status::NotFound(std::move(message));
    if (s.code() == Status::Code::kIOError) return Status::IOError(std::move(message));
    return Status::Corruption(std::move(message));
  }
  report.load_seconds = Since(load_start);
  for (const auto& w : pipeline.value()->load_problems()) {
    report.warnings.push_back(staging.RealName(w));
  }
  report.dictionaries = staging.RealName(pipeline.value()->Describe());
  auto coder = pipeline.value()->NewCoder();
  Diagnosis diagnosis;
  if (Status s = diagnosis.Load(staging.dir()); !s.ok()) return s;

  std::vector<Event> events;
  const auto code_start = Clock::now();
  // Of the <Config> options only require_dyad applies; the others concern the tree.
  ForEachCheckedRecord(file.value(), records_path, &report, [&](const SentenceRecord& record,
                                                               const CoderOptions& coder_options) {
    Article article;
    article.id = record.id;
    article.published = Date::Parse(record.date);
    article.date_source = "input";
    article.body = OneLine(record.text);
    events.clear();
    if (Status s = coder->Code(article, &events); !s.ok()) {
      report.warnings.push_back(record.id + ": " + s.ToString());
    }
    SentenceResult result;
    result.events = NormalizeEvents(events, roles.value(), coder_options.require_dyad);
    RecordOutcome outcome = ScoreRecord(record, result);
    outcome.text = article.body;
    outcome.text_matches_tree = TextMatchesTree(record.text, record.parse);
    if (!outcome.text_matches_tree) ++report.text_differs;
    if (outcome.passed) {
      ++report.passed;
    } else {
      ++report.failed;
      diagnosis.Classify(coder->doc(), article.published, roles.value(), events, &outcome);
      ++report.failure_classes[outcome.failure_class];
      report.failures.push_back(std::move(outcome));
    }
  });
  report.code_seconds = Since(code_start);
  return report;
}

}  // namespace parley::petrarch
