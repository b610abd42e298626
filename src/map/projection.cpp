#include "map/projection.hpp"

#include <array>
#include <cmath>
#include <limits>
#include <numbers>

#include "util/error.hpp"

namespace bordermap::map {
namespace {

constexpr std::array kAll{ProjectionKind::LambertConic, ProjectionKind::Utm42N, ProjectionKind::WebMercator,
                          ProjectionKind::PlateCarree};

// Standard parallels 36°N and 39°N bracket the AF–TJ border (36.6–38.5°N), so the scale
// error stays small over the whole region; the central meridian runs through Badakhshan.
std::string definition_of(ProjectionKind kind) {
  switch (kind) {
    case ProjectionKind::LambertConic:
      return "+proj=lcc +lat_1=36 +lat_2=39 +lat_0=37.5 +lon_0=71.3 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs +type=crs";
    case ProjectionKind::Utm42N:
      return "EPSG:32642";
    case ProjectionKind::WebMercator:
      return "EPSG:3857";
    case ProjectionKind::PlateCarree:
      return "+proj=eqc +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs +type=crs";
  }
  return {};
}

}  // namespace

std::span<const ProjectionKind> all_projections() { return kAll; }

std::string_view projection_key(ProjectionKind kind) {
  switch (kind) {
    case ProjectionKind::LambertConic: return "lcc";
    case ProjectionKind::Utm42N: return "utm42n";
    case ProjectionKind::WebMercator: return "webmercator";
    case ProjectionKind::PlateCarree: return "platecarree";
  }
  return "";
}

std::string_view projection_label(ProjectionKind kind) {
  switch (kind) {
    case ProjectionKind::LambertConic: return "Lambert conformal conic (Panj)";
    case ProjectionKind::Utm42N: return "UTM zone 42N";
    case ProjectionKind::WebMercator: return "Web Mercator";
    case ProjectionKind::PlateCarree: return "Plate carr\xC3\xA9" "e (equirectangular)";
  }
  return "";
}

std::optional<ProjectionKind> parse_projection(std::string_view key) {
  for (auto k : kAll)
    if (projection_key(k) == key) return k;
  return std::nullopt;
}

MapProjection::MapProjection(ProjectionKind kind) : kind_(kind), definition_(definition_of(kind)) {
  geo::Pj raw(proj_create_crs_to_crs(ctx_.get(), "EPSG:4326", definition_.c_str(), nullptr));
  if (!raw) {
    throw GeoError("PROJ cannot create the map projection '" + definition_ +
                   "': " + proj_context_errno_string(ctx_.get(), proj_context_errno(ctx_.get())));
  }
  // EPSG:4326 is lat/lon by its definition; normalising makes both ends lon/lat → x/y.
  pj_ = geo::Pj(proj_normalize_for_visualization(ctx_.get(), raw.get()));
  if (!pj_) throw GeoError("PROJ cannot normalise the axis order of '" + definition_ + "'");
}

std::string MapProjection::wkt() const {
  geo::Pj crs(proj_create(ctx_.get(), definition_.c_str()));
  if (!crs) throw GeoError("PROJ cannot create the CRS '" + definition_ + "'");
  const char* w = proj_as_wkt(ctx_.get(), crs.get(), PJ_WKT2_2019, nullptr);
  if (!w) throw GeoError("PROJ cannot write WKT for '" + definition_ + "'");
  return w;
}

std::string MapProjection::epsg() const {
  if (definition_.rfind("EPSG:", 0) == 0) return definition_;
  return {};
}

XY MapProjection::forward(geo::LonLat p) const {
  PJ_COORD c = proj_coord(p.lon, p.lat, 0, 0);
  PJ_COORD r = proj_trans(pj_.get(), PJ_FWD, c);
  if (!std::isfinite(r.xy.x) || !std::isfinite(r.xy.y) || r.xy.x == HUGE_VAL) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan};
  }
  return {r.xy.x, r.xy.y};
}

geo::LonLat MapProjection::inverse(XY p) const {
  PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
  PJ_COORD r = proj_trans(pj_.get(), PJ_INV, c);
  if (!std::isfinite(r.lp.lam) || !std::isfinite(r.lp.phi) || r.lp.lam == HUGE_VAL) {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan};
  }
  return {r.lp.lam, r.lp.phi};
}

void MapProjection::forward_many(std::span<const geo::LonLat> in, std::vector<XY>& out) const {
  out.resize(in.size());
  if (in.empty()) return;
  for (std::size_t i = 0; i < in.size(); ++i) out[i] = {in[i].lon, in[i].lat};
  // XY and LonLat are both two packed doubles, so PROJ can transform the copy in place.
  proj_trans_generic(pj_.get(), PJ_FWD, &out[0].x, sizeof(XY), out.size(), &out[0].y, sizeof(XY), out.size(),
                     nullptr, 0, 0, nullptr, 0, 0);
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  for (auto& p : out)
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x == HUGE_VAL) p = {nan, nan};
}

double MapProjection::north_angle(geo::LonLat p) const {
  // A step of ~100 m north: short enough to be the local direction, long enough for doubles.
  const double step = 0.001;
  geo::LonLat q{p.lon, p.lat + step};
  if (q.lat > 90) {
    q.lat = p.lat;
    p.lat -= step;
  }
  XY a = forward(p), b = forward(q);
  if (!std::isfinite(a.x) || !std::isfinite(b.x)) return 0;
  // Clockwise from screen-up: north pointing right (+x) gives a positive angle.
  return std::atan2(b.x - a.x, b.y - a.y);
}

}  // namespace bordermap::map
