// analyze/syntax/feature_writer.h — appends feature hashes to a vector through a raw
// pointer, for the tagger's and the parser's feature extraction.
//
// Room for `max` features is made once and the size set when the writer goes away: a
// push_back per feature cost about 25 instructions on the parser's hot path. The vector
// keeps its capacity across calls, so once warm nothing is allocated.
#ifndef PARLEY_ANALYZE_SYNTAX_FEATURE_WRITER_H_
#define PARLEY_ANALYZE_SYNTAX_FEATURE_WRITER_H_

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace parley::syntax {

class FeatureWriter {
 public:
  // REQUIRES: at most `max` features are written.
  FeatureWriter(std::vector<uint64_t>* out, size_t max)
      : out_(out), begin_(out->size()), max_(max) {
    out->resize(begin_ + max);
    at_ = out->data() + begin_;
  }
  ~FeatureWriter() { out_->resize(begin_ + n_); }
  FeatureWriter(const FeatureWriter&) = delete;
  FeatureWriter& operator=(const FeatureWriter&) = delete;

  void operator()(uint64_t feature) {
    assert(n_ < max_);
    at_[n_++] = feature;
  }

 private:
  std::vector<uint64_t>* out_;
  uint64_t* at_;
  size_t begin_, max_, n_ = 0;
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_FEATURE_WRITER_H_
