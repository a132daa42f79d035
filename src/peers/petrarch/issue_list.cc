#include "peers/petrarch/issue_list.h"

#include "peers/petrarch/py_text.h"

namespace parley::petrarch {

namespace {

// Applies the first expansion marker of `form`; false when there is none.
bool ExpandOnce(const std::string& form, std::vector<std::string>* out) {
  if (const size_t plus = form.find('+'); plus != std::string::npos) {
    out->push_back(form.substr(0, plus) + " " + form.substr(plus + 1));
    out->push_back(form.substr(0, plus) + "-" + form.substr(plus + 1));
    return true;
  }
  for (const char* marker : {"N:", "V:"}) {
    const size_t at = form.find(marker);
    if (at == std::string::npos) continue;
    const std::string head = form.substr(0, at), tail = form.substr(at + 2);
    const size_t space = tail.find(' ');
    const std::string word = tail.substr(0, space);
    const std::string after = space == std::string::npos ? "" : tail.substr(space);
    if (word.empty()) return false;
    out->push_back(head + word + after);
    if (marker[0] == 'N') {
      out->push_back(head + (word.back() == 'Y' ? word.substr(0, word.size() - 1) + "IES"
                                                : word + "S") + after);
    } else {
      const bool e = word.back() == 'E';
      out->push_back(head + word + "S" + after);
      out->push_back(head + word + (e ? "D" : "ED") + after);
      out->push_back(head + (e ? word.substr(0, word.size() - 1) : word) + "ING" + after);
    }
    return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> ExpandIssuePhrase(const std::string& phrase) {
  std::vector<std::string> done, todo{Upper(phrase)};
  for (size_t guard = 0; !todo.empty() && guard < 4096; ++guard) {
    std::string form = std::move(todo.back());
    todo.pop_back();
    std::vector<std::string> next;
    if (ExpandOnce(form, &next)) {
      todo.insert(todo.end(), next.rbegin(), next.rend());
    } else {
      done.push_back(std::move(form));
    }
  }
  return done;
}

void IssueList::LoadLines(const std::vector<DictLine>& lines) {
  for (const auto& line : lines) {
    std::string_view text = Strip(line.text);
    std::string code;
    if (text.starts_with('~')) {
      text.remove_prefix(text.starts_with("~~") ? 2 : 1);
    } else {
      const size_t open = text.find('['), close = text.find(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        continue;
      }
      code = std::string(text.substr(open + 1, close - open - 1));
      text = text.substr(0, open);
    }
    for (auto& form : ExpandIssuePhrase(std::string(Strip(text)))) {
      phrases_.push_back({" " + form + " ", code});
    }
  }
}

Status IssueList::Load(const std::string& path, LoadReport* report) {
  auto lines = ReadDictLines(path);
  if (!lines.ok()) return lines.status();
  LoadLines(lines.value());
  return Status::Ok();
}

std::vector<std::pair<std::string, int>> IssueList::Find(const std::string& sentence) const {
  const std::string text = Upper(sentence);
  std::vector<std::pair<std::string, int>> found;
  for (const auto& p : phrases_) {
    if (text.find(p.text) == std::string::npos) continue;
    if (p.code.empty()) return {};
    bool counted = false;
    for (auto& [code, n] : found) {
      if (code == p.code) {
        ++n;
        counted = true;
      }
    }
    if (!counted) found.emplace_back(p.code, 1);
  }
  return found;
}

}  // namespace parley::petrarch
