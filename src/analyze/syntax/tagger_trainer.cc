#include "analyze/syntax/tagger_trainer.h"

#include <algorithm>
#include <map>

#include "analyze/syntax/perceptron.h"
#include "analyze/syntax/rng.h"
#include "analyze/syntax/upos.h"

namespace parley::syntax {

namespace {

constexpr int kMinLexiconCount = 2;
// Training sentences see a lexicon built without their own fold (jackknifing), so the
// ambiguity classes of rare words are as unreliable in training as on new text.
constexpr size_t kLexiconFolds = 10;

std::vector<std::string_view> Forms(const TreebankSentence& s) {
  std::vector<std::string_view> forms;
  for (const TreebankWord& w : s.words) forms.push_back(w.form);
  return forms;
}

// Tag sets of words seen at least kMinLexiconCount times outside fold `skip`
// (kLexiconFolds = none skipped).
WordTable BuildLexicon(const std::vector<TreebankSentence>& train, size_t skip) {
  std::map<uint64_t, std::pair<int, uint32_t>> counts;
  for (size_t i = 0; i < train.size(); ++i) {
    if (i % kLexiconFolds == skip) continue;
    const TreebankSentence& s = train[i];
    for (const TreebankWord& w : s.words) {
      auto& [count, mask] = counts[ComputeWordInfo(w.form).lower];
      ++count;
      mask |= 1u << static_cast<int>(w.upos);
    }
  }
  std::map<uint64_t, uint32_t> lexicon;
  for (const auto& [key, value] : counts) {
    if (value.first >= kMinLexiconCount) lexicon[key] = value.second;
  }
  return WordTable(lexicon);
}

// One pass over a sentence with updates; the guesses go to out[].
void TrainPass(const TreebankSentence& s, bool second, Perceptron* model, TaggerWorkspace* ws,
               int* out) {
  int prev1 = -1, prev2 = -1;
  float scores[kUposCount];
  for (size_t i = 0; i < s.words.size(); ++i) {
    ws->features.clear();
    TaggerFeatures(*ws, static_cast<int>(i), prev1, prev2, &ws->features);
    if (second) TaggerRightFeatures(*ws, static_cast<int>(i), prev1, &ws->features);
    std::fill(scores, scores + kUposCount, 0.0f);
    model->Score(ws->features, scores);
    int guess = static_cast<int>(std::max_element(scores, scores + kUposCount) - scores);
    model->Update(ws->features, static_cast<int>(s.words[i].upos), guess);
    model->Tick();
    out[i] = guess;
    prev2 = prev1;
    prev1 = guess;
  }
}

// Trains both passes on one sentence; the second pass sees the first pass's guesses
// (made before its update, so they carry realistic errors).
void TrainSentence(const TreebankSentence& s, const Tagger& base, Perceptron* first,
                   Perceptron* second, TaggerWorkspace* ws) {
  std::vector<std::string_view> forms = Forms(s);
  base.Prepare(forms, ws);
  ws->first.resize(forms.size());
  ws->second.resize(forms.size());
  TrainPass(s, false, first, ws, ws->first.data());
  TrainPass(s, true, second, ws, ws->second.data());
}

}  // namespace

double TaggerAccuracy(const Tagger& tagger, const std::vector<TreebankSentence>& sentences) {
  TaggerWorkspace ws;
  std::vector<Upos> tags;
  size_t correct = 0, total = 0;
  for (const TreebankSentence& s : sentences) {
    std::vector<std::string_view> forms = Forms(s);
    tagger.Prepare(forms, &ws);
    tags.resize(forms.size());
    tagger.Tag(&ws, tags.data());
    for (size_t i = 0; i < forms.size(); ++i) correct += tags[i] == s.words[i].upos;
    total += forms.size();
  }
  return total == 0 ? 0 : static_cast<double>(correct) / total;
}

Tagger TrainTagger(const std::vector<TreebankSentence>& train,
                   const std::vector<TreebankSentence>& dev, const TrainOptions& options,
                   const WordTable& signatures, const WordTable& clusters) {
  WordTable lexicon = BuildLexicon(train, kLexiconFolds);
  std::vector<Tagger> bases;
  for (size_t fold = 0; fold < kLexiconFolds; ++fold) {
    bases.emplace_back(LinearModel(), LinearModel(), BuildLexicon(train, fold), signatures,
                       clusters);
  }
  Perceptron first(kUposCount), second(kUposCount);
  Rng rng(options.seed);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  TaggerWorkspace ws;
  Tagger best;
  double best_acc = -1;
  int since_best = 0;
  for (int epoch = 1; epoch <= options.max_epochs && since_best < options.patience; ++epoch) {
    rng.Shuffle(&order);
    for (size_t i : order) TrainSentence(train[i], bases[i % kLexiconFolds], &first, &second, &ws);
    Tagger candidate(first.Average(1e-3f), second.Average(1e-3f), lexicon, signatures,
                     clusters);
    double acc = TaggerAccuracy(candidate, dev);
    if (options.log) *options.log << "tagger epoch " << epoch << " dev UPOS " << acc * 100 << "\n";
    if (acc > best_acc) {
      best_acc = acc;
      best = std::move(candidate);
      since_best = 0;
    } else {
      ++since_best;
    }
  }
  return best;
}

}  // namespace parley::syntax
