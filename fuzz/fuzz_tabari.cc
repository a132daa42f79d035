// Fuzz target: the TABARI readers and coder. The input is split at lines "%%" into an
// .actors, .agents, .verbs and .options part and a .text part; the dictionaries are read
// from the first three (malformed lines become warnings), the options applied line by
// line, and every text record is coded with forwarding, as the validation runner does.
// Code blocks are also fed to the code parsers directly. Nothing may crash or hang.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "peers/tabari/codes.h"
#include "peers/tabari/coder.h"
#include "peers/tabari/dictionary.h"
#include "peers/tabari/options.h"
#include "peers/tabari/project.h"

namespace {

std::vector<std::string_view> SplitParts(std::string_view in) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (parts.size() < 4) {
    const size_t at = in.find("\n%%\n", start);
    if (at == std::string_view::npos) break;
    parts.push_back(in.substr(start, at - start));
    start = at + 4;
  }
  parts.push_back(in.substr(start));
  while (parts.size() < 5) parts.insert(parts.begin(), std::string_view());
  return parts;
}

}  // namespace

std::vector<std::string> FuzzSeeds() {
  return {
      "MERIDIA  [MER]\n+MERIDIAN\nCALVARO  [CAL]\nOLD_TOM_REEVE\n    [MERGOV <990101]\n"
      "    [CALGOV 990102-051231]\n    [MERMIL]\nTWIN_PORTS  [MER/CAL]\n<NOUN>\nHARBOR\n</NOUN>\n"
      "\n%%\nADMIRAL_  [~MIL]\nCOURIER_  [ELI~]\nFORMER_  [~ELI]\n"
      "\n%%\n<SYNSETS>\n&FRUIT\n+APPLES\n+PEARS_\n</SYNSETS>\nTHANK  [051]\n{ THANKT_ }\n"
      "- * + FOR &FRUIT  [052:053]\n- $ WAS * BY +  [111?]\nWARN  [130!]\n<TIME>\nYESTERDAY  [-1]\n</TIME>\n"
      "\n%%\nCOMPLEX: VERBS[4] CONJ[3]\nFORWARD: ^^***NN*SS\nDEFAULT: SOURCE [DFS] PRIOR TARGET [DFT] AFTER\n"
      "\n%%\n990101  ABC01-01\nThe Meridian admiral thanked Calvaro for apples yesterday.\n"
      "/* { MERMIL / CAL / 052 } */\n\n990101  ABC01-02\nHe then warned the Twin Ports, and they "
      "thanked him.\n\n",
      "\n%%\n\n%%\nSAIL  [040]\n- * TO_ +_ AND_ {BACK | AWAY}  [041]\n\n%%\nSET: CODE ALL\n"
      "\n%%\n000101 X\nThey sailed to it and back, but she was warned by them.\n",
      "ZED  [ZZZ <991340]\n+\n    [\n%%\n  [~]\n%%\n- *\n{\n&\n+&\n\n%%\nCOMMA: MIN 0 MAX 300\n"
      "FORWARD: NNNNNNNNNNNNNNNNNNNNSSSSSSSSSSSSSSSSSSSSSS\n%%\n991231 9999999999999999999999999999999\n"
      "zed zed zed , zed zed , zed zed zed zed zed zed zed\n",
  };
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace parley::tabari;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const std::vector<std::string_view> parts = SplitParts(in);
  Dictionary dict;
  std::vector<std::string> warnings;
  dict.ParseActors(parts[0], "fuzz.actors", &warnings);
  dict.ParseAgents(parts[1], "fuzz.agents", &warnings);
  dict.ParseVerbs(parts[2], "fuzz.verbs", &warnings);
  Options options;
  for (size_t start = 0; start <= parts[3].size();) {
    size_t end = parts[3].find('\n', start);
    if (end == std::string_view::npos) end = parts[3].size();
    (void)ApplyOptionLine(parts[3].substr(start, end - start), &options);
    start = end + 1;
  }
  // Code parsers on the whole input (bounded, they are linear).
  {
    CodeTable table;
    const std::string_view head = in.substr(0, 512);
    (void)ParseActorCodes(head, table, false);
    (void)ParseActorCodes(head, table, true);
    (void)ParseEventCode(head, table);
    (void)ParseTimeCode(head, table);
    (void)DayNumber(in.substr(0, 8), false);
    (void)DayNumber(in.substr(0, 8), true);
  }
  Coder coder(dict, options);
  int n = 0;
  for (const TextRecord& rec : ReadTextRecords(parts[4])) {
    if (++n > 64) break;  // bound the work per input
    if (n % 7 == 3) (void)ApplyOptionLine(rec.id, &options);  // options change between records
    const int32_t day = DayNumber(rec.date.substr(0, options.four_digit_years ? 8 : 6), options.four_digit_years);
    (void)coder.Code(rec.text, day, rec.id);
  }
  return 0;
}
