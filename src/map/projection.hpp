#pragma once
// The map projections the viewer and the renderer offer, through PROJ. The default is
// a Lambert conformal conic centred on the Afghanistan–Tajikistan border: conformal, so
// symbols and angles are true, and scale errors stay under 0.1 % over the region.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/lonlat.hpp"
#include "geo/proj_handle.hpp"
#include "map/geometry.hpp"

namespace bordermap::map {

enum class ProjectionKind { LambertConic, Utm42N, WebMercator, PlateCarree };

// All kinds in menu order.
std::span<const ProjectionKind> all_projections();
// Short key for the command line and PNG metadata: "lcc", "utm42n", "webmercator", "platecarree".
std::string_view projection_key(ProjectionKind kind);
// For people: "Lambert conformal conic (Panj)", "UTM zone 42N", …
std::string_view projection_label(ProjectionKind kind);
std::optional<ProjectionKind> parse_projection(std::string_view key);

// Not thread-safe (one PROJ context per object); cheap to construct (~1 ms).
class MapProjection {
 public:
  explicit MapProjection(ProjectionKind kind = ProjectionKind::LambertConic);
  MapProjection(MapProjection&&) noexcept = default;
  MapProjection& operator=(MapProjection&&) noexcept = default;

  ProjectionKind kind() const { return kind_; }
  const std::string& definition() const { return definition_; }  // PROJ string
  std::string wkt() const;                                         // WKT2 of the target CRS, for GeoTIFF
  std::string epsg() const;                                        // "EPSG:32642" when it has one, else ""

  // lon/lat degrees → metres; {NaN, NaN} where the projection is undefined (Mercator poles).
  XY forward(geo::LonLat p) const;
  geo::LonLat inverse(XY p) const;
  void forward_many(std::span<const geo::LonLat> in, std::vector<XY>& out) const;

  // Clockwise angle, radians, from screen-up (+y) to true north at `p`: 0 on the
  // central meridian, the meridian convergence elsewhere.
  double north_angle(geo::LonLat p) const;

 private:
  ProjectionKind kind_;
  std::string definition_;
  geo::PjContext ctx_;
  geo::Pj pj_;
};

}  // namespace bordermap::map
