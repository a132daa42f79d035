// standalone_driver — runs a libFuzzer-style target without libFuzzer.
//
//   fuzz_NAME [--seconds N] [--seed S] FILE_OR_FOLDER...
//
// Replays every seed (files, folders, and the target's own FuzzSeeds() if it defines
// them), then mutates random seeds (bit flips, byte insertions and
// deletions, splices of two seeds, truncation, repetition) for N seconds (default 3) with
// a fixed seed, so a failure can be replayed. The target must never crash or hang; a
// sanitizer build turns memory errors into crashes. Prints the number of inputs run.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
// A target may supply seed inputs in its own words (weak: seeds may also come from files).
std::vector<std::string> FuzzSeeds() __attribute__((weak));

namespace {

std::vector<std::string> LoadSeeds(const std::vector<std::string>& paths) {
  std::vector<std::string> seeds;
  for (const auto& p : paths) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(p)) {
      for (const auto& e : std::filesystem::directory_iterator(p)) files.push_back(e.path());
    } else {
      files.emplace_back(p);
    }
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      seeds.push_back(ss.str());
    }
  }
  if (FuzzSeeds) {
    for (auto& s : FuzzSeeds()) seeds.push_back(std::move(s));
  }
  if (seeds.empty()) seeds.emplace_back();
  return seeds;
}

std::string Mutate(const std::vector<std::string>& seeds, std::mt19937_64& rng) {
  std::string s = seeds[rng() % seeds.size()];
  const int steps = 1 + static_cast<int>(rng() % 8);
  for (int i = 0; i < steps; ++i) {
    const size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 7) {
      case 0: if (!s.empty()) s[pos % s.size()] ^= static_cast<char>(1u << (rng() % 8)); break;
      case 1: s.insert(pos, 1, static_cast<char>(rng() % 256)); break;
      case 2: if (!s.empty()) s.erase(pos % s.size(), 1 + rng() % 16); break;
      case 3: s = s.substr(0, pos); break;
      case 4: { const std::string& o = seeds[rng() % seeds.size()];
                s.insert(pos, o.substr(0, rng() % (o.size() + 1))); break; }
      case 5: if (!s.empty() && s.size() < (1u << 16)) s += s.substr(pos % s.size()); break;
      case 6: s.insert(pos, std::string(1 + rng() % 64, "<>/\"'=-\r\n 0123456789{}[]:,"[rng() % 25]));
              break;
    }
  }
  return s;
}

void RunOne(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 3;
  uint64_t seed = 20261123;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--seconds" && i + 1 < argc) seconds = std::atof(argv[++i]);
    else if (a == "--seed" && i + 1 < argc) seed = std::strtoull(argv[++i], nullptr, 10);
    else paths.push_back(a);
  }
  const std::vector<std::string> seeds = LoadSeeds(paths);
  for (const auto& s : seeds) RunOne(s);
  std::mt19937_64 rng(seed);
  const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  uint64_t runs = seeds.size();
  while (std::chrono::steady_clock::now() < end) {
    RunOne(Mutate(seeds, rng));
    ++runs;
  }
  std::printf("%llu inputs, no crash\n", static_cast<unsigned long long>(runs));
  return 0;
}
