// Projecting a loaded basemap: plain vertex lists in world metres, border ticks
// by geodesic km, and a relief grid whose vertices carry texture coordinates.
#include <cmath>

#include "geo/geodesic.hpp"
#include "map/basemap.hpp"

namespace bordermap::map {
namespace {

constexpr int kReliefNx = 64, kReliefNy = 48;

std::vector<XY> project(const MapProjection& proj, const std::vector<geo::LonLat>& pts) {
  std::vector<XY> out;
  proj.forward_many(pts, out);
  return out;
}

// One tick every tick_km of geodesic length, counted from the western end like
// geo::Border::along_km, so that tick labels and event km agree.
void add_ticks(const BasemapSource& src, const MapProjection& proj, double tick_km,
               std::vector<BorderTick>& out) {
  if (!(tick_km > 0)) return;
  long next = 0;
  for (std::size_t part = 0; part < src.border.size(); ++part) {
    const auto& line = src.border[part];
    double km = part < src.border_part_start_km.size() ? src.border_part_start_km[part] : 0;
    for (std::size_t i = 1; i < line.size(); ++i) {
      const double seg = geo::geodesic_km(line[i - 1], line[i]);
      while (seg > 0 && next * tick_km <= km + seg + 1e-9) {
        const double t = std::clamp((next * tick_km - km) / seg, 0.0, 1.0);
        // Linear in lon/lat within one short segment: DCW segments are well under a km.
        geo::LonLat at{line[i - 1].lon + t * (line[i].lon - line[i - 1].lon),
                       line[i - 1].lat + t * (line[i].lat - line[i - 1].lat)};
        XY a = proj.forward(line[i - 1]), b = proj.forward(line[i]), p = proj.forward(at);
        double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
        XY normal = len > 0 ? XY{-dy / len, dx / len} : XY{0, 1};
        out.push_back({p, normal, next * tick_km, next % 5 == 0});
        ++next;
      }
      km += seg;
    }
  }
}

ProjectedBasemap::ReliefMesh relief_mesh(const Relief& r, const MapProjection& proj) {
  ProjectedBasemap::ReliefMesh m;
  m.nx = kReliefNx;
  m.ny = kReliefNy;
  for (int j = 0; j < m.ny; ++j) {
    const double v = static_cast<double>(j) / (m.ny - 1);
    const double lat = r.box.north + v * (r.box.south - r.box.north);
    for (int i = 0; i < m.nx; ++i) {
      const double u = static_cast<double>(i) / (m.nx - 1);
      XY p = proj.forward({r.box.west + u * (r.box.east - r.box.west), lat});
      m.positions.push_back(p);
      m.uv.push_back(static_cast<float>(u));
      m.uv.push_back(static_cast<float>(v));
    }
  }
  return m;
}

}  // namespace

ProjectedBasemap project_basemap(const BasemapSource& src, const MapProjection& proj, double tick_km) {
  ProjectedBasemap out;
  out.projection = proj.kind();
  out.tick_km = tick_km;

  // The region's outline, densified, so that the extent of curved projections is right.
  const GeoBox& b = src.region;
  for (int i = 0; i <= 20; ++i) {
    const double t = i / 20.0;
    for (geo::LonLat p : {geo::LonLat{b.west + t * (b.east - b.west), b.south}, geo::LonLat{b.west + t * (b.east - b.west), b.north},
                          geo::LonLat{b.west, b.south + t * (b.north - b.south)}, geo::LonLat{b.east, b.south + t * (b.north - b.south)}}) {
      XY q = proj.forward(p);
      if (std::isfinite(q.x)) out.region_extent.include(q);
    }
  }
  for (const auto& part : src.border)
    for (const auto& p : part) out.border_extent.include(proj.forward(p));
  out.origin = out.region_extent.empty() ? XY{} : out.region_extent.center();

  for (const auto& c : src.countries) {
    ProjectedBasemap::Country pc{c.iso_a2, c.name, project(proj, c.triangles), {}, {}};
    for (const auto& r : c.rings) pc.rings.push_back(project(proj, r));
    pc.label_at = proj.forward(c.label_at);
    out.countries.push_back(std::move(pc));
  }
  for (const auto& part : src.border) out.border.push_back(project(proj, part));
  add_ticks(src, proj, tick_km, out.border_ticks);
  for (const auto& r : src.rivers) out.rivers.push_back(project(proj, r));
  out.river_level = src.river_level;
  for (const auto& g : src.graticule) out.graticule.push_back({g.meridian, g.value, project(proj, g.points)});
  std::vector<geo::LonLat> at;
  at.reserve(src.places.size());
  for (const auto& p : src.places) at.push_back(p.at);
  out.place_at = project(proj, at);
  if (src.relief) out.relief_mesh = relief_mesh(*src.relief, proj);
  return out;
}

}  // namespace bordermap::map
