#include "analyze/syntax/conllu_reader.h"

#include <charconv>
#include <fstream>

#include "analyze/syntax/deprel.h"
#include "analyze/syntax/upos.h"

namespace parley::syntax {

namespace {

constexpr size_t kMaxWords = 4096;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) return cols;
    start = tab + 1;
  }
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool HasSpaceAfterNo(std::string_view misc) {
  size_t pos = misc.find("SpaceAfter=No");
  if (pos == std::string_view::npos) return false;
  size_t end = pos + 13;
  return (pos == 0 || misc[pos - 1] == '|') && (end == misc.size() || misc[end] == '|');
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

ConlluReader::ConlluReader(std::istream* in, std::string name, ConlluOptions options)
    : in_(in), name_(std::move(name)), options_(options) {}

bool ConlluReader::ReadBlock() {
  block_.clear();
  block_lines_.clear();
  std::string line;
  while (std::getline(*in_, line)) {
    ++line_no_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!block_.empty()) return true;
      continue;
    }
    block_.push_back(std::move(line));
    block_lines_.push_back(line_no_);
  }
  return !block_.empty();
}

bool ConlluReader::Next(TreebankSentence* s) {
  while (ReadBlock()) {
    *s = TreebankSentence();
    s->line = block_lines_.front();
    Status status = ParseBlock(s);
    if (status.ok()) return true;
    errors_.push_back(name_ + ":" + std::to_string(error_line_) + ": " + status.message() +
                      " (sentence skipped)");
  }
  return false;
}

Status ConlluReader::ParseBlock(TreebankSentence* s) {
  for (size_t i = 0; i < block_.size(); ++i) {
    error_line_ = block_lines_[i];
    if (block_[i][0] == '#') {
      ParseComment(block_[i], s);
      continue;
    }
    Status status = ParseWordLine(block_[i], s);
    if (!status.ok()) return status;
  }
  error_line_ = block_lines_.front();
  if (s->words.empty()) return Status::Corruption("sentence without words");
  return options_.require_tree ? CheckTree(*s) : Status::Ok();
}

void ConlluReader::ParseComment(const std::string& line, TreebankSentence* s) {
  if (StartsWith(line, "# text = ")) s->text = line.substr(9);
  if (StartsWith(line, "# newdoc")) s->new_doc = true;
  if (StartsWith(line, "# newpar")) s->new_par = true;
}

Status ConlluReader::ParseWordLine(const std::string& line, TreebankSentence* s) {
  std::vector<std::string_view> cols = SplitTabs(line);
  if (cols.size() != 10) {
    return Status::Corruption("expected 10 columns, found " + std::to_string(cols.size()));
  }
  std::string_view id = cols[0];
  if (id.find('.') != std::string_view::npos) return Status::Ok();  // empty node
  if (id.find('-') != std::string_view::npos) return ParseRangeLine(cols, s);
  int num = 0;
  if (!ParseInt(id, &num) || num != static_cast<int>(s->words.size()) + 1) {
    return Status::Corruption("bad word id '" + std::string(id) + "'");
  }
  if (s->words.size() >= kMaxWords) return Status::Corruption("sentence too long");
  if (cols[1].empty()) return Status::Corruption("empty FORM");
  TreebankWord w;
  w.form = cols[1];
  w.lemma = cols[2];
  w.xpos = cols[4];
  w.space_after = !HasSpaceAfterNo(cols[9]);
  if (!ParseUpos(cols[3], &w.upos) && (options_.require_tree || cols[3] != "_")) {
    return Status::Corruption("bad UPOS '" + std::string(cols[3]) + "'");
  }
  if (options_.require_tree) {
    int head = 0;
    if (!ParseInt(cols[6], &head) || head < 0) {
      return Status::Corruption("bad HEAD '" + std::string(cols[6]) + "'");
    }
    w.head = head - 1;
    w.deprel = DeprelId(cols[7]);
    if (w.deprel == 0) return Status::Corruption("missing DEPREL");
  }
  s->words.push_back(std::move(w));
  return Status::Ok();
}

Status ConlluReader::ParseRangeLine(const std::vector<std::string_view>& cols,
                                    TreebankSentence* s) {
  std::string_view id = cols[0];
  size_t dash = id.find('-');
  MultiwordToken mwt;
  if (!ParseInt(id.substr(0, dash), &mwt.first) || !ParseInt(id.substr(dash + 1), &mwt.last) ||
      mwt.first != static_cast<int>(s->words.size()) + 1 || mwt.last < mwt.first) {
    return Status::Corruption("bad multiword range '" + std::string(id) + "'");
  }
  mwt.first -= 1;
  mwt.last -= 1;
  mwt.form = cols[1];
  mwt.space_after = !HasSpaceAfterNo(cols[9]);
  s->multiwords.push_back(std::move(mwt));
  return Status::Ok();
}

Status ConlluReader::CheckTree(const TreebankSentence& s) const {
  const int n = static_cast<int>(s.words.size());
  int roots = 0;
  for (const TreebankWord& w : s.words) {
    if (w.head >= n) return Status::Corruption("HEAD " + std::to_string(w.head + 1) + " > " + std::to_string(n));
    if (w.head < 0) ++roots;
  }
  if (roots != 1) return Status::Corruption(std::to_string(roots) + " roots (expected 1)");
  for (const MultiwordToken& m : s.multiwords) {
    if (m.last >= n) return Status::Corruption("multiword range past the last word");
  }
  // Every walk up from a word must reach the root within n steps.
  for (int i = 0; i < n; ++i) {
    int cur = i;
    for (int steps = 0; cur >= 0; ++steps) {
      if (steps > n) return Status::Corruption("cycle through word " + std::to_string(i + 1));
      cur = s.words[cur].head;
    }
  }
  return Status::Ok();
}

Result<std::vector<TreebankSentence>> ReadConlluFile(const std::string& path,
                                                     std::vector<std::string>* errors,
                                                     ConlluOptions options) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot open " + path);
  ConlluReader reader(&in, path, options);
  std::vector<TreebankSentence> sentences;
  TreebankSentence s;
  while (reader.Next(&s)) sentences.push_back(std::move(s));
  if (errors != nullptr) {
    errors->insert(errors->end(), reader.errors().begin(), reader.errors().end());
  }
  return sentences;
}

}  // namespace parley::syntax
