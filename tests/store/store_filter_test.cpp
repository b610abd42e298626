// The two halves of an EventFilter (SQL pre-selection, exact C++ check) and the
// connection-string masking, without a database.
#include <doctest/doctest.h>

#include "store/store_backend.hpp"
#include "store/store_filter.hpp"

using namespace bordermap::events;

TEST_CASE("store filter: SQL is pushed down only where it is safe") {
  CHECK(filter_sql({}).empty());
  EventFilter f;
  f.from = Date{2021, 9, 1};
  f.to = Date{2021, 9, 30};
  f.event_type = "Battles";
  f.side = "TJ";
  f.within_km = 2.5;
  CHECK(filter_sql(f) ==
        "event_date >= '2021-09-01' AND event_date <= '2021-09-30' AND LOWER(event_type) = 'battles' AND "
        "LOWER(side) = 'tj' AND distance_to_border_km <= 2.5");
  f = {};
  f.actor = "Taliban";
  CHECK(filter_sql(f) ==
        "(LOWER(actor1) = 'taliban' OR LOWER(actor2) = 'taliban' OR LOWER(assoc_actors) LIKE '%\"taliban\"%')");
  f = {};
  f.claimant = "O'Brien";
  CHECK(filter_sql(f) == "LOWER(claimant) LIKE '%o''brien%'");
  f.claimant = "50% of";  // a wildcard in the value: left to C++
  CHECK(filter_sql(f).empty());
  f.claimant = "Хорог";   // non-ASCII: databases fold case differently, left to C++
  CHECK(filter_sql(f).empty());
  CHECK(sql_quote("a'b") == "'a''b'");
}

TEST_CASE("store filter: the exact check") {
  Event e;
  e.id = "x";
  e.event_date = Date{2021, 9, 25};
  e.event_type = "Battles";
  e.actor1 = "Taliban";
  e.assoc_actors = {"CSTO"};
  e.claimant = "Tajik media reports";
  e.border.side = "TJ";
  e.border.distance_to_border_km = 3;
  e.location.lon = 71.5;
  e.location.lat = 37.5;

  EventFilter f;
  CHECK(filter_matches(e, f));
  f.from = Date{2021, 9, 25};
  f.to = Date{2021, 9, 25};
  CHECK(filter_matches(e, f));  // inclusive
  f.from = Date{2021, 9, 26};
  CHECK_FALSE(filter_matches(e, f));
  f = {};
  f.actor = "csto";
  CHECK(filter_matches(e, f));
  f.actor = "Tal";
  CHECK_FALSE(filter_matches(e, f));
  f = {};
  f.within_km = 2.9;
  CHECK_FALSE(filter_matches(e, f));
  f = {};
  f.bbox = BBox{71, 37, 72, 38};
  CHECK(filter_matches(e, f));
  f.bbox = BBox{72, 37, 71, 38};  // west > east: the box wraps the globe the other way
  CHECK_FALSE(filter_matches(e, f));
  Event undated = e;
  undated.event_date.reset();
  undated.location.lat.reset();
  f = {};
  f.from = Date{2000, 1, 1};
  CHECK_FALSE(filter_matches(undated, f));
  f = {};
  f.bbox = BBox{-180, -90, 180, 90};
  CHECK_FALSE(filter_matches(undated, f));  // no geometry is in no box
}

TEST_CASE("store: connection strings are named without their password") {
  using bordermap::events::detail::mask_password;
  CHECK(mask_password("PG:host=h dbname=d password=secret user=u") == "PG:host=h dbname=d password=*** user=u");
  CHECK(mask_password("PG:password = 'se cret' dbname=d") == "PG:password = *** dbname=d");
  CHECK(mask_password("PG:dbname=d PASSWORD=s") == "PG:dbname=d PASSWORD=***");
  CHECK(mask_password("events.gpkg") == "events.gpkg");
  CHECK(bordermap::events::detail::is_postgres_target("pg:dbname=x"));
  CHECK_FALSE(bordermap::events::detail::is_postgres_target("pgstore.gpkg"));
}
