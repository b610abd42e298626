#pragma once
// Moving coordinates between plain vectors and GEOS geometries.
#include <span>
#include <vector>

#include "geo/geos_handle.hpp"
#include "geo/lonlat.hpp"

namespace bordermap::geo {

GeosGeom make_line(const GeosContext& ctx, std::span<const LonLat> pts);
GeosGeom make_ring(const GeosContext& ctx, std::span<const LonLat> pts);  // must be closed
GeosGeom make_point(const GeosContext& ctx, LonLat p);
// Takes the shell and holes (rings) and the members of a collection.
GeosGeom make_polygon(const GeosContext& ctx, GeosGeom shell, std::vector<GeosGeom> holes);
GeosGeom make_collection(const GeosContext& ctx, int geos_type, std::vector<GeosGeom> members);

// Coordinates of a LineString, LinearRing or Point.
std::vector<LonLat> coords_of(const GeosContext& ctx, const GEOSGeometry* g);

// The members of a collection, or the geometry itself when it is not one; borrowed.
std::vector<const GEOSGeometry*> members_of(const GeosContext& ctx, const GEOSGeometry* g);

struct Bbox {
  double minx = 0, miny = 0, maxx = 0, maxy = 0;
  bool intersects(const Bbox& o, double margin) const {
    return minx - margin <= o.maxx && o.minx - margin <= maxx && miny - margin <= o.maxy &&
           o.miny - margin <= maxy;
  }
};
Bbox bbox_of(const GeosContext& ctx, const GEOSGeometry* g);

}  // namespace bordermap::geo
