#include "analyze/syntax/parser_features.h"

#include <algorithm>

#include "analyze/syntax/feature_writer.h"
#include "analyze/syntax/hash.h"
#include "analyze/syntax/tagger.h"
#include "analyze/syntax/word_clusters.h"
#include "parley/doc.h"

namespace parley::syntax {

namespace {

constexpr uint64_t kNoWord = 0x1f3a5c7e9b2d4f61ULL;
constexpr uint64_t kRootWord = 0x2e4c6a8b0d1f3e5aULL;
constexpr uint64_t kNoTag = 18;
constexpr uint64_t kRootTag = 17;
constexpr uint64_t kNoLabel = 255;

// The slot of a position the configuration does not have.
constexpr WordSlot kNoSlot{kNoWord, kNoTag, 1 << 20, kUnseenWordTags, 1 << 22, 1 << 22, 1 << 22, 0};

// One position of the configuration: the word's slot and (for dependents) its label.
// Starts as no position: the templates of a set not written still read their values.
struct Slot : WordSlot {
  Slot() : WordSlot(kNoSlot) {}
  uint64_t l = kNoLabel;
};

// A cluster prefix joined with the word's tag.
uint64_t WithTag(uint64_t k, const Slot& x) { return k * 64 + x.p; }

// Writes the features of kSet (one instance per set, so a template outside the set
// costs nothing but its id).
template <FeatureSet kSet>
class Extractor {
 public:
  Extractor(const ParserInput& in, const StateView& v, FeatureWriter* out)
      : in_(in), v_(v), out_(*out) {}
  void Run();

 private:
  // The slot of a position of the view, with its relation.
  Slot At(StateView::Position k) const { return At(v_.pos[k], v_.label[k]); }
  // The slot of word w (-1: none; n: the root) with relation `label` (-1: none).
  Slot At(int w, int label) const;
  // The buffer word i places after N0, or -1 past the root.
  int AfterN0(int i) const { return v_.pos[StateView::kN0] + i <= in_.n ? v_.pos[StateView::kN0] + i : -1; }
  // A template of the tree built so far (heads, children, labels, the second stack
  // item). Template ids count every template, written or not, so the hashes do not
  // depend on the set.
  void Add(uint64_t a) { kWriteTree ? Put(ParserFeatureHash(k_++, a)) : Skip(); }
  void Add(uint64_t a, uint64_t b) { kWriteTree ? Put(ParserFeatureHash(k_++, a, b)) : Skip(); }
  void Add(uint64_t a, uint64_t b, uint64_t c) { kWriteTree ? Put(ParserFeatureHash(k_++, a, b, c)) : Skip(); }
  // A template of the stack top and the buffer only (words, tags, distance, what lies
  // between them): equal for all configurations with the same S0 and N0.
  void Top(uint64_t a) { kWriteTop ? Put(ParserFeatureHash(k_++, a)) : Skip(); }
  void Top(uint64_t a, uint64_t b) { kWriteTop ? Put(ParserFeatureHash(k_++, a, b)) : Skip(); }
  void Top(uint64_t a, uint64_t b, uint64_t c) { kWriteTop ? Put(ParserFeatureHash(k_++, a, b, c)) : Skip(); }
  void Put(uint64_t f) { out_(f); }
  void Skip() { ++k_; }
  void Unigrams(const Slot& x) { Add(x.w, x.p); Add(x.w); Add(x.p); }
  void TopUnigrams(const Slot& x) { Top(x.w, x.p); Top(x.w); Top(x.p); }
  void Pairs();
  void Triples();
  void DistanceValency();
  void ChildUnigrams();
  void ThirdOrder();
  void LabelSets();
  void Extras();
  void Classes();
  void TagSets();
  void Between();
  void Clusters();

  const ParserInput& in_;
  const StateView& v_;  // all the templates see of the state
  FeatureWriter& out_;
  // Which templates to write.
  static constexpr bool kWriteTop = kSet != FeatureSet::kTree;
  static constexpr bool kWriteTree = kSet != FeatureSet::kStackTopAndBuffer;
  uint32_t k_ = 0;   // template id of the next Add
  int s0_ = -1, n0_ = -1;
  Slot S0, S1, N0, N1, N2, S0h, S0h2, S0l, S0r, S0l2, S0r2, N0l, N0l2;
};

template <FeatureSet kSet>
Slot Extractor<kSet>::At(int w, int label) const {
  Slot x;
  static_cast<WordSlot&>(x) = in_.slots[w < 0 ? in_.n + 1 : w];
  x.l = label >= 0 ? static_cast<uint64_t>(label) : kNoLabel;
  return x;
}

template <FeatureSet kSet>
void Extractor<kSet>::Pairs() {
  Top(S0.w * 31 + S0.p, N0.w * 31 + N0.p);
  Top(S0.w * 31 + S0.p, N0.w);
  Top(S0.w, N0.w * 31 + N0.p);
  Top(S0.w * 31 + S0.p, N0.p);
  Top(S0.p, N0.w * 31 + N0.p);
  Top(S0.w, N0.w);
  Top(S0.p, N0.p);
  Top(N0.p, N1.p);
}

template <FeatureSet kSet>
void Extractor<kSet>::Triples() {
  Top(N0.p, N1.p, N2.p);
  Top(S0.p, N0.p, N1.p);
  Add(S0h.p, S0.p, N0.p);
  Add(S0.p, S0l.p, N0.p);
  Add(S0.p, S0r.p, N0.p);
  Add(S0.p, N0.p, N0l.p);
}

uint64_t Distance(int a, int b) {
  if (a < 0 || b < 0) return 0;
  int d = b - a;
  return d <= 5 ? d : (d <= 10 ? 6 : 7);
}

template <FeatureSet kSet>
void Extractor<kSet>::DistanceValency() {
  uint64_t d = Distance(s0_, n0_);
  Top(S0.w, d);
  Top(S0.p, d);
  Top(N0.w, d);
  Top(N0.p, d);
  Top(S0.w, N0.w, d);
  Top(S0.p, N0.p, d);
  const uint64_t s0vr = static_cast<uint64_t>(v_.s0_right_count);
  const uint64_t s0vl = static_cast<uint64_t>(v_.s0_left_count);
  const uint64_t n0vl = static_cast<uint64_t>(v_.n0_left_count);
  Add(S0.w, s0vr);
  Add(S0.p, s0vr);
  Add(S0.w, s0vl);
  Add(S0.p, s0vl);
  Add(N0.w, n0vl);
  Add(N0.p, n0vl);
}

template <FeatureSet kSet>
void Extractor<kSet>::ChildUnigrams() {
  Add(S0h.w);
  Add(S0h.p);
  Add(S0.l);
  Add(S0l.w);
  Add(S0l.p);
  Add(S0l.l);
  Add(S0r.w);
  Add(S0r.p);
  Add(S0r.l);
  Add(N0l.w);
  Add(N0l.p);
  Add(N0l.l);
}

template <FeatureSet kSet>
void Extractor<kSet>::ThirdOrder() {
  Add(S0h2.w);
  Add(S0h2.p);
  Add(S0h.l);
  Add(S0l2.w);
  Add(S0l2.p);
  Add(S0l2.l);
  Add(S0r2.w);
  Add(S0r2.p);
  Add(S0r2.l);
  Add(N0l2.w);
  Add(N0l2.p);
  Add(N0l2.l);
  Add(S0.p, S0l.p, S0l2.p);
  Add(S0.p, S0r.p, S0r2.p);
  Add(S0.p, S0h.p, S0h2.p);
  Add(N0.p, N0l.p, N0l2.p);
}

template <FeatureSet kSet>
void Extractor<kSet>::LabelSets() {
  const uint64_t s0r = v_.s0_right_labels;
  const uint64_t s0l = v_.s0_left_labels;
  const uint64_t n0l = v_.n0_left_labels;
  Add(S0.w, s0r);
  Add(S0.p, s0r);
  Add(S0.w, s0l);
  Add(S0.p, s0l);
  Add(N0.w, n0l);
  Add(N0.p, n0l);
}

template <FeatureSet kSet>
void Extractor<kSet>::Extras() {
  Unigrams(S1);
  Add(S1.p, S0.p, N0.p);
  Add(S1.w, S0.w);
  Add(S1.p, S0.w, N0.p);
  Top(S0.w, N0.w, N1.p);
  Top(S0.p, N0.w, N1.w);
  const int n0 = n0_;
  const Slot before = kWriteTop ? At(n0 > 0 ? n0 - 1 : -1, -1) : Slot();
  Top(before.w, N0.p);
  Top(before.p, N0.p, S0.p);
  Top(S0.suffix, N0.p);
  Top(S0.p, N0.suffix);
  Top(S0.suffix, N0.suffix);
}

template <FeatureSet kSet>
void Extractor<kSet>::Classes() {
  Top(S0.c);
  Top(N0.c);
  Top(N1.c);
  Top(S0.c, N0.c);
  Top(S0.c, N0.p);
  Top(S0.p, N0.c);
  Top(S0.w, N0.c);
  Top(S0.c, N0.w);
  Top(N0.c, N1.c);
  Top(S0.c, S0.p);
  Top(N0.c, N0.p);
  Add(S1.c, S0.c, N0.c);
  Add(S0h.c, S0.c);
}

// The tags a word was seen with: lets the parser doubt a tag ("that", "to", "out").
template <FeatureSet kSet>
void Extractor<kSet>::TagSets() {
  Top(S0.a);
  Top(N0.a);
  Top(S0.a, N0.a);
  Top(S0.a, S0.p);
  Top(N0.a, N0.p);
  Top(N1.a, N1.p);
  Top(S0.a, N0.p);
  Top(S0.p, N0.a);
}

// What lies between S0 and N0: punctuation marks (up to 3), verbs (up to 2), a
// coordinating conjunction.
template <FeatureSet kSet>
void Extractor<kSet>::Between() {
  uint64_t between = 0;
  if (s0_ >= 0 && n0_ > s0_) {
    const TagsBefore& a = in_.before[s0_ + 1];
    const TagsBefore& b = in_.before[n0_];
    between = std::min(b.punct - a.punct, 3) * 16 + std::min(b.verbs - a.verbs, 2) * 4 +
              std::min(b.conj - a.conj, 1);
  }
  Top(between);
  Top(S0.p, N0.p, between);
  Top(S0.w, N0.p, between);
  Top(S0.p, N0.w, between);
}

// Word-cluster templates in the spirit of Koo, Carreras & Collins (2008): cluster
// prefixes of the stack top, the next words and their nearest dependents, alone and
// joined with tags and words.
template <FeatureSet kSet>
void Extractor<kSet>::Clusters() {
  if (kWriteTop) Put(ClusterMarkerFeature());
  Top(S0.kf, S0.p);
  Top(N0.kf, N0.p);
  Top(N1.k6, N1.p);
  Top(WithTag(S0.k4, S0), WithTag(N0.k4, N0));
  Top(S0.k6, N0.k6);
  Top(S0.kf, N0.p);
  Top(S0.p, N0.kf);
  Top(S0.kf, N0.w);
  Top(S0.w, N0.kf);
  Add(WithTag(S0h.k4, S0h), WithTag(S0.k4, S0), WithTag(N0.k4, N0));
  Add(WithTag(S0.k4, S0), WithTag(S0r.k4, S0r), N0.p);
  Add(WithTag(N0.k4, N0), WithTag(N0l.k4, N0l), S0.p);
  Top(WithTag(N0.k6, N0), N1.p);
}

template <FeatureSet kSet>
void Extractor<kSet>::Run() {
  using P = StateView::Position;
  s0_ = v_.pos[P::kS0];
  n0_ = v_.pos[P::kN0];
  S0 = At(P::kS0); N0 = At(P::kN0); N1 = At(AfterN0(1), -1); N2 = At(AfterN0(2), -1);
  if constexpr (kWriteTree) {  // the positions only tree templates read
    S1 = At(P::kS1);
    S0h = At(P::kS0h); S0h2 = At(P::kS0h2);
    S0l = At(P::kS0l); S0l2 = At(P::kS0l2);
    S0r = At(P::kS0r); S0r2 = At(P::kS0r2);
    N0l = At(P::kN0l); N0l2 = At(P::kN0l2);
  }
  Top(0);
  TopUnigrams(S0);
  TopUnigrams(N0);
  TopUnigrams(N1);
  Pairs();
  DistanceValency();
  ChildUnigrams();
  LabelSets();
  Extras();
  if (in_.clusters == nullptr) Classes();
  TopUnigrams(N2);
  Triples();
  ThirdOrder();
  Between();
  TagSets();
  if (in_.clusters != nullptr) Clusters();
}

WordSlot Describe(const ParserInput& in, int w) {
  WordSlot x = kNoSlot;
  x.w = in.words[w].lower;
  x.p = in.tags[w];
  x.c = in.signatures[w] >> 8;
  if (in.tag_sets != nullptr) x.a = in.tag_sets[w];
  const uint32_t k = in.clusters != nullptr ? in.clusters[w] : 0;
  x.k4 = ClusterPrefix(k, 4);
  x.k6 = ClusterPrefix(k, 6);
  x.kf = ClusterClass(k);
  x.suffix = in.words[w].suffix[2];
  return x;
}

// Fills (*out)[0..n+1] (ParserInput::slots).
void DescribeWords(const ParserInput& in, std::vector<WordSlot>* out) {
  out->resize(static_cast<size_t>(in.n) + 2);
  for (int w = 0; w < in.n; ++w) (*out)[w] = Describe(in, w);
  WordSlot root = kNoSlot;
  root.w = kRootWord;
  root.p = kRootTag;
  (*out)[in.n] = root;
  (*out)[in.n + 1] = kNoSlot;
}

}  // namespace

void PrepareInput(ParserInput* in, SentenceTables* tables) {
  CountTagsBefore(in->tags, in->n, &tables->before);
  DescribeWords(*in, &tables->slots);
  in->before = tables->before.data();
  in->slots = tables->slots.data();
}

void CountTagsBefore(const uint8_t* tags, int n, std::vector<TagsBefore>* out) {
  out->resize(static_cast<size_t>(n) + 1);
  TagsBefore count;
  auto bump = [](uint16_t* c, bool yes) { *c = static_cast<uint16_t>(*c + (yes && *c < 65535)); };
  for (int i = 0; i < n; ++i) {
    (*out)[i] = count;
    const Upos u = static_cast<Upos>(tags[i]);
    bump(&count.punct, u == Upos::kPunct);
    bump(&count.verbs, u == Upos::kVerb);
    bump(&count.conj, u == Upos::kCconj);
  }
  (*out)[n] = count;
}

uint64_t ClusterMarkerFeature() {
  constexpr uint32_t kMarkerTemplate = 0xc105;  // fixed: not the running template count
  return ParserFeatureHash(kMarkerTemplate, 1);
}

void ParserFeatures(const ParserInput& in, const ArcEagerState& s, FeatureList* out) {
  ParserFeatures(in, s, FeatureSet::kAll, out);
}

StateView ViewOf(const ArcEagerState& s) {
  using P = StateView::Position;
  const int n = s.n();
  auto head = [&](int w) { return w < 0 || w >= n ? -1 : s.head(w); };
  auto left = [&](int w, int k) { return w < 0 ? -1 : s.LeftChild(w, k); };
  auto right = [&](int w, int k) { return w < 0 ? -1 : s.RightChild(w, k); };
  StateView v;
  const int s0 = s.Stack(0), n0 = s.Buffer(0), s0h = head(s0);
  v.pos[P::kS0] = s0;
  v.pos[P::kN0] = n0;
  v.pos[P::kS1] = s.Stack(1);
  v.pos[P::kS0h] = s0h;
  v.pos[P::kS0h2] = head(s0h);
  v.pos[P::kS0l] = left(s0, 0);
  v.pos[P::kS0l2] = left(s0, 1);
  v.pos[P::kS0r] = right(s0, 0);
  v.pos[P::kS0r2] = right(s0, 1);
  v.pos[P::kN0l] = left(n0, 0);
  v.pos[P::kN0l2] = left(n0, 1);
  for (int k = 0; k < P::kPositions; ++k) {
    const int w = v.pos[k];
    v.label[k] = w >= 0 && w < n && s.head(w) >= 0 ? s.label(w) : -1;
  }
  v.s0_right_count = s0 >= 0 ? s.RightCount(s0) : 99;
  v.s0_left_count = s0 >= 0 ? s.LeftCount(s0) : 99;
  v.n0_left_count = n0 >= 0 ? s.LeftCount(n0) : 99;
  v.s0_right_labels = s0 >= 0 ? s.RightLabels(s0) : 1;
  v.s0_left_labels = s0 >= 0 ? s.LeftLabels(s0) : 1;
  v.n0_left_labels = n0 >= 0 ? s.LeftLabels(n0) : 1;
  return v;
}

void StateView::ToWords(uint64_t* words) const {
  for (int k = 0; k < kPositions; ++k) {
    words[k] = static_cast<uint64_t>(static_cast<uint32_t>(pos[k])) << 32 |
               static_cast<uint32_t>(label[k]);
  }
  words[kPositions + 0] = static_cast<uint32_t>(s0_right_count);
  words[kPositions + 1] = static_cast<uint32_t>(s0_left_count);
  words[kPositions + 2] = static_cast<uint32_t>(n0_left_count);
  words[kPositions + 3] = s0_right_labels;
  words[kPositions + 4] = s0_left_labels;
  words[kPositions + 5] = n0_left_labels;
}

void ParserFeatures(const ParserInput& in, const ArcEagerState& s, FeatureSet set,
                    FeatureList* out) {
  ParserFeatures(in, ViewOf(s), set, out);
}

void ParserFeatures(const ParserInput& in, const StateView& s, FeatureSet set,
                    FeatureList* out) {
  out->clear();
  FeatureWriter writer(out, kMaxParserFeatures);
  switch (set) {
    case FeatureSet::kAll: Extractor<FeatureSet::kAll>(in, s, &writer).Run(); break;
    case FeatureSet::kStackTopAndBuffer:
      Extractor<FeatureSet::kStackTopAndBuffer>(in, s, &writer).Run();
      break;
    case FeatureSet::kTree: Extractor<FeatureSet::kTree>(in, s, &writer).Run(); break;
  }
}

}  // namespace parley::syntax
