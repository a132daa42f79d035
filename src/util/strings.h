// util/strings.h — small string helpers shared by the stages.
#ifndef PARLEY_UTIL_STRINGS_H_
#define PARLEY_UTIL_STRINGS_H_

#include <string>
#include <string_view>

namespace parley {

// ASCII lower case (other bytes unchanged): header names, charsets, dictionary keys.
std::string AsciiLower(std::string_view s);

// The current UTC time as "YYYYMMDDHHMMSS" (GDELT's DATEADDED form).
std::string UtcTimestamp();

}  // namespace parley

#endif  // PARLEY_UTIL_STRINGS_H_
