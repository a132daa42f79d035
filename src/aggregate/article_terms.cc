#include "aggregate/article_terms.h"

#include "util/utf8.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace parley {

namespace {

const std::unordered_set<std::string_view>& StopWords() {
  static const auto* words = new std::unordered_set<std::string_view>{
      "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had",
      "his", "her", "its", "their", "they", "them", "this", "these", "those", "from",
      "but", "not", "who", "whom", "which", "what", "when", "where", "will", "would",
      "said", "says", "say", "also", "been", "being", "than", "then", "there", "into",
      "over", "after", "before", "about", "more", "most", "other", "some", "such", "only",
      "one", "two", "can", "could", "should", "may", "might", "our", "out", "all", "any",
      "she", "him", "you", "your", "new", "now", "just", "very", "while", "did", "does",
      "how", "why", "last", "first", "year", "years", "time", "told", "like", "get",
      "because", "since", "many", "much", "even", "well", "back", "still", "way", "own",
      "both", "each", "between", "under", "against", "during", "through", "made", "make",
      "people", "news", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "week", "day", "days", "according", "including", "reported", "reuters"};
  return *words;
}

// Letters, digits, hyphens and non-ASCII letters; spaces, quotes and punctuation split
// words (U+0080..U+00BF: NBSP, guillemets...; U+2000..U+206F: dashes, curly quotes...).
// Only the lead of a long article is read: it says what the story is.
constexpr size_t kLeadBytes = 6000;

bool WordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-';
  }
  return !(c <= 0xBF || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F));
}

bool Keep(std::string_view w) {
  if (w.size() < 3 || w.size() > 40) return false;
  if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return !StopWords().contains(w);
}

using Counts = std::unordered_map<std::string_view, int>;

// Counts the words of `text` (lower-cased ASCII, in `lower`, which must outlive `counts`);
// a capitalized word (a name: a place, a person, an organisation) counts twice, since
// stories share names.
void CountWords(std::string_view text, std::string_view lower, int weight, Counts* counts,
                std::vector<std::string_view>* order) {
  size_t start = 0;
  auto flush = [&](size_t end) {
    while (end > start && text[end - 1] == '-') --end;
    const std::string_view word = lower.substr(start, end - start);
    if (end > start && Keep(word)) {
      auto [it, fresh] = counts->try_emplace(word, 0);
      if (fresh) order->push_back(word);
      it->second += text[start] >= 'A' && text[start] <= 'Z' ? 2 * weight : weight;
    }
  };
  for (size_t i = 0; i < text.size();) {
    char32_t c = static_cast<unsigned char>(text[i]);
    size_t n = 1;
    if (c >= 0x80) n = std::max<size_t>(DecodeUtf8(text, i, &c), 1);
    if (!WordChar(c)) {
      flush(i);
      start = i + n;
    }
    i += n;
  }
  flush(text.size());
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace

TermCounts ArticleTerms(const Article& article, const std::vector<Event>& events,
                        size_t max_terms) {
  const std::string_view body = std::string_view(article.body).substr(0, kLeadBytes);
  const std::string title = Lower(article.title), lower = Lower(body);
  Counts counts;
  std::vector<std::string_view> order;
  CountWords(article.title, title, 2, &counts, &order);
  CountWords(body, lower, 1, &counts, &order);
  TermCounts terms;
  for (std::string_view w : order) terms.emplace_back(std::string(w), counts[w]);
  std::stable_sort(terms.begin(), terms.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (terms.size() > max_terms) terms.resize(max_terms);
  std::map<std::string, int> actors;  // sorted: stable text
  for (const Event& e : events) {
    for (const Actor* a : {&e.source, &e.target}) {
      if (a->code.size() >= 3) ++actors["@" + a->code.substr(0, 3)];
    }
  }
  for (auto& [code, n] : actors) terms.emplace_back(code, n);
  return terms;
}

std::string FormatTerms(const TermCounts& terms) {
  std::string out;
  for (const auto& [term, n] : terms) {
    if (!out.empty()) out.push_back(' ');
    out += term;
    out.push_back(' ');
    out += std::to_string(n);
  }
  return out;
}

TermCounts ParseTerms(std::string_view text) {
  TermCounts terms;
  while (!text.empty()) {
    const size_t a = text.find(' ');
    if (a == std::string_view::npos) break;
    const size_t b = text.find(' ', a + 1);
    const std::string_view num = text.substr(a + 1, b == std::string_view::npos ? b : b - a - 1);
    int n = 0;
    std::from_chars(num.data(), num.data() + num.size(), n);
    terms.emplace_back(std::string(text.substr(0, a)), n);
    if (b == std::string_view::npos) break;
    text.remove_prefix(b + 1);
  }
  return terms;
}

}  // namespace parley
