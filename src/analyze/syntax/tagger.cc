#include "analyze/syntax/tagger.h"

#include <algorithm>

#include "analyze/syntax/feature_writer.h"
#include "analyze/syntax/hash.h"
#include "analyze/syntax/upos.h"
#include "analyze/syntax/word_clusters.h"
#include "analyze/syntax/word_signatures.h"

namespace parley::syntax {

namespace {

constexpr uint64_t kBoundary = 0x5bd1e9955bd1e995ULL;

struct Context {
  const TaggerWorkspace& ws;
  int n;
  uint64_t Lower(int i) const { return Valid(i) ? ws.words[i].lower : kBoundary + i; }
  uint64_t Suffix3(int i) const { return Valid(i) ? ws.words[i].suffix[2] : kBoundary + i; }
  uint64_t Shape(int i) const { return Valid(i) ? ws.words[i].shape : kBoundary + i; }
  uint64_t Amb(int i) const { return Valid(i) ? ws.ambiguity[i] : kBoundary + i; }
  uint64_t Sig(int i) const { return Valid(i) ? ws.signature[i] : kBoundary + i; }
  // Outside the sentence: 0xffffffff - i, which is 0 (an unclustered word) just before
  // its start; the shipped tagger was trained with this, so it stays.
  uint32_t Cluster(int i) const { return Valid(i) ? ws.cluster[i] : 0xffffffffu - i; }
  bool Valid(int i) const { return i >= 0 && i < n; }
};

// The most features a word has in either pass (both calls append to one vector).
constexpr size_t kMaxTaggerFeatures = 128;

uint64_t Flags(const WordInfo& w, int i) {
  return (w.upper_initial ? 1 : 0) | (w.has_digit ? 2 : 0) | (w.has_hyphen ? 4 : 0) |
         (w.all_upper ? 8 : 0) | (i == 0 ? 16 : 0);
}

void SignatureFeatures(const Context& c, int i, uint64_t t1, uint32_t* k, FeatureWriter& add) {
  const uint32_t sig = c.ws.signature[i];
  const WordInfo& w = c.ws.words[i];
  const uint64_t casing = SignatureCasing(sig), left = SignatureLeft(sig);
  const uint64_t right = SignatureRight(sig);
  add(Feature((*k)++, casing, Flags(w, i)));
  add(Feature((*k)++, casing, c.Amb(i)));
  add(Feature((*k)++, left));
  add(Feature((*k)++, right));
  add(Feature((*k)++, left, right));
  add(Feature((*k)++, SignatureFrequency(sig), casing));
  add(Feature((*k)++, left, t1));
  add(Feature((*k)++, right, w.suffix[2]));
  const uint32_t next = static_cast<uint32_t>(c.Sig(i + 1));
  const uint32_t prev = static_cast<uint32_t>(c.Sig(i - 1));
  add(Feature((*k)++, SignatureCasing(next), SignatureLeft(next)));
  add(Feature((*k)++, SignatureRight(prev), casing));
  add(Feature((*k)++, casing, SignatureCasing(next), Flags(w, i)));
}

// Word-cluster prefixes of the word and its neighbours: evidence for words the treebank
// rarely or never shows. Template ids start at 60 (the others end before).
void ClusterFeatures(const Context& c, int i, uint64_t t1, FeatureWriter& add) {
  const uint32_t me = c.Cluster(i), prev = c.Cluster(i - 1), next = c.Cluster(i + 1);
  uint32_t k = 60;
  add(Feature(k++, ClusterPrefix(me, 4)));
  add(Feature(k++, ClusterPrefix(me, 6)));
  add(Feature(k++, ClusterPrefix(me, 10)));
  add(Feature(k++, ClusterClass(me)));
  add(Feature(k++, ClusterClass(me), t1));
  add(Feature(k++, ClusterPrefix(prev, 6)));
  add(Feature(k++, ClusterPrefix(next, 6)));
  add(Feature(k++, ClusterClass(prev)));
  add(Feature(k++, ClusterClass(next)));
  add(Feature(k++, ClusterPrefix(me, 6), ClusterPrefix(next, 6)));
  add(Feature(k++, ClusterPrefix(prev, 6), ClusterPrefix(me, 6)));
  add(Feature(k++, ClusterClass(me), c.ws.words[i].suffix[1]));
}

}  // namespace

void TaggerFeatures(const TaggerWorkspace& ws, int i, int prev1, int prev2,
                    FeatureList* out) {
  const Context c{ws, static_cast<int>(ws.words.size())};
  const WordInfo& w = ws.words[i];
  const uint64_t t1 = static_cast<uint64_t>(prev1 + 1), t2 = static_cast<uint64_t>(prev2 + 1);
  uint32_t k = 0;
  FeatureWriter add(out, kMaxTaggerFeatures);
  add(Feature(k++, 0));
  add(Feature(k++, w.lower));
  add(Feature(k++, w.form));
  for (uint64_t p : w.prefix) add(Feature(k++, p));
  for (uint64_t s : w.suffix) add(Feature(k++, s));
  add(Feature(k++, w.shape));
  add(Feature(k++, Flags(w, i)));
  add(Feature(k++, t1));
  add(Feature(k++, t1, t2));
  add(Feature(k++, t1, w.lower));
  add(Feature(k++, c.Lower(i - 1)));
  add(Feature(k++, c.Suffix3(i - 1)));
  add(Feature(k++, c.Lower(i - 2)));
  add(Feature(k++, c.Lower(i + 1)));
  add(Feature(k++, c.Suffix3(i + 1)));
  add(Feature(k++, c.Lower(i + 2)));
  add(Feature(k++, c.Lower(i - 1), w.lower));
  add(Feature(k++, w.lower, c.Lower(i + 1)));
  add(Feature(k++, c.Amb(i)));
  add(Feature(k++, c.Amb(i + 1)));
  add(Feature(k++, c.Amb(i + 2)));
  add(Feature(k++, t1, c.Amb(i + 1)));
  add(Feature(k++, c.Amb(i), c.Amb(i + 1)));
  add(Feature(k++, c.Shape(i + 1)));
  add(Feature(k++, c.Shape(i - 1)));
  add(Feature(k++, t1, w.suffix[2]));
  add(Feature(k++, w.lower, c.Amb(i + 1)));
  add(Feature(k++, t1, c.Lower(i + 1)));
  add(Feature(k++, Flags(w, i), t1));
  add(Feature(k++, ws.casing, Flags(w, i)));
  add(Feature(k++, ws.casing, w.lower));
  add(Feature(k++, ws.casing, c.Amb(i)));
  add(Feature(k++, w.suffix[1], c.Lower(i - 1)));
  add(Feature(k++, c.Shape(i - 1), w.shape, c.Shape(i + 1)));
  SignatureFeatures(c, i, t1, &k, add);
  if (!ws.cluster.empty()) ClusterFeatures(c, i, t1, add);
}

namespace {

// How the sentence uses capitals: 0 no letters, then bucketed shares of the words
// with letters that start upper-case (all-lower text, normal, headline, all caps).
uint64_t SentenceCasing(const std::vector<WordInfo>& words) {
  int letters = 0, upper = 0, caps = 0;
  for (const WordInfo& w : words) {
    if (!w.has_letter) continue;
    ++letters;
    upper += w.upper_initial;
    caps += w.all_upper;
  }
  if (letters == 0) return 0;
  if (caps * 10 >= letters * 8) return 1;
  if (upper == 0) return 2;
  int share = upper * 10 / letters;
  return 3 + (share >= 6 ? 2 : share >= 3 ? 1 : 0);
}

}  // namespace

bool Tagger::AlwaysVerb(std::string_view form) const {
  const uint32_t seen = lexicon_.Get(FoldedHash(form), kUnseenWordTags);
  const uint32_t verbs = (1u << static_cast<int>(Upos::kVerb)) | (1u << static_cast<int>(Upos::kAux));
  return seen != kUnseenWordTags && seen != 0 && (seen & ~verbs) == 0;
}

void Tagger::Prepare(std::span<const std::string_view> forms, TaggerWorkspace* ws) const {
  ws->words.clear();
  ws->ambiguity.clear();
  ws->signature.clear();
  ws->cluster.clear();
  for (std::string_view form : forms) {
    ws->words.push_back(ComputeWordInfo(form));
    const uint64_t lower = ws->words.back().lower;
    ws->ambiguity.push_back(lexicon_.Get(lower, kUnseenWordTags));
    ws->signature.push_back(signatures_.Get(lower, 0));
    if (clusters_.size() > 0) ws->cluster.push_back(clusters_.Get(lower, 0));
  }
  ws->casing = SentenceCasing(ws->words);
}

void TaggerRightFeatures(const TaggerWorkspace& ws, int i, int prev1,
                         FeatureList* out) {
  const int n = static_cast<int>(ws.words.size());
  auto tag = [&](int j) -> uint64_t { return j < n ? ws.first[j] + 1 : 99; };
  const uint64_t lower = ws.words[i].lower;
  uint32_t k = 100;
  FeatureWriter add(out, kMaxTaggerFeatures);
  add(Feature(k++, tag(i + 1)));
  add(Feature(k++, tag(i + 1), tag(i + 2)));
  add(Feature(k++, tag(i + 1), lower));
  add(Feature(k++, static_cast<uint64_t>(prev1 + 1), tag(i + 1)));
  add(Feature(k++, tag(i)));
  add(Feature(k++, tag(i), lower));
  add(Feature(k++, tag(i + 1), ws.words[i].suffix[2]));
}

void TaggerPass(const LinearModel& model, bool second, TaggerWorkspace* ws, int* out) {
  const int n = static_cast<int>(ws->words.size());
  int prev1 = -1, prev2 = -1;
  float scores[kUposCount];
  for (int i = 0; i < n; ++i) {
    ws->features.clear();
    TaggerFeatures(*ws, i, prev1, prev2, &ws->features);
    if (second) TaggerRightFeatures(*ws, i, prev1, &ws->features);
    std::fill(scores, scores + kUposCount, 0.0f);
    model.Score(ws->features, scores);
    out[i] = static_cast<int>(std::max_element(scores, scores + kUposCount) - scores);
    prev2 = prev1;
    prev1 = out[i];
  }
}

void Tagger::Tag(TaggerWorkspace* ws, Upos* out) const {
  const size_t n = ws->words.size();
  ws->first.resize(n);
  ws->second.resize(n);
  TaggerPass(first_, false, ws, ws->first.data());
  TaggerPass(second_, true, ws, ws->second.data());
  for (size_t i = 0; i < n; ++i) out[i] = static_cast<Upos>(ws->second[i]);
}

Status Tagger::Save(const std::string& path) const {
  BinaryWriter w;
  WriteHeader(&w, "TAGR", kFormatVersion);
  first_.Save(&w);
  second_.Save(&w);
  lexicon_.Save(&w);
  signatures_.Save(&w);
  clusters_.Save(&w);
  return WriteWholeFile(path, w.bytes());
}

Status Tagger::Load(const std::string& path) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  BinaryReader r(bytes.value());
  if (Status st = CheckHeader(&r, "TAGR", kFormatVersion); !st.ok()) return st;
  // No dense rows: a loaded tagger scores from its head rows only.
  if (Status st = first_.Load(&r, false); !st.ok()) return st;
  if (Status st = second_.Load(&r, false); !st.ok()) return st;
  if (Status st = lexicon_.Load(&r); !st.ok()) return st;
  if (Status st = signatures_.Load(&r); !st.ok()) return st;
  if (Status st = clusters_.Load(&r); !st.ok()) return st;
  if (first_.num_classes() != kUposCount || second_.num_classes() != kUposCount) {
    return Status::Corruption("tagger class count");
  }
  EnableHeads();
  return r.done() ? Status::Ok() : Status::Corruption("trailing bytes in tagger model");
}

}  // namespace parley::syntax
