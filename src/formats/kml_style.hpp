#pragma once
// One KML <Style> per event type, each with its own icon colour, so event types can be told
// apart on the map and toggled in Google Earth's sidebar.
#include <string>
#include <string_view>
#include <vector>

namespace bordermap::events::kml {

struct TypeStyle {
  std::string event_type;  // "" for events without a type
  std::string id;          // XML id: "type-battles"
  std::string color;       // KML aabbggrr: "ff2c2cd6"
  std::string label;       // folder name: the type, or "(no type)"
};

// Styles for the given types (each once, in the order given). ACLED's six types always get
// the same colours; others take the remaining palette colours in turn.
std::vector<TypeStyle> styles_for(const std::vector<std::string>& types);

// Colour as KML's aabbggrr from an "#rrggbb" string.
std::string kml_color(std::string_view rgb_hex);

}  // namespace bordermap::events::kml
