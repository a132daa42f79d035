// analyze/syntax/arc_eager.h — the arc-eager transition system with the root at the end.
//
// Words are 0..n-1 and the artificial root is word n, the last item of the buffer; it
// is never shifted, so a sentence is finished when the buffer holds only the root and
// the stack is empty. Every word ends with a head, and a run takes exactly 2n
// transitions. Actions are numbered SHIFT, REDUCE, LEFT(label), RIGHT(label).
// The state also tracks what the feature templates need: children and label sets.
#ifndef PARLEY_ANALYZE_SYNTAX_ARC_EAGER_H_
#define PARLEY_ANALYZE_SYNTAX_ARC_EAGER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parley::syntax {

enum class Move : uint8_t { kShift = 0, kReduce, kLeft, kRight };

// Action ids: 0 SHIFT, 1 REDUCE, 2+l LEFT(l), 2+L+l RIGHT(l) for L labels.
struct ActionCodec {
  int labels;
  int count() const { return 2 + 2 * labels; }
  Move MoveOf(int action) const {
    if (action < 2) return static_cast<Move>(action);
    return action < 2 + labels ? Move::kLeft : Move::kRight;
  }
  int LabelOf(int action) const { return action < 2 ? 0 : (action - 2) % labels; }
  int Left(int label) const { return 2 + label; }
  int Right(int label) const { return 2 + labels + label; }
};

class ArcEagerState {
 public:
  // Resets to the initial state for n words (reusing capacity).
  void Init(int n);

  bool Terminal() const { return stack_.empty() && buffer_ == n_; }
  bool CanShift() const { return buffer_ < n_; }
  bool CanReduce() const { return !stack_.empty() && words_[Top()].head >= 0; }
  bool CanLeft() const { return !stack_.empty() && words_[Top()].head < 0; }
  bool CanRight() const { return !stack_.empty() && buffer_ < n_; }
  bool Can(Move m) const;

  // REQUIRES: Can(m).
  void Apply(Move m, int label);

  int n() const { return n_; }
  int Top() const { return stack_.back(); }
  // The i-th item from the top of the stack (0 = top), or -1.
  int Stack(int i) const {
    const int size = static_cast<int>(stack_.size());
    return i < size ? stack_[size - 1 - i] : -1;
  }
  const std::vector<int>& stack() const { return stack_; }
  // The i-th buffer item (0 = front), or -1 past the root.
  int Buffer(int i) const { return buffer_ + i <= n_ ? buffer_ + i : -1; }
  int head(int w) const { return words_[w].head; }  // -1 = none yet; n = root
  int label(int w) const { return words_[w].label; }
  int LeftChild(int w, int k) const { return k == 0 ? words_[w].left1 : words_[w].left2; }
  int RightChild(int w, int k) const { return k == 0 ? words_[w].right1 : words_[w].right2; }
  int LeftCount(int w) const { return words_[w].left_count; }
  int RightCount(int w) const { return words_[w].right_count; }
  uint64_t LeftLabels(int w) const { return words_[w].left_labels; }
  uint64_t RightLabels(int w) const { return words_[w].right_labels; }

 private:
  void AddArc(int head, int dep, int label);

  int n_ = 0;
  int buffer_ = 0;
  // What the parse says about each word (n + 1 of them, the root last), in one array so
  // that copying a state (a beam does for every item at every step) is one block copy.
  struct Word {
    int32_t head = -1, label = 0;
    int32_t left1 = -1, left2 = -1, right1 = -1, right2 = -1;  // nearest children first
    int32_t left_count = 0, right_count = 0;
    uint64_t left_labels = 0, right_labels = 0;  // bit l: a child with relation l
  };
  std::vector<int> stack_;
  std::vector<Word> words_;
};

// Cost of each move under the dynamic oracle of Goldberg & Nivre (2012): the number of
// gold arcs it makes unreachable. `gold_head` uses n for the root; the gold tree must be
// projective. Returns costs for SHIFT, REDUCE, LEFT, RIGHT (ignoring labels).
void MoveCosts(const ArcEagerState& s, const std::vector<int>& gold_head, int costs[4]);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_ARC_EAGER_H_
