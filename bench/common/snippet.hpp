#pragma once
// A one-line excerpt around a span, cut at UTF-8 boundaries, for error listings.
#include <string>
#include <string_view>

namespace bench {

inline std::string snippet(std::string_view text, std::size_t start, std::size_t end, std::size_t pad = 45) {
  auto lead = [&](std::size_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
  std::size_t a = start > pad ? start - pad : 0;
  while (a > 0 && lead(a)) --a;
  std::size_t b = std::min(text.size(), end + pad);
  while (b < text.size() && lead(b)) ++b;
  std::string out;
  for (std::size_t i = a; i < b; ++i) {
    if (i == start) out += "[[";
    char c = text[i];
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    if (i + 1 == end) out += "]]";
  }
  return out;
}

}  // namespace bench
