// tests/fixture_dicts.h — a small, self-contained dictionary set for unit tests, so the
// recognize and code stages are tested independently of the shipped dictionaries.
#ifndef PARLEY_TESTS_FIXTURE_DICTS_H_
#define PARLEY_TESTS_FIXTURE_DICTS_H_

#include <filesystem>
#include <string>

#include "parley/pipeline.h"
#include "test_util.h"

namespace parley::testing {

// Writes data/dict and data/cameo under a temp folder and returns it.
inline std::string WriteFixtureData() {
  const std::string dir = TempDir();
  std::filesystem::create_directories(dir + "/dict/actors");
  std::filesystem::create_directories(dir + "/cameo");
  WriteFile(dir + "/dict/actors/test.txt",
            "ARM     Armenia | Armenian | Armenians | Yerevan\n"
            "AZE     Azerbaijan | Azerbaijani | Baku\n"
            "RUS     Russia | Russian | Moscow\n"
            "RUSGOV  the Kremlin | Kremlin\n"
            "RUSGOV  Dmitry Peskov | Peskov  @2008-05-01..\n"
            "RUSGOV  Vladimir Putin | Putin  @2012-05-07..\n"
            "FRA     France | French\n"
            "TUR     Turkey | Turkish | Ankara\n"
            "IGOUNO  United Nations | UN\n"
            "IGOUNOSEC  Security Council\n");
  WriteFile(dir + "/dict/agents.txt",
            "GOV  government | president | foreign minister | spokesman | counterpart\n"
            "MIL  army | defence ministry | defense ministry | armed forces | troops\n"
            "REB  rebels | separatists\n");
  WriteFile(dir + "/dict/irregular_verbs.txt", "meet met met\nsay said said\nsell sold sold\nhold held held\n");
  WriteFile(dir + "/dict/verbs.txt",
            "---   say+\n"
            "010   say+ * statement\n"
            "039   offer+ to mediate\n"
            "039   ready|prepared|willing to mediate\n"
            "0256  call+ on * to cease fire\n"
            "040   meet+\n"
            "045   mediate+\n"
            "045   broker+\n"
            "112   accuse+\n"
            "112   trade+ blame %\n"
            "190   attack+\n"
            "0712  sell+ weapons\n"
            "046   hold+ * talks %\n"
            "020   urge+\n");
  WriteFile(dir + "/cameo/cameo_codes.tsv",
            "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n"
            "010\tMake statement\t0.0\t1\t\t\n"
            "039\tExpress intent to mediate\t5.0\t1\tAGREE\t\n"
            "0256\tAppeal for de-escalation\t-0.3\t1\t\t\n"
            "040\tConsult\t1.0\t1\tCONSULT\t\n"
            "045\tMediate\t5.0\t1\tCONSULT\tmediate\n"
            "112\tAccuse\t-2.0\t3\tACCUSE\tdisapprove\n"
            "046\tEngage in negotiation\t7.0\t1\tCONSULT\t\n"
            "020\tMake an appeal\t3.0\t1\t\t\n"
            "190\tUse conventional military force\t-10.0\t4\tFIGHT\t\n"
            "0712\tProvide military aid\t7.4\t2\tAID\tmilitary\n");
  return dir;
}

// Codes `text` as one article dated 2020-10-01; returns "SRC CAMEO TGT; ..." ("-" for no
// target), in the coder's order.
inline std::string CodedEvents(const Pipeline& pipeline, const std::string& text) {
  Article a;
  a.id = "t";
  a.body = text;
  a.published = Date::Parse("2020-10-01");
  std::vector<Event> events;
  if (!pipeline.NewCoder()->Code(a, &events).ok()) return "error";
  std::string out;
  for (const Event& e : events) {
    if (!out.empty()) out += "; ";
    out += e.source.code + " " + e.cameo + " " + (e.target.empty() ? "-" : e.target.code);
  }
  return out;
}

}  // namespace parley::testing

#endif  // PARLEY_TESTS_FIXTURE_DICTS_H_
