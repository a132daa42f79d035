#include <cstring>

#include "parley/doc.h"

namespace parley {

namespace {
constexpr size_t kBlockSize = 16 * 1024;
}

std::string_view Doc::Intern(std::string_view text) {
  if (text.empty()) return {};
  while (block_ < blocks_.size() && used_ + text.size() > block_sizes_[block_]) {
    ++block_;
    used_ = 0;
  }
  if (block_ == blocks_.size()) {
    size_t size = text.size() > kBlockSize ? text.size() : kBlockSize;
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    block_sizes_.push_back(size);
    used_ = 0;
  }
  char* dst = blocks_[block_].get() + used_;
  std::memcpy(dst, text.data(), text.size());
  used_ += text.size();
  return {dst, text.size()};
}

void Doc::Clear() {
  article = nullptr;
  tokens.clear();
  sentences.clear();
  block_ = 0;
  used_ = 0;
}

std::string_view Doc::SentenceText(const Sentence& s) const {
  if (article == nullptr) return {};
  return std::string_view(article->body).substr(s.start, s.end - s.start);
}

}  // namespace parley
