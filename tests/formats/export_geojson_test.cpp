// GeoJSON export: RFC 7946 shape, read back by OGR field by field, checked by an
// independent validator (npm @placemarkio/check-geojson), and round-tripped by the import.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "formats/export.hpp"
#include "events/event_text.hpp"
#include "formats/import.hpp"
#include "export_fixture_test.hpp"
#include "geo/gdal_handle.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::test;
namespace fs = std::filesystem;

TEST_CASE("GeoJSON export follows RFC 7946: lon/lat, 6 decimals, bbox, ids, null geometry, ISO times") {
  auto dir = fresh_dir("geojson_shape");
  auto events = fixture_events();
  events[0].location.lon = 70.580021234567;  // more digits than 6 decimals keep
  events::export_events(events, events::ExportFormat::geojson, dir / "events.geojson");
  std::string text = read_text(dir / "events.geojson");
  auto j = nlohmann::json::parse(text);

  CHECK(j["type"] == "FeatureCollection");
  CHECK_FALSE(j.contains("crs"));
  REQUIRE(j["bbox"].size() == 4);
  CHECK(j["bbox"][0].get<double>() == doctest::Approx(-151.2099));
  CHECK(j["bbox"][1].get<double>() == doctest::Approx(-33.865143));
  CHECK(j["bbox"][2].get<double>() == doctest::Approx(71.61331));
  CHECK(j["bbox"][3].get<double>() == doctest::Approx(38.4435));
  REQUIRE(j["features"].size() == events.size());

  const auto& f0 = j["features"][0];
  CHECK(f0["id"] == "ev-00000000000000a1");
  CHECK(f0["geometry"]["type"] == "Point");
  CHECK(f0["geometry"]["coordinates"][0].get<double>() == 70.580021);
  CHECK(f0["geometry"]["coordinates"][1].get<double>() == 37.11664);
  CHECK(f0["properties"]["event_date"] == "2021-09-25T00:00:00Z");
  CHECK(f0["properties"]["date_start"] == "2021-09-25T00:00:00Z");
  CHECK(f0["properties"]["source_date"] == "2021-09-26T00:00:00Z");
  CHECK(f0["properties"]["tags"] == nlohmann::json::array({"deployment", "border"}));
  CHECK(f0["properties"]["fatalities_best"].is_null());
  CHECK(f0["properties"]["distance_to_border_km"] == 41.25);

  const auto& d = j["features"][3];
  CHECK(d["geometry"].is_null());
  CHECK(d["properties"]["flagged_no_location"] == true);
  CHECK(j["features"][5]["properties"]["event_date"].is_null());

  // Every feature carries every field.
  std::size_t n = j["features"][0]["properties"].size();
  for (const auto& f : j["features"]) CHECK(f["properties"].size() == n);

  // No 15-digit noise anywhere: no number has more than 6 decimals.
  std::regex long_decimals(R"([0-9]\.[0-9]{7,})");
  CHECK_FALSE(std::regex_search(text, long_decimals));
  CHECK(text.find("Kŭlob") != std::string::npos);  // UTF-8 as is, not \u escapes
}

TEST_CASE("GeoJSON export reads back with OGR field by field") {
  auto dir = fresh_dir("geojson_ogr");
  auto events = fixture_events();
  auto path = dir / "events.geojson";
  events::export_events(events, events::ExportFormat::geojson, path);

  auto ds = geo::open_vector(path);
  OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
  REQUIRE(layer);
  CHECK(OGR_L_GetFeatureCount(layer, TRUE) == static_cast<GIntBig>(events.size()));
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  auto field = [&](OGRFeatureH f, const char* name) {
    int i = OGR_FD_GetFieldIndex(defn, name);
    REQUIRE(i >= 0);
    return std::string(OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : "<null>");
  };
  OGR_L_ResetReading(layer);
  for (const auto& e : events) {
    geo::OgrFeature f(OGR_L_GetNextFeature(layer));
    REQUIRE(f);
    INFO(e.id);
    CHECK(field(f.get(), "id") == e.id);
    CHECK(field(f.get(), "location") == e.location.name);
    CHECK(field(f.get(), "notes") == e.notes);
    CHECK(field(f.get(), "claimant") == e.claimant);
    CHECK(field(f.get(), "event_type") == e.event_type);
    CHECK(field(f.get(), "country") == e.location.country);
    OGRGeometryH g = OGR_F_GetGeometryRef(f.get());
    if (e.location.lat) {
      REQUIRE(g);
      CHECK(OGR_G_GetX(g, 0) == doctest::Approx(*e.location.lon).epsilon(1e-9));
      CHECK(OGR_G_GetY(g, 0) == doctest::Approx(*e.location.lat).epsilon(1e-9));
    } else {
      CHECK(g == nullptr);
    }
    if (e.fatalities_best) CHECK(field(f.get(), "fatalities_best") == std::to_string(*e.fatalities_best));
    else CHECK(field(f.get(), "fatalities_best") == "<null>");
  }
}

TEST_CASE("GeoJSON export → import gives the same events") {
  auto dir = fresh_dir("geojson_round_trip");
  auto events = fixture_events();
  events::export_events(events, events::ExportFormat::geojson, dir / "events.geojson");
  auto result = events::import_events(dir / "events.geojson");
  CHECK(result.detected_format == "geojson");
  CHECK(result.errors.empty());
  check_same_events(events, result.events);
}

TEST_CASE("GeoJSON export passes an independent validator (npm @placemarkio/check-geojson)") {
  fs::path tools = fs::path(BORDERMAP_SOURCE_DIR) / "tests" / "tools";
  if (std::system("node --version >/dev/null 2>&1") != 0) {
    MESSAGE("node is not installed; skipping the independent GeoJSON validator");
    return;
  }
  if (!fs::exists(tools / "node_modules" / "@placemarkio" / "check-geojson")) {
    MESSAGE("tests/tools/node_modules is missing (scripts/install-deps.sh runs npm ci there); skipping");
    return;
  }
  auto dir = fresh_dir("geojson_validator");
  auto path = dir / "events.geojson";
  events::export_events(fixture_events(), events::ExportFormat::geojson, path);
  std::string cmd = "node '" + (tools / "check-geojson.js").string() + "' '" + path.string() + "' > '" +
                    (dir / "issues.txt").string() + "' 2>&1";
  int rc = std::system(cmd.c_str());
  INFO(read_text(dir / "issues.txt"));
  CHECK(rc == 0);

  // The validator does catch a broken file, so its pass means something.
  std::string broken = R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[70.5]},"properties":{}}]})";
  std::ofstream(dir / "broken.geojson") << broken;
  cmd = "node '" + (tools / "check-geojson.js").string() + "' '" + (dir / "broken.geojson").string() + "' >/dev/null 2>&1";
  CHECK(std::system(cmd.c_str()) != 0);
}

TEST_CASE("exports are atomic: the old file stays whole when an export fails, no temporary is left") {
  auto dir = fresh_dir("atomic");
  auto path = dir / "events.geojson";
  auto events = fixture_events();
  events::export_events(events, events::ExportFormat::geojson, path);
  std::string before = read_text(path);

  auto broken = events;
  broken.back().location.lat = 1e308;  // impossible coordinates: the export refuses
  CHECK_THROWS_AS(events::export_events(broken, events::ExportFormat::geojson, path), InputError);
  CHECK_THROWS_AS(events::export_events(broken, events::ExportFormat::csv, dir / "x.csv"), InputError);
  CHECK(read_text(path) == before);
  CHECK_FALSE(fs::exists(dir / "x.csv"));
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);

  CHECK_THROWS_AS(events::export_events(events, events::ExportFormat::kml, dir / "no" / "such" / "dir.kml"), InputError);
}

TEST_CASE("export format names") {
  CHECK(events::parse_export_format("geojson") == events::ExportFormat::geojson);
  CHECK(events::parse_export_format("gpkg") == events::ExportFormat::gpkg);
  CHECK(events::parse_export_format("kml") == events::ExportFormat::kml);
  CHECK(events::parse_export_format("csv") == events::ExportFormat::csv);
  CHECK_FALSE(events::parse_export_format("shp"));
}

TEST_CASE("number and string formatting: no noise, no -0, escapes, invalid UTF-8 replaced") {
  using events::text::number_text;
  CHECK(number_text(70.580019999999993, 6) == "70.58002");
  CHECK(number_text(-0.0000001, 6) == "0");
  CHECK(number_text(12.3456789, 3) == "12.346");
  CHECK(number_text(1e308, 6) == "1e+308");
  std::string s;
  events::text::append_json_string(s, "a\"b\\c\n\x01 Kŭlob \xE9!");
  CHECK(s == "\"a\\\"b\\\\c\\n\\u0001 Kŭlob \xEF\xBF\xBD!\"");
  CHECK(nlohmann::json::parse(s).get<std::string>().find("Kŭlob") != std::string::npos);
  CHECK(events::text::xml_escaped("<a & 'b'>\x02") == "&lt;a &amp; &apos;b&apos;&gt;\xEF\xBF\xBD");
  CHECK_FALSE(events::text::is_valid_utf8("\xED\xA0\x80"));  // a UTF-16 surrogate
  CHECK_FALSE(events::text::is_valid_utf8("\xC0\xAF"));      // overlong '/'
  CHECK(events::text::is_valid_utf8("Хорог"));
}
