// TABARI readers and coder on small dictionaries written here (a fictional world:
// Zembla, Orsinia, Lunaria), so these tests do not depend on the shared validation suite.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "peers/tabari/codes.h"
#include "peers/tabari/coder.h"
#include "peers/tabari/dictionary.h"
#include "peers/tabari/options.h"
#include "peers/tabari/project.h"

namespace parley::tabari {
namespace {

constexpr const char* kActors =
    "ZEMBLA  [ZEM]\n"
    "+ZEMBLAN\n"
    "ORSINIA  [ORS]\n"
    "LUNARIA  [LUN]\n"
    "NORTH_ISLES  [NIS]\n"
    "KAROLY_VANCE  [ZEMGOV <100101] [ORSGOV >100101]\n"
    "HARBOR_GUILD\n"
    "    [ZEMBUS 050101-091231]\n"
    "    [ORSBUS]\n"
    "SEA_LEAGUE  [ZEM/ORS]\n"
    "PIRATE_SHIPS  [###]\n";

constexpr const char* kAgents =
    "MINISTER_  [~GOV]\n"
    "SMUGGLERS  [~CRM]\n"
    "ENVOY_  [ELI~]\n";

constexpr const char* kVerbs =
    "<SYNSETS>\n"
    "&GRAIN\n"
    "+WHEAT\n"
    "+BARLEY\n"
    "+RYE_\n"
    "</SYNSETS>\n"
    "PRAISE  [051]\n"
    "- * COURAGE_  [052]\n"
    "SEND  [070]\n"
    "{ SENT_ }\n"
    "- * &GRAIN  [071]\n"
    "- * TROOPS_ TO +  [150]\n"
    "SCOLD  [111]\n"
    "MEET  [040:040]\n"
    "GRUMBLE  [023?]\n";

std::vector<std::string> Events(const CodeResult& r) {
  std::vector<std::string> out;
  for (const TabariEvent& e : r.events) out.push_back(e.source + "/" + e.target + "/" + e.code);
  return out;
}

struct World {
  Dictionary dict;
  Options opt;
  std::vector<std::string> warnings;
  World() {
    opt.min_words = 3;
    dict.ParseActors(kActors, "world.actors", &warnings);
    dict.ParseAgents(kAgents, "world.agents", &warnings);
    dict.ParseVerbs(kVerbs, "world.verbs", &warnings);
  }
};

int32_t Day(const char* yymmdd) { return DayNumber(yymmdd, false); }

TEST(TabariReaders, SmallWorldLoadsWithoutWarnings) {
  World w;
  EXPECT_TRUE(w.warnings.empty()) << w.warnings.front();
  EXPECT_TRUE(w.dict.IsLiteral("ZEMBLA"));
  EXPECT_TRUE(w.dict.IsLiteral("WHEAT"));
  EXPECT_FALSE(w.dict.IsLiteral("ATLANTIS"));
}

TEST(TabariReaders, ActorsWithDatesSynonymsAndCompounds) {
  World w;
  Coder coder(w.dict, w.opt);
  struct Case {
    const char* text;
    const char* date;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"Zembla praised Orsinia on Monday.", "080101", {"ZEM/ORS/051"}},
      {"Zemblan officials praised Lunaria on Monday.", "080101", {"ZEM/LUN/051"}},  // synonym
      {"Karoly Vance praised Lunaria on Monday.", "080101", {"ZEMGOV/LUN/051"}},    // before
      {"Karoly Vance praised Lunaria on Monday.", "120101", {"ORSGOV/LUN/051"}},    // after
      {"The Harbor Guild praised Lunaria on Monday.", "080101", {"ZEMBUS/LUN/051"}},  // range
      {"The Harbor Guild praised Lunaria on Monday.", "120101", {"ORSBUS/LUN/051"}},  // default
      {"The Sea League praised Lunaria on Monday.", "080101", {"ZEM/LUN/051", "ORS/LUN/051"}},
      {"Zembla and Orsinia praised Lunaria on Monday.", "080101", {"ZEM/LUN/051", "ORS/LUN/051"}},
  };
  for (const Case& c : cases) {
    const CodeResult r = coder.Code(c.text, Day(c.date));
    EXPECT_EQ(Events(r), c.want) << c.text << " on " << c.date;
  }
}

TEST(TabariReaders, AgentsSuffixAndPrefix) {
  World w;
  Coder coder(w.dict, w.opt);
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"The Zembla minister praised Orsinia on Monday.", {"ZEMGOV/ORS/051"}},
      {"Orsinia smugglers scolded Lunaria yesterday.", {"ORSCRM/LUN/111"}},
      {"An envoy of Lunaria praised North Isles today.", {"ELILUN/NIS/051"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Events(coder.Code(c.text, Day("080101"))), c.want) << c.text;
  }
}

TEST(TabariReaders, VerbsPatternsSynsetsAndIrregularForms) {
  World w;
  Coder coder(w.dict, w.opt);
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"Zembla praised the courage of Orsinia.", {"ZEM/ORS/052"}},         // pattern
      {"Zembla sends blankets to Orsinia.", {"ZEM/ORS/070"}},              // root code
      {"Zembla sent barley to Orsinia.", {"ZEM/ORS/071"}},                 // irregular + synset
      {"Zembla sends rye to Lunaria.", {"ZEM/LUN/071"}},
      {"Zembla sent troops to Lunaria.", {"ZEM/LUN/150"}},                 // + target
      {"Zembla meets Orsinia in the capital.", {"ZEM/ORS/040", "ORS/ZEM/040"}},  // paired code
      {"Zembla grumbled about Orsinia quietly.", {"ZEM/ORS/023"}},         // subordinate alone
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Events(coder.Code(c.text, Day("080101"))), c.want) << c.text;
  }
}

TEST(TabariReaders, MalformedLinesAreReportedAsFileAndLine) {
  struct Case {
    const char* kind;
    const char* text;
    const char* where;  // expected prefix of the single warning
  };
  const Case cases[] = {
      {"actors", "ZEMBLA  [ZEM]\nORSINIA  [ORS <990101]\nZEMBLA  [LUN]\n", "bad.actors:3: "},  // duplicate
      {"actors", "    [ORS]\nORSINIA [ORS]\n", "bad.actors:1: "},
      {"actors", "ZEMBLA  [ZEM]\n+ORSINIA [ORS\n", "bad.actors:2: "},
      {"agents", "MINISTER_  [~GOV]\nCLERK_  [GOV]\n", "bad.agents:2: "},
      {"verbs", "- * WHEAT  [071]\nPRAISE  [051]\n", "bad.verbs:1: "},
      {"verbs", "PRAISE  [051]\n- COURAGE  [052]\n", "bad.verbs:2: "},
      {"verbs", "PRAISE  [051]\nPRAISE  [052]\n", "bad.verbs:2: "},
  };
  for (const Case& c : cases) {
    Dictionary dict;
    std::vector<std::string> warnings;
    const std::string kind = c.kind;
    if (kind == "actors") dict.ParseActors(c.text, "bad.actors", &warnings);
    else if (kind == "agents") dict.ParseAgents(c.text, "bad.agents", &warnings);
    else dict.ParseVerbs(c.text, "bad.verbs", &warnings);
    ASSERT_EQ(warnings.size(), 1u) << c.text << (warnings.empty() ? "" : warnings[0] + " | " + warnings.back());
    EXPECT_EQ(warnings[0].rfind(c.where, 0), 0u) << warnings[0];
  }
}

TEST(TabariOptions, CommandsChangeTheSettings) {
  Options o;
  EXPECT_TRUE(ApplyOptionLine("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR", &o).ok());
  EXPECT_EQ(o.complex.verbs, 5);
  EXPECT_EQ(o.complex.conj, 4);
  EXPECT_TRUE(o.complex.no_act_prior);
  EXPECT_TRUE(ApplyOptionLine("SET: CODE BY SENTENCE", &o).ok());
  EXPECT_EQ(o.code_by, Options::CodeBy::kSentence);
  EXPECT_TRUE(ApplyOptionLine("SET: MINIMUM WORDS = 4", &o).ok());
  EXPECT_EQ(o.min_words, 4);
  EXPECT_TRUE(ApplyOptionLine("set: yyyy = true", &o).ok());
  EXPECT_TRUE(o.four_digit_years);
  EXPECT_TRUE(ApplyOptionLine("DEFAULT: SOURCE [AAA] PRIOR TARGET [BBB] AFTER", &o).ok());
  EXPECT_EQ(o.default_source, "AAA");
  EXPECT_EQ(o.default_target, "BBB");
  EXPECT_TRUE(o.default_prior && o.default_after);
  EXPECT_TRUE(ApplyOptionLine("DEFAULT: OFF", &o).ok());
  EXPECT_TRUE(o.default_source.empty());
  EXPECT_TRUE(ApplyOptionLine("COMMA: MIN 3 MAX 7", &o).ok());
  EXPECT_EQ(o.comma_min, 3);
  EXPECT_EQ(o.comma_max, 7);
  EXPECT_TRUE(ApplyOptionLine("LABEL: 051=PRAISE", &o).ok());
  EXPECT_TRUE(ApplyOptionLine("// only a comment", &o).ok());
  EXPECT_FALSE(ApplyOptionLine("FROBNICATE: ALL", &o).ok());
  EXPECT_FALSE(ApplyOptionLine("just words", &o).ok());
}

TEST(TabariOptions, ForwardFormatAndKeys) {
  struct Case {
    const char* command;
    const char* id;
    bool keyed;
    const char* story;
    int sentence;
  };
  const Case cases[] = {
      {"FORWARD: ^^***NNN*SS", "ABC123-07", true, "123", 7},
      {"FORWARD: SSS**NNNN", "004xxQ-17", true, "Q-17", 4},
      {"FORWARD: ***NNN*SSS", "ABC123-X1", true, "123", 0},  // non-numeric sentence is 0
      {"FORWARD: ***NNN*SSS", "AB", false, "", 0},            // id too short
      {"FORWARD: ***NNN*SSS OFF", "ABC123-001", false, "", 0},
  };
  for (const Case& c : cases) {
    Options o;
    ASSERT_TRUE(ApplyOptionLine(c.command, &o).ok());
    std::string story;
    int sentence = -1;
    EXPECT_EQ(ForwardKey(o, c.id, &story, &sentence), c.keyed) << c.command << " " << c.id;
    if (!c.keyed) continue;
    EXPECT_EQ(story, c.story);
    EXPECT_EQ(sentence, c.sentence);
  }
}

TEST(TabariText, RecordsCommentsAndIds) {
  const std::string text =
      "080101  ZEM-001-001\n"
      "Zembla praised Orsinia.\n"
      "/* { ZEM / ORS / 051 } */\n"
      "\n"
      "not a record line\n"
      "\n"
      "080102 ZEM-001-002\n"
      "It scolded\n"
      "Lunaria.\n";
  const std::vector<TextRecord> recs = ReadTextRecords(text);
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].date, "080101");
  EXPECT_EQ(recs[0].id, "ZEM-001-001");
  EXPECT_EQ(recs[0].line, 1);
  EXPECT_NE(recs[0].text.find("Zembla praised Orsinia."), std::string::npos);
  EXPECT_EQ(recs[1].id, "ZEM-001-002");
  EXPECT_EQ(recs[1].line, 7);
  EXPECT_NE(recs[1].text.find("It scolded Lunaria."), std::string::npos);
}

TEST(TabariCoder, PronounsDiscardsAndDefaults) {
  World w;
  Coder coder(w.dict, w.opt);
  // HE/IT take the first actor of the sentence.
  EXPECT_EQ(Events(coder.Code("Zembla said it would praise Orsinia soon.", Day("080101"))),
            std::vector<std::string>{"ZEM/ORS/051"});
  // A discard actor discards the whole sentence.
  EXPECT_EQ(coder.Code("Pirate ships scolded Zembla near Orsinia.", Day("080101")).outcome,
            CodeResult::Outcome::kDiscard);
  // Too few words.
  w.opt.min_words = 8;
  EXPECT_EQ(coder.Code("Zembla praised Orsinia.", Day("080101")).outcome, CodeResult::Outcome::kTooShort);
  w.opt.min_words = 3;
  // A default source (PRIOR: when no actor precedes the verb) supplies the missing actor.
  ASSERT_TRUE(ApplyOptionLine("DEFAULT: SOURCE [DEF] PRIOR TARGET [TGT]", &w.opt).ok());
  EXPECT_EQ(Events(coder.Code("Officials scolded Orsinia on Monday.", Day("080101"))),
            std::vector<std::string>{"DEF/ORS/111"});
}

TEST(TabariCoder, ForwardsTheFirstActorToTheNextSentenceOfTheStory) {
  World w;
  ASSERT_TRUE(ApplyOptionLine("FORWARD: ^^****NNN*SSS", &w.opt).ok());
  Coder coder(w.dict, w.opt);
  struct Step {
    const char* id;
    const char* text;
    std::vector<std::string> want;
  };
  const Step steps[] = {
      {"ZEM-001-001", "The Zembla minister praised Orsinia on Monday.", {"ZEMGOV/ORS/051"}},
      {"ZEM-001-002", "He also scolded Lunaria on Tuesday.", {"ZEM/LUN/111"}},  // actor, no agent
      {"ZEM-001-004", "He also scolded Lunaria on Tuesday.", {}},               // a sentence skipped
      {"ZEM-001-005", "Orsinia praised North Isles on Friday.", {"ORS/NIS/051"}},
      {"ZEM-001-006", "They scolded Lunaria on Saturday.", {"ORS/LUN/111"}},      // plural too
      // The first actor *named* in 006 is Lunaria; a forwarded actor is not forwarded again.
      {"ZEM-001-007", "It praised Zembla on Sunday.", {"LUN/ZEM/051"}},
      {"ZEM-002-006", "They also scolded Lunaria on Tuesday.", {}},             // another story
      {"ZEM-002-007", "However, they scolded Lunaria again.", {}},              // nothing to forward
  };
  for (const Step& s : steps) {
    EXPECT_EQ(Events(coder.Code(s.text, Day("080101"), s.id)), s.want) << s.id;
  }
  // Without FORWARD the pronoun has no actor.
  ASSERT_TRUE(ApplyOptionLine("FORWARD: ^^****NNN*SSS OFF", &w.opt).ok());
  EXPECT_TRUE(Events(coder.Code("Zembla praised Orsinia on Monday.", Day("080101"), "ZEM-003-001")).size() == 1);
  EXPECT_TRUE(Events(coder.Code("He scolded Lunaria on Tuesday.", Day("080101"), "ZEM-003-002")).empty());
}

}  // namespace
}  // namespace parley::tabari
