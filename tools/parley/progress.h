// tools/parley/progress.h — a one-line progress display on a terminal (stderr).
#ifndef PARLEY_TOOLS_PROGRESS_H_
#define PARLEY_TOOLS_PROGRESS_H_

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace parley::cli {

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && isatty(2)) {}
  // Redraws at most five times a second.
  void Update(uint64_t articles, uint64_t events) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const int spin = static_cast<int>(secs * 5) % 20;
    char bar[21];
    for (int i = 0; i < 20; ++i) bar[i] = (i == spin) ? '#' : '.';
    bar[20] = '\0';
    std::fprintf(stderr, "\r[%s] %llu articles, %llu events, %.0f articles/s   ", bar,
                 static_cast<unsigned long long>(articles),
                 static_cast<unsigned long long>(events), secs > 0 ? articles / secs : 0.0);
  }
  void Done() {
    if (enabled_) std::fprintf(stderr, "\r\x1b[K");
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace parley::cli

#endif  // PARLEY_TOOLS_PROGRESS_H_
