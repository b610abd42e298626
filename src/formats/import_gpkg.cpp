// A GeoPackage with bordermap's `events` layer (an export, or a copy of a store) → events,
// read with the store's own column mapping (events/event_fields.hpp).
#include "events/event_fields.hpp"
#include "formats/import_readers.hpp"
#include "geo/gdal_handle.hpp"
#include "util/error.hpp"
#include "util/sqlite_schema.hpp"

namespace bordermap::events::detail {

ImportResult import_gpkg(const std::filesystem::path& file) {
  ImportResult result;
  result.detected_format = "gpkg";
  // Before GDAL sees it: a view or virtual table in the file would read whatever it names.
  util::require_trusted_sqlite_schema(file, "will not import");
  geo::GdalDataset ds;
  try {
    ds = geo::open_vector(file, false, geo::kGpkgDrivers);
  } catch (const GeoError& e) {
    throw InputError(e.what());  // a damaged file is the user's input, not a GDAL fault
  }
  OGRLayerH layer = GDALDatasetGetLayerByName(ds.get(), fields::kLayer);
  if (!layer) throw InputError(file.string() + ": no layer '" + fields::kLayer + "' (not a bordermap event export)");
  std::optional<fields::FieldIndex> ix;
  try {
    ix.emplace(OGR_L_GetLayerDefn(layer), file.string());
  } catch (const DataError& e) {
    throw InputError(e.what());
  }
  OGR_L_ResetReading(layer);
  for (;;) {
    geo::OgrFeature f(OGR_L_GetNextFeature(layer));
    if (!f) break;
    Event e = fields::read_event(f.get(), *ix);
    if (e.id.empty()) {
      result.errors.push_back(file.string() + ": fid " + std::to_string(OGR_F_GetFID(f.get())) + ": no id; skipped");
      continue;
    }
    result.events.push_back(std::move(e));
  }
  return result;
}

}  // namespace bordermap::events::detail
