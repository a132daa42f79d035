#include "analyze/syntax/word_table.h"

#include <algorithm>

namespace parley::syntax {

WordTable::WordTable(const std::map<uint64_t, uint32_t>& entries) {
  for (const auto& [key, value] : entries) {
    keys_.push_back(key);
    values_.push_back(value);
  }
}

uint32_t WordTable::Get(uint64_t key, uint32_t missing) const {
  auto it = std::lower_bound(keys_.begin(), keys_.end(), key);
  if (it == keys_.end() || *it != key) return missing;
  return values_[it - keys_.begin()];
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
  return Status::Ok();
}

}  // namespace parley::syntax
