#include "ingest/text_cleanup.h"

#include <algorithm>
#include <vector>

#include "ingest/agency.h"
#include "ingest/dateline.h"
#include "ingest/text_date.h"
#include "util/utf8.h"

namespace parley {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

size_t CountLetters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
  return n;
}

// Drops closing quotes and brackets so the real last character can be checked.
std::string_view StripClosers(std::string_view s) {
  for (;;) {
    if (EndsWith(s, "\xE2\x80\x9D") || EndsWith(s, "\xE2\x80\x99")) {  // ” ’
      s.remove_suffix(3);
    } else if (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) {
      s.remove_suffix(1);
    } else {
      return s;
    }
  }
}

bool EndsLikeSentence(std::string_view s) {
  s = StripClosers(s);
  if (s.empty()) return false;
  // Full-width 。！？ end sentences in Chinese and Japanese.
  if (EndsWith(s, "\xE3\x80\x82") || EndsWith(s, "\xEF\xBC\x81") || EndsWith(s, "\xEF\xBC\x9F")) {
    return true;
  }
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
}

bool IsTruncated(std::string_view s) {
  s = StripClosers(s);
  if (EndsWith(s, "\xE2\x80\xA6")) return true;  // …
  return EndsWith(s, "...") && !EndsWith(s, "....");
}

struct Line {
  std::string_view text;  // trimmed
  LineKind kind;
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t p = 0;
  while (p <= text.size()) {
    size_t nl = text.find('\n', p);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = Trim(text.substr(p, nl - p));
    lines.push_back({line, ClassifyLine(line)});
    p = nl + 1;
  }
  return lines;
}

bool IsShortLabel(const Line& line) {
  return line.kind == LineKind::kLabel && CountWords(line.text) <= 5;
}

// Index of the first line of a trailing debris block, or lines.size() when none.
// A block starts at a short label after some prose, and in what follows, non-prose
// lines outnumber prose lines.
size_t TrailingDebrisStart(const std::vector<Line>& lines) {
  bool seen_prose = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind == LineKind::kProse) seen_prose = true;
    if (!seen_prose || !IsShortLabel(lines[i])) continue;
    size_t prose = 0, debris = 0;
    for (size_t j = i + 1; j < lines.size(); ++j) {
      if (lines[j].kind == LineKind::kProse) ++prose;
      else if (lines[j].kind != LineKind::kBlank) ++debris;
    }
    if (debris > prose) return i;
  }
  return lines.size();
}

bool LooksLikeTitle(const Line& line) {
  const size_t words = CountWords(line.text);
  return line.kind == LineKind::kLabel && words >= 3 && words <= 30 &&
         CountLetters(line.text) * 2 > line.text.size() &&
         line.text.find(':') == std::string_view::npos;
}

// A credit line above the first paragraph ("Author:Reuters"): the story's own byline,
// trusted over credits inside the text, which may belong to a photo.
std::string BylineAgency(const std::vector<Line>& lines) {
  for (const Line& line : lines) {
    if (line.kind == LineKind::kProse) break;
    int year = 0;
    if (line.kind == LineKind::kLabel) {
      std::string agency = CreditLineAgency(line.text, &year);
      if (!agency.empty()) return agency;
    }
  }
  return {};
}

// The agency when neither a dateline nor a paragraph's closing credit ("(AFP/APP)")
// named one: a credit line anywhere ("© 2016 AFP", "Author:Reuters"). A copyright year dates an
// article that carries no fuller date, to the year.
void FindCredits(const std::vector<Line>& lines, CleanedText* out) {
  int copyright_year = 0;
  for (const Line& line : lines) {
    if (line.kind != LineKind::kLabel) continue;
    int year = 0;
    std::string agency = CreditLineAgency(line.text, &year);
    if (out->agency.empty()) out->agency = std::move(agency);
    if (copyright_year == 0) copyright_year = year;
  }
  if (!out->published.known() && copyright_year > 0) {
    out->published.year = static_cast<int16_t>(copyright_year);
    out->published.precision = Date::Precision::kYear;
  }
}

}  // namespace

LineKind ClassifyLine(std::string_view raw) {
  std::string_view line = Trim(raw);
  size_t credit = 0;
  if (!TrailingAgency(line, &credit).empty()) line.remove_suffix(credit);  // "...”.(AFP)"
  if (line.empty()) return LineKind::kBlank;
  if (IsTruncated(line)) return LineKind::kTeaser;
  size_t words = CountWords(line);
  // Scripts written without spaces (Chinese, Japanese, Thai): count characters instead.
  if (words < 3) words = std::max(words, CountCodePoints(line) / 4);
  if (words >= 25) return LineKind::kProse;
  if (words >= 3 && EndsLikeSentence(line) && CountLetters(line) >= 10) return LineKind::kProse;
  return LineKind::kLabel;
}

CleanedText CleanText(std::string_view text, bool first_line_may_be_title) {
  CleanedText out;
  std::vector<Line> lines = SplitLines(text);
  size_t first = 0;
  while (first < lines.size() && lines[first].kind == LineKind::kBlank) ++first;
  if (first_line_may_be_title && first < lines.size() && LooksLikeTitle(lines[first])) {
    out.title = std::string(lines[first].text);
  }
  int header_lines = 6;  // a publication date sits among the first non-prose lines
  for (size_t i = first; i < lines.size() && header_lines > 0 && !out.published.known(); ++i) {
    if (lines[i].kind != LineKind::kLabel) continue;
    --header_lines;
    out.published = FindDateInLine(lines[i].text);
  }
  const std::string byline_agency = BylineAgency(lines);
  const size_t end = TrailingDebrisStart(lines);
  int paragraphs_to_check = 3;  // a dateline opens one of the first paragraphs
  for (size_t i = 0; i < end; ++i) {
    if (lines[i].kind != LineKind::kProse) continue;
    std::string_view kept = lines[i].text;
    if (paragraphs_to_check > 0) {
      --paragraphs_to_check;
      const Dateline d = FindDateline(kept);
      if (d.length > 0) {
        out.dateline = d.place;
        out.agency = d.agency;
        kept.remove_prefix(d.length);
        paragraphs_to_check = 0;
      }
    }
    size_t credit = 0;
    std::string agency = TrailingAgency(kept, &credit);
    kept.remove_suffix(credit);
    if (out.agency.empty() && byline_agency.empty()) out.agency = std::move(agency);
    if (!out.body.empty()) out.body += "\n\n";
    out.body.append(kept);
  }
  if (out.agency.empty()) out.agency = byline_agency;
  FindCredits(lines, &out);
  return out;
}

}  // namespace parley
