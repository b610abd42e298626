#include "geo/geos_convert.hpp"

#include <type_traits>

namespace bordermap::geo {
namespace {

static_assert(std::is_standard_layout_v<LonLat> && sizeof(LonLat) == 2 * sizeof(double),
              "LonLat is copied to and from GEOS as interleaved x,y doubles");

GEOSCoordSequence* to_sequence(const GeosContext& ctx, std::span<const LonLat> pts) {
  auto* seq = GEOSCoordSeq_copyFromBuffer_r(ctx.get(), reinterpret_cast<const double*>(pts.data()),
                                            static_cast<unsigned>(pts.size()), 0, 0);
  if (!seq) ctx.fail("copying coordinates");
  return seq;
}

}  // namespace

GeosGeom make_line(const GeosContext& ctx, std::span<const LonLat> pts) {
  return ctx.own(GEOSGeom_createLineString_r(ctx.get(), to_sequence(ctx, pts)), "creating a line");
}

GeosGeom make_ring(const GeosContext& ctx, std::span<const LonLat> pts) {
  return ctx.own(GEOSGeom_createLinearRing_r(ctx.get(), to_sequence(ctx, pts)), "creating a ring");
}

GeosGeom make_point(const GeosContext& ctx, LonLat p) {
  return ctx.own(GEOSGeom_createPointFromXY_r(ctx.get(), p.lon, p.lat), "creating a point");
}

GeosGeom make_polygon(const GeosContext& ctx, GeosGeom shell, std::vector<GeosGeom> holes) {
  std::vector<GEOSGeometry*> raw;
  raw.reserve(holes.size());
  for (auto& h : holes) raw.push_back(h.release());
  return ctx.own(GEOSGeom_createPolygon_r(ctx.get(), shell.release(), raw.data(),
                                          static_cast<unsigned>(raw.size())),
                 "creating a polygon");
}

GeosGeom make_collection(const GeosContext& ctx, int geos_type, std::vector<GeosGeom> members) {
  std::vector<GEOSGeometry*> raw;
  raw.reserve(members.size());
  for (auto& m : members) raw.push_back(m.release());
  return ctx.own(GEOSGeom_createCollection_r(ctx.get(), geos_type, raw.data(),
                                             static_cast<unsigned>(raw.size())),
                 "creating a collection");
}

std::vector<LonLat> coords_of(const GeosContext& ctx, const GEOSGeometry* g) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx.get(), g);
  if (!seq) ctx.fail("reading coordinates");
  unsigned n = 0;
  if (!GEOSCoordSeq_getSize_r(ctx.get(), seq, &n)) ctx.fail("reading a coordinate count");
  std::vector<LonLat> out(n);
  if (n && !GEOSCoordSeq_copyToBuffer_r(ctx.get(), seq, reinterpret_cast<double*>(out.data()), 0, 0))
    ctx.fail("copying coordinates out");
  return out;
}

std::vector<const GEOSGeometry*> members_of(const GeosContext& ctx, const GEOSGeometry* g) {
  std::vector<const GEOSGeometry*> out;
  int n = GEOSGetNumGeometries_r(ctx.get(), g);
  if (n < 0) ctx.fail("counting geometries");
  if (GEOSGeomTypeId_r(ctx.get(), g) < GEOS_MULTIPOINT) {
    if (!GEOSisEmpty_r(ctx.get(), g)) out.push_back(g);
    return out;
  }
  for (int i = 0; i < n; ++i) out.push_back(GEOSGetGeometryN_r(ctx.get(), g, i));
  return out;
}

Bbox bbox_of(const GeosContext& ctx, const GEOSGeometry* g) {
  Bbox b;
  if (!GEOSGeom_getXMin_r(ctx.get(), g, &b.minx) || !GEOSGeom_getYMin_r(ctx.get(), g, &b.miny) ||
      !GEOSGeom_getXMax_r(ctx.get(), g, &b.maxx) || !GEOSGeom_getYMax_r(ctx.get(), g, &b.maxy))
    ctx.fail("computing a bounding box");
  return b;
}

}  // namespace bordermap::geo
