#include "analyze/syntax/parser.h"

#include <algorithm>
#include <bit>

#include "analyze/syntax/deprel.h"
#include "analyze/syntax/hash.h"

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

// A relation an arc can be given by its scores (not the empty one, not root: the arc to
// the root takes it without scoring).
bool ScoredRelation(int label) { return label != 0 && label != RootDeprel(); }

struct GroupTable {
  uint8_t group[256] = {};
  uint8_t slot[256] = {};
  uint8_t label_at[256] = {};  // inverse of slot
  int begin[ParserClasses::kGroups + 1] = {};
  int only[ParserClasses::kGroups] = {};  // the group's one arc relation, or -1
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
    for (int g = 0; g < ParserClasses::kGroups; ++g) {
      only[g] = -1;
      int eligible = 0;
      for (int k = begin[g]; k < begin[g + 1]; ++k) {
        if (!ScoredRelation(label_at[k])) continue;
        ++eligible;
        only[g] = label_at[k];
      }
      if (eligible != 1) only[g] = -1;
    }
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

uint32_t ValidMoveClasses(const ArcEagerState& s) {
  constexpr uint32_t kGroupBits = (1u << ParserClasses::kGroups) - 1;
  constexpr uint32_t kLeftClasses = kGroupBits << 2;
  constexpr uint32_t kRightClasses = kGroupBits << (2 + ParserClasses::kGroups);
  static const uint32_t left_to_root = 1u << (2 + RelationGroup(RootDeprel()));
  uint32_t valid = static_cast<uint32_t>(s.CanShift()) | static_cast<uint32_t>(s.CanReduce()) << 1;
  if (s.CanLeft()) valid |= ToRoot(s, Move::kLeft) ? left_to_root : kLeftClasses;
  if (s.CanRight()) valid |= kRightClasses;
  return valid;
}

int BestValidMove(const ArcEagerState& s, const float* scores) {
  int best = -1;
  for (uint32_t valid = ValidMoveClasses(s); valid != 0; valid &= valid - 1) {
    const int c = std::countr_zero(valid);
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

int BestLabel(const ParserClasses& layout, Move m, int group, const float* scores) {
  const float* row = scores + layout.LabelBase(m);
  const GroupTable& groups = Groups();
  const int lo = group < 0 ? 0 : groups.begin[group];
  const int hi = group < 0 ? groups.begin[ParserClasses::kGroups] : groups.begin[group + 1];
  int best = -1;
  for (int k = lo; k < hi; ++k) {
    const int l = groups.label_at[k];
    if (!ScoredRelation(l)) continue;
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

int Parser::ArcLabel(const ArcEagerState& s, int c, const uint32_t* rows, size_t count,
                     float* scores) const {
  const Move m = ParserClasses::MoveOf(c);
  if (m != Move::kLeft && m != Move::kRight) return 0;
  if (ToRoot(s, m)) return RootDeprel();
  const int g = ParserClasses::GroupOf(c);
  // A group with one relation (punctuation) needs no scoring.
  if (const int only = Groups().only[g]; only >= 0) return only;
  const ParserClasses layout = ParserLayout();
  const int lo = layout.LabelBase(m) + GroupBegin(g);
  const int hi = layout.LabelBase(m) + GroupBegin(g + 1);
  std::fill(scores + lo, scores + hi, 0.0f);
  model_.AccumulateRange(rows, count, lo, hi, scores);
  return BestLabel(layout, m, g, scores);
}

void Parser::Parse(const ParserInput& input, ParserWorkspace* ws, int* heads,
                   uint8_t* labels) const {
  ParserInput in = input;
  PrepareInput(&in, &ws->sentence);
  ws->scores.resize(ParserLayout().count());
  if (beam_ > 1) {
    ParseBeam(in, ws);
    ExtractTree(ws->items[0], heads, labels);
  } else {
    ParseGreedy(in, ws);
    ExtractTree(ws->state, heads, labels);
  }
}

void Parser::ScoreMoves(const ParserInput& in, const ArcEagerState& s, ParserWorkspace* ws,
                        float* scores) const {
  ParserFeatures(in, s, &ws->features);
  ws->offsets.resize(ws->features.size());
  model_.Lookup(ws->features, ws->offsets.data());
  std::fill(scores, scores + ParserClasses::kMoves, 0.0f);
  model_.AccumulateHead(ws->offsets.data(), ws->offsets.size(), scores);
}

void Parser::ParseGreedy(const ParserInput& in, ParserWorkspace* ws) const {
  ArcEagerState& s = ws->state;
  s.Init(in.n);
  float* scores = ws->scores.data();
  while (!s.Terminal()) {
    ScoreMoves(in, s, ws, scores);
    const int c = BestValidMove(s, scores);
    const int label = ArcLabel(s, c, ws->offsets.data(), ws->offsets.size(), scores);
    s.Apply(ParserClasses::MoveOf(c), label);
  }
}

int Parser::EvaluateTop(const ParserInput& in, const StateView& view,
                        ParserWorkspace* ws) const {
  // The features of this set are a function of the sentence, S0 and N0.
  const uint64_t pair = static_cast<uint64_t>(view.pos[StateView::kS0] + 1) << 32 |
                        static_cast<uint32_t>(view.pos[StateView::kN0]);
  const EvaluationCache::Key key{Mix64(pair), pair};  // the cache probes from key.a
  int t = ws->top_cache.Find(key);
  if (t >= 0) return t;
  ParserFeatures(in, view, FeatureSet::kStackTopAndBuffer, &ws->top_features);
  t = ws->top_cache.Add(key, ws->top_features.size());
  model_.Lookup(ws->top_features, ws->top_cache.rows(t));
  model_.SumHead(ws->top_cache.rows(t), ws->top_features.size(), ws->top_cache.sums(t));
  return t;
}

int Parser::Evaluate(const ParserInput& in, const ArcEagerState& s, ParserWorkspace* ws) const {
  static_assert(EvaluationCache::kMoves == ParserClasses::kMoves);
  // States with equal views have equal features (parser_features.h): the view is the
  // key, so a state seen before in this step is not even extracted.
  const StateView view = ViewOf(s);
  uint64_t words[StateView::kWords];
  view.ToWords(words);
  const EvaluationCache::Key key = EvaluationCache::KeyOf(words);
  int e = ws->cache.Find(key);
  if (e >= 0) return e;
  const int t = EvaluateTop(in, view, ws);
  ParserFeatures(in, view, FeatureSet::kTree, &ws->features);
  const size_t top = ws->top_cache.row_count(t), tree = ws->features.size();
  e = ws->cache.Add(key, top + tree);
  uint32_t* rows = ws->cache.rows(e);
  std::copy_n(ws->top_cache.rows(t), top, rows);
  model_.Lookup(ws->features, rows + top);
  int32_t* sums = ws->cache.sums(e);
  std::copy_n(ws->top_cache.sums(t), ParserClasses::kMoves, sums);
  model_.SumHead(rows + top, tree, sums);
  return e;
}

void Parser::ParseBeam(const ParserInput& in, ParserWorkspace* ws) const {
  static_assert(BeamSelection::kMaxWidth == kMaxBeam);
  if (ws->items.size() < static_cast<size_t>(beam_)) {
    ws->items.resize(beam_);
    ws->next_items.resize(beam_);
  }
  ws->items[0].Init(in.n);
  ws->item_scores.assign(1, 0.0f);
  ws->cache.Clear();
  ws->top_cache.Clear();
  float* scores = ws->scores.data();
  float moves[ParserClasses::kMoves];
  for (int step = 0; step < 2 * in.n; ++step) {
    // Entries are only used within a step, so both caches can start over here.
    if (ws->cache.full() || ws->top_cache.full()) {
      ws->cache.Clear();
      ws->top_cache.Clear();
    }
    const int count = static_cast<int>(ws->item_scores.size());
    ws->candidates.Reset(beam_);
    ws->item_entries.clear();
    for (int i = 0; i < count; ++i) {
      const int e = Evaluate(in, ws->items[i], ws);
      ws->item_entries.push_back(e);
      const int32_t* sums = ws->cache.sums(e);
      for (int c = 0; c < ParserClasses::kMoves; ++c) {
        moves[c] = static_cast<float>(sums[c]) * model_.head_scale();
      }
      ws->candidates.OfferMoves(ws->items[i], i, ws->item_scores[i], moves);
    }
    ws->next_scores.clear();
    // The candidates are best first; those more than the margin behind the best go.
    int kept = ws->candidates.size();
    if (margin_ > 0 && kept > 0) {
      const float floor = ws->candidates[0].score - margin_;
      while (kept > 1 && ws->candidates[kept - 1].score < floor) --kept;
    }
    // An item that only one kept candidate extends is moved, not copied (the last use).
    int uses[kMaxBeam] = {};
    for (int j = 0; j < kept; ++j) ++uses[ws->candidates[j].item];
    for (int j = 0; j < kept; ++j) {
      const BeamCandidate& cand = ws->candidates[j];
      ArcEagerState& from = ws->items[cand.item];
      const int e = ws->item_entries[cand.item];
      int label = ws->cache.relation(e, cand.cls);
      if (label < 0) {
        label = ArcLabel(from, cand.cls, ws->cache.rows(e), ws->cache.row_count(e), scores);
        ws->cache.set_relation(e, cand.cls, label);
      }
      if (--uses[cand.item] == 0) {
        std::swap(ws->next_items[j], from);
      } else {
        ws->next_items[j] = from;
      }
      ws->next_items[j].Apply(ParserClasses::MoveOf(cand.cls), label);
      ws->next_scores.push_back(cand.score);
    }
    std::swap(ws->items, ws->next_items);
    std::swap(ws->item_scores, ws->next_scores);
  }
}

bool Parser::UsesClusters() const {
  const uint64_t marker = ClusterMarkerFeature();
  uint32_t row = model_.unknown_row();
  model_.Lookup({&marker, 1}, &row);
  return row != model_.unknown_row();
}

Status Parser::Save(const std::string& path) const {
  BinaryWriter w;
  WriteHeader(&w, "PARS", kFormatVersion);
  w.Put<uint32_t>(static_cast<uint32_t>(beam_));
  w.Put<float>(margin_);
  model_.Save(&w);
  return WriteWholeFile(path, w.bytes());
}

Status Parser::Load(const std::string& path) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  BinaryReader r(bytes.value());
  // Older files hashed their features otherwise: their weights would not be found.
  if (Status st = CheckHeader(&r, "PARS", kFormatVersion); !st.ok()) return st;
  uint32_t beam = 1;
  if (Status st = r.Get(&beam); !st.ok()) return st;
  if (beam < 1 || beam > kMaxBeam) return Status::Corruption("parser beam width out of range");
  beam_ = static_cast<int>(beam);
  float margin = 0;
  if (Status st = r.Get(&margin); !st.ok()) return st;
  if (!(margin >= 0 && margin < 1e9f)) return Status::Corruption("parser beam margin out of range");
  margin_ = margin;
  // No float rows: the head and the 16-bit relation tail serve every lookup.
  if (Status st = model_.Load(&r, /*densify=*/false); !st.ok()) return st;
  if (model_.num_classes() != ParserLayout().count()) {
    return Status::Corruption("parser class count does not match the relation table");
  }
  model_.EnableHead(ParserClasses::kMoves);
  return r.done() ? Status::Ok() : Status::Corruption("trailing bytes in parser model");
}

}  // namespace parley::syntax
