#include "peers/petrarch/validation.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "peers/petrarch/actor_dictionary.h"
#include "peers/petrarch/dictionaries.h"

namespace parley::petrarch {

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// Sentence text as PETRARCH compares it: line breaks removed, nothing else.
std::string JoinLines(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != '\n' && c != '\r') out += c;
  }
  return out;
}

bool EventsMatch(const std::vector<ExpectedEvent>& expected,
                 const std::vector<CodedEvent>& coded) {
  std::vector<bool> used(expected.size(), false);
  for (const auto& c : coded) {
    bool found = false;
    for (size_t k = 0; k < expected.size() && !found; ++k) {
      const auto& e = expected[k];
      if (!used[k] && e.source == c.source && e.target == c.target && e.code == c.code) {
        used[k] = found = true;
      }
    }
    if (!found) return false;
  }
  return std::all_of(used.begin(), used.end(), [](bool u) { return u; });
}

std::string DiscardName(DiscardList::Verdict v) {
  return v == DiscardList::Verdict::kSentence ? "sentencediscard"
         : v == DiscardList::Verdict::kStory  ? "storydiscard"
                                              : "";
}

bool Included(const RecordFile& file, const SentenceRecord& s) {
  const auto has = [&](const std::vector<std::string>& list) {
    return std::find(list.begin(), list.end(), s.category) != list.end();
  };
  std::vector<std::string> include = file.include;
  std::erase(include, "valid");
  if (!include.empty() && !has(include)) return false;
  return !has(file.exclude);
}

DictionaryFiles EnvironmentFiles(const RecordFile& file, const std::string& dir) {
  const auto at = [&](const std::string& name) {
    return name.empty() ? name : (std::filesystem::path(dir) / name).string();
  };
  DictionaryFiles f;
  f.verbs = at(file.verb_file);
  if (!file.actor_file.empty()) f.actors = {at(file.actor_file)};
  f.agents = at(file.agent_file);
  f.discards = at(file.discard_file);
  return f;
}

}  // namespace

bool IsChecked(const RecordFile& file, const SentenceRecord& record) {
  return !record.skip && Included(file, record);
}

RecordOutcome ScoreRecord(const SentenceRecord& record, const SentenceResult& result) {
  RecordOutcome out;
  out.id = record.id;
  out.line = record.line;
  out.expected = record.expected;
  out.coded = result.events;
  out.expected_error = record.error;
  out.abandoned = result.abandoned;
  out.raised_error = result.tree_error != TreeError::kNone ? TreeErrorName(result.tree_error)
                                                           : DiscardName(result.discard);
  if (result.tree_error != TreeError::kNone && !record.error.empty()) {
    out.passed = out.raised_error == record.error;
    return out;
  }
  const bool expects_discard = record.error.find("discard") != std::string::npos;
  if (result.discard != DiscardList::Verdict::kKeep || expects_discard) {
    out.passed = out.raised_error == record.error;
    return out;
  }
  out.passed = EventsMatch(record.expected, result.events);
  return out;
}

void ForEachCheckedRecord(
    const RecordFile& file, const std::string& records_path, ValidationReport* report,
    const std::function<void(const SentenceRecord&, const CoderOptions&)>& code) {
  CoderOptions options;
  for (const auto& item : file.items) {
    if (item.kind == RecordItem::Kind::kStop) break;
    if (item.kind == RecordItem::Kind::kConfig) {
      if (Status s = options.Set(item.option, item.value); !s.ok()) {
        report->warnings.push_back(records_path + ": <Config>: " + s.message());
      }
      continue;
    }
    if (!IsChecked(file, item.sentence)) {
      ++report->skipped;
      continue;
    }
    code(item.sentence, options);
  }
}

Result<ValidationReport> RunValidation(const std::string& records_path,
                                       const ValidationOptions& options) {
  auto file = ReadRecordFile(records_path);
  if (!file.ok()) return file.status();
  const std::string dir = options.dict_dir.empty()
                              ? std::filesystem::path(records_path).parent_path().string()
                              : options.dict_dir;
  ValidationReport report;
  Dictionaries dicts;
  LoadReport load;
  const auto load_start = Clock::now();
  if (Status s = dicts.Load(EnvironmentFiles(file.value(), dir), &load); !s.ok()) return s;
  report.load_seconds = Since(load_start);
  report.warnings = std::move(load.warnings);
  TreeCoder coder(dicts);
  const auto code_start = Clock::now();
  ForEachCheckedRecord(file.value(), records_path, &report, [&](const SentenceRecord& record,
                                                               const CoderOptions& coder_options) {
    const SentenceResult result =
        coder.Code(record.parse, OrdinalDate(record.date), JoinLines(record.text), coder_options);
    if (record.id == options.explain_id) {
      report.explained = coder.Explain(record.parse, OrdinalDate(record.date), coder_options);
    }
    RecordOutcome outcome = ScoreRecord(record, result);
    if (outcome.passed) {
      ++report.passed;
    } else {
      ++report.failed;
      report.failures.push_back(std::move(outcome));
    }
  });
  report.code_seconds = Since(code_start);
  return report;
}

}  // namespace parley::petrarch
