// GeoPackage export: layer `events` with the store's columns, read back with OGR and by the
// import, in one file written atomically.
#include <doctest/doctest.h>

#include <cstdlib>

#include "events/event_fields.hpp"
#include "formats/export.hpp"
#include "formats/import.hpp"
#include "export_fixture_test.hpp"
#include "geo/gdal_handle.hpp"

using namespace bordermap;
using namespace bordermap::test;

TEST_CASE("GeoPackage export: layer events, every event, null geometry, fields read back with OGR") {
  auto dir = fresh_dir("gpkg_ogr");
  auto events = fixture_events();
  auto path = dir / "events.gpkg";
  events::export_events(events, events::ExportFormat::gpkg, path);

  auto ds = geo::open_vector(path);
  CHECK(std::string(GDALGetDriverShortName(GDALGetDatasetDriver(ds.get()))) == "GPKG");
  OGRLayerH layer = geo::require_layer(ds, path, "events");
  CHECK(OGR_L_GetFeatureCount(layer, TRUE) == static_cast<GIntBig>(events.size()));
  CHECK(wkbFlatten(OGR_L_GetGeomType(layer)) == wkbPoint);
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  for (const auto& d : events::fields::definitions()) CHECK(OGR_FD_GetFieldIndex(defn, d.name) >= 0);

  auto text = [&](OGRFeatureH f, const char* name) {
    int i = OGR_FD_GetFieldIndex(defn, name);
    return std::string(OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : "<null>");
  };
  OGR_L_ResetReading(layer);
  for (const auto& e : events) {
    geo::OgrFeature f(OGR_L_GetNextFeature(layer));
    REQUIRE(f);
    INFO(e.id);
    CHECK(text(f.get(), "id") == e.id);
    CHECK(text(f.get(), "location") == e.location.name);
    CHECK(text(f.get(), "notes") == e.notes);
    CHECK(text(f.get(), "event_date") == (e.event_date ? events::fields::format_date(*e.event_date) : "<null>"));
    OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
    CHECK((g != nullptr && !OGR_G_IsEmpty(g)) == e.location.lat.has_value());
  }
}

TEST_CASE("GeoPackage export → import gives the same events") {
  auto dir = fresh_dir("gpkg_round_trip");
  auto events = fixture_events();
  events::export_events(events, events::ExportFormat::gpkg, dir / "events.gpkg");
  auto result = events::import_events(dir / "events.gpkg");
  CHECK(result.detected_format == "gpkg");
  CHECK(result.errors.empty());
  check_same_events(events, result.events);
}

TEST_CASE("GeoPackage export replaces an existing file whole") {
  auto dir = fresh_dir("gpkg_replace");
  auto path = dir / "events.gpkg";
  auto events = fixture_events();
  events::export_events(events, events::ExportFormat::gpkg, path);
  events.resize(3);
  events::export_events(events, events::ExportFormat::gpkg, path);
  auto result = events::import_events(path);
  CHECK(result.events.size() == 3);
}

TEST_CASE("a GeoPackage export converted by ogr2ogr to GeoJSON imports as the same events") {
  if (std::system("command -v ogr2ogr >/dev/null 2>&1") != 0) {
    MESSAGE("ogr2ogr (gdal-bin) is not installed; skipping");
    return;
  }
  auto dir = fresh_dir("gpkg_ogr2ogr");
  auto events = fixture_events();
  events::export_events(events, events::ExportFormat::gpkg, dir / "events.gpkg");
  std::string cmd = "ogr2ogr -f GeoJSON -lco RFC7946=YES '" + (dir / "o.geojson").string() + "' '" +
                    (dir / "events.gpkg").string() + "' events";
  REQUIRE(std::system(cmd.c_str()) == 0);
  auto result = events::import_events(dir / "o.geojson");
  std::string result_errors;
  for (const auto& e : result.errors) result_errors += e + "\n";
  INFO(result_errors);
  CHECK(result.errors.empty());
  check_same_events(events, result.events);
}
