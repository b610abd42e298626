// Named bad-input suite, part 4: SQLite and GeoPackage files whose contents would make
// GDAL read elsewhere — a view over SpatiaLite's VirtualText of a local file, a
// VirtualOGR table over a URL — and GDAL asked for the network from inside the process.
// None may be imported; each is refused with a message naming the file and the object.
#include <doctest/doctest.h>

#include <cpl_http.h>
#include <cpl_vsi.h>

#include <string>

#include "bad_input/bad_input_support.hpp"
#include "events/event_fields.hpp"
#include "formats/import.hpp"
#include "geo/gdal_handle.hpp"
#include "store/store.hpp"
#include "support/sqlite_exec.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::test;
using namespace bordermap::test::bad_input;

namespace {

constexpr const char* kSecret = "secret-line-7f3a";

// A GeoPackage whose `events` layer is a view: the id column is each line of `source`,
// read by SpatiaLite's VirtualText whenever the view is queried.
std::string gpkg_with_virtualtext_view(const TempDir& dir, const std::string& source) {
  const auto gpkg = dir / "hostile.gpkg";
  gdal_gpkg_exec(gpkg, "CREATE VIRTUAL TABLE vt USING VirtualText('" + source + "', 'UTF-8', 0, POINT, NONE, ',')");
  std::string select = "SELECT ROWID AS fid";
  for (const auto& d : events::fields::definitions())
    select += std::string(", ") + (std::string(d.name) == "id" ? "COL001" : "NULL") + " AS " + d.name;
  sqlite_exec(gpkg, "CREATE VIEW events AS " + select + " FROM vt;"
                    "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('events','attributes','events');");
  return gpkg.string();
}

}  // namespace

TEST_CASE("bad input: a GeoPackage whose events are a view over VirtualText of a local file is not imported") {
  TempDir dir("virtualtext");
  const std::string source = write(dir, "private.txt", std::string(kSecret) + "\n");
  const auto gpkg = gpkg_with_virtualtext_view(dir, source);
  auto r = run_cli("import --check " + q(gpkg));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, gpkg));
  // Either object is reason enough; SQLite lists the virtual table first.
  CHECK((contains(r.err, "virtual table 'vt' (module virtualtext)") || contains(r.err, "view 'events'")));
  CHECK_FALSE(contains(r.out + r.err, kSecret));
  CHECK_THROWS_AS(events::import_events(gpkg), InputError);
}

TEST_CASE("bad input: a virtual table of any module but rtree in an imported file is refused") {
  TempDir dir("virtualogr");
  const auto gpkg = dir / "hostile.gpkg";
  gdal_gpkg_exec(gpkg, "CREATE TABLE plain (a TEXT)");
  // VirtualOGR over a URL: declared by hand, as this process has no VirtualOGR module.
  declare_schema_object(gpkg, "table", "events",
                        "CREATE VIRTUAL TABLE events USING VirtualOGR('/vsicurl/http://127.0.0.1:9/x.geojson')");
  auto r = run_cli("import --check " + q(gpkg.string()));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "virtual table 'events' (module virtualogr)"));
}

TEST_CASE("bad input: an SQLite file that is not a GeoPackage is refused by the driver allow-list") {
  TempDir dir("plain_sqlite");
  const auto db = dir / "events.sqlite";
  std::string cols = "fid INTEGER PRIMARY KEY";
  for (const auto& d : events::fields::definitions()) cols += std::string(", ") + d.name + " TEXT";
  sqlite_exec(db, "CREATE TABLE events (" + cols + "); INSERT INTO events (id, event_type) VALUES ('e1', 'Battles');");
  auto r = run_cli("import --check " + q(db.string()));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, db.string()));
}

TEST_CASE("bad input: GDAL is offline in-process, whatever names the URL") {
  geo::ensure_gdal_registered();
  for (const char* path : {"/vsicurl/http://127.0.0.1:9/x.geojson", "/vsis3/bucket/key.gpkg",
                           "/vsicurl_streaming/https://127.0.0.1:9/x", "/vsigs/bucket/k", "/vsiaz/c/k"}) {
    CPLErrorReset();
    VSIStatBufL st;
    CHECK_MESSAGE(VSIStatL(path, &st) != 0, path);
    CHECK_MESSAGE(std::string(CPLGetLastErrorMsg()).find(geo::kNetworkRefused) != std::string::npos, path);
    CHECK(VSIFOpenL(path, "rb") == nullptr);
  }
  CPLErrorReset();
  CPLHTTPResult* result = CPLHTTPFetch("http://127.0.0.1:9/x", nullptr);
  REQUIRE(result != nullptr);
  CHECK(result->nStatus != 0);
  CHECK(std::string(CPLGetLastErrorMsg()).find(geo::kNetworkRefused) != std::string::npos);
  CPLHTTPDestroyResult(result);
}

TEST_CASE("bad input: a damaged geometry in an imported GeoPackage is our message, not GDAL's ERROR 1") {
  TempDir dir("bad_geometry");
  const auto gpkg = (dir / "events.gpkg").string();
  {
    events::Event a, b;
    a.id = "a";
    b.id = "b";
    a.event_type = b.event_type = "Battles";
    a.event_date = b.event_date = events::Date{2021, 9, 1};
    a.location.lat = b.location.lat = 37.1;
    a.location.lon = b.location.lon = 70.5;
    events::EventStore::open(gpkg, true).upsert({a, b});
  }
  // Plain SQLite lacks GDAL's ST_ functions, so the rtree update triggers go first.
  sqlite_exec(gpkg, "DROP TRIGGER rtree_events_geom_update1; DROP TRIGGER rtree_events_geom_update2;"
                    "DROP TRIGGER rtree_events_geom_update3; DROP TRIGGER rtree_events_geom_update4;"
                    "UPDATE events SET geom = x'4750000100000000deadbeefdeadbeef' WHERE id = 'a';");
  auto r = run_cli("import --check " + q(gpkg));
  CHECK(r.exit_code == 1);
  CHECK_FALSE(contains(r.err, "ERROR 1"));
  CHECK(contains(r.err, gpkg + ": fid 1: GDAL cannot read this feature"));
  CHECK(contains(r.out, "1 events read"));
}
