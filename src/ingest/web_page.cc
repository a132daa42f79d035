#include "ingest/web_page.h"

#include <cctype>

#include "ingest/charset.h"
#include "ingest/html_extract.h"
#include "ingest/http_message.h"
#include "util/utf8.h"

#include "util/strings.h"

namespace parley {

namespace {

bool IsHtmlType(std::string_view content_type) {
  const std::string t = AsciiLower(content_type);
  return t.find("text/html") != std::string::npos ||
         t.find("application/xhtml") != std::string::npos;
}

// A body with no declared type is taken for HTML when it starts like a page.
bool LooksLikeHtml(std::string_view body) {
  const std::string head = AsciiLower(body.substr(0, 1024));
  return head.find("<!doctype html") != std::string::npos ||
         head.find("<html") != std::string::npos || head.find("<head") != std::string::npos;
}

bool IsPageRecord(std::string_view type) {
  return type == "response" || type == "resource" || type == "arc";
}

}  // namespace

Result<WebArticle> ArticleFromHtml(std::string_view bytes, std::string_view content_type,
                                   std::string_view url) {
  std::string utf8;
  ToUtf8(bytes, CharsetFromContentType(content_type), &utf8);
  HtmlOptions options;
  options.url = url;
  Result<HtmlPage> page = ExtractHtml(utf8, options);
  if (!page.ok()) return page.status();
  if (page->text.empty()) return Status::NotFound("no article text found in the page");
  WebArticle w;
  Article& a = w.article;
  a.url = std::move(page->url);
  a.title = std::move(page->title);
  a.source = std::move(page->site_name);
  a.published = page->published;
  a.body = std::move(page->text);
  w.date_source = std::move(page->date_source);
  return w;
}

// WET files hold text already extracted from pages, in "conversion" records.
Result<WebArticle> ArticleFromConversion(const ArchiveRecord& record) {
  if (AsciiLower(record.content_type).find("text/plain") == std::string::npos) {
    return Status::NotFound("not text");
  }
  WebArticle w;
  w.article.url = record.url;
  w.article.body = record.block;
  NormalizeText(&w.article.body);
  if (w.article.body.find_first_not_of(" \n\t") == std::string::npos) {
    return Status::NotFound("empty text");
  }
  return w;
}

Result<WebArticle> ArticleFromRecord(const ArchiveRecord& record, size_t max_bytes) {
  if (record.type == "conversion") return ArticleFromConversion(record);
  if (!IsPageRecord(record.type)) return Status::NotFound("not a response record");
  std::string_view body = record.block;
  std::string content_type = record.content_type;
  HttpResponse http;
  const bool is_http = record.type == "arc" ||
                       AsciiLower(record.content_type).find("application/http") != std::string::npos;
  if (is_http) {
    Result<HttpResponse> r = ParseHttpResponse(record.block, max_bytes);
    if (!r.ok()) return r.status();
    http = std::move(r).value();
    if (http.status < 200 || http.status >= 300) {
      return Status::NotFound("HTTP status " + std::to_string(http.status));
    }
    body = http.body;
    content_type = http.content_type;
  }
  if (!IsHtmlType(content_type) && !(content_type.empty() && LooksLikeHtml(body))) {
    return Status::NotFound("not HTML");
  }
  Result<WebArticle> w = ArticleFromHtml(body, content_type, record.url);
  if (w.ok() && w->article.url.empty()) w->article.url = record.url;
  return w;
}

}  // namespace parley
