// Named bad-input suite, part 3: paths that would make GDAL reach the network or open a
// database. bordermap runs offline: /vsi… paths and URLs are refused with a message
// naming them, and "PG:" is accepted only where an event store is expected.
#include <doctest/doctest.h>

#include <string>

#include "bad_input/bad_input_support.hpp"
#include "formats/export.hpp"
#include "formats/import.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/safe_path.hpp"

using namespace bordermap;
using namespace bordermap::test;
using namespace bordermap::test::bad_input;
using util::PathUse;
using util::unsafe_path_reason;

TEST_CASE("safe path: plain local paths are accepted") {
  for (const char* p : {"report.txt", "./a/b.gpkg", "/tmp/x.geojson", "dir/with:colon.csv", "notes/a://b",
                        "vsicurl.txt", "C:/data/x.csv", "", "-"})
    CHECK_MESSAGE(unsafe_path_reason(p, PathUse::input).empty(), p);
}

TEST_CASE("safe path: GDAL virtual file systems and URLs are refused for every use") {
  for (auto use : {PathUse::input, PathUse::output, PathUse::store})
    for (const char* p : {"/vsicurl/http://example.org/x.geojson", "/VSIS3/bucket/key", "/vsimem/x",
                          "/vsizip//vsicurl/https://h/x.zip", "http://example.org/a.csv", "HTTPS://h/a",
                          "ftp://h/x", "file:///etc/passwd", "s3://bucket/key", "git+ssh://h/r"})
      CHECK_MESSAGE(!unsafe_path_reason(p, use).empty(), p);
}

TEST_CASE("safe path: connection strings are refused except PG: for a store") {
  CHECK(unsafe_path_reason("PG:dbname=events", PathUse::store).empty());
  CHECK(unsafe_path_reason("pg:dbname=events", PathUse::store).empty());
  CHECK_FALSE(unsafe_path_reason("PG:dbname=events", PathUse::input).empty());
  CHECK_FALSE(unsafe_path_reason("PG:dbname=events", PathUse::output).empty());
  CHECK_FALSE(unsafe_path_reason("MySQL:db", PathUse::store).empty());
  CHECK_FALSE(unsafe_path_reason("WFS:http://h/wfs", PathUse::input).empty());
  CHECK_FALSE(unsafe_path_reason(std::string("a\0b", 3), PathUse::input).empty());
}

TEST_CASE("safe path: the core refuses network paths before GDAL sees them") {
  CHECK_THROWS_AS(events::EventStore::open("/vsicurl/http://127.0.0.1:9/x.gpkg", false), InputError);
  CHECK_THROWS_AS(events::EventStore::open("https://127.0.0.1:9/x.gpkg", true), InputError);
  CHECK_THROWS_AS(events::import_events("/vsicurl/http://127.0.0.1:9/x.geojson"), InputError);
  CHECK_THROWS_AS(events::export_events({}, events::ExportFormat::geojson, "/vsimem/out.geojson"), InputError);
  try {
    events::import_events("http://127.0.0.1:9/events.csv");
    FAIL("not refused");
  } catch (const InputError& e) {
    CHECK(contains(e.what(), "http://127.0.0.1:9/events.csv"));
    CHECK(contains(e.what(), "URLs are not accepted"));
  }
}

TEST_CASE("bad input: network paths on the command line are refused with exit 2 and a message") {
  if (!runtime_data_built()) return;
  TempDir dir("net_cli");
  auto report = write(dir, "r.txt", "Fighting near Kunduz.\n");
  const std::string store = q((dir / "events.gpkg").string());
  // An existing store, so that export gets as far as its output path.
  auto events = write(dir, "ok.geojson", feature_collection("{\"type\":\"Point\",\"coordinates\":[70.5,37.1]}"));
  REQUIRE(run_cli("import " + q(events) + " --store " + store).exit_code == 0);
  struct Case {
    std::string args, named;
  };
  for (const auto& c : std::vector<Case>{
           {"geocode http://127.0.0.1:9/report.txt", "http://127.0.0.1:9/report.txt"},
           {"geocode /vsicurl/http://127.0.0.1:9/r.txt", "/vsicurl/"},
           {"ingest --store " + store + " https://127.0.0.1:9/r.txt", "https://127.0.0.1:9/r.txt"},
           {"ingest --store /vsicurl/http://127.0.0.1:9/e.gpkg " + q(report), "/vsicurl/"},
           {"import --check /vsicurl/http://127.0.0.1:9/e.geojson", "/vsicurl/"},
           {"import --check PG:dbname=events", "PG:dbname=events"},
           {"events --store ftp://127.0.0.1:9/e.gpkg", "ftp://"},
           {"export --store " + store + " /vsimem/out.geojson", "/vsimem/out.geojson"}}) {
    auto r = run_cli(c.args);
    CHECK_MESSAGE(r.exit_code == 2, c.args << " → " << r.err);
    CHECK_MESSAGE(contains(r.err, c.named), c.args << " → " << r.err);
    CHECK_MESSAGE(contains(r.err, "not accepted"), c.args << " → " << r.err);  // refused, not merely missing
  }
}
