// peers/tabari/coder.h — TABARI's event coder over a parsed Sentence (manual 5.5-5.8, 6, 7.6).
//
// For each clause, verbs are tried left to right; a verb's patterns longest first, then
// its own code. Sources and targets come from $ + % in the pattern or from the default
// search (first actor before the verb; first distinct actor after it, else before it).
// Compound actors, paired codes (032:033), subordinate (?) and dominant (!) codes, coded
// compounds (A/B), agents and passive voice are handled as TABARI does.
//
// Bounds: at most 64 basic events a sentence. A Coder is reused across sentences; it is not
// thread-safe, but many Coders may share one Dictionary.
#ifndef PARLEY_PEERS_TABARI_CODER_H_
#define PARLEY_PEERS_TABARI_CODER_H_

#include <string>
#include <string_view>
#include <vector>

#include "peers/tabari/dictionary.h"
#include "peers/tabari/options.h"
#include "peers/tabari/sentence.h"

namespace parley::tabari {

struct TabariEvent {
  std::string source, target, code;
  int verb_word = -1;  // index of the verb in the filtered words
};

struct CodeResult {
  enum class Outcome { kEvents, kNoEvents, kDiscard, kComplex, kTooShort, kNoText };
  Outcome outcome = Outcome::kNoEvents;
  std::vector<TabariEvent> events;
  std::string reason;
  int32_t day = 0;  // after time shifting
};

class Coder {
 public:
  static constexpr size_t kMaxEvents = 64;
  Coder(const Dictionary& dict, const Options& options) : dict_(dict), opt_(options) {}
  static constexpr CodeId kDefaultSourceCode = -2, kDefaultTargetCode = -3;

  // Codes one sentence dated `day` (a DayNumber), without forwarding.
  CodeResult Code(std::string_view text, int32_t day);
  // Codes one record of a sequence. With FORWARD: on, a pronoun before any actor stands
  // for the first actor of the previous record when the story numbers in the ids match and
  // the sentence number is one higher (manual 8.4).
  CodeResult Code(std::string_view text, int32_t day, std::string_view record_id);
  const Sentence& sentence() const { return s_; }

 private:
  struct Actor {
    CodeId actor = kNoCode;
    const std::vector<CodeId>* codes = nullptr;  // several for a coded compound
    CodeId agent = kNoCode;
    int where = -1;
    bool empty() const { return actor == kNoCode && agent == kNoCode; }
    bool compound_code() const { return codes && codes->size() > 1; }
  };
  struct Ev {
    Actor src, tgt;
    CodeId code = kNullCode;
    bool sub = false, dom = false, live = true;
    int verb = -1;
  };
  static constexpr int kDefaultWhere = 127;

  // Verbs and clauses.
  void CheckVerbs();
  bool NextClause();
  void DoVerb(int index);
  void MakeEvent(const EventCode& code, int index);
  void PutEvent(const EventCode& code, int index, const Actor& s, const Actor& t);
  bool CheckPassive(int index) const;
  void CheckTime(CodeResult* result);
  // Actors.
  void ActorCodes(Actor* a, int loc) const;
  void FindAgent(int loc, Actor* a) const;
  int FindActor(int loc, Actor* a) const;
  int BackActor(int loc, Actor* a) const;
  int ActorHead(int loc, bool* found) const;
  int ActorTail(int loc) const;
  int CompoundAt(int loc, bool* found) const;
  void RegularSource(int index);
  void RegularTarget(int index);
  void SetDefault(Actor* a, const std::string& code);
  static bool SameActor(const Actor& a, const Actor& b);
  bool InCompound(int where) const { return where >= 0 && where < s_.size() && s_.word(where).compound; }
  // Pattern matching (TABARI's checkPattern state machine).
  bool CheckPattern(const Pattern& p, int loc, WordType type);
  int CompTarget();
  int CompSynset();
  int CompSynsetBacktracking();
  int CheckSubPattern(const Phrase& member);
  int NextCheck();
  int ContinueCheck();
  int StateCheck(int result);
  void CondCheck(int* state);
  void InitCondit();
  void SaveState();
  void RestoreState();
  LitId Id(int i) const { return (*phrase_)[static_cast<size_t>(i)].id; }
  uint16_t Conn(int i) const { return (*phrase_)[static_cast<size_t>(i)].conn; }
  CodeResult CodeParsed(std::string_view text, int32_t day, RootId forward);
  // Results.
  void EvaluateEvents(CodeResult* result);
  void ExpandAndEmit(CodeResult* result);
  std::string Composite(CodeId actor, CodeId agent) const;

  const Dictionary& dict_;
  const Options& opt_;
  Sentence s_;
  std::vector<Ev> events_;
  Actor source_, target_;
  bool regular_source_ = false, regular_target_ = false, passive_ = false;
  int istart_ = 0, iend_ = -1;
  // Pattern state.
  const Phrase* phrase_ = nullptr;
  int pp_ = 0, loc_ = 0, lenalt_ = 0;
  bool high_ = true, fcond_ = false, full_mode_ = true, skip_mode_ = false;
  int cond_loc_ = 0, cond_len_ = 0;
  bool cond_skip_ = false;
  int index_source_ = -1, index_target_ = -1, index_attrib_ = -1, index_compound_ = -1;
  CodeId default_source_ = kDefaultSourceCode, default_target_ = kDefaultTargetCode;
  // Forwarding: the previous record's story, sentence and first actor.
  bool has_prev_ = false;
  std::string prev_story_;
  int prev_sentence_ = 0;
  RootId prev_actor_ = kNoRoot;
};

}  // namespace parley::tabari

#endif  // PARLEY_PEERS_TABARI_CODER_H_
