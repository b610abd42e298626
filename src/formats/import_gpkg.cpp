// A GeoPackage with bordermap's `events` layer (an export, or a copy of a store) → events,
// read with the store's own column mapping (events/event_fields.hpp).
#include <cpl_error.h>

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
  // GDAL reports a feature it cannot fully read (a damaged geometry blob) as an error and
  // goes on; it becomes that feature's line in our report instead of an "ERROR 1:" on stderr.
  geo::QuietGdalErrors quiet;
  OGR_L_ResetReading(layer);
  for (;;) {
    CPLErrorReset();
    geo::OgrFeature f(OGR_L_GetNextFeature(layer));
    if (!f) break;
    const std::string at = file.string() + ": fid " + std::to_string(OGR_F_GetFID(f.get())) + ": ";
    if (CPLGetLastErrorType() >= CE_Failure) {
      result.errors.push_back(at + "GDAL cannot read this feature (" + geo::gdal_last_error() + "); skipped");
      continue;
    }
    Event e = fields::read_event(f.get(), *ix);
    if (e.id.empty()) {
      result.errors.push_back(at + "no id; skipped");
      continue;
    }
    if (auto why = id_problem(e.id); !why.empty()) {
      result.errors.push_back(at + why + "; skipped");
      continue;
    }
    result.events.push_back(std::move(e));
  }
  return result;
}

}  // namespace bordermap::events::detail
