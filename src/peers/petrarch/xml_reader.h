// peers/petrarch/xml_reader.h — a small pull reader for PETRARCH's XML files.
//
// Enough XML for the validation records and the sentence files: elements with quoted
// attributes (either quote), character data with the five predefined entities and
// numeric references, comments, processing instructions and <!DOCTYPE>, all skipped.
// No namespaces, no DTDs, no CDATA. The reader works on a string it does not own;
// names and attribute values are copied out, so events stay valid after Next().
#ifndef PARLEY_PEERS_PETRARCH_XML_READER_H_
#define PARLEY_PEERS_PETRARCH_XML_READER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::petrarch {

struct XmlEvent {
  enum class Kind { kStart, kEnd, kText, kEndOfInput, kError } kind = Kind::kError;
  std::string name;  // element name (kStart, kEnd); message (kError)
  std::vector<std::pair<std::string, std::string>> attributes;  // kStart
  std::string text;  // decoded character data (kText)
  bool self_closing = false;  // <a/>: a kEnd follows at once
  size_t line = 0;   // 1-based line where the event starts

  const std::string* Attribute(std::string_view key) const;
};

class XmlReader {
 public:
  // REQUIRES: `input` outlives the reader.
  explicit XmlReader(std::string_view input) : in_(input) {}
  XmlEvent Next();

 private:
  XmlEvent Tag();
  XmlEvent Error(std::string message) const;
  bool SkipPast(std::string_view terminator);
  void Advance(size_t n);

  std::string_view in_;
  size_t pos_ = 0;
  size_t line_ = 1;
  std::string pending_end_;  // name of a self-closing element whose kEnd is due
};

// Decodes &amp; &lt; &gt; &quot; &apos; and &#N; / &#xN; (others are kept as written).
std::string DecodeEntities(std::string_view text);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_XML_READER_H_
