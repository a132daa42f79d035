// analyze/syntax/perceptron.h — an averaged perceptron over hashed sparse features.
//
// Training-time counterpart of LinearModel: weights are kept per (feature, class) with
// the lazy-averaging bookkeeping, and Average() freezes the averaged weights into a
// LinearModel. The first `dense_classes` classes (those scored at every step, such as
// the parser's moves) live in one contiguous block per feature, so scoring them costs
// one cache miss per feature; the other classes live in per-feature linked lists.
// Single-threaded; deterministic for a given update order.
#ifndef PARLEY_ANALYZE_SYNTAX_PERCEPTRON_H_
#define PARLEY_ANALYZE_SYNTAX_PERCEPTRON_H_

#include <cstdint>
#include <span>
#include <vector>

#include "analyze/syntax/feature_index.h"
#include "analyze/syntax/linear_model.h"

namespace parley::syntax {

class Perceptron {
 public:
  explicit Perceptron(int num_classes, int dense_classes = 0)
      : num_classes_(num_classes), dense_classes_(dense_classes) {}

  // Restrict learning to features registered here (all others are ignored). Without any
  // call, every feature seen in an update is learned.
  void Allow(uint64_t feature) { index_.Insert(feature); }
  void FreezeFeatureSet() { frozen_ = true; }

  // Adds the current (not averaged) weights of `features` to scores[].
  void Score(std::span<const uint64_t> features, float* scores) const;
  // The same for the classes [lo, hi) only.
  void ScoreRange(std::span<const uint64_t> features, int lo, int hi, float* scores) const;

  // Standard update: +1 for `truth`, -1 for `guess` on every feature. No-op if equal.
  void Update(std::span<const uint64_t> features, int truth, int guess);

  // Adds `delta` to the weight of class `cls` on every feature (a structured update).
  void Adjust(std::span<const uint64_t> features, int cls, float delta);

  // Call once per training instance (the clock used for averaging).
  void Tick() { ++clock_; }

  // The averaged weights; weights whose magnitude is below `min_abs` are dropped, and
  // if `max_features` > 0 only that many features with the largest L1 norm are kept.
  LinearModel Average(float min_abs, size_t max_features = 0) const;

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return index_.size(); }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Entry {
    float weight = 0;
    float total = 0;   // sum of weights over the clock, up to `stamp`
    uint32_t stamp = 0;
    uint32_t next = kNone;
    int cls = 0;
  };
  void Add(uint32_t row, int cls, float delta);
  void AddDense(uint32_t row, int cls, float delta);
  float Averaged(const Entry& e) const;
  void AppendDense(uint32_t row, float min_abs, LinearModel::Row* out) const;

  int num_classes_;
  int dense_classes_;
  bool frozen_ = false;
  uint32_t clock_ = 1;
  FeatureIndex index_;
  std::vector<uint32_t> heads_;  // per feature row: first entry
  std::vector<Entry> entries_;
  // Dense classes: per feature row, its block or kNone; a block is dense_classes_
  // weights then dense_classes_ totals, all brought up to the block's stamp together.
  std::vector<uint32_t> block_of_;
  std::vector<float> blocks_;
  std::vector<uint32_t> block_stamp_;
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_PERCEPTRON_H_
