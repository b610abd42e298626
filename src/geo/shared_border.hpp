#pragma once
// The land border two country polygons share, derived from their outlines.
//
// Neighbouring DCW countries do not share vertices: each country is quantised on its
// own grid, so the two copies of a border run side by side up to ~100 m apart. The
// border is therefore taken as the part of A's outline lying within a tolerance of
// B's outline, merged into as few lines as possible.
#include <span>
#include <string>
#include <vector>

#include "geo/border.hpp"
#include "geo/geos_convert.hpp"
#include "geo/geos_handle.hpp"

namespace bordermap::geo {

struct CountryShape {
  std::string code;  // ISO alpha-2
  GeosGeom area;     // MultiPolygon, lon/lat degrees
  GeosGeom outline;  // its rings as lines
  Bbox box;
};

CountryShape make_country_shape(const GeosContext& ctx, std::string code, GeosGeom area);

struct SharedBorderOptions {
  double tolerance_m = 250;   // widest gap between two copies of the same border
  double min_part_km = 1.0;   // shorter contacts are where outlines only brush
  double tripoint_m = 3000;   // a border end this close to a third country is a tripoint
};

struct SharedBorder {
  std::vector<std::vector<LonLat>> parts;  // merged; each runs west to east; westernmost first
  std::vector<Tripoint> tripoints;         // westernmost first
  double length_km = 0;                    // geodesic, along A's outline
  size_t dropped_parts = 0;                // contacts shorter than min_part_km
  bool empty() const { return parts.empty(); }
};

// `others` may include a and b; they are skipped when looking for tripoints.
SharedBorder derive_shared_border(const GeosContext& ctx, const CountryShape& a,
                                  const CountryShape& b, std::span<const CountryShape> others,
                                  const SharedBorderOptions& options = {});

// Orients each part from its western end (closed parts start at their westernmost
// vertex) and orders the parts by their western ends.
void order_west_to_east(std::vector<std::vector<LonLat>>& parts);

}  // namespace bordermap::geo
