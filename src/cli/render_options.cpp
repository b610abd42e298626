#include "cli/render_options.hpp"

#include <cctype>
#include <cmath>
#include <sstream>

#include "util/error.hpp"
#include "util/iso_date.hpp"

namespace bordermap::cli {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::optional<int> whole_number(const std::string& s) {
  if (s.empty() || s.size() > 6) return std::nullopt;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  return std::stoi(s);
}

struct LayerName {
  const char* name;
  bool render::LayerToggles::*flag;
};
const LayerName kLayers[] = {
    {"relief", &render::LayerToggles::relief},   {"countries", &render::LayerToggles::countries},
    {"rivers", &render::LayerToggles::rivers},   {"graticule", &render::LayerToggles::graticule},
    {"border", &render::LayerToggles::border},   {"ticks", &render::LayerToggles::border_ticks},
    {"places", &render::LayerToggles::places},   {"events", &render::LayerToggles::events},
};

}  // namespace

PixelSize parse_size(const std::string& text) {
  auto x = lower(text).find('x');
  std::optional<int> w, h;
  if (x != std::string::npos) {
    w = whole_number(text.substr(0, x));
    h = whole_number(text.substr(x + 1));
  }
  if (!w || !h) throw InputError("--size '" + text + "' is not WIDTHxHEIGHT in pixels, e.g. 1920x1080");
  if (*w <= 0 || *h <= 0) throw InputError("--size '" + text + "': width and height must be positive");
  return {*w, *h, 1.0f};
}

PixelSize paper_size(const std::string& paper, int dpi, bool portrait) {
  // ISO 216 and US sizes in millimetres, short side first.
  struct Paper {
    const char* name;
    double short_mm, long_mm;
  };
  static const Paper papers[] = {{"a5", 148, 210}, {"a4", 210, 297}, {"a3", 297, 420}, {"a2", 420, 594},
                                 {"letter", 215.9, 279.4}, {"legal", 215.9, 355.6}, {"tabloid", 279.4, 431.8}};
  if (dpi < 36 || dpi > 1200) throw InputError("--dpi " + std::to_string(dpi) + " is outside 36–1200");
  for (const auto& p : papers)
    if (lower(paper) == p.name) {
      double w_mm = portrait ? p.short_mm : p.long_mm, h_mm = portrait ? p.long_mm : p.short_mm;
      PixelSize size{static_cast<int>(std::lround(w_mm / 25.4 * dpi)), static_cast<int>(std::lround(h_mm / 25.4 * dpi)),
                     static_cast<float>(dpi) / 96.0f};
      return size;
    }
  throw InputError("--paper '" + paper + "' is not one of A5, A4, A3, A2, letter, legal, tabloid");
}

std::string layer_names() {
  std::string names;
  for (const auto& l : kLayers) names += std::string(names.empty() ? "" : ", ") + l.name;
  return names;
}

render::LayerToggles parse_layers(const std::string& text) {
  render::LayerToggles toggles;
  if (lower(text) == "all") return toggles;
  for (const auto& l : kLayers) toggles.*(l.flag) = false;
  std::stringstream in(text);
  std::string name;
  bool any = false;
  while (std::getline(in, name, ',')) {
    name = lower(name);
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.erase(0, 1);
    if (name.empty()) continue;
    bool known = false;
    for (const auto& l : kLayers)
      if (name == l.name) {
        toggles.*(l.flag) = true;
        known = true;
      }
    if (!known) throw InputError("--layers: unknown layer '" + name + "'; valid layers: " + layer_names() + ", all");
    any = true;
  }
  if (!any) throw InputError("--layers names no layer; valid layers: " + layer_names() + ", all");
  return toggles;
}

int parse_window_days(const std::string& text) {
  std::string t = lower(text);
  int unit = 1;
  if (!t.empty() && (t.back() == 'd' || t.back() == 'w')) {
    unit = t.back() == 'w' ? 7 : 1;
    t.pop_back();
  }
  auto n = whole_number(t);
  if (!n || *n <= 0 || *n > 3660) throw InputError("--window '" + text + "' is not a number of days or weeks, e.g. 7d or 2w");
  return *n * unit;
}

events::Date parse_date(const std::string& option, const std::string& text) {
  auto d = parse_iso_date(text);
  if (!d) throw InputError(option + " '" + text + "' is not a date YYYY-MM-DD");
  return events::Date{d->year, d->month, d->day};
}

map::GeoBox parse_bbox(const std::string& text) {
  std::stringstream in(text);
  std::string part;
  std::vector<double> v;
  while (std::getline(in, part, ',')) {
    try {
      std::size_t used = 0;
      v.push_back(std::stod(part, &used));
      if (used != part.size()) throw std::invalid_argument(part);
    } catch (const std::exception&) {
      throw InputError("--bbox '" + text + "' is not four numbers W,S,E,N");
    }
  }
  if (v.size() != 4) throw InputError("--bbox '" + text + "' is not four numbers W,S,E,N");
  map::GeoBox box{v[0], v[1], v[2], v[3]};
  if (!(box.west < box.east) || !(box.south < box.north))
    throw InputError("--bbox '" + text + "' is inverted: give west < east and south < north (W,S,E,N)");
  if (box.west < -180 || box.east > 180 || box.south < -90 || box.north > 90)
    throw InputError("--bbox '" + text + "' is outside -180..180, -90..90");
  return box;
}

}  // namespace bordermap::cli
