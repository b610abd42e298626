#pragma once
// Building OGR geometries for writing: from coordinate vectors and from GEOS.
#include <span>
#include <vector>

#include "geo/gdal_handle.hpp"
#include "geo/geos_handle.hpp"
#include "geo/lonlat.hpp"

namespace bordermap::geo {

OgrGeometry ogr_linestring(std::span<const LonLat> pts);
OgrGeometry ogr_multilinestring(const std::vector<std::vector<LonLat>>& lines);

// Through WKB, so every GEOS type converts without a hand-written walk.
OgrGeometry ogr_from_geos(const GeosContext& ctx, const GEOSGeometry* g);

}  // namespace bordermap::geo
