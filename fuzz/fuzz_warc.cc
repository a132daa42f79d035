// Fuzz target: WARC/ARC record reading and HTTP decoding (through a temporary file,
// since archives are read from paths).
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "ingest/http_message.h"
#include "ingest/web_archive.h"
#include "ingest/web_page.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/parley_fuzz_warc_" + std::to_string(getpid());
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  auto r = parley::ArchiveReader::Open(path, 1 << 20);
  if (!r.ok()) return 0;
  parley::ArchiveRecord rec;
  std::string reason;
  for (int i = 0; i < 1000; ++i) {
    const auto o = r.value()->Next(&rec, &reason);
    if (o == parley::ArchiveReader::Outcome::kEnd) break;
    if (o == parley::ArchiveReader::Outcome::kRecord) (void)parley::ArticleFromRecord(rec, 1 << 20);
  }
  (void)parley::Dechunk(std::string_view(reinterpret_cast<const char*>(data), size), 1 << 20);
  return 0;
}

std::vector<std::string> FuzzSeeds() {
  const std::string http =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
      "1a\r\n<html><body><p>Hi, there.\r\n0\r\n\r\n";
  return {
      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/\r\n"
      "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
          std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n",
      "filedesc://x.arc 0.0.0.0 20140101000000 text/plain 3\nabc\n\n"
      "http://x/ 1.2.3.4 20140101000000 text/html " + std::to_string(http.size()) + "\n" + http + "\n",
      "WARC/1.0\r\nWARC-Type: conversion\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nHello\r\n\r\n",
  };
}
