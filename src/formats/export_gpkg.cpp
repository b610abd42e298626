// GeoPackage export: the layer `events` with exactly the event store's columns
// (events/event_fields.hpp), so an exported file opens in QGIS and also as a bordermap
// store. All rows go in inside one transaction into a temporary file that is renamed over
// the target only after the commit (geo::GpkgWriter).
#include <vector>

#include "events/event_fields.hpp"
#include "formats/export_writers.hpp"
#include "geo/gdal_handle.hpp"
#include "geo/gpkg_writer.hpp"
#include "util/error.hpp"

namespace bordermap::events::detail {

void write_gpkg(const std::vector<Event>& events, const std::filesystem::path& out) {
  std::vector<geo::FieldSpec> specs;
  for (const auto& d : fields::definitions()) specs.push_back({d.name, d.type});

  geo::GpkgWriter writer(out);
  OGRLayerH layer = writer.create_layer(fields::kLayer, wkbPoint, specs);
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  const fields::FieldIndex ix(defn, out.string());

  // One feature reused for every row: write_event sets every column and the geometry, so
  // nothing carries over, and a million rows cost no million allocations of the feature.
  geo::OgrFeature feature(OGR_F_Create(defn));
  if (!feature) throw GeoError("cannot create a feature for " + out.string());
  for (const auto& e : events) {
    has_point(e);  // throws for impossible coordinates, as every export does
    fields::write_event(feature.get(), ix, e);
    OGR_F_SetFID(feature.get(), OGRNullFID);
    if (OGR_L_CreateFeature(layer, feature.get()) != OGRERR_NONE)
      throw GeoError("cannot write event " + e.id + " to " + out.string() + ": " + geo::gdal_last_error());
  }
  writer.finish();
}

}  // namespace bordermap::events::detail
