// analyze/syntax/word_table.h — a frozen map from 64-bit word hashes to 32-bit values
// (the tagger's tag-ambiguity classes, word signatures, word clusters). Sorted keys;
// a lookup reads the start of the key's bucket (its top bits) and scans the few keys
// there. Immutable.
#ifndef PARLEY_ANALYZE_SYNTAX_WORD_TABLE_H_
#define PARLEY_ANALYZE_SYNTAX_WORD_TABLE_H_

#include <cstdint>
#include <map>
#include <vector>

#include "analyze/syntax/binary_io.h"

namespace parley::syntax {

class WordTable {
 public:
  WordTable() = default;
  explicit WordTable(const std::map<uint64_t, uint32_t>& entries);

  // The value of `key`, or `missing`.
  uint32_t Get(uint64_t key, uint32_t missing) const;
  size_t size() const { return keys_.size(); }

  void Save(BinaryWriter* w) const;
  Status Load(BinaryReader* r);

 private:
  // Fills bucket_start_ (derived, not saved): bucket b = keys whose top `bucket_bits_`
  // bits are b, at positions [bucket_start_[b], bucket_start_[b + 1]).
  void IndexBuckets();

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  std::vector<uint32_t> bucket_start_;
  int bucket_bits_ = 0;
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_WORD_TABLE_H_
