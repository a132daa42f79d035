// analyze/syntax/huge_page_allocator.h — allocators for the syntax models' tables and
// scratch space. HugePageAllocator, for big, randomly accessed model tables: blocks of
// 2 MB or more are 2 MB-aligned and marked MADV_HUGEPAGE, so lookups do not miss the TLB
// on every access (Linux transparent huge pages in "madvise" mode). CacheLineAllocator
// for tables of 64-byte rows; NoInitAllocator for scratch vectors that need no zeroing.
#ifndef PARLEY_ANALYZE_SYNTAX_HUGE_PAGE_ALLOCATOR_H_
#define PARLEY_ANALYZE_SYNTAX_HUGE_PAGE_ALLOCATOR_H_

#include <sys/mman.h>

#include <cstdlib>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace parley::syntax {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: allocator rebinding

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return static_cast<T*>(::operator new(bytes));
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();  // out of memory is not an expected failure
#ifdef MADV_HUGEPAGE
    madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHugePage) {
      ::operator delete(p);
    } else {
      std::free(p);
    }
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

// An allocator whose resize() leaves new elements uninitialized, for scratch vectors of
// which every element is written before it is read (feature lists, cached rows).
template <class T>
struct NoInitAllocator : std::allocator<T> {
  template <class U>
  struct rebind {
    using other = NoInitAllocator<U>;
  };
  template <class U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

// Cache-line-aligned blocks (small pages): for tables of fixed-size rows read at random,
// so that a 64-byte row is one cache line.
template <typename T>
struct CacheLineAllocator {
  using value_type = T;
  static constexpr size_t kLine = 64;

  CacheLineAllocator() = default;
  template <typename U>
  CacheLineAllocator(const CacheLineAllocator<U>&) {}  // NOLINT: allocator rebinding

  T* allocate(size_t n) {
    const size_t rounded = (n * sizeof(T) + kLine - 1) / kLine * kLine;
    void* p = std::aligned_alloc(kLine, rounded);
    if (p == nullptr) throw std::bad_alloc();  // out of memory is not an expected failure
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t) { std::free(p); }
  template <typename U>
  bool operator==(const CacheLineAllocator<U>&) const { return true; }
};

template <typename T>
using CacheLineVector = std::vector<T, CacheLineAllocator<T>>;

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_HUGE_PAGE_ALLOCATOR_H_
