#include "geo/gdal_handle.hpp"

#include <cpl_error.h>
#include <cpl_http.h>
#include <cpl_vsi.h>
#include <cpl_vsi_virtual.h>

#include <mutex>
#include <vector>

#include "util/error.hpp"
#include "util/safe_path.hpp"

namespace bordermap::geo {

QuietGdalErrors::QuietGdalErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
QuietGdalErrors::~QuietGdalErrors() { CPLPopErrorHandler(); }

namespace {

// GDAL's network file systems (GDAL 3.6); each is replaced by a handler that refuses.
constexpr const char* kNetworkPrefixes[] = {
    "/vsicurl/", "/vsicurl_streaming/", "/vsis3/",     "/vsis3_streaming/",  "/vsigs/",
    "/vsigs_streaming/", "/vsiaz/",     "/vsiaz_streaming/", "/vsiadls/", "/vsioss/",
    "/vsioss_streaming/", "/vsiswift/", "/vsiswift_streaming/", "/vsiwebhdfs/"};

void refuse(const char* what) { CPLError(CE_Failure, CPLE_AppDefined, "%s %s", kNetworkRefused, what ? what : ""); }

int refuse_stat(void*, const char* name, VSIStatBufL*, int) {
  refuse(name);
  return -1;
}
void* refuse_open(void*, const char* name, const char*) {
  refuse(name);
  return nullptr;
}
char** refuse_list(void*, const char* name, int) {
  refuse(name);
  return nullptr;
}

CPLHTTPResult* refuse_http(const char* url, CSLConstList, GDALProgressFunc, void*, CPLHTTPFetchWriteFunc, void*,
                           void*) {
  refuse(url);
  auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
  result->nStatus = 1;
  result->pszErrBuf = CPLStrdup(kNetworkRefused);
  return result;
}

// GDAL's handlers that the refusing ones replace. Installing a handler overwrites the old
// one in GDAL's table without deleting it, and GDAL has no call to take it back: they are
// kept here for the life of the process, so they stay reachable instead of leaking.
std::vector<VSIFilesystemHandler*>& replaced_handlers() {
  static auto* kept = new std::vector<VSIFilesystemHandler*>();  // never destroyed: see above
  return *kept;
}

void make_gdal_offline() {
  for (const char* prefix : kNetworkPrefixes) {
    replaced_handlers().push_back(VSIFileManager::GetHandler(prefix));
    VSIFilesystemPluginCallbacksStruct* cb = VSIAllocFilesystemPluginCallbacksStruct();
    cb->stat = refuse_stat;
    cb->open = refuse_open;
    cb->read_dir = refuse_list;
    VSIInstallPluginHandler(prefix, cb);  // replaces GDAL's handler for the prefix
    VSIFreeFilesystemPluginCallbacksStruct(cb);
  }
  CPLHTTPSetFetchCallback(refuse_http, nullptr);
  // Belt and braces for code paths that reach curl without the handlers above.
  CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
  CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".bordermap-offline");
  CPLSetConfigOption("OSR_USE_NETWORK", "NO");
  CPLSetConfigOption("PROJ_NETWORK", "OFF");
}

}  // namespace

void silence_gdal_stderr() {
  // Errors are still recorded for gdal_last_error(); callers turn them into messages.
  CPLSetErrorHandler(CPLQuietErrorHandler);
}

void ensure_gdal_registered() {
  static std::once_flag once;
  std::call_once(once, [] {
    silence_gdal_stderr();
    GDALAllRegister();
    make_gdal_offline();
  });
}

std::string gdal_last_error() {
  const char* msg = CPLGetLastErrorMsg();
  return (msg && *msg) ? msg : "unknown error";
}

GdalDataset open_vector(const std::filesystem::path& path, bool update, const char* const* drivers) {
  util::require_local_path(path.string(), util::PathUse::input, "GDAL will not open");
  ensure_gdal_registered();
  QuietGdalErrors quiet;
  CPLErrorReset();
  unsigned flags = GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR | (update ? GDAL_OF_UPDATE : 0u);
  GdalDataset ds(GDALOpenEx(path.c_str(), flags, drivers, nullptr, nullptr));
  if (!ds) throw GeoError("GDAL cannot open " + path.string() + ": " + gdal_last_error());
  return ds;
}

OGRErr set_feature_geometry(OGRFeatureH f, OgrGeometry g) { return OGR_F_SetGeometryDirectly(f, g.release()); }

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
