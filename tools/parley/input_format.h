// tools/parley/input_format.h — the --input-format values every reading command takes.
#ifndef PARLEY_TOOLS_INPUT_FORMAT_H_
#define PARLEY_TOOLS_INPUT_FORMAT_H_

#include <string>

#include "parley/ingest.h"

namespace parley::cli {

inline constexpr const char* kInputFormats = "auto, text, jsonl, html or warc";

// False for an unknown name.
inline bool ParseInputFormat(const std::string& s, InputFormat* f) {
  if (s == "auto") *f = InputFormat::kAuto;
  else if (s == "text" || s == "txt") *f = InputFormat::kText;
  else if (s == "jsonl") *f = InputFormat::kJsonl;
  else if (s == "html" || s == "htm") *f = InputFormat::kHtml;
  else if (s == "warc" || s == "arc") *f = InputFormat::kWarc;
  else return false;
  return true;
}

}  // namespace parley::cli

#endif  // PARLEY_TOOLS_INPUT_FORMAT_H_
