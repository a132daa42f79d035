#include "analyze/syntax/perceptron.h"

#include <algorithm>
#include <cmath>

namespace parley::syntax {

void Perceptron::Score(std::span<const uint64_t> features, float* scores) const {
  ScoreRange(features, 0, num_classes_, scores);
}

void Perceptron::ScoreRange(std::span<const uint64_t> features, int lo, int hi,
                            float* scores) const {
  const int dense_hi = std::min(hi, dense_classes_);
  for (uint64_t f : features) {
    uint32_t row = index_.Find(f);
    if (row == FeatureIndex::kMissing) continue;
    if (lo < dense_hi && row < block_of_.size() && block_of_[row] != kNone) {
      const float* w = &blocks_[static_cast<size_t>(block_of_[row]) * 2 * dense_classes_];
      for (int c = lo; c < dense_hi; ++c) scores[c] += w[c];
    }
    if (hi <= dense_classes_ || row >= heads_.size()) continue;
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
    Add(row, truth, 1.0f);
    Add(row, guess, -1.0f);
  }
}

void Perceptron::Adjust(std::span<const uint64_t> features, int cls, float delta) {
  for (uint64_t f : features) {
    uint32_t row = frozen_ ? index_.Find(f) : index_.Insert(f);
    if (row == FeatureIndex::kMissing) continue;
    Add(row, cls, delta);
  }
}

void Perceptron::Add(uint32_t row, int cls, float delta) {
  if (cls < dense_classes_) {
    AddDense(row, cls, delta);
    return;
  }
  if (row >= heads_.size()) heads_.resize(row + 1, kNone);
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

void Perceptron::AddDense(uint32_t row, int cls, float delta) {
  if (row >= block_of_.size()) block_of_.resize(row + 1, kNone);
  const size_t width = 2 * static_cast<size_t>(dense_classes_);
  if (block_of_[row] == kNone) {
    block_of_[row] = static_cast<uint32_t>(block_stamp_.size());
    block_stamp_.push_back(clock_);
    blocks_.resize(blocks_.size() + width, 0.0f);
  }
  const uint32_t block = block_of_[row];
  float* w = &blocks_[block * width];
  float* total = w + dense_classes_;
  const float elapsed = static_cast<float>(clock_ - block_stamp_[block]);
  if (elapsed > 0) {
    for (int c = 0; c < dense_classes_; ++c) total[c] += elapsed * w[c];
    block_stamp_[block] = clock_;
  }
  w[cls] += delta;
}

void Perceptron::AppendDense(uint32_t row, float min_abs, LinearModel::Row* out) const {
  if (row >= block_of_.size() || block_of_[row] == kNone) return;
  const uint32_t block = block_of_[row];
  const float* w = &blocks_[block * 2 * static_cast<size_t>(dense_classes_)];
  const float* total = w + dense_classes_;
  const double elapsed = static_cast<double>(clock_ - block_stamp_[block]);
  for (int c = 0; c < dense_classes_; ++c) {
    const float avg = static_cast<float>((total[c] + elapsed * w[c]) / clock_);
    if (std::fabs(avg) >= min_abs && avg != 0) out->weights.emplace_back(c, avg);
  }
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
  const size_t row_count = std::max(heads_.size(), block_of_.size());
  for (uint32_t row = 0; row < row_count; ++row) {
    LinearModel::Row out{index_.keys()[row], {}};
    AppendDense(row, min_abs, &out);
    const uint32_t first = row < heads_.size() ? heads_[row] : kNone;
    for (uint32_t e = first; e != kNone; e = entries_[e].next) {
      float w = Averaged(entries_[e]);
      if (std::fabs(w) >= min_abs && w != 0) out.weights.emplace_back(entries_[e].cls, w);
    }
    if (!out.weights.empty()) rows.push_back(std::move(out));
  }
  KeepStrongest(&rows, max_features);
  return LinearModel::Build(num_classes_, rows);
}

}  // namespace parley::syntax
