// Named bad-input suite, part 2: other tools' exports given to `import` — bad coordinates
// (NaN, infinite, huge), polygons where events are points, a wrong CRS, impossible
// dates, duplicate ids, NUL bytes, binary and truncated files. A bad row or feature is
// reported by position with the field and value; an unusable file exits 2 naming it.
#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "bad_input/bad_input_support.hpp"

using namespace bordermap::test;
using namespace bordermap::test::bad_input;

namespace {

bool exited_normally(const CliResult& r) { return r.exit_code >= 0 && r.exit_code < 128; }

std::vector<std::string> split_commas(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == ',') out.emplace_back();
    else out.back().push_back(c);
  }
  return out;
}

// The one-row ACLED fixture (no quoted fields) with some columns replaced.
std::string acled_with(const std::vector<std::pair<std::string, std::string>>& changes) {
  std::ifstream in(std::string(BORDERMAP_TEST_DATA_DIR) + "/bad_input/acled_one_row.csv");
  std::string header, row;
  std::getline(in, header);
  std::getline(in, row);
  auto names = split_commas(header);
  auto fields = split_commas(row);
  for (const auto& [name, value] : changes)
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) fields[i] = value;
  std::string out = header + "\n";
  for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + fields[i];
  return out + "\n";
}

CliResult import_check(const std::string& file) { return run_cli("import --check " + q(file)); }

}  // namespace

TEST_CASE("bad input: the ACLED fixture itself imports cleanly (control case)") {
  TempDir dir("acled_control");
  auto r = import_check(write(dir, "ok.csv", acled_with({})));
  CHECK(r.exit_code == 0);
  CHECK(contains(r.out, "1 events read"));
}

TEST_CASE("bad input: impossible dates in CSV rows are reported by line, field and value") {
  TempDir dir("csv_dates");
  for (const std::string date : {"2021-02-30", "99999-01-01", "31 February 2021", "2021-00-10"}) {
    auto file = write(dir, "dates.csv", acled_with({{"event_date", date}}));
    auto r = import_check(file);
    CHECK(r.exit_code == 1);
    CHECK(contains(r.err, "dates.csv:2"));
    CHECK(contains(r.err, "event_date"));
    CHECK(contains(r.err, date));
  }
}

TEST_CASE("bad input: NaN, infinite and huge coordinates in CSV rows are reported by line and field") {
  TempDir dir("csv_coords");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"latitude", "nan"}, {"longitude", "inf"}, {"longitude", "-Infinity"}, {"latitude", "1e999"}, {"latitude", "95"},
      {"longitude", "1e308"}};
  for (const auto& [field, value] : cases) {
    auto r = import_check(write(dir, "coords.csv", acled_with({{field, value}})));
    CHECK_MESSAGE(r.exit_code == 1, field << "=" << value);
    CHECK(contains(r.err, "coords.csv:2"));
    CHECK(contains(r.err, field));
  }
}

TEST_CASE("bad input: NaN and overflowing coordinates in GeoJSON are reported by feature") {
  TempDir dir("geojson_coords");
  for (const std::string point : {"[NaN,37]", "[1e400,37]", "[70,Infinity]", "[1e300,37]", "[70]", "[\"70\",37]"}) {
    auto file = write(dir, "c.geojson", feature_collection("{\"type\":\"Point\",\"coordinates\":" + point + "}"));
    auto r = import_check(file);
    CHECK_MESSAGE(r.exit_code == 1, point);
    CHECK(contains(r.err, "c.geojson"));
    CHECK(contains(r.err, "features[0]"));
  }
}

TEST_CASE("bad input: self-intersecting and empty polygons are refused per feature") {
  TempDir dir("polygons");
  const std::string bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[70,37],[71,38],[71,37],[70,38],[70,37]]]}";
  for (const std::string& geometry :
       {bowtie, std::string("{\"type\":\"Polygon\",\"coordinates\":[]}"),
        std::string("{\"type\":\"Polygon\",\"coordinates\":[[]]}"),
        std::string("{\"type\":\"GeometryCollection\",\"geometries\":[]}"),
        std::string("{\"type\":\"Point\",\"coordinates\":[]}")}) {
    auto r = import_check(write(dir, "p.geojson", feature_collection(geometry)));
    CHECK_MESSAGE(exited_normally(r), geometry);
    CHECK_MESSAGE(r.exit_code == 1, geometry);
    CHECK(contains(r.err, "p.geojson"));
    CHECK(contains(r.err, "features[0]"));
  }
}

TEST_CASE("bad input: a projected CRS in GeoJSON gives coordinates that are refused, not misplaced") {
  TempDir dir("wrong_crs");
  const std::string crs = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}},";
  auto file = write(dir, "m.geojson",
                    feature_collection("{\"type\":\"Point\",\"coordinates\":[7800000,4500000]}", "e1", crs));
  auto r = import_check(file);
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "m.geojson"));
  CHECK(contains(r.err, "outside -180..180"));
}

TEST_CASE("bad input: a missing or unknown CRS member is read as RFC 7946 lon/lat") {
  TempDir dir("missing_crs");
  const std::string unknown = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:999999\"}},";
  for (const std::string& top : {std::string(), unknown, std::string("\"crs\":null,")}) {
    auto r = import_check(write(dir, "w.geojson",
                                feature_collection("{\"type\":\"Point\",\"coordinates\":[70.5,37.1]}", "e1", top)));
    CHECK(exited_normally(r));
    CHECK(contains(r.out, "1 events read"));
  }
}

TEST_CASE("bad input: duplicate ids in one file are named in a warning") {
  if (!runtime_data_built()) return;
  TempDir dir("dup_ids");
  const std::string f =
      "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[70,37]},\"properties\":{\"id\":\"twin\","
      "\"event_type\":\"Battles\",\"event_date\":\"2021-09-01\"}}";
  auto file = write(dir, "dup.geojson", "{\"type\":\"FeatureCollection\",\"features\":[" + f + "," + f + "]}");
  auto store = (dir / "events.gpkg").string();
  auto r = run_cli("import " + q(file) + " --store " + q(store));
  CHECK(r.exit_code == 0);
  CHECK(contains(r.err, "dup.geojson"));
  CHECK(contains(r.err, "warning: id 'twin' appears 2 times"));
  CHECK(contains(r.out, "1 added"));
}

TEST_CASE("bad input: a truncated GeoJSON file is reported with the feature it ends in") {
  TempDir dir("trunc_geojson");
  std::ifstream in(std::string(BORDERMAP_SOURCE_DIR) + "/events/sample-events.geojson", std::ios::binary);
  std::ostringstream all;
  all << in.rdbuf();
  const auto whole = all.str();
  REQUIRE(whole.size() > 4000);
  for (std::size_t cut : {std::size_t{1}, std::size_t{300}, whole.size() / 2, whole.size() - 2}) {
    auto r = import_check(write(dir, "t.geojson", whole.substr(0, cut)));
    CHECK_MESSAGE(exited_normally(r), "cut at " << cut);
    CHECK_MESSAGE(r.exit_code != 0, "cut at " << cut);
    CHECK(contains(r.err, "t.geojson"));
  }
}

TEST_CASE("bad input: a truncated GeoPackage is refused as import and as store, by name") {
  if (!runtime_data_built()) return;
  TempDir dir("trunc_gpkg");
  auto src = write(dir, "ok.geojson", feature_collection("{\"type\":\"Point\",\"coordinates\":[70.5,37.1]}"));
  auto store = (dir / "full.gpkg").string();
  REQUIRE(run_cli("import " + q(src) + " --store " + q(store)).exit_code == 0);
  std::ifstream in(store, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(bytes.size() > 8192);
  auto cut = write(dir, "cut.gpkg", bytes.substr(0, bytes.size() / 3));

  auto r = run_cli("import --check " + q(cut));
  CHECK(exited_normally(r));
  CHECK(r.exit_code != 0);
  CHECK(contains(r.err, "cut.gpkg"));

  r = run_cli("events --store " + q(cut));
  CHECK(r.exit_code == 3);
  CHECK(contains(r.err, "cut.gpkg"));
}

TEST_CASE("bad input: empty, blank and NUL-filled import files exit 2 naming the file") {
  TempDir dir("empty_import");
  for (const auto& [name, bytes] : std::vector<std::pair<std::string, std::string>>{
           {"empty.csv", ""}, {"blank.geojson", "  \n\n"}, {"nul.csv", std::string(1000, '\0')},
           {"nulhdr.csv", std::string("id,event_date\n\0\0\0,2021\0-01-01\n", 31)}}) {
    auto r = import_check(write(dir, name, bytes));
    CHECK_MESSAGE(r.exit_code == 2, name);
    CHECK(contains(r.err, name));
  }
}

TEST_CASE("bad input: a binary file given to import is refused by name") {
  TempDir dir("binary_import");
  std::mt19937 rng(7);
  std::string bytes(64 << 10, '\0');
  for (auto& c : bytes) c = static_cast<char>(rng() & 0xFF);
  for (const std::string name : {"noise.csv", "noise.geojson", "noise.gpkg"}) {
    auto r = import_check(write(dir, name, bytes));
    CHECK_MESSAGE(exited_normally(r), name);
    CHECK_MESSAGE(r.exit_code == 2, name);
    CHECK(contains(r.err, name));
  }
  // A GeoJSON-looking start followed by binary.
  auto r = import_check(write(dir, "half.geojson", "{\"type\":\"FeatureCollection\",\"features\":[" + bytes));
  CHECK(exited_normally(r));
  CHECK(r.exit_code != 0);
}

TEST_CASE("bad input: a CSV with ragged rows and a 100 MB single line is bounded") {
  TempDir dir("csv_huge");
  std::string csv = acled_with({});
  csv += "AFG1,2021-09-01\n";                        // too few fields
  csv += std::string(100u << 20, 'z') + "\n";        // one 100 MB field
  auto r = import_check(write(dir, "huge.csv", csv));
  csv.clear();
  csv.shrink_to_fit();
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "huge.csv:3"));
  CHECK(contains(r.err, "huge.csv:4"));
  CHECK(children_peak_rss_mib() < kPeakRssLimitMib);
}
