#include "map/viewport.hpp"

#include <algorithm>
#include <cmath>

namespace bordermap::map {

// Screen y grows downwards while projected y grows northwards, hence the sign flips.
ScreenPt Viewport::to_screen(XY p) const {
  return {width / 2.0 + (p.x - center.x) / meters_per_pixel, height / 2.0 - (p.y - center.y) / meters_per_pixel};
}

XY Viewport::to_world(ScreenPt s) const {
  return {center.x + (s.x - width / 2.0) * meters_per_pixel, center.y - (s.y - height / 2.0) * meters_per_pixel};
}

Extent Viewport::visible_extent() const {
  Extent e;
  e.include(to_world({0, 0}));
  e.include(to_world({static_cast<double>(width), static_cast<double>(height)}));
  return e;
}

void Viewport::pan_pixels(double dx, double dy) {
  center.x -= dx * meters_per_pixel;
  center.y += dy * meters_per_pixel;
}

void Viewport::zoom_about(ScreenPt anchor, double factor) {
  if (!(factor > 0) || !std::isfinite(factor)) return;
  const XY fixed = to_world(anchor);
  meters_per_pixel /= factor;
  // Move the centre so that the world point under the anchor is under it again.
  const XY now = to_world(anchor);
  center.x += fixed.x - now.x;
  center.y += fixed.y - now.y;
}

void Viewport::fit(const Extent& e, double margin_px) {
  if (e.empty()) return;
  center = e.center();
  const double w = std::max(1.0, width - 2 * margin_px), h = std::max(1.0, height - 2 * margin_px);
  double mpp = std::max(e.width() / w, e.height() / h);
  if (!(mpp > 0)) mpp = meters_per_pixel > 0 ? meters_per_pixel : 1;
  meters_per_pixel = mpp;
}

void Viewport::clamp_scale(double min_mpp, double max_mpp) {
  meters_per_pixel = std::clamp(meters_per_pixel, min_mpp, max_mpp);
}

std::array<float, 16> Viewport::clip_from_world(XY origin) const {
  // clip = S * (p - (center - origin)): world half-extents map to ±1, y stays north-up.
  const double sx = 2.0 / (width * meters_per_pixel), sy = 2.0 / (height * meters_per_pixel);
  const double tx = -(center.x - origin.x) * sx, ty = -(center.y - origin.y) * sy;
  std::array<float, 16> m{};
  m[0] = static_cast<float>(sx);
  m[5] = static_cast<float>(sy);
  m[10] = 1;
  m[12] = static_cast<float>(tx);
  m[13] = static_cast<float>(ty);
  m[15] = 1;
  return m;
}

}  // namespace bordermap::map
