#include "peers/petrarch/verb_dictionary.h"

#include <algorithm>

#include "peers/petrarch/py_text.h"

namespace parley::petrarch {

const VerbNode* VerbNode::Child(const std::string& key) const {
  auto it = next.find(key);
  return it == next.end() ? nullptr : it->second.get();
}

VerbNode* VerbNode::Add(const std::string& key) {
  auto& slot = next[key];
  if (!slot) slot = std::make_unique<VerbNode>();
  return slot.get();
}

VerbNode* VerbNode::AddSynset(const std::string& name) {
  for (auto& [key, node] : synsets) {
    if (key == name) return node.get();
  }
  synsets.emplace_back(name, std::make_unique<VerbNode>());
  return synsets.back().second.get();
}

namespace {

using Words = std::vector<std::string>;

// Words of a pattern half, split on blanks and underscores. A word that must sit next to
// the element matched before it (joined by '_', counting from the verb outwards) is
// stored as "_WORD". `before_verb`: the half left of '*', matched from its end.
Words PatternWords(std::string_view half, bool before_verb) {
  struct Piece {
    std::string word;
    bool joined_before = false, joined_after = false;
  };
  std::vector<Piece> pieces;
  bool joined = false;
  std::string word;
  auto flush = [&](bool next_joined) {
    if (!word.empty()) pieces.push_back({std::move(word), joined, next_joined});
    word.clear();
    joined = next_joined;
  };
  for (char c : half) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (word.empty() && c == '_') joined = true;
      else flush(c == '_');
    } else {
      word += c;
    }
  }
  if (!word.empty()) pieces.push_back({std::move(word), joined, false});
  if (!pieces.empty() && before_verb) pieces.back().joined_after = half.ends_with('_');
  Words out;
  for (const auto& p : pieces) {
    const bool adjacent = before_verb ? p.joined_after : p.joined_before;
    out.push_back(adjacent ? "_" + p.word : p.word);
  }
  return out;
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  if (from.empty()) return;
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size())) {
    s->replace(at, from.size(), to);
  }
}

std::string SynsetPlural(const std::string& s) {
  if (s.ends_with('Y')) return s.substr(0, s.size() - 1) + "IES";
  if (s.ends_with('S')) return s.substr(0, s.size() - 1) + "ES";
  return s + "S";
}

// Drops the grouping marks of PETRARCH-2 patterns: "(FOR {FINANCIAL AID})".
std::string DropGrouping(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != '(' && c != ')' && c != '{' && c != '}') out += c;
  }
  return out;
}

// Adds a pattern: `lower` words in order, "#", `upper` from its end, "#" -> info.
void AddTree(std::unordered_map<std::string, VerbNode>* dict, const std::string& key,
             const Words& lower, const Words& upper, VerbInfo info) {
  VerbNode* node = &(*dict)[key];
  auto synset = [](const std::string& w) { return w[0] == '&' || w.starts_with("_&"); };
  for (const auto& w : lower) node = synset(w) ? node->AddSynset(w) : node->Add(w);
  node = node->Add("#");
  for (auto it = upper.rbegin(); it != upper.rend(); ++it) {
    node = synset(*it) ? node->AddSynset(*it) : node->Add(*it);
  }
  node = node->Add("#");
  node->info = std::make_unique<VerbInfo>(std::move(info));
}

}  // namespace

// One pass over a verb file, keeping PETRARCH's block state.
class VerbDictionary::Reader {
 public:
  Reader(VerbDictionary* dict, const std::string& file, LoadReport* report)
      : dict_(dict), file_(file), report_(report) {}

  void Line(const DictLine& line) {
    line_ = line.number;
    std::string_view text = line.text;
    if (!synset_.empty() && text.starts_with('+')) return SynsetMember(text.substr(1));
    synset_.clear();
    std::string verb, code;
    SplitCode(text, &verb, &code);
    if (verb.empty()) return Warn("record without a verb or pattern");
    if (verb.starts_with("---")) return BlockHeader(code);
    if (verb[0] == '-') return Pattern(verb, code);
    if (verb[0] == '&') return SynsetHeader(verb);
    if (verb[0] == '~') return;  // transformation: not used by this coder
    VerbLine(verb, code);
  }

 private:
  void Warn(const std::string& why) { report_->Warn(file_, line_, why); }

  static void SplitCode(std::string_view text, std::string* verb, std::string* code) {
    const size_t open = text.find('[');
    if (open == std::string_view::npos) {
      *verb = std::string(Strip(text));
      return;
    }
    *verb = std::string(Strip(text.substr(0, open)));
    const std::string_view rest = text.substr(open + 1);
    const size_t close = rest.find(']');
    *code = std::string(Strip(close == std::string_view::npos ? rest : rest.substr(0, close)));
  }

  void BlockHeader(const std::string& code) {
    primary_code_ = code.empty() ? "---" : code;
    new_block_ = true;
  }

  bool SynsetsKnown(const Words& words) {
    for (const auto& w : words) {
      const std::string name = w[0] == '_' ? w.substr(1) : w;
      if (name[0] == '&' && !dict_->synsets_.count(name)) {
        Warn("synset " + w + " is not defined before use; pattern skipped");
        return false;
      }
    }
    return true;
  }

  void Pattern(std::string verb, const std::string& code) {
    verb = DropGrouping(verb);
    ReplaceAll(&verb, "_ ", " ");
    if (verb.ends_with('_')) verb.pop_back();
    if (theverb_.empty()) return Warn("pattern outside a verb block");
    if (code.empty()) return Warn("pattern without a [code]");
    const std::string_view body = std::string_view(verb).substr(1);
    const size_t star = body.find('*');
    const Words upper = PatternWords(Strip(body.substr(0, star)), true);
    Words lower;
    if (star != std::string_view::npos && !Strip(body.substr(star + 1)).empty()) {
      lower = PatternWords(body.substr(star + 1), false);
    }
    if (!SynsetsKnown(upper) || !SynsetsKnown(lower)) return;
    AddTree(&dict_->patterns_, theverb_, lower, upper, {"", code, line_});
    ++dict_->pattern_count_;
  }

  void SynsetHeader(std::string name) {
    no_plural_ = name.ends_with('_');
    if (no_plural_) name.pop_back();
    synset_ = name;
    dict_->synsets_[synset_];
  }

  void SynsetMember(std::string_view text) {
    std::string phrase(Strip(text));
    const bool no_plural = no_plural_ || phrase.ends_with('_');
    std::replace(phrase.begin(), phrase.end(), '_', ' ');
    auto& members = dict_->synsets_[synset_];
    const Words words = SplitWords(phrase);
    if (words.empty()) return Warn("empty synset member");
    members.push_back(words);
    if (!no_plural) members.push_back(SplitWords(SynsetPlural(phrase)));
  }

  void VerbLine(const std::string& verb, const std::string& code) {
    const std::string cur_code = code.empty() ? primary_code_ : code;
    const size_t brace = verb.find('{');
    if (new_block_) {
      theverb_ = std::string(Strip(verb.substr(0, brace)));
      AddTree(&dict_->patterns_, theverb_, {}, {}, {"", cur_code, line_});
      new_block_ = false;
    }
    if (theverb_.empty()) return Warn("verb outside a verb block");
    if (verb.find('_') != std::string::npos) return MultiWordVerb(verb, cur_code);
    AddForm(SplitWords(verb)[0], cur_code);
    if (brace != std::string::npos) return IrregularForms(verb, cur_code);
    RegularForms(verb, cur_code);
  }

  void AddForm(const std::string& form, const std::string& code) {
    AddTree(&dict_->verbs_, form, {}, {}, {theverb_, code, line_});
  }

  void IrregularForms(const std::string& verb, const std::string& code) {
    const size_t open = verb.find('{'), close = verb.find('}');
    if (close == std::string::npos) return Warn("missing '}' after irregular forms");
    for (const auto& form : SplitWords(verb.substr(open + 1, close - open - 1))) {
      AddForm(form, code);
    }
  }

  void RegularForms(const std::string& root, const std::string& code) {
    const char last = root.back();
    AddForm(root + (last == 'S' || last == 'X' || last == 'Z' ? "ES" : "S"), code);
    if (last == 'E') {
      AddForm(root + "D", code);
      AddForm(root.substr(0, root.size() - 1) + "ING", code);
    } else {
      AddForm(root + "ED", code);
      AddForm(root + "ING", code);
    }
  }

  Words MultiWordForms(const std::string& verb) {
    Words forms;
    if (const size_t open = verb.find('{'); open != std::string::npos) {
      const size_t close = verb.find('}', open);
      if (close == std::string::npos) {
        Warn("missing '}' after irregular forms");
        return forms;
      }
      forms = SplitWords(verb.substr(open + 1, close - open - 1));
      forms.emplace_back(Strip(verb.substr(0, open)));
      return forms;
    }
    const size_t plus = verb.find('+');
    if (plus == std::string::npos) {
      Warn("multi-word verb " + verb + " has no '+' on its verb word; skipped");
      return forms;
    }
    const size_t end = verb.find('_', plus + 1);
    const std::string root = verb.substr(plus + 1, end == std::string::npos ? end : end - plus - 1);
    if (root.empty()) return {verb};
    forms.push_back(verb);
    auto with = [&](const std::string& ending, bool drop_e) {
      std::string form = verb;
      ReplaceAll(&form, root, (drop_e ? root.substr(0, root.size() - 1) : root) + ending);
      forms.push_back(form);
    };
    with("S", false);
    with(root.back() == 'E' ? "D" : "ED", false);
    with("ING", root.back() == 'E');
    return forms;
  }

  void MultiWordVerb(const std::string& verb, const std::string& code) {
    for (const auto& phrase : MultiWordForms(verb)) {
      if (phrase.find('+') == std::string::npos) {
        Warn("form " + phrase + " of multi-word verb has no '+'; skipped");
        continue;
      }
      Words words;
      for (size_t start = 0;;) {
        const size_t us = phrase.find('_', start);
        words.push_back(phrase.substr(start, us == std::string::npos ? us : us - start));
        if (us == std::string::npos) break;
        start = us + 1;
      }
      if (words[0].starts_with('+')) {
        const Words after(words.begin() + 1, words.end());
        AddTree(&dict_->verbs_, words[0].substr(1), after, {}, {theverb_, code, line_});
      } else {
        // PETRARCH stores the preceding words farthest-first.
        const Words before(words.rbegin() + 1, words.rend());
        AddTree(&dict_->verbs_, words.back().substr(1), {}, before, {theverb_, code, line_});
      }
    }
  }

  VerbDictionary* dict_;
  const std::string& file_;
  LoadReport* report_;
  size_t line_ = 0;
  std::string primary_code_ = "---";
  std::string theverb_;
  bool new_block_ = false;
  std::string synset_;
  bool no_plural_ = false;
};

void VerbDictionary::LoadLines(const std::vector<DictLine>& lines, const std::string& file,
                               LoadReport* report) {
  Reader reader(this, file, report);
  for (const auto& line : lines) reader.Line(line);
}

Status VerbDictionary::Load(const std::string& path, LoadReport* report) {
  auto lines = ReadDictLines(path);
  if (!lines.ok()) return lines.status();
  LoadLines(lines.value(), path, report);
  return Status::Ok();
}

const VerbNode* VerbDictionary::Verb(const std::string& word) const {
  auto it = verbs_.find(word);
  return it == verbs_.end() ? nullptr : &it->second;
}

const VerbNode* VerbDictionary::Patterns(const std::string& meaning) const {
  auto it = patterns_.find(meaning);
  return it == patterns_.end() ? nullptr : &it->second;
}

size_t VerbDictionary::SynsetMatch(const std::string& name, const std::vector<std::string>& seq,
                                   long at, int step) const {
  auto it = synsets_.find(name);
  if (it == synsets_.end()) return 0;
  const long n = static_cast<long>(seq.size());
  size_t best = 0;
  for (const auto& phrase : it->second) {
    if (phrase.size() <= best) continue;
    bool ok = true;
    for (size_t k = 0; k < phrase.size() && ok; ++k) {
      // Backwards, the phrase's last word is nearest the verb.
      const std::string& want = step > 0 ? phrase[k] : phrase[phrase.size() - 1 - k];
      const long pos = at + static_cast<long>(k);
      ok = pos >= 0 && pos < n && seq[pos] == want;
    }
    if (ok) best = phrase.size();
  }
  return best;
}

}  // namespace parley::petrarch
