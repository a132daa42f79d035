// ingest/dateline.h — the place (and agency) a wire story opens with.
//
// Recognised shapes, at the start of a paragraph:
//   "MOSCOW (Sputnik) — Russian President ..."    place MOSCOW, agency Sputnik
//   "ISLAMABAD-Moscow,Russia said ..."            place ISLAMABAD-Moscow
//   "WASHINGTON, Jan 5 (Reuters) - ..."           place WASHINGTON, agency Reuters
//   "GENEVA: The talks ..."                        place GENEVA
// The place must begin with an upper-case word of two or more letters written wholly in
// capitals, so ordinary sentences ("Russia said ...") are never taken for datelines.
#ifndef PARLEY_INGEST_DATELINE_H_
#define PARLEY_INGEST_DATELINE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace parley {

struct Dateline {
  std::string place;
  std::string agency;
  size_t length = 0;  // bytes of the paragraph the dateline takes, separator included; 0 = none
};

Dateline FindDateline(std::string_view paragraph);

}  // namespace parley

#endif  // PARLEY_INGEST_DATELINE_H_
