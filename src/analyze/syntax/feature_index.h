// analyze/syntax/feature_index.h — a growable open-addressing map from 64-bit feature
// hashes to dense row numbers 0, 1, 2, ... in insertion order. Used while training.
#ifndef PARLEY_ANALYZE_SYNTAX_FEATURE_INDEX_H_
#define PARLEY_ANALYZE_SYNTAX_FEATURE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parley::syntax {

class FeatureIndex {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // The row of `feature`, adding it if new.
  uint32_t Insert(uint64_t feature);
  // The row of `feature`, or kMissing.
  uint32_t Find(uint64_t feature) const;

  size_t size() const { return keys_.size(); }
  // Features in row order.
  const std::vector<uint64_t>& keys() const { return keys_; }

 private:
  void Grow();
  size_t SlotOf(uint64_t feature) const;

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> slots_;  // row + 1; 0 = empty
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_FEATURE_INDEX_H_
