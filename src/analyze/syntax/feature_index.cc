#include "analyze/syntax/feature_index.h"

namespace parley::syntax {

size_t FeatureIndex::SlotOf(uint64_t feature) const {
  const size_t mask = slots_.size() - 1;
  size_t i = feature & mask;
  while (slots_[i] != 0 && keys_[slots_[i] - 1] != feature) i = (i + 1) & mask;
  return i;
}

uint32_t FeatureIndex::Find(uint64_t feature) const {
  if (slots_.empty()) return kMissing;
  return slots_[SlotOf(feature)] - 1;  // 0 - 1 wraps to kMissing
}

uint32_t FeatureIndex::Insert(uint64_t feature) {
  if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
  size_t i = SlotOf(feature);
  if (slots_[i] == 0) {
    keys_.push_back(feature);
    slots_[i] = static_cast<uint32_t>(keys_.size());
  }
  return slots_[i] - 1;
}

void FeatureIndex::Grow() {
  slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (size_t row = 0; row < keys_.size(); ++row) {
    size_t i = keys_[row] & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = static_cast<uint32_t>(row + 1);
  }
}

}  // namespace parley::syntax
