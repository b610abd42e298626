#pragma once
// Writes a GeoPackage the way the runtime data must be written: into a temporary
// file beside the target, all features inside one transaction, renamed over the
// target only when everything succeeded.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "geo/gdal_handle.hpp"
#include "util/atomic_file.hpp"

namespace bordermap::geo {

struct FieldSpec {
  std::string name;
  OGRFieldType type = OFTString;
};

class GpkgWriter {
 public:
  explicit GpkgWriter(std::filesystem::path target);
  GpkgWriter(const GpkgWriter&) = delete;
  GpkgWriter& operator=(const GpkgWriter&) = delete;

  // A layer in EPSG:4326 (lon/lat), created inside the open transaction.
  OGRLayerH create_layer(const std::string& name, OGRwkbGeometryType type,
                         const std::vector<FieldSpec>& fields);
  // Commits the transaction, closes the file and renames it into place.
  void finish();
  const std::filesystem::path& target() const { return target_; }

 private:
  std::filesystem::path target_;
  AtomicReplace replace_;
  GdalDataset ds_;
};

// One feature for a layer; write() inserts it or throws GeoError naming the layer.
class NewFeature {
 public:
  explicit NewFeature(OGRLayerH layer);
  NewFeature& set(const char* field, const std::string& value);
  NewFeature& set(const char* field, double value);
  NewFeature& set(const char* field, int value);
  NewFeature& set(const char* field, std::int64_t value);
  NewFeature& set_null(const char* field);
  NewFeature& geometry(OgrGeometry g);
  void write();

 private:
  int index(const char* field) const;
  OGRLayerH layer_;
  OgrFeature f_;
};

}  // namespace bordermap::geo
