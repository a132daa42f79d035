// util/sha1.h — SHA-1 digests, for checking WARC-Block-Digest values.
//
// SHA-1 is used only to detect damaged records, never for security.
#ifndef PARLEY_UTIL_SHA1_H_
#define PARLEY_UTIL_SHA1_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

// Incremental SHA-1 (FIPS 180-4).
class Sha1 {
 public:
  Sha1();
  void Update(std::string_view data);
  std::array<uint8_t, 20> Finish();

 private:
  void Block(const uint8_t* p);
  uint32_t h_[5];
  uint8_t buf_[64];
  size_t buf_len_ = 0;
  uint64_t total_ = 0;
};

// RFC 4648 base32 (upper case, no padding needed for 20 bytes) of SHA-1(data), the form
// WARC files write after "sha1:".
std::string Sha1Base32(std::string_view data);

}  // namespace parley

#endif  // PARLEY_UTIL_SHA1_H_
