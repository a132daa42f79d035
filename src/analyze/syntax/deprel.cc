#include "analyze/syntax/deprel.h"

#include <array>

namespace parley::syntax {

namespace {

// Append only: the position is the id stored in models.
constexpr std::array<std::string_view, 64> kNames = {
    "_",          "acl",           "acl:relcl",    "advcl",        "advcl:relcl",
    "advmod",     "amod",          "appos",        "aux",          "aux:pass",
    "case",       "cc",            "cc:preconj",   "ccomp",        "clf",
    "compound",   "compound:prt",  "conj",         "cop",          "csubj",
    "csubj:outer", "csubj:pass",   "dep",          "det",          "det:predet",
    "discourse",  "dislocated",    "expl",         "fixed",        "flat",
    "flat:foreign", "goeswith",    "iobj",         "list",         "mark",
    "nmod",       "nmod:desc",     "nmod:poss",    "nmod:unmarked", "nmod:npmod",
    "nmod:tmod",  "nsubj",         "nsubj:outer",  "nsubj:pass",   "nummod",
    "obj",        "obl",           "obl:agent",    "obl:unmarked", "obl:npmod",
    "obl:tmod",   "orphan",        "parataxis",    "punct",        "reparandum",
    "root",       "vocative",      "xcomp",        "det:poss",     "expl:pv",
    "compound:svc", "flat:name",   "advmod:emph",  "nummod:gov",
};

int Find(std::string_view name) {
  for (size_t i = 1; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

int DeprelCount() { return static_cast<int>(kNames.size()); }

std::string_view DeprelName(uint8_t id) {
  return id < kNames.size() ? kNames[id] : kNames[0];
}

uint8_t DeprelId(std::string_view name) {
  if (name.empty() || name == "_") return 0;
  int id = Find(name);
  if (id > 0) return static_cast<uint8_t>(id);
  size_t colon = name.find(':');
  if (colon != std::string_view::npos) id = Find(name.substr(0, colon));
  return static_cast<uint8_t>(id > 0 ? id : Find("dep"));
}

uint8_t UniversalDeprel(uint8_t id) {
  std::string_view name = DeprelName(id);
  size_t colon = name.find(':');
  if (colon == std::string_view::npos) return id;
  return static_cast<uint8_t>(Find(name.substr(0, colon)));
}

uint8_t RootDeprel() {
  static const uint8_t id = static_cast<uint8_t>(Find("root"));
  return id;
}

uint8_t PunctDeprel() {
  static const uint8_t id = static_cast<uint8_t>(Find("punct"));
  return id;
}

}  // namespace parley::syntax
