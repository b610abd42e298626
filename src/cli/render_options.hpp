#pragma once
// `bordermap render`'s argument values turned into typed settings, each bad value an
// InputError that names the option and says what would be right.
#include <optional>
#include <string>
#include <vector>

#include "events/event.hpp"
#include "map/basemap.hpp"
#include "map/event_filter.hpp"
#include "render/frame.hpp"

namespace bordermap::cli {

struct PixelSize {
  int width = 0, height = 0;
  float ui_scale = 1.0f;
};

// "1920x1080".
PixelSize parse_size(const std::string& text);
// "A4" at `dpi`, landscape unless `portrait`: pixels and a text scale of dpi / 96.
PixelSize paper_size(const std::string& paper, int dpi, bool portrait);

// "border,events,places" (or "all"): exactly these layers on. Unknown names list the valid ones.
render::LayerToggles parse_layers(const std::string& text);
std::string layer_names();

// "7d", "2w", "7".
int parse_window_days(const std::string& text);

events::Date parse_date(const std::string& option, const std::string& text);

// "W,S,E,N" in degrees; west < east, south < north, within ±180/±90.
map::GeoBox parse_bbox(const std::string& text);

}  // namespace bordermap::cli
