#include "analyze/syntax/linear_model.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <span>
#include <utility>

#include <immintrin.h>

namespace parley::syntax {

namespace {

constexpr uint32_t kLastBit = 1u << 31;
constexpr int kWeightBits = 23;
// The inline relation list of a feature without relation weights: one entry of class
// 255, which ends every walk.
constexpr uint32_t kNoRelations = kLastBit | (0xffu << kWeightBits);
constexpr int32_t kMaxQuant = (1 << (kWeightBits - 1)) - 1;
constexpr uint32_t kWeightMask = (1u << kWeightBits) - 1;
constexpr uint32_t kDenseBit = 1u << 31;
constexpr size_t kDenseMinEntries = 16;
constexpr int kTailRange = 16;  // widest class range summed from the 16-bit tail rows

// scores[0..n) += row[0..n), four floats at a time (SSE2 on any x86-64).
void AddRow(const float* row, int n, float* scores) {
  typedef float Float4 __attribute__((vector_size(16)));
  int c = 0;
  for (; c + 4 <= n; c += 4) {
    Float4 a, b;
    std::memcpy(&a, scores + c, sizeof(a));
    std::memcpy(&b, row + c, sizeof(b));
    a += b;
    std::memcpy(scores + c, &a, sizeof(a));
  }
  for (; c < n; ++c) scores[c] += row[c];
}

// The parser's hot loops, compiled for baseline x86-64 and for AVX2; the CPU is
// checked once, at the first call.
typedef int16_t I16x8 __attribute__((vector_size(16)));
typedef int32_t I32x8 __attribute__((vector_size(32)));

// sum[0 .. 8 * kChunks) += the int16 weights at heads + rows[i] * record of every row
// (the unknown features' row is all zeros).
template <int kChunks>
[[gnu::always_inline]] inline void SumHeadRowsBody(const int16_t* heads, size_t record,
                                                   const uint32_t* rows, size_t count,
                                                   int32_t* sum) {
  I32x8 acc[kChunks] = {};
  for (size_t i = 0; i < count; ++i) {
    const int16_t* head = heads + rows[i] * record;
#pragma GCC unroll 4
    for (int c = 0; c < kChunks; ++c) {
      I16x8 w;
      std::memcpy(&w, head + 8 * c, sizeof(w));
      acc[c] += __builtin_convertvector(w, I32x8);
    }
  }
  std::memcpy(sum, acc, sizeof(acc));
}

// sum[0 .. 16) += rows[k][0 .. 16) (int16) for every row.
[[gnu::always_inline]] inline void SumTailRowsBody(const int16_t* const* rows, size_t count,
                                                   int32_t* sum) {
  I32x8 acc[2] = {};
  for (size_t k = 0; k < count; ++k) {
    I16x8 w[2];
    std::memcpy(w, rows[k], sizeof(w));
    acc[0] += __builtin_convertvector(w[0], I32x8);
    acc[1] += __builtin_convertvector(w[1], I32x8);
  }
  std::memcpy(sum, acc, sizeof(acc));
}

template <int kChunks>
[[gnu::target("avx2")]] void SumHeadRowsAvx2(const int16_t* heads, size_t record,
                                             const uint32_t* rows, size_t count, int32_t* sum) {
  __m256i acc[kChunks];
#pragma GCC unroll 4
  for (int c = 0; c < kChunks; ++c) acc[c] = _mm256_setzero_si256();
  for (size_t i = 0; i < count; ++i) {
    const int16_t* head = heads + rows[i] * record;
#pragma GCC unroll 4
    for (int c = 0; c < kChunks; ++c) {
      const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(head + 8 * c));
      acc[c] = _mm256_add_epi32(acc[c], _mm256_cvtepi16_epi32(w));
    }
  }
  std::memcpy(sum, acc, sizeof(acc));
}
template <int kChunks>
void SumHeadRowsBase(const int16_t* heads, size_t record, const uint32_t* rows, size_t count,
                     int32_t* sum) {
  SumHeadRowsBody<kChunks>(heads, record, rows, count, sum);
}
[[gnu::target("avx2")]] void SumTailRowsAvx2(const int16_t* const* rows, size_t count,
                                             int32_t* sum) {
  __m256i acc0 = _mm256_setzero_si256(), acc1 = _mm256_setzero_si256();
  for (size_t k = 0; k < count; ++k) {
    const __m128i* w = reinterpret_cast<const __m128i*>(rows[k]);
    acc0 = _mm256_add_epi32(acc0, _mm256_cvtepi16_epi32(_mm_loadu_si128(w)));
    acc1 = _mm256_add_epi32(acc1, _mm256_cvtepi16_epi32(_mm_loadu_si128(w + 1)));
  }
  std::memcpy(sum, &acc0, sizeof(acc0));
  std::memcpy(sum + 8, &acc1, sizeof(acc1));
}
void SumTailRowsBase(const int16_t* const* rows, size_t count, int32_t* sum) {
  SumTailRowsBody(rows, count, sum);
}

// Whether the AVX2 kernels run: the CPU has AVX2 and LinearModel::UseAvx2 allows them.
std::atomic<bool> g_avx2_allowed{true};

bool UseAvx2Kernels() {
  static const bool cpu = __builtin_cpu_supports("avx2");
  return cpu && g_avx2_allowed.load(std::memory_order_relaxed);
}

// Dispatches on the CPU and on the number of 8-weight chunks (1 to 4).
void SumHeadRows(const int16_t* heads, size_t record, const uint32_t* rows, size_t count,
                 size_t chunks, int32_t* sum) {
  using Fn = void (*)(const int16_t*, size_t, const uint32_t*, size_t, int32_t*);
  static constexpr Fn kAvx2[4] = {&SumHeadRowsAvx2<1>, &SumHeadRowsAvx2<2>,
                                  &SumHeadRowsAvx2<3>, &SumHeadRowsAvx2<4>};
  static constexpr Fn kBase[4] = {&SumHeadRowsBase<1>, &SumHeadRowsBase<2>,
                                  &SumHeadRowsBase<3>, &SumHeadRowsBase<4>};
  (UseAvx2Kernels() ? kAvx2 : kBase)[chunks - 1](heads, record, rows, count, sum);
}

void SumTailRows(const int16_t* const* rows, size_t count, int32_t* sum) {
  (UseAvx2Kernels() ? &SumTailRowsAvx2 : &SumTailRowsBase)(rows, count, sum);
}

int32_t DecodeWeight(uint32_t entry) {
  // Sign-extend the low 23 bits.
  return static_cast<int32_t>(entry << (32 - kWeightBits)) >> (32 - kWeightBits);
}

// 16-bit weights from 23-bit entries, shifted right just enough for the largest (with
// rounding): the head and tail rows. weight = scale of the entries * 2^shift * int16.
struct Narrowing {
  explicit Narrowing(int32_t max_q)
      : shift(std::max(0, static_cast<int>(std::bit_width(static_cast<uint32_t>(max_q))) - 15)),
        round(shift > 0 ? 1 << (shift - 1) : 0) {}
  int16_t operator()(int32_t q) const {
    return static_cast<int16_t>(std::min((q + round) >> shift, 32767));
  }
  int shift;
  int32_t round;
};

float MaxAbsWeight(const std::vector<LinearModel::Row>& rows) {
  float max_abs = 0;
  for (const auto& row : rows) {
    for (const auto& [cls, w] : row.weights) max_abs = std::max(max_abs, std::fabs(w));
  }
  return max_abs;
}

// Calls add(class, weight) for each entry of a feature's list (from `e` to the entry
// with kLastBit, sorted by class) whose class is in [lo, hi).
template <typename Entry, typename Add>
void ForEntriesInRange(const Entry* e, uint32_t lo, uint32_t hi, Add add) {
  for (;; ++e) {
    const uint32_t v = *e;
    const uint32_t cls = (v >> kWeightBits) & 0xff;
    if (cls >= hi) return;
    if (cls >= lo) add(cls, DecodeWeight(v));
    if (v & kLastBit) return;
  }
}

// Ranks of marked entry offsets (a feature's first entry, or only those of long runs)
// in entry order, from a bitmap and popcounts per 64-bit word: numbering rows in the
// order of the entries without sorting.
class EntryRanks {
 public:
  // (std::popcount is a library call on baseline x86-64.)
  static uint32_t Popcount(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return static_cast<uint32_t>((x * 0x0101010101010101ULL) >> 56);
  }
  // Marks the first entry of each feature whose entries number at least `min_entries`.
  EntryRanks(std::span<const uint32_t> entries, size_t min_entries)
      : EntryRanks(Marks(entries, min_entries)) {}
  // From a bitmap of the marked offsets.
  explicit EntryRanks(std::vector<uint64_t> marks)
      : marks_(std::move(marks)), before_(marks_.size() + 1, 0) {
    for (size_t w = 0; w < marks_.size(); ++w) {
      before_[w + 1] = before_[w] + Popcount(marks_[w]);
    }
  }
  // Bitmaps of the first entries of those features with at least `min_entries` entries
  // (*some) and, if `all` is given, of all features, in one pass.
  static void Marks(std::span<const uint32_t> entries, size_t min_entries,
                    std::vector<uint64_t>* some, std::vector<uint64_t>* all = nullptr) {
    some->assign((entries.size() + 63) / 64, 0);
    if (all != nullptr) all->assign(some->size(), 0);
    for (size_t begin = 0, e = 0; e < entries.size(); ++e) {
      if (!(entries[e] & kLastBit)) continue;
      const uint64_t bit = uint64_t{1} << (begin % 64);
      if (all != nullptr) (*all)[begin / 64] |= bit;
      if (e + 1 - begin >= min_entries) (*some)[begin / 64] |= bit;
      begin = e + 1;
    }
  }
  static std::vector<uint64_t> Marks(std::span<const uint32_t> entries, size_t min_entries) {
    std::vector<uint64_t> some;
    Marks(entries, min_entries, &some);
    return some;
  }
  size_t count() const { return before_.back(); }
  bool marked(uint32_t e) const { return e / 64 < marks_.size() && (marks_[e / 64] >> (e % 64)) & 1; }
  // How many marked offsets are below e (for a marked e: its rank).
  uint32_t Of(uint32_t e) const {
    const uint64_t below = (uint64_t{1} << (e % 64)) - 1;
    return before_[e / 64] + Popcount(marks_[e / 64] & below);
  }

 private:
  std::vector<uint64_t> marks_;
  std::vector<uint32_t> before_;
};

// Head row numbers: the dense features first, in entry order (so a dense feature's
// head row is its dense and tail row), then one row for the unknown features (which
// the zero tail row also follows), then the other features in entry order. Entry order
// is the order training first saw the features: the rows of frequent features share
// pages, and most lookups stay within a few hundred of them.
class RowNumbers {
 public:
  // The dense features are those with kDenseMinEntries entries if `dense_marked`.
  static RowNumbers For(std::span<const uint32_t> entries, bool dense_marked) {
    std::vector<uint64_t> all, dense;
    EntryRanks::Marks(entries, dense_marked ? kDenseMinEntries : SIZE_MAX, &dense, &all);
    return RowNumbers(EntryRanks(std::move(all)), EntryRanks(std::move(dense)));
  }
  uint32_t unknown() const { return static_cast<uint32_t>(dense_.count()); }
  size_t count() const { return all_.count() + 1; }
  bool dense(uint32_t e) const { return dense_.marked(e); }
  // The row of the feature whose entries start at `e`.
  uint32_t Of(uint32_t e) const {
    const uint32_t dense_before = dense_.Of(e);
    return dense_.marked(e) ? dense_before : unknown() + 1 + all_.Of(e) - dense_before;
  }

 private:
  RowNumbers(EntryRanks all, EntryRanks dense) : all_(std::move(all)), dense_(std::move(dense)) {}

  EntryRanks all_, dense_;
};

}  // namespace

void LinearModel::UseAvx2(bool allowed) { g_avx2_allowed.store(allowed); }

uint32_t LinearModel::Fingerprint(uint64_t feature) {
  uint32_t fp = static_cast<uint32_t>(feature >> 32);
  return fp == 0 ? 1 : fp;
}

void LinearModel::Insert(uint64_t feature, uint32_t offset) {
  uint64_t slot = (static_cast<uint64_t>(Fingerprint(feature)) << 32) | offset;
  for (uint64_t i = feature & mask_;; i = (i + 1) & mask_) {
    if (slots_[i] == 0) {
      slots_[i] = slot;
      return;
    }
  }
}

LinearModel LinearModel::Build(int num_classes, const std::vector<Row>& rows) {
  LinearModel m;
  m.num_classes_ = num_classes;
  float max_abs = MaxAbsWeight(rows);
  m.scale_ = max_abs > 0 ? max_abs / kMaxQuant : 1.0f;
  // Load factor between 0.375 and 0.75: compact, and misses still end quickly.
  m.slots_.assign(std::bit_ceil(rows.size() + rows.size() / 3 + 16), 0);
  m.mask_ = m.slots_.size() - 1;
  std::vector<std::pair<int, float>> sorted;
  for (const Row& row : rows) {
    uint32_t offset = static_cast<uint32_t>(m.entries_.size());
    sorted = row.weights;
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [cls, w] : sorted) {
      int32_t q = static_cast<int32_t>(std::lround(w / m.scale_));
      if (q == 0) continue;
      m.entries_.push_back((static_cast<uint32_t>(cls) << kWeightBits) |
                           (static_cast<uint32_t>(q) & kWeightMask));
    }
    if (m.entries_.size() == offset) continue;
    m.entries_.back() |= kLastBit;
    m.Insert(row.feature, offset);
    ++m.num_features_;
  }
  m.Densify();
  return m;
}

uint64_t LinearModel::Find(uint64_t feature) const {
  uint32_t fp = Fingerprint(feature);
  for (uint64_t i = feature & mask_;; i = (i + 1) & mask_) {
    uint64_t slot = slots_[i];
    if (slot == 0 || static_cast<uint32_t>(slot >> 32) == fp) return slot;
  }
}

void LinearModel::Accumulate(uint32_t offset, float* scores) const {
  if (offset & kDenseBit) {
    const uint32_t row = offset & ~kDenseBit;
    if (dense_.empty()) {
      offset = dense_offsets_[row];  // no float rows: the entries
    } else {
      AddRow(&dense_[static_cast<size_t>(row) * num_classes_], num_classes_, scores);
      return;
    }
  }
  for (const uint32_t* e = &entries_[offset];; ++e) {
    const uint32_t v = *e;
    scores[(v >> kWeightBits) & 0xff] += static_cast<float>(DecodeWeight(v)) * scale_;
    if (v & kLastBit) return;
  }
}

void LinearModel::Score(std::span<const uint64_t> features, float* scores) const {
  if (slots_.empty()) return;
  if (record_ > 0 && head_classes_ == num_classes_) {
    // All classes are in the head records: one cache line per feature.
    constexpr size_t kBatch = 64;
    uint32_t found[kBatch];
    for (size_t begin = 0; begin < features.size(); begin += kBatch) {
      const auto batch = features.subspan(begin, std::min(kBatch, features.size() - begin));
      Lookup(batch, found);
      AccumulateHead(found, batch.size(), scores);
    }
    return;
  }
  // Three stages per batch so the cache misses of slots and entries overlap.
  constexpr size_t kBatch = 64;
  uint32_t offsets[kBatch];
  for (size_t begin = 0; begin < features.size(); begin += kBatch) {
    const std::span<const uint64_t> batch =
        features.subspan(begin, std::min(kBatch, features.size() - begin));
    for (uint64_t f : batch) __builtin_prefetch(&slots_[f & mask_]);
    size_t found = 0;
    for (uint64_t f : batch) {
      const uint64_t slot = Find(f);
      if (slot == 0) continue;
      // After EnableHead() (classes past the head), the slot holds a head row.
      const uint32_t offset = record_ > 0 ? EntryOffsetOfRow(static_cast<uint32_t>(slot))
                                          : static_cast<uint32_t>(slot);
      offsets[found++] = offset;
      if (!(offset & kDenseBit)) __builtin_prefetch(&entries_[offset]);
    }
    for (size_t k = 0; k < found; ++k) Accumulate(offsets[k], scores);
  }
}

void LinearModel::EnableHead(int k) {
  // A second call: the slots hold head rows, give them back their entry offsets.
  if (record_ > 0) {
    for (uint64_t& slot : slots_) {
      if (slot == 0) continue;
      slot = (slot & ~0xffffffffULL) | EntryOffsetOfRow(static_cast<uint32_t>(slot));
    }
  }
  // The relation tail needs the dense rows marked (a model loaded without them).
  if (k < num_classes_ && !dense_marked_) Densify(/*float_rows=*/false);
  head_.clear();
  record_ = 0;
  head_classes_ = k;
  const uint32_t uk = static_cast<uint32_t>(k);
  // 16-bit head weights: the 23-bit entries shifted right just enough (one sequential
  // pass over the entries finds the largest head weight).
  int32_t max_q = 0;
  for (uint32_t v : entries_) {
    if (((v >> kWeightBits) & 0xff) < uk) max_q = std::max(max_q, std::abs(DecodeWeight(v)));
  }
  const Narrowing narrow(max_q);
  head_scale_ = std::ldexp(scale_, narrow.shift);
  // Rows of a power-of-two size in a cache-line-aligned table never straddle a line.
  const size_t record = std::bit_ceil(2 + ((static_cast<size_t>(k) + 1) & ~size_t{1}));
  // The weights are filled in one sequential pass over the entries (RowNumbers).
  const RowNumbers numbers = RowNumbers::For(entries_, dense_marked_);
  // The unknown features' row is all zeros (its relations: the zero tail row). Padding:
  // AccumulateHead reads whole groups of 8 weights past a record's end.
  unknown_row_ = numbers.unknown();
  head_.assign(numbers.count() * record + 8, 0);
  const uint32_t zero_tail = kDenseBit | unknown_row_;
  std::memcpy(&head_[unknown_row_ * record], &zero_tail, 4);
  // A record's int16 units past the head weights take the relation entries of a
  // feature without a tail row when they fit (inline_capacity_ 32-bit entries).
  inline_begin_ = 2 + ((static_cast<size_t>(k) + 1) & ~size_t{1});
  inline_capacity_ = k < num_classes_ ? (record - inline_begin_) / 2 : 0;
  // One sequential pass over the features' entries.
  for (size_t begin = 0, end = 0; end < entries_.size(); ++end) {
    if (!(entries_[end] & kLastBit)) continue;
    const bool dense = numbers.dense(static_cast<uint32_t>(begin));
    int16_t* rec = &head_[numbers.Of(static_cast<uint32_t>(begin)) * record];
    for (size_t e = begin; e <= end; ++e) {
      const uint32_t cls = (entries_[e] >> kWeightBits) & 0xff;
      if (cls < uk) rec[2 + cls] = narrow(DecodeWeight(entries_[e]));
    }
    if (!dense && inline_capacity_ > 0) InlineRelations(begin, end, rec + inline_begin_);
    begin = end + 1;
  }
  for (uint64_t& slot : slots_) {
    if (slot == 0) continue;
    const uint32_t offset = static_cast<uint32_t>(slot);
    const uint32_t r = numbers.Of(EntryOffset(slot));
    std::memcpy(&head_[r * record], &offset, 4);
    slot = (slot & ~0xffffffffULL) | r;
  }
  record_ = record;
  BuildTail();
}

const LinearModel::EntryWord* LinearModel::RelationsOfRow(uint32_t row) const {
  if (inline_capacity_ == 0) return nullptr;
  const EntryWord* list = reinterpret_cast<const EntryWord*>(&head_[row * record_ + inline_begin_]);
  return *list == 0 ? nullptr : list;  // 0: more relations than fit, read the entries
}

void LinearModel::InlineRelations(size_t begin, size_t end, int16_t* out) const {
  // The entries past the head are the last ones (entries are sorted by class); the last
  // of them ends the list, as in entries_.
  const uint32_t k = static_cast<uint32_t>(head_classes_);
  size_t e = begin;
  while (e <= end && ((entries_[e] >> kWeightBits) & 0xff) < k) ++e;
  const size_t count = end + 1 - e;
  if (count > inline_capacity_) return;  // stays 0: read from entries_
  const uint32_t* list = count == 0 ? &kNoRelations : &entries_[e];
  std::memcpy(out, list, 4 * std::max<size_t>(count, 1));
}

void LinearModel::Lookup(std::span<const uint64_t> features, uint32_t* rows) const {
  if (slots_.empty() || record_ == 0) {  // an empty model, or no head rows to point at
    std::fill(rows, rows + features.size(), unknown_row_);
    return;
  }
  constexpr size_t kBatch = 64;
  for (size_t begin = 0; begin < features.size(); begin += kBatch) {
    const size_t end = std::min(begin + kBatch, features.size());
    for (size_t i = begin; i < end; ++i) __builtin_prefetch(&slots_[features[i] & mask_]);
    for (size_t i = begin; i < end; ++i) {
      const uint64_t slot = Find(features[i]);
      rows[i] = slot == 0 ? unknown_row_ : static_cast<uint32_t>(slot);
      __builtin_prefetch(&head_[rows[i] * record_]);
    }
  }
}

void LinearModel::SumHead(const uint32_t* rows, size_t count, int32_t* sums) const {
  constexpr size_t kMaxChunks = 4;
  const size_t chunks = (static_cast<size_t>(head_classes_) + 7) / 8;
  if (record_ == 0 || chunks > kMaxChunks) return;
  alignas(32) int32_t sum[kMaxChunks * 8] = {};
  SumHeadRows(head_.data() + 2, record_, rows, count, chunks, sum);
  for (int c = 0; c < head_classes_; ++c) sums[c] += sum[c];
}

void LinearModel::AccumulateHead(const uint32_t* rows, size_t count, float* scores) const {
  int32_t sums[32] = {};
  SumHead(rows, count, sums);
  for (int c = 0; c < head_classes_; ++c) {
    scores[c] += static_cast<float>(sums[c]) * head_scale_;
  }
}

void LinearModel::AccumulateRange(const uint32_t* rows, size_t count, int lo, int hi,
                                  float* scores) const {
  if (!tail_.empty() && lo >= head_classes_ && hi - lo <= kTailRange) {
    AccumulateTailRange(rows, count, lo, hi, scores);
    return;
  }
  // Float rows or entries. First pass: find each feature's weights and prefetch them,
  // so that the cache misses of all features overlap; second pass: add them.
  const uint32_t ulo = static_cast<uint32_t>(lo), uhi = static_cast<uint32_t>(hi);
  constexpr size_t kBatch = 64;
  const float* dense_rows[kBatch];
  const uint32_t* lists[kBatch];
  for (size_t begin = 0; begin < count; begin += kBatch) {
    const size_t end = std::min(begin + kBatch, count);
    size_t dense = 0, sparse = 0;
    for (size_t i = begin; i < end; ++i) {
      if (rows[i] == unknown_row_) continue;  // no float row or entries
      uint32_t offset = EntryOffsetOfRow(rows[i]);
      if (offset & kDenseBit && dense_.empty()) {
        offset = dense_offsets_[offset & ~kDenseBit];  // no float rows: the entries
      }
      if (!(offset & kDenseBit)) {
        __builtin_prefetch(&entries_[offset]);
        lists[sparse++] = &entries_[offset];
      } else {
        const float* row = &dense_[static_cast<size_t>(offset & ~kDenseBit) * num_classes_];
        __builtin_prefetch(row + lo);
        __builtin_prefetch(row + hi - 1);
        dense_rows[dense++] = row + lo;
      }
    }
    for (size_t k = 0; k < dense; ++k) AddRow(dense_rows[k], hi - lo, scores + lo);
    for (size_t k = 0; k < sparse; ++k) {
      ForEntriesInRange(lists[k], ulo, uhi, [&](uint32_t cls, int32_t q) {
        scores[cls] += static_cast<float>(q) * scale_;
      });
    }
  }
}

void LinearModel::AccumulateTailRange(const uint32_t* rows, size_t count, int lo, int hi,
                                      float* scores) const {
  // Exact integer sums in units of scale_ (tail weights are the entries shifted right by
  // tail_shift_), so the result does not depend on the order of the rows.
  const uint32_t ulo = static_cast<uint32_t>(lo), uhi = static_cast<uint32_t>(hi);
  const int16_t* base = tail_.data() + (lo - head_classes_);
  constexpr size_t kBatch = 64;
  const int16_t* tail_rows[kBatch];
  const EntryWord* lists[kBatch];
  int32_t tail_sum[kTailRange];
  int64_t total[kTailRange] = {};
  for (size_t begin = 0; begin < count; begin += kBatch) {
    const size_t end = std::min(begin + kBatch, count);
    size_t dense = 0, sparse = 0;
    for (size_t i = begin; i < end; ++i) {
      if (rows[i] <= unknown_row_) {  // a dense row: its tail row has the same number
        tail_rows[dense] = base + rows[i] * tail_stride_;
        __builtin_prefetch(tail_rows[dense++]);
        continue;
      }
      const EntryWord* list = RelationsOfRow(rows[i]);
      if (list == nullptr) {
        list = &entries_[EntryOffsetOfRow(rows[i])];
        __builtin_prefetch(list);
      }
      lists[sparse++] = list;
    }
    SumTailRows(tail_rows, dense, tail_sum);
    for (int c = 0; c < hi - lo; ++c) total[c] += static_cast<int64_t>(tail_sum[c]) << tail_shift_;
    for (size_t k = 0; k < sparse; ++k) {
      ForEntriesInRange(lists[k], ulo, uhi, [&](uint32_t cls, int32_t q) { total[cls - ulo] += q; });
    }
  }
  for (int c = lo; c < hi; ++c) scores[c] += static_cast<float>(total[c - lo]) * scale_;
}

void LinearModel::BuildTail() {
  tail_.clear();
  tail_stride_ = 0;
  const size_t rows = dense_offsets_.size();
  const int width = num_classes_ - head_classes_;
  if (rows == 0 || width <= 0) return;
  const uint32_t first = static_cast<uint32_t>(head_classes_);
  auto each_tail_entry = [&](auto&& fn) {
    for (size_t r = 0; r < rows; ++r) {
      for (const uint32_t* e = &entries_[dense_offsets_[r]];; ++e) {
        const uint32_t cls = (*e >> kWeightBits) & 0xff;
        if (cls >= first) fn(r, cls - first, DecodeWeight(*e));
        if (*e & kLastBit) break;
      }
    }
  };
  int32_t max_q = 0;
  each_tail_entry([&](size_t, uint32_t, int32_t q) { max_q = std::max(max_q, std::abs(q)); });
  const Narrowing narrow(max_q);
  tail_shift_ = narrow.shift;
  // Rows of whole cache lines; padding: AccumulateRange reads kTailRange weights from a
  // range's start.
  tail_stride_ = (static_cast<size_t>(width) + 31) / 32 * 32;
  // One more row, all zeros: the unknown features' (EnableHead).
  tail_.assign((rows + 1) * tail_stride_ + kTailRange, 0);
  each_tail_entry([&](size_t r, uint32_t c, int32_t q) {
    tail_[r * tail_stride_ + c] = narrow(q);
  });
}

size_t LinearModel::EntryCount(uint32_t offset) const {
  size_t n = 1;
  while (!(entries_[offset + n - 1] & kLastBit)) ++n;
  return n;
}

uint32_t LinearModel::EntryOffsetOfRow(uint32_t row) const {
  uint32_t offset;
  std::memcpy(&offset, &head_[row * record_], 4);
  return offset;
}

uint32_t LinearModel::EntryOffset(uint64_t slot) const {
  uint32_t offset = static_cast<uint32_t>(slot);
  if (record_ > 0) offset = EntryOffsetOfRow(offset);  // a head row
  return offset & kDenseBit ? dense_offsets_[offset & ~kDenseBit] : offset;
}

void LinearModel::Densify(bool float_rows) {
  dense_.clear();
  dense_offsets_.clear();
  dense_marked_ = true;
  // The long runs of entries become dense rows in entry order (the order training first
  // saw the features, so the rows of frequent features are near each other), found in
  // one sequential pass instead of a random access per slot.
  const EntryRanks long_runs(entries_, kDenseMinEntries);
  const size_t rows = long_runs.count();
  if (float_rows) dense_.assign(rows * num_classes_, 0.0f);
  dense_offsets_.assign(rows, 0);
  for (uint64_t& slot : slots_) {
    const uint32_t offset = static_cast<uint32_t>(slot);
    if (slot == 0 || !long_runs.marked(offset)) continue;
    const uint32_t row = long_runs.Of(offset);
    if (float_rows) Accumulate(offset, &dense_[static_cast<size_t>(row) * num_classes_]);
    slot = (slot & ~0xffffffffULL) | kDenseBit | row;
    dense_offsets_[row] = offset;
  }
}

LinearModel LinearModel::Pruned(float min_abs) const {
  // Keeps the slot layout (keys cannot be recovered from fingerprints) and rewrites the
  // entries; a feature that loses all its weights keeps one zero entry.
  LinearModel m = *this;
  m.entries_.clear();
  m.head_.clear();
  m.record_ = 0;
  for (uint64_t& slot : m.slots_) {
    if (slot == 0) continue;
    const uint32_t begin = static_cast<uint32_t>(m.entries_.size());
    for (const uint32_t* e = &entries_[EntryOffset(slot)];; ++e) {
      float w = static_cast<float>(DecodeWeight(*e)) * scale_;
      if (std::fabs(w) >= min_abs) m.entries_.push_back(*e & ~kLastBit);
      if (*e & kLastBit) break;
    }
    if (m.entries_.size() == begin) m.entries_.push_back(0);
    m.entries_.back() |= kLastBit;
    slot = (slot & ~0xffffffffULL) | begin;
  }
  m.Densify();
  if (head_classes_ > 0) m.EnableHead(head_classes_);
  return m;
}

void LinearModel::Save(BinaryWriter* w) const {
  w->Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  w->Put<uint64_t>(num_features_);
  w->Put<float>(scale_);
  std::vector<uint64_t> slots(slots_.begin(), slots_.end());
  for (uint64_t& slot : slots) {
    if (slot != 0) slot = (slot & ~0xffffffffULL) | EntryOffset(slot);
  }
  w->PutVector(slots);
  w->PutVector(entries_);
}

Status LinearModel::Load(BinaryReader* r, bool densify) {
  uint32_t classes = 0;
  uint64_t features = 0;
  if (Status st = r->Get(&classes); !st.ok()) return st;
  if (Status st = r->Get(&features); !st.ok()) return st;
  if (Status st = r->Get(&scale_); !st.ok()) return st;
  if (Status st = r->GetVector(&slots_); !st.ok()) return st;
  if (Status st = r->GetVector(&entries_); !st.ok()) return st;
  if (classes == 0 || classes > kMaxClasses || !std::has_single_bit(slots_.size()) ||
      features >= slots_.size()) {
    return Status::Corruption("bad linear model header");
  }
  size_t empty = 0;
  for (uint64_t slot : slots_) {
    if (slot == 0) ++empty;
    if (slot != 0 && static_cast<uint32_t>(slot) >= entries_.size()) {
      return Status::Corruption("linear model offset out of range");
    }
  }
  if (empty == 0) return Status::Corruption("linear model table full");
  if (!entries_.empty() && !(entries_.back() & kLastBit)) {
    return Status::Corruption("linear model entries truncated");
  }
  for (uint32_t e : entries_) {
    if (((e >> kWeightBits) & 0xff) >= classes) return Status::Corruption("bad class id");
  }
  num_classes_ = static_cast<int>(classes);
  num_features_ = features;
  mask_ = slots_.size() - 1;
  dense_.clear();
  dense_offsets_.clear();
  dense_marked_ = false;
  if (densify) Densify();
  return Status::Ok();
}

}  // namespace parley::syntax
