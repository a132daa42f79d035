#include "peers/petrarch/discard_list.h"

#include "peers/petrarch/py_text.h"

namespace parley::petrarch {

void DiscardList::LoadLines(const std::vector<DictLine>& lines) {
  for (const auto& line : lines) {
    std::string_view text = Strip(line.text);
    const bool story = text.starts_with('+');
    if (story) text.remove_prefix(1);
    Node* node = &root_;
    for (const auto& word : SplitWords(Upper(text))) {
      auto& slot = node->next[word];
      if (!slot) slot = std::make_unique<Node>();
      node = slot.get();
    }
    if (node == &root_) continue;
    (story ? node->story : node->sentence) = true;
  }
}

Status DiscardList::Load(const std::string& path, LoadReport* report) {
  auto lines = ReadDictLines(path);
  if (!lines.ok()) return lines.status();
  LoadLines(lines.value());
  return Status::Ok();
}

DiscardList::Verdict DiscardList::Check(const std::string& text, std::string* phrase) const {
  const Node* node = &root_;
  phrase->clear();
  for (const auto& word : SplitWords(Upper(text))) {
    if (node->story) return Verdict::kStory;
    if (node->sentence) return Verdict::kSentence;
    auto it = node->next.find(word);
    if (it != node->next.end()) {
      node = it->second.get();
      *phrase += (phrase->empty() ? "" : " ") + word;
    } else {
      node = &root_;
      phrase->clear();
    }
  }
  return Verdict::kKeep;
}

}  // namespace parley::petrarch
