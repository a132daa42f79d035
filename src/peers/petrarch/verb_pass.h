// peers/petrarch/verb_pass.h — the verb loop of PETRARCH-1 over a coded linear parse.
#ifndef PARLEY_PEERS_PETRARCH_VERB_PASS_H_
#define PARLEY_PEERS_PETRARCH_VERB_PASS_H_

#include <vector>

#include "peers/petrarch/coder_options.h"
#include "peers/petrarch/dictionaries.h"
#include "peers/petrarch/parse_list.h"
#include "peers/petrarch/tree_coder.h"

namespace parley::petrarch {

// Codes every dictionary verb from `start` on, appending to *events. Returns false when
// the pass stopped part-way (events found before that are kept).
bool CodeVerbs(const Dictionaries& dicts, const CoderOptions& options, const ParseItems& items,
               size_t start, std::vector<CodedEvent>* events);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_VERB_PASS_H_
