// A store written before the inter-code columns (inter1, inter2, interaction,
// civilian_targeting) still opens: read as an export it gives empty codes, opened as a store
// it gains the columns, and the codes an ACLED import had kept among the attributes move
// into their fields.
#include <doctest/doctest.h>

#include <string>

#include "../support/temp_dir.hpp"
#include "events/event_fields.hpp"
#include "formats/import.hpp"
#include "geo/gpkg_writer.hpp"
#include "store/store.hpp"

using namespace bordermap;
using namespace bordermap::events;

namespace {

// The events layer as bordermap wrote it before the inter-code columns.
void write_old_store(const std::filesystem::path& path) {
  std::vector<geo::FieldSpec> specs;
  for (const auto& d : fields::definitions())
    if (!d.added_later) specs.push_back({d.name, d.type});
  geo::GpkgWriter w(path);
  OGRLayerH layer = w.create_layer(fields::kLayer, wkbPoint, specs);
  geo::NewFeature(layer)
      .set("id", std::string("acled:AFG1"))
      .set("event_date", std::string("2021-09-25"))
      .set("event_type", std::string("Violence against civilians"))
      .set("actor1", std::string("Taliban"))
      .set("actor2", std::string("Civilians (Afghanistan)"))
      .set("country", std::string("AF"))
      .set("fatalities_best", 2)
      .set("attributes", std::string(R"({"inter1":"2","inter2":"7","interaction":"27",)"
                                     R"("civilian_targeting":"Civilian targeting","source_scale":"National"})"))
      .set("created", std::string("2021-09-26T08:00:00Z"))
      .set("modified", std::string("2021-09-26T08:00:00Z"))
      .write();
  geo::NewFeature(layer).set("id", std::string("ev-plain")).set("event_type", std::string("Battles")).write();
  w.finish();
}

void check_migrated(const std::vector<Event>& events) {
  REQUIRE(events.size() == 2);
  const Event& a = events[0].id == "acled:AFG1" ? events[0] : events[1];
  const Event& b = events[0].id == "acled:AFG1" ? events[1] : events[0];
  CHECK(a.inter1 == 2);
  CHECK(a.inter2 == 7);
  CHECK(a.interaction == 27);
  CHECK(a.civilian_targeting == "Civilian targeting");
  CHECK(a.fatalities_best == 2);
  // Only what has a field moved; the rest stays an attribute.
  CHECK(a.attributes == std::vector<std::pair<std::string, std::string>>{{"source_scale", "National"}});
  CHECK_FALSE(b.inter1);
  CHECK_FALSE(b.interaction);
  CHECK(b.civilian_targeting.empty());
}

}  // namespace

TEST_CASE("a GeoPackage written before the inter-code columns reads as an export") {
  test::TempDir dir("old_store_import");
  write_old_store(dir / "old.gpkg");
  auto r = import_events(dir / "old.gpkg");
  CHECK(r.errors.empty());
  check_migrated(r.events);
}

TEST_CASE("a store written before the inter-code columns opens, gains them and keeps its events") {
  test::TempDir dir("old_store_open");
  const auto path = dir / "old.gpkg";
  write_old_store(path);
  {
    auto store = EventStore::open(path.string(), false);
    check_migrated(store.query(EventFilter{}));
    // Written back, the codes live in their columns.
    store.upsert(store.query(EventFilter{}));
  }
  auto ds = geo::open_vector(path);
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(GDALDatasetGetLayerByName(ds.get(), fields::kLayer));
  for (const char* column : {"inter1", "inter2", "interaction", "civilian_targeting"})
    CHECK_MESSAGE(OGR_FD_GetFieldIndex(defn, column) >= 0, column);
  auto store = EventStore::open(path.string(), false);
  check_migrated(store.query(EventFilter{}));
}
