#include "analyze/syntax/parser.h"

#include <algorithm>

#include "analyze/syntax/deprel.h"

namespace parley::syntax {

ParserClasses ParserLayout() { return ParserClasses{DeprelCount()}; }

namespace {

int GroupOfName(std::string_view u) {
  if (u == "punct") return 0;
  if (u == "det" || u == "amod" || u == "nummod" || u == "compound" || u == "flat" ||
      u == "fixed" || u == "goeswith" || u == "clf") {
    return 1;
  }
  if (u == "case" || u == "mark" || u == "cc" || u == "cop" || u == "aux" || u == "expl") return 2;
  if (u == "nsubj" || u == "csubj" || u == "obj" || u == "iobj") return 3;
  if (u == "obl" || u == "nmod" || u == "appos" || u == "vocative" || u == "dislocated") return 4;
  if (u == "advmod" || u == "discourse" || u == "advcl" || u == "acl") return 5;
  if (u == "xcomp" || u == "ccomp") return 6;
  return 7;  // conj, parataxis, list, orphan, reparandum, dep, root
}

struct GroupTable {
  uint8_t group[256] = {};
  uint8_t slot[256] = {};
  uint8_t label_at[256] = {};  // inverse of slot
  int begin[ParserClasses::kGroups + 1] = {};
  GroupTable() {
    const int n = DeprelCount();
    for (int l = 0; l < n; ++l) {
      group[l] = static_cast<uint8_t>(
          GroupOfName(DeprelName(UniversalDeprel(static_cast<uint8_t>(l)))));
    }
    int next = 0;
    for (int g = 0; g < ParserClasses::kGroups; ++g) {
      begin[g] = next;
      for (int l = 0; l < n; ++l) {
        if (group[l] != g) continue;
        slot[l] = static_cast<uint8_t>(next);
        label_at[next++] = static_cast<uint8_t>(l);
      }
    }
    begin[ParserClasses::kGroups] = next;
  }
};

const GroupTable& Groups() {
  static const GroupTable table;
  return table;
}

}  // namespace

int RelationGroup(int label) { return Groups().group[label & 0xff]; }
int RelationSlot(int label) { return Groups().slot[label & 0xff]; }
int GroupBegin(int group) { return Groups().begin[group]; }

int BestValidMove(const ArcEagerState& s, const float* scores) {
  const bool can[4] = {s.CanShift(), s.CanReduce(), s.CanLeft(), s.CanRight()};
  const bool left_root = s.Buffer(0) == s.n();
  const int root_group = RelationGroup(RootDeprel());
  int best = -1;
  for (int c = 0; c < ParserClasses::kMoves; ++c) {
    const Move m = ParserClasses::MoveOf(c);
    if (!can[static_cast<int>(m)]) continue;
    if (m == Move::kLeft && left_root && ParserClasses::GroupOf(c) != root_group) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

int BestLabel(const ParserClasses& layout, Move m, int group, const float* scores) {
  const float* row = scores + layout.LabelBase(m);
  const int root = RootDeprel();
  const GroupTable& groups = Groups();
  const int lo = group < 0 ? 0 : groups.begin[group];
  const int hi = group < 0 ? groups.begin[ParserClasses::kGroups] : groups.begin[group + 1];
  int best = -1;
  for (int k = lo; k < hi; ++k) {
    const int l = groups.label_at[k];
    if (l == 0 || l == root) continue;
    if (best < 0 || row[k] > row[groups.slot[best]]) best = l;
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

void Parser::Parse(const ParserInput& input, ParserWorkspace* ws, int* heads,
                   uint8_t* labels) const {
  const ParserClasses layout = ParserLayout();
  CountTagsBefore(input.tags, input.n, &ws->before);
  ParserInput in = input;
  in.before = ws->before.data();
  ArcEagerState& s = ws->state;
  s.Init(in.n);
  ws->scores.resize(layout.count());
  float* scores = ws->scores.data();
  while (!s.Terminal()) {
    ParserFeatures(in, s, &ws->features);
    ws->offsets.resize(ws->features.size());
    model_.Lookup(ws->features, ws->offsets.data());
    std::fill(scores, scores + ParserClasses::kMoves, 0.0f);
    model_.AccumulateHead(ws->offsets.data(), ws->offsets.size(), scores);
    const int c = BestValidMove(s, scores);
    const Move m = ParserClasses::MoveOf(c);
    int label = 0;
    if (m == Move::kLeft || m == Move::kRight) {
      if (ToRoot(s, m)) {
        label = RootDeprel();
      } else {
        const int g = ParserClasses::GroupOf(c);
        const int lo = layout.LabelBase(m) + GroupBegin(g);
        const int hi = layout.LabelBase(m) + GroupBegin(g + 1);
        std::fill(scores + lo, scores + hi, 0.0f);
        model_.AccumulateRange(ws->offsets.data(), ws->offsets.size(), lo, hi, scores);
        label = BestLabel(layout, m, g, scores);
      }
    }
    s.Apply(m, label);
  }
  ExtractTree(s, heads, labels);
}

bool Parser::UsesClusters() const {
  const uint64_t marker = ClusterMarkerFeature();
  uint32_t row = LinearModel::kMissing;
  model_.Lookup({&marker, 1}, &row);
  return row != LinearModel::kMissing;
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
  if (model_.num_classes() != ParserLayout().count()) {
    return Status::Corruption("parser class count does not match the relation table");
  }
  model_.EnableHead(ParserClasses::kMoves);
  return r.done() ? Status::Ok() : Status::Corruption("trailing bytes in parser model");
}

}  // namespace parley::syntax
