#include "map/measure.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "geo/geodesic.hpp"

namespace bordermap::map {
namespace {

// The largest 1, 2 or 5 × 10^n not above `limit`.
double round_down_125(double limit) {
  if (!(limit > 0)) return 0;
  const double p = std::pow(10.0, std::floor(std::log10(limit)));
  for (double m : {5.0, 2.0, 1.0})
    if (m * p <= limit * (1 + 1e-12)) return m * p;
  return p / 2;
}

std::string length_label(double m) {
  char buf[32];
  if (m >= 1000) std::snprintf(buf, sizeof buf, "%g km", m / 1000);
  else std::snprintf(buf, sizeof buf, "%g m", m);
  return buf;
}

std::string degree_label(double v, bool meridian) {
  const char hemi = meridian ? (v < 0 ? 'W' : 'E') : (v < 0 ? 'S' : 'N');
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g\xC2\xB0%c", std::fabs(v), hemi);
  return buf;
}

}  // namespace

ScaleBar scale_bar(const Viewport& viewport, const MapProjection& projection, double max_px) {
  ScaleBar bar;
  if (!(max_px > 0)) return bar;
  // Measure a short east–west span through the centre on the ellipsoid: projected metres
  // differ from ground metres by the projection's scale factor there.
  const double half_px = std::max(1.0, max_px / 2);
  const ScreenPt c{viewport.width / 2.0, viewport.height / 2.0};
  geo::LonLat a = projection.inverse(viewport.to_world({c.x - half_px, c.y}));
  geo::LonLat b = projection.inverse(viewport.to_world({c.x + half_px, c.y}));
  if (!std::isfinite(a.lon) || !std::isfinite(b.lon)) return bar;
  const double m_per_px = geo::geodesic_km(a, b) * 1000 / (2 * half_px);
  if (!(m_per_px > 0)) return bar;
  bar.length_m = round_down_125(max_px * m_per_px);
  bar.length_px = bar.length_m / m_per_px;
  bar.label = length_label(bar.length_m);
  return bar;
}

GeodesicMeasure geodesic_measure(geo::LonLat a, geo::LonLat b) {
  auto r = geo::geodesic_inverse(a, b);
  return {r.km, r.azimuth_deg};
}

std::vector<EdgeLabel> graticule_edge_labels(const ProjectedBasemap& basemap, const Viewport& viewport) {
  std::vector<EdgeLabel> out;
  const double w = viewport.width, h = viewport.height;
  // Bottom and left first, the edges cartographers label.
  struct Edge {
    bool vertical;
    double at;
  };
  const Edge edges[] = {{false, h}, {true, 0}, {false, 0}, {true, w}};
  for (const Edge& e : edges) {
    for (const auto& g : basemap.graticule) {
      for (std::size_t i = 1; i < g.points.size(); ++i) {
        ScreenPt a = viewport.to_screen(g.points[i - 1]), b = viewport.to_screen(g.points[i]);
        const double da = e.vertical ? a.x - e.at : a.y - e.at, db = e.vertical ? b.x - e.at : b.y - e.at;
        if ((da < 0) == (db < 0) || da == db) continue;
        const double t = da / (da - db);
        ScreenPt s{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
        const double along = e.vertical ? s.y : s.x, limit = e.vertical ? h : w;
        if (along < 0 || along > limit) continue;
        out.push_back({degree_label(g.value, g.meridian), s, e.vertical});
        break;  // one label per line per edge
      }
    }
  }
  return out;
}

std::string format_lonlat(geo::LonLat p) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.4f\xC2\xB0%c %.4f\xC2\xB0%c", std::fabs(p.lat), p.lat < 0 ? 'S' : 'N', std::fabs(p.lon),
                p.lon < 0 ? 'W' : 'E');
  return buf;
}

}  // namespace bordermap::map
