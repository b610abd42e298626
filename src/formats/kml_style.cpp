#include "formats/kml_style.hpp"

#include <array>
#include <cctype>
#include <set>
#include <utility>

namespace bordermap::events::kml {
namespace {

// ACLED's types keep their colours whatever else is in the file.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kAcled = {{
    {"Battles", "#d62728"},
    {"Explosions/Remote violence", "#ff7f0e"},
    {"Violence against civilians", "#9467bd"},
    {"Protests", "#1f77b4"},
    {"Riots", "#e6c619"},
    {"Strategic developments", "#2ca02c"},
}};
// Further colours, distinct from the six above and from each other (Tableau 10 rest, then more).
constexpr std::array<std::string_view, 10> kPalette = {"#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
                                                      "#393b79", "#637939", "#843c39", "#7b4173", "#00e5ff"};

std::string slug(std::string_view type) {
  std::string s = "type-";
  bool dash = false;
  for (unsigned char c : type) {
    if (std::isalnum(c) && c < 0x80) {
      s.push_back(static_cast<char>(std::tolower(c)));
      dash = false;
    } else if (!dash && s.back() != '-') {
      s.push_back('-');
      dash = true;
    }
  }
  while (s.size() > 5 && s.back() == '-') s.pop_back();
  if (s.size() == 5) s += "none";
  return s;
}

}  // namespace

std::string kml_color(std::string_view rgb) {
  if (rgb.size() == 7 && rgb[0] == '#')
    return "ff" + std::string(rgb.substr(5, 2)) + std::string(rgb.substr(3, 2)) + std::string(rgb.substr(1, 2));
  return "ffffffff";
}

std::vector<TypeStyle> styles_for(const std::vector<std::string>& types) {
  std::vector<TypeStyle> out;
  std::set<std::string> ids;
  std::size_t next = 0;
  for (const auto& t : types) {
    std::string_view rgb;
    for (const auto& [name, colour] : kAcled)
      if (t == name) rgb = colour;
    if (rgb.empty()) rgb = kPalette[next++ % kPalette.size()];
    std::string id = slug(t);
    for (int n = 2; ids.count(id); ++n) id = slug(t) + "-" + std::to_string(n);  // "A/B" and "A B"
    ids.insert(id);
    out.push_back({t, id, kml_color(rgb), t.empty() ? "(no type)" : t});
  }
  return out;
}

}  // namespace bordermap::events::kml
