#include "peers/petrarch/ne_codes.h"

#include <algorithm>

namespace parley::petrarch {

namespace {

// Adds an agent code to an actor code unless already present at a 3-character step.
bool AddAgent(const std::string& agent, std::string* code) {
  const bool append = !agent.empty() && agent[0] == '~';
  const std::string agc = append ? agent.substr(1) : agent.substr(0, agent.size() - 1);
  for (size_t ka = 0; ka + agc.size() <= code->size(); ka += 3) {
    if (code->compare(ka, agc.size(), agc) == 0) return false;
  }
  *code = append ? *code + agc : agc + *code;
  return true;
}

long IndexOf(const ParseItems& pl, const std::string& item, long from, long to) {
  to = std::min(to, static_cast<long>(pl.size()));
  for (long i = std::max(from, 0L); i < to; ++i) {
    if (pl[i] == item) return i;
  }
  return -1;
}

// One NE per noun inside the coordination [nc_start, nc_end), each wrapped in `pre`
// and `post`.
bool ConjunctNes(const ParseItems& pl, long nc_start, long nc_end, const ParseItems& pre,
                 const ParseItems& post, ParseItems* out) {
  for (long ka = nc_start + 1; ka < nc_end - 1; ++ka) {
    if (pl[ka].find("(N") == std::string::npos) continue;
    const std::string end_tag = "~" + pl[ka].substr(1);
    out->push_back("(NE");
    out->push_back("---");
    out->insert(out->end(), pre.begin(), pre.end());
    for (++ka; ka < static_cast<long>(pl.size()) && pl[ka] != end_tag; ++ka) {
      out->push_back(pl[ka]);
    }
    if (ka >= static_cast<long>(pl.size())) return false;
    out->insert(out->end(), post.begin(), post.end());
    out->push_back("~NE");
  }
  return true;
}

// Expands the coordination inside the NE element starting at k; sets *next past it.
bool ExpandElement(long k, ParseItems* pl, long* next) {
  const long kend = IndexOf(*pl, "~NE", k, static_cast<long>(pl->size()));
  const long nc_start = kend < 0 ? -1 : IndexOf(*pl, "(NEC", k, kend);
  const long nc_end = nc_start < 0 ? -1 : IndexOf(*pl, "~NEC", nc_start, kend);
  if (nc_end < 0) return false;
  const ParseItems pre(pl->begin() + k + 1, pl->begin() + nc_start);
  const ParseItems post(pl->begin() + nc_end + 1, pl->begin() + kend);
  ParseItems items;
  if (!ConjunctNes(*pl, nc_start, nc_end, pre, post, &items)) return false;
  pl->erase(pl->begin() + k, pl->begin() + kend + 1);
  pl->insert(pl->begin() + k, items.begin(), items.end());
  *next = k + static_cast<long>(items.size());
  return true;
}

// Rewrites the NE [kstart, kend] holding a coordination as "(NEC NE... ~NEC".
bool ExpandCompound(long kstart, long kend, ParseItems* pl) {
  const long nc_start = IndexOf(*pl, "(NEC", kstart, kend);
  const long nc_end = nc_start < 0 ? -1 : IndexOf(*pl, "~NEC", nc_start, kend);
  if (nc_end < 0) return false;
  const ParseItems pre(pl->begin() + kstart + 1, pl->begin() + std::max(nc_start - 1, kstart + 1));
  const ParseItems post(pl->begin() + nc_end + 1, pl->begin() + kend);
  ParseItems items{"(NEC"};
  if (!ConjunctNes(*pl, nc_start, nc_end, pre, post, &items)) return false;
  items.push_back("~NEC");
  const bool nested = std::count(items.begin() + 1, items.end() - 1, "(NEC") > 0;
  items.push_back("~TLTL");
  pl->erase(pl->begin() + kstart, pl->begin() + kend + 1);
  pl->insert(pl->begin() + kstart, items.begin(), items.end());
  if (nested) {
    for (long ka = kstart + 1;;) {
      const long tell = IndexOf(*pl, "~TLTL", ka, static_cast<long>(pl->size()));
      if (tell < 0 || IndexOf(*pl, "(NE", ka, tell) < 0) break;
      if (!ExpandElement(ka, pl, &ka)) return false;
    }
  }
  pl->erase(std::find(pl->begin(), pl->end(), "~TLTL"));
  return true;
}

}  // namespace

std::string CodeNounPhrase(const Dictionaries& dicts, const std::vector<std::string>& words,
                           int date) {
  std::string code;
  size_t actor_from = 0, actor_to = 0, length = 0;
  for (size_t k = 0; k < words.size() && code.empty(); ++k) {
    code = dicts.actors.Match(words, k, date, &length);
    if (!code.empty()) actor_from = k, actor_to = k + length;
  }
  std::vector<const std::string*> agents;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k >= actor_from && k < actor_to) continue;
    if (const AgentEntry* agent = dicts.agents.Match(words, k, &length)) {
      agents.push_back(&agent->code);
      k += length - 1;
    }
  }
  if (agents.empty()) return code;
  if (code.empty()) code = "---";
  for (const std::string* agent : agents) {
    if (!AddAgent(*agent, &code)) break;
  }
  return code;
}

bool AssignNeCodes(const Dictionaries& dicts, int date, size_t start, ParseItems* items) {
  ParseItems& pl = *items;
  for (long k = static_cast<long>(start); k < static_cast<long>(pl.size()); ++k) {
    if (pl[k] != "(NE") continue;
    const long kstart = k, kcode = k + 1;
    std::vector<std::string> words;
    for (k += 2; k < static_cast<long>(pl.size()) && pl[k] != "~NE"; ++k) {
      if (pl[k].compare(1, 2, "NN") != 0) words.push_back(pl[k]);
    }
    if (k >= static_cast<long>(pl.size())) return false;
    if (std::find(words.begin(), words.end(), "(NEC") != words.end()) {
      if (!ExpandCompound(kstart, k, &pl)) return false;
      k = kstart - 1;
      continue;
    }
    std::string code = CodeNounPhrase(dicts, words, date);
    if (!code.empty()) pl[kcode] = std::move(code);
  }
  return true;
}

}  // namespace parley::petrarch
