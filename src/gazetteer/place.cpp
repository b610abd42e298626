#include "gazetteer/place.hpp"

#include <array>

namespace bordermap::gazetteer {
namespace {
constexpr std::array<std::string_view, 9> kNames = {
    "country", "admin1", "admin2", "populated_place", "river",
    "region",  "mountain", "facility", "other"};
}

std::string_view kind_name(Kind kind) { return kNames[static_cast<size_t>(kind)]; }

std::optional<Kind> parse_kind(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Kind>(i);
  return std::nullopt;
}

}  // namespace bordermap::gazetteer
