#include "peers/petrarch/dictionaries.h"

namespace parley::petrarch {

DictionaryFiles PhoenixFiles(const std::string& dir) {
  DictionaryFiles f;
  f.verbs = dir + "/CAMEO.2.0.txt";
  f.actors = {dir + "/Phoenix.Countries.actors.txt", dir + "/Phoenix.International.actors.txt",
              dir + "/Phoenix.MilNonState.actors.txt"};
  f.agents = dir + "/Phoenix.agents.txt";
  f.discards = dir + "/Phoenix.discards.txt";
  f.issues = dir + "/Phoenix.IssueCoding.txt";
  return f;
}

Status Dictionaries::Load(const DictionaryFiles& files, LoadReport* report) {
  if (files.verbs.empty() || files.actors.empty() || files.agents.empty()) {
    return Status::InvalidArgument("verb, actor and agent dictionaries are required");
  }
  if (Status s = verbs.Load(files.verbs, report); !s.ok()) return s;
  for (const auto& path : files.actors) {
    if (Status s = actors.Load(path, report); !s.ok()) return s;
  }
  if (Status s = agents.Load(files.agents, report); !s.ok()) return s;
  if (!files.discards.empty()) {
    if (Status s = discards.Load(files.discards, report); !s.ok()) return s;
  }
  if (!files.issues.empty()) {
    if (Status s = issues.Load(files.issues, report); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace parley::petrarch
