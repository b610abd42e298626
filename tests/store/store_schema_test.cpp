// A store is data: triggers, views and virtual tables that neither bordermap nor GDAL
// created are refused when the store is opened, before anything runs on ingest or read,
// with a message naming the file and the object. GDAL's own triggers (rtree upkeep,
// feature counts) are not.
#include <doctest/doctest.h>

#include <string>

#include "bad_input/bad_input_support.hpp"
#include "store/store.hpp"
#include "support/sqlite_exec.hpp"
#include "util/error.hpp"
#include "util/sqlite_schema.hpp"

using namespace bordermap;
using namespace bordermap::events;
using namespace bordermap::test;
using bordermap::test::bad_input::contains;

namespace {

Event point_event(const std::string& id) {
  Event e;
  e.id = id;
  e.event_date = Date{2021, 9, 1};
  e.event_type = "Battles";
  e.location.lat = 37.1;
  e.location.lon = 70.5;
  return e;
}

std::string store_with_two_events(const TempDir& dir) {
  const auto path = (dir / "store.gpkg").string();
  auto store = EventStore::open(path, true);
  store.upsert({point_event("a"), point_event("b")});
  return path;
}

std::string open_error(const std::string& path) {
  try {
    EventStore::open(path, false);
  } catch (const InputError& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("store schema: a store bordermap made, written to and read again, is trusted") {
  TempDir dir("schema_control");
  const auto path = store_with_two_events(dir);
  CHECK(util::untrusted_sqlite_object(path).empty());
  CHECK(EventStore::open(path, false).size() == 2);
}

TEST_CASE("store schema: an AFTER INSERT trigger refuses the store and nothing is written") {
  TempDir dir("schema_trigger");
  const auto path = store_with_two_events(dir);
  sqlite_exec(path,
              "CREATE TRIGGER rewrite AFTER INSERT ON events BEGIN "
              "UPDATE events SET analyst_reviewed = 1; DELETE FROM events WHERE id = 'a'; END;");
  const auto msg = open_error(path);
  CHECK(contains(msg, path));
  CHECK(contains(msg, "trigger 'rewrite' on table 'events'"));

  TempDir in("schema_trigger_in");
  const auto geojson = bad_input::write(in, "one.geojson", bad_input::feature_collection(
                                                               R"({"type":"Point","coordinates":[70.5,37.1]})", "c"));
  auto r = run_cli("import " + bad_input::q(geojson) + " --store " + bad_input::q(path));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "rewrite"));
  sqlite_exec(path, "DROP TRIGGER rewrite;");
  auto store = EventStore::open(path, false);
  CHECK(store.size() == 2);
  CHECK_FALSE(store.get("a")->analyst_reviewed);
}

TEST_CASE("store schema: a trigger that borrows the name of GDAL's rtree trigger is still refused") {
  TempDir dir("schema_disguise");
  const auto path = store_with_two_events(dir);
  sqlite_exec(path, "DROP TRIGGER rtree_events_geom_insert;"
                    "CREATE TRIGGER rtree_events_geom_insert AFTER INSERT ON events BEGIN "
                    "INSERT OR REPLACE INTO rtree_events_geom VALUES (NEW.fid, 0, 0, 0, 0); DELETE FROM events; END;");
  CHECK(contains(open_error(path), "trigger 'rtree_events_geom_insert'"));
}

TEST_CASE("store schema: a view in a store is refused") {
  TempDir dir("schema_view");
  const auto path = store_with_two_events(dir);
  sqlite_exec(path, "CREATE VIEW recent AS SELECT * FROM events;");
  const auto msg = open_error(path);
  CHECK(contains(msg, path));
  CHECK(contains(msg, "view 'recent'"));
  auto r = run_cli("events --store " + bad_input::q(path));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "view 'recent'"));
}
