// peers/tabari/codes.cc
#include "peers/tabari/codes.h"

#include <cctype>
#include <charconv>

namespace parley::tabari {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

int ParseInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Splits "CODE rest" and parses the date restriction in rest.
Status ParseRestriction(std::string_view rest, bool yyyy, DatedActorCode* out) {
  std::string compact;
  for (char c : rest) if (!std::isspace(static_cast<unsigned char>(c))) compact += c;
  if (compact.empty()) return Status::Ok();
  const size_t width = yyyy ? 8 : 6;
  auto day = [&](std::string_view s) { return s.size() == width ? DayNumber(s, yyyy) : -1; };
  if (compact[0] == '<' || compact[0] == '>') {
    out->kind = compact[0] == '<' ? DatedActorCode::Kind::kBefore : DatedActorCode::Kind::kAfter;
    out->from = out->to = day(std::string_view(compact).substr(1));
  } else {
    const size_t dash = compact.find('-');
    if (dash == std::string::npos) return Status::InvalidArgument("bad date restriction '" + compact + "'");
    out->kind = DatedActorCode::Kind::kBetween;
    out->from = day(std::string_view(compact).substr(0, dash));
    out->to = day(std::string_view(compact).substr(dash + 1));
  }
  if (out->from < 0 || out->to < 0) return Status::InvalidArgument("bad date in '" + compact + "'");
  return Status::Ok();
}

// Codes separated by '/', e.g. "GME/GMW".
std::vector<CodeId> SplitCodes(std::string_view s, CodeTable& table) {
  std::vector<CodeId> codes;
  while (!s.empty()) {
    const size_t slash = s.find('/');
    std::string_view one = Trim(s.substr(0, slash));
    if (!one.empty()) codes.push_back(table.Intern(one));
    if (slash == std::string_view::npos) break;
    s.remove_prefix(slash + 1);
  }
  return codes;
}

bool IsSpecial(std::string_view s) { return s == "---" || s == "###" || s == "+++" || s == "***"; }

}  // namespace

CodeTable::CodeTable() {
  for (std::string_view s : {"---", "###", "+++", "***"}) Intern(s);
}

CodeId CodeTable::Intern(std::string_view code) {
  auto it = ids_.find(std::string(code));
  if (it != ids_.end()) return it->second;
  const CodeId id = static_cast<CodeId>(texts_.size());
  texts_.emplace_back(code);
  ids_.emplace(std::string(code), id);
  return id;
}

int32_t DayNumber(std::string_view s, bool yyyy) {
  const size_t width = yyyy ? 8 : 6;
  if (s.size() < width) return -1;
  for (size_t i = 0; i < width; ++i) if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
  int year = ParseInt(s.substr(0, yyyy ? 4 : 2));
  const int month = ParseInt(s.substr(yyyy ? 4 : 2, 2));
  const int dom = ParseInt(s.substr(yyyy ? 6 : 4, 2));
  if (!yyyy) year += year <= 30 ? 2000 : 1900;
  if (month < 1 || month > 12 || dom < 1 || dom > 31) return -1;
  return DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(dom));
}

std::string DateString(int32_t z, bool yyyy) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int y = static_cast<int>(yoe) + era * 400 + (m <= 2);
  char buf[40];  // room for any three ints: no truncation
  if (yyyy) std::snprintf(buf, sizeof buf, "%04d%02u%02u", y, m, d);
  else std::snprintf(buf, sizeof buf, "%02d%02u%02u", y % 100, m, d);
  return buf;
}

const std::vector<CodeId>& ActorCodes::Resolve(int32_t day) const {
  static const std::vector<CodeId> kNull{kNullCode};
  const DatedActorCode* fallback = nullptr;
  for (const DatedActorCode& b : blocks) {
    switch (b.kind) {
      case DatedActorCode::Kind::kDefault:
        if (!fallback) fallback = &b;
        break;
      case DatedActorCode::Kind::kBefore:
        if (day <= b.from) return b.codes;
        break;
      case DatedActorCode::Kind::kAfter:
        if (day >= b.from) return b.codes;
        break;
      case DatedActorCode::Kind::kBetween:
        if (day >= b.from && day <= b.to) return b.codes;
        break;
    }
  }
  return fallback ? fallback->codes : kNull;
}

std::string_view BracketContent(std::string_view block) {
  const size_t open = block.find('[');
  if (open == std::string_view::npos) return {};
  const size_t close = block.find(']', open);
  if (close == std::string_view::npos) return {};
  return Trim(block.substr(open + 1, close - open - 1));
}

Result<ActorCodes> ParseActorCodes(std::string_view s, CodeTable& table, bool yyyy) {
  ActorCodes out;
  while (true) {
    const size_t open = s.find('[');
    if (open == std::string_view::npos) break;
    const size_t close = s.find(']', open);
    if (close == std::string_view::npos) return Status::InvalidArgument("missing right-bracket ]");
    std::string_view body = Trim(s.substr(open + 1, close - open - 1));
    s.remove_prefix(close + 1);
    if (body.empty()) return Status::InvalidArgument("no code in [...]");
    DatedActorCode block;
    size_t end = 0;
    if (body.size() >= 3 && IsSpecial(body.substr(0, 3))) {
      end = 3;
    } else if (body.rfind("- - -", 0) == 0) {
      block.codes.push_back(kNullCode);
      end = 5;
    } else {
      while (end < body.size() && !std::isspace(static_cast<unsigned char>(body[end])) &&
             body[end] != '<' && body[end] != '>') ++end;
      // A date range right after the code ("USA 991201-010114") starts at a digit.
    }
    if (block.codes.empty()) {
      std::string_view code = body.substr(0, end);
      if (code.empty()) return Status::InvalidArgument("no code before date restriction");
      if (!std::isalnum(static_cast<unsigned char>(code[0])) && !IsSpecial(code) && code[0] != '~')
        return Status::InvalidArgument("bad code '" + std::string(code) + "'");
      block.codes = SplitCodes(code, table);
    }
    if (Status st = ParseRestriction(body.substr(end), yyyy, &block); !st.ok()) return st;
    out.blocks.push_back(std::move(block));
  }
  if (out.blocks.empty()) return Status::InvalidArgument("missing left-bracket [");
  // A lone restriction gets an implicit null default (manual 6.5.2, note 5); Resolve does that.
  return out;
}

Result<EventCode> ParseEventCode(std::string_view block, CodeTable& table) {
  std::string_view body = BracketContent(block);
  if (body.empty()) return Status::InvalidArgument("no code in [...]");
  EventCode ev;
  if (body == "- - -") body = "---";
  auto one = [&](std::string_view s, CodeId* id, bool* sub, bool* dom) {
    s = Trim(s);
    while (!s.empty() && (s.back() == '?' || s.back() == '!')) {
      (s.back() == '?' ? *sub : *dom) = true;
      s.remove_suffix(1);
      s = Trim(s);
    }
    *id = table.Intern(s);
  };
  const size_t colon = body.find(':');
  one(body.substr(0, colon), &ev.code, &ev.subordinate, &ev.dominant);
  if (colon != std::string_view::npos) one(body.substr(colon + 1), &ev.pair, &ev.pair_subordinate, &ev.pair_dominant);
  return ev;
}

Result<TimeCode> ParseTimeCode(std::string_view block, CodeTable& table) {
  std::string_view body = BracketContent(block);
  if (body.empty()) return Status::InvalidArgument("no code in [...]");
  TimeCode t;
  if (body == "- - -" || IsSpecial(body)) {
    t.special = table.Intern(body == "- - -" ? "---" : body);
    return t;
  }
  std::string digits;
  for (char c : body) if (!std::isspace(static_cast<unsigned char>(c)) && c != '+') digits += c;
  int v = 0;
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec != std::errc() || p != digits.data() + digits.size()) return Status::InvalidArgument("bad time shift");
  t.days = (v > 8191 || v < -8191) ? 0 : v;
  return t;
}

}  // namespace parley::tabari
