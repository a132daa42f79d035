#include "ingest/html_blocks.h"

#include <algorithm>

#include "ingest/html_boilerplate.h"
#include "ingest/html_dom.h"

namespace parley::html {

namespace {

class BlockBuilder {
 public:
  explicit BlockBuilder(Strictness strictness) : strictness_(strictness) {}

  std::vector<TextBlock> Run(const GumboNode* root) {
    stack_.push_back({root, 0});
    if (IsElement(root)) Enter(root);
    while (!stack_.empty()) Step();
    Flush();
    return std::move(blocks_);
  }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };

  void Step() {
    Frame& f = stack_.back();
    const GumboVector& kids = ChildrenOf(f.node);
    if (f.next_child >= kids.length) {
      const GumboNode* done = f.node;
      stack_.pop_back();
      if (IsElement(done)) Exit(done);
      return;
    }
    const auto* child = static_cast<const GumboNode*>(kids.data[f.next_child++]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      AddText(child->v.text.text);
    } else if (IsElement(child) && ClassifyNode(child, strictness_) == NodeRole::kContent) {
      stack_.push_back({child, 0});
      Enter(child);
    }
  }

  void Enter(const GumboNode* n) {
    const GumboTag tag = TagOf(n);
    if (tag == GUMBO_TAG_A) ++in_link_;
    if (IsBlockTag(tag)) {
      Flush();
      owners_.push_back(n);
    }
  }

  void Exit(const GumboNode* n) {
    const GumboTag tag = TagOf(n);
    if (tag == GUMBO_TAG_A && in_link_ > 0) --in_link_;
    if (IsBlockTag(tag)) {
      Flush();
      if (!owners_.empty()) owners_.pop_back();
    }
  }

  void AddText(std::string_view text) {
    const size_t before = current_.text.size();
    AppendCollapsed(text, &current_.text);
    const size_t added = current_.text.size() - before;
    if (in_link_ > 0) current_.link_chars += static_cast<uint32_t>(added);
  }

  void Flush() {
    std::string& t = current_.text;
    while (!t.empty() && t.back() == ' ') t.pop_back();
    const size_t lead = t.find_first_not_of(' ');
    if (lead != std::string::npos) {
      t.erase(0, lead);
      current_.owner = owners_.empty() ? nullptr : owners_.back();
      current_.link_chars = std::min<uint32_t>(current_.link_chars, t.size());
      current_.commas = static_cast<uint32_t>(std::count(t.begin(), t.end(), ','));
      blocks_.push_back(std::move(current_));
    }
    current_ = TextBlock();
  }

  Strictness strictness_;
  std::vector<Frame> stack_;
  std::vector<const GumboNode*> owners_;
  int in_link_ = 0;
  TextBlock current_;
  std::vector<TextBlock> blocks_;
};

}  // namespace

std::vector<TextBlock> BuildBlocks(const GumboNode* root, Strictness strictness) {
  return BlockBuilder(strictness).Run(root);
}

}  // namespace parley::html
