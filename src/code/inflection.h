// code/inflection.h — English verb forms for dictionary lemmas ("meet+").
#ifndef PARLEY_CODE_INFLECTION_H_
#define PARLEY_CODE_INFLECTION_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/status.h"

namespace parley {

struct VerbForms {
  std::vector<std::string> finite;      // lemma, 3rd person, past, -ing
  std::vector<std::string> participle;  // past participles (passive voice)
};

class Inflector {
 public:
  // Loads "lemma past participle [third-person]" lines (data/dict/irregular_verbs.txt).
  Status LoadIrregular(const std::string& path);
  // All forms of `lemma` (lower case): irregular ones when known, else built by rule.
  VerbForms Forms(std::string_view lemma) const;

 private:
  struct Irregular {
    std::vector<std::string> past, participle;
    std::string third;
  };
  std::unordered_map<std::string, Irregular> irregular_;
};

}  // namespace parley

#endif  // PARLEY_CODE_INFLECTION_H_
