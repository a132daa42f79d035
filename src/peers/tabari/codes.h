// peers/tabari/codes.h — TABARI code blocks: actor codes with date restrictions,
// agent codes (~GOV, NGM~) and event codes (paired 032:033, subordinate 023?, dominant 111!).
//
// Code strings are interned in a CodeTable so the coder compares ints. Special codes
// "---" (null), "###" (discard), "+++" (complex) and "***" (blank) have fixed ids.
#ifndef PARLEY_PEERS_TABARI_CODES_H_
#define PARLEY_PEERS_TABARI_CODES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/status.h"

namespace parley::tabari {

using CodeId = int32_t;
inline constexpr CodeId kNoCode = -1;
inline constexpr CodeId kNullCode = 0;     // ---
inline constexpr CodeId kDiscardCode = 1;  // ###
inline constexpr CodeId kComplexCode = 2;  // +++
inline constexpr CodeId kBlankCode = 3;    // ***

// Interns code strings. Not thread-safe while loading; read-only afterwards.
class CodeTable {
 public:
  CodeTable();
  CodeId Intern(std::string_view code);
  const std::string& Text(CodeId id) const { return texts_[static_cast<size_t>(id)]; }

 private:
  std::unordered_map<std::string, CodeId> ids_;
  std::vector<std::string> texts_;
};

// A day number for YYMMDD dates (years 00-30 pivot to 2000-2030) or YYYYMMDD.
// Returns -1 when the string is not a valid date.
int32_t DayNumber(std::string_view digits, bool four_digit_year);
// Inverse of DayNumber: YYMMDD (or YYYYMMDD).
std::string DateString(int32_t day, bool four_digit_year);

// One [...] block of an actor entry: codes (a coded compound has several) and an
// optional date restriction.
struct DatedActorCode {
  enum class Kind : uint8_t { kDefault, kBefore, kAfter, kBetween };
  Kind kind = Kind::kDefault;
  int32_t from = 0, to = 0;  // day numbers
  std::vector<CodeId> codes;
};

// All blocks of an actor entry, in file order; the default (if any) applies last.
struct ActorCodes {
  std::vector<DatedActorCode> blocks;
  // Codes that apply on `day`; a single kNullCode when nothing applies.
  const std::vector<CodeId>& Resolve(int32_t day) const;
};

// Parses "[USA] [EGY <911231] [UNO 920101-991231]" into codes.
Result<ActorCodes> ParseActorCodes(std::string_view blocks, CodeTable& table, bool four_digit_year);

// An event code "[031:032]", "[023?]", "[111!]" or special "[---]"/"[###]"/"[+++]".
struct EventCode {
  CodeId code = kNullCode;
  CodeId pair = kNoCode;  // second (reversed) event of a paired code
  bool subordinate = false, dominant = false;
  bool pair_subordinate = false, pair_dominant = false;
};
Result<EventCode> ParseEventCode(std::string_view block, CodeTable& table);

// A time-shift code "[-7]" or a special code; `special` is kNoCode for a day count.
struct TimeCode {
  int32_t days = 0;
  CodeId special = kNoCode;
};
Result<TimeCode> ParseTimeCode(std::string_view block, CodeTable& table);

// The text inside the first [...] of `block`, blank-trimmed; empty when missing.
std::string_view BracketContent(std::string_view block);

}  // namespace parley::tabari

#endif  // PARLEY_PEERS_TABARI_CODES_H_
