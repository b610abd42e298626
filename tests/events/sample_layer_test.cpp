// The bundled default event layer (events/sample-events.geojson) must stay readable and
// keep the analyst's correction it ships with.
#include <doctest/doctest.h>

#include <filesystem>

#include "formats/import.hpp"

using namespace bordermap::events;

TEST_CASE("the bundled sample event layer imports cleanly and keeps its hand correction") {
  auto file = std::filesystem::path(BORDERMAP_SOURCE_DIR) / "events" / "sample-events.geojson";
  auto r = import_events(file);
  CHECK(r.errors.empty());
  REQUIRE(r.events.size() >= 10);
  int reviewed = 0, located = 0;
  for (const auto& e : r.events) {
    CHECK(e.event_date);
    CHECK_FALSE(e.event_type.empty());
    if (e.location.lat) ++located;
    // Events without a point are country-wide (listed, never drawn at a centroid) or flagged.
    else CHECK((e.flagged_no_location || e.location.place_id.rfind("country:", 0) == 0));
    if (e.analyst_reviewed) {
      ++reviewed;
      CHECK(e.location.place_id == "admin1:TJ.01");
      CHECK(e.border.side == "TJ");
    }
  }
  CHECK(reviewed == 1);
  CHECK(located >= 9);
}
