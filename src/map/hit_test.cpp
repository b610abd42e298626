#include "map/hit_test.hpp"

#include <algorithm>
#include <cmath>

namespace bordermap::map {

std::optional<std::uint32_t> pick_event(const EventLayer& layer, const std::vector<std::uint32_t>& visible,
                                        const Viewport& viewport, ScreenPt at, double radius_px) {
  if (!(radius_px >= 0)) return std::nullopt;
  // Compared in projected metres: one transform for the cursor instead of one per point.
  // Screen distance is world distance over the scale, whatever the viewport's rotation.
  const XY c = viewport.to_world(at);
  const double r = radius_px * viewport.meters_per_pixel;
  double best = r * r;
  std::optional<std::uint32_t> found;
  for (auto i : visible) {
    if (i >= layer.points.size() || !layer.points[i].located) continue;
    const double dx = layer.points[i].at.x - c.x, dy = layer.points[i].at.y - c.y;
    const double d2 = dx * dx + dy * dy;
    // `<=`: of equally near events the later one is drawn on top, so it is the one picked.
    if (d2 <= best) {
      best = d2;
      found = i;
    }
  }
  return found;
}

std::vector<std::uint32_t> events_in_rect(const EventLayer& layer, const std::vector<std::uint32_t>& visible,
                                          const Viewport& viewport, ScreenRect rect) {
  // A brush dragged up or left arrives with its corners swapped.
  if (rect.x0 > rect.x1) std::swap(rect.x0, rect.x1);
  if (rect.y0 > rect.y1) std::swap(rect.y0, rect.y1);
  std::vector<std::uint32_t> out;
  for (auto i : visible) {
    if (i >= layer.points.size() || !layer.points[i].located) continue;
    if (rect.contains(viewport.to_screen(layer.points[i].at))) out.push_back(i);
  }
  return out;
}

std::vector<std::uint32_t> events_in_space_time(const EventLayer& layer, const std::vector<std::uint32_t>& visible,
                                                double km0, double km1, Day d0, Day d1) {
  if (km0 > km1) std::swap(km0, km1);
  if (d0 != kNoDay && d1 != kNoDay && d0 > d1) std::swap(d0, d1);
  std::vector<std::uint32_t> out;
  for (auto i : visible) {
    if (i >= layer.points.size()) continue;
    const EventPoint& p = layer.points[i];
    // Events with no place along the border or no date cannot be in a space-time brush.
    if (!(p.border_km >= km0 && p.border_km <= km1) || p.first == kNoDay) continue;
    if ((d1 == kNoDay || p.first <= d1) && (d0 == kNoDay || p.last >= d0)) out.push_back(i);
  }
  return out;
}

DensityRaster density_raster(const EventLayer& layer, const std::vector<std::uint32_t>& visible,
                             const Viewport& viewport, int cell_px) {
  DensityRaster r;
  r.cell_px = std::max(cell_px, 1);
  if (viewport.width <= 0 || viewport.height <= 0) return r;
  r.width = (viewport.width + r.cell_px - 1) / r.cell_px;
  r.height = (viewport.height + r.cell_px - 1) / r.cell_px;
  r.counts.assign(static_cast<std::size_t>(r.width) * static_cast<std::size_t>(r.height), 0.0f);

  const double inv_cell = 1.0 / r.cell_px;
  const double w = viewport.width, h = viewport.height;
  for (auto i : visible) {
    if (i >= layer.points.size()) continue;
    const EventPoint& p = layer.points[i];
    if (!p.located) continue;
    const ScreenPt s = viewport.to_screen(p.at);
    // Written so that NaN (an unprojectable point) fails too, before any cast to int.
    if (!(s.x >= 0 && s.x < w && s.y >= 0 && s.y < h)) continue;
    const auto cx = static_cast<std::size_t>(s.x * inv_cell), cy = static_cast<std::size_t>(s.y * inv_cell);
    r.counts[cy * static_cast<std::size_t>(r.width) + cx] += 1.0f;
  }
  for (float c : r.counts) r.max_count = std::max(r.max_count, c);
  return r;
}

}  // namespace bordermap::map
