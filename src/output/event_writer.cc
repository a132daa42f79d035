#include "output/writers.h"
#include "util/utf8.h"

namespace parley {

size_t CharOffset(std::string_view text, size_t byte) {
  return CountCodePoints(text.substr(0, std::min(byte, text.size())));
}

Result<std::unique_ptr<EventWriter>> EventWriter::Create(std::string_view format,
                                                         std::FILE* out, EventNameFn names) {
  if (format == "jsonl") return NewJsonlWriter(out, std::move(names));
  if (format == "tsv") return NewDelimitedWriter(out, std::move(names), '\t');
  if (format == "csv") return NewDelimitedWriter(out, std::move(names), ',');
  if (format == "gdelt") return NewGdeltWriter(out, std::move(names));
  if (format == "table") return NewTableWriter(out, std::move(names));
  return Status::InvalidArgument("unknown output format \"" + std::string(format) +
                                 "\" (jsonl, tsv, csv, gdelt, table)");
}

}  // namespace parley
