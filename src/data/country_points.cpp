#include "data/country_points.hpp"

#include <gdal.h>
#include <ogr_api.h>

#include <memory>

#include "util/error.hpp"

namespace bordermap::data {

// TODO(lead): move onto the geo module's dataset wrapper once it lands.
std::vector<CountryPoint> read_country_points(const std::filesystem::path& gpkg) {
  GDALAllRegister();
  std::unique_ptr<void, decltype(&GDALClose)> ds(
      GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr), &GDALClose);
  if (!ds) throw DataError("cannot open " + gpkg.string());
  OGRLayerH layer = GDALDatasetGetLayerByName(ds.get(), "countries");
  if (!layer) throw DataError(gpkg.string() + " has no layer 'countries'");
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  int f_a2 = OGR_FD_GetFieldIndex(defn, "iso_a2");
  int f_name = OGR_FD_GetFieldIndex(defn, "name");
  if (f_a2 < 0 || f_name < 0) throw DataError(gpkg.string() + ": layer 'countries' lacks iso_a2 or name");
  std::vector<CountryPoint> out;
  OGR_L_ResetReading(layer);
  while (OGRFeatureH raw = OGR_L_GetNextFeature(layer)) {
    std::unique_ptr<void, decltype(&OGR_F_Destroy)> feature(raw, &OGR_F_Destroy);
    OGRGeometryH geom = OGR_F_GetGeometryRef(raw);
    if (!geom) continue;
    // Largest part, so a country's label point is on its mainland, not an island.
    OGRGeometryH best = geom;
    if (wkbFlatten(OGR_G_GetGeometryType(geom)) == wkbMultiPolygon) {
      double best_area = -1;
      for (int i = 0; i < OGR_G_GetGeometryCount(geom); ++i) {
        OGRGeometryH part = OGR_G_GetGeometryRef(geom, i);
        double a = OGR_G_Area(part);
        if (a > best_area) {
          best_area = a;
          best = part;
        }
      }
    }
    std::unique_ptr<void, decltype(&OGR_G_DestroyGeometry)> pt(OGR_G_PointOnSurface(best), &OGR_G_DestroyGeometry);
    if (!pt) continue;
    CountryPoint c;
    c.iso_a2 = OGR_F_GetFieldAsString(raw, f_a2);
    c.name = OGR_F_GetFieldAsString(raw, f_name);
    c.lon = OGR_G_GetX(pt.get(), 0);
    c.lat = OGR_G_GetY(pt.get(), 0);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace bordermap::data
