// Fuzz target: the CoNLL-U reader (treebanks are outside input to `parley train` and
// `parley eval`), then what training and evaluation do with the sentences it accepts:
// scoring against themselves, projective lifting and the parser's dynamic oracle.
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "analyze/syntax/arc_eager.h"
#include "analyze/syntax/conllu_reader.h"
#include "analyze/syntax/evaluate.h"
#include "analyze/syntax/projectivize.h"

namespace {

using parley::syntax::ArcEagerState;
using parley::syntax::Move;

// Follows zero-cost oracle moves, as training does; bounded by 4n + 4 steps.
void FollowOracle(const parley::syntax::TreebankSentence& s) {
  const int n = static_cast<int>(s.words.size());
  std::vector<int> heads;
  for (const auto& w : s.words) heads.push_back(w.head < 0 ? n : w.head);
  parley::syntax::Projectivize(&heads);
  ArcEagerState state;
  state.Init(n);
  int costs[4];
  for (int steps = 0; !state.Terminal() && steps < 4 * n + 4; ++steps) {
    parley::syntax::MoveCosts(state, heads, costs);
    int move = 0;
    while (move < 4 && (!state.Can(static_cast<Move>(move)) || costs[move] != 0)) ++move;
    if (move == 4) return;
    state.Apply(static_cast<Move>(move), 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  parley::syntax::ConlluReader reader(&in, "fuzz");
  parley::syntax::TreebankSentence sentence;
  std::vector<parley::syntax::EvalSentence> eval;
  uint32_t offset = 0;
  while (reader.Next(&sentence)) {
    eval.push_back(parley::syntax::ToEvalSentence(sentence, &offset));
    if (sentence.words.size() <= 200) FollowOracle(sentence);
  }
  (void)parley::syntax::Score(eval, eval);
  return 0;
}
