// aggregate/content_hash.h — the identity of an article's content in the store.
#ifndef PARLEY_AGGREGATE_CONTENT_HASH_H_
#define PARLEY_AGGREGATE_CONTENT_HASH_H_

#include <cstdint>
#include <string_view>

namespace parley {

// 64-bit FNV-1a of `text`, as a signed value (SQLite integers are signed). Stable across
// builds and platforms: it is written into stores and must never change.
int64_t ContentHash(std::string_view text);

}  // namespace parley

#endif  // PARLEY_AGGREGATE_CONTENT_HASH_H_
