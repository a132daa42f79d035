#include "analyze/syntax/word_signatures.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "analyze/syntax/corpus_text.h"
#include "analyze/syntax/hash.h"
#include "analyze/syntax/word_info.h"

namespace parley::syntax {

namespace {

constexpr size_t kContextWords = 250;

struct WordStats {
  uint32_t count = 0;
  uint32_t inside = 0;       // occurrences not at a sentence start
  uint32_t capitalized = 0;  // ... of which start upper-case
};

struct Best {
  double score = 0;
  uint32_t id = 0;
};

class Builder {
 public:
  Status Pass(const std::vector<std::string>& files, bool contexts);
  void ChooseContexts();
  WordTable Build() const;

 private:
  void AddSentence(const std::vector<std::string_view>& tokens, const std::vector<bool>& starts);
  void AddContexts(const std::vector<uint64_t>& hashes);
  void Offer(uint64_t word, uint32_t context, uint32_t side);

  std::unordered_map<uint64_t, WordStats> words_;
  std::unordered_map<uint64_t, uint32_t> context_id_;  // word -> 1..kContextWords
  std::vector<uint32_t> context_count_;
  std::unordered_map<uint64_t, uint32_t> pairs_;      // (word, side, context) -> count
  bool contexts_ = false;
};

uint32_t CasingBucket(const WordStats& s) {
  if (s.inside == 0) return 1;
  double share = static_cast<double>(s.capitalized) / s.inside;
  return share < 0.05 ? 2 : share < 0.3 ? 3 : share < 0.7 ? 4 : share < 0.95 ? 5 : 6;
}

uint64_t PairKey(uint64_t word, uint32_t side, uint32_t context) {
  return Feature(side, word, context);
}

Status Builder::Pass(const std::vector<std::string>& files, bool contexts) {
  contexts_ = contexts;
  std::vector<std::string_view> tokens;
  std::vector<bool> starts;
  for (const std::string& file : files) {
    Status st = ForEachJsonlText(file, [&](std::string_view text) {
      RoughTokenize(text, &tokens, &starts);
      AddSentence(tokens, starts);
    });
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

void Builder::AddSentence(const std::vector<std::string_view>& tokens,
                          const std::vector<bool>& starts) {
  std::vector<uint64_t> hashes;
  for (size_t i = 0; i < tokens.size(); ++i) {
    hashes.push_back(FoldedHash(tokens[i]));
    if (contexts_) continue;
    WordStats& s = words_[hashes.back()];
    ++s.count;
    if (starts[i]) continue;
    ++s.inside;
    s.capitalized += tokens[i][0] >= 'A' && tokens[i][0] <= 'Z';
  }
  if (contexts_) AddContexts(hashes);
}

void Builder::AddContexts(const std::vector<uint64_t>& hashes) {
  for (size_t i = 0; i < hashes.size(); ++i) {
    auto word = words_.find(hashes[i]);
    if (word == words_.end() || word->second.count < kSignatureMinCount) continue;
    if (i > 0) {
      auto left = context_id_.find(hashes[i - 1]);
      if (left != context_id_.end()) ++pairs_[PairKey(hashes[i], 0, left->second)];
    }
    if (i + 1 < hashes.size()) {
      auto right = context_id_.find(hashes[i + 1]);
      if (right != context_id_.end()) ++pairs_[PairKey(hashes[i], 1, right->second)];
    }
  }
}

void Builder::ChooseContexts() {
  std::vector<std::pair<uint32_t, uint64_t>> by_count;
  for (const auto& [hash, s] : words_) by_count.emplace_back(s.count, hash);
  std::sort(by_count.begin(), by_count.end(), std::greater<>());
  context_count_.assign(1, 0);
  for (size_t i = 0; i < by_count.size() && i < kContextWords; ++i) {
    context_id_[by_count[i].second] = static_cast<uint32_t>(i + 1);
    context_count_.push_back(by_count[i].first);
  }
}

WordTable Builder::Build() const {
  std::map<uint64_t, uint32_t> table;
  for (const auto& [hash, s] : words_) {
    if (s.count < kSignatureMinCount) continue;
    Best best[2];
    for (uint32_t side = 0; side < 2; ++side) {
      for (uint32_t c = 1; c < context_count_.size(); ++c) {
        auto it = pairs_.find(PairKey(hash, side, c));
        if (it == pairs_.end() || it->second < 2) continue;
        double score = it->second / std::sqrt(static_cast<double>(context_count_[c]));
        if (score > best[side].score) best[side] = {score, c};
      }
    }
    uint32_t freq = std::min<uint32_t>(15, static_cast<uint32_t>(std::log2(s.count)));
    table[hash] = CasingBucket(s) | (freq << 4) | (best[0].id << 8) | (best[1].id << 16);
  }
  return WordTable(table);
}

}  // namespace

Result<WordTable> BuildWordSignatures(const std::vector<std::string>& files) {
  Builder builder;
  if (Status st = builder.Pass(files, false); !st.ok()) return st;
  builder.ChooseContexts();
  if (Status st = builder.Pass(files, true); !st.ok()) return st;
  return builder.Build();
}

}  // namespace parley::syntax
