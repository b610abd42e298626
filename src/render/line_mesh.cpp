#include "render/line_mesh.hpp"

#include <cmath>

namespace bordermap::render {
namespace {

struct Dir {
  double x = 0, y = 0;
};

Dir normal_of(map::XY a, map::XY b) {
  double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
  return {-dy / len, dx / len};
}

}  // namespace

void append_polyline(std::vector<LineVertex>& out, std::span<const map::XY> points, map::XY origin) {
  std::vector<map::XY> pts;
  pts.reserve(points.size());
  for (const auto& p : points) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
    if (!pts.empty() && std::abs(pts.back().x - p.x) < 1e-6 && std::abs(pts.back().y - p.y) < 1e-6) continue;
    pts.push_back(p);
  }
  if (pts.size() < 2) return;

  std::vector<Dir> miter(pts.size());
  for (std::size_t i = 0; i < pts.size(); ++i) {
    Dir n_in = i > 0 ? normal_of(pts[i - 1], pts[i]) : normal_of(pts[i], pts[i + 1]);
    Dir n_out = i + 1 < pts.size() ? normal_of(pts[i], pts[i + 1]) : n_in;
    Dir m{n_in.x + n_out.x, n_in.y + n_out.y};
    double len = std::hypot(m.x, m.y);
    if (len < 1e-9) {  // the line turns back on itself: a square end is all we can do
      miter[i] = n_in;
      continue;
    }
    m = {m.x / len, m.y / len};
    // 1 / cos(half the turn), capped so that sharp river bends do not spike out.
    double scale = std::min(1.0 / std::max(m.x * n_in.x + m.y * n_in.y, 1e-3), 2.0);
    miter[i] = {m.x * scale, m.y * scale};
  }

  auto vertex = [&](std::size_t i, float side) {
    return LineVertex{static_cast<float>(pts[i].x - origin.x), static_cast<float>(pts[i].y - origin.y),
                      static_cast<float>(miter[i].x * side), static_cast<float>(miter[i].y * side), side};
  };
  for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
    LineVertex a0 = vertex(i, -1), a1 = vertex(i, 1), b0 = vertex(i + 1, -1), b1 = vertex(i + 1, 1);
    out.insert(out.end(), {a0, a1, b1, a0, b1, b0});
  }
}

void append_segment(std::vector<LineVertex>& out, map::XY a, map::XY b, map::XY origin) {
  const map::XY pts[2] = {a, b};
  append_polyline(out, pts, origin);
}

}  // namespace bordermap::render
