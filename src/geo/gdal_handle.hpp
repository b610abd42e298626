#pragma once
// RAII owners for GDAL/OGR C handles: datasets, features, geometries, spatial
// references. Each closes or frees its handle exactly once and is move-only.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

namespace bordermap::geo {

template <typename Handle, void (*Free)(Handle)>
class GdalHandle {
 public:
  GdalHandle() = default;
  explicit GdalHandle(Handle h) noexcept : h_(h) {}
  ~GdalHandle() { reset(); }
  GdalHandle(GdalHandle&& o) noexcept : h_(o.release()) {}
  GdalHandle& operator=(GdalHandle&& o) noexcept {
    if (this != &o) reset(o.release());
    return *this;
  }
  GdalHandle(const GdalHandle&) = delete;
  GdalHandle& operator=(const GdalHandle&) = delete;

  Handle get() const { return h_; }
  explicit operator bool() const { return h_ != nullptr; }
  Handle release() noexcept { return std::exchange(h_, nullptr); }
  void reset(Handle h = nullptr) noexcept {
    if (h_) Free(h_);
    h_ = h;
  }

 private:
  Handle h_ = nullptr;
};

namespace detail {
inline void close_dataset(GDALDatasetH h) { GDALClose(h); }
inline void destroy_feature(OGRFeatureH h) { OGR_F_Destroy(h); }
inline void destroy_geometry(OGRGeometryH h) { OGR_G_DestroyGeometry(h); }
inline void release_srs(OGRSpatialReferenceH h) { OSRRelease(h); }
}  // namespace detail

using GdalDataset = GdalHandle<GDALDatasetH, detail::close_dataset>;
using OgrFeature = GdalHandle<OGRFeatureH, detail::destroy_feature>;
using OgrGeometry = GdalHandle<OGRGeometryH, detail::destroy_geometry>;
using OgrSpatialRef = GdalHandle<OGRSpatialReferenceH, detail::release_srs>;

// Hands `g` to feature `f`. OGR_F_SetGeometryDirectly owns its argument even when it
// fails (it frees it: a layer with no geometry column), so ownership moves before the call.
OGRErr set_feature_geometry(OGRFeatureH f, OgrGeometry g);

// Keeps GDAL from printing errors on stderr within a scope: the caller reads
// gdal_last_error() and throws, so the message reaches the user once, with context.
class QuietGdalErrors {
 public:
  QuietGdalErrors();
  ~QuietGdalErrors();
  QuietGdalErrors(const QuietGdalErrors&) = delete;
  QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

// Registers GDAL's drivers once per process (about 2 ms) and makes the process offline
// for GDAL: every network file system (/vsicurl/, /vsis3/, …) and CPLHTTPFetch refuse
// with kNetworkRefused, whoever names the URL — the command line or a file's contents
// (a VRT, a VirtualOGR table). GDAL's messages no longer reach stderr: callers read
// gdal_last_error() and throw, so a message comes once, in bordermap's words.
void ensure_gdal_registered();

// GDAL's own printing of errors ("ERROR 1: …" on stderr) is turned off process-wide;
// main() calls this first, so no GDAL call made before registration prints either.
void silence_gdal_stderr();

// The text of GDAL's error when something asked it for the network.
inline constexpr const char* kNetworkRefused = "bordermap keeps GDAL offline: network access refused for";

// Allowed GDAL drivers for opening a file whose format is known, so a file that claims
// to be one thing cannot be opened by a driver bordermap never meant to run.
inline constexpr const char* kGpkgDrivers[] = {"GPKG", nullptr};

// GDAL's last error text, or "unknown error" when it left none.
std::string gdal_last_error();

// Opens a vector dataset; throws GeoError naming the file and GDAL's reason.
// Callers check for a missing file themselves so they can throw DataError/InputError.
// `drivers`, when given, is a null-terminated allow-list (kGpkgDrivers).
GdalDataset open_vector(const std::filesystem::path& path, bool update = false,
                        const char* const* drivers = nullptr);

// The named layer; throws DataError naming file and layer when absent.
OGRLayerH require_layer(const GdalDataset& ds, const std::filesystem::path& path,
                        std::string_view layer);

// WGS84 with longitude first, as GeoJSON and GeoPackage readers expect.
OgrSpatialRef wgs84_lonlat();

}  // namespace bordermap::geo
