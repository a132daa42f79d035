#include "pipeline/name_parse.h"

#include "analyze/syntax/deprel.h"
#include "ingest/dateline.h"

namespace parley {

namespace {

// The word of a mention that stands for it: the last ("the leaders of France and
// Germany" parses best as "the France and Germany").
uint32_t HeadToken(const ActorMention& m) { return m.end - 1; }

// The first token after a dateline opening the sentence (0 when there is none), found by
// ingest's own rule. Ingest strips the dateline of a story's first paragraphs; one further
// down (several stories in one text) reaches the coder.
uint32_t AfterDateline(const Doc& doc, const Sentence& s) {
  const Dateline d = FindDateline(doc.SentenceText(s));
  if (d.length == 0) return 0;
  uint32_t t = 0;
  while (t < s.token_count && doc.tokens[s.first_token + t].start < s.start + d.length) ++t;
  return t == s.token_count ? 0 : t;
}

void SetLemma(const SyntaxModel& model, Doc* doc, Token* t, SyntaxWorkspace* ws) {
  model.Lemmatize(t->form, t->upos, &ws->lemma);
  t->lemma = ws->lemma == t->form ? t->form
             : ws->lemma == t->norm ? t->norm
                                    : doc->Intern(ws->lemma);
}

}  // namespace

void TagWithNames(const SyntaxModel& model, Doc* doc, const Sentence& s,
                  const std::vector<ActorMention>& mentions, SyntaxWorkspace* ws,
                  NameParseWorkspace* names) {
  Token* tokens = doc->tokens.data() + s.first_token;
  const uint32_t n = s.token_count;
  names->forms.clear();
  names->word_token.clear();
  names->token_word.assign(n, -1);
  names->body = AfterDateline(*doc, s);
  size_t next = 0;  // next mention
  while (next < mentions.size() && mentions[next].first < names->body) ++next;
  for (uint32_t t = names->body; t < n;) {
    uint32_t head = t, end = t + 1;
    if (next < mentions.size() && mentions[next].first == t) {
      head = HeadToken(mentions[next]);
      end = mentions[next++].end;
    }
    names->token_word[head] = static_cast<int32_t>(names->forms.size());
    names->forms.push_back(tokens[head].form);
    names->word_token.push_back(head);
    t = end;
  }
  model.AnalyzeWords(names->forms, /*parse=*/false, ws);
  // A capitalized name is a proper noun, whatever the tagger made of its last word
  // ("The World Food Programme" -> "The Programme", tagged NOUN): UD tags every word of
  // a name PROPN, and the parser reads a PROPN as the name it is.
  for (const ActorMention& m : mentions) {
    if (m.first < names->body || m.end - m.first < 2) continue;
    const uint32_t head = HeadToken(m);
    const int32_t w = names->token_word[head];
    if (w >= 0 && tokens[head].capitalized && ws->upos[w] == Upos::kNoun) {
      ws->upos[w] = Upos::kPropn;
    }
  }
  for (uint32_t t = 0; t < n; ++t) {
    Token& tok = tokens[t];
    const int32_t w = names->token_word[t];
    if (w >= 0) {
      tok.upos = ws->upos[w];
    } else if (t < names->body) {  // the dateline: a name or punctuation
      tok.upos = tok.capitalized ? Upos::kPropn : Upos::kPunct;
    } else {  // inside a name, not its head word
      tok.upos = tok.capitalized ? Upos::kPropn : Upos::kNoun;
    }
    tok.head = -1;
    tok.deprel = 0;
    SetLemma(model, doc, &tok, ws);
  }
}

bool ParseTaggedNames(const SyntaxModel& model, Doc* doc, const Sentence& s,
                      const std::vector<ActorMention>& mentions, SyntaxWorkspace* ws,
                      NameParseWorkspace* names) {
  if (names->forms.size() > SyntaxModel::kMaxParseWords) return false;
  model.ParseTaggedWords(ws);
  static const uint8_t kFlat = syntax::DeprelId("flat");
  static const uint8_t kCompound = syntax::DeprelId("compound");
  static const uint8_t kDep = syntax::DeprelId("dep");
  Token* tokens = doc->tokens.data() + s.first_token;
  size_t next = 0;
  for (uint32_t t = 0; t < s.token_count; ++t) {
    Token& tok = tokens[t];
    const int32_t w = names->token_word[t];
    if (w >= 0) {
      const int h = ws->heads[w];
      tok.head = h < 0 ? int16_t{-1} : static_cast<int16_t>(names->word_token[h]);
      tok.deprel = ws->labels[w];
    } else if (t < names->body) {  // the dateline, attached to nothing
      tok.deprel = kDep;
    } else {
      while (next < mentions.size() && mentions[next].end <= t) ++next;
      tok.head = static_cast<int16_t>(HeadToken(mentions[next]));
      tok.deprel = tok.capitalized ? kFlat : kCompound;
    }
  }
  return true;
}

}  // namespace parley
