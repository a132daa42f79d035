// analyze/syntax/binary_io.h — little-endian writer and bounds-checked reader for models.
#ifndef PARLEY_ANALYZE_SYNTAX_BINARY_IO_H_
#define PARLEY_ANALYZE_SYNTAX_BINARY_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "parley/status.h"

namespace parley::syntax {

// Appends values to a byte string. Assumes a little-endian host (checked at load).
class BinaryWriter {
 public:
  template <typename T>
  void Put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  void PutString(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  template <typename T, typename A>
  void PutVector(const std::vector<T, A>& v) {
    Put<uint64_t>(v.size());
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

// Reads values back; every read checks the remaining size and fails with Corruption.
class BinaryReader {
 public:
  explicit BinaryReader(std::string_view bytes) : bytes_(bytes) {}
  template <typename T>
  Status Get(T* value) {
    if (pos_ + sizeof(T) > bytes_.size()) return Truncated();
    std::memcpy(value, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return Status::Ok();
  }
  Status GetString(std::string* s);
  template <typename T, typename A>
  Status GetVector(std::vector<T, A>* v) {
    uint64_t n = 0;
    if (Status st = Get(&n); !st.ok()) return st;
    if (n > (bytes_.size() - pos_) / sizeof(T)) return Truncated();
    v->resize(n);
    std::memcpy(v->data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return Status::Ok();
  }
  bool done() const { return pos_ == bytes_.size(); }

 private:
  static Status Truncated() { return Status::Corruption("model file truncated"); }
  std::string_view bytes_;
  size_t pos_ = 0;
};

Result<std::string> ReadWholeFile(const std::string& path);
Status WriteWholeFile(const std::string& path, std::string_view bytes);

// Every model file starts with "PRLY", a 4-byte kind ("TAGR", "PARS"), and a uint32
// format version. WriteHeader/CheckHeader handle it.
void WriteHeader(BinaryWriter* w, std::string_view kind, uint32_t version);
Status CheckHeader(BinaryReader* r, std::string_view kind, uint32_t version);
// The same for a reader of several versions: accepts [oldest, newest], sets *version.
Status CheckHeader(BinaryReader* r, std::string_view kind, uint32_t oldest, uint32_t newest,
                   uint32_t* version);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_BINARY_IO_H_
