// peers/tabari/project.h — TABARI .project files and .text records (manual 4.1, 4.3).
#ifndef PARLEY_PEERS_TABARI_PROJECT_H_
#define PARLEY_PEERS_TABARI_PROJECT_H_

#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley::tabari {

// File names of a project, resolved against the project's folder. Only the first two
// letters of a tag count (<actorfile>, <actorsfile>, <ac...> are the same).
struct Project {
  std::vector<std::string> actors, agents, verbs, texts;
  std::string options;
};
Result<Project> ReadProject(const std::string& path);

// One record of a .text file: a line starting with a digit ("YYMMDD id"), then text lines
// up to a blank line.
struct TextRecord {
  std::string date;  // first six (or eight) characters of the header
  std::string id;    // rest of the header, blank-trimmed
  std::string text;  // text lines joined with blanks
  int line = 0;      // line of the header
};
std::vector<TextRecord> ReadTextRecords(std::string_view text);

}  // namespace parley::tabari

#endif  // PARLEY_PEERS_TABARI_PROJECT_H_
