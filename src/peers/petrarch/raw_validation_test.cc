// Parley's events written as PETRARCH writes them, for the raw mode of
// `parley validate petrarch` (raw_validation.h).
#include "peers/petrarch/raw_validation.h"

#include <gtest/gtest.h>

namespace parley::petrarch {
namespace {

Event Make(const std::string& source, const std::string& target, const std::string& code) {
  Event e;
  e.source.code = source;
  e.target.code = target;
  e.cameo = code;
  return e;
}

std::string Show(const std::vector<CodedEvent>& events) {
  std::string out;
  for (const auto& e : events) out += e.source + " " + e.target + " " + e.code + ";";
  return out;
}

TEST(RawValidation, NormalizesActorCodesAsPetrarchWritesThem) {
  const AgentRoles roles = {{"GOV", false}, {"MIL", false}, {"NGO", true}};
  const std::vector<Event> events = {
      Make("GOV", "ARN", "042"),     // an agent alone: ---GOV
      Make("ARNNGO", "GON", "043"),  // a prefix role: NGOARN
      Make("ARNGOV", "GONMIL", "190"),
      Make("USA", "", "010"),        // no target: dropped under require_dyad
      Make("ARN", "ARN", "051"),     // self-reference: dropped
      Make("ARNGOV", "GONMIL", "190"),  // duplicate: kept once
  };
  EXPECT_EQ(Show(NormalizeEvents(events, roles, true)),
            "---GOV ARN 042;NGOARN GON 043;ARNGOV GONMIL 190;");
  EXPECT_EQ(Show(NormalizeEvents(events, roles, false)),
            "---GOV ARN 042;NGOARN GON 043;ARNGOV GONMIL 190;USA --- 010;");
}

TEST(RawValidation, TellsWhetherTheTextSaysWhatTheTreeSays) {
  const char* tree = "(ROOT (S (NP (NNP Arnor) (NNS soldiers)) (VP (VBD fired) (PP (IN on) "
                     "(NP (NNP Minas_Tirith)))) (-LRB- -LRB-) (. .)))";
  EXPECT_TRUE(TextMatchesTree("Arnor soldiers fired\non Minas Tirith.", tree));
  EXPECT_FALSE(TextMatchesTree("Arnor troops fired on Minas Tirith.", tree));
  EXPECT_FALSE(TextMatchesTree("Arnor soldiers fired.", "(ROOT)"));
}

}  // namespace
}  // namespace parley::petrarch
