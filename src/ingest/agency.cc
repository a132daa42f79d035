#include "ingest/agency.h"

#include <cctype>

namespace parley {

namespace {

// Wire services often written in mixed case (acronyms are recognised by shape).
constexpr std::string_view kAgencyNames[] = {
    "Reuters", "Associated Press", "Sputnik", "Xinhua", "Interfax", "Bloomberg",
    "Anadolu", "Kyodo", "Yonhap", "Bernama", "Tasnim", "Trend", "Armenpress",
    "RIA Novosti", "Agence France-Presse", "Press Trust of India", "Asian News International"};

bool IsAcronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 6) return false;
  for (char c : s) {
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsAgencyName(std::string_view s) {
  if (IsAcronym(s)) return true;
  for (std::string_view n : kAgencyNames) {
    if (s == n) return true;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '.')) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

bool LooksLikeAgency(std::string_view s) {
  s = Trim(s);
  if (s.empty() || s.size() > 40) return false;
  size_t start = 0;
  for (;;) {
    const size_t slash = s.find('/', start);
    const std::string_view part = Trim(s.substr(start, slash - start));
    if (!IsAgencyName(part)) return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

std::string TrailingAgency(std::string_view paragraph, size_t* length) {
  *length = 0;
  std::string_view p = paragraph;
  while (!p.empty() && (p.back() == ' ' || p.back() == '.')) p.remove_suffix(1);
  if (p.empty() || p.back() != ')') return {};
  const size_t open = p.rfind('(');
  if (open == std::string_view::npos) return {};
  const std::string_view inner = p.substr(open + 1, p.size() - open - 2);
  if (!LooksLikeAgency(inner)) return {};
  size_t start = open;
  while (start > 0 && paragraph[start - 1] == ' ') --start;
  *length = paragraph.size() - start;
  return std::string(Trim(inner));
}

std::string CreditLineAgency(std::string_view line, int* year) {
  *year = 0;
  line = Trim(line);
  for (std::string_view prefix : {"\xC2\xA9", "Copyright", "(c)", "Author:", "By ", "Source:"}) {
    if (!StartsWith(line, prefix)) continue;
    std::string_view rest = Trim(line.substr(prefix.size()));
    if (rest.size() >= 4 && std::isdigit(static_cast<unsigned char>(rest[0])) &&
        std::isdigit(static_cast<unsigned char>(rest[3]))) {
      *year = std::stoi(std::string(rest.substr(0, 4)));
      rest = Trim(rest.substr(4));
    }
    // "Author:Reuters 2023-09-20 02:35": the name ends at a digit.
    size_t end = 0;
    while (end < rest.size() && !std::isdigit(static_cast<unsigned char>(rest[end])) &&
           rest[end] != ',' && rest[end] != '|') {
      ++end;
    }
    const std::string_view name = Trim(rest.substr(0, end));
    if (LooksLikeAgency(name)) return std::string(name);
    if (*year < 1900 || *year > 2100) *year = 0;
    return {};
  }
  return {};
}

}  // namespace parley
