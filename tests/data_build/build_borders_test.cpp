// `data build-borders` end to end on a synthetic fixture: three countries (XA, XB, XC)
// whose DCW-style outlines share no vertices, an enclave listed twice, a river file.
#include <doctest/doctest.h>

#include <filesystem>
#include <unistd.h>

#include "data/build_borders.hpp"
#include "geo/border.hpp"
#include "geo/gdal_handle.hpp"
#include "util/error.hpp"

using namespace bordermap;
namespace fs = std::filesystem;

namespace {

const fs::path kFixture = fs::path(BORDERMAP_TEST_DATA_DIR) / "borders_fixture";

data::BuildBordersOptions fixture_options(const fs::path& out) {
  data::BuildBordersOptions o;
  o.topojson = kFixture / "countries.topojson";
  o.iso_codes = kFixture / "iso_3166-1.json";
  o.raw_dir = kFixture / "raw";
  o.out_dir = out;
  o.dcw_version = "test";
  return o;
}

long long feature_count(const fs::path& file, const char* layer) {
  auto ds = geo::open_vector(file);
  return OGR_L_GetFeatureCount(geo::require_layer(ds, file, layer), TRUE);
}

}  // namespace

TEST_CASE("build-borders on the fixture writes both GeoPackages and a loadable border") {
  const fs::path out = fs::temp_directory_path() / ("bordermap_build_borders_" + std::to_string(::getpid()));
  fs::remove_all(out);
  auto report = data::build_borders(fixture_options(out), nullptr);
  // Twice: rebuilding replaces the files in place.
  report = data::build_borders(fixture_options(out), nullptr);

  CHECK(report.countries.features == 3);
  CHECK(report.countries.without_code == 1);
  CHECK(report.dcw_codes == std::vector<std::string>{"XA", "XB", "XC"});
  CHECK(report.river_lines == 2);
  REQUIRE(report.pairs.size() == 3);
  CHECK(feature_count(out / "countries.gpkg", "countries") == 3);
  CHECK(feature_count(out / "borders.gpkg", "countries_dcw") == 3);
  CHECK(feature_count(out / "borders.gpkg", "rivers") == 2);
  CHECK(feature_count(out / "borders.gpkg", "borders") == 3);
  // Only the two GeoPackages: no temporary or journal file left behind.
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(out)) ++entries;
  CHECK(entries == 2);

  CHECK(geo::available_pairs(out) == std::vector<std::string>{"XA-XB", "XA-XC", "XB-XC"});
  geo::Border ba = geo::load_border(out, "XB-XA");
  CHECK(ba.a == "XB");
  CHECK(ba.b == "XA");
  CHECK(ba.length_km == doctest::Approx(110.57).epsilon(0.005));
  REQUIRE(ba.tripoints.size() == 1);
  CHECK(ba.tripoints[0].third_country == "XC");
  CHECK_FALSE(ba.reference_km);
  CHECK(ba.source.find("gmt-dcw test") != std::string::npos);
  CHECK(ba.distance_km({11.5, 0.5}) == doctest::Approx(55.66).epsilon(0.01));

  // XA-XC: the northern edge and the enclave's ring, which DCW lists twice in XA.
  geo::Border ac = geo::load_border(out, "XA-XC");
  CHECK(ac.lines.size() == 2);
  CHECK(ac.length_km == doctest::Approx(111.3 + 4 * 22.2).epsilon(0.02));

  CHECK_THROWS_WITH_AS(geo::load_border(out, "XA-ZZ"), doctest::Contains("XA-XB, XA-XC, XB-XC"), InputError);
  fs::remove_all(out);
}

TEST_CASE("build-borders names what is missing") {
  const fs::path out = fs::temp_directory_path() / ("bordermap_build_borders_bad_" + std::to_string(::getpid()));
  auto o = fixture_options(out);
  o.raw_dir = kFixture / "no-such-folder";
  CHECK_THROWS_WITH_AS(data::build_borders(o, nullptr), doctest::Contains("no-such-folder"), InputError);
  o = fixture_options(out);
  o.topojson = kFixture / "missing.topojson";
  CHECK_THROWS_WITH_AS(data::build_borders(o, nullptr), doctest::Contains("missing.topojson"), InputError);
  CHECK_FALSE(fs::exists(out / "borders.gpkg"));
  fs::remove_all(out);
}

TEST_CASE("load_border: missing data is a DataError") {
  CHECK_THROWS_AS(geo::load_border("/nonexistent/bordermap-data", "AF-TJ"), DataError);
}
