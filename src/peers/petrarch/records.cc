#include "peers/petrarch/records.h"

#include <fstream>
#include <sstream>

#include "peers/petrarch/py_text.h"
#include "peers/petrarch/xml_reader.h"

namespace parley::petrarch {

namespace {

class RecordParser {
 public:
  RecordParser(const std::string& xml, const std::string& name) : reader_(xml), name_(name) {}

  Result<RecordFile> Run() {
    for (XmlEvent e = reader_.Next();; e = reader_.Next()) {
      if (e.kind == XmlEvent::Kind::kEndOfInput) break;
      if (e.kind == XmlEvent::Kind::kError) return Bad(e.line, e.name);
      if (e.kind == XmlEvent::Kind::kEnd && e.name == "Sentence" && in_sentence_) {
        file_.items.push_back({RecordItem::Kind::kSentence, std::move(sentence_), "", ""});
        in_sentence_ = false;
      } else if (e.kind == XmlEvent::Kind::kStart) {
        if (Status s = Start(e); !s.ok()) return s;
      } else if (e.kind == XmlEvent::Kind::kText) {
        Text(e.text);
      } else if (e.kind == XmlEvent::Kind::kEnd) {
        EndField(e.name);
      }
    }
    if (in_sentence_) return Bad(sentence_.line, "<Sentence> is not closed");
    return std::move(file_);
  }

 private:
  Status Bad(size_t line, const std::string& why) const {
    return Status::Corruption(name_ + ":" + std::to_string(line) + ": " + why);
  }

  static std::string Attr(const XmlEvent& e, const char* key) {
    const std::string* v = e.Attribute(key);
    return v ? std::string(Strip(*v)) : std::string();
  }

  Status Start(const XmlEvent& e) {
    field_.clear();
    if (e.name == "Sentence") {
      if (in_sentence_) return Bad(e.line, "nested <Sentence>");
      in_sentence_ = true;
      sentence_ = SentenceRecord();
      sentence_.id = Attr(e, "id");
      sentence_.date = Attr(e, "date");
      sentence_.category = Attr(e, "category");
      sentence_.line = e.line;
    } else if (e.name == "EventCoding" && in_sentence_) {
      Coding(e);
    } else if (e.name == "Config") {
      file_.items.push_back({RecordItem::Kind::kConfig, {}, Attr(e, "option"), Attr(e, "value")});
    } else if (e.name == "Stop") {
      file_.items.push_back({RecordItem::Kind::kStop, {}, "", ""});
    } else if (e.name == "Skip" && in_sentence_) {
      sentence_.skip = true;
    } else {
      field_ = e.name;
      text_.clear();
    }
    return Status::Ok();
  }

  void Coding(const XmlEvent& e) {
    if (e.Attribute("noevents")) {
      sentence_.expected.clear();
    } else if (const std::string* error = e.Attribute("error")) {
      sentence_.expected.clear();
      sentence_.error = *error;
    } else {
      sentence_.expected.push_back(
          {Attr(e, "sourcecode"), Attr(e, "targetcode"), Attr(e, "eventcode")});
    }
  }

  void Text(const std::string& text) {
    if (!field_.empty()) text_ += text;
  }

  void EndField(const std::string& name) {
    if (name != field_) return;
    const std::string value(Strip(text_));
    if (in_sentence_ && name == "Text") sentence_.text = text_;
    if (in_sentence_ && name == "Parse") sentence_.parse = text_;
    if (name == "Verbfile") file_.verb_file = value;
    if (name == "Actorfile") file_.actor_file = value;
    if (name == "Agentfile") file_.agent_file = value;
    if (name == "Discardfile") file_.discard_file = value;
    if (name == "Include") file_.include = SplitWords(value);
    if (name == "Exclude") file_.exclude = SplitWords(value);
    field_.clear();
  }

  XmlReader reader_;
  const std::string& name_;
  RecordFile file_;
  SentenceRecord sentence_;
  bool in_sentence_ = false;
  std::string field_, text_;
};

}  // namespace

Result<RecordFile> ParseRecords(const std::string& xml, const std::string& name) {
  return RecordParser(xml, name).Run();
}

Result<RecordFile> ReadRecordFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return ParseRecords(buffer.str(), path);
}

}  // namespace parley::petrarch
