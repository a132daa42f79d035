// analyze/syntax/linear_model.h — a frozen sparse multi-class linear model.
//
// Maps 64-bit feature hashes to a short list of (class, weight) pairs; a class's score
// is the sum of its weights over the active features. Immutable once built, so one
// model is shared by all threads. Storage: an open-addressing table of 8-byte slots
// (32-bit fingerprint, 32-bit offset) and a flat array of 4-byte entries (bit 31: last
// entry of the feature, bits 23-30: class, bits 0-22: signed fixed-point weight).
// At load time, features with many classes get a dense float row instead (the slot's
// offset then has bit 31 set and indexes `dense_`): adding a row is much cheaper than
// decoding and scattering dozens of entries. The file format does not change.
#ifndef PARLEY_ANALYZE_SYNTAX_LINEAR_MODEL_H_
#define PARLEY_ANALYZE_SYNTAX_LINEAR_MODEL_H_

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "analyze/syntax/binary_io.h"
#include "analyze/syntax/huge_page_allocator.h"

namespace parley::syntax {

class LinearModel {
 public:
  // Most classes a model can have (8 bits in an entry).
  static constexpr int kMaxClasses = 256;

  // A feature with its nonzero (class, weight) pairs; input to Build().
  struct Row {
    uint64_t feature;
    std::vector<std::pair<int, float>> weights;
  };

  LinearModel() = default;
  // REQUIRES: num_classes <= kMaxClasses, distinct features.
  static LinearModel Build(int num_classes, const std::vector<Row>& rows);

  // Adds the weights of `features` to scores[0..num_classes). Unknown features add 0.
  // After EnableHead(num_classes()), from the 16-bit head records.
  void Score(std::span<const uint64_t> features, float* scores) const;

  // Two-stage scoring for models whose classes form groups (the parser's moves, then
  // its relations). EnableHead(k) copies the weights of classes [0, k) of every feature
  // into a compact row of 16-bit weights (derived at load time, not saved). Lookup()
  // finds each feature once (rows[i] = unknown_row() if unknown: a row of zero
  // weights, so sums need no test) and prefetches its row;
  // AccumulateHead() adds classes [0, k) and AccumulateRange() classes [lo, hi) of the
  // looked-up features. Entries of a feature are sorted by class, so ranges stop early.
  void EnableHead(int k);  // REQUIRES: k <= 32; weights quantized to 16 bits; may be repeated
  void Lookup(std::span<const uint64_t> features, uint32_t* rows) const;
  uint32_t unknown_row() const { return unknown_row_; }
  void AccumulateHead(const uint32_t* rows, size_t count, float* scores) const;
  // The same in integer units (weight = head_scale() * unit): sums[0, k) += the head
  // weights, exactly, in any order.
  void SumHead(const uint32_t* rows, size_t count, int32_t* sums) const;
  float head_scale() const { return head_scale_; }
  void AccumulateRange(const uint32_t* rows, size_t count, int lo, int hi,
                       float* scores) const;

  // A copy without the weights whose magnitude is below `min_abs`.
  LinearModel Pruned(float min_abs) const;

  // Sums run with AVX2 when the CPU has it (the default) or, after UseAvx2(false), with
  // the baseline x86-64 code: both give the same sums (tests run both).
  static void UseAvx2(bool allowed);

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return entries_.size(); }
  // Size of the saved tables (slots and entries).
  size_t file_bytes() const { return slots_.size() * 8 + entries_.size() * 4; }
  size_t bytes() const {
    return file_bytes() + dense_.size() * sizeof(float) + (head_.size() + tail_.size()) * 2;
  }

  void Save(BinaryWriter* w) const;
  // `densify` = false skips the dense float rows: for a model that will only score
  // through EnableHead() (its relation tail is then built from the entries).
  Status Load(BinaryReader* r, bool densify = true);

 private:
  static uint32_t Fingerprint(uint64_t feature);
  void Insert(uint64_t feature, uint32_t offset);
  uint64_t Find(uint64_t feature) const;  // the slot, or 0
  void Accumulate(uint32_t offset, float* scores) const;
  // Marks the features with at least kDenseMinEntries entries as dense rows and, if
  // `float_rows`, fills their float rows (dense_); without them, their entries serve.
  void Densify(bool float_rows = true);
  // Fills tail_ from the dense rows (EnableHead does, after the head rows).
  void BuildTail();
  // An entry as stored in entries_ or copied into a head record (int16 storage read as
  // 32-bit words, hence may_alias).
  typedef uint32_t __attribute__((__may_alias__)) EntryWord;
  // Copies the relation entries (classes past the head) of the feature whose entries
  // are [begin, end] to `out`, the spare room of its head record, if they fit.
  void InlineRelations(size_t begin, size_t end, int16_t* out) const;
  // The inline relation entries (classes past the head) of head row `row`, or null
  // (read the entries).
  const EntryWord* RelationsOfRow(uint32_t row) const;
  // AccumulateRange for a range within the 16-bit tail (the parser's relation groups).
  void AccumulateTailRange(const uint32_t* rows, size_t count, int lo, int hi,
                           float* scores) const;
  size_t EntryCount(uint32_t offset) const;
  // The offset of a slot's entries (also for densified slots).
  uint32_t EntryOffset(uint64_t slot) const;
  // The offset a slot had before EnableHead() made it head row `row` (dense bit or entries).
  uint32_t EntryOffsetOfRow(uint32_t row) const;

  int num_classes_ = 0;
  size_t num_features_ = 0;
  uint64_t mask_ = 0;
  float scale_ = 1.0f;
  // Only the hash slots, probed at random for every feature, sit on 2 MB pages. The head
  // rows are in the order training first saw the features (EnableHead), so the rows of
  // most lookups share a few hundred small pages: huge pages for them gained 1-2% more
  // (8% before that order), while faulting in 50 MB more of huge pages made model loads
  // take 140-260 ms after an idle pause (against 105-140 ms); marking the entries made
  // each first load fault in huge pages for about 0.2 s of system time, for no
  // measurable speed.
  HugeVector<uint64_t> slots_;
  std::vector<uint32_t> entries_;
  std::vector<float> dense_;  // rows of num_classes_ weights (derived, not saved)
  std::vector<uint32_t> dense_offsets_;  // entry offset of each dense row
  bool dense_marked_ = false;  // Densify() has run
  // After EnableHead(), a slot's offset is a head row (the features with a dense row
  // first, then the unknown row, then the others, each in the order of their entries:
  // RowNumbers): u32 entry offset (as the slot had it: dense bit or entries), then the
  // head_classes_ int16 weights (record_ int16
  // units per row, one row per feature, a power of two in a cache-line-aligned table:
  // the parser's and the tagger's rows are 64 bytes, one cache line each, where 40-byte
  // rows straddled two lines half of the time; 14% faster parsing). Derived at load time,
  // not saved.
  int head_classes_ = 0;
  size_t record_ = 0;  // 0 = no head rows
  // The row after the dense ones: zero weights, and the zero tail row of the same number.
  uint32_t unknown_row_ = 0;
  // A record's int16 units past the head weights hold up to inline_capacity_ relation
  // entries (32-bit, the last with the last-entry bit) of a feature without a tail row,
  // so scoring its relations reads no other memory: 6 in the parser's 64-byte records,
  // enough for 99% of those features. A first word of 0: they did not fit.
  size_t inline_begin_ = 0, inline_capacity_ = 0;
  float head_scale_ = 1.0f;  // weight = head_scale_ * int16
  CacheLineVector<int16_t> head_;
  // The classes [head_classes_, num_classes_) of each dense row as 16-bit weights
  // (weight = scale_ * 2^tail_shift_ * int16), tail_stride_ per row: the parser's
  // relations. A relation group's range is one 32-byte read instead of 64 bytes of
  // floats. Derived in EnableHead, not saved.
  size_t tail_stride_ = 0;
  int tail_shift_ = 0;
  CacheLineVector<int16_t> tail_;
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_LINEAR_MODEL_H_
