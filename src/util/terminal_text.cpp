#include "util/terminal_text.hpp"

#include <cstdio>

namespace bordermap::util {

std::string terminal_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char code[8];
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t') || c == 0x7f) {
      std::snprintf(code, sizeof code, "\\x%02X", c);
      out += code;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      std::snprintf(code, sizeof code, "\\u%04X", static_cast<unsigned char>(s[i + 1]));
      out += code;
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace bordermap::util
