#include "geo/ogr_geometry.hpp"

#include "util/error.hpp"

namespace bordermap::geo {

OgrGeometry ogr_linestring(std::span<const LonLat> pts) {
  OgrGeometry g(OGR_G_CreateGeometry(wkbLineString));
  if (!g) throw GeoError("OGR cannot create a line string");
  OGR_G_SetPointCount(g.get(), static_cast<int>(pts.size()));
  for (size_t i = 0; i < pts.size(); ++i)
    OGR_G_SetPoint_2D(g.get(), static_cast<int>(i), pts[i].lon, pts[i].lat);
  return g;
}

OgrGeometry ogr_multilinestring(const std::vector<std::vector<LonLat>>& lines) {
  OgrGeometry g(OGR_G_CreateGeometry(wkbMultiLineString));
  if (!g) throw GeoError("OGR cannot create a multi line string");
  for (const auto& l : lines) {
    OgrGeometry part = ogr_linestring(l);
    if (OGR_G_AddGeometryDirectly(g.get(), part.get()) != OGRERR_NONE)
      throw GeoError("OGR cannot add a line to a multi line string");
    part.release();
  }
  return g;
}

OgrGeometry ogr_from_geos(const GeosContext& ctx, const GEOSGeometry* g) {
  size_t size = 0;
  GeosBuffer wkb(GEOSGeomToWKB_buf_r(ctx.get(), g, &size), GeosFree{ctx.get()});
  if (!wkb) ctx.fail("writing WKB");
  OGRGeometryH out = nullptr;
  if (OGR_G_CreateFromWkbEx(wkb.get(), nullptr, &out, size) != OGRERR_NONE || !out)
    throw GeoError("OGR cannot read the WKB GEOS wrote");
  return OgrGeometry(out);
}

}  // namespace bordermap::geo
