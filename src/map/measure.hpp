#pragma once
// Map furniture computed from the viewport: a scale bar true on the ellipsoid at the map
// centre, the north arrow's angle, graticule labels where lines meet the frame, and the
// geodesic measure tool.
#include <string>
#include <vector>

#include "geo/lonlat.hpp"
#include "map/basemap.hpp"
#include "map/projection.hpp"
#include "map/viewport.hpp"

namespace bordermap::map {

struct ScaleBar {
  double length_m = 0;   // a round figure: 1, 2 or 5 × 10^n
  double length_px = 0;  // <= the maximum asked for
  std::string label;     // "50 km", "500 m"
};

// Geodesic metres per pixel measured east–west through the viewport centre.
ScaleBar scale_bar(const Viewport& viewport, const MapProjection& projection, double max_px);

struct GeodesicMeasure {
  double km = 0;
  double azimuth_deg = 0;  // initial bearing, clockwise from true north, [0, 360)
};
GeodesicMeasure geodesic_measure(geo::LonLat a, geo::LonLat b);

struct EdgeLabel {
  std::string text;  // "71°E", "37°N"
  ScreenPt at;       // where the line meets the frame
  bool on_left_or_right = false;
};
// One label per graticule line per crossed frame edge (bottom and left first).
std::vector<EdgeLabel> graticule_edge_labels(const ProjectedBasemap& basemap, const Viewport& viewport);

// "37.1871°N 67.7881°E"
std::string format_lonlat(geo::LonLat p);

}  // namespace bordermap::map
