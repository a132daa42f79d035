// HTML extraction on hand-written pages: furniture removed, metadata found.
#include "ingest/html_extract.h"

#include <gtest/gtest.h>

#include "ingest/charset.h"
#include "ingest/html_metadata.h"

namespace parley {
namespace {

const char kStory[] = R"(<!doctype html><html><head>
<title>Port reopens after strike | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<meta name="author" content="A. Writer">
<meta property="article:published_time" content="2022-08-14T09:30:00Z">
</head><body>
<header class="site-header"><a href="/">Daily Example</a> <a href="/world">World</a></header>
<nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li></ul></nav>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<main><article class="story">
<h1>Port reopens after strike</h1>
<p>Dock workers returned to the port on Sunday after a three-week strike, the union said, ending a dispute that had stranded hundreds of containers.</p>
<figure><img src="x.jpg"><figcaption class="caption">Ships wait outside the harbour.</figcaption></figure>
<p>The agreement, reached late on Saturday, raises wages by eight percent over two years, according to a statement from the port authority.</p>
<div class="related-links"><h3>Related</h3><ul><li><a href="/c">Strike spreads to rail</a></li></ul></div>
<p>Shipping lines said it would take about a week to clear the backlog.</p>
</article></main>
<section id="comments"><p>Great news, finally! Posted by reader, this is a comment with words.</p></section>
<div class="cookie-notice">We use cookies to improve your experience on our site, by continuing you agree.</div>
<footer><p>Copyright 2022 Daily Example. All rights reserved, everywhere, always.</p></footer>
</body></html>)";

TEST(HtmlExtract, KeepsTheStoryAndDropsFurniture) {
  auto r = ExtractHtml(kStory, {});
  ASSERT_TRUE(r.ok());
  const std::string& t = r->text;
  EXPECT_NE(t.find("Dock workers returned"), std::string::npos);
  EXPECT_NE(t.find("eight percent"), std::string::npos);
  EXPECT_NE(t.find("clear the backlog"), std::string::npos);
  for (const char* junk : {"Politics", "Share on Facebook", "Strike spreads", "Great news",
                           "cookies", "All rights reserved", "Ships wait"}) {
    EXPECT_EQ(t.find(junk), std::string::npos) << junk;
  }
  EXPECT_EQ(r->published.ToString(), "2022-08-14");
  EXPECT_EQ(r->date_source, "meta");
  EXPECT_EQ(r->site_name, "Daily Example");
  EXPECT_EQ(r->author, "A. Writer");
}

TEST(HtmlExtract, DateSourcesInOrderOfTrust) {
  const std::string body = "<body><p>Some words of text that make a paragraph, long enough.</p></body>";
  struct Case {
    std::string head;
    std::string url;
    std::string date, source;
  } cases[] = {
      {R"(<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-02T01:36:00Z"}</script>)",
       "", "2020-12-02", "json-ld"},
      {R"(<meta itemprop="datePublished" content="2016-06-20">)", "", "2016-06-20", "meta"},
      {"", "https://x.example/news/2019/11/19/some-story", "2019-11-19", "url"},
      {"", "https://x.example/story-20230920.html", "2023-09-20", "url"},
      {"", "", "", ""},
  };
  for (const Case& c : cases) {
    HtmlOptions o;
    o.url = c.url;
    auto r = ExtractHtml("<html><head>" + c.head + "</head>" + body + "</html>", o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->published.ToString(), c.date) << c.head << c.url;
    EXPECT_EQ(r->date_source, c.source) << c.head << c.url;
  }
  auto t = ExtractHtml("<body><div class=\"byline\">By A. Reporter | 20th June 2016</div>" +
                           std::string("<p>Words of the story, as a long enough paragraph here.</p></body>"),
                       {});
  EXPECT_EQ(t->published.ToString(), "2016-06-20");
  EXPECT_EQ(t->date_source, "byline");
  auto tm = ExtractHtml("<body><time datetime=\"2023-09-20T02:35\">Sept 20</time><p>x</p></body>", {});
  EXPECT_EQ(tm->date_source, "time");
}

TEST(HtmlExtract, DeepNestingIsRefusedNotCrashed) {
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  auto r = ExtractHtml(deep + "text", {});
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kUnsupported);
  std::string paragraphs;
  for (int i = 0; i < 20000; ++i) paragraphs += "<p>para";  // implicitly closed: fine
  EXPECT_TRUE(ExtractHtml(paragraphs, {}).ok());
}

TEST(Charset, DeclaredAndSniffed) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=ISO-8859-1"), "iso-8859-1");
  EXPECT_EQ(CharsetFromMeta("<head><meta charset=\"windows-1251\"></head>"), "windows-1251");
  std::string out;
  EXPECT_EQ(ToUtf8("caf\xE9", "", &out), "windows-1252");
  EXPECT_EQ(out, "caf\xC3\xA9");
  EXPECT_EQ(ToUtf8("\xEF\xF0\xE8", "windows-1251", &out), "windows-1251");
  EXPECT_EQ(out, "\xD0\xBF\xD1\x80\xD0\xB8");  // "при"
}

}  // namespace
}  // namespace parley
