#include "geo/shared_border.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <unordered_set>

#include "geo/geodesic.hpp"

namespace bordermap::geo {
namespace {

constexpr double kMetresPerDegreeLat = 111320.0;

// Degrees that span at least `metres` in every direction within the box, so the
// buffer is never narrower than asked (it is wider north-south by 1/cos(lat)).
double degrees_for(double metres, const Bbox& box) {
  double lat = std::max(std::fabs(box.miny), std::fabs(box.maxy));
  double c = std::cos(std::min(lat, 89.0) * std::numbers::pi / 180);
  return metres / (kMetresPerDegreeLat * c);
}

GeosGeom clip(const GeosContext& ctx, const GEOSGeometry* g, const Bbox& r) {
  return ctx.own(GEOSClipByRect_r(ctx.get(), g, r.minx, r.miny, r.maxx, r.maxy),
                 "clipping an outline");
}

bool closed(const std::vector<LonLat>& p) {
  return p.size() > 2 && p.front().lon == p.back().lon && p.front().lat == p.back().lat;
}

// Coarse grid cells touched by the segments of some lines: a cheap first test of
// "could this segment be near those lines", before GEOS measures exactly.
class CellSet {
 public:
  CellSet(const GeosContext& ctx, const GEOSGeometry* lines, double cell, double reach)
      : cell_(cell) {
    for (const GEOSGeometry* line : members_of(ctx, lines)) {
      auto pts = coords_of(ctx, line);
      for (size_t i = 0; i + 1 < pts.size(); ++i) visit(pts[i], pts[i + 1], reach, true);
    }
  }
  bool touches(LonLat p, LonLat q) { return visit(p, q, 0, false); }

 private:
  bool visit(LonLat p, LonLat q, double margin, bool insert) {
    const auto x0 = cell_of(std::min(p.lon, q.lon) - margin), x1 = cell_of(std::max(p.lon, q.lon) + margin);
    const auto y0 = cell_of(std::min(p.lat, q.lat) - margin), y1 = cell_of(std::max(p.lat, q.lat) + margin);
    for (auto x = x0; x <= x1; ++x)
      for (auto y = y0; y <= y1; ++y) {
        const int64_t key = x * 4000003 + y;
        if (insert) cells_.insert(key);
        else if (cells_.count(key)) return true;
      }
    return false;
  }
  int64_t cell_of(double v) const { return static_cast<int64_t>(std::floor(v / cell_)); }
  double cell_;
  std::unordered_set<int64_t> cells_;
};

// The runs of `lines` whose segments come within `reach` degrees of `other`. Only
// these can hold a border with it; buffering just them instead of a whole clipped
// outline turns China-India from half a minute into a fraction of a second.
GeosGeom near_runs(const GeosContext& ctx, const GEOSGeometry* lines, const GEOSGeometry* other,
                   const GeosPrepared& other_index, double reach) {
  CellSet cells(ctx, other, std::max(reach, 0.05), reach);
  std::vector<GeosGeom> runs;
  for (const GEOSGeometry* line : members_of(ctx, lines)) {
    auto pts = coords_of(ctx, line);
    std::vector<LonLat> run;
    auto flush = [&] {
      if (run.size() >= 2) runs.push_back(make_line(ctx, run));
      run.clear();
    };
    for (size_t i = 0; i + 1 < pts.size(); ++i) {
      if (!cells.touches(pts[i], pts[i + 1])) {
        flush();
        continue;
      }
      GeosGeom seg = make_line(ctx, std::span<const LonLat>(&pts[i], 2));
      // GEOSPreparedDistance_r uses the prepared facet index; the ...Within_r variant
      // falls back to a brute-force scan for lines in GEOS 3.11.
      double d = 0;
      if (!GEOSPreparedDistance_r(ctx.get(), other_index.get(), seg.get(), &d))
        ctx.fail("measuring distance to a neighbour's outline");
      if (d > reach) {
        flush();
        continue;
      }
      if (run.empty()) run.push_back(pts[i]);
      run.push_back(pts[i + 1]);
    }
    flush();
  }
  return make_collection(ctx, GEOS_MULTILINESTRING, std::move(runs));
}

// Distance in metres from p to the nearest point of g, or infinity when g has
// nothing within `reach` degrees (clipping first spares a scan of all of China).
double distance_m(const GeosContext& ctx, LonLat p, const GEOSGeometry* g, double reach) {
  GeosGeom near = clip(ctx, g, {p.lon - reach, p.lat - reach, p.lon + reach, p.lat + reach});
  if (GEOSisEmpty_r(ctx.get(), near.get())) return std::numeric_limits<double>::infinity();
  GeosGeom point = make_point(ctx, p);
  GEOSCoordSequence* seq = GEOSNearestPoints_r(ctx.get(), point.get(), near.get());
  if (!seq) ctx.fail("finding the nearest point");
  LonLat q = p;
  GEOSCoordSeq_getXY_r(ctx.get(), seq, 1, &q.lon, &q.lat);
  GEOSCoordSeq_destroy_r(ctx.get(), seq);
  return geodesic_km(p, q) * 1000;
}

}  // namespace

CountryShape make_country_shape(const GeosContext& ctx, std::string code, GeosGeom area) {
  CountryShape s;
  s.code = std::move(code);
  s.outline = ctx.own(GEOSBoundary_r(ctx.get(), area.get()), "taking the outline of " + s.code);
  s.box = bbox_of(ctx, area.get());
  s.area = std::move(area);
  return s;
}

void order_west_to_east(std::vector<std::vector<LonLat>>& parts) {
  for (auto& p : parts) {
    if (p.size() < 2) continue;
    if (closed(p)) {
      auto west = std::min_element(p.begin(), p.end() - 1,
                                   [](const LonLat& x, const LonLat& y) { return x.lon < y.lon; });
      std::vector<LonLat> r(west, p.end() - 1);
      r.insert(r.end(), p.begin(), west);
      r.push_back(r.front());
      p = std::move(r);
    } else if (p.front().lon > p.back().lon) {
      std::reverse(p.begin(), p.end());
    }
  }
  std::stable_sort(parts.begin(), parts.end(), [](const auto& x, const auto& y) {
    return x.front().lon < y.front().lon;
  });
}

SharedBorder derive_shared_border(const GeosContext& ctx, const CountryShape& a,
                                  const CountryShape& b, std::span<const CountryShape> others,
                                  const SharedBorderOptions& options) {
  SharedBorder out;
  Bbox both{std::max(a.box.minx, b.box.minx), std::max(a.box.miny, b.box.miny),
            std::min(a.box.maxx, b.box.maxx), std::min(a.box.maxy, b.box.maxy)};
  const double tol = degrees_for(options.tolerance_m, a.box);
  if (both.minx > both.maxx + 2 * tol || both.miny > both.maxy + 2 * tol) return out;
  // Only the overlap of the two boxes can hold a shared border: clipping there first
  // keeps the buffer small when one country is China.
  Bbox window{both.minx - 2 * tol, both.miny - 2 * tol, both.maxx + 2 * tol, both.maxy + 2 * tol};
  GeosGeom a_lines = clip(ctx, a.outline.get(), window);
  GeosGeom b_lines = clip(ctx, b.outline.get(), window);
  if (GEOSisEmpty_r(ctx.get(), a_lines.get()) || GEOSisEmpty_r(ctx.get(), b_lines.get())) return out;

  GeosPrepared a_index(ctx, a_lines.get()), b_index(ctx, b_lines.get());
  GeosGeom a_near = near_runs(ctx, a_lines.get(), b_lines.get(), b_index, 2 * tol);
  GeosGeom b_near = near_runs(ctx, b_lines.get(), a_lines.get(), a_index, 2 * tol);
  if (GEOSisEmpty_r(ctx.get(), a_near.get()) || GEOSisEmpty_r(ctx.get(), b_near.get())) return out;

  GeosGeom zone = ctx.own(GEOSBuffer_r(ctx.get(), b_near.get(), tol, 4),
                          "buffering the outline of " + b.code);
  GeosGeom shared = ctx.own(GEOSIntersection_r(ctx.get(), a_near.get(), zone.get()),
                            "intersecting " + a.code + " with " + b.code);
  GeosGeom merged = ctx.own(GEOSLineMerge_r(ctx.get(), shared.get()),
                            "merging the " + a.code + "-" + b.code + " border");

  for (const GEOSGeometry* m : members_of(ctx, merged.get())) {
    if (GEOSGeomTypeId_r(ctx.get(), m) != GEOS_LINESTRING) continue;
    auto pts = coords_of(ctx, m);
    double km = geodesic_length_km(pts);
    if (km < options.min_part_km) {
      ++out.dropped_parts;
      continue;
    }
    out.length_km += km;
    out.parts.push_back(std::move(pts));
  }
  order_west_to_east(out.parts);

  // A tripoint is where the border stops because a third country takes over; an end
  // with nobody near is a coast or the edge of the data.
  const double reach_deg = degrees_for(options.tripoint_m, a.box);
  for (const auto& part : out.parts) {
    if (closed(part)) continue;
    for (LonLat end : {part.front(), part.back()}) {
      const CountryShape* best = nullptr;
      double best_m = options.tripoint_m;
      Bbox at{end.lon, end.lat, end.lon, end.lat};
      for (const auto& c : others) {
        if (c.code == a.code || c.code == b.code || !c.box.intersects(at, reach_deg)) continue;
        double d = distance_m(ctx, end, c.area.get(), reach_deg);
        if (d <= best_m) {
          best_m = d;
          best = &c;
        }
      }
      if (best) out.tripoints.push_back({best->code, end});
    }
  }
  std::sort(out.tripoints.begin(), out.tripoints.end(),
            [](const Tripoint& x, const Tripoint& y) { return x.at.lon < y.at.lon; });
  return out;
}

}  // namespace bordermap::geo
