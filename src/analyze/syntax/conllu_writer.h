// analyze/syntax/conllu_writer.h — writes analysed sentences as CoNLL-U.
#ifndef PARLEY_ANALYZE_SYNTAX_CONLLU_WRITER_H_
#define PARLEY_ANALYZE_SYNTAX_CONLLU_WRITER_H_

#include <ostream>

#include "parley/doc.h"

namespace parley::syntax {

// Writes sentence `s` of `doc` (with "# sent_id" and "# text" comments) and a blank
// line. Columns: ID FORM LEMMA UPOS _ _ HEAD DEPREL _ MISC (SpaceAfter=No).
void WriteConllu(const Doc& doc, const Sentence& s, int sent_id, std::ostream* out);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_CONLLU_WRITER_H_
