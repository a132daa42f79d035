#include "analyze/syntax/perceptron.h"

#include <algorithm>
#include <cmath>

namespace parley::syntax {

void Perceptron::Score(std::span<const uint64_t> features, float* scores) const {
  ScoreRange(features, 0, num_classes_, scores);
}

void Perceptron::ScoreRange(std::span<const uint64_t> features, int lo, int hi,
                            float* scores) const {
  for (uint64_t f : features) {
    uint32_t row = index_.Find(f);
    if (row == FeatureIndex::kMissing || row >= heads_.size()) continue;
    for (uint32_t e = heads_[row]; e != kNone; e = entries_[e].next) {
      const int cls = entries_[e].cls;
      if (cls >= lo && cls < hi) scores[cls] += entries_[e].weight;
    }
  }
}

void Perceptron::Update(std::span<const uint64_t> features, int truth, int guess) {
  if (truth == guess) return;
  for (uint64_t f : features) {
    uint32_t row = frozen_ ? index_.Find(f) : index_.Insert(f);
    if (row == FeatureIndex::kMissing) continue;
    if (row >= heads_.size()) heads_.resize(row + 1, kNone);
    Add(row, truth, 1.0f);
    Add(row, guess, -1.0f);
  }
}

void Perceptron::Add(uint32_t row, int cls, float delta) {
  uint32_t e = heads_[row];
  while (e != kNone && entries_[e].cls != cls) e = entries_[e].next;
  if (e == kNone) {
    e = static_cast<uint32_t>(entries_.size());
    entries_.push_back(Entry{0, 0, clock_, heads_[row], cls});
    heads_[row] = e;
  }
  Entry& entry = entries_[e];
  entry.total += static_cast<float>(clock_ - entry.stamp) * entry.weight;
  entry.stamp = clock_;
  entry.weight += delta;
}

float Perceptron::Averaged(const Entry& e) const {
  double total = e.total + static_cast<double>(clock_ - e.stamp) * e.weight;
  return static_cast<float>(total / clock_);
}

namespace {

float L1(const LinearModel::Row& row) {
  float sum = 0;
  for (const auto& [cls, w] : row.weights) sum += std::fabs(w);
  return sum;
}

// Keeps the `max` rows with the largest L1 norm (ties: earlier rows), in their order.
void KeepStrongest(std::vector<LinearModel::Row>* rows, size_t max) {
  if (max == 0 || rows->size() <= max) return;
  std::vector<std::pair<float, size_t>> order;
  for (size_t i = 0; i < rows->size(); ++i) order.emplace_back(-L1((*rows)[i]), i);
  std::sort(order.begin(), order.end());
  order.resize(max);
  std::vector<size_t> keep;
  for (const auto& [norm, i] : order) keep.push_back(i);
  std::sort(keep.begin(), keep.end());
  std::vector<LinearModel::Row> kept;
  for (size_t i : keep) kept.push_back(std::move((*rows)[i]));
  *rows = std::move(kept);
}

}  // namespace

LinearModel Perceptron::Average(float min_abs, size_t max_features) const {
  std::vector<LinearModel::Row> rows;
  for (uint32_t row = 0; row < heads_.size(); ++row) {
    LinearModel::Row out{index_.keys()[row], {}};
    for (uint32_t e = heads_[row]; e != kNone; e = entries_[e].next) {
      float w = Averaged(entries_[e]);
      if (std::fabs(w) >= min_abs && w != 0) out.weights.emplace_back(entries_[e].cls, w);
    }
    if (!out.weights.empty()) rows.push_back(std::move(out));
  }
  KeepStrongest(&rows, max_features);
  return LinearModel::Build(num_classes_, rows);
}

}  // namespace parley::syntax
