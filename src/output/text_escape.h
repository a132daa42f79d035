// output/text_escape.h — escaping for JSON strings and delimited fields.
#ifndef PARLEY_OUTPUT_TEXT_ESCAPE_H_
#define PARLEY_OUTPUT_TEXT_ESCAPE_H_

#include <string>
#include <string_view>

namespace parley {

// Appends `s` as a quoted JSON string. REQUIRES: valid UTF-8 (Parley's bodies are).
void AppendJsonString(std::string_view s, std::string* out);
// Appends `s` with tabs and line breaks turned into spaces (TSV / GDELT fields).
void AppendTsvField(std::string_view s, std::string* out);
// Appends `s` as an RFC 4180 CSV field (quoted when it holds , " or a line break).
void AppendCsvField(std::string_view s, std::string* out);

}  // namespace parley

#endif  // PARLEY_OUTPUT_TEXT_ESCAPE_H_
