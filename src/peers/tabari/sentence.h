// peers/tabari/sentence.h — TABARI's shallow parse of one sentence (manual chapter 7).
//
// Parse() filters the text, splits it into words, gives each word the dictionary root
// that matches the most characters, then marks nouns, compound actors, comma-delimited
// subordinate clauses, conjunction-delimited clauses and pronoun references. Multi-word
// structures are recorded as head and tail tags on their first and last words.
//
// Bounds: at most kMaxWords words (longer texts are truncated, as TABARI does) and 63
// characters a word. A Sentence is reused across calls; it is not thread-safe.
#ifndef PARLEY_PEERS_TABARI_SENTENCE_H_
#define PARLEY_PEERS_TABARI_SENTENCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "peers/tabari/dictionary.h"
#include "peers/tabari/options.h"

namespace parley::tabari {

// Tag types beyond WordType: segments and pronoun references.
enum class TagType : uint8_t { kWord, kClause, kCompound, kSubord, kRefer, kNullTag };

struct Tag {
  TagType type = TagType::kWord;
  WordType word = WordType::kNull;  // for kWord tags
  int16_t index = 0;                // segment index, or referenced word for kRefer
};

struct Word {
  std::string_view text;            // upper case, in Sentence::filtered_
  uint32_t lit_begin = 0, lit_end = 0;  // range in Sentence::lits_
  RootId root = kNoRoot;
  WordType type = WordType::kNull;
  bool mid_cap = false, compound = false;
  std::vector<Tag> heads, tails;
};

class Sentence {
 public:
  static constexpr int kMaxWords = 126;
  enum class Error { kNone, kNoText, kTooShort };

  // Parses `text` dated `day` (a DayNumber). The dictionary must outlive the Sentence.
  // `forward` is the actor root carried from the previous record (FORWARD:, manual 8.4):
  // a pronoun before any actor then stands for it.
  void Parse(const Dictionary& dict, const Options& options, std::string_view text, int32_t day,
             RootId forward = kNoRoot);

  Error error() const { return error_; }
  int size() const { return n_; }  // words, without the Halt
  int last() const { return size() - 1; }
  // REQUIRES: 0 <= i <= size(); words_[size()] is the Halt word.
  const Word& word(int i) const { return words_[static_cast<size_t>(i)]; }
  WordType type(int i) const { return i < 0 || i > n_ ? WordType::kHalt : words_[static_cast<size_t>(i)].type; }
  bool has_clauses() const { return has_clauses_; }
  bool discard() const { return discard_; }
  bool complex() const { return complex_; }
  const std::string& complex_reason() const { return complex_reason_; }
  int32_t day() const { return day_; }
  // The root of the first actor word (not a pronoun), for forwarding; kNoRoot if none.
  RootId first_actor() const { return first_actor_; }
  // The word that stands for the forwarded actor, or -1.
  int forwarded_word() const { return forwarded_word_; }
  const Dictionary& dict() const { return *dict_; }

  // 0 when `lit` is not among the word's literals, 1 for a partial, 2 for an exact match.
  int HasLiteral(int i, LitId lit) const;
  bool HasHead(int i, TagType t, WordType w = WordType::kNull) const;
  bool HasHead(int i, TagType t, WordType w, int16_t* index) const;
  bool HasTail(int i, TagType t, WordType w = WordType::kNull) const;
  bool HasTailIndexed(int i, TagType t, int16_t index) const;
  bool HasHeadIndexed(int i, TagType t, int16_t index) const;
  int16_t TailIndex(int i, TagType t) const;
  // The word a dereferenced pronoun points to, or -1.
  int Reference(int i) const;
  // If word *i starts a segment of type t, moves *i past its end and returns true.
  bool SkipSegment(int* i, TagType t) const;
  // True if a compound starting at i has its tail.
  bool CompoundClosed(int i) const;
  // Actor codes of root r on this sentence's date.
  const std::vector<CodeId>& ActorCodesOf(RootId r) const;

 private:
  void Filter(std::string_view text);
  void Lex();
  void AssignRoots();
  bool MatchRoot(const Phrase& phrase, WordType type, int begin, int* nmatch, std::vector<int>* matched) const;
  void MarkNouns();
  void ConvertAgents();
  void MarkCompounds();
  void MarkSubordinates();
  void NullSubordinates();
  void MarkClauses();
  void DereferencePronouns();
  void CheckDiscards();
  void EvaluateComplexity();
  int CountHeads(WordType w) const;
  void AddHead(int i, Tag t) { words_[static_cast<size_t>(i)].heads.push_back(t); }
  void AddTail(int i, Tag t) { words_[static_cast<size_t>(i)].tails.push_back(t); }
  void ChangeHead(int i, TagType t, WordType w, TagType nt, WordType nw);
  void ChangeTail(int i, TagType t, WordType w, TagType nt, WordType nw);
  void ConvertRoot(int i, WordType from, WordType to);
  bool IsNullActor(RootId r) const;
  bool IsNullVerb(RootId r) const;
  Word& w(int i) { return words_[static_cast<size_t>(i)]; }

  const Dictionary* dict_ = nullptr;
  const Options* opt_ = nullptr;
  int32_t day_ = 0;
  RootId forward_ = kNoRoot, first_actor_ = kNoRoot;
  int forwarded_word_ = -1;
  std::string filtered_;
  bool all_caps_ = false;
  std::vector<Word> words_;  // plus one Halt word at the end
  int n_ = 0;
  std::vector<LitMatch> lits_;
  Error error_ = Error::kNone;
  bool has_clauses_ = false, discard_ = false, complex_ = false;
  std::string complex_reason_;
  std::vector<int> scratch_, best_;
};

}  // namespace parley::tabari

#endif  // PARLEY_PEERS_TABARI_SENTENCE_H_
