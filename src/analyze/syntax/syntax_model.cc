#include "analyze/syntax/syntax_model.h"

#include <cstdlib>
#include <thread>

namespace parley {

#ifndef PARLEY_DATA_DIR
#define PARLEY_DATA_DIR "data"
#endif

std::string SyntaxModel::DefaultDir() {
  const char* env = std::getenv("PARLEY_MODELS");
  if (env != nullptr && env[0] != '\0') return env;
  return std::string(PARLEY_DATA_DIR) + "/models";
}

Result<std::unique_ptr<SyntaxModel>> SyntaxModel::Load(const std::string& dir) {
  syntax::Tagger tagger;
  syntax::Lemmatizer lemmatizer;
  syntax::Parser parser;
  auto named = [](const std::string& path, Status st) {
    return st.ok() ? st : Status::Corruption(path + ": " + st.ToString());
  };
  // The parser, the largest file, loads on a second thread while this one reads the rest.
  Status parser_status;
  std::thread parser_thread([&] {
    parser_status = named(dir + "/parser.bin", parser.Load(dir + "/parser.bin"));
  });
  Status st = named(dir + "/tagger.bin", tagger.Load(dir + "/tagger.bin"));
  if (st.ok()) st = named(dir + "/lemmatizer.bin", lemmatizer.Load(dir + "/lemmatizer.bin"));
  parser_thread.join();
  if (!st.ok()) return st;
  if (!parser_status.ok()) return parser_status;
  return std::make_unique<SyntaxModel>(std::move(tagger), std::move(lemmatizer),
                                       std::move(parser));
}

size_t SyntaxModel::bytes() const {
  return tagger_.first().bytes() + tagger_.second().bytes() + parser_.model().bytes();
}

void SyntaxModel::AnalyzeWords(std::span<const std::string_view> forms, bool parse,
                               SyntaxWorkspace* ws) const {
  const size_t n = forms.size();
  ws->upos.resize(n);
  tagger_.Prepare(forms, &ws->tagger);
  tagger_.Tag(&ws->tagger, ws->upos.data());
  ws->heads.assign(n, -1);
  ws->labels.assign(n, 0);
  if (parse) ParseTaggedWords(ws);
}

void SyntaxModel::ParseTaggedWords(SyntaxWorkspace* ws) const {
  const size_t n = ws->upos.size();
  if (n > kMaxParseWords) return;
  ws->tag_ids.resize(n);
  for (size_t i = 0; i < n; ++i) ws->tag_ids[i] = static_cast<uint8_t>(ws->upos[i]);
  syntax::ParserInput in{ws->tagger.words.data(), ws->tag_ids.data(),
                         ws->tagger.signature.data(), static_cast<int>(n)};
  in.tag_sets = ws->tagger.ambiguity.data();
  // The tagger looked the clusters up (TaggerWorkspace::cluster).
  in.clusters = use_clusters_ ? ws->tagger.cluster.data() : nullptr;
  parser_.Parse(in, &ws->parser, ws->heads.data(), ws->labels.data());
}

void SyntaxModel::Fill(Doc* doc, const Sentence& s, bool parse, SyntaxWorkspace* ws) const {
  ws->forms.clear();
  for (uint32_t i = 0; i < s.token_count; ++i) {
    ws->forms.push_back(doc->tokens[s.first_token + i].form);
  }
  AnalyzeWords(ws->forms, parse, ws);
  for (uint32_t i = 0; i < s.token_count; ++i) {
    Token& t = doc->tokens[s.first_token + i];
    t.upos = ws->upos[i];
    lemmatizer_.Lemmatize(t.form, t.upos, &ws->lemma);
    t.lemma = ws->lemma == t.form ? t.form : (ws->lemma == t.norm ? t.norm : doc->Intern(ws->lemma));
    if (!parse) continue;
    t.head = static_cast<int16_t>(ws->heads[i]);
    t.deprel = ws->labels[i];
  }
}

void SyntaxModel::Annotate(Doc* doc, const Sentence& s, SyntaxWorkspace* ws) const {
  Fill(doc, s, true, ws);
}

void SyntaxModel::Tag(Doc* doc, const Sentence& s, SyntaxWorkspace* ws) const {
  Fill(doc, s, false, ws);
}

bool SyntaxModel::MayHaveEvent(const Doc& doc, const Sentence& s) {
  if (s.token_count < 3) return false;
  for (uint32_t i = 0; i < s.token_count; ++i) {
    Upos u = doc.tokens[s.first_token + i].upos;
    if (u == Upos::kVerb || u == Upos::kAux) return true;
  }
  return false;
}

}  // namespace parley
