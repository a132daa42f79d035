#include "recognize/actor_dictionary.h"

#include <algorithm>
#include <filesystem>

#include "util/dict_file.h"

namespace parley {

namespace fs = std::filesystem;

namespace {

bool IsCode(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0 || code.size() > 15) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// Parses "@FROM..TO" into days; either side may be empty.
bool ParseRange(std::string_view s, ActorRecord* r) {
  const size_t dots = s.find("..");
  if (s.empty() || s[0] != '@' || dots == std::string_view::npos) return false;
  const std::string_view from = s.substr(1, dots - 1), to = s.substr(dots + 2);
  if (!from.empty()) {
    const Date d = Date::Parse(from);
    if (!d.known()) return false;
    r->from = d.ToDays();
  }
  if (!to.empty()) {
    const Date d = Date::Parse(to);
    if (!d.known()) return false;
    r->to = d.ToDays();
  }
  return r->from <= r->to;
}

// Length of a record's range; unsigned so open ranges do not overflow.
uint64_t Width(const ActorRecord& r) {
  return static_cast<uint64_t>(r.to) - static_cast<uint64_t>(r.from);
}

}  // namespace

void ActorDictionary::Problem(const std::string& file, size_t line, const std::string& reason) {
  problems_.push_back(file + ":" + std::to_string(line) + ": " + reason);
}

Status ActorDictionary::LoadDir(const std::string& dir) {
  ++layer_;
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(fs::path(dir) / "actors", ec)) {
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    if (Status s = LoadActorsFile(f); !s.ok()) return s;
  }
  const fs::path agents = fs::path(dir) / "agents.txt";
  if (fs::exists(agents, ec)) return LoadAgentsFile(agents.string());
  return Status::Ok();
}

void ActorDictionary::AddActor(std::string_view name, uint32_t record) {
  const int id = actor_names_.Add(name);
  if (id < 0) return;
  if (static_cast<size_t>(id) >= records_of_phrase_.size()) {
    records_of_phrase_.resize(id + 1);
    phrase_layer_.resize(id + 1, 0);
  }
  if (phrase_layer_[id] != layer_) {  // a later dictionary replaces the name
    records_of_phrase_[id].clear();
    phrase_layer_[id] = layer_;
  }
  records_of_phrase_[id].push_back(record);
}

Status ActorDictionary::LoadActorsFile(const std::string& path) {
  return ForEachDictLine(path, [&](size_t line, std::string_view code, std::string_view rest) {
    ActorRecord r;
    if (!IsCode(code)) return Problem(path, line, "bad actor code \"" + std::string(code) + "\"");
    const size_t at = rest.rfind('@');
    std::string_view names = rest;
    if (at != std::string_view::npos && rest.find("..", at) != std::string_view::npos) {
      if (!ParseRange(TrimSpaces(rest.substr(at)), &r)) {
        return Problem(path, line, "bad date range \"" + std::string(rest.substr(at)) + "\"");
      }
      names = rest.substr(0, at);
    }
    const auto list = SplitList(names, '|');
    if (list.empty()) return Problem(path, line, "no names for " + std::string(code));
    r.code = std::string(code);
    r.name = std::string(list[0]);
    const uint32_t index = static_cast<uint32_t>(records_.size());
    records_.push_back(std::move(r));
    for (const auto name : list) AddActor(name, index);
  });
}

Status ActorDictionary::LoadAgentsFile(const std::string& path) {
  return ForEachDictLine(path, [&](size_t line, std::string_view role, std::string_view rest) {
    if (role.size() != 3 || !IsCode(role)) {
      return Problem(path, line, "bad agent role \"" + std::string(role) + "\"");
    }
    const auto list = SplitList(rest, '|');
    if (list.empty()) return Problem(path, line, "no phrases for " + std::string(role));
    for (const auto phrase : list) {
      const int id = agent_names_.Add(phrase);
      if (id < 0) continue;
      if (static_cast<size_t>(id) >= agent_roles_.size()) agent_roles_.resize(id + 1);
      agent_roles_[id] = std::string(role);
    }
  });
}

bool ActorDictionary::AddRecord(ActorRecord record, const std::vector<std::string>& names) {
  if (!IsCode(record.code) || record.from > record.to) return false;
  const uint32_t index = static_cast<uint32_t>(records_.size());
  records_.push_back(std::move(record));
  bool any = false;
  for (const auto& name : names) {
    if (actor_names_.Add(name) < 0) continue;
    AddActor(name, index);
    any = true;
  }
  if (!any) records_.pop_back();
  return any;
}

bool ActorDictionary::AddAgent(std::string_view role, std::string_view phrase) {
  if (!IsCode(role)) return false;
  const int id = agent_names_.Add(phrase);
  if (id < 0) return false;
  if (static_cast<size_t>(id) >= agent_roles_.size()) agent_roles_.resize(id + 1);
  agent_roles_[id] = std::string(role);
  return true;
}

const ActorRecord* ActorDictionary::Resolve(int phrase_id, const Date& date) const {
  if (phrase_id < 0 || static_cast<size_t>(phrase_id) >= records_of_phrase_.size()) {
    return nullptr;
  }
  const ActorRecord* best = nullptr;
  if (!date.known()) {
    for (const uint32_t i : records_of_phrase_[phrase_id]) {
      const ActorRecord& r = records_[i];
      if (!r.dated()) return &r;
      if (best == nullptr || r.from > best->from) best = &r;
    }
    return best;
  }
  const int64_t day = date.ToDays();
  for (const uint32_t i : records_of_phrase_[phrase_id]) {
    const ActorRecord& r = records_[i];
    if (day < r.from || day > r.to) continue;
    if (best == nullptr || Width(r) < Width(*best)) best = &r;
  }
  return best;
}

}  // namespace parley
