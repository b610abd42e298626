#pragma once
// Published lengths of land borders, shown beside the measured ones so a reader sees
// how much the figure depends on the source's scale.
#include <optional>
#include <string>
#include <string_view>

namespace bordermap::geo {

struct BorderReference {
  double km = 0;
  std::string source;
};

// For two ISO alpha-2 codes in either order; nullopt when no figure is on record.
std::optional<BorderReference> border_reference(std::string_view a, std::string_view b);

}  // namespace bordermap::geo
