#include "events/event_id.hpp"

#include <cstdint>
#include <cstdio>

namespace bordermap::events {

std::string event_id(std::string_view document_id, std::size_t sentence_start, std::size_t sentence_end,
                     std::string_view place_id) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xff;  // field separator, so ("ab","c") and ("a","bc") differ
    h *= 1099511628211ull;
  };
  mix(document_id);
  mix(std::to_string(sentence_start));
  mix(std::to_string(sentence_end));
  mix(place_id);
  char buf[24];
  std::snprintf(buf, sizeof buf, "ev-%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace bordermap::events
