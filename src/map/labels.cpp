#include "map/labels.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace bordermap::map {

namespace {

// Placed boxes bucketed by a coarse grid, so that each try looks at its neighbours only:
// thousands of candidates stay well under a frame instead of comparing all pairs.
class BoxGrid {
 public:
  BoxGrid(double w, double h, double cell) : cell_(cell) {
    cols_ = std::max(1, static_cast<int>(std::ceil(w / cell)));
    rows_ = std::max(1, static_cast<int>(std::ceil(h / cell)));
    cells_.resize(static_cast<std::size_t>(cols_) * static_cast<std::size_t>(rows_));
  }

  bool collides(const ScreenRect& r) const {
    bool hit = false;
    visit(r, [&](const std::vector<ScreenRect>& bucket) {
      for (const auto& b : bucket)
        if (b.overlaps(r)) {
          hit = true;
          return;
        }
    });
    return hit;
  }

  void add(const ScreenRect& r) {
    visit_mut(r, [&](std::vector<ScreenRect>& bucket) { bucket.push_back(r); });
  }

 private:
  int col(double x) const { return std::clamp(static_cast<int>(std::floor(x / cell_)), 0, cols_ - 1); }
  int row(double y) const { return std::clamp(static_cast<int>(std::floor(y / cell_)), 0, rows_ - 1); }

  template <typename Fn>
  void visit(const ScreenRect& r, Fn&& fn) const {
    for (int y = row(r.y0); y <= row(r.y1); ++y)
      for (int x = col(r.x0); x <= col(r.x1); ++x) fn(cells_[static_cast<std::size_t>(y) * cols_ + x]);
  }
  template <typename Fn>
  void visit_mut(const ScreenRect& r, Fn&& fn) {
    for (int y = row(r.y0); y <= row(r.y1); ++y)
      for (int x = col(r.x0); x <= col(r.x1); ++x) fn(cells_[static_cast<std::size_t>(y) * cols_ + x]);
  }

  double cell_;
  int cols_ = 1, rows_ = 1;
  std::vector<std::vector<ScreenRect>> cells_;
};

// Right, left, above, below: text beside the anchor reads best, so the vertical positions
// come last; each is centred on the anchor across the other axis.
std::array<ScreenRect, 4> positions(const LabelCandidate& c) {
  const double w = c.width_px, h = c.height_px, g = std::max(c.gap_px, 0.0), x = c.anchor.x, y = c.anchor.y;
  return {{
      {x + g, y - h / 2, x + g + w, y + h / 2},
      {x - g - w, y - h / 2, x - g, y + h / 2},
      {x - w / 2, y - g - h, x + w / 2, y - g},
      {x - w / 2, y + g, x + w / 2, y + g + h},
  }};
}

}  // namespace

std::vector<PlacedLabel> place_labels(std::span<const LabelCandidate> candidates, double screen_w, double screen_h,
                                      std::span<const ScreenRect> obstacles) {
  std::vector<PlacedLabel> placed;
  if (!(screen_w > 0) || !(screen_h > 0) || !std::isfinite(screen_w) || !std::isfinite(screen_h)) return placed;

  std::vector<std::size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  // Stable: among equal priorities the caller's order decides.
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return candidates[a].priority > candidates[b].priority; });

  BoxGrid grid(screen_w, screen_h, 64);
  for (ScreenRect o : obstacles) {
    if (!std::isfinite(o.x0) || !std::isfinite(o.y0) || !std::isfinite(o.x1) || !std::isfinite(o.y1)) continue;
    if (o.x0 > o.x1) std::swap(o.x0, o.x1);
    if (o.y0 > o.y1) std::swap(o.y0, o.y1);
    grid.add(o);
  }

  for (std::size_t i : order) {
    const LabelCandidate& c = candidates[i];
    if (!(c.width_px >= 0) || !(c.height_px >= 0)) continue;  // also NaN
    for (const ScreenRect& box : positions(c)) {
      // Comparisons written so that a NaN anchor is never placed.
      const bool on_screen = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= screen_w && box.y1 <= screen_h;
      if (!on_screen || grid.collides(box)) continue;
      grid.add(box);
      placed.push_back({i, box});
      break;
    }
  }
  return placed;
}

}  // namespace bordermap::map
