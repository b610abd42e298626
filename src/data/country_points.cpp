#include "data/country_points.hpp"

#include "geo/gdal_handle.hpp"
#include "util/error.hpp"

namespace bordermap::data {

std::vector<CountryPoint> read_country_points(const std::filesystem::path& gpkg) {
  auto ds = geo::open_vector(gpkg);
  OGRLayerH layer = geo::require_layer(ds, gpkg, "countries");
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  int f_a2 = OGR_FD_GetFieldIndex(defn, "iso_a2");
  int f_name = OGR_FD_GetFieldIndex(defn, "name");
  if (f_a2 < 0 || f_name < 0) throw DataError(gpkg.string() + ": layer 'countries' lacks iso_a2 or name");
  std::vector<CountryPoint> out;
  OGR_L_ResetReading(layer);
  while (geo::OgrFeature feature{OGR_L_GetNextFeature(layer)}) {
    OGRGeometryH geom = OGR_F_GetGeometryRef(feature.get());
    if (!geom) continue;
    // Largest part, so a country's point is on its mainland, not an island.
    OGRGeometryH best = geom;
    double best_area = OGR_G_Area(geom);
    if (wkbFlatten(OGR_G_GetGeometryType(geom)) == wkbMultiPolygon) {
      best_area = -1;
      for (int i = 0; i < OGR_G_GetGeometryCount(geom); ++i) {
        OGRGeometryH part = OGR_G_GetGeometryRef(geom, i);
        if (double a = OGR_G_Area(part); a > best_area) {
          best_area = a;
          best = part;
        }
      }
    }
    geo::OgrGeometry pt{OGR_G_PointOnSurface(best)};
    if (!pt) continue;
    CountryPoint c;
    c.iso_a2 = OGR_F_GetFieldAsString(feature.get(), f_a2);
    c.name = OGR_F_GetFieldAsString(feature.get(), f_name);
    c.lon = OGR_G_GetX(pt.get(), 0);
    c.lat = OGR_G_GetY(pt.get(), 0);
    c.area = best_area;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace bordermap::data
