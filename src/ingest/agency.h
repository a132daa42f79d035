// ingest/agency.h — news agencies credited in article text.
//
// Wire stories name their agency in a dateline ("MOSCOW (Sputnik) —", see dateline.h),
// at the end of the text ("... remains tense”.(AFP/APP)"), or in a credit line
// ("© 2016 AFP", "Copyright 2023 Reuters", "Author:Reuters", "By AFP"). An agency is a
// known wire service name or an acronym of 2-6 capitals; several may be joined by '/'.
#ifndef PARLEY_INGEST_AGENCY_H_
#define PARLEY_INGEST_AGENCY_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace parley {

// True for "AFP", "AFP/APP", "Reuters", "Associated Press".
bool LooksLikeAgency(std::string_view s);

// The agency in parentheses closing `paragraph` ("(AFP/APP)"), or "". *length is set to
// the bytes the credit takes at the end (parentheses and spaces before them included).
std::string TrailingAgency(std::string_view paragraph, size_t* length);

// The agency of a credit line, or "". *year is set to a copyright year (else 0).
std::string CreditLineAgency(std::string_view line, int* year);

}  // namespace parley

#endif  // PARLEY_INGEST_AGENCY_H_
