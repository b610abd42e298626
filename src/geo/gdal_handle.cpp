#include "geo/gdal_handle.hpp"

#include <cpl_error.h>

#include <mutex>

#include "util/error.hpp"
#include "util/safe_path.hpp"

namespace bordermap::geo {

QuietGdalErrors::QuietGdalErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
QuietGdalErrors::~QuietGdalErrors() { CPLPopErrorHandler(); }

void ensure_gdal_registered() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
}

std::string gdal_last_error() {
  const char* msg = CPLGetLastErrorMsg();
  return (msg && *msg) ? msg : "unknown error";
}

GdalDataset open_vector(const std::filesystem::path& path, bool update) {
  util::require_local_path(path.string(), util::PathUse::input, "GDAL will not open");
  ensure_gdal_registered();
  QuietGdalErrors quiet;
  CPLErrorReset();
  unsigned flags = GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR | (update ? GDAL_OF_UPDATE : 0u);
  GdalDataset ds(GDALOpenEx(path.c_str(), flags, nullptr, nullptr, nullptr));
  if (!ds) throw GeoError("GDAL cannot open " + path.string() + ": " + gdal_last_error());
  return ds;
}

OGRLayerH require_layer(const GdalDataset& ds, const std::filesystem::path& path,
                        std::string_view layer) {
  std::string name(layer);
  OGRLayerH h = GDALDatasetGetLayerByName(ds.get(), name.c_str());
  if (!h) throw DataError(path.string() + " has no layer '" + name + "'");
  return h;
}

OgrSpatialRef wgs84_lonlat() {
  OgrSpatialRef srs(OSRNewSpatialReference(nullptr));
  if (!srs || OSRImportFromEPSG(srs.get(), 4326) != OGRERR_NONE)
    throw GeoError("cannot build the EPSG:4326 spatial reference: " + gdal_last_error());
  OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

}  // namespace bordermap::geo
