#include "analyze/syntax/binary_io.h"

#include <bit>
#include <fstream>

namespace parley::syntax {

Status BinaryReader::GetString(std::string* s) {
  uint32_t n = 0;
  if (Status st = Get(&n); !st.ok()) return st;
  if (n > bytes_.size() - pos_) return Truncated();
  s->assign(bytes_.data() + pos_, n);
  pos_ += n;
  return Status::Ok();
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::IOError("cannot open " + path);
  const std::streamoff size = in.tellg();
  if (size < 0) return Status::IOError("cannot read " + path);
  std::string bytes(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) return Status::IOError("cannot read " + path);
  return bytes;
}

Status WriteWholeFile(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::IOError("cannot write " + path);
  return Status::Ok();
}

void WriteHeader(BinaryWriter* w, std::string_view kind, uint32_t version) {
  w->Put<uint32_t>(0x594c5250);  // "PRLY"
  for (char c : kind) w->Put<char>(c);
  w->Put<uint32_t>(version);
}

Status CheckHeader(BinaryReader* r, std::string_view kind, uint32_t version) {
  uint32_t got = 0;
  return CheckHeader(r, kind, version, version, &got);
}

Status CheckHeader(BinaryReader* r, std::string_view kind, uint32_t oldest, uint32_t newest,
                   uint32_t* version) {
  static_assert(std::endian::native == std::endian::little, "models are little-endian");
  uint32_t magic = 0, got_version = 0;
  char got_kind[4] = {};
  if (Status st = r->Get(&magic); !st.ok()) return st;
  for (char& c : got_kind) {
    if (Status st = r->Get(&c); !st.ok()) return st;
  }
  if (Status st = r->Get(&got_version); !st.ok()) return st;
  if (magic != 0x594c5250 || std::string_view(got_kind, 4) != kind) {
    return Status::Corruption("not a Parley " + std::string(kind) + " model");
  }
  if (got_version < oldest || got_version > newest) {
    return Status::Unsupported("model format version " + std::to_string(got_version) +
                               ", expected " + std::to_string(newest));
  }
  *version = got_version;
  return Status::Ok();
}

}  // namespace parley::syntax
