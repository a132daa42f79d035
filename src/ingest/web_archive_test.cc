// Web archives: hand-written records (chunked, gzip, damaged) and every shared fixture in
// $PARLEY_SHARED/corpus/warc, each read to the end or rejected with a clear reason.
#include <gtest/gtest.h>
#include <zlib.h>

#include "ingest/http_message.h"
#include "parley/ingest.h"
#include "test_util.h"
#include "util/sha1.h"

namespace parley {
namespace {

struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> problems;
  IngestCounts counts;
};

Collected ReadAll(const std::string& path) {
  Collected c;
  InputOptions options;
  options.on_problem = [&c](const std::string& m) { c.problems.push_back(m); };
  auto reader = ArticleReader::Open({path}, options);
  Article a;
  while (reader->Next(&a)) c.articles.push_back(a);
  c.counts = reader->counts();
  return c;
}

const char kPage[] =
    "<html><head><title>Talks resume</title></head><body><nav>Home | World</nav>"
    "<article><p>Envoys from both sides met in Geneva on Monday, officials said, and agreed "
    "to meet again within a month.</p><p>The ceasefire, signed in May, has largely held.</p>"
    "</article><footer>Copyright</footer></body></html>";

std::string HttpResponse(const std::string& headers, const std::string& body) {
  return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
}

std::string WarcRecord(const std::string& type, const std::string& block,
                       const std::string& extra_headers = "") {
  return "WARC/1.0\r\nWARC-Type: " + type +
         "\r\nWARC-Target-URI: http://news.example/2021/03/04/talks\r\n" + extra_headers +
         "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = data.size();
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string Chunked(const std::string& body) {
  const size_t half = body.size() / 2;
  char hex[32];
  std::snprintf(hex, sizeof(hex), "%zx", half);
  std::string out = std::string(hex) + "\r\n" + body.substr(0, half) + "\r\n";
  std::snprintf(hex, sizeof(hex), "%zx", body.size() - half);
  return out + hex + "\r\n" + body.substr(half) + "\r\n0\r\n\r\n";
}

TEST(WebArchive, ReadsPlainChunkedAndGzipResponses) {
  const std::string page = kPage;
  const std::string plain = HttpResponse("Content-Type: text/html\r\n", page);
  const std::string chunked =
      HttpResponse("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", Chunked(page));
  const std::string gz = HttpResponse(
      "Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n", Gzip(page));
  const std::string path = testing::TempDir() + "/three.warc";
  testing::WriteFile(path, WarcRecord("warcinfo", "software: hand\r\n") +
                               WarcRecord("response", plain) + WarcRecord("request", "GET /") +
                               WarcRecord("response", chunked) + WarcRecord("response", gz));
  const Collected c = ReadAll(path);
  ASSERT_EQ(c.articles.size(), 3u) << (c.problems.empty() ? "" : c.problems[0]);
  for (const Article& a : c.articles) {
    EXPECT_NE(a.body.find("Envoys from both sides"), std::string::npos);
    EXPECT_EQ(a.body.find("Home | World"), std::string::npos);
    EXPECT_EQ(a.title, "Talks resume");
    EXPECT_EQ(a.published.ToString(), "2021-03-04");  // from the URL
    EXPECT_EQ(a.date_source, "url");
  }
  EXPECT_EQ(c.articles[0].id, "three#1");
  EXPECT_EQ(c.articles[2].id, "three#3");
  EXPECT_TRUE(c.problems.empty());
}

TEST(WebArchive, GzipPerRecordIsReadAcrossMembers) {
  const std::string rec = WarcRecord("response", HttpResponse("Content-Type: text/html\r\n", kPage));
  const std::string path = testing::TempDir() + "/members.warc.gz";
  testing::WriteFile(path, Gzip(rec) + Gzip(rec));
  EXPECT_EQ(ReadAll(path).articles.size(), 2u);
}

TEST(WebArchive, BadDigestBadChunksAndTruncationAreReported) {
  const std::string good = HttpResponse("Content-Type: text/html\r\n", kPage);
  const std::string bad_chunks =
      HttpResponse("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", "zz\r\nabc");
  const std::string path = testing::TempDir() + "/damaged.warc";
  std::string truncated = WarcRecord("response", good);
  truncated.resize(truncated.size() - 40);
  testing::WriteFile(
      path, WarcRecord("response", good, "WARC-Block-Digest: sha1:" + Sha1Base32("other") + "\r\n") +
                WarcRecord("response", good, "WARC-Block-Digest: sha1:" + Sha1Base32(good) + "\r\n") +
                WarcRecord("response", bad_chunks) + truncated);
  const Collected c = ReadAll(path);
  EXPECT_EQ(c.articles.size(), 1u);
  ASSERT_EQ(c.problems.size(), 3u);
  EXPECT_NE(c.problems[0].find("WARC-Block-Digest does not match"), std::string::npos);
  EXPECT_NE(c.problems[1].find("bad chunked encoding"), std::string::npos);
  EXPECT_NE(c.problems[2].find("truncated record"), std::string::npos);
  EXPECT_EQ(c.counts.skipped, 3u);
}

TEST(WebArchive, NotAnArchiveIsRejected) {
  const std::string path = testing::TempDir() + "/fake.warc";
  testing::WriteFile(path, "hello\nworld\n");
  const Collected c = ReadAll(path);
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].find("not a WARC or ARC file"), std::string::npos);
}

TEST(HttpMessage, DechunkRejectsBadFraming) {
  EXPECT_EQ(Dechunk("3\r\nabc\r\n0\r\n\r\n", 100).value(), "abc");
  EXPECT_FALSE(Dechunk("g\r\nabc\r\n", 100).ok());
  EXPECT_FALSE(Dechunk("10\r\nabc\r\n", 100).ok());
  EXPECT_FALSE(Dechunk("3\r\nabcdef", 100).ok());
}

// Every shared fixture: how many articles, and the reason when it is rejected.
struct Fixture {
  const char* path;
  size_t articles;
  const char* problem;  // substring of the first problem, or "" when none
};

constexpr Fixture kFixtures[] = {
    {"aut/example.warc.gz", 68, ""},
    {"resiliparse/block-sized-records.warc", 0, ""},
    {"resiliparse/block-sized-records.warc.gz", 0, ""},
    {"resiliparse/block-sized-records.warc.lz4", 0, "LZ4-compressed archives are not supported"},
    {"resiliparse/clipped.warc.gz", 0, "truncated record"},
    {"resiliparse/clueweb-quirk.warc.gz", 29, ""},
    {"resiliparse/warcfile.warc", 11, ""},
    {"resiliparse/warcfile.warc.gz", 11, ""},
    {"resiliparse/warcfile.warc.lz4", 0, "LZ4-compressed archives are not supported"},
    {"warcio/bad.arc", 0, "invalid ARC record length '-1'"},
    {"warcio/example-bad-non-chunked.warc.gz", 1, "WARC-Block-Digest does not match"},
    {"warcio/example-bad.warc.gz.bad", 1, ""},
    {"warcio/example-digest.warc", 0, ""},
    {"warcio/example-iana.org-chunked.warc", 1, ""},
    {"warcio/example-resource.warc.gz", 1, ""},
    {"warcio/example-space-in-target-uri.warc.gz", 0, ""},
    {"warcio/example-space-in-url.arc", 0, "truncated ARC record"},
    {"warcio/example-trunc.warc", 0, "WARC-Block-Digest does not match"},
    {"warcio/example-wget-bad-target-uri.warc.gz", 1, ""},
    {"warcio/example-wrong-chunks.warc.gz", 0, "WARC-Block-Digest does not match"},
    {"warcio/example.arc", 1, ""},
    {"warcio/example.arc.gz", 1, ""},
    {"warcio/example.warc", 1, ""},
    {"warcio/example.warc.gz", 1, ""},
    {"warcio/post-test.warc.gz", 0, ""},
    {"whirlwind.warc.gz", 1, ""},
    {"whirlwind.warc.wat.gz", 0, ""},
    {"whirlwind.warc.wet.gz", 1, ""},
};

class SharedWarcFixture : public ::testing::TestWithParam<Fixture> {};

TEST_P(SharedWarcFixture, IsReadOrRejectedWithAReason) {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "set PARLEY_SHARED to run";
  const Fixture& f = GetParam();
  const Collected c = ReadAll(shared + "/corpus/warc/" + f.path);
  EXPECT_EQ(c.articles.size(), f.articles);
  if (*f.problem == '\0') {
    EXPECT_TRUE(c.problems.empty()) << c.problems[0];
  } else {
    ASSERT_FALSE(c.problems.empty());
    EXPECT_NE(c.problems[0].find(f.problem), std::string::npos) << c.problems[0];
  }
  for (const Article& a : c.articles) EXPECT_FALSE(a.body.empty()) << a.id;
}

std::string FixtureName(const ::testing::TestParamInfo<Fixture>& info) {
  std::string name;
  for (const char* p = info.param.path; *p; ++p) name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, SharedWarcFixture, ::testing::ValuesIn(kFixtures), FixtureName);

}  // namespace
}  // namespace parley
