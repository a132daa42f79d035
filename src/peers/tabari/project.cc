// peers/tabari/project.cc
#include "peers/tabari/project.h"

#include <cctype>
#include <filesystem>
#include <fstream>

#include "peers/tabari/dict_line.h"

namespace parley::tabari {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<Project> ReadProject(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open " + path);
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  Project p;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view l = Trim(line);
    if (l.size() < 3 || l[0] != '<') continue;
    const size_t close = l.find('>');
    if (close == std::string_view::npos) continue;
    std::string tag;
    for (char c : l.substr(1, 2)) tag += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view value = Trim(l.substr(close + 1));
    if (value.empty()) continue;
    const std::string file = (dir / std::string(value)).string();
    if (tag == "ac") p.actors.push_back(file);
    else if (tag == "ag") p.agents.push_back(file);
    else if (tag == "ve") p.verbs.push_back(file);
    else if (tag == "te") p.texts.push_back(file);
    else if (tag == "op") p.options = file;
  }
  if (p.actors.empty() || p.verbs.empty()) return Status::InvalidArgument(path + ": needs <actorfile> and <verbfile>");
  return p;
}

std::vector<TextRecord> ReadTextRecords(std::string_view text) {
  std::vector<TextRecord> out;
  bool in_record = false;
  ForEachLine(text, [&](int n, std::string_view line) {
    const bool blank = Trim(line).empty();
    if (!in_record) {
      if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0]))) {
        TextRecord r;
        size_t end = 0;
        while (end < line.size() && !std::isspace(static_cast<unsigned char>(line[end]))) ++end;
        r.date = std::string(line.substr(0, end));
        r.id = std::string(Trim(line.substr(end)));
        r.line = n;
        out.push_back(std::move(r));
        in_record = true;
      }
      return true;
    }
    if (blank) {
      in_record = false;
      return true;
    }
    if (!out.back().text.empty()) out.back().text += ' ';
    out.back().text += line;
    return true;
  });
  return out;
}

}  // namespace parley::tabari
