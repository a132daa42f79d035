// analyze/syntax/hash.h — 64-bit hashing for sparse features.
//
// A feature is the hash of a template id and up to three values (word hashes, tags,
// labels, distances). Word strings are hashed once per token, so models carry no
// vocabulary: a feature is identified by its 64-bit hash alone.
#ifndef PARLEY_ANALYZE_SYNTAX_HASH_H_
#define PARLEY_ANALYZE_SYNTAX_HASH_H_

#include <cstdint>
#include <string_view>

namespace parley::syntax {

// The splitmix64 finalizer: a bijective avalanche on 64 bits.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// FNV-1a over the bytes, then Mix64. Stable across platforms (models depend on it).
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return Mix64(h);
}

inline uint64_t Feature(uint32_t templ, uint64_t a) {
  return Mix64(a + 0x9e3779b97f4a7c15ULL * (templ + 1));
}
inline uint64_t Feature(uint32_t templ, uint64_t a, uint64_t b) {
  return Mix64(Feature(templ, a) ^ (b * 0xc2b2ae3d27d4eb4fULL));
}
inline uint64_t Feature(uint32_t templ, uint64_t a, uint64_t b, uint64_t c) {
  return Mix64(Feature(templ, a, b) ^ (c * 0x165667b19e3779f9ULL));
}

// The parser's features (model format v4): the template and the values, weighted by
// independent random odd constants, are summed and mixed once (Feature above mixes once
// per value). Sums of distinct small or random values weighted so do not collide in
// practice, and Mix64 is a bijection, so the hash keeps Feature's quality for a third
// of the instructions on three values.
inline uint64_t ParserFeatureHash(uint32_t templ, uint64_t a) {
  return Mix64(0x9e3779b97f4a7c15ULL * (templ + 1) + a * 0xd6e8feb86659fd93ULL);
}
inline uint64_t ParserFeatureHash(uint32_t templ, uint64_t a, uint64_t b) {
  return Mix64(0x9e3779b97f4a7c15ULL * (templ + 1) + a * 0xd6e8feb86659fd93ULL +
               b * 0xc2b2ae3d27d4eb4fULL);
}
inline uint64_t ParserFeatureHash(uint32_t templ, uint64_t a, uint64_t b, uint64_t c) {
  return Mix64(0x9e3779b97f4a7c15ULL * (templ + 1) + a * 0xd6e8feb86659fd93ULL +
               b * 0xc2b2ae3d27d4eb4fULL + c * 0x165667b19e3779f9ULL);
}

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_HASH_H_
