#include "analyze/syntax/parser_trainer.h"

#include <algorithm>

#include "analyze/syntax/deprel.h"
#include "analyze/syntax/perceptron.h"
#include "analyze/syntax/projectivize.h"
#include "analyze/syntax/rng.h"

namespace parley::syntax {

namespace {

// A training sentence prepared once: word hashes and the projective gold tree.
struct GoldSentence {
  std::vector<WordInfo> words;
  std::vector<uint32_t> signatures;
  std::vector<int> heads;   // n = root
  std::vector<int> labels;
};

GoldSentence Prepare(const TreebankSentence& s, const WordTable& signatures) {
  GoldSentence g;
  const int n = static_cast<int>(s.words.size());
  for (const TreebankWord& w : s.words) {
    g.words.push_back(ComputeWordInfo(w.form));
    g.signatures.push_back(signatures.Get(g.words.back().lower, 0));
    g.heads.push_back(w.head < 0 ? n : w.head);
    g.labels.push_back(w.deprel);
  }
  Projectivize(&g.heads);
  return g;
}

int ActionCost(const ArcEagerState& s, const GoldSentence& g, const ActionCodec& codec,
               const int costs[4], int action) {
  Move m = codec.MoveOf(action);
  int cost = costs[static_cast<int>(m)];
  int label = codec.LabelOf(action);
  if (m == Move::kLeft && g.heads[s.Top()] == s.Buffer(0)) cost += label != g.labels[s.Top()];
  if (m == Move::kRight && g.heads[s.Buffer(0)] == s.Top()) cost += label != g.labels[s.Buffer(0)];
  return cost;
}

class Trainer {
 public:
  Trainer(const ParserTrainOptions& options)
      : options_(options), codec_(ParserActions()), model_(codec_.count()),
        rng_(options.common.seed), scores_(codec_.count()) {}
  void TrainSentence(const GoldSentence& g, const std::vector<uint8_t>& tags, bool explore);
  Perceptron& model() { return model_; }

 private:
  int BestZeroCost(const GoldSentence& g, const int costs[4]);

  ParserTrainOptions options_;
  ActionCodec codec_;
  Perceptron model_;
  Rng rng_;
  ArcEagerState state_;
  std::vector<uint64_t> features_;
  std::vector<float> scores_;
};

int Trainer::BestZeroCost(const GoldSentence& g, const int costs[4]) {
  int best = -1, best_cost = 0;
  for (int a = 0; a < codec_.count(); ++a) {
    if (!ActionValid(state_, codec_, a)) continue;
    int cost = ActionCost(state_, g, codec_, costs, a);
    if (best < 0 || cost < best_cost || (cost == best_cost && scores_[a] > scores_[best])) {
      best = a;
      best_cost = cost;
    }
  }
  return best;
}

void Trainer::TrainSentence(const GoldSentence& g, const std::vector<uint8_t>& tags,
                            bool explore) {
  const ParserInput in{g.words.data(), tags.data(), g.signatures.data(),
                       static_cast<int>(g.words.size())};
  state_.Init(in.n);
  int costs[4];
  while (!state_.Terminal()) {
    ParserFeatures(in, state_, &features_);
    std::fill(scores_.begin(), scores_.end(), 0.0f);
    model_.Score(features_, scores_.data());
    MoveCosts(state_, g.heads, costs);
    int guess = BestValidAction(state_, codec_, scores_.data());
    int truth = BestZeroCost(g, costs);
    if (ActionCost(state_, g, codec_, costs, guess) > 0) {
      model_.Update(features_, truth, guess);
    }
    model_.Tick();
    int next = explore && rng_.Unit() < options_.explore ? guess : truth;
    state_.Apply(codec_.MoveOf(next), codec_.LabelOf(next));
  }
}

}  // namespace

TagSets GoldTags(const std::vector<TreebankSentence>& sentences) {
  TagSets tags;
  for (const TreebankSentence& s : sentences) {
    std::vector<uint8_t> t;
    for (const TreebankWord& w : s.words) t.push_back(static_cast<uint8_t>(w.upos));
    tags.push_back(std::move(t));
  }
  return tags;
}

AttachmentScores ParserScores(const Parser& parser, const std::vector<TreebankSentence>& gold,
                              const TagSets& tags, const WordTable& signatures) {
  ParserWorkspace ws;
  std::vector<WordInfo> words;
  std::vector<uint32_t> sigs;
  std::vector<int> heads;
  std::vector<uint8_t> labels;
  size_t total = 0, uas = 0, las = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    const TreebankSentence& s = gold[i];
    words.clear();
    sigs.clear();
    for (const TreebankWord& w : s.words) {
      words.push_back(ComputeWordInfo(w.form));
      sigs.push_back(signatures.Get(words.back().lower, 0));
    }
    const int n = static_cast<int>(words.size());
    heads.resize(n);
    labels.resize(n);
    parser.Parse(ParserInput{words.data(), tags[i].data(), sigs.data(), n}, &ws, heads.data(),
                 labels.data());
    for (int k = 0; k < n; ++k) {
      bool head_ok = heads[k] == s.words[k].head;
      uas += head_ok;
      las += head_ok && UniversalDeprel(labels[k]) == UniversalDeprel(s.words[k].deprel);
    }
    total += n;
  }
  if (total == 0) return {};
  return {static_cast<double>(uas) / total, static_cast<double>(las) / total};
}

Parser TrainParser(const std::vector<TreebankSentence>& train, const TagSets& train_tags,
                   const std::vector<TreebankSentence>& dev, const TagSets& dev_tags,
                   const ParserTrainOptions& options) {
  std::vector<GoldSentence> gold;
  for (const TreebankSentence& s : train) gold.push_back(Prepare(s, options.signatures));
  Trainer trainer(options);
  Rng rng(options.common.seed);
  std::vector<size_t> order(gold.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Parser best;
  double best_las = -1;
  int since_best = 0;
  const TrainOptions& common = options.common;
  for (int epoch = 1; epoch <= common.max_epochs && since_best < common.patience; ++epoch) {
    rng.Shuffle(&order);
    for (size_t i : order) trainer.TrainSentence(gold[i], train_tags[i], epoch > 1);
    Parser candidate(trainer.model().Average(options.min_weight, options.max_features));
    AttachmentScores scores = ParserScores(candidate, dev, dev_tags, options.signatures);
    if (common.log) {
      *common.log << "parser epoch " << epoch << " dev UAS " << scores.uas * 100 << " LAS "
                  << scores.las * 100 << " features " << candidate.model().num_features()
                  << " MB " << candidate.model().bytes() / 1e6 << std::endl;
    }
    if (scores.las > best_las) {
      best_las = scores.las;
      best = std::move(candidate);
      since_best = 0;
    } else {
      ++since_best;
    }
  }
  return best;
}

}  // namespace parley::syntax
