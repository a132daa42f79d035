#include "ingest/http_message.h"

#include <zlib.h>

#include <cctype>
#include <cstdlib>

#include "util/strings.h"

namespace parley {

namespace {

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Next line of `s` from *pos without its line end; advances *pos past it.
std::string_view NextLine(std::string_view s, size_t* pos) {
  const size_t nl = s.find('\n', *pos);
  const size_t end = nl == std::string_view::npos ? s.size() : nl;
  std::string_view line = s.substr(*pos, end - *pos);
  *pos = nl == std::string_view::npos ? s.size() : nl + 1;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

struct Headers {
  std::string content_type;
  std::string transfer_encoding;
  std::string content_encoding;
};

void ReadHeader(std::string_view line, Headers* h) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  const std::string name = AsciiLower(TrimSpace(line.substr(0, colon)));
  const std::string_view value = TrimSpace(line.substr(colon + 1));
  if (name == "content-type") h->content_type = std::string(value);
  if (name == "transfer-encoding") h->transfer_encoding = AsciiLower(value);
  if (name == "content-encoding") h->content_encoding = AsciiLower(value);
}

int StatusCode(std::string_view status_line) {
  if (status_line.substr(0, 5) != "HTTP/") return -1;
  const size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos || sp + 4 > status_line.size()) return -1;
  int code = 0;
  for (size_t i = sp + 1; i < sp + 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(status_line[i]))) return -1;
    code = code * 10 + (status_line[i] - '0');
  }
  return code;
}

Status DecodeBody(const Headers& h, size_t max_bytes, std::string* body) {
  if (h.transfer_encoding.find("chunked") != std::string::npos) {
    Result<std::string> r = Dechunk(*body, max_bytes);
    if (!r.ok()) return r.status();
    *body = std::move(r).value();
  }
  const std::string& ce = h.content_encoding;
  if (ce.find("gzip") != std::string::npos || ce.find("deflate") != std::string::npos) {
    Result<std::string> r = Inflate(*body, max_bytes);
    // Some archives store the body already decoded but keep the header: keep the bytes.
    if (r.ok()) *body = std::move(r).value();
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> Dechunk(std::string_view body, size_t max_bytes) {
  std::string out;
  size_t pos = 0;
  for (;;) {
    const std::string_view size_line = NextLine(body, &pos);
    const std::string_view hex = TrimSpace(size_line.substr(0, size_line.find(';')));
    if (hex.empty() || hex.size() > 8) {
      return Status::Corruption("bad chunked encoding: chunk size line '" +
                                std::string(size_line.substr(0, 20)) + "'");
    }
    size_t size = 0;
    for (char c : hex) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) {
        return Status::Corruption("bad chunked encoding: chunk size '" + std::string(hex) + "'");
      }
      size = size * 16 + (std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                                                                      : (std::tolower(c) - 'a' + 10));
    }
    if (size == 0) return out;
    if (pos + size > body.size()) {
      return Status::Corruption("bad chunked encoding: chunk runs past the end of the record");
    }
    if (out.size() + size > max_bytes) return Status::Corruption("body too large");
    out.append(body.substr(pos, size));
    pos += size;
    if (body.substr(pos, 2) == "\r\n") pos += 2;
    else if (body.substr(pos, 1) == "\n") pos += 1;
    else return Status::Corruption("bad chunked encoding: no line end after a chunk");
    if (pos >= body.size()) return out;  // tolerated: last-chunk missing
  }
}

Result<std::string> Inflate(std::string_view data, size_t max_bytes) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return Status::Corruption("zlib init failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buf[1 << 15];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof(buf);
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof(buf) - zs.avail_out);
    if (out.size() > max_bytes) rc = Z_MEM_ERROR;
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;  // truncated stream
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END && out.empty()) return Status::Corruption("body is not valid gzip/deflate");
  if (rc == Z_MEM_ERROR) return Status::Corruption("body too large after decompression");
  return out;
}

Result<HttpResponse> ParseHttpResponse(std::string_view message, size_t max_body_bytes) {
  size_t pos = 0;
  HttpResponse r;
  r.status = StatusCode(NextLine(message, &pos));
  if (r.status < 0) return Status::Corruption("no HTTP status line");
  Headers h;
  for (;;) {
    if (pos >= message.size()) break;
    const std::string_view line = NextLine(message, &pos);
    if (line.empty()) break;
    ReadHeader(line, &h);
  }
  r.content_type = h.content_type;
  r.body = std::string(message.substr(pos));
  if (Status s = DecodeBody(h, max_body_bytes, &r.body); !s.ok()) return s;
  return r;
}

}  // namespace parley
