#include "peers/petrarch/tree_coder.h"

#include "peers/petrarch/comma_clauses.h"
#include "peers/petrarch/ne_codes.h"
#include "peers/petrarch/verb_pass.h"

namespace parley::petrarch {

SentenceResult TreeCoder::Code(std::string_view parse_text, int date, const std::string& text,
                               const CoderOptions& options) const {
  SentenceResult result;
  ParseList list;
  result.tree_error = BuildParseList(FormatTree(parse_text), &list);
  if (result.tree_error != TreeError::kNone) return result;
  result.discard = dicts_.discards.Check(text, &result.discard_phrase);
  if (result.discard != DiscardList::Verdict::kKeep) return result;
  if (!DeleteCommaClauses(options, &list.items) ||
      !AssignNeCodes(dicts_, date, list.start, &list.items)) {
    result.abandoned = true;
    return result;
  }
  result.abandoned = !CodeVerbs(dicts_, options, list.items, list.start, &result.events);
  return result;
}

std::vector<std::string> TreeCoder::Explain(std::string_view parse_text, int date,
                                            const CoderOptions& options) const {
  ParseList list;
  if (BuildParseList(FormatTree(parse_text), &list) != TreeError::kNone) return {};
  if (DeleteCommaClauses(options, &list.items)) {
    (void)AssignNeCodes(dicts_, date, list.start, &list.items);
  }
  return list.items;
}

}  // namespace parley::petrarch
