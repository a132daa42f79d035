// peers/tabari/dict_readers.cc — readers for .actors, .agents and .verbs files.
// Malformed lines are skipped with a "file:line: reason" warning, as TABARI does.
#include <cctype>
#include <cstring>
#include <fstream>
#include <sstream>

#include "peers/tabari/dict_line.h"
#include "peers/tabari/dictionary.h"

namespace parley::tabari {
namespace {

Result<std::string> ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Warn(std::vector<std::string>* w, const std::string& name, int line, const std::string& why) {
  if (w) w->push_back(name + ":" + std::to_string(line) + ": " + why);
}

bool Counts(char c) {
  return !std::isspace(static_cast<unsigned char>(c)) && !std::ispunct(static_cast<unsigned char>(c));
}

// TABARI's length of a pattern (manual 5.7.1): letters, digits, '_' and '\'' outside
// alternatives in *len; the longest option of each {...} summed in *alt.
void PatternLength(std::string_view s, int* len, int* alt) {
  *len = *alt = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' || s[i] == '\'') ++*len;
    if (Counts(s[i])) {
      ++*len;
    } else if (s[i] == '{') {
      int best = 0;
      while (i < s.size() && s[i] != '}') {
        ++i;
        int cur = 0;
        while (i < s.size() && s[i] != '|' && s[i] != '}') {
          if (s[i] == '_' || s[i] == '\'') ++cur;
          if (Counts(s[i])) ++cur;
          ++i;
        }
        best = std::max(best, cur);
      }
      *alt += best;
    }
  }
}

}  // namespace

Status Dictionary::AddPattern(RootId owner, std::string_view phrase, std::string_view code, bool time) {
  Pattern p;
  int len = 0, alt = 0;
  PatternLength(phrase.substr(1), &len, &alt);
  Result<Phrase> ph = StorePhrase(phrase.substr(1));
  if (!ph.ok()) return ph.status();
  p.phrase = std::move(ph).value();
  if (time) {
    Result<TimeCode> t = ParseTimeCode(code, codes_);
    if (!t.ok()) return t.status();
    p.time = t.value();
  } else if (!code.empty()) {
    Result<EventCode> e = ParseEventCode(code, codes_);
    if (!e.ok()) return e.status();
    p.code = e.value();
  }
  p.length = len + alt;
  p.maxalt = alt;
  p.text = std::string(phrase);
  std::vector<Pattern>& list = roots_[static_cast<size_t>(owner)].patterns;
  size_t at = 0;
  while (at < list.size() && list[at].length >= len) ++at;  // TABARI compares with len, not len+alt
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), std::move(p));
  return Status::Ok();
}

Status Dictionary::LoadActors(const std::string& path, std::vector<std::string>* w) {
  Result<std::string> text = ReadAll(path);
  if (!text.ok()) return text.status();
  ParseActors(text.value(), path, w);
  return Status::Ok();
}

Status Dictionary::LoadAgents(const std::string& path, std::vector<std::string>* w) {
  Result<std::string> text = ReadAll(path);
  if (!text.ok()) return text.status();
  ParseAgents(text.value(), path, w);
  return Status::Ok();
}

Status Dictionary::LoadVerbs(const std::string& path, std::vector<std::string>* w) {
  Result<std::string> text = ReadAll(path);
  if (!text.ok()) return text.status();
  ParseVerbs(text.value(), path, w);
  return Status::Ok();
}

void Dictionary::ParseActors(std::string_view text, const std::string& name, std::vector<std::string>* w) {
  enum class Section { kActors, kNouns, kAdjectives } section = Section::kActors;
  int32_t pending = -1;      // actor_codes_ index waiting for indented [...] lines
  std::string pending_blocks;
  int pending_line = 0;
  RootId parent = kNoRoot;
  auto flush = [&]() {
    if (pending < 0) return;
    Result<ActorCodes> c = ParseActorCodes(pending_blocks, codes_, yyyy_);
    if (c.ok()) actor_codes_[static_cast<size_t>(pending)] = std::move(c).value();
    else Warn(w, name, pending_line, c.status().message());
    pending = -1;
    pending_blocks.clear();
  };
  ForEachLine(text, [&](int n, std::string_view raw) {
    DictLine line = ParseDictLine(raw, /*code_optional=*/true);
    if (line.kind == DictLine::Kind::kEnd) return false;
    if (line.kind == DictLine::Kind::kSkip) return true;
    if (line.kind == DictLine::Kind::kError) {
      Warn(w, name, n, line.error);
      return true;
    }
    if (line.phrase.rfind("<NOUN", 0) == 0) { section = Section::kNouns; return true; }
    if (line.phrase.rfind("<ADJ", 0) == 0) { section = Section::kAdjectives; return true; }
    if (line.phrase.rfind("</", 0) == 0) { section = Section::kActors; return true; }
    if (section != Section::kActors) {
      Result<Phrase> ph = StorePhrase(line.phrase);
      if (!ph.ok() || IsDuplicateRoot(ph.value())) return true;
      Root r;
      r.phrase = std::move(ph).value();
      r.type = section == Section::kNouns ? WordType::kNoun : WordType::kAdjctv;
      r.text = line.phrase;
      AddRoot(std::move(r));
      return true;
    }
    if (line.phrase.empty()) {  // an indented date-restriction line
      if (pending < 0) Warn(w, name, n, "code block without an actor");
      else pending_blocks += line.code + " ";
      return true;
    }
    const bool synonym = line.phrase[0] == '+';
    std::string phrase = synonym ? line.phrase.substr(1) : line.phrase;
    if (!synonym) flush();
    if (phrase.size() < 2) {
      Warn(w, name, n, "phrase missing or too short");
      return true;
    }
    Result<Phrase> ph = StorePhrase(phrase);
    if (!ph.ok()) { Warn(w, name, n, ph.status().message()); return true; }
    if (IsDuplicateRoot(ph.value())) { Warn(w, name, n, "duplicate actor " + phrase); return true; }
    Root r;
    r.phrase = std::move(ph).value();
    r.type = WordType::kActor;
    r.text = phrase;
    if (synonym) {
      if (parent == kNoRoot) { Warn(w, name, n, "synonym without an actor"); return true; }
      r.parent = parent;
      r.actor_codes = roots_[static_cast<size_t>(parent)].actor_codes;
      AddRoot(std::move(r));
      return true;
    }
    r.actor_codes = static_cast<int32_t>(actor_codes_.size());
    actor_codes_.emplace_back();
    parent = AddRoot(std::move(r));
    pending = roots_.back().actor_codes;
    pending_line = n;
    pending_blocks = line.code;
    if (!line.code.empty()) flush();
    return true;
  });
  flush();
}

void Dictionary::ParseAgents(std::string_view text, const std::string& name, std::vector<std::string>* w) {
  ForEachLine(text, [&](int n, std::string_view raw) {
    DictLine line = ParseDictLine(raw, /*code_optional=*/false);
    if (line.kind == DictLine::Kind::kEnd) return false;
    if (line.kind == DictLine::Kind::kSkip) return true;
    if (line.kind == DictLine::Kind::kError) { Warn(w, name, n, line.error); return true; }
    std::string_view code = BracketContent(line.code);
    if (code.find('~') == std::string_view::npos) {
      Warn(w, name, n, "agent code requires a '~'");
      return true;
    }
    Result<Phrase> ph = StorePhrase(line.phrase);
    if (!ph.ok()) { Warn(w, name, n, ph.status().message()); return true; }
    if (IsDuplicateRoot(ph.value())) { Warn(w, name, n, "duplicate agent " + line.phrase); return true; }
    Root r;
    r.phrase = std::move(ph).value();
    r.type = WordType::kAgent;
    std::string compact;
    for (char c : code) if (!std::isspace(static_cast<unsigned char>(c))) compact += c;
    r.agent_code = codes_.Intern(compact);
    DatedActorCode as_actor;  // used when SET: CONVERT AGENTS turns the agent into an actor
    as_actor.codes.push_back(r.agent_code);
    r.actor_codes = static_cast<int32_t>(actor_codes_.size());
    actor_codes_.emplace_back().blocks.push_back(std::move(as_actor));
    r.text = line.phrase;
    AddRoot(std::move(r));
    return true;
  });
}

void Dictionary::ParseVerbs(std::string_view text, const std::string& name, std::vector<std::string>* w) {
  enum class Section { kVerbs, kSynsets, kTime, kAttrib } section = Section::kVerbs;
  RootId current = kNoRoot;  // root that receives patterns
  bool skip = false;         // main verb was a duplicate: skip its forms and patterns
  ForEachLine(text, [&](int n, std::string_view raw) {
    const bool optional = section != Section::kVerbs && section != Section::kTime;
    DictLine line = ParseDictLine(raw, optional);
    if (line.kind == DictLine::Kind::kEnd) return false;
    if (line.kind == DictLine::Kind::kSkip) return true;
    if (line.kind == DictLine::Kind::kError) { Warn(w, name, n, line.error); return true; }
    const std::string& p = line.phrase;
    if (p.rfind("<SYN", 0) == 0) { section = Section::kSynsets; return true; }
    if (p.rfind("<TIME", 0) == 0) { section = Section::kTime; has_time_words_ = true; return true; }
    if (p.rfind("<ATTRIB", 0) == 0) { section = Section::kAttrib; return true; }
    if (p.rfind("</", 0) == 0) { section = Section::kVerbs; current = kNoRoot; return true; }
    Status st;
    if (section == Section::kSynsets) {
      if (p[0] == '&') {
        Result<Phrase> ph = StorePhrase(p, /*synset_root_mode=*/true);
        if (!ph.ok()) { Warn(w, name, n, ph.status().message()); return true; }
        Root r;
        r.phrase = std::move(ph).value();
        r.type = WordType::kSynset;
        r.text = p;
        current = AddRoot(std::move(r));
      } else if (p[0] == '+' && current != kNoRoot) {
        std::string member = "-" + p.substr(1);
        if (member.find(root(current).text) != std::string::npos) {
          Warn(w, name, n, "synset designator used in one of its own patterns");
          return true;
        }
        st = AddPattern(current, member, "", false);
      }
      if (!st.ok()) Warn(w, name, n, st.message());
      return true;
    }
    if (p[0] == '-') {
      if (p.find('*') == std::string::npos) st = Status::InvalidArgument("no verb marker '*' in pattern");
      else if (current == kNoRoot) st = Status::InvalidArgument("pattern before any verb");
      else if (!skip) st = AddPattern(current, p, line.code, section == Section::kTime);
      if (!st.ok()) Warn(w, name, n, st.message());
      return true;
    }
    if (p[0] == '{') {  // irregular forms of the current verb
      if (skip || current == kNoRoot) return true;
      std::string forms = p.substr(1);
      if (forms.find('}') != std::string::npos) forms.resize(forms.find('}'));
      std::istringstream ss(forms);
      std::string form;
      bool any = false;
      while (ss >> form) {
        any = true;
        Result<Phrase> ph = StorePhrase(form);
        if (!ph.ok() || IsDuplicateRoot(ph.value())) { Warn(w, name, n, "duplicate verb form " + form); continue; }
        Root r = roots_[static_cast<size_t>(current)];
        r.phrase = std::move(ph).value();
        r.patterns.clear();
        r.patterns_of = current;
        r.text = form;
        AddRoot(std::move(r));
      }
      if (!any) Warn(w, name, n, "no verb forms inside {...}");
      return true;
    }
    Result<Phrase> ph = StorePhrase(p);
    if (!ph.ok()) { Warn(w, name, n, ph.status().message()); return true; }
    if (IsDuplicateRoot(ph.value())) {
      Warn(w, name, n, "duplicate verb " + p);
      skip = true;
      return true;
    }
    Root r;
    r.phrase = std::move(ph).value();
    r.text = p;
    if (section == Section::kTime) {
      r.type = WordType::kTime;
      Result<TimeCode> t = ParseTimeCode(line.code, codes_);
      if (!t.ok()) { Warn(w, name, n, t.status().message()); return true; }
      r.time = t.value();
    } else {
      r.type = section == Section::kAttrib ? WordType::kAttrib : WordType::kVerb;
      if (!line.code.empty()) {
        Result<EventCode> e = ParseEventCode(line.code, codes_);
        if (!e.ok()) { Warn(w, name, n, e.status().message()); return true; }
        r.event = e.value();
      }
    }
    current = AddRoot(std::move(r));
    skip = false;
    return true;
  });
}

}  // namespace parley::tabari
