// Unit tests for the PETRARCH compatibility layer: readers, linear parse, coder.
#include <gtest/gtest.h>

#include "peers/petrarch/actor_dictionary.h"
#include "peers/petrarch/dictionaries.h"
#include "peers/petrarch/parse_list.h"
#include "peers/petrarch/records.h"
#include "peers/petrarch/tree_coder.h"
#include "peers/petrarch/xml_reader.h"

namespace parley::petrarch {
namespace {

TEST(PetrarchDates, OrdinalDates) {
  struct Case { const char* text; int ordinal; } cases[] = {
      {"20130926", 2456562 - 2305813}, {"090120", 2454852 - 2305813},
      {"510724", 2433852 - 2305813},   {"16010101", 1},
      {"20100931", -1},                {"2010", -1}};
  for (const auto& c : cases) EXPECT_EQ(OrdinalDate(c.text), c.ordinal) << c.text;
}

TEST(PetrarchNounPhrase, MatchesLikePetrarch) {
  struct Case { const char* phrase; std::vector<std::string> words; bool match; size_t len; };
  const Case cases[] = {
      {"AFGHANISTAN_ ", {"AFGHANISTAN", "X"}, true, 1},
      {"GAZA_CITY ", {"GAZA", "CITY"}, true, 2},
      {"GAZA_CITY ", {"GAZA", "STRIP"}, false, 0},
      // With two or more words after the first, the last one is not compared.
      {"HAMAS_MILITARY_COMMAND ", {"HAMAS", "MILITARY", "X"}, true, 2},
      {"HAMAS_MILITARY_COMMAND ", {"HAMAS", "ARMED", "MILITARY"}, false, 0},
      {"PRESIDENT HOSNI MURBARAK ", {"PRESIDENT", "X", "HOSNI"}, true, 3},
  };
  for (const auto& c : cases) {
    std::string first;
    const NounPhrase p = MakeNounPhrase(c.phrase, &first);
    size_t len = 0;
    EXPECT_EQ(MatchNounPhrase(p, c.words, 0, &len), c.match) << c.phrase;
    if (c.match) {
      EXPECT_EQ(len, c.len) << c.phrase;
    }
  }
}

TEST(PetrarchActors, DateRestrictions) {
  ActorDictionary actors;
  LoadReport report;
  actors.LoadLines(SplitDictLines("JAMES_BYRNES_\n\t[USAELI 18970101-450703]\n"
                                  "\t[USAGOV 450703-470121]\nGONDOR_ [GON]\n+MINAS_TIRITH_\n"
                                  "\t[GONBAD 19700101-1970x]\n"),
                   "test.actors", &report);
  size_t len = 0;
  EXPECT_EQ(actors.Match({"JAMES", "BYRNES"}, 0, OrdinalDate("19460101"), &len), "USAGOV");
  EXPECT_EQ(actors.Match({"JAMES", "BYRNES"}, 0, OrdinalDate("19300101"), &len), "USAELI");
  EXPECT_EQ(actors.Match({"JAMES", "BYRNES"}, 0, OrdinalDate("19900101"), &len), "---");
  EXPECT_EQ(actors.Match({"MINAS", "TIRITH"}, 0, 0, &len), "GON");
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_EQ(report.warnings[0], "test.actors:6: invalid date in restriction");
}

TEST(PetrarchAgents, PluralsAndMarkers) {
  AgentDictionary agents;
  LoadReport report;
  agents.LoadLines(SplitDictLines("!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\n"
                                  "PARTY [~PTY]\nPOLICE {} [~COP]\nNO_CODE_HERE\n"),
                   "a.txt", &report);
  size_t len = 0;
  for (const char* w : {"CONGRESSWOMAN", "PARTIES", "PARTY", "POLICE"}) {
    EXPECT_NE(agents.Match({w}, 0, &len), nullptr) << w;
  }
  EXPECT_EQ(agents.Match({"POLICES"}, 0, &len), nullptr);
  EXPECT_EQ(report.warnings.size(), 1u);
}

TEST(PetrarchXml, AttributesEntitiesComments) {
  XmlReader r("<a x=\"1\" y='\"q\"'><!-- c --><b/>t&amp;&#65;</a>");
  XmlEvent e = r.Next();
  ASSERT_EQ(e.kind, XmlEvent::Kind::kStart);
  EXPECT_EQ(*e.Attribute("y"), "\"q\"");
  EXPECT_EQ(r.Next().name, "b");
  EXPECT_EQ(r.Next().kind, XmlEvent::Kind::kEnd);
  EXPECT_EQ(r.Next().text, "t&A");
  EXPECT_EQ(r.Next().kind, XmlEvent::Kind::kEnd);
  EXPECT_EQ(r.Next().kind, XmlEvent::Kind::kEndOfInput);
  XmlReader bad("<a x=1>");
  EXPECT_EQ(bad.Next().kind, XmlEvent::Kind::kError);
}

TEST(PetrarchParseList, NounPhrasesAndErrors) {
  ParseList list;
  ASSERT_EQ(BuildParseList(FormatTree("(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))"),
                           &list),
            TreeError::kNone);
  const std::vector<std::string> want = {"(ROOT", "(S", "(NE", "---", "ARNOR", "~NE", "(VP1",
                                         "(VBD", "LEFT", "~VBD", "~VP1", "(.", ".", "~.",
                                         "~S", "~ROOT"};
  EXPECT_EQ(list.items, want);
  EXPECT_EQ(BuildParseList(FormatTree("(ROOT (S (NP (NNP Arnor))"), &list),
            TreeError::kBadInputParse);
}

const char kVerbs[] =
    "--- RESTORE [064] ---\nRESTORE\n- * FULL_DIPLOMATIC [065]\n"
    "&TIES\n+TIES\n+RELATIONS\n"
    "--- ACCUSE [112] ---\nACCUSE\n- * + OF &TIES [111]\n"
    "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n"
    "--- ALLOW [080] ---\nALLOW\n- * NEAT_PLACE [027]\n";
const char kActors[] = "ARNOR_ [ARN]\nGONDOR_ [GON]\nMORDOR_ [MOR]\n";

Dictionaries SmallDictionaries() {
  Dictionaries d;
  LoadReport report;
  d.verbs.LoadLines(SplitDictLines(kVerbs), "v", &report);
  d.actors.LoadLines(SplitDictLines(kActors), "a", &report);
  d.agents.LoadLines(SplitDictLines("MINISTER [~GOV]\n"), "g", &report);
  d.discards.LoadLines(SplitDictLines("+TYPHOON\nBASEBALL\n"));
  EXPECT_TRUE(report.warnings.empty());
  return d;
}

TEST(PetrarchCoder, CodesPatternsAgentsAndDiscards) {
  const Dictionaries d = SmallDictionaries();
  const TreeCoder coder(d);
  const CoderOptions options;
  struct Case { const char* parse; const char* text; std::vector<CodedEvent> events; };
  const Case cases[] = {
      {"(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP "
       "Gondor)))) (. .)))",
       "Arnor restored ties with Gondor.", {{"ARN", "GON", "064"}}},
      {"(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ full) (JJ diplomatic) (NNS ties)) "
       "(PP (IN with) (NP (NNP Gondor)))) (. .)))",
       "Arnor restored full diplomatic ties with Gondor.", {{"ARN", "GON", "065"}}},
      {"(ROOT (S (NP (NNP Gondor) (NN minister)) (VP (VBD accused) (NP (NNP Arnor))) (. .)))",
       "Gondor minister accused Arnor.", {{"GONGOV", "ARN", "112"}}},
      {"(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP "
       "Gondor)))) (. .)))",
       "Arnor restored ties with Gondor after the typhoon hit.", {}},
      // '%' after the verb: the coordination is the target.
      {"(ROOT (S (NP (NNP Arnor)) (VP (VBD agreed) (PP (IN with) (NP (NNP Gondor) (CC and) "
       "(NNP Mordor)))) (. .)))",
       "Arnor agreed with Gondor and Mordor.", {{"ARN", "GON", "031"}, {"ARN", "MOR", "031"}}},
      // A complete pattern leaves the last words of the verb phrase unmatched.
      {"(ROOT (S (NP (NNP Arnor)) (VP (VBD allowed) (SBAR (IN that) (S (NP (NNP Gondor)) (VP "
       "(VBZ is) (NP (DT a) (JJ neat) (NN place)) (S (VP (TO to) (VP (VB visit)))))))) (. .)))",
       "Arnor allowed that Gondor is a neat place to visit.", {{"ARN", "GON", "027"}}},
  };
  for (const auto& c : cases) {
    const SentenceResult r = coder.Code(c.parse, 0, c.text, options);
    EXPECT_EQ(r.events, c.events) << c.text;
  }
}

TEST(PetrarchRecords, ReadsEnvironmentSentencesAndConfig) {
  auto file = ParseRecords(
      "<Validation><Environment><Verbfile>v.txt</Verbfile><Include>A B</Include>"
      "</Environment><Sentences><Config option=\"require_dyad\" value=\"false\"></Config>"
      "<Sentence date=\"19950101\" id=\"X-1\" category=\"A\"><EventCoding sourcecode=\"ARN\" "
      "targetcode=\"GON\" eventcode=\"064\"></EventCoding><Text>t</Text><Parse>(ROOT)</Parse>"
      "</Sentence></Sentences></Validation>",
      "r.xml");
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  const auto& f = file.value();
  EXPECT_EQ(f.verb_file, "v.txt");
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[0].kind, RecordItem::Kind::kConfig);
  EXPECT_EQ(f.items[1].sentence.expected[0].code, "064");
  EXPECT_FALSE(ParseRecords("<Sentence id=\"x\">", "bad.xml").ok());
}

}  // namespace
}  // namespace parley::petrarch
