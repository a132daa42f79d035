#include "analyze/syntax/parser.h"

#include <algorithm>

#include "analyze/syntax/deprel.h"

namespace parley::syntax {

ActionCodec ParserActions() { return ActionCodec{DeprelCount()}; }

bool ActionValid(const ArcEagerState& s, const ActionCodec& codec, int action) {
  Move m = codec.MoveOf(action);
  if (!s.Can(m)) return false;
  if (m == Move::kShift || m == Move::kReduce) return true;
  int label = codec.LabelOf(action);
  if (label == 0) return false;
  bool to_root = m == Move::kLeft && s.Buffer(0) == s.n();
  return to_root == (label == RootDeprel());
}

int BestValidAction(const ArcEagerState& s, const ActionCodec& codec, const float* scores) {
  int best = -1;
  for (int a = 0; a < codec.count(); ++a) {
    if ((best < 0 || scores[a] > scores[best]) && ActionValid(s, codec, a)) best = a;
  }
  return best;
}

void ExtractTree(const ArcEagerState& s, int* heads, uint8_t* labels) {
  const int n = s.n();
  int first_root = -1;
  for (int i = 0; i < n; ++i) {
    heads[i] = s.head(i) == n ? -1 : s.head(i);
    labels[i] = static_cast<uint8_t>(s.label(i));
    if (heads[i] < 0 && first_root < 0) first_root = i;
  }
  for (int i = 0; i < n; ++i) {
    if (heads[i] < 0 && i != first_root) {
      heads[i] = first_root;
      labels[i] = DeprelId("parataxis");
    }
  }
}

void Parser::Parse(const ParserInput& in, ParserWorkspace* ws, int* heads,
                   uint8_t* labels) const {
  const ActionCodec codec = ParserActions();
  ArcEagerState& s = ws->state;
  s.Init(in.n);
  ws->scores.resize(codec.count());
  while (!s.Terminal()) {
    ParserFeatures(in, s, &ws->features);
    std::fill(ws->scores.begin(), ws->scores.end(), 0.0f);
    model_.Score(ws->features, ws->scores.data());
    int action = BestValidAction(s, codec, ws->scores.data());
    s.Apply(codec.MoveOf(action), codec.LabelOf(action));
  }
  ExtractTree(s, heads, labels);
}

Status Parser::Save(const std::string& path) const {
  BinaryWriter w;
  WriteHeader(&w, "PARS", kFormatVersion);
  model_.Save(&w);
  return WriteWholeFile(path, w.bytes());
}

Status Parser::Load(const std::string& path) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  BinaryReader r(bytes.value());
  if (Status st = CheckHeader(&r, "PARS", kFormatVersion); !st.ok()) return st;
  if (Status st = model_.Load(&r); !st.ok()) return st;
  if (model_.num_classes() != ParserActions().count()) {
    return Status::Corruption("parser action count does not match the relation table");
  }
  return r.done() ? Status::Ok() : Status::Corruption("trailing bytes in parser model");
}

}  // namespace parley::syntax
