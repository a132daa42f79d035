#include "analyze/syntax/evaluation_cache.h"

#include <algorithm>
#include <bit>

#include "analyze/syntax/hash.h"

namespace parley::syntax {

namespace {

// Two sets of odd 64-bit multipliers, one per word position (splitmix64 of the position).
struct Multipliers {
  uint64_t a[128], b[128];
  Multipliers() {
    for (uint64_t i = 0; i < 128; ++i) {
      a[i] = Mix64(i + 1) | 1;
      b[i] = Mix64(i + 1 + 128) | 1;
    }
  }
};

}  // namespace

EvaluationCache::Key EvaluationCache::KeyOf(std::span<const uint64_t> words) {
  // Two sums of the words weighted by independent random odd multipliers per position
  // (positions past 128 reuse them; b starts from the length): words that differ in
  // small values, as views do, still give different sums. Mix64 spreads both.
  static const Multipliers m;
  uint64_t a = 0, b = words.size();
  for (size_t begin = 0; begin < words.size(); begin += 128) {
    const size_t n = std::min<size_t>(128, words.size() - begin);
    const uint64_t* w = words.data() + begin;
#pragma GCC unroll 4
    for (size_t i = 0; i < n; ++i) {
      a += w[i] * m.a[i];
      b += w[i] * m.b[i];
    }
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

void EvaluationCache::Place(int e) {
  const size_t mask = table_.size() - 1;
  size_t i = entries_[e].key.a & mask;
  while (table_[i] != 0) i = (i + 1) & mask;
  table_[i] = e + 1;
}

void EvaluationCache::Grow() {
  table_.assign(std::max<size_t>(64, table_.size() * 2), 0);
  for (size_t e = 0; e < entries_.size(); ++e) Place(static_cast<int>(e));
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
  Place(e);
  return e;
}

}  // namespace parley::syntax
