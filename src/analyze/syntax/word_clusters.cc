#include "analyze/syntax/word_clusters.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <ostream>

#include "analyze/syntax/binary_io.h"
#include "analyze/syntax/corpus_text.h"
#include "analyze/syntax/word_info.h"

namespace parley::syntax {

namespace {

// x log x, from a table for small counts.
class XLogX {
 public:
  XLogX() : table_(1 << 21) {
    for (size_t i = 1; i < table_.size(); ++i) table_[i] = Exact(static_cast<int64_t>(i));
  }
  double operator()(int64_t x) const {
    return x < static_cast<int64_t>(table_.size()) ? table_[x] : Exact(x);
  }

 private:
  static double Exact(int64_t x) { return x <= 0 ? 0.0 : x * std::log(static_cast<double>(x)); }
  std::vector<double> table_;
};

struct Neighbour {
  uint32_t word;
  uint32_t count;
};

// Word ids: 0..V-1 the clustered words (most frequent first), V all rarer words, V+1 the
// sentence boundary. Bigram types as adjacency lists in both directions.
struct Corpus {
  std::vector<uint64_t> hashes;  // of the clustered words
  std::vector<int64_t> counts;   // per id, V+2 entries
  std::vector<std::vector<Neighbour>> right, left;
  uint32_t words() const { return static_cast<uint32_t>(hashes.size()); }
};

std::vector<uint64_t> ChooseWords(const std::unordered_map<uint64_t, uint32_t>& counts,
                                  const ClusterOptions& options) {
  std::vector<std::pair<uint32_t, uint64_t>> by_count;
  for (const auto& [hash, n] : counts) {
    if (n >= options.min_count) by_count.emplace_back(n, hash);
  }
  std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (by_count.size() > options.max_words) by_count.resize(options.max_words);
  std::vector<uint64_t> words;
  for (const auto& entry : by_count) words.push_back(entry.second);
  return words;
}

// The bigram types of the id stream, sorted, as (first << 32 | second, count).
std::vector<std::pair<uint64_t, uint32_t>> CountBigrams(const std::vector<uint32_t>& ids) {
  std::vector<uint64_t> keys;
  keys.reserve(ids.size());
  for (size_t i = 1; i < ids.size(); ++i) {
    keys.push_back(static_cast<uint64_t>(ids[i - 1]) << 32 | ids[i]);
  }
  std::sort(keys.begin(), keys.end());
  std::vector<std::pair<uint64_t, uint32_t>> types;
  for (uint64_t key : keys) {
    if (!types.empty() && types.back().first == key) {
      ++types.back().second;
    } else {
      types.emplace_back(key, 1);
    }
  }
  return types;
}

Corpus MakeCorpus(const std::vector<uint64_t>& stream,
                  const std::unordered_map<uint64_t, uint32_t>& counts,
                  const ClusterOptions& options) {
  Corpus c;
  c.hashes = ChooseWords(counts, options);
  const uint32_t v = c.words(), rare = v, boundary = v + 1;
  std::unordered_map<uint64_t, uint32_t> id;
  for (uint32_t i = 0; i < v; ++i) id[c.hashes[i]] = i;
  std::vector<uint32_t> ids{boundary};
  ids.reserve(stream.size() + 1);
  for (uint64_t h : stream) {
    auto it = h == 0 ? id.end() : id.find(h);
    ids.push_back(h == 0 ? boundary : (it == id.end() ? rare : it->second));
  }
  c.counts.assign(v + 2, 0);
  for (uint32_t w : ids) ++c.counts[w];
  c.right.resize(v + 2);
  c.left.resize(v + 2);
  for (const auto& [key, n] : CountBigrams(ids)) {
    const uint32_t a = static_cast<uint32_t>(key >> 32), b = static_cast<uint32_t>(key);
    c.right[a].push_back({b, n});
    c.left[b].push_back({a, n});
  }
  return c;
}

// Class bigram counts of a two-sided class bigram model, with two fixed classes (rare
// words, sentence boundary) after the `classes` movable ones.
class Exchange {
 public:
  Exchange(const Corpus& corpus, int classes);
  int Pass();  // one pass over the words; returns how many moved
  const std::vector<uint32_t>& class_of() const { return class_of_; }
  const std::vector<int64_t>& matrix() const { return n_; }
  const std::vector<int64_t>& class_counts() const { return nc_; }
  int total() const { return k_; }

 private:
  int64_t& N(uint32_t a, uint32_t b) { return n_[a * k_ + b]; }
  int64_t& NT(uint32_t a, uint32_t b) { return nt_[a * k_ + b]; }
  void Gather(uint32_t w);
  void Shift(uint32_t w, uint32_t cls, int sign);
  double Gain(uint32_t w, uint32_t b);
  void Clear();

  const Corpus& corpus_;
  const uint32_t movable_;
  const uint32_t k_;
  XLogX f_;
  std::vector<uint32_t> class_of_;
  std::vector<int64_t> n_, nt_, nc_;  // n_[a*k+b]: a followed by b; nt_ transposed
  std::vector<int64_t> r_, l_;        // the moving word's right/left class counts
  std::vector<uint32_t> rt_, lt_;     // ... the classes touched
  int64_t self_ = 0;                  // the word followed by itself
};

Exchange::Exchange(const Corpus& corpus, int classes)
    : corpus_(corpus), movable_(classes), k_(classes + 2) {
  const uint32_t v = corpus.words();
  class_of_.resize(v + 2);
  for (uint32_t w = 0; w < v; ++w) class_of_[w] = w % movable_;
  class_of_[v] = movable_;
  class_of_[v + 1] = movable_ + 1;
  n_.assign(k_ * k_, 0);
  nt_.assign(k_ * k_, 0);
  nc_.assign(k_, 0);
  r_.assign(k_, 0);
  l_.assign(k_, 0);
  for (uint32_t a = 0; a < v + 2; ++a) {
    nc_[class_of_[a]] += corpus.counts[a];
    for (const Neighbour& nb : corpus.right[a]) {
      N(class_of_[a], class_of_[nb.word]) += nb.count;
      NT(class_of_[nb.word], class_of_[a]) += nb.count;
    }
  }
}

void Exchange::Gather(uint32_t w) {
  self_ = 0;
  for (const Neighbour& nb : corpus_.right[w]) {
    if (nb.word == w) {
      self_ = nb.count;
      continue;
    }
    const uint32_t c = class_of_[nb.word];
    if (r_[c] == 0) rt_.push_back(c);
    r_[c] += nb.count;
  }
  for (const Neighbour& nb : corpus_.left[w]) {
    if (nb.word == w) continue;
    const uint32_t c = class_of_[nb.word];
    if (l_[c] == 0) lt_.push_back(c);
    l_[c] += nb.count;
  }
}

void Exchange::Clear() {
  for (uint32_t c : rt_) r_[c] = 0;
  for (uint32_t c : lt_) l_[c] = 0;
  rt_.clear();
  lt_.clear();
}

// Adds (sign 1) or removes (sign -1) word w's bigrams to or from class `cls`.
void Exchange::Shift(uint32_t w, uint32_t cls, int sign) {
  for (uint32_t c : rt_) {
    N(cls, c) += sign * r_[c];
    NT(c, cls) += sign * r_[c];
  }
  for (uint32_t c : lt_) {
    N(c, cls) += sign * l_[c];
    NT(cls, c) += sign * l_[c];
  }
  N(cls, cls) += sign * self_;
  NT(cls, cls) += sign * self_;
  nc_[cls] += sign * corpus_.counts[w];
}

// The change of the log-likelihood when the (removed) word w joins class b.
double Exchange::Gain(uint32_t w, uint32_t b) {
  double d = 0;
  const int64_t* row = &n_[b * k_];
  const int64_t* col = &nt_[b * k_];
  for (uint32_t c : rt_) {
    if (c != b) d += f_(row[c] + r_[c]) - f_(row[c]);
  }
  for (uint32_t c : lt_) {
    if (c != b) d += f_(col[c] + l_[c]) - f_(col[c]);
  }
  d += f_(row[b] + r_[b] + l_[b] + self_) - f_(row[b]);
  const int64_t n = corpus_.counts[w];
  return d - 2 * (f_(nc_[b] + n) - f_(nc_[b]));
}

int Exchange::Pass() {
  int moved = 0;
  for (uint32_t w = 0; w < corpus_.words(); ++w) {
    Gather(w);
    const uint32_t from = class_of_[w];
    Shift(w, from, -1);
    uint32_t best = from;
    double best_gain = Gain(w, from);
    for (uint32_t b = 0; b < movable_; ++b) {
      if (b == from) continue;
      double gain = Gain(w, b);
      if (gain > best_gain + 1e-7) best = b, best_gain = gain;
    }
    Shift(w, best, 1);
    class_of_[w] = best;
    moved += best != from;
    Clear();
  }
  return moved;
}

// Bottom-up merging of the classes into a binary tree, always the pair whose merge
// loses the least log-likelihood; costs are updated incrementally (Brown et al. 1992).
class MergeTree {
 public:
  MergeTree(const Exchange& ex, uint32_t movable);
  void Run();
  // The path of each movable class as a heap code (1 = root), at most kClusterDepth deep.
  std::vector<uint32_t> Paths() const;

 private:
  int64_t& M(uint32_t a, uint32_t b) { return m_[a * k_ + b]; }
  double Term(uint32_t a, uint32_t b, uint32_t c);
  double Full(uint32_t a, uint32_t b);
  double& Cost(uint32_t a, uint32_t b) { return a < b ? cost_[a * k_ + b] : cost_[b * k_ + a]; }
  void Merge(uint32_t x, uint32_t y);

  const uint32_t movable_, k_;
  XLogX f_;
  std::vector<int64_t> m_, nc_;
  std::vector<double> cost_;
  std::vector<uint32_t> active_;            // movable classes not merged away
  std::vector<uint32_t> contexts_;          // active_ plus the fixed classes
  std::vector<int> node_of_;                // class -> tree node
  std::vector<std::pair<int, int>> inner_;  // node movable_+i: children
};

MergeTree::MergeTree(const Exchange& ex, uint32_t movable)
    : movable_(movable), k_(ex.total()), m_(ex.matrix()), nc_(ex.class_counts()),
      cost_(static_cast<size_t>(k_) * k_, 0.0), node_of_(k_) {
  for (uint32_t c = 0; c < movable_; ++c) {
    node_of_[c] = static_cast<int>(c);
    if (nc_[c] > 0) active_.push_back(c);
  }
}

double MergeTree::Term(uint32_t a, uint32_t b, uint32_t c) {
  const int64_t ac = M(a, c), bc = M(b, c), ca = M(c, a), cb = M(c, b);
  return f_(ac + bc) - f_(ac) - f_(bc) + f_(ca + cb) - f_(ca) - f_(cb);
}

double MergeTree::Full(uint32_t a, uint32_t b) {
  double d = 0;
  for (uint32_t c : contexts_) {
    if (c != a && c != b) d += Term(a, b, c);
  }
  const int64_t aa = M(a, a), ab = M(a, b), ba = M(b, a), bb = M(b, b);
  d += f_(aa + ab + ba + bb) - f_(aa) - f_(ab) - f_(ba) - f_(bb);
  return d - 2 * (f_(nc_[a] + nc_[b]) - f_(nc_[a]) - f_(nc_[b]));
}

void MergeTree::Merge(uint32_t x, uint32_t y) {
  for (uint32_t a : active_) {
    for (uint32_t b : active_) {
      if (a < b && a != x && a != y && b != x && b != y) {
        Cost(a, b) -= Term(a, b, x) + Term(a, b, y);
      }
    }
  }
  for (uint32_t c = 0; c < k_; ++c) M(x, c) += M(y, c), M(y, c) = 0;
  for (uint32_t c = 0; c < k_; ++c) M(c, x) += M(c, y), M(c, y) = 0;
  nc_[x] += nc_[y];
  nc_[y] = 0;
  inner_.emplace_back(node_of_[x], node_of_[y]);
  node_of_[x] = static_cast<int>(movable_ + inner_.size() - 1);
  active_.erase(std::find(active_.begin(), active_.end(), y));
  contexts_.erase(std::find(contexts_.begin(), contexts_.end(), y));
  for (uint32_t a : active_) {
    for (uint32_t b : active_) {
      if (a < b && a != x && b != x) Cost(a, b) += Term(a, b, x);
    }
  }
  for (uint32_t a : active_) {
    if (a != x) Cost(a, x) = Full(a, x);
  }
}

void MergeTree::Run() {
  contexts_ = active_;
  contexts_.push_back(movable_);
  contexts_.push_back(movable_ + 1);
  for (uint32_t a : active_) {
    for (uint32_t b : active_) {
      if (a < b) Cost(a, b) = Full(a, b);
    }
  }
  while (active_.size() > 1) {
    uint32_t x = active_[0], y = active_[1];
    for (uint32_t a : active_) {
      for (uint32_t b : active_) {
        if (a < b && Cost(a, b) > Cost(x, y)) x = a, y = b;
      }
    }
    Merge(x, y);
  }
}

std::vector<uint32_t> MergeTree::Paths() const {
  std::vector<uint32_t> paths(movable_, 0);
  if (active_.empty()) return paths;
  std::vector<std::pair<int, uint32_t>> todo{{node_of_[active_[0]], 1}};
  while (!todo.empty()) {
    auto [node, heap] = todo.back();
    todo.pop_back();
    if (node < static_cast<int>(movable_)) {
      paths[node] = heap;
      continue;
    }
    const bool deep = std::bit_width(heap) > kClusterDepth;
    const auto& [left, right] = inner_[node - movable_];
    todo.emplace_back(right, deep ? heap : heap * 2 + 1);
    todo.emplace_back(left, deep ? heap : heap * 2);
  }
  return paths;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

void ClusterBuilder::AddSentence(const std::vector<std::string_view>& tokens) {
  for (std::string_view t : tokens) {
    uint64_t h = FoldedHash(t);
    h += h == 0;
    stream_.push_back(h);
    ++counts_[h];
  }
  stream_.push_back(0);
}

WordTable ClusterBuilder::Build(const ClusterOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const Corpus corpus = MakeCorpus(stream_, counts_, options);
  const uint32_t classes = static_cast<uint32_t>(
      std::clamp<int>(options.classes, 1, std::min<int>(kMaxClusters, corpus.words() + 1)));
  if (options.log) {
    *options.log << "clusters: " << stream_.size() << " tokens, " << corpus.words()
                 << " words, " << classes << " classes (" << Seconds(start) << " s)\n";
  }
  Exchange ex(corpus, static_cast<int>(classes));
  for (int i = 0; i < options.iterations; ++i) {
    const int moved = ex.Pass();
    if (options.log) {
      *options.log << "clusters: pass " << i + 1 << ": " << moved << " words moved ("
                   << Seconds(start) << " s)\n";
    }
    if (moved <= static_cast<int>(corpus.words() / 1000)) break;
  }
  MergeTree tree(ex, classes);
  tree.Run();
  const std::vector<uint32_t> paths = tree.Paths();
  if (options.log) *options.log << "clusters: tree built (" << Seconds(start) << " s)\n";
  std::map<uint64_t, uint32_t> table;
  for (uint32_t w = 0; w < corpus.words(); ++w) {
    const uint32_t c = ex.class_of()[w];
    table[corpus.hashes[w]] = paths[c] << 11 | (c + 1);
  }
  return WordTable(table);
}

Status AddCorpusFiles(const std::vector<std::string>& files, ClusterBuilder* builder) {
  std::vector<std::string_view> tokens, sentence;
  std::vector<bool> starts;
  for (const std::string& file : files) {
    Status st = ForEachJsonlText(file, [&](std::string_view text) {
      RoughTokenize(text, &tokens, &starts);
      sentence.clear();
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (starts[i] && !sentence.empty()) {
          builder->AddSentence(sentence);
          sentence.clear();
        }
        sentence.push_back(tokens[i]);
      }
      if (!sentence.empty()) builder->AddSentence(sentence);
    });
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Status SaveWordClusters(const WordTable& clusters, const std::string& path) {
  BinaryWriter w;
  WriteHeader(&w, "CLUS", kClustersFormatVersion);
  clusters.Save(&w);
  return WriteWholeFile(path, w.bytes());
}

Result<WordTable> LoadWordClusters(const std::string& path) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  BinaryReader r(bytes.value());
  if (Status st = CheckHeader(&r, "CLUS", kClustersFormatVersion); !st.ok()) return st;
  WordTable table;
  if (Status st = table.Load(&r); !st.ok()) return st;
  if (!r.done()) return Status::Corruption("trailing bytes in word clusters");
  return table;
}

}  // namespace parley::syntax
