#include "analyze/syntax/word_table.h"

#include <algorithm>

namespace parley::syntax {

WordTable::WordTable(const std::map<uint64_t, uint32_t>& entries) {
  for (const auto& [key, value] : entries) {
    keys_.push_back(key);
    values_.push_back(value);
  }
  IndexBuckets();
}

void WordTable::IndexBuckets() {
  bucket_start_.clear();
  bucket_bits_ = 0;
  if (keys_.empty()) return;
  // About one key per bucket (keys are hashes, so spread evenly).
  bucket_bits_ = 1;
  while (bucket_bits_ < 24 && (size_t{1} << bucket_bits_) < keys_.size()) ++bucket_bits_;
  const size_t buckets = size_t{1} << bucket_bits_;
  bucket_start_.assign(buckets + 1, 0);
  size_t k = 0;
  for (size_t b = 0; b <= buckets; ++b) {
    while (k < keys_.size() && (keys_[k] >> (64 - bucket_bits_)) < b) ++k;
    bucket_start_[b] = static_cast<uint32_t>(k);
  }
}

uint32_t WordTable::Get(uint64_t key, uint32_t missing) const {
  if (keys_.empty()) return missing;
  const uint64_t b = key >> (64 - bucket_bits_);
  for (uint32_t i = bucket_start_[b], end = bucket_start_[b + 1]; i < end; ++i) {
    if (keys_[i] == key) return values_[i];
    if (keys_[i] > key) break;
  }
  return missing;
}

void WordTable::Save(BinaryWriter* w) const {
  w->PutVector(keys_);
  w->PutVector(values_);
}

Status WordTable::Load(BinaryReader* r) {
  if (Status st = r->GetVector(&keys_); !st.ok()) return st;
  if (Status st = r->GetVector(&values_); !st.ok()) return st;
  if (keys_.size() != values_.size() || !std::is_sorted(keys_.begin(), keys_.end())) {
    return Status::Corruption("bad word table");
  }
  IndexBuckets();
  return Status::Ok();
}

}  // namespace parley::syntax
