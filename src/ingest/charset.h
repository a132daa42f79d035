// ingest/charset.h — bytes of a web page in some charset -> UTF-8.
//
// The charset comes from the HTTP Content-Type header when there is one, else from a
// <meta charset> / <meta http-equiv> in the first 4 KiB, else UTF-8 when the bytes are
// valid UTF-8, else windows-1252 (the de facto meaning of "latin-1" on the web).
// Conversion uses iconv; bytes it cannot convert become U+FFFD.
#ifndef PARLEY_INGEST_CHARSET_H_
#define PARLEY_INGEST_CHARSET_H_

#include <string>
#include <string_view>

namespace parley {

// Lower-case charset label from a Content-Type value ("text/html; charset=ISO-8859-1"),
// or "" when it names none.
std::string CharsetFromContentType(std::string_view content_type);

// Charset declared by a <meta> tag in the first 4 KiB of `html`, or "".
std::string CharsetFromMeta(std::string_view html);

// Converts `bytes` to valid UTF-8 in *out. `declared` may be empty (then sniffed).
// Returns the charset used.
std::string ToUtf8(std::string_view bytes, std::string_view declared, std::string* out);

}  // namespace parley

#endif  // PARLEY_INGEST_CHARSET_H_
