// Standalone fuzz driver: runs a libFuzzer-style target (LLVMFuzzerTestOneInput) on
// seed inputs and on random mutations of them for a fixed time, with a fixed seed so a
// failure can be replayed. Used where libFuzzer is not available, and in ctest.
//
//   fuzz_X [--seconds N] [--seed S] [FILE...]   (files are extra seed inputs)
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
// Each target supplies a few seed inputs in its own words.
std::vector<std::string> FuzzSeeds();

namespace {

std::string Mutate(const std::string& in, const std::vector<std::string>& pool, std::mt19937& rng) {
  std::string s = in;
  const int edits = 1 + rng() % 8;
  for (int e = 0; e < edits; ++e) {
    const size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 6) {
      case 0: if (!s.empty() && pos < s.size()) s[pos] = static_cast<char>(rng()); break;
      case 1: s.insert(pos, 1, static_cast<char>(rng())); break;
      case 2: if (pos < s.size()) s.erase(pos, 1 + rng() % 16); break;
      case 3: {  // splice a piece of another input
        const std::string& o = pool[rng() % pool.size()];
        if (!o.empty()) {
          const size_t a = rng() % o.size();
          s.insert(pos, o.substr(a, 1 + rng() % 64));
        }
        break;
      }
      case 4: if (!s.empty()) { const size_t a = rng() % s.size(); s.insert(pos, s.substr(a, 1 + rng() % 32)); } break;
      case 5: s.insert(pos, std::string(1 + rng() % 64, "<>/\"'=-\r\n 0123456789"[rng() % 21])); break;
    }
  }
  if (s.size() > (1u << 16)) s.resize(1u << 16);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 3;
  unsigned seed = 1;
  std::vector<std::string> pool = FuzzSeeds();
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--seconds" && i + 1 < argc) seconds = std::atof(argv[++i]);
    else if (a == "--seed" && i + 1 < argc) seed = static_cast<unsigned>(std::atoi(argv[++i]));
    else {
      std::ifstream f(a, std::ios::binary);
      std::stringstream ss;
      ss << f.rdbuf();
      pool.push_back(ss.str());
    }
  }
  pool.push_back("");
  std::mt19937 rng(seed);
  uint64_t runs = 0;
  const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  for (const std::string& s : pool) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(s.data()), s.size());
    ++runs;
  }
  while (std::chrono::steady_clock::now() < end) {
    std::string s = Mutate(pool[rng() % pool.size()], pool, rng);
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(s.data()), s.size());
    if (++runs % 64 == 0 && pool.size() < 256) pool.push_back(std::move(s));
  }
  std::printf("%llu inputs, no crash\n", static_cast<unsigned long long>(runs));
  return 0;
}
