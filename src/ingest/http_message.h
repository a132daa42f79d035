// ingest/http_message.h — the HTTP response stored in a WARC or ARC record.
//
// Splits status line and headers from the body, undoes chunked transfer encoding and
// gzip/deflate content encoding. Output never exceeds `max_body_bytes`.
#ifndef PARLEY_INGEST_HTTP_MESSAGE_H_
#define PARLEY_INGEST_HTTP_MESSAGE_H_

#include <string>
#include <string_view>

#include "parley/status.h"

namespace parley {

struct HttpResponse {
  int status = 0;            // 200, 404, ...
  std::string content_type;  // Content-Type header value, as written
  std::string body;          // decoded entity body
};

// Failures (Corruption): no status line, bad chunked encoding, undecodable gzip,
// body larger than max_body_bytes after decoding.
Result<HttpResponse> ParseHttpResponse(std::string_view message, size_t max_body_bytes);

// Undoes chunked transfer encoding; Corruption when the chunk framing is wrong.
Result<std::string> Dechunk(std::string_view body, size_t max_bytes);

// Inflates gzip or zlib/deflate data; Corruption when it is not valid.
Result<std::string> Inflate(std::string_view data, size_t max_bytes);

}  // namespace parley

#endif  // PARLEY_INGEST_HTTP_MESSAGE_H_
