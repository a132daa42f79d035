// analyze/syntax/word_clusters.h — hierarchical word clusters learned from raw text.
//
// Koo, Carreras & Collins (2008) gave a dependency parser features on Brown-cluster bit
// paths. Here the clusters come from the exchange algorithm (Kneser & Ney 1993; Martin,
// Liermann & Ney 1998): the `classes` most useful classes of a two-sided class bigram
// model (maximum likelihood of the corpus's word bigrams), then the classes are merged
// bottom-up, always the pair that loses the least likelihood (Brown et al. 1992's merge
// criterion), into a binary tree. A word's value packs its class and its path:
//
//   bits 0-10   class id + 1 (0 = the word is not clustered)
//   bits 11-31  the path from the root as a heap code: 1, then one bit per branch
//               (0 = left), at most kClusterDepth branches
//
// Words are keyed like the signatures (FoldedHash: lower-cased, digits folded). Single
// threaded and deterministic: the same sentences give the same table.
#ifndef PARLEY_ANALYZE_SYNTAX_WORD_CLUSTERS_H_
#define PARLEY_ANALYZE_SYNTAX_WORD_CLUSTERS_H_

#include <bit>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyze/syntax/word_table.h"
#include "parley/status.h"

namespace parley::syntax {

constexpr int kClusterDepth = 20;
constexpr int kMaxClusters = 2047;

struct ClusterOptions {
  int classes = 256;           // leaves of the tree (<= kMaxClusters)
  uint32_t min_count = 10;     // rarer words are not clustered
  size_t max_words = 40000;    // the most frequent words only (table size)
  int iterations = 10;         // exchange passes at most (stops early when stable)
  std::ostream* log = nullptr;
};

// The class (0 = none) and the first `bits` branches of the path (the whole path if it
// is shorter; 0 if the word is not clustered) of a table value.
inline uint32_t ClusterClass(uint32_t value) { return value & 0x7ff; }
inline uint32_t ClusterPrefix(uint32_t value, int bits) {
  uint32_t heap = value >> 11;
  int depth = std::bit_width(heap) - 1;
  return depth <= bits ? heap : heap >> (depth - bits);
}

// Collects the token stream; Build clusters it.
class ClusterBuilder {
 public:
  void AddSentence(const std::vector<std::string_view>& tokens);
  WordTable Build(const ClusterOptions& options);

 private:
  std::vector<uint64_t> stream_;  // FoldedHash of each token; 0 ends a sentence
  std::unordered_map<uint64_t, uint32_t> counts_;
};

// Adds the sentences of the JSONL(.gz) files (a "text" field per line; corpus_text.h).
Status AddCorpusFiles(const std::vector<std::string>& files, ClusterBuilder* builder);

// clusters.bin (kind "CLUS"): the word table only.
constexpr uint32_t kClustersFormatVersion = 1;
Status SaveWordClusters(const WordTable& clusters, const std::string& path);
Result<WordTable> LoadWordClusters(const std::string& path);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_WORD_CLUSTERS_H_
