#include "peers/petrarch/coder_options.h"

#include <charconv>

#include "peers/petrarch/py_text.h"

namespace parley::petrarch {

namespace {

bool ParseInt(const std::string& text, int* out) {
  const std::string_view s = Strip(text);
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

Status CoderOptions::Set(const std::string& option, const std::string& value) {
  const std::string lower = [&] {
    std::string v = Upper(value);
    for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return v;
  }();
  if (option == "require_dyad") {
    require_dyad = lower.find("false") == std::string::npos;
    return Status::Ok();
  }
  if (option == "stop_on_error") return Status::Ok();
  int* target = option == "new_actor_length" ? &new_actor_length
                : option == "comma_min"      ? &comma_min
                : option == "comma_max"      ? &comma_max
                : option == "comma_bmin"     ? &comma_bmin
                : option == "comma_bmax"     ? &comma_bmax
                : option == "comma_emin"     ? &comma_emin
                : option == "comma_emax"     ? &comma_emax
                                             : nullptr;
  if (target == nullptr) return Status::InvalidArgument("unknown option " + option);
  int parsed = 0;
  if (!ParseInt(value, &parsed)) {
    return Status::InvalidArgument(option + " needs an integer, got \"" + value + "\"");
  }
  *target = parsed;
  return Status::Ok();
}

}  // namespace parley::petrarch
