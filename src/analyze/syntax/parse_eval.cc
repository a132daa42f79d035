#include "analyze/syntax/parse_eval.h"

#include <chrono>

#include "analyze/tokenizer.h"

namespace parley::syntax {

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Converts the words of ws (as analysed for `forms` with `spans`) into an EvalSentence.
EvalSentence FromWorkspace(const SyntaxModel& model, const std::vector<std::string_view>& forms,
                           const std::vector<Span>& spans, SyntaxWorkspace* ws) {
  EvalSentence out;
  for (size_t i = 0; i < forms.size(); ++i) {
    EvalWord w{spans[i], ws->upos[i], {}, ws->heads[i], ws->labels[i]};
    model.Lemmatize(forms[i], w.upos, &w.lemma);
    out.words.push_back(std::move(w));
  }
  out.tokens = spans;
  return out;
}

std::vector<EvalSentence> GoldEval(const std::vector<TreebankSentence>& gold) {
  std::vector<EvalSentence> out;
  uint32_t offset = 0;
  for (const TreebankSentence& s : gold) out.push_back(ToEvalSentence(s, &offset));
  return out;
}

}  // namespace

ParseEvalResult EvaluateGoldTokens(const SyntaxModel& model,
                                   const std::vector<TreebankSentence>& gold) {
  std::vector<EvalSentence> gold_eval = GoldEval(gold), system;
  SyntaxWorkspace ws;
  ParseEvalResult result;
  std::vector<std::string_view> forms;
  std::vector<Span> spans;
  for (size_t k = 0; k < gold.size(); ++k) {
    forms.clear();
    spans.clear();
    for (size_t i = 0; i < gold[k].words.size(); ++i) {
      forms.push_back(gold[k].words[i].form);
      spans.push_back(gold_eval[k].words[i].span);
    }
    Clock::time_point start = Clock::now();
    model.AnalyzeWords(forms, true, &ws);
    result.seconds += Since(start);
    result.words += forms.size();
    system.push_back(FromWorkspace(model, forms, spans, &ws));
    system.back().tokens = gold_eval[k].tokens;
  }
  result.scores = Score(gold_eval, system);
  return result;
}

namespace {

std::string SentenceText(const TreebankSentence& s) {
  if (!s.text.empty()) return s.text;
  std::string text;
  for (const TreebankWord& w : s.words) text += w.form + (w.space_after ? " " : "");
  return text;
}

// Splits the treebank into documents (at "# newdoc") and builds each one's text.
std::vector<std::string> DocumentTexts(const std::vector<TreebankSentence>& gold) {
  std::vector<std::string> docs;
  for (const TreebankSentence& s : gold) {
    if (docs.empty() || s.new_doc) {
      docs.emplace_back();
    } else {
      docs.back() += s.new_par ? "\n\n" : " ";
    }
    docs.back() += SentenceText(s);
  }
  return docs;
}

// Tokenizes, splits and analyses one document; appends its sentences to *system.
void AnalyzeDocument(const SyntaxModel& model, const std::string& text, uint32_t* offset,
                     SyntaxWorkspace* ws, std::vector<EvalSentence>* system, size_t* words) {
  Article article;
  article.body = text;
  Doc doc;
  Analyze(article, &doc);
  std::vector<uint32_t> nonspace(text.size() + 1, 0);
  for (size_t i = 0; i < text.size(); ++i) {
    nonspace[i + 1] = nonspace[i] + NonSpaceLength(std::string_view(text).substr(i, 1));
  }
  std::vector<std::string_view> forms;
  std::vector<Span> spans;
  for (const Sentence& s : doc.sentences) {
    forms.clear();
    spans.clear();
    for (uint32_t i = 0; i < s.token_count; ++i) {
      const Token& t = doc.tokens[s.first_token + i];
      forms.push_back(t.form);
      spans.push_back({*offset + nonspace[t.start], *offset + nonspace[t.end]});
    }
    model.AnalyzeWords(forms, true, ws);
    *words += forms.size();
    system->push_back(FromWorkspace(model, forms, spans, ws));
  }
  *offset += nonspace[text.size()];
}

}  // namespace

Result<ParseEvalResult> EvaluateRawText(const SyntaxModel& model,
                                        const std::vector<TreebankSentence>& gold) {
  ParseEvalResult result;
  std::vector<EvalSentence> system;
  SyntaxWorkspace ws;
  uint32_t offset = 0;
  Clock::time_point start = Clock::now();
  for (const std::string& text : DocumentTexts(gold)) {
    AnalyzeDocument(model, text, &offset, &ws, &system, &result.words);
  }
  result.seconds = Since(start);
  result.scores = Score(GoldEval(gold), system);
  return result;
}


}  // namespace parley::syntax
