#include "geo/border_references.hpp"

#include <array>

namespace bordermap::geo {
namespace {

struct Row {
  const char* a;  // alphabetical order
  const char* b;
  double km;
};

// CIA World Factbook, "Land boundaries" of each country (the figures agree on both
// sides of each pair). Only pairs among the DCW countries bordermap derives; a pair
// missing here gets no reference rather than a guess.
constexpr const char* kFactbook = "CIA World Factbook, land boundaries";
constexpr std::array<Row, 17> kRows{{
    {"AF", "CN", 91},    {"AF", "IR", 921},   {"AF", "PK", 2670},  {"AF", "TJ", 1357},
    {"AF", "TM", 804},   {"AF", "UZ", 144},   {"CN", "IN", 2659},  {"CN", "KG", 1063},
    {"CN", "PK", 438},   {"CN", "TJ", 477},   {"IN", "PK", 3190},  {"IR", "PK", 959},
    {"IR", "TM", 1148},  {"KG", "TJ", 984},   {"KG", "UZ", 1314},  {"TJ", "UZ", 1312},
    {"TM", "UZ", 1793},
}};

}  // namespace

std::optional<BorderReference> border_reference(std::string_view a, std::string_view b) {
  if (b < a) std::swap(a, b);
  for (const auto& r : kRows)
    if (a == r.a && b == r.b) return BorderReference{r.km, kFactbook};
  return std::nullopt;
}

}  // namespace bordermap::geo
