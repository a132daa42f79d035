#include "analyze/syntax/arc_eager.h"

namespace parley::syntax {

void ArcEagerState::Init(int n) {
  n_ = n;
  buffer_ = 0;
  stack_.clear();
  words_.assign(static_cast<size_t>(n) + 1, Word());
}

bool ArcEagerState::Can(Move m) const {
  switch (m) {
    case Move::kShift: return CanShift();
    case Move::kReduce: return CanReduce();
    case Move::kLeft: return CanLeft();
    case Move::kRight: return CanRight();
  }
  return false;
}

void ArcEagerState::AddArc(int head, int dep, int label) {
  words_[dep].head = head;
  words_[dep].label = label;
  Word& h = words_[head];
  if (dep < head) {
    // Left children arrive nearest first, so the newest is the leftmost.
    h.left2 = h.left1;
    h.left1 = dep;
    ++h.left_count;
    h.left_labels |= 1ULL << (label & 63);
  } else {
    // Right children arrive left to right, so the newest is the rightmost.
    h.right2 = h.right1;
    h.right1 = dep;
    ++h.right_count;
    h.right_labels |= 1ULL << (label & 63);
  }
}

void ArcEagerState::Apply(Move m, int label) {
  switch (m) {
    case Move::kShift:
      stack_.push_back(buffer_++);
      break;
    case Move::kReduce:
      stack_.pop_back();
      break;
    case Move::kLeft:
      AddArc(buffer_, stack_.back(), label);
      stack_.pop_back();
      break;
    case Move::kRight:
      AddArc(stack_.back(), buffer_, label);
      stack_.push_back(buffer_++);
      break;
  }
}

namespace {

// Gold dependents of `w` among buffer words b..n-1.
int DependentsInBuffer(const ArcEagerState& s, const std::vector<int>& gold, int w) {
  int count = 0;
  for (int k = s.Buffer(0); k < s.n(); ++k) count += gold[k] == w;
  return count;
}

bool InStack(const ArcEagerState& s, int w) {
  for (int k : s.stack()) {
    if (k == w) return true;
  }
  return false;
}

// Arcs between b and headless stack words, either direction, except with `except`.
int StackArcsOfBuffer(const ArcEagerState& s, const std::vector<int>& gold, int except) {
  const int b = s.Buffer(0);
  int count = 0;
  for (int k : s.stack()) {
    if (k == except) continue;
    if (gold[b] == k) ++count;
    if (gold[k] == b && s.head(k) < 0) ++count;
  }
  return count;
}

}  // namespace

void MoveCosts(const ArcEagerState& s, const std::vector<int>& gold, int costs[4]) {
  const int b = s.Buffer(0);
  const int top = s.stack().empty() ? -1 : s.Top();
  costs[0] = costs[1] = costs[2] = costs[3] = 0;
  if (s.CanShift()) costs[0] = StackArcsOfBuffer(s, gold, -1);
  if (top < 0) return;
  costs[1] = DependentsInBuffer(s, gold, top);
  costs[2] = costs[1] + (gold[top] != b && gold[top] >= b ? 1 : 0);
  if (!s.CanRight()) return;
  // RIGHT: b takes `top` as head, loses other heads in the stack or buffer, and its
  // headless dependents in the stack (including `top` itself).
  int head_lost = gold[b] != top && (gold[b] > b || InStack(s, gold[b])) ? 1 : 0;
  int deps_lost = 0;
  for (int k : s.stack()) deps_lost += gold[k] == b && s.head(k) < 0;
  costs[3] = head_lost + deps_lost;
}

}  // namespace parley::syntax
