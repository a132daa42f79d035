// pipeline/name_parse.h — tags and parses a sentence with each actor name as one word.
//
// The treebank the parser learnt from has few news names; "Russian President Vladimir
// Putin urged ..." parses better as "Putin urged ...". Each multi-word mention is given to
// the tagger and parser as one word, its last ("the leaders of France and Germany" parses
// best as "the France and Germany"); its other tokens then hang from that word (flat for
// capitalised words, compound otherwise). Tagging and parsing are two calls, so that the
// caller can skip the parse when the tags rule out every event. A dateline opening the
// sentence (ingest's FindDateline; ingest strips those of a story's first paragraphs) is
// left out of the parse: its tokens get relation "dep" and no head.
#ifndef PARLEY_PIPELINE_NAME_PARSE_H_
#define PARLEY_PIPELINE_NAME_PARSE_H_

#include <vector>

#include "analyze/syntax/syntax_model.h"
#include "parley/doc.h"
#include "recognize/actor_finder.h"

namespace parley {

// Scratch space, one per thread.
struct NameParseWorkspace {
  std::vector<std::string_view> forms;
  std::vector<uint32_t> word_token;  // word -> token that represents it
  std::vector<int32_t> token_word;   // token -> word, or -1 inside a name (not its head)
  uint32_t body = 0;                 // first token after a dateline
};

// Tags the sentence with each name as one word: fills upos and lemma of every token of
// `s` and clears head and deprel. REQUIRES: mentions are sentence-relative, in order, and
// do not overlap.
void TagWithNames(const SyntaxModel& model, Doc* doc, const Sentence& s,
                  const std::vector<ActorMention>& mentions, SyntaxWorkspace* ws,
                  NameParseWorkspace* names);

// Parses what the last TagWithNames() call tagged (same sentence, same workspaces): fills
// head and deprel. Returns false, leaving the sentence unparsed, when it has more than
// SyntaxModel::kMaxParseWords words.
bool ParseTaggedNames(const SyntaxModel& model, Doc* doc, const Sentence& s,
                      const std::vector<ActorMention>& mentions, SyntaxWorkspace* ws,
                      NameParseWorkspace* names);

}  // namespace parley

#endif  // PARLEY_PIPELINE_NAME_PARSE_H_
