// Named bad-input suite, part 6: values built to break what reads them — JSON nested
// 50,000 deep, numeric ids beyond 2^53 and 2^64, a NUL in an id, a store whose events
// layer has no geometry column.
#include <doctest/doctest.h>

#include <string>

#include "bad_input/bad_input_support.hpp"
#include "events/event_fields.hpp"
#include "formats/document_line.hpp"
#include "formats/import.hpp"
#include "geo/gdal_handle.hpp"
#include "store/store.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::test;
using namespace bordermap::test::bad_input;

namespace {

std::string nested_arrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

std::string feature(const std::string& id_json, const std::string& extra_property = "") {
  return R"({"type":"Feature","id":)" + id_json +
         R"(,"geometry":{"type":"Point","coordinates":[70.5,37.1]},"properties":{"event_type":"Battles","event_date":"2021-09-01")" +
         (extra_property.empty() ? "" : "," + extra_property) + "}}";
}

std::string collection(const std::vector<std::string>& features) {
  std::string out = R"({"type":"FeatureCollection","features":[)";
  for (std::size_t i = 0; i < features.size(); ++i) out += (i ? "," : "") + features[i];
  return out + "]}";
}

}  // namespace

TEST_CASE("bad input: a GeoJSON property nested 50,000 deep is reported, not a stack overflow") {
  TempDir dir("deep_geojson");
  const auto file = write(dir, "deep.geojson",
                          collection({feature("\"deep\"", "\"x\":" + nested_arrays(50000)), feature("\"ok\"")}));
  auto r = run_cli("import --check " + q(file));
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "features[0]"));
  CHECK(contains(r.err, "nested deeper than 64 levels"));
  CHECK(contains(r.out, "1 events read"));
}

TEST_CASE("bad input: a geometry nested 50,000 deep and a JSONL line nested as deep are refused with a message") {
  TempDir dir("deep_geometry");
  const auto file = write(dir, "deep.geojson",
                          R"({"type":"FeatureCollection","features":[{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":)" +
                              nested_arrays(50000) + R"(},"properties":{"event_type":"Battles","event_date":"2021-09-01"}}]})");
  auto r = run_cli("import --check " + q(file));
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "nested deeper than"));

  auto line = events::parse_document_line(R"({"id":"d","text":"x","extra":)" + nested_arrays(50000) + "}");
  CHECK(contains(line.error, "nested deeper than"));
}

TEST_CASE("bad input: numeric ids above 2^53 and 2^64 stay distinct and exact") {
  TempDir dir("big_ids");
  const auto file = write(dir, "ids.geojson",
                          collection({feature("9007199254740993"), feature("9007199254740992"),
                                      feature("123456789012345678901234567890"), feature("123456789012345678901234567891")}));
  auto result = events::import_events(file);
  REQUIRE(result.events.size() == 4);
  CHECK(result.events[0].id == "9007199254740993");
  CHECK(result.events[1].id == "9007199254740992");
  CHECK(result.events[2].id == "123456789012345678901234567890");
  CHECK(result.events[3].id == "123456789012345678901234567891");
  auto r = run_cli("import --check " + q(file));
  CHECK(r.exit_code == 0);
  CHECK_FALSE(contains(r.err, "appears 2 times"));

  auto line = events::parse_document_line(R"({"id":123456789012345678901234567891,"text":"x"})");
  CHECK(events::id_text(line.id) == "123456789012345678901234567891");
}

TEST_CASE("bad input: a NUL in one imported id rejects that row only; the rest are stored") {
  TempDir dir("nul_id");
  const auto file = write(dir, "nul.geojson", collection({feature(R"("a\u0000b")"), feature(R"("c")")}));
  const auto store = (dir / "store.gpkg").string();
  auto r = run_cli("import " + q(file) + " --store " + q(store));
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "features[0]"));
  CHECK(contains(r.err, "control character (0x00"));
  CHECK(contains(r.out, "1 added"));
  auto s = events::EventStore::open(store, false);
  CHECK(s.size() == 1);
  CHECK(s.get("c").has_value());
  // Below the import, a NUL never shortens a query: it is refused.
  events::Event e;
  e.id = std::string("x\0y", 3);
  CHECK_THROWS_AS(s.upsert({e}), InputError);
  CHECK(s.size() == 1);
}

TEST_CASE("bad input: a store whose events layer has no geometry column is refused, not freed twice") {
  TempDir dir("no_geometry");
  const auto store = dir / "store.gpkg";
  {
    geo::ensure_gdal_registered();
    geo::GdalDataset ds(GDALCreate(GDALGetDriverByName("GPKG"), store.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(ds);
    OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), events::fields::kLayer, nullptr, wkbNone, nullptr);
    REQUIRE(layer);
    for (const auto& d : events::fields::definitions()) {
      OGRFieldDefnH fd = OGR_Fld_Create(d.name, d.type);
      OGR_L_CreateField(layer, fd, TRUE);
      OGR_Fld_Destroy(fd);
    }
  }
  const auto file = write(dir, "one.geojson", collection({feature(R"("p")")}));
  auto r = run_cli("import " + q(file) + " --store " + q(store.string()));
  CHECK(r.exit_code == 3);
  CHECK(contains(r.err, store.string()));
  CHECK(contains(r.err, "no geometry column"));
}
