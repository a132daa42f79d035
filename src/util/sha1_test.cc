#include "util/sha1.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(Sha1, KnownDigestsInBase32) {
  // SHA-1("") = da39a3ee5e6b4b0d3255bfef95601890afd80709.
  EXPECT_EQ(Sha1Base32(""), "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
  // SHA-1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d.
  EXPECT_EQ(Sha1Base32("abc"), "VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5");
}

TEST(Sha1, IncrementalEqualsOneShot) {
  std::string big(1000, 'x');
  Sha1 a;
  for (char c : big) a.Update(std::string_view(&c, 1));
  Sha1 b;
  b.Update(big);
  EXPECT_EQ(a.Finish(), b.Finish());
}

}  // namespace
}  // namespace parley
