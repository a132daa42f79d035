#include "analyze/syntax/parse_eval.h"

#include <time.h>

#include <array>

#include "analyze/tokenizer.h"

namespace parley::syntax {

namespace {

// CPU time of this thread: a fair per-core speed even on a busy machine.
double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
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

std::string SentenceText(const TreebankSentence& s) {
  if (!s.text.empty()) return s.text;
  std::string text;
  for (const TreebankWord& w : s.words) text += w.form + (w.space_after ? " " : "");
  return text;
}

// Each sentence starts where its text starts, so a sentence whose forms do not spell its
// "# text" (a treebank inconsistency) cannot shift the spans of the sentences after it.
std::vector<EvalSentence> GoldEval(const std::vector<TreebankSentence>& gold) {
  std::vector<EvalSentence> out;
  uint32_t start = 0;
  for (const TreebankSentence& s : gold) {
    uint32_t offset = start;
    out.push_back(ToEvalSentence(s, &offset));
    start += NonSpaceLength(SentenceText(s));
  }
  return out;
}

}  // namespace

ParseEvalResult EvaluateGoldTokens(const SyntaxModel& model,
                                   const std::vector<TreebankSentence>& gold,
                                   std::vector<EvalSentence>* system_out) {
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
    const double start = ThreadSeconds();
    model.AnalyzeWords(forms, true, &ws);
    result.seconds += ThreadSeconds() - start;
    result.words += forms.size();
    system.push_back(FromWorkspace(model, forms, spans, &ws));
    system.back().tokens = gold_eval[k].tokens;
  }
  result.scores = Score(gold_eval, system);
  if (system_out != nullptr) *system_out = std::move(system);
  return result;
}

namespace {

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

}  // namespace

bool JoinsPreviousToken(std::string_view form, Upos upos) {
  static constexpr std::string_view kClitics[] = {"n't", "'m", "'re", "'ve", "'ll", "'d",
                                                  "'s", "’m", "’re", "’ve", "’ll", "’d", "’s", "n’t"};
  // The possessive apostrophe of a plural ("parents'") is part of the word's token.
  if (form == "'" || form == "’") return upos == Upos::kPart;
  std::array<char, 8> lower{};  // "DON'T", "IT'S" as well
  if (form.size() > lower.size()) return false;
  for (size_t i = 0; i < form.size(); ++i) {
    lower[i] = form[i] >= 'A' && form[i] <= 'Z' ? static_cast<char>(form[i] | 0x20) : form[i];
  }
  const std::string_view folded(lower.data(), form.size());
  for (std::string_view c : kClitics) {
    // Possessive 's (PART) is a token of its own in UD English; "it's" (AUX) is not.
    if (folded == c) return upos != Upos::kPart || c.find('n') == 0;
  }
  return false;
}

namespace {

// Surface tokens as UD English writes them: a contraction clitic glued to the word
// before it ("do|n't", "I|'m"), or the second part of a word the tokenizer split
// ("can|not", "do|nt"), makes one multiword token with it.
std::vector<Span> SurfaceTokens(const Doc& doc, const Sentence& s,
                                const std::vector<std::string_view>& forms,
                                const std::vector<Span>& spans, const std::vector<Upos>& upos) {
  std::vector<Span> tokens;
  for (size_t i = 0; i < forms.size(); ++i) {
    const Token& t = doc.tokens[s.first_token + i];
    const bool glued = i > 0 && !t.space_before;
    if (glued && (t.joined_to_previous || JoinsPreviousToken(forms[i], upos[i]))) {
      tokens.back().end = spans[i].end;
    } else {
      tokens.push_back(spans[i]);
    }
  }
  return tokens;
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
    system->back().tokens = SurfaceTokens(doc, s, forms, spans, ws->upos);
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
  const double start = ThreadSeconds();
  for (const std::string& text : DocumentTexts(gold)) {
    AnalyzeDocument(model, text, &offset, &ws, &system, &result.words);
  }
  result.seconds = ThreadSeconds() - start;
  result.scores = Score(GoldEval(gold), system);
  return result;
}


}  // namespace parley::syntax
