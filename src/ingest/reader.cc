// ArticleReader: walks inputs (files, folders, stdin) and yields cleaned Articles.
#include <algorithm>
#include <filesystem>
#include <system_error>

#include "ingest/jsonl_record.h"
#include "ingest/text_cleanup.h"
#include "parley/ingest.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace parley {

namespace fs = std::filesystem;

namespace {

bool HasSuffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view WithoutGz(std::string_view path) {
  return HasSuffix(path, ".gz") ? path.substr(0, path.size() - 3) : path;
}

bool IsJsonlName(std::string_view path) {
  const std::string_view p = WithoutGz(path);
  return HasSuffix(p, ".jsonl") || HasSuffix(p, ".ndjson");
}

// Files a folder walk picks up: text and JSONL, optionally gzipped, or no extension.
bool IsArticleFileName(const fs::path& path) {
  const std::string name = path.filename().string();
  if (name.empty() || name[0] == '.') return false;
  const std::string_view p = WithoutGz(name);
  return IsJsonlName(name) || HasSuffix(p, ".txt") || HasSuffix(p, ".text") ||
         p.find('.') == std::string_view::npos;
}

std::string ArticleIdFromPath(const std::string& path) {
  fs::path p(std::string(WithoutGz(path)));
  return p.stem().string();
}

// Line (1-based) of byte `offset` in `text`.
size_t LineOf(std::string_view text, size_t offset) {
  return 1 + std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n');
}

class Reader final : public ArticleReader {
 public:
  Reader(std::vector<std::string> inputs, InputOptions options)
      : inputs_(std::move(inputs)), options_(std::move(options)) {
    std::reverse(inputs_.begin(), inputs_.end());  // pop from the back in order
  }

  bool Next(Article* article) override {
    for (;;) {
      if (file_ && jsonl_) {
        if (NextJsonl(article)) return Yield(article);
        CloseFile();
        continue;
      }
      if (!OpenNextFile()) return false;
      if (!jsonl_) {
        const bool ok = ReadTextArticle(article);
        CloseFile();
        if (ok) return Yield(article);
      }
    }
  }

  const IngestCounts& counts() const override { return counts_; }

 private:
  bool Yield(Article* a) {
    ++counts_.articles;
    if (!a->published.known()) a->published = options_.default_date;
    return true;
  }

  void Problem(const std::string& where, const std::string& reason, bool skipped) {
    if (skipped) ++counts_.skipped;
    if (options_.on_problem) options_.on_problem(where + ": " + reason);
  }

  // Moves to the next readable file; expands folders. False when inputs are exhausted.
  bool OpenNextFile() {
    while (!inputs_.empty()) {
      std::string path = std::move(inputs_.back());
      inputs_.pop_back();
      if (path != "-" && ExpandFolder(path)) continue;
      if (OpenFile(path)) return true;
    }
    return false;
  }

  // When `path` is a folder, queues its article files (sorted) and returns true.
  bool ExpandFolder(const std::string& path) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) return false;
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(
             path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && IsArticleFileName(it->path())) {
        files.push_back(it->path().string());
      }
    }
    if (ec) Problem(path, "cannot list folder: " + ec.message(), true);
    std::sort(files.rbegin(), files.rend());  // reversed: popped from the back
    inputs_.insert(inputs_.end(), files.begin(), files.end());
    return true;
  }

  bool OpenFile(const std::string& path) {
    std::error_code ec;
    if (path != "-" && !fs::exists(path, ec)) {
      Problem(path, "no such file or folder", true);
      return false;
    }
    auto r = LineReader::Open(path, options_.max_record_bytes);
    if (!r.ok()) {
      Problem(path, r.status().message(), true);
      return false;
    }
    file_ = std::move(r.value());
    path_ = path == "-" ? "<stdin>" : path;
    jsonl_ = ChooseJsonl(path);
    return true;
  }

  bool ChooseJsonl(const std::string& path) {
    switch (options_.format) {
      case InputFormat::kJsonl: return true;
      case InputFormat::kText: return false;
      case InputFormat::kAuto: break;
    }
    if (path != "-") return IsJsonlName(path);
    // stdin: JSONL when the first line starts with '{'.
    bool too_long = false;
    has_pending_line_ = file_->Next(&pending_line_, &too_long);
    pending_too_long_ = too_long;
    const size_t p = pending_line_.find_first_not_of(" \t");
    return has_pending_line_ && p != std::string::npos && pending_line_[p] == '{';
  }

  void CloseFile() {
    if (file_ && !file_->status().ok()) Problem(path_, file_->status().message(), false);
    file_.reset();
    has_pending_line_ = false;
  }

  bool NextLine(std::string* line, bool* too_long) {
    if (has_pending_line_) {
      has_pending_line_ = false;
      line->swap(pending_line_);
      *too_long = pending_too_long_;
      return true;
    }
    return file_->Next(line, too_long);
  }

  bool NextJsonl(Article* article) {
    bool too_long = false;
    while (NextLine(&line_, &too_long)) {
      const std::string where = path_ + ":" + std::to_string(file_->line_number());
      if (too_long) {
        Problem(where, "line longer than " + std::to_string(options_.max_record_bytes) +
                           " bytes, skipped", true);
        continue;
      }
      if (line_.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (ParseJsonl(where, article)) return true;
    }
    return false;
  }

  bool ParseJsonl(const std::string& where, Article* article) {
    *article = Article();
    if (const size_t bad = FindInvalidUtf8(line_); bad != std::string::npos) {
      NormalizeText(&line_);
      ++counts_.repaired;
      Problem(where, "invalid UTF-8 at byte " + std::to_string(bad) +
                         ", replaced with U+FFFD", false);
    }
    bool bad_date = false;
    const Status s = jsonl_parser_.Parse(line_, article, &bad_date);
    if (!s.ok()) {
      Problem(where, s.message() + ", skipped", true);
      return false;
    }
    if (bad_date) Problem(where, "field \"date\" is not a YYYY-MM-DD date, ignored", false);
    article->origin = where;
    NormalizeText(&article->body);
    Clean(article, /*title_in_text=*/false);
    return true;
  }

  bool ReadTextArticle(Article* article) {
    *article = Article();
    std::string text;
    if (has_pending_line_) text = pending_line_ + "\n";
    std::string rest;
    bool too_large = false;
    file_->ReadAll(&rest, &too_large);
    text += rest;
    const std::string where = path_ + ":1";
    if (too_large || text.size() > options_.max_record_bytes) {
      Problem(where, "larger than " + std::to_string(options_.max_record_bytes) +
                         " bytes, skipped", true);
      return false;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      Problem(where, "empty file, skipped", true);
      return false;
    }
    if (LooksBinary(text)) {
      Problem(where, "binary data, not text, skipped", true);
      return false;
    }
    if (const size_t bad = FindInvalidUtf8(text); bad != std::string::npos) {
      ++counts_.repaired;
      Problem(path_ + ":" + std::to_string(LineOf(text, bad)),
              "invalid UTF-8, replaced with U+FFFD", false);
    }
    NormalizeText(&text);
    article->id = path_ == "<stdin>" ? "stdin" : ArticleIdFromPath(path_);
    article->origin = path_;
    article->body = std::move(text);
    Clean(article, /*title_in_text=*/true);
    return true;
  }

  static void Clean(Article* article, bool title_in_text) {
    CleanedText c = CleanText(article->body, title_in_text && article->title.empty());
    if (article->title.empty()) article->title = std::move(c.title);
    article->dateline = std::move(c.dateline);
    if (article->source.empty()) article->source = std::move(c.agency);
    if (!article->published.known()) article->published = c.published;
    article->body = std::move(c.body);
  }

  std::vector<std::string> inputs_;
  InputOptions options_;
  IngestCounts counts_;
  std::unique_ptr<LineReader> file_;
  std::string path_;
  bool jsonl_ = false;
  std::string line_;
  std::string pending_line_;  // first stdin line, read to sniff the format
  bool has_pending_line_ = false;
  bool pending_too_long_ = false;
  JsonlRecordParser jsonl_parser_;
};

}  // namespace

std::unique_ptr<ArticleReader> ArticleReader::Open(std::vector<std::string> inputs,
                                                   InputOptions options) {
  return std::make_unique<Reader>(std::move(inputs), std::move(options));
}

}  // namespace parley
