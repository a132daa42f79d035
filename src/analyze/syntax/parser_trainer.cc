#include "analyze/syntax/parser_trainer.h"

#include <algorithm>
#include <cstdlib>

#include "analyze/syntax/deprel.h"
#include "analyze/syntax/perceptron.h"
#include "analyze/syntax/projectivize.h"
#include "analyze/syntax/rng.h"
#include "analyze/syntax/tagger.h"

namespace parley::syntax {

namespace {

// What the parser reads about the words of a treebank sentence (at inference the
// tagger's workspace holds the same).
struct SentenceWords {
  std::vector<WordInfo> words;
  std::vector<uint32_t> signatures;
  std::vector<uint32_t> tag_sets;  // the tagger's lexicon entries
  std::vector<uint32_t> clusters;  // word_clusters.h values
  bool use_clusters = false;

  void Fill(const TreebankSentence& s, const ParserWordTables& tables) {
    words.clear();
    signatures.clear();
    tag_sets.clear();
    clusters.clear();
    for (const TreebankWord& w : s.words) {
      words.push_back(ComputeWordInfo(w.form));
      const uint64_t lower = words.back().lower;
      signatures.push_back(tables.signatures.Get(lower, 0));
      tag_sets.push_back(tables.lexicon.Get(lower, kUnseenWordTags));
      clusters.push_back(tables.clusters.Get(lower, 0));
    }
    use_clusters = tables.clusters.size() > 0;
  }
  ParserInput Input(const uint8_t* tags) const {
    ParserInput in{words.data(), tags, signatures.data(), static_cast<int>(words.size()),
                   tag_sets.data()};
    in.clusters = use_clusters ? clusters.data() : nullptr;
    return in;
  }
};

// A training sentence prepared once: its words and the projective gold tree.
struct GoldSentence {
  SentenceWords words;
  std::vector<int> heads;   // n = root
  std::vector<int> labels;
};

GoldSentence Prepare(const TreebankSentence& s, const ParserTrainOptions& options) {
  GoldSentence g;
  g.words.Fill(s, options.tables);
  const int n = static_cast<int>(s.words.size());
  for (const TreebankWord& w : s.words) {
    g.heads.push_back(w.head < 0 ? n : w.head);
    g.labels.push_back(w.deprel);
  }
  Projectivize(&g.heads);
  return g;
}

class Trainer {
 public:
  Trainer(const ParserTrainOptions& options)
      : options_(options), layout_(ParserLayout()), model_(layout_.count()),
        rng_(options.common.seed), scores_(layout_.count()) {}
  void TrainSentence(const GoldSentence& g, const std::vector<uint8_t>& tags, bool explore);
  Perceptron& model() { return model_; }

 private:
  // The gold relation of arc move `m` in the current state, or -1 if that arc is not
  // gold (or not possible, or the arc to the root whose relation is fixed).
  int GoldLabel(const GoldSentence& g, Move m) const;
  // Scores the relations of arc `m` (within `group`, -1 = all), updates toward `gold`
  // (if >= 0) when the best one differs, and returns the best one.
  int TrainLabel(Move m, int gold, int group);

  ParserTrainOptions options_;
  ParserClasses layout_;
  Perceptron model_;
  Rng rng_;
  ArcEagerState state_;
  std::vector<uint64_t> features_;
  std::vector<float> scores_;
  std::vector<TagsBefore> before_;
};

int Trainer::GoldLabel(const GoldSentence& g, Move m) const {
  if (!state_.Can(m) || ToRoot(state_, m)) return -1;
  const int s0 = state_.Top(), b0 = state_.Buffer(0);
  if (m == Move::kLeft) return g.heads[s0] == b0 ? g.labels[s0] : -1;
  return g.heads[b0] == s0 ? g.labels[b0] : -1;
}

int Trainer::TrainLabel(Move m, int gold, int group) {
  const std::span<const uint64_t> features(features_);
  const int base = layout_.LabelBase(m);
  std::fill(scores_.begin() + base, scores_.begin() + base + layout_.labels, 0.0f);
  model_.ScoreRange(features, base, base + layout_.labels, scores_.data());
  const int guess = BestLabel(layout_, m, group, scores_.data());
  if (gold >= 0 && guess != gold) {
    model_.Update(features, base + RelationSlot(gold), base + RelationSlot(guess));
  }
  return guess;
}

void Trainer::TrainSentence(const GoldSentence& g, const std::vector<uint8_t>& tags,
                            bool explore) {
  ParserInput in = g.words.Input(tags.data());
  CountTagsBefore(in.tags, in.n, &before_);
  in.before = before_.data();
  state_.Init(in.n);
  int costs[4];
  int gold[4];
  while (!state_.Terminal()) {
    ParserFeatures(in, state_, &features_);
    std::fill(scores_.begin(), scores_.begin() + ParserClasses::kMoves, 0.0f);
    model_.ScoreRange(features_, 0, ParserClasses::kMoves, scores_.data());
    MoveCosts(state_, g.heads, costs);
    for (Move m : {Move::kLeft, Move::kRight}) gold[static_cast<int>(m)] = GoldLabel(g, m);
    const bool left_root = ToRoot(state_, Move::kLeft);
    if (left_root && g.heads[state_.Top()] == in.n) gold[2] = RootDeprel();
    // The cost of a move class: that of its move, plus 1 for the wrong group on a gold arc.
    auto cost = [&](int c) {
      const Move m = ParserClasses::MoveOf(c);
      int k = costs[static_cast<int>(m)];
      const int gl = gold[static_cast<int>(m)];
      if ((m == Move::kLeft || m == Move::kRight) && gl >= 0) {
        k += ParserClasses::GroupOf(c) != RelationGroup(gl);
      }
      return k;
    };
    const int guess = BestValidMove(state_, scores_.data());
    int truth = -1;
    for (int c = 0; c < ParserClasses::kMoves; ++c) {
      const Move m = ParserClasses::MoveOf(c);
      if (!state_.Can(m) || cost(c) > 0) continue;
      if (m == Move::kLeft && left_root &&
          ParserClasses::GroupOf(c) != RelationGroup(RootDeprel())) {
        continue;
      }
      if (truth < 0 || scores_[c] > scores_[truth]) truth = c;
    }
    if (cost(guess) > 0) model_.Update(features_, truth, guess);
    // Relations are learned on every gold arc the state offers, whatever the move.
    int predicted[4] = {0, 0, 0, 0};
    for (Move m : {Move::kLeft, Move::kRight}) {
      const int k = static_cast<int>(m);
      if (gold[k] >= 0 && !ToRoot(state_, m)) {
        predicted[k] = TrainLabel(m, gold[k], -1);
      }
    }
    model_.Tick();
    const bool follow_guess = explore && rng_.Unit() < options_.explore;
    const int next = follow_guess ? guess : truth;
    const Move move = ParserClasses::MoveOf(next);
    const int group = ParserClasses::GroupOf(next);
    const int k = static_cast<int>(move);
    int label = 0;
    if (move == Move::kLeft || move == Move::kRight) {
      if (ToRoot(state_, move)) {
        label = RootDeprel();
      } else if (gold[k] >= 0 && !follow_guess) {
        label = gold[k];
      } else if (gold[k] >= 0 && RelationGroup(predicted[k]) == group) {
        label = predicted[k];
      } else {
        label = TrainLabel(move, -1, group);
      }
    }
    state_.Apply(move, label);
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
                              const TagSets& tags, const ParserWordTables& tables) {
  ParserWorkspace ws;
  SentenceWords words;
  std::vector<int> heads;
  std::vector<uint8_t> labels;
  size_t total = 0, uas = 0, las = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    const TreebankSentence& s = gold[i];
    words.Fill(s, tables);
    const int n = static_cast<int>(s.words.size());
    heads.resize(n);
    labels.resize(n);
    parser.Parse(words.Input(tags[i].data()), &ws, heads.data(), labels.data());
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
  for (const TreebankSentence& s : train) gold.push_back(Prepare(s, options));
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
    if (std::getenv("PARLEY_PARSER_DIAG") != nullptr && common.log) {
      Parser full(trainer.model().Average(options.min_weight, 0));
      AttachmentScores s = ParserScores(full, dev, dev_tags, options.tables);
      *common.log << "  uncapped: UAS " << s.uas * 100 << " LAS " << s.las * 100
                  << " features " << full.model().num_features() << " weights "
                  << full.model().num_weights() << " MB " << full.model().bytes() / 1e6
                  << " perceptron features " << trainer.model().num_features() << std::endl;
    }
    LinearModel averaged = trainer.model().Average(options.min_weight, options.max_features);
    while (options.max_bytes > 0 && averaged.file_bytes() > options.max_bytes) {
      averaged = trainer.model().Average(options.min_weight, averaged.num_features() * 92 / 100);
    }
    Parser candidate(std::move(averaged));
    AttachmentScores scores = ParserScores(candidate, dev, dev_tags, options.tables);
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
