// Border analytics on the real derived data (gazetteer and DCW border): side, distance,
// km along the border from the western (UZ) tripoint, and which admin1 units face each
// other. Skips with a message only when the runtime data folder does not exist.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>

#include "analytics/border_analytics.hpp"
#include "gazetteer/gazetteer.hpp"
#include "geo/border.hpp"
#include "util/data_dir.hpp"

using namespace bordermap;
using namespace bordermap::events;

namespace {

bool data_present() {
  auto dir = resolve_data_dir();
  if (std::filesystem::is_regular_file(dir / "gazetteer.bmx") && std::filesystem::is_regular_file(dir / "borders.gpkg"))
    return true;
  MESSAGE("skipped: no runtime data (gazetteer.bmx, borders.gpkg) in " << dir.string() << " (build target geodata)");
  return false;
}

struct Fixture {
  gazetteer::Gazetteer gaz = gazetteer::Gazetteer::open(resolve_data_dir() / "gazetteer.bmx");
  geo::Border border = geo::load_border(resolve_data_dir(), "AF-TJ");
};

Event at(const std::string& name, const std::string& country, double lon, double lat) {
  Event e;
  e.id = "ev-" + name;
  e.location.name = name;
  e.location.country = country;
  e.location.lon = lon;
  e.location.lat = lat;
  return e;
}

}  // namespace

TEST_CASE("border analytics: real AF-TJ data") {
  if (!data_present()) return;
  Fixture fx;
  const auto t0 = std::chrono::steady_clock::now();
  BorderAnalyzer analyzer(fx.border, fx.gaz, resolve_data_dir());
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("BorderAnalyzer construction: " << ms << " ms");

  SUBCASE("a whole country gets its side but no distance, km or section") {
    auto e = at("Afghanistan", "AF", 65.18, 33.93);
    e.location.place_id = "country:AF";
    analyzer.annotate(e);
    CHECK(e.border.side == "AF");
    CHECK_FALSE(e.border.distance_to_border_km);
    CHECK_FALSE(e.border.border_km);
    CHECK(e.border.border_section.empty());
    // The extractor keeps country-wide events without a point: the side stays.
    e.location.lat.reset();
    e.location.lon.reset();
    analyzer.annotate(e);
    CHECK(e.border.side == "AF");
    CHECK(e.border.pair == "AF-TJ");
    CHECK_FALSE(e.border.distance_to_border_km);
  }

  SUBCASE("Khorugh, TJ: beside the Panj, ~739 km from the UZ tripoint, GBAO facing Badakhshan") {
    auto e = at("Khorugh", "TJ", 71.55304, 37.48974);
    analyzer.annotate(e);
    CHECK(e.border.pair == "AF-TJ");
    CHECK(e.border.side == "TJ");
    REQUIRE(e.border.distance_to_border_km);
    CHECK(*e.border.distance_to_border_km > 0.5);
    CHECK(*e.border.distance_to_border_km < 6);
    REQUIRE(e.border.border_km);
    CHECK(*e.border.border_km == doctest::Approx(739).epsilon(5.0 / 739));
    MESSAGE("Khorugh: " << *e.border.distance_to_border_km << " km from the border, km " << *e.border.border_km
                        << ", section " << e.border.border_section);
    CHECK(e.border.border_section.rfind("Badakhshan (AF) \u2013 ", 0) == 0);
    CHECK(e.border.border_section.find("Badakhshan (TJ)") != std::string::npos);  // Gorno-Badakhshan
  }
  SUBCASE("Fayzabad, AF: Afghan side, tens of km from the border") {
    auto e = at("Fayzabad", "AF", 70.58002, 37.11664);
    analyzer.annotate(e);
    CHECK(e.border.side == "AF");
    CHECK(*e.border.distance_to_border_km > 10);
    CHECK(e.border.border_section.rfind("Badakhshan (AF)", 0) == 0);
  }
  SUBCASE("Moy May (Maymay), AF: on the river bend") {
    auto e = at("Maymay", "AF", 71.03839, 38.40856);
    analyzer.annotate(e);
    CHECK(e.border.side == "AF");
    CHECK(*e.border.distance_to_border_km < 5);
    CHECK(e.border.border_section.find("(TJ)") != std::string::npos);
  }
  SUBCASE("places of no country take their side from the DCW polygons") {
    auto tj = at("upper Panj valley", "", 71.5, 38.2);
    analyzer.annotate(tj);
    CHECK(tj.border.side == "TJ");
    auto af = at("Kokcha river", "", 70.5, 36.9);
    analyzer.annotate(af);
    CHECK(af.border.side == "AF");
    auto far = at("Zarafshon river", "", 66.9, 39.6);  // Uzbekistan: neither side
    analyzer.annotate(far);
    CHECK(far.border.side.empty());
    CHECK(far.border.distance_to_border_km);
  }
  SUBCASE("the gazetteer's country wins over the polygon; a third country is no side") {
    auto e = at("Nusay", "AF", 70.80413, 38.4435);  // DCW puts Nusay inside TJ
    analyzer.annotate(e);
    CHECK(e.border.side == "AF");
    auto uz = at("Termez", "UZ", 67.27833, 37.22417);
    analyzer.annotate(uz);
    CHECK(uz.border.side.empty());
    CHECK(*uz.border.border_km < 30);  // at the western end
  }
  SUBCASE("events with no geometry get nothing") {
    Event e;
    e.location.country = "TJ";
    e.border.side = "stale";
    analyzer.annotate(e);
    CHECK(e.border.pair.empty());
    CHECK(e.border.side.empty());
    CHECK_FALSE(e.border.distance_to_border_km);
    CHECK_FALSE(e.border.border_km);
    CHECK(e.border.border_section.empty());
  }
  SUBCASE("sections run west to east: Khatlon faces Kunduz/Takhar in the west, the Wakhan in the east") {
    auto west = at("Panji Poyon", "TJ", 68.67, 37.24);
    analyzer.annotate(west);
    MESSAGE("west: " << west.border.border_section << " at km " << *west.border.border_km);
    CHECK(west.border.border_section.find("Khatlon") != std::string::npos);
    auto east = at("Wakhan", "AF", 73.5, 37.0);
    analyzer.annotate(east);
    MESSAGE("east: " << east.border.border_section << " at km " << *east.border.border_km);
    CHECK(east.border.border_section.rfind("Badakhshan (AF)", 0) == 0);
    CHECK(*east.border.border_km > *west.border.border_km);
  }
}
