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
  bool CanReduce() const { return !stack_.empty() && head_[Top()] >= 0; }
  bool CanLeft() const { return !stack_.empty() && head_[Top()] < 0; }
  bool CanRight() const { return !stack_.empty() && buffer_ < n_; }
  bool Can(Move m) const;

  // REQUIRES: Can(m).
  void Apply(Move m, int label);

  int n() const { return n_; }
  int Top() const { return stack_.back(); }
  // The i-th item from the top of the stack (0 = top), or -1.
  int Stack(int i) const;
  const std::vector<int>& stack() const { return stack_; }
  // The i-th buffer item (0 = front), or -1 past the root.
  int Buffer(int i) const { return buffer_ + i <= n_ ? buffer_ + i : -1; }
  int head(int w) const { return head_[w]; }  // -1 = none yet; n = root
  int label(int w) const { return label_[w]; }
  int LeftChild(int w, int k) const { return k == 0 ? left1_[w] : left2_[w]; }
  int RightChild(int w, int k) const { return k == 0 ? right1_[w] : right2_[w]; }
  int LeftCount(int w) const { return left_count_[w]; }
  int RightCount(int w) const { return right_count_[w]; }
  uint64_t LeftLabels(int w) const { return left_labels_[w]; }
  uint64_t RightLabels(int w) const { return right_labels_[w]; }

 private:
  void AddArc(int head, int dep, int label);

  int n_ = 0;
  int buffer_ = 0;
  std::vector<int> stack_;
  std::vector<int> head_, label_;
  std::vector<int> left1_, left2_, right1_, right2_;
  std::vector<int> left_count_, right_count_;
  std::vector<uint64_t> left_labels_, right_labels_;
};

// Cost of each move under the dynamic oracle of Goldberg & Nivre (2012): the number of
// gold arcs it makes unreachable. `gold_head` uses n for the root; the gold tree must be
// projective. Returns costs for SHIFT, REDUCE, LEFT, RIGHT (ignoring labels).
void MoveCosts(const ArcEagerState& s, const std::vector<int>& gold_head, int costs[4]);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_ARC_EAGER_H_
