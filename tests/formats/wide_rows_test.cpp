// Wide rows: a GeoJSON feature of 100,000 properties and an event of 100,000 attributes
// exported to CSV come through whole and in order (each was quadratic before: ordered_json
// and the CSV writer looked every name up linearly). Correctness only, no timing.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "bad_input/bad_input_support.hpp"
#include "export_fixture_test.hpp"
#include "formats/export.hpp"
#include "formats/import.hpp"

using namespace bordermap;
using namespace bordermap::test;

namespace {

constexpr int kWide = 100000;

std::string feature_with_properties(const std::string& extra) {
  return R"({"type":"FeatureCollection","features":[{"type":"Feature","id":"w","geometry":null,"properties":{"event_type":"Battles","event_date":"2021-09-01",)" +
         extra + "}}]}";
}

}  // namespace

TEST_CASE("wide rows: GeoJSON properties keep their order; a repeated name its first place and last value") {
  TempDir dir("props_order");
  const auto file = bad_input::write(
      dir, "f.geojson", feature_with_properties(R"("zeta":1,"alpha":{"b":1,"a":[2,{"d":0,"c":1}]},"zeta":"two","mid":null)"));
  auto r = events::import_events(file);
  REQUIRE(r.events.size() == 1);
  using A = std::vector<std::pair<std::string, std::string>>;
  CHECK(r.events[0].attributes == A{{"zeta", "two"}, {"alpha", R"({"b":1,"a":[2,{"d":0,"c":1}]})"}, {"mid", "null"}});
}

TEST_CASE("wide rows: a feature of 100,000 properties is imported whole, in order") {
  TempDir dir("props_wide");
  std::string extra;
  for (int i = 0; i < kWide; ++i) extra += (i ? ",\"p" : "\"p") + std::to_string(kWide - i) + "\":" + std::to_string(i);
  auto r = events::import_events(bad_input::write(dir, "wide.geojson", feature_with_properties(extra)));
  REQUIRE(r.events.size() == 1);
  const auto& a = r.events[0].attributes;
  REQUIRE(a.size() == static_cast<std::size_t>(kWide));
  CHECK(a.front() == std::pair<std::string, std::string>{"p" + std::to_string(kWide), "0"});
  CHECK(a.back() == std::pair<std::string, std::string>{"p1", std::to_string(kWide - 1)});
}

TEST_CASE("wide rows: an event of 100,000 attributes exports to CSV with every value in its column") {
  auto dir = fresh_dir("csv_wide");
  auto evs = fixture_events();
  REQUIRE(!evs.empty());
  evs.resize(1);
  evs[0].attributes.clear();
  for (int i = 0; i < kWide; ++i) evs[0].attributes.emplace_back("k" + std::to_string(i), "v" + std::to_string(i));
  const auto path = dir / "wide.csv";
  events::export_events(evs, events::ExportFormat::csv, path);
  auto back = events::import_events(path);
  REQUIRE(back.events.size() == 1);
  const auto& a = back.events[0].attributes;
  REQUIRE(a.size() >= static_cast<std::size_t>(kWide));
  CHECK(a[a.size() - kWide] == std::pair<std::string, std::string>{"k0", "v0"});
  CHECK(a.back() == std::pair<std::string, std::string>{"k" + std::to_string(kWide - 1), "v" + std::to_string(kWide - 1)});
}
