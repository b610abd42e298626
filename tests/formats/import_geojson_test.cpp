// GeoJSON import: invalid geometry, NaN and huge coordinates, missing fields, bad dates and
// a truncated file each reported with file, line and feature index; the good features come in.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "formats/import.hpp"
#include "export_fixture_test.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::test;

namespace {

bool has_error(const std::vector<std::string>& errors, const std::string& text) {
  return std::any_of(errors.begin(), errors.end(), [&](const auto& e) { return e.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("bad GeoJSON features are reported by line and index; the good ones come in") {
  auto file = events_io_data("bad_features.geojson");
  auto result = events::import_events(file);
  std::string result_errors;
  for (const auto& e : result.errors) result_errors += e + "\n";
  INFO(result_errors);
  CHECK(result.detected_format == "geojson");
  REQUIRE(result.events.size() == 2);
  CHECK(result.events[0].id == "ev-good-1");
  CHECK(result.events[0].location.name == "Fayzabad");
  CHECK(result.events[0].event_date == events::Date{2021, 9, 25});
  CHECK(result.events[1].id == "ev-good-2");
  CHECK_FALSE(result.events[1].location.lat.has_value());
  CHECK_FALSE(result.events[1].event_date.has_value());
  CHECK(result.events[1].attributes == std::vector<std::pair<std::string, std::string>>{{"unknown_field", "5"}});

  const std::string f = file.string();
  CHECK(has_error(result.errors, f + ":3: features[1]: geometry: a Point needs coordinates"));
  CHECK(has_error(result.errors, f + ":4: features[2]: geometry: longitude 'NaN' is not a finite number"));
  CHECK(has_error(result.errors, f + ":5: features[3]: geometry: longitude 1e+308 is outside -180..180"));
  CHECK(has_error(result.errors, f + ":6: features[4]: missing property event_date"));
  CHECK(has_error(result.errors, f + ":7: features[5]: geometry: type Polygon is not supported"));
  CHECK(has_error(result.errors, f + ":8: features[6]: property event_date: '2021-02-30' is not a date"));
  CHECK(result.errors.size() == 6);
}

TEST_CASE("a truncated GeoJSON keeps the features before the cut and names where it ends") {
  auto file = events_io_data("truncated.geojson");
  auto result = events::import_events(file);
  REQUIRE(result.events.size() == 2);
  CHECK(result.events[1].id == "ev-t2");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].find(file.string() + ":4: features[2]: the file ends inside this feature (truncated?)") == 0);
}

TEST_CASE("GeoJSON that cannot be used at all is refused as a whole") {
  auto dir = fresh_dir("geojson_unusable");
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
  };
  CHECK_THROWS_AS(events::import_events(write("array.geojson", "[1, 2, 3]")), InputError);
  CHECK_THROWS_AS(events::import_events(write("point.geojson", R"({"type":"Point","coordinates":[1,2]})")), InputError);
  CHECK_THROWS_AS(events::import_events(write("cut.geojson", R"({"type":"FeatureCollection","fea)")), InputError);
  CHECK_THROWS_AS(events::import_events(write("blank.geojson", "  \n")), InputError);
  try {
    events::import_events(write("nofeatures.geojson", R"({"type":"FeatureCollection"})"));
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("nofeatures.geojson") != std::string::npos);
  }
}

TEST_CASE("GeoJSON edge values: overflowing numbers, non-JSON garbage in one feature, a single Feature") {
  auto dir = fresh_dir("geojson_edges");
  std::string good = R"({"type":"Feature","id":"ok","geometry":{"type":"Point","coordinates":[70.1,37.2]},"properties":{"event_type":"Battles","event_date":"2021-09-25"}})";
  std::ofstream(dir / "edges.geojson", std::ios::binary)
      << "{\"features\": [\n"
      << good << ",\n"
      << R"({"type":"Feature","id":"inf","geometry":{"type":"Point","coordinates":[1e400,37.2]},"properties":{"event_type":"Battles","event_date":"2021-09-25"}})" << ",\n"
      << R"({"type":"Feature","id":"junk","geometry":null,"properties":{"event_type":"Battles" "event_date":"2021-09-25"}})" << ",\n"
      << R"({"type":"Feature","id":"late","geometry":{"type":"Point","coordinates":[70.1,-91]},"properties":{"event_type":"Battles","event_date":"2021-09-25","time_precision":"x"}})" << "\n"
      << "], \"type\": \"FeatureCollection\"}\n";
  auto result = events::import_events(dir / "edges.geojson");
  std::string result_errors;
  for (const auto& e : result.errors) result_errors += e + "\n";
  INFO(result_errors);
  REQUIRE(result.events.size() == 1);
  CHECK(result.events[0].id == "ok");
  CHECK(has_error(result.errors, ":3: features[1]: not valid JSON: number overflow parsing '1e400'"));
  CHECK(has_error(result.errors, ":4: features[2]: not valid JSON"));
  CHECK(has_error(result.errors, ":5: features[3]: geometry: latitude -91 is outside -90..90"));
  CHECK(has_error(result.errors, ":5: features[3]: property time_precision: 'x' is not an integer"));

  std::ofstream(dir / "one.geojson", std::ios::binary) << good;
  auto one = events::import_events(dir / "one.geojson");
  REQUIRE(one.events.size() == 1);
  CHECK(one.events[0].id == "ok");
}
