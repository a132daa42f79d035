// peers/tabari/dictionary.h — TABARI's dictionaries in memory: literals, roots
// (actors, agents, verbs, nouns, adjectives, synsets, time words) and verb patterns.
//
// Words and dictionary phrases are broken into *literals* (upper-case word stems). A text
// word matches every literal that is a prefix of it ("partial") or equal to it ("exact").
// A phrase is a list of literals, each followed by a connector that says whether the
// literal may match partially and whether the next literal must follow at once:
//   "A B"  partial, skip      "A_ B"  exact, skip      "A_B"  exact, next
//   "A~_B" partial, next      "A="    exact, no regular endings (roots only)
// Symbols of patterns ($ + % ^ * @ { | }) are literals with fixed small ids.
//
// Thread safety: read-only after loading; one Dictionary may be shared by many coders.
#ifndef PARLEY_PEERS_TABARI_DICTIONARY_H_
#define PARLEY_PEERS_TABARI_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"
#include "peers/tabari/codes.h"

namespace parley::tabari {

using LitId = uint32_t;
// Fixed literal ids (as TABARI numbers them); ids >= kFirstWordLit are words.
enum : LitId {
  kEndLit = 0, kCommaLit = 1, kNumberLit = 2, kVerbLit = 3, kSourceLit = 4, kTargetLit = 5,
  kAttribLit = 6, kCompoundLit = 7, kSkipLit = 8, kOpenLit = 9, kOrLit = 10, kCloseLit = 11,
  kFirstWordLit = 16
};

// Connector bits.
inline constexpr uint16_t kConnPart = 0x4000;   // literal may match partially
inline constexpr uint16_t kConnSkip = 0x0400;   // words may intervene before the next literal
inline constexpr uint16_t kConnEqual = 0x0010;  // no regular endings
inline constexpr uint16_t kConnSynset = 0x0002; // element is a synset root, not a literal

struct PhraseElem {
  uint32_t id = kEndLit;  // literal id, or root id when conn & kConnSynset
  uint16_t conn = 0;
};
// Always ends with an element whose id is kEndLit.
using Phrase = std::vector<PhraseElem>;

enum class WordType : uint8_t {
  kNull, kActor, kAgent, kVerb, kTime, kAttrib, kDeterm, kNoun, kAdjctv, kAuxil, kByword,
  kComma, kPronoun, kConj, kPrep, kNumber, kSynset, kNullTag, kHalt
};

struct Pattern {
  Phrase phrase;
  EventCode code;     // verbs and attribution
  TimeCode time;      // time-shift patterns
  int length = 0;     // fixed characters + longest alternatives
  int maxalt = 0;     // characters of the longest alternatives
  std::string text;   // as written, for messages
};

using RootId = int32_t;
inline constexpr RootId kNoRoot = -1;

struct Root {
  Phrase phrase;
  WordType type = WordType::kNull;
  int32_t actor_codes = -1;   // index into Dictionary::actor_codes (actors)
  CodeId agent_code = kNoCode;// agents: e.g. "~GOV"
  EventCode event;            // verbs, attribution
  TimeCode time;              // time words
  RootId patterns_of = kNoRoot;  // verb forms share the patterns of their main verb
  RootId parent = kNoRoot;    // actor synonyms: the first phrase of the set
  std::vector<Pattern> patterns;  // longest first (manual 5.7.1)
  std::string text;
};

// Well-known roots and literals the parser needs.
struct Builtins {
  LitId and_lit = 0, nor_lit = 0;
  RootId he = kNoRoot, him = kNoRoot, she = kNoRoot, her = kNoRoot, it = kNoRoot;
  RootId them = kNoRoot, their = kNoRoot, they = kNoRoot;
  RootId former = kNoRoot;
  CodeId elite = kNoCode;  // "~ELI": agent of a "former" actor
};

// A literal that a text word matched.
struct LitMatch {
  LitId lit;
  bool exact;
};

class Dictionary {
 public:
  Dictionary();

  // Readers append to the dictionary. Malformed lines are skipped and reported as
  // "file:line: reason" in *warnings; only I/O failures return an error.
  Status LoadActors(const std::string& path, std::vector<std::string>* warnings);
  Status LoadAgents(const std::string& path, std::vector<std::string>* warnings);
  Status LoadVerbs(const std::string& path, std::vector<std::string>* warnings);
  // Same, from text already in memory (`name` is used in messages).
  void ParseActors(std::string_view text, const std::string& name, std::vector<std::string>* warnings);
  void ParseAgents(std::string_view text, const std::string& name, std::vector<std::string>* warnings);
  void ParseVerbs(std::string_view text, const std::string& name, std::vector<std::string>* warnings);

  // Appends every literal that is a prefix of `word` (upper case) to *out, shortest first.
  void MatchWord(std::string_view word, std::vector<LitMatch>* out) const;
  bool IsLiteral(std::string_view word) const;
  size_t LiteralLength(LitId id) const { return lit_text_[id].size(); }

  const Root& root(RootId id) const { return roots_[static_cast<size_t>(id)]; }
  // Roots whose phrase starts with literal `lit`, in dictionary order.
  const std::vector<RootId>& StartingWith(LitId lit) const { return starts_[lit]; }
  const std::vector<Pattern>& PatternsOf(RootId id) const;
  const ActorCodes& actor_codes(int32_t i) const { return actor_codes_[static_cast<size_t>(i)]; }
  const Builtins& builtins() const { return builtins_; }
  CodeTable& codes() { return codes_; }
  const CodeTable& codes() const { return codes_; }
  bool has_time_words() const { return has_time_words_; }
  size_t root_count() const { return roots_.size(); }
  size_t pattern_count() const;
  void set_four_digit_years(bool v) { yyyy_ = v; }

 private:
  struct TrieNode {
    std::vector<std::pair<char, int32_t>> next;  // sorted by char
    LitId lit = kEndLit;
  };
  LitId InternLiteral(std::string_view text);
  Result<Phrase> StorePhrase(std::string_view text, bool synset_root_mode = false);
  RootId AddRoot(Root root);
  bool IsDuplicateRoot(const Phrase& phrase) const;
  void AddBuiltin(std::string_view phrase, WordType type);
  Status AddPattern(RootId owner, std::string_view line_phrase, std::string_view code, bool time);

  std::vector<std::string> lit_text_;
  std::vector<TrieNode> trie_;
  std::vector<Root> roots_;
  std::vector<std::vector<RootId>> starts_;  // by literal id
  std::vector<ActorCodes> actor_codes_;
  CodeTable codes_;
  Builtins builtins_;
  bool has_time_words_ = false;
  bool yyyy_ = false;
};

}  // namespace parley::tabari

#endif  // PARLEY_PEERS_TABARI_DICTIONARY_H_
