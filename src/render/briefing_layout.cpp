#include "render/briefing_layout.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "util/error.hpp"

namespace bordermap::render {

int rect_width(const map::ScreenRect& r) { return static_cast<int>(std::lround(r.x1 - r.x0)); }
int rect_height(const map::ScreenRect& r) { return static_cast<int>(std::lround(r.y1 - r.y0)); }

BriefingLayout layout_briefing(const BriefingSpec& spec) {
  const double W = spec.width, H = spec.height;
  if (spec.width <= 0 || spec.height <= 0)
    throw InputError("image size " + std::to_string(spec.width) + "x" + std::to_string(spec.height) +
                     " is not positive");
  if (spec.width < 120 || spec.height < 80)
    throw InputError("image size " + std::to_string(spec.width) + "x" + std::to_string(spec.height) +
                     " is too small for a briefing map (at least 120x80)");
  if (spec.width > 30000 || spec.height > 30000)
    throw InputError("image size " + std::to_string(spec.width) + "x" + std::to_string(spec.height) +
                     " is too large (at most 30000 pixels a side)");
  BriefingLayout L;
  if (spec.map_only) {
    L.scale = std::max(0.1f, spec.ui_scale);
    L.map = {0, 0, W, H};
    L.sidebar = L.inset = L.legend = {W, 0, W, 0};
    return L;
  }
  // Text is laid out for a 1280×720 page (in units of ui_scale, so paper sizes at a high
  // DPI keep their point sizes) and follows the page size from a third to one and a half
  // times that: a thumbnail keeps its proportions, a 1920×1080 slide reads from the back.
  double ui = std::max(0.1, static_cast<double>(spec.ui_scale));
  double fit = std::clamp(std::min(W / ui / 1280.0, H / ui / 720.0), 0.35, 1.5);
  double s = ui * fit;
  L.scale = static_cast<float>(s);
  double m = std::round(14 * s);
  double banner = spec.banner.empty() ? 0 : std::round(26 * s);
  L.banner_top = {0, 0, W, banner};
  L.banner_bottom = {0, H - banner, W, H};

  double title_h = std::round(26 * s * 1.3 + (spec.subtitle.empty() ? 0 : 15 * s * 1.45) + 4 * s);
  L.title = {m, banner + m * 0.8, W - m, banner + m * 0.8 + title_h};
  double footer_h = std::round(11 * s * 1.5);
  L.footer = {m, H - banner - m * 0.6 - footer_h, W - m, H - banner - m * 0.6};

  bool side = spec.legend || spec.inset || spec.sources;
  double side_w = side ? std::round(std::min(300 * s, W * 0.3)) : 0;
  double top = L.title.y1 + std::round(8 * s), bottom = L.footer.y0 - std::round(6 * s);
  L.sidebar = {W - m - side_w, top, W - m, bottom};
  L.map = {m, top, side ? L.sidebar.x0 - m : W - m, bottom};
  if (L.map.x1 - L.map.x0 < 32 || L.map.y1 - L.map.y0 < 32)
    throw InputError("image size " + std::to_string(spec.width) + "x" + std::to_string(spec.height) +
                     " leaves no room for the map after the title, banner and legend");
  // Whole pixels, so that GL viewports and ImGui rectangles meet exactly.
  for (auto* r : {&L.map, &L.sidebar}) {
    r->x0 = std::round(r->x0);
    r->y0 = std::round(r->y0);
    r->x1 = std::round(r->x1);
    r->y1 = std::round(r->y1);
  }
  double y = L.sidebar.y0;
  if (spec.inset && side) {
    double inset_h = std::round(std::min(side_w * 0.62, (L.sidebar.y1 - L.sidebar.y0) * 0.4));
    double label_h = std::round(12 * s * 1.4);
    L.inset = {L.sidebar.x0, y + label_h, L.sidebar.x1, y + label_h + inset_h};
    y = L.inset.y1 + std::round(14 * s);
  } else {
    L.inset = {L.sidebar.x0, y, L.sidebar.x0, y};
  }
  L.legend = {L.sidebar.x0, y, L.sidebar.x1, L.sidebar.y1};
  return L;
}

}  // namespace bordermap::render
