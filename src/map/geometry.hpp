#pragma once
// Plain value types shared by the map modules: projected metres and screen pixels.
#include <algorithm>
#include <limits>

namespace bordermap::map {

// A position in the map projection, metres.
struct XY {
  double x = 0, y = 0;
};

// A position on screen or in an image, pixels, origin top-left, y down.
struct ScreenPt {
  double x = 0, y = 0;
};

struct ScreenRect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // x0 <= x1, y0 <= y1
  bool overlaps(const ScreenRect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
  bool contains(ScreenPt p) const { return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1; }
};

// An axis-aligned box in projected metres; empty until something is included.
struct Extent {
  double min_x = std::numeric_limits<double>::infinity();
  double min_y = std::numeric_limits<double>::infinity();
  double max_x = -std::numeric_limits<double>::infinity();
  double max_y = -std::numeric_limits<double>::infinity();

  bool empty() const { return !(min_x <= max_x && min_y <= max_y); }
  void include(XY p) {
    min_x = std::min(min_x, p.x);
    min_y = std::min(min_y, p.y);
    max_x = std::max(max_x, p.x);
    max_y = std::max(max_y, p.y);
  }
  void include(const Extent& e) {
    if (e.empty()) return;
    include(XY{e.min_x, e.min_y});
    include(XY{e.max_x, e.max_y});
  }
  double width() const { return max_x - min_x; }
  double height() const { return max_y - min_y; }
  XY center() const { return {(min_x + max_x) / 2, (min_y + max_y) / 2}; }
  bool contains(XY p) const { return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y; }
};

}  // namespace bordermap::map
