// peers/tabari/options.cc
#include "peers/tabari/options.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>

#include "peers/tabari/dict_line.h"

namespace parley::tabari {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The first integer after `key` in s (which must be a whole word), or `fallback`.
int IntAfter(const std::string& s, std::string_view key, int fallback) {
  size_t at = 0;
  while ((at = s.find(key, at)) != std::string::npos) {
    const bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(s[at - 1]));
    const size_t end = at + key.size();
    const bool word_end = end >= s.size() || !std::isalpha(static_cast<unsigned char>(s[end]));
    if (word_start && word_end) {
      size_t i = end;
      while (i < s.size() && !std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
      if (i < s.size()) return std::atoi(s.c_str() + i);
      return fallback;
    }
    at = end;
  }
  return fallback;
}

bool BoolAfterEquals(const std::string& s) {
  const size_t eq = s.find('=');
  if (eq == std::string::npos) return true;
  for (size_t i = eq; i < s.size(); ++i) {
    if (s[i] == 'T') return true;
    if (s[i] == 'F') return false;
  }
  return true;
}

std::string CodeIn(const std::string& s, size_t from) {
  const size_t open = s.find('[', from);
  const size_t close = s.find(']', open == std::string::npos ? from : open);
  if (open == std::string::npos || close == std::string::npos) return {};
  std::string code;
  for (size_t i = open + 1; i < close; ++i) if (!std::isspace(static_cast<unsigned char>(s[i]))) code += s[i];
  return code;
}

void ApplyComplex(const std::string& s, Options* o) {
  ComplexLimits& c = o->complex;
  c.verbs = IntAfter(s, "VERBS", 0);
  c.actors = IntAfter(s, "ACTORS", 0);
  c.pronouns = IntAfter(s, "PRONOUNS", 0);
  c.conj = IntAfter(s, "CONJ", 0);
  c.comma = IntAfter(s, "COMMA", 0);
  c.late_verb = IntAfter(s, "LATEVERB", 0);
  c.no_act_prior = s.find("ACTPRIOR") != std::string::npos;
  c.no_act_after = s.find("ACTAFTER") != std::string::npos;
  c.no_source = s.find("NOSOURCE") != std::string::npos;
  c.no_verb = s.find("NOVERB") != std::string::npos;
  c.no_target = s.find("NOTARGET") != std::string::npos;
  c.no_event = s.find("NOEVENT") != std::string::npos;
}

void ApplyDefault(const std::string& s, Options* o) {
  if (s.find("OFF") != std::string::npos) {
    o->default_source.clear();
    o->default_target.clear();
    o->default_prior = o->default_after = false;
    return;
  }
  const size_t src = s.find("SOURCE"), tar = s.find("TARGET");
  if (src != std::string::npos) {
    o->default_source = CodeIn(s, src);
    const size_t end = tar != std::string::npos && tar > src ? tar : s.size();
    o->default_prior = s.substr(src, end - src).find("PRIOR") != std::string::npos;
  }
  if (tar != std::string::npos) {
    o->default_target = CodeIn(s, tar);
    o->default_after = s.find("AFTER", tar) != std::string::npos;
  }
}

void ApplyComma(const std::string& s, Options* o) {
  if (s.find("OFF") != std::string::npos) {
    o->comma_min = o->comma_emin = o->comma_bmin = 255;
    o->comma_max = o->comma_emax = o->comma_bmax = 0;
    return;
  }
  o->comma_min = IntAfter(s, "MIN", o->comma_min);
  o->comma_max = IntAfter(s, "MAX", o->comma_max);
  o->comma_emin = IntAfter(s, "EMIN", o->comma_emin);
  o->comma_emax = IntAfter(s, "EMAX", o->comma_emax);
  o->comma_bmin = IntAfter(s, "BMIN", o->comma_bmin);
  o->comma_bmax = IntAfter(s, "BMAX", o->comma_bmax);
}

void ApplyForward(const std::string& s, Options* o) {
  std::string fmt;
  for (char c : s) {
    if (c == '^' || c == '*' || c == 'N' || c == 'S') fmt += c;
    else if (!fmt.empty()) break;
  }
  o->forward = s.find("OFF") == std::string::npos;
  // Positions count from the first non-blank character of the record id (the ^ stand for
  // the blanks between the date and the id, which ReadTextRecords trims).
  fmt.erase(0, fmt.find_first_not_of('^') == std::string::npos ? fmt.size() : fmt.find_first_not_of('^'));
  o->story_pos = static_cast<int>(fmt.find('N'));
  o->story_len = static_cast<int>(std::count(fmt.begin(), fmt.end(), 'N'));
  o->sentence_pos = static_cast<int>(fmt.find('S'));
  o->sentence_len = static_cast<int>(std::count(fmt.begin(), fmt.end(), 'S'));
  if (o->story_len == 0 || o->sentence_len == 0) o->forward = false;
  // Only the first run of N's and of S's counts (manual 8.4.1).
  auto run = [&](char c, int pos) {
    int n = 0;
    while (pos >= 0 && pos + n < static_cast<int>(fmt.size()) && fmt[static_cast<size_t>(pos + n)] == c) ++n;
    return n;
  };
  o->story_len = run('N', o->story_pos);
  o->sentence_len = run('S', o->sentence_pos);
}

void ApplySet(const std::string& s, Options* o) {
  if (s.find("CODE BY CLAUSE") != std::string::npos) o->code_by = Options::CodeBy::kClause;
  else if (s.find("CODE BY SENTENCE") != std::string::npos) o->code_by = Options::CodeBy::kSentence;
  else if (s.find("CODE ALL") != std::string::npos) o->code_by = Options::CodeBy::kAll;
  else if (s.find("MINIMUM WORDS") != std::string::npos) o->min_words = IntAfter(s, "WORDS", 8);
  else if (s.find("CONVERT AGENT") != std::string::npos) o->convert_agents = BoolAfterEquals(s);
  else if (s.find("YYYY") != std::string::npos) o->four_digit_years = BoolAfterEquals(s);
  else if (s.find("TIME SHIFT") != std::string::npos) o->time_shift = BoolAfterEquals(s);
  else if (s.find("FBIS") != std::string::npos) o->fbis = BoolAfterEquals(s);
}

}  // namespace

Status ApplyOptionLine(std::string_view raw, Options* o) {
  std::string line = Upper(raw);
  for (std::string_view c : {"//", "#"}) {
    const size_t at = line.find(c);
    if (at != std::string::npos) line.resize(at);
  }
  const size_t colon = line.find(':');
  if (colon == std::string::npos) {
    for (char ch : line) if (!std::isspace(static_cast<unsigned char>(ch))) return Status::InvalidArgument("no command");
    return Status::Ok();
  }
  std::string cmd;
  for (size_t i = 0; i < colon; ++i) if (!std::isspace(static_cast<unsigned char>(line[i]))) cmd += line[i];
  const std::string rest = line.substr(colon + 1);
  if (cmd.rfind("COMP", 0) == 0) ApplyComplex(" " + rest, o);
  else if (cmd.rfind("DEFA", 0) == 0) ApplyDefault(rest, o);
  else if (cmd.rfind("COMM", 0) == 0) ApplyComma(rest, o);
  else if (cmd.rfind("FORW", 0) == 0) ApplyForward(rest, o);
  else if (cmd == "SET") ApplySet(rest, o);
  else if (cmd.rfind("LABE", 0) == 0 || cmd.rfind("OUTP", 0) == 0 || cmd.rfind("NONE", 0) == 0) return Status::Ok();
  else return Status::InvalidArgument("unknown command " + cmd);
  return Status::Ok();
}

bool ForwardKey(const Options& o, std::string_view id, std::string* story, int* sentence) {
  if (!o.forward || o.story_pos < 0 || o.sentence_pos < 0) return false;
  const size_t first = id.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  id.remove_prefix(first);
  const auto sp = static_cast<size_t>(o.story_pos), ss = static_cast<size_t>(o.sentence_pos);
  if (sp >= id.size() || ss >= id.size()) return false;
  *story = std::string(id.substr(sp, static_cast<size_t>(o.story_len)));
  const std::string_view num = id.substr(ss, static_cast<size_t>(o.sentence_len));
  *sentence = 0;
  for (char c : num) {
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      *sentence = 0;  // a non-numeric serial counts as zero
      break;
    }
    *sentence = std::min(*sentence * 10 + (c - '0'), 1 << 20);
  }
  return true;
}

Status LoadOptions(const std::string& path, Options* o, std::vector<std::string>* warnings) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open " + path);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line[0] == '~') break;
    if (Status st = ApplyOptionLine(line, o); !st.ok() && warnings) {
      warnings->push_back(path + ":" + std::to_string(n) + ": " + st.message());
    }
  }
  return Status::Ok();
}

}  // namespace parley::tabari
