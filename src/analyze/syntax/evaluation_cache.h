// analyze/syntax/evaluation_cache.h — the beam parser's memory of what it has already
// looked up in a sentence.
//
// Beam items with different histories often reach configurations that look the same to
// the feature templates (equal StateViews, parser_features.h: a third of the
// evaluations on EWT test): their features, rows, move scores and relations are then
// equal too, so the parser extracts and looks them up once. Two thirds share at
// least the stack top and the buffer front, and with them the features of those two
// (parser_features.h), so the parser keeps a second cache of these, keyed by the pair.
// An entry is keyed by two 64-bit values (for configurations, two independent hashes of
// the view's words). Entries and their rows live until Clear(); the parser clears the
// caches for every sentence, and between two steps when one holds more than kMaxRows
// rows, so memory stays bounded on very long sentences.
#ifndef PARLEY_ANALYZE_SYNTAX_EVALUATION_CACHE_H_
#define PARLEY_ANALYZE_SYNTAX_EVALUATION_CACHE_H_

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "analyze/syntax/huge_page_allocator.h"

namespace parley::syntax {

class EvaluationCache {
 public:
  static constexpr int kMoves = 18;       // move classes scored per entry (ParserClasses)
  static constexpr size_t kMaxRows = size_t{1} << 18;  // 1 MB of rows

  struct Key {
    uint64_t a = 0, b = 0;
  };
  // Two independent hashes of a sequence of 64-bit words (a view, or features).
  static Key KeyOf(std::span<const uint64_t> words);

  void Clear();
  bool full() const { return rows_.size() > kMaxRows; }

  // The entry with this key, or -1.
  int Find(const Key& key) const;
  // Adds an entry with room for `count` rows; its sums are zero and its relations
  // unknown. REQUIRES: Find(key) < 0.
  int Add(const Key& key, size_t count);

  uint32_t* rows(int e) { return &rows_[entries_[e].row_begin]; }
  const uint32_t* rows(int e) const { return &rows_[entries_[e].row_begin]; }
  size_t row_count(int e) const { return entries_[e].row_count; }
  // The head weights of the rows, summed in LinearModel::SumHead units.
  int32_t* sums(int e) { return entries_[e].sums.data(); }
  // The relation chosen for arc class `cls` (2 .. kMoves-1), or -1 if not yet known.
  int relation(int e, int cls) const { return entries_[e].relations[cls]; }
  void set_relation(int e, int cls, int label) {
    entries_[e].relations[cls] = static_cast<int16_t>(label);
  }

 private:
  struct Entry {
    Key key;
    uint32_t row_begin = 0, row_count = 0;
    std::array<int32_t, kMoves> sums{};
    std::array<int16_t, kMoves> relations{};
  };
  void Grow();
  void Place(int e);  // puts entry e in the table (REQUIRES: a free slot)

  std::vector<Entry> entries_;
  std::vector<uint32_t, NoInitAllocator<uint32_t>> rows_;  // written by the parser
  std::vector<int32_t> table_;  // entry index + 1 per slot (0 = empty), a power of two
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_EVALUATION_CACHE_H_
