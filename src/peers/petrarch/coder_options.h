// peers/petrarch/coder_options.h — PETRARCH's coding options and their defaults.
#ifndef PARLEY_PEERS_PETRARCH_CODER_OPTIONS_H_
#define PARLEY_PEERS_PETRARCH_CODER_OPTIONS_H_

#include <string>

#include "parley/status.h"

namespace parley::petrarch {

struct CoderOptions {
  // Noun phrases not in the dictionaries are reported as "\"TEXT\"" when they have fewer
  // than this many words; 0 (default) never.
  int new_actor_length = 0;
  // Drop events whose source or target has no code (default true).
  bool require_dyad = true;
  // Comma-delimited clauses of this many words are deleted before coding: internal
  // [comma_min, comma_max], initial [comma_bmin, comma_bmax] (off when bmax is 0) and
  // final [comma_emin, comma_emax]. A max of 0 turns that kind off.
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;

  // Applies a validation file's <Config option="..." value="...">. Unknown options and
  // bad values give InvalidArgument and change nothing.
  Status Set(const std::string& option, const std::string& value);
};

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_CODER_OPTIONS_H_
