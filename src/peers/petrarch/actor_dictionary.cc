#include "peers/petrarch/actor_dictionary.h"

#include <cctype>

#include "peers/petrarch/py_text.h"

namespace parley::petrarch {

namespace {

bool DigitsOnly(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

int OrdinalDate(std::string_view text) {
  text = Strip(text);
  const bool long_form = text.size() > 7;
  if (text.size() < 6) return -1;
  const std::string_view y = text.substr(0, long_form ? 4 : 2);
  const std::string_view m = text.substr(y.size(), 2), d = text.substr(y.size() + 2, 2);
  if (!DigitsOnly(y) || !DigitsOnly(m) || !DigitsOnly(d)) return -1;
  int year = std::stoi(std::string(y));
  if (!long_form) year += year <= 30 ? 2000 : 1900;
  const int month = std::stoi(std::string(m)), day = std::stoi(std::string(d));
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return -1;
  const int adj = month < 3 ? 1 : 0;
  const long yr = year + 4800 - adj, mo = month + 12 * adj - 3;
  const long julian =
      day + (153 * mo + 2) / 5 + 365 * yr + yr / 4 - yr / 100 + yr / 400 - 32045;
  return static_cast<int>(julian - 2305813);
}

// ---- actors ----

void ActorDictionary::Restriction(const DictLine& line, const std::string& file,
                                  LoadReport* report) {
  const std::string_view text = line.text;
  const size_t bracket = text.find('[');
  if (bracket == std::string_view::npos) {
    return report->Warn(file, line.number, "date restriction without [code ...]");
  }
  std::string_view body = Strip(text.substr(bracket + 1));
  const size_t space = body.find(' ');
  std::string code(body.substr(0, space));
  std::string_view rest = space == std::string_view::npos ? "" : Strip(body.substr(space));
  if (const size_t close = rest.find(']'); close != std::string_view::npos) {
    rest = Strip(rest.substr(0, close));
  }
  DatedCode dated;
  if (rest.empty()) {  // "[CODE]": a default
    if (const size_t close = code.find(']'); close != std::string::npos) code.resize(close);
  } else if (rest[0] == '<' || rest[0] == '>') {
    dated.kind = rest[0] == '<' ? DatedCode::Kind::kBefore : DatedCode::Kind::kAfter;
    dated.from = OrdinalDate(rest.substr(1));
  } else if (const size_t dash = rest.find('-'); dash != std::string_view::npos) {
    dated.kind = DatedCode::Kind::kBetween;
    dated.from = OrdinalDate(rest.substr(0, dash));
    dated.to = OrdinalDate(rest.substr(dash + 1));
    if (dated.from >= 0 && dated.to >= 0 && dated.to < dated.from) {
      return report->Warn(file, line.number, "date interval ends before it starts");
    }
  } else {
    return report->Warn(file, line.number, "date restriction could not be read");
  }
  if (dated.from < 0 || dated.to < 0) {
    return report->Warn(file, line.number, "invalid date in restriction");
  }
  dated.code = std::move(code);
  current_.push_back(std::move(dated));
}

void ActorDictionary::LoadLines(const std::vector<DictLine>& lines, const std::string& file,
                                LoadReport* report) {
  size_t index = codes_.size();
  current_.clear();
  for (const auto& line : lines) {
    const std::string_view text = line.text;
    if (text.find("---STOP---") != std::string_view::npos) break;
    if (text[0] == '\t' || (text[0] == ' ' && Strip(text).starts_with('['))) {
      Restriction(line, file, report);
      continue;
    }
    std::string phrase_text;
    if (text[0] == '+') {
      phrase_text = std::string(Strip(text.substr(1, text.find(';') - 1))) + ' ';
    } else {
      if (!current_.empty()) {
        codes_.push_back(std::move(current_));
        current_.clear();
        index = codes_.size();
      }
      const size_t bracket = text.find('[');
      if (bracket != std::string_view::npos) {
        const std::string_view after = text.substr(bracket + 1);
        current_.push_back({DatedCode::Kind::kDefault, 0, 0,
                            std::string(Strip(after.substr(0, after.find(']'))))});
        phrase_text = std::string(Strip(text.substr(0, bracket))) + ' ';
      } else {
        phrase_text = std::string(Strip(text.substr(0, text.find(';')))) + ' ';
      }
    }
    std::string first;
    NounPhrase phrase = MakeNounPhrase(phrase_text, &first);
    if (first.empty()) {
      report->Warn(file, line.number, "actor record without a phrase");
      continue;
    }
    by_first_word_[first].push_back({std::move(phrase), index, entries_});
    ++entries_;
  }
  if (!current_.empty()) codes_.push_back(std::move(current_));
  current_.clear();
}

Status ActorDictionary::Load(const std::string& path, LoadReport* report) {
  auto lines = ReadDictLines(path);
  if (!lines.ok()) return lines.status();
  LoadLines(lines.value(), path, report);
  return Status::Ok();
}

std::string ActorDictionary::CodeOn(size_t index, int date) const {
  if (index >= codes_.size()) return "---";
  const auto& list = codes_[index];
  for (const auto& c : list) {
    switch (c.kind) {
      case DatedCode::Kind::kBefore:
        if (date <= c.from) return c.code;
        break;
      case DatedCode::Kind::kAfter:
        if (date >= c.from) return c.code;
        break;
      case DatedCode::Kind::kBetween:
        if (date >= c.from && date <= c.to) return c.code;
        break;
      case DatedCode::Kind::kDefault:
        break;
    }
  }
  std::string code;
  for (const auto& c : list) {
    if (c.kind == DatedCode::Kind::kDefault) code = c.code;
  }
  return code.empty() ? "---" : code;
}

std::string ActorDictionary::Match(const std::vector<std::string>& words, size_t start,
                                   int date, size_t* length) const {
  auto it = by_first_word_.find(words[start]);
  if (it == by_first_word_.end()) return "";
  for (const auto& entry : it->second) {
    if (MatchNounPhrase(entry.phrase, words, start, length)) return CodeOn(entry.codes, date);
  }
  *length = 0;
  return "";
}

// ---- agents ----

void AgentDictionary::Store(const std::string& text, const std::string& code) {
  std::string first;
  NounPhrase phrase = MakeNounPhrase(text, &first);
  if (first.empty()) return;
  by_first_word_[first].push_back({std::move(phrase), code});
  ++entries_;
}

void AgentDictionary::LoadLines(const std::vector<DictLine>& lines, const std::string& file,
                                LoadReport* report) {
  for (const auto& line : lines) {
    const std::string& text = line.text;
    const size_t bang = text.find('!');
    if (bang != std::string::npos && text.find('=') != std::string::npos) {
      const size_t end = text.find('!', bang + 1), eq = text.find('=', bang);
      if (end == std::string::npos || eq == std::string::npos) {
        report->Warn(file, line.number, "substitution marker incorrectly defined");
        continue;
      }
      auto& list = markers_[text.substr(bang + 1, end - bang - 1)];
      list.clear();
      for (size_t start = eq + 1; start <= text.size();) {
        const size_t comma = std::min(text.find(',', start), text.size());
        list.emplace_back(Strip(std::string_view(text).substr(start, comma - start)));
        start = comma + 1;
      }
      continue;
    }
    const size_t open = text.find('[');
    if (open == std::string::npos) {
      report->Warn(file, line.number, "agent without a [code]; line skipped");
      continue;
    }
    const std::string_view after = std::string_view(text).substr(open + 1);
    const std::string code(Strip(after.substr(0, after.find(']'))));
    std::string head(Strip(std::string_view(text).substr(0, open)));
    if (const size_t m = head.find('!'); m != std::string::npos) {
      const size_t m2 = head.find('!', m + 1);
      auto it = m2 == std::string::npos ? markers_.end()
                                        : markers_.find(head.substr(m + 1, m2 - m - 1));
      if (it == markers_.end()) {
        report->Warn(file, line.number, "unknown substitution marker; line skipped");
        continue;
      }
      for (const auto& sub : it->second) {
        Store(head.substr(0, m) + sub + head.substr(m2 + 1) + ' ', code);
      }
      continue;
    }
    std::string plural;
    if (const size_t brace = head.find('{'); brace != std::string::npos) {
      const size_t close = head.find('}', brace);
      if (close == std::string::npos) {
        report->Warn(file, line.number, "missing '}'; line skipped");
        continue;
      }
      plural = std::string(Strip(head.substr(brace + 1, close - brace - 1)));
      head = std::string(Strip(head.substr(0, brace)));
    } else if (!head.empty()) {
      const char last = head.back();
      plural = last == 'Y' ? head.substr(0, head.size() - 1) + "IES"
                           : head + (last == 'S' ? "ES" : "S");
    }
    Store(head + ' ', code);
    if (!plural.empty()) Store(plural + ' ', code);
  }
}

Status AgentDictionary::Load(const std::string& path, LoadReport* report) {
  auto lines = ReadDictLines(path);
  if (!lines.ok()) return lines.status();
  LoadLines(lines.value(), path, report);
  return Status::Ok();
}

const AgentEntry* AgentDictionary::Match(const std::vector<std::string>& words, size_t start,
                                         size_t* length) const {
  auto it = by_first_word_.find(words[start]);
  if (it == by_first_word_.end()) return nullptr;
  for (const auto& entry : it->second) {
    if (MatchNounPhrase(entry.phrase, words, start, length)) return &entry;
  }
  return nullptr;
}

}  // namespace parley::petrarch
