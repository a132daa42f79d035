#include "analyze/syntax/evaluation_cache.h"

#include <algorithm>
#include <bit>

#include "analyze/syntax/hash.h"

namespace parley::syntax {

EvaluationCache::Key EvaluationCache::KeyOf(std::span<const uint64_t> features) {
  // Features are already 64-bit hashes: a position-rotated xor and a weighted sum are
  // two cheap, independent summaries; Mix64 spreads both.
  uint64_t a = features.size(), b = 0x9e3779b97f4a7c15ULL;
  for (size_t i = 0; i < features.size(); ++i) {
    a ^= std::rotl(features[i], static_cast<int>(i & 63));
    b += features[i] * (2 * i + 1);
  }
  return Key{Mix64(a), Mix64(b)};
}

void EvaluationCache::Clear() {
  entries_.clear();
  rows_.clear();
  std::fill(table_.begin(), table_.end(), 0);
}

int EvaluationCache::Find(const Key& key) const {
  if (table_.empty()) return -1;
  const size_t mask = table_.size() - 1;
  for (size_t i = key.a & mask;; i = (i + 1) & mask) {
    const int32_t slot = table_[i];
    if (slot == 0) return -1;
    const Entry& e = entries_[slot - 1];
    if (e.key.a == key.a && e.key.b == key.b) return slot - 1;
  }
}

void EvaluationCache::Grow() {
  table_.assign(std::max<size_t>(64, table_.size() * 2), 0);
  const size_t mask = table_.size() - 1;
  for (size_t e = 0; e < entries_.size(); ++e) {
    size_t i = entries_[e].key.a & mask;
    while (table_[i] != 0) i = (i + 1) & mask;
    table_[i] = static_cast<int32_t>(e + 1);
  }
}

int EvaluationCache::Add(const Key& key, size_t count) {
  // Load factor at most 1/2.
  if (2 * (entries_.size() + 1) > table_.size()) Grow();
  Entry entry;
  entry.key = key;
  entry.row_begin = static_cast<uint32_t>(rows_.size());
  entry.row_count = static_cast<uint32_t>(count);
  entry.relations.fill(-1);
  rows_.resize(rows_.size() + count);
  const int e = static_cast<int>(entries_.size());
  entries_.push_back(entry);
  const size_t mask = table_.size() - 1;
  size_t i = key.a & mask;
  while (table_[i] != 0) i = (i + 1) & mask;
  table_[i] = e + 1;
  return e;
}

}  // namespace parley::syntax
