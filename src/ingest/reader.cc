// ArticleReader: walks inputs (files, folders, stdin) and yields cleaned Articles.
#include <algorithm>
#include <filesystem>
#include <system_error>

#include <zlib.h>

#include "ingest/jsonl_record.h"
#include "ingest/text_cleanup.h"
#include "ingest/web_archive.h"
#include "ingest/web_page.h"
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

bool IsHtmlName(std::string_view path) {
  const std::string_view p = WithoutGz(path);
  return HasSuffix(p, ".html") || HasSuffix(p, ".htm") || HasSuffix(p, ".xhtml");
}

bool IsArchiveName(std::string_view path) {
  const std::string_view p = WithoutGz(path);
  return HasSuffix(p, ".warc") || HasSuffix(p, ".arc") || HasSuffix(p, ".wet") ||
         HasSuffix(p, ".wat") || HasSuffix(p, ".warc.lz4");
}

// True when the (decompressed) file starts like a WARC or ARC file, whatever its name.
bool StartsLikeArchive(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return false;
  char head[11] = {};
  const int n = gzread(f, head, sizeof(head));
  gzclose(f);
  const std::string_view h(head, n > 0 ? n : 0);
  return h.substr(0, 5) == "WARC/" || h == "filedesc://";
}

// Files a folder walk picks up: text, JSONL, HTML and web archives, optionally gzipped,
// or files with no extension.
bool IsArticleFileName(const fs::path& path) {
  const std::string name = path.filename().string();
  if (name.empty() || name[0] == '.') return false;
  const std::string_view p = WithoutGz(name);
  return IsJsonlName(name) || IsHtmlName(name) || IsArchiveName(name) ||
         HasSuffix(p, ".txt") || HasSuffix(p, ".text") || p.find('.') == std::string_view::npos;
}

std::string ArticleIdFromPath(const std::string& path) {
  fs::path p(std::string(WithoutGz(path)));
  return p.stem().string();
}

enum class Mode { kText, kJsonl, kHtml, kArchive };

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
      if (archive_) {
        if (NextArchiveArticle(article)) return Yield(article);
        CloseArchive();
        continue;
      }
      if (file_ && mode_ == Mode::kJsonl) {
        if (NextJsonl(article)) return Yield(article);
        CloseFile();
        continue;
      }
      if (!OpenNextFile()) return false;
      if (mode_ == Mode::kText || mode_ == Mode::kHtml) {
        const bool ok = mode_ == Mode::kText ? ReadTextArticle(article) : ReadHtmlArticle(article);
        CloseFile();
        if (ok) return Yield(article);
      }
    }
  }

  const IngestCounts& counts() const override { return counts_; }

 private:
  bool Yield(Article* a) {
    ++counts_.articles;
    if (!a->published.known()) {
      a->published = options_.default_date;
      a->date_source = a->published.known() ? "default" : "";
    }
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
    mode_ = ChooseMode(path);
    if (mode_ == Mode::kArchive) return OpenArchive(path);
    auto r = LineReader::Open(path, options_.max_record_bytes);
    if (!r.ok()) {
      Problem(path, r.status().message(), true);
      return false;
    }
    file_ = std::move(r.value());
    path_ = path == "-" ? "<stdin>" : path;
    if (path == "-" && options_.format == InputFormat::kAuto) {
      mode_ = SniffStdinJsonl() ? Mode::kJsonl : Mode::kText;
    }
    return true;
  }

  Mode ChooseMode(const std::string& path) const {
    switch (options_.format) {
      case InputFormat::kJsonl: return Mode::kJsonl;
      case InputFormat::kText: return Mode::kText;
      case InputFormat::kHtml: return Mode::kHtml;
      case InputFormat::kWarc: return Mode::kArchive;
      case InputFormat::kAuto: break;
    }
    if (IsJsonlName(path)) return Mode::kJsonl;
    if (IsHtmlName(path)) return Mode::kHtml;
    if (IsArchiveName(path) || (path != "-" && StartsLikeArchive(path))) return Mode::kArchive;
    return Mode::kText;
  }

  bool SniffStdinJsonl() {
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
    if (article->published.known()) article->date_source = "input";
    article->origin = where;
    NormalizeText(&article->body);
    Clean(article, /*title_in_text=*/false);
    return true;
  }

  // Reads the rest of the open file; false (reported) when it is too large.
  bool ReadWholeFile(std::string* text) {
    text->clear();
    if (has_pending_line_) *text = pending_line_ + "\n";
    std::string rest;
    bool too_large = false;
    file_->ReadAll(&rest, &too_large);
    *text += rest;
    if (too_large || text->size() > options_.max_record_bytes) {
      Problem(path_ + ":1", "larger than " + std::to_string(options_.max_record_bytes) +
                                " bytes, skipped", true);
      return false;
    }
    return true;
  }

  bool ReadHtmlArticle(Article* article) {
    std::string html;
    if (!ReadWholeFile(&html)) return false;
    Result<WebArticle> w = ArticleFromHtml(html, "", "");
    if (!w.ok()) {
      Problem(path_ + ":1", w.status().message() + ", skipped", true);
      return false;
    }
    *article = std::move(w->article);
    article->date_source = article->published.known() ? w->date_source : "";
    article->id = path_ == "<stdin>" ? "stdin" : ArticleIdFromPath(path_);
    article->origin = path_;
    Clean(article, /*title_in_text=*/false);
    if (article->body.empty()) {
      Problem(path_ + ":1", "no article text in the page, skipped", true);
      return false;
    }
    return true;
  }

  bool OpenArchive(const std::string& path) {
    auto r = ArchiveReader::Open(path, options_.max_record_bytes);
    if (!r.ok()) {
      Problem(path, r.status().message(), true);
      return false;
    }
    archive_ = std::move(r.value());
    path_ = path == "-" ? "<stdin>" : path;
    archive_id_ = path == "-" ? "stdin" : ArticleIdFromPath(std::string(WithoutGz(path)));
    archive_articles_ = 0;
    return true;
  }

  void CloseArchive() {
    if (!archive_->status().ok()) {
      Problem(path_, archive_->status().message() + ", rest of file skipped", true);
    }
    archive_.reset();
  }

  bool NextArchiveArticle(Article* article) {
    ArchiveRecord record;
    std::string reason;
    for (;;) {
      const auto outcome = archive_->Next(&record, &reason);
      if (outcome == ArchiveReader::Outcome::kEnd) return false;
      if (outcome == ArchiveReader::Outcome::kSkipped) {
        Problem(path_ + ":" + std::to_string(record.offset), reason, true);
        continue;
      }
      Result<WebArticle> w = ArticleFromRecord(record, options_.max_record_bytes);
      if (w.status().code() == Status::Code::kNotFound) continue;  // not a page: quiet
      const std::string where = path_ + ":" + std::to_string(record.offset);
      if (!w.ok()) {
        Problem(where, w.status().message() + ", skipped", true);
        continue;
      }
      *article = std::move(w->article);
      article->date_source = article->published.known() ? w->date_source : "";
      article->origin = where;
      Clean(article, /*title_in_text=*/false);
      if (article->body.empty()) continue;  // a page with no prose: nothing to code
      article->id = archive_id_ + "#" + std::to_string(++archive_articles_);
      return true;
    }
  }

  bool ReadTextArticle(Article* article) {
    *article = Article();
    std::string text;
    if (!ReadWholeFile(&text)) return false;
    const std::string where = path_ + ":1";
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
    article->agency = c.agency;
    if (article->source.empty()) article->source = std::move(c.agency);
    if (!article->published.known() && c.published.known()) {
      article->published = c.published;
      article->date_source = "text";
    }
    article->body = std::move(c.body);
  }

  std::vector<std::string> inputs_;
  InputOptions options_;
  IngestCounts counts_;
  std::unique_ptr<LineReader> file_;
  std::unique_ptr<ArchiveReader> archive_;
  std::string archive_id_;
  uint64_t archive_articles_ = 0;
  std::string path_;
  Mode mode_ = Mode::kText;
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
