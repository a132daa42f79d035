// analyze/syntax/feature_writer.h — appends feature hashes to a vector through a raw
// pointer, for the tagger's and the parser's feature extraction.
//
// Room for `max` features is made once and the size set when the writer goes away: a
// push_back per feature cost about 25 instructions on the parser's hot path. A
// FeatureList keeps its capacity across calls and does not zero the room it makes, so
// once warm nothing is allocated or cleared.
#ifndef PARLEY_ANALYZE_SYNTAX_FEATURE_WRITER_H_
#define PARLEY_ANALYZE_SYNTAX_FEATURE_WRITER_H_

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "analyze/syntax/huge_page_allocator.h"

namespace parley::syntax {

// The feature hashes of one configuration or word.
using FeatureList = std::vector<uint64_t, NoInitAllocator<uint64_t>>;

class FeatureWriter {
 public:
  // REQUIRES: at most `max` features are written.
  FeatureWriter(FeatureList* out, size_t max) : out_(out), begin_(out->size()) {
    out->resize(begin_ + max);
    first_ = at_ = out->data() + begin_;
    end_ = first_ + max;
  }
  ~FeatureWriter() { out_->resize(begin_ + static_cast<size_t>(at_ - first_)); }
  FeatureWriter(const FeatureWriter&) = delete;
  FeatureWriter& operator=(const FeatureWriter&) = delete;

  // A pointer, not a count: a count is an unsigned long that every uint64_t store might
  // change, so the compiler kept it in memory.
  void operator()(uint64_t feature) {
    assert(at_ < end_);
    *at_++ = feature;
  }

 private:
  FeatureList* out_;
  size_t begin_;
  uint64_t* first_;
  uint64_t* at_;
  uint64_t* end_;
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_FEATURE_WRITER_H_
