// `bordermap import` and `bordermap export` end to end: exit codes 0 / 1 / 2, per-row
// errors on stderr, and an export that reads back.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../cli/run_cli.hpp"
#include "formats/import.hpp"
#include "export_fixture_test.hpp"

using namespace bordermap;
using namespace bordermap::test;

namespace {

std::string q(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST_CASE("bordermap import: 0 when every row came in, 1 with bad rows reported, 2 for an unusable file") {
  auto dir = fresh_dir("cli_import");
  auto store = dir / "events.gpkg";

  auto ok = run_cli("import " + q(events_io_data("acled_afghanistan.csv")) + " --store " + q(store));
  INFO(ok.out << ok.err);
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("6 events read (acled-csv), 0 errors") != std::string::npos);
  CHECK(ok.out.find("6 added") != std::string::npos);

  auto bad = run_cli("import " + q(events_io_data("acled_bad_rows.csv")) + " --store " + q(store));
  INFO(bad.out << bad.err);
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("acled_bad_rows.csv:3: field event_date: '2021-02-30' is not a date") != std::string::npos);
  CHECK(bad.out.find("3 events read") != std::string::npos);

  auto unusable = run_cli("import " + q(events_io_data("acled_missing_columns.csv")) + " --store " + q(store));
  CHECK(unusable.exit_code == 2);
  CHECK(unusable.err.find("missing required columns latitude, longitude") != std::string::npos);

  auto missing = run_cli("import " + q(dir / "nothing.csv") + " --store " + q(store));
  CHECK(missing.exit_code == 2);

  auto check = run_cli("import --check " + q(events_io_data("bad_features.geojson")) + " --store " + q(dir / "unused.gpkg"));
  CHECK(check.exit_code == 1);
  CHECK(check.err.find("features[2]: geometry: longitude 'NaN'") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "unused.gpkg"));
}

TEST_CASE("bordermap export writes each format from the store, with filters") {
  auto dir = fresh_dir("cli_export");
  auto store = dir / "events.gpkg";
  auto imported = run_cli("import " + q(events_io_data("acled_afghanistan.csv")) + " --store " + q(store));
  REQUIRE(imported.exit_code == 0);

  auto geojson = run_cli("export --store " + q(store) + " --format geojson " + q(dir / "all.geojson"));
  INFO(geojson.out << geojson.err);
  REQUIRE(geojson.exit_code == 0);
  auto j = nlohmann::json::parse(read_text(dir / "all.geojson"));
  CHECK(j["features"].size() == 6);

  for (const char* ext : {"gpkg", "kml", "csv"}) {
    auto r = run_cli("export --store " + q(store) + " " + q(dir / (std::string("all.") + ext)));
    INFO(ext << ": " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(std::filesystem::file_size(dir / (std::string("all.") + ext)) > 0);
  }
  auto csv = events::import_events(dir / "all.csv");
  CHECK(csv.events.size() == 6);

  auto riots = run_cli("export --store " + q(store) + " --type Riots --from 2021-09-21 " + q(dir / "riots.csv"));
  REQUIRE(riots.exit_code == 0);
  auto r = events::import_events(dir / "riots.csv");
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].id == "acled:AFG90004");

  CHECK(run_cli("export --store " + q(store) + " --format shp " + q(dir / "x.shp")).exit_code == 2);
  CHECK(run_cli("export --store " + q(store) + " " + q(dir / "x.unknown")).exit_code == 2);
  CHECK(run_cli("export --store " + q(store) + " --from 2021-02-30 " + q(dir / "x.csv")).exit_code == 2);
  CHECK(run_cli("export --store " + q(dir / "absent.gpkg") + " " + q(dir / "x.csv")).exit_code != 0);
}
