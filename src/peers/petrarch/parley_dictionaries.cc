#include "peers/petrarch/parley_dictionaries.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "code/verb_dictionary.h"
#include "parley/article.h"
#include "peers/petrarch/dictionaries.h"
#include "recognize/actor_dictionary.h"

namespace parley::petrarch {

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Words a title leaves in lower case after its first word ("Prince of Dol Amroth"). A
// lower-case name word matches the text in either case, a capitalised one only capitalised.
bool MinorWord(std::string_view w) {
  static const std::set<std::string_view> kMinor = {
      "of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "la", "du", "des"};
  return kMinor.count(w) > 0;
}

// "UNITED STATES" -> "United States", "PRINCE OF DOL AMROTH" -> "Prince of Dol Amroth";
// short one-word acronyms ("US", "UN") stay as they are.
std::string TitleCase(const std::string& name) {
  if (name.find(' ') == std::string::npos && name.size() <= 3) return name;
  std::string out = Lower(name);
  for (size_t i = 0; i < out.size();) {
    size_t end = i;
    while (end < out.size() && out[end] != ' ' && out[end] != '-') ++end;
    if (end > i && std::isalpha(static_cast<unsigned char>(out[i])) &&
        (i == 0 || !MinorWord(std::string_view(out).substr(i, end - i)))) {
      out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
    }
    i = end + 1;
  }
  return out;
}

// The words of a stored phrase, joined by blanks.
std::string PhraseText(const std::string& first, const NounPhrase& phrase) {
  std::string text = first;
  for (const auto& w : phrase.rest) {
    if (!w.word.empty()) text += ' ' + w.word;
  }
  return text;
}

void ConvertActors(const petrarch::ActorDictionary& in, parley::ActorDictionary* out,
                   ConversionReport* report) {
  // Days between PETRARCH's ordinal dates and Parley's.
  const int64_t offset = OrdinalDate("19700101") - Date::Parse("1970-01-01").ToDays();
  std::vector<std::vector<std::pair<size_t, std::string>>> names(in.code_lists().size());
  for (const auto& [first, entries] : in.entries()) {
    for (const auto& e : entries) {
      if (e.codes < names.size()) names[e.codes].emplace_back(e.order, PhraseText(first, e.phrase));
    }
  }
  for (size_t i = 0; i < names.size(); ++i) {
    auto& list = names[i];
    if (list.empty()) continue;
    std::sort(list.begin(), list.end());
    std::vector<std::string> titled;
    for (const auto& [order, name] : list) titled.push_back(TitleCase(name));
    for (const DatedCode& c : in.code_lists()[i]) {
      ActorRecord r;
      r.code = c.code;
      r.name = titled[0];
      switch (c.kind) {
        case DatedCode::Kind::kBefore: r.to = c.from - offset; break;
        case DatedCode::Kind::kAfter: r.from = c.from - offset; break;
        case DatedCode::Kind::kBetween:
          r.from = c.from - offset;
          r.to = c.to - offset;
          break;
        case DatedCode::Kind::kDefault: break;
      }
      if (out->AddRecord(std::move(r), titled)) {
        ++report->actor_records;
      } else {
        ++report->actors_skipped;
      }
    }
    report->actor_names += titled.size();
  }
}

void ConvertAgents(const AgentDictionary& in, parley::ActorDictionary* out,
                   ConversionReport* report) {
  for (const auto& [first, entries] : in.entries()) {
    for (const auto& e : entries) {
      std::string role = e.code;
      role.erase(std::remove(role.begin(), role.end(), '~'), role.end());
      if (out->AddAgent(role, Lower(PhraseText(first, e.phrase)))) {
        ++report->agent_phrases;
      } else {
        ++report->agents_skipped;
      }
    }
  }
}

// One stored pattern: the words after the verb, the words before it, its data.
struct TriePath {
  std::vector<std::string> after, before;
  const VerbInfo* info = nullptr;
};

void Walk(const VerbNode& node, std::vector<std::string>* path, std::vector<TriePath>* out) {
  if (node.info) {
    TriePath p;
    p.info = node.info.get();
    const auto hash = std::find(path->begin(), path->end(), "#");
    p.after.assign(path->begin(), hash);
    if (hash != path->end()) {
      const auto hash2 = std::find(hash + 1, path->end(), "#");
      p.before.assign(hash + 1, hash2);
    }
    out->push_back(std::move(p));
  }
  for (const auto& [key, child] : node.next) {
    path->push_back(key);
    Walk(*child, path, out);
    path->pop_back();
  }
  for (const auto& [key, child] : node.synsets) {
    path->push_back(key);
    Walk(*child, path, out);
    path->pop_back();
  }
}

std::vector<TriePath> Paths(const VerbNode& root) {
  std::vector<TriePath> out;
  std::vector<std::string> path;
  Walk(root, &path, &out);
  return out;
}

PatternElement Words(std::vector<std::string> forms) {
  PatternElement e;
  e.forms = std::move(forms);
  return e;
}

PatternElement Gap() {
  PatternElement e;
  e.gap = true;
  return e;
}

// Converts the words after the verb onto `p` (whose anchor is in place); "" on success,
// else the reason to skip.
std::string AddFollowing(const petrarch::VerbDictionary& dict,
                         const std::vector<std::string>& words, VerbPattern* p) {
  auto& el = p->elements;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string w = words[i];
    const bool adjacent = w.size() > 1 && w[0] == '_';
    if (adjacent) w.erase(0, 1);
    if (w == "$") return "source marker $ after the verb";
    if (w == "%") return "compound marker %";
    if (w == "+" || w == "^") {  // the target (or a skipped phrase) fills a gap
      if (!el.back().gap) el.push_back(Gap());
      continue;
    }
    if (!adjacent && !el.back().gap) el.push_back(Gap());
    if (w[0] == '&') {
      const auto* members = dict.Synset(w);
      std::vector<std::string> forms;
      if (members != nullptr) {
        for (const auto& m : *members) {
          if (m.size() == 1) forms.push_back(Lower(m[0]));
        }
      }
      if (forms.empty()) return "synset without one-word members";
      el.push_back(Words(std::move(forms)));
    } else {
      el.push_back(Words({Lower(w)}));
    }
  }
  while (el.back().gap) el.pop_back();
  const auto gaps = std::count_if(el.begin(), el.end(), [](const auto& e) { return e.gap; });
  if (gaps > parley::VerbDictionary::kMaxGapsPerPattern) return "too many gaps";
  return "";
}

// Past participles among the forms one verb line generated: neither the root, nor its
// third person (root+S/ES/IES), nor an -ING form.
void Participles(const std::vector<std::string>& forms, std::vector<std::string>* out) {
  const std::set<std::string> all(forms.begin(), forms.end());
  std::set<std::string> roots, third;
  for (const auto& f : forms) {
    std::vector<std::string> s = {f + "s", f + "es"};
    if (f.ends_with('y')) s.push_back(f.substr(0, f.size() - 1) + "ies");
    for (const auto& t : s) {
      if (all.count(t)) {
        roots.insert(f);
        third.insert(t);
      }
    }
  }
  for (const auto& f : forms) {
    if (roots.count(f) || third.count(f) || f.ends_with("ing")) continue;
    if (roots.empty() && !f.ends_with("ed")) continue;
    out->push_back(f);
  }
}

void ConvertVerbs(const petrarch::VerbDictionary& in, parley::VerbDictionary* out,
                  const std::string& file, ConversionReport* report) {
  std::vector<VerbPattern> patterns;
  std::vector<std::string> participles;
  // Single-word forms by block verb, and by (block, code) for the bare-verb patterns.
  std::unordered_map<std::string, std::vector<std::string>> forms_of_block;
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> bare;
  std::unordered_map<size_t, std::vector<std::string>> forms_of_line;
  std::vector<std::string> keys;
  for (const auto& [form, node] : in.verbs()) keys.push_back(form);
  std::sort(keys.begin(), keys.end());  // deterministic pattern order
  for (const auto& form : keys) {
    for (const TriePath& path : Paths(in.verbs().at(form))) {
      const VerbInfo& info = *path.info;
      const std::string lower = Lower(form);
      if (path.after.empty() && path.before.empty()) {
        forms_of_block[info.meaning].push_back(lower);
        forms_of_line[info.line].push_back(lower);
        if (info.code != "---") bare[{info.meaning, info.code}].push_back(lower);
        continue;
      }
      VerbPattern p;
      p.code = info.code;
      p.source = file + ":" + std::to_string(info.line);
      if (!path.before.empty()) {
        report->skipped["multi-word verb with words before the verb"]++;
        continue;
      }
      p.elements.push_back(Words({lower}));
      bool ok = true;
      for (const auto& w : path.after) {
        if (w[0] == '&' || w.starts_with("_&")) ok = false;
        p.elements.push_back(Words({Lower(w[0] == '_' ? w.substr(1) : w)}));
      }
      if (!ok || p.code.find(':') != std::string::npos) {
        report->skipped["multi-word verb that does not map"]++;
        continue;
      }
      p.elements[0].verb = true;
      patterns.push_back(std::move(p));
      ++report->verb_patterns;
    }
  }
  for (auto& [key, forms] : bare) {
    if (key.second.find(':') != std::string::npos) {
      report->skipped["symmetric code a:b"]++;
      continue;
    }
    VerbPattern p;
    p.code = key.second;
    p.source = file + ": verb " + key.first;
    p.elements.push_back(Words(forms));
    p.elements[0].verb = true;
    patterns.push_back(std::move(p));
    ++report->verb_patterns;
  }
  for (const auto& [line, forms] : forms_of_line) Participles(forms, &participles);

  std::vector<std::string> blocks;
  for (const auto& [verb, node] : in.blocks()) blocks.push_back(verb);
  std::sort(blocks.begin(), blocks.end());
  for (const auto& block : blocks) {
    const auto forms = forms_of_block.find(block);
    for (const TriePath& path : Paths(in.blocks().at(block))) {
      if (path.after.empty() && path.before.empty()) continue;  // the block's own verb
      const VerbInfo& info = *path.info;
      std::string why;
      if (!path.before.empty()) {
        why = "words before the verb";
      } else if (info.code.find(':') != std::string::npos) {
        why = "symmetric code a:b";
      } else if (forms == forms_of_block.end()) {
        why = "block without one-word verbs";
      }
      VerbPattern p;
      p.code = info.code;
      p.source = file + ":" + std::to_string(info.line);
      if (why.empty()) {
        p.elements.push_back(Words(forms->second));
        p.elements[0].verb = true;
        why = AddFollowing(in, path.after, &p);
      }
      if (!why.empty()) {
        report->skipped[why]++;
        continue;
      }
      patterns.push_back(std::move(p));
      ++report->block_patterns;
    }
  }
  out->AddPatterns(std::move(patterns), participles);
}

}  // namespace

size_t ConversionReport::skipped_total() const {
  size_t n = 0;
  for (const auto& [why, count] : skipped) n += count;
  return n;
}

std::string ConversionReport::Summary() const {
  std::string s = std::to_string(actor_records) + " actor records (" +
                  std::to_string(actor_names) + " names, " + std::to_string(actors_skipped) +
                  " skipped), " + std::to_string(agent_phrases) + " agent phrases (" +
                  std::to_string(agents_skipped) + " skipped), " +
                  std::to_string(verb_patterns) + " verb-form patterns, " +
                  std::to_string(block_patterns) + " block patterns converted, " +
                  std::to_string(skipped_total()) + " skipped";
  if (!skipped.empty()) {
    s += " (";
    bool first = true;
    for (const auto& [why, count] : skipped) {
      s += (first ? "" : "; ") + why + ": " + std::to_string(count);
      first = false;
    }
    s += ")";
  }
  return s + ", " + std::to_string(warnings.size()) + " reader warnings";
}

Status LoadPhoenixDictionaries(const std::string& dir, parley::ActorDictionary* actors,
                               parley::VerbDictionary* verbs, ConversionReport* report) {
  DictionaryFiles files = PhoenixFiles(dir);
  files.discards.clear();  // not used by Parley's coder
  files.issues.clear();
  Dictionaries dicts;
  LoadReport load;
  if (Status s = dicts.Load(files, &load); !s.ok()) return s;
  report->warnings = std::move(load.warnings);
  ConvertActors(dicts.actors, actors, report);
  ConvertAgents(dicts.agents, actors, report);
  ConvertVerbs(dicts.verbs, verbs, files.verbs, report);
  return Status::Ok();
}

}  // namespace parley::petrarch
