// peers/tabari/options.h — the settings of a TABARI .options file (manual chapter 8)
// that change coding. Display-only commands (LABEL, OUTPUT, SET: ... USAGE) are accepted
// and ignored.
#ifndef PARLEY_PEERS_TABARI_OPTIONS_H_
#define PARLEY_PEERS_TABARI_OPTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley::tabari {

struct ComplexLimits {
  int verbs = 0, actors = 0, pronouns = 0, conj = 0, comma = 0, late_verb = 0;  // 0 = off
  bool no_act_prior = false, no_act_after = false, no_source = false, no_verb = false;
  bool no_target = false, no_event = false;
};

struct Options {
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  int min_words = 8;           // SET: MINIMUM WORDS
  bool convert_agents = false; // SET: CONVERT AGENTS
  bool four_digit_years = false;
  bool time_shift = true;      // SET: TIME SHIFT (only matters when the verbs have <TIME>)
  bool fbis = false;
  ComplexLimits complex;
  // DEFAULT: SOURCE [code] PRIOR TARGET [code] AFTER
  std::string default_source, default_target;
  bool default_prior = false, default_after = false;
  // COMMA: words between commas for a nonrestrictive clause to be dropped.
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10;
  int comma_bmin = 128, comma_bmax = 0;
  // FORWARD: story/sentence positions (from the first non-blank of the record id), for
  // pronouns across records.
  bool forward = false;
  int story_pos = -1, story_len = 0, sentence_pos = -1, sentence_len = 0;
};

// Applies one line of an .options file. Returns an error for a command it cannot parse;
// the options are then unchanged.
Status ApplyOptionLine(std::string_view line, Options* options);
// The story and sentence serial numbers of a record id under FORWARD: (manual 8.4.1);
// false when forwarding is off or the id is too short. A non-numeric sentence is 0.
bool ForwardKey(const Options& options, std::string_view id, std::string* story, int* sentence);
Status LoadOptions(const std::string& path, Options* options, std::vector<std::string>* warnings);

}  // namespace parley::tabari

#endif  // PARLEY_PEERS_TABARI_OPTIONS_H_
