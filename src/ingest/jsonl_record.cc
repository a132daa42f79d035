#include "ingest/jsonl_record.h"

#include <simdjson.h>

namespace parley {

namespace dom = simdjson::dom;

struct JsonlRecordParser::Impl {
  dom::parser parser;
};

JsonlRecordParser::JsonlRecordParser() : impl_(std::make_unique<Impl>()) {}
JsonlRecordParser::~JsonlRecordParser() = default;

namespace {

// Reads an optional string field; a missing or null field leaves *out empty.
Status ReadString(dom::object obj, std::string_view key, std::string* out) {
  out->clear();
  dom::element v;
  if (obj.at_key(key).get(v) || v.is_null()) return Status::Ok();
  std::string_view sv;
  if (v.get_string().get(sv)) {
    return Status::Corruption("field \"" + std::string(key) + "\" is not a string");
  }
  out->assign(sv);
  return Status::Ok();
}

Status ReadId(dom::object obj, std::string* out) {
  dom::element v;
  if (obj.at_key("id").get(v)) return Status::Corruption("missing field \"id\"");
  std::string_view sv;
  int64_t n;
  if (!v.get_string().get(sv)) {
    out->assign(sv);
  } else if (!v.get_int64().get(n)) {
    *out = std::to_string(n);
  } else {
    return Status::Corruption("field \"id\" is neither a string nor an integer");
  }
  if (out->empty()) return Status::Corruption("field \"id\" is empty");
  return Status::Ok();
}

}  // namespace

Status JsonlRecordParser::Parse(std::string_view line, Article* a, bool* bad_date) {
  *bad_date = false;
  dom::element root;
  if (auto e = impl_->parser.parse(line.data(), line.size(), true).get(root)) {
    return Status::Corruption(std::string("invalid JSON: ") + simdjson::error_message(e));
  }
  dom::object obj;
  if (root.get_object().get(obj)) return Status::Corruption("not a JSON object");
  Status s = ReadId(obj, &a->id);
  if (s.ok()) s = ReadString(obj, "text", &a->body);
  if (s.ok() && a->body.empty()) s = Status::Corruption("missing or empty field \"text\"");
  std::string date;
  if (s.ok()) s = ReadString(obj, "date", &date);
  if (s.ok()) s = ReadString(obj, "title", &a->title);
  if (s.ok()) s = ReadString(obj, "url", &a->url);
  if (s.ok()) s = ReadString(obj, "source", &a->source);
  if (!s.ok()) return s;
  if (!date.empty()) {
    a->published = Date::Parse(date);
    *bad_date = !a->published.known();
  }
  return Status::Ok();
}

}  // namespace parley
