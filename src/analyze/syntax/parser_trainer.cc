#include "analyze/syntax/parser_trainer.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <utility>

#include "analyze/syntax/beam.h"
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

// A move of a beam item: the history entry of the item it extends (-1 = none), its
// move class and relation.
struct BeamStep {
  int parent;
  int cls;
  int label;
};

// A beam item's score, its cost under the dynamic oracle (0 = it can still reach the
// gold tree) and its last history entry.
struct BeamItem {
  float score;
  int cost;
  int history;
};

class Trainer {
 public:
  Trainer(const ParserTrainOptions& options)
      : options_(options),
        layout_(ParserLayout()),
        model_(layout_.count(), ParserClasses::kMoves),
        rng_(options.common.seed),
        scores_(layout_.count()) {}
  void TrainSentence(const GoldSentence& g, const std::vector<uint8_t>& tags, bool explore);
  // Global training for beam search: max-violation updates (Huang et al. 2012).
  void TrainSentenceBeam(const GoldSentence& g, const std::vector<uint8_t>& tags);
  Perceptron& model() { return model_; }

 private:
  ParserInput Input(const GoldSentence& g, const std::vector<uint8_t>& tags);
  // The cost of each move class in `s`: that of its move, plus 1 for the wrong group on
  // a gold arc; gold[m] = the gold relation of arc move m (the root's for the left arc
  // to the root when it is gold), or -1.
  void ClassCosts(const GoldSentence& g, const ArcEagerState& s, int* costs, int gold[4]) const;
  // The zero-cost valid move class with the highest score (scores_).
  int BestZeroCost(const ArcEagerState& s, const int* costs) const;
  // Sets scores_[0, kMoves) to the current (not averaged) move scores of `features`.
  void ScoreMoves(std::span<const uint64_t> features);
  // Learns the relations of the gold arcs `s` offers from `features`; fills predicted[m].
  void TrainGoldLabels(std::span<const uint64_t> features, const ArcEagerState& s,
                       const int gold[4], int predicted[4]);
  // Scores the relations of arc `m` (within `group`, -1 = all), updates toward `gold`
  // (if >= 0) when the best one differs, and returns the best one.
  int TrainLabel(std::span<const uint64_t> features, Move m, int gold, int group);
  // One step of the gold path (gold_state_): the best zero-cost move under the model,
  // appended to gold_moves_; learns the relations of its state. Returns the move's score.
  float GoldStep(const ParserInput& in, const GoldSentence& g);
  // Rewards the gold moves and penalizes the moves of beam item `history` from their
  // first difference on, up to that item's step.
  void MaxViolationUpdate(const ParserInput& in, int history);
  // One beam step: expands items_ into next_items_ (scored, costed, labelled).
  void ExpandBeam(const ParserInput& in, const GoldSentence& g, int width);
  // Adds `delta` to the class of every move of `moves` from index `from` on, each with
  // the features of the state it was made in.
  void Replay(const ParserInput& in, const std::vector<BeamStep>& moves, size_t from,
              float delta);

  ParserTrainOptions options_;
  ParserClasses layout_;
  Perceptron model_;
  Rng rng_;
  ArcEagerState state_;
  FeatureList features_;
  std::vector<float> scores_;
  SentenceTables sentence_;
  // Beam training.
  ArcEagerState gold_state_;
  std::vector<ArcEagerState> items_, next_items_;
  std::vector<BeamItem> info_, next_info_;
  std::vector<FeatureList> item_features_;
  BeamSelection candidates_;
  std::vector<BeamStep> history_, gold_moves_, predicted_;
};

int GoldLabel(const GoldSentence& g, const ArcEagerState& s, Move m) {
  if (!s.Can(m) || ToRoot(s, m)) return -1;
  const int s0 = s.Top(), b0 = s.Buffer(0);
  if (m == Move::kLeft) return g.heads[s0] == b0 ? g.labels[s0] : -1;
  return g.heads[b0] == s0 ? g.labels[b0] : -1;
}

ParserInput Trainer::Input(const GoldSentence& g, const std::vector<uint8_t>& tags) {
  ParserInput in = g.words.Input(tags.data());
  PrepareInput(&in, &sentence_);
  return in;
}

void Trainer::ClassCosts(const GoldSentence& g, const ArcEagerState& s, int* costs,
                         int gold[4]) const {
  int move_costs[4];
  MoveCosts(s, g.heads, move_costs);
  gold[0] = gold[1] = -1;
  for (Move m : {Move::kLeft, Move::kRight}) gold[static_cast<int>(m)] = GoldLabel(g, s, m);
  if (ToRoot(s, Move::kLeft) && g.heads[s.Top()] == s.n()) gold[2] = RootDeprel();
  for (int c = 0; c < ParserClasses::kMoves; ++c) {
    const int m = static_cast<int>(ParserClasses::MoveOf(c));
    costs[c] = move_costs[m];
    if (c >= 2 && gold[m] >= 0) costs[c] += ParserClasses::GroupOf(c) != RelationGroup(gold[m]);
  }
}

int Trainer::BestZeroCost(const ArcEagerState& s, const int* costs) const {
  int truth = -1;
  for (uint32_t valid = ValidMoveClasses(s); valid != 0; valid &= valid - 1) {
    const int c = std::countr_zero(valid);
    if (costs[c] == 0 && (truth < 0 || scores_[c] > scores_[truth])) truth = c;
  }
  return truth;
}

void Trainer::ScoreMoves(std::span<const uint64_t> features) {
  std::fill(scores_.begin(), scores_.begin() + ParserClasses::kMoves, 0.0f);
  model_.ScoreRange(features, 0, ParserClasses::kMoves, scores_.data());
}

void Trainer::TrainGoldLabels(std::span<const uint64_t> features, const ArcEagerState& s,
                              const int gold[4], int predicted[4]) {
  for (Move m : {Move::kLeft, Move::kRight}) {
    const int k = static_cast<int>(m);
    predicted[k] = 0;
    if (gold[k] >= 0 && !ToRoot(s, m)) predicted[k] = TrainLabel(features, m, gold[k], -1);
  }
}

int Trainer::TrainLabel(std::span<const uint64_t> features, Move m, int gold, int group) {
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
  const ParserInput in = Input(g, tags);
  state_.Init(in.n);
  int costs[ParserClasses::kMoves];
  int gold[4];
  while (!state_.Terminal()) {
    ParserFeatures(in, state_, &features_);
    ScoreMoves(features_);
    ClassCosts(g, state_, costs, gold);
    const int guess = BestValidMove(state_, scores_.data());
    const int truth = BestZeroCost(state_, costs);
    if (costs[guess] > 0) model_.Update(features_, truth, guess);
    // Relations are learned on every gold arc the state offers, whatever the move.
    int predicted[4];
    TrainGoldLabels(features_, state_, gold, predicted);
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
        label = TrainLabel(features_, move, -1, group);
      }
    }
    state_.Apply(move, label);
  }
}

void Trainer::ExpandBeam(const ParserInput& in, const GoldSentence& g, int width) {
  int costs[ParserClasses::kMoves];
  int gold[4];
  candidates_.Reset(width);
  for (size_t i = 0; i < info_.size(); ++i) {
    ParserFeatures(in, items_[i], &item_features_[i]);
    ScoreMoves(item_features_[i]);
    ClassCosts(g, items_[i], costs, gold);
    candidates_.OfferMoves(items_[i], static_cast<int>(i), info_[i].score, scores_.data(), costs,
                           info_[i].cost);
  }
  next_info_.clear();
  for (int j = 0; j < candidates_.size(); ++j) {
    const BeamCandidate& cand = candidates_[j];
    const ArcEagerState& from = items_[cand.item];
    const Move m = ParserClasses::MoveOf(cand.cls);
    int label = 0;
    if (ToRoot(from, m)) {
      label = RootDeprel();
    } else if (m == Move::kLeft || m == Move::kRight) {
      label = TrainLabel(item_features_[cand.item], m, -1, ParserClasses::GroupOf(cand.cls));
    }
    next_items_[j] = from;
    next_items_[j].Apply(m, label);
    next_info_.push_back(BeamItem{cand.score, cand.cost, static_cast<int>(history_.size())});
    history_.push_back(BeamStep{info_[cand.item].history, cand.cls, label});
  }
  std::swap(items_, next_items_);
  std::swap(info_, next_info_);
}

void Trainer::Replay(const ParserInput& in, const std::vector<BeamStep>& moves, size_t from,
                     float delta) {
  state_.Init(in.n);
  for (size_t t = 0; t < moves.size(); ++t) {
    if (t >= from) {
      ParserFeatures(in, state_, &features_);
      model_.Adjust(features_, moves[t].cls, delta);
    }
    state_.Apply(ParserClasses::MoveOf(moves[t].cls), moves[t].label);
  }
}

float Trainer::GoldStep(const ParserInput& in, const GoldSentence& g) {
  int costs[ParserClasses::kMoves];
  int gold[4], predicted[4];
  ParserFeatures(in, gold_state_, &features_);
  ScoreMoves(features_);
  ClassCosts(g, gold_state_, costs, gold);
  const int truth = BestZeroCost(gold_state_, costs);
  TrainGoldLabels(features_, gold_state_, gold, predicted);
  const Move move = ParserClasses::MoveOf(truth);
  int label = 0;
  if (move == Move::kLeft || move == Move::kRight) {
    label = gold[static_cast<int>(move)];
    if (label < 0) label = TrainLabel(features_, move, -1, ParserClasses::GroupOf(truth));
  }
  gold_moves_.push_back(BeamStep{-1, truth, label});
  gold_state_.Apply(move, label);
  return scores_[truth];
}

void Trainer::MaxViolationUpdate(const ParserInput& in, int history) {
  predicted_.clear();
  for (int h = history; h >= 0; h = history_[h].parent) predicted_.push_back(history_[h]);
  std::reverse(predicted_.begin(), predicted_.end());
  gold_moves_.resize(predicted_.size());
  size_t same = 0;
  while (same < predicted_.size() && predicted_[same].cls == gold_moves_[same].cls &&
         predicted_[same].label == gold_moves_[same].label) {
    ++same;
  }
  Replay(in, gold_moves_, same, 1.0f);
  Replay(in, predicted_, same, -1.0f);
}

void Trainer::TrainSentenceBeam(const GoldSentence& g, const std::vector<uint8_t>& tags) {
  const ParserInput in = Input(g, tags);
  const int width = options_.beam;
  if (items_.size() < static_cast<size_t>(width)) {
    items_.resize(width);
    next_items_.resize(width);
    item_features_.resize(width);
  }
  items_[0].Init(in.n);
  info_.assign(1, BeamItem{0, 0, -1});
  history_.clear();
  gold_moves_.clear();
  gold_state_.Init(in.n);
  float gold_score = 0, worst = 0;
  int worst_history = -1;
  for (int step = 0; step < 2 * in.n; ++step) {
    gold_score += GoldStep(in, g);
    ExpandBeam(in, g, width);
    model_.Tick();
    if (info_[0].cost > 0 && info_[0].score - gold_score >= worst) {
      worst = info_[0].score - gold_score;
      worst_history = info_[0].history;
    }
  }
  if (info_[0].cost > 0 && worst_history >= 0) MaxViolationUpdate(in, worst_history);
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

namespace {

// The trees `parser` gives the sentences (heads and relations of each word, one vector
// per sentence).
using Trees = std::vector<std::vector<std::pair<int, uint8_t>>>;

Trees ParseTrees(const Parser& parser, const std::vector<TreebankSentence>& gold,
                 const TagSets& tags, const ParserWordTables& tables) {
  ParserWorkspace ws;
  SentenceWords words;
  std::vector<int> heads;
  std::vector<uint8_t> labels;
  Trees trees(gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    words.Fill(gold[i], tables);
    const int n = static_cast<int>(gold[i].words.size());
    heads.resize(n);
    labels.resize(n);
    parser.Parse(words.Input(tags[i].data()), &ws, heads.data(), labels.data());
    for (int k = 0; k < n; ++k) trees[i].emplace_back(heads[k], labels[k]);
  }
  return trees;
}

}  // namespace

AttachmentScores ParserScores(const Parser& parser, const std::vector<TreebankSentence>& gold,
                              const TagSets& tags, const ParserWordTables& tables) {
  const Trees trees = ParseTrees(parser, gold, tags, tables);
  size_t total = 0, uas = 0, las = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    const TreebankSentence& s = gold[i];
    for (size_t k = 0; k < s.words.size(); ++k) {
      const auto [head, label] = trees[i][k];
      const bool head_ok = head == s.words[k].head;
      uas += head_ok;
      las += head_ok && UniversalDeprel(label) == UniversalDeprel(s.words[k].deprel);
    }
    total += s.words.size();
  }
  if (total == 0) return {};
  return {static_cast<double>(uas) / total, static_cast<double>(las) / total};
}

float ChooseBeamMargin(Parser* parser, const std::vector<TreebankSentence>& dev,
                       const TagSets& dev_tags, const ParserWordTables& tables) {
  float chosen = 0;
  parser->set_margin(0);
  if (parser->beam() <= 1 || dev.empty()) return chosen;
  const Trees full = ParseTrees(*parser, dev, dev_tags, tables);
  for (float margin : {400, 300, 250, 200, 190, 180, 170, 160, 150, 140, 125, 100, 75, 50}) {
    parser->set_margin(margin);
    const Trees pruned = ParseTrees(*parser, dev, dev_tags, tables);
    size_t changed = 0;
    for (size_t i = 0; i < dev.size(); ++i) changed += pruned[i] != full[i];
    if (changed * 100 > dev.size()) break;  // more than 1% of the sentences
    chosen = margin;
  }
  parser->set_margin(chosen);
  return chosen;
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
    for (size_t i : order) {
      if (options.beam > 1) {
        trainer.TrainSentenceBeam(gold[i], train_tags[i]);
        if (options.local_updates) trainer.TrainSentence(gold[i], train_tags[i], epoch > 1);
      } else {
        trainer.TrainSentence(gold[i], train_tags[i], epoch > 1);
      }
    }
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
    Parser candidate(std::move(averaged), options.beam);
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
  ChooseBeamMargin(&best, dev, dev_tags, options.tables);
  if (common.log && best.beam() > 1) *common.log << "parser beam margin " << best.margin() << std::endl;
  return best;
}

}  // namespace parley::syntax
