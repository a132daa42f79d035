#include "recognize/gazetteer.h"

#include <charconv>
#include <cstdlib>

#include "util/dict_file.h"
#include "util/line_reader.h"

namespace parley {

namespace {

// Columns: kind iso2 adm1 feature_id lat lon population name variants alternates
// [cameo fips].
enum Column { kKind, kIso2, kAdm1, kId, kLat, kLon, kPopulation, kName, kVariants,
              kAlternates, kCameo, kFips, kCountryColumns };
constexpr size_t kColumns = kAlternates + 1;

bool ParseInt(std::string_view s, int64_t* out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool ParseDegrees(std::string_view s, double limit, double* out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && *out >= -limit &&
         *out <= limit;
}

}  // namespace

Status Gazetteer::Load(const std::string& path) {
  auto reader = LineReader::Open(path, 1 << 16);
  if (!reader.ok()) return reader.status();
  path_ = path;
  // Sized for the shipped file (~35k places, ~50k names); smaller files waste little.
  entries_.reserve(40000);
  by_phrase_.reserve(60000);
  names_.Reserve(60000);
  std::string line;
  bool too_long = false;
  while (reader.value()->Next(&line, &too_long)) {
    line_ = reader.value()->line_number();
    if (too_long) {
      problems_.push_back(path + ":" + std::to_string(line_) + ": line too long");
    } else if (!line.empty() && line[0] != '#' && !AddLine(line)) {
      problems_.push_back(path + ":" + std::to_string(line_) + ": malformed place");
    }
  }
  return reader.value()->status();
}

bool Gazetteer::AddLine(std::string_view line) {
  const std::vector<std::string_view> f = SplitFields(line, '\t');
  if (f.size() < kColumns || f[kKind].size() != 1 || f[kName].empty()) return false;
  GazetteerEntry e;
  const char kind = f[kKind][0];
  if (!ParseInt(f[kId], &e.feature_id)) return false;
  if (!f[kPopulation].empty() && !ParseInt(f[kPopulation], &e.population)) return false;
  if (!f[kLat].empty() || !f[kLon].empty()) {
    if (!ParseDegrees(f[kLat], 90, &e.lat) || !ParseDegrees(f[kLon], 180, &e.lon)) return false;
    e.has_coordinates = true;
  }
  e.name = std::string(f[kName]);
  const uint32_t index = static_cast<uint32_t>(entries_.size());
  if (kind == 'C') {
    if (f.size() < kCountryColumns || f[kCameo].empty() || countries_.size() >= 0xffff) {
      return false;
    }
    e.kind = GazetteerEntry::Kind::kCountry;
    e.country = static_cast<uint16_t>(countries_.size());
    countries_.push_back({std::string(f[kIso2]), std::string(f[kCameo]),
                          std::string(f[kFips]), index});
    country_by_iso2_.emplace(f[kIso2], e.country);
    country_by_cameo_.emplace(f[kCameo], e.country);  // the first country keeps a code
  } else {
    const auto c = country_by_iso2_.find(std::string(f[kIso2]));
    if (c == country_by_iso2_.end() || (kind != 'A' && kind != 'P')) return false;
    e.kind = kind == 'A' ? GazetteerEntry::Kind::kAdmin1 : GazetteerEntry::Kind::kCity;
    e.country = c->second;
    e.adm1_code = std::string(f[kAdm1]);
    const std::string key = std::string(f[kIso2]) + "." + e.adm1_code;
    if (kind == 'A') {
      admin1_by_key_.emplace(key, index);
    } else if (const auto a = admin1_by_key_.find(key); a != admin1_by_key_.end()) {
      e.admin1 = static_cast<int32_t>(a->second);
    }
  }
  entries_.push_back(std::move(e));
  AddName(index, f[kName], false);
  for (std::string_view v : SplitList(f[kVariants], '|')) AddName(index, v, false);
  for (std::string_view v : SplitList(f[kAlternates], '|')) AddName(index, v, true);
  return true;
}

void Gazetteer::AddName(uint32_t entry, std::string_view name, bool alternate) {
  const int id = names_.Add(name);
  if (id < 0) return;
  if (static_cast<size_t>(id) >= by_phrase_.size()) by_phrase_.resize(id + 1);
  auto& list = by_phrase_[id];
  if (list.empty() || list.back().entry != entry) list.push_back({entry, alternate});
}

int Gazetteer::CountryByCameo(std::string_view cameo) const {
  const auto it = country_by_cameo_.find(std::string(cameo));
  return it == country_by_cameo_.end() ? -1 : it->second;
}

Place Gazetteer::ToPlace(uint32_t index) const {
  const GazetteerEntry& e = entries_[index];
  const GazetteerCountry& c = countries_[e.country];
  const std::string& country_name = entries_[c.entry].name;
  const bool us = c.iso2 == "US";
  Place p;
  p.country = c.cameo;
  p.fips = c.fips;
  p.feature_id = e.feature_id;
  p.lat = e.lat;
  p.lon = e.lon;
  p.has_coordinates = e.has_coordinates;
  switch (e.kind) {
    case GazetteerEntry::Kind::kCountry:
      p.type = Place::Type::kCountry;
      p.name = e.name;
      p.adm1 = c.fips;
      return p;
    case GazetteerEntry::Kind::kAdmin1:
      p.type = us ? Place::Type::kUsState : Place::Type::kWorldState;
      p.name = e.name + ", " + country_name;
      break;
    case GazetteerEntry::Kind::kCity:
      p.type = us ? Place::Type::kUsCity : Place::Type::kWorldCity;
      p.name = e.admin1 >= 0 ? e.name + ", " + entries_[e.admin1].name + ", " + country_name
                             : e.name + ", " + country_name;
      break;
  }
  p.adm1 = e.adm1_code.empty() ? c.fips : c.fips + e.adm1_code;
  return p;
}

}  // namespace parley
