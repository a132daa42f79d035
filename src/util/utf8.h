// util/utf8.h — UTF-8 validation, repair and small helpers used across stages.
#ifndef PARLEY_UTIL_UTF8_H_
#define PARLEY_UTIL_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

// Decodes the code point starting at s[pos]; returns its length in bytes (1..4), or 0
// when the bytes there are not valid UTF-8 (overlong, surrogate, truncated, > U+10FFFF).
size_t DecodeUtf8(std::string_view s, size_t pos, char32_t* cp);

// Appends `cp` encoded as UTF-8.
void AppendUtf8(char32_t cp, std::string* out);

// Byte offset of the first invalid sequence, or npos when `s` is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);

// True when `s` looks like binary data rather than text: a NUL byte, or more than 10%
// control characters (other than tab, newline, carriage return, form feed) in its first 64 KiB.
bool LooksBinary(std::string_view s);

// Makes `text` clean article text in place: drops a leading BOM, turns CRLF and lone CR
// into LF, replaces invalid UTF-8 sequences with U+FFFD and drops other C0 control
// characters except tab and newline. Returns the number of invalid sequences replaced.
size_t NormalizeText(std::string* text);

// Number of code points in s (invalid bytes count one each).
size_t CountCodePoints(std::string_view s);

}  // namespace parley

#endif  // PARLEY_UTIL_UTF8_H_
