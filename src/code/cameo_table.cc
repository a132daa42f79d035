#include "code/cameo_table.h"

#include <cstdlib>
#include <vector>

#include "util/dict_file.h"
#include "util/line_reader.h"

namespace parley {

namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Status CameoTable::Load(const std::string& path) {
  auto reader = LineReader::Open(path, 1 << 16);
  if (!reader.ok()) return reader.status();
  std::string line;
  bool too_long = false;
  while (reader.value()->Next(&line, &too_long)) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = SplitFields(line, '\t');
    if (!AllDigits(f[0])) continue;  // header row
    if (f.size() < 4) {
      return Status::Corruption(path + ":" + std::to_string(reader.value()->line_number()) +
                                ": expected at least 4 tab-separated columns");
    }
    CameoInfo info;
    info.code = std::string(f[0]);
    info.name = std::string(f[1]);
    info.goldstein = std::strtod(std::string(f[2]).c_str(), nullptr);
    info.quad_class = static_cast<QuadClass>(std::atoi(std::string(f[3]).c_str()));
    if (f.size() > 4) info.plover_type = std::string(f[4]);
    if (f.size() > 5) info.plover_mode = std::string(f[5]);
    codes_[info.code] = std::move(info);
  }
  return reader.value()->status();
}

const CameoInfo* CameoTable::Find(std::string_view code) const {
  const auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

const CameoInfo* CameoTable::Nearest(std::string_view code) const {
  for (; code.size() >= 2; code.remove_suffix(1)) {
    if (const CameoInfo* info = Find(code)) return info;
  }
  return nullptr;
}

}  // namespace parley
