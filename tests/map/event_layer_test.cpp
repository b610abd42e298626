// Day arithmetic and the compact event layer built from the bundled sample events.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "formats/import.hpp"
#include "map/event_layer.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::map;

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int month_length(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

events::Event dated(events::Date d) {
  events::Event e;
  e.event_date = d;
  return e;
}

const std::vector<events::Event>& sample_events() {
  static const auto events =
      events::import_events(std::filesystem::path(BORDERMAP_SOURCE_DIR) / "events" / "sample-events.geojson").events;
  return events;
}

}  // namespace

TEST_SUITE("map.event_layer") {

TEST_CASE("day_number: known days since 1970-01-01") {
  // Figures from Python's datetime.date subtraction.
  CHECK(day_number({1970, 1, 1}) == 0);
  CHECK(day_number({1969, 12, 31}) == -1);
  CHECK(day_number({2000, 3, 1}) == 11017);
  CHECK(day_number({2021, 9, 25}) == 18895);
  CHECK(day_number({1900, 1, 1}) == -25567);
  CHECK(day_number({2100, 12, 31}) == 47846);
}

TEST_CASE("day_number: leap years follow the Gregorian rules") {
  CHECK(day_number({2000, 3, 1}) - day_number({2000, 2, 28}) == 2);  // divisible by 400: leap
  CHECK(day_number({1900, 3, 1}) - day_number({1900, 2, 28}) == 1);  // by 100 only: not leap
  CHECK(day_number({2100, 3, 1}) - day_number({2100, 2, 28}) == 1);
  CHECK(day_number({2024, 3, 1}) - day_number({2024, 2, 28}) == 2);
  CHECK(day_number({2021, 3, 1}) - day_number({2021, 2, 28}) == 1);
  CHECK(day_number({2001, 1, 1}) - day_number({2000, 1, 1}) == 366);
  CHECK(day_number({2101, 1, 1}) - day_number({2100, 1, 1}) == 365);

  CHECK_THROWS_AS(day_number({1900, 2, 29}), InputError);
  CHECK_THROWS_AS(day_number({2021, 2, 29}), InputError);
  CHECK_THROWS_AS(day_number({2021, 4, 31}), InputError);
  CHECK_THROWS_AS(day_number({2021, 13, 1}), InputError);
  CHECK_THROWS_AS(day_number({2021, 0, 1}), InputError);
  CHECK_FALSE(try_day_number({2021, 2, 30}).has_value());
  CHECK(try_day_number({2000, 2, 29}).has_value());
}

TEST_CASE("day_number and date_of_day: every day 1900–2100 round-trips, one apart") {
  Day expected = day_number({1900, 1, 1});
  int mismatches = 0;
  for (int y = 1900; y <= 2100; ++y)
    for (int m = 1; m <= 12; ++m)
      for (int d = 1; d <= month_length(y, m); ++d) {
        const events::Date date{y, m, d};
        const Day n = day_number(date);
        if (n != expected || date_of_day(n) != date) ++mismatches;
        ++expected;
      }
  CHECK(mismatches == 0);
  CHECK(expected - 1 == day_number({2100, 12, 31}));
}

TEST_CASE("day_number: dates before year 0 and far ahead still round-trip") {
  for (events::Date d : {events::Date{-400, 2, 29}, events::Date{-500, 3, 1}, events::Date{0, 2, 29}, events::Date{1, 1, 1},
                         events::Date{9999, 12, 31}, events::Date{1600, 2, 29}}) {
    INFO(d.year, "-", d.month, "-", d.day);
    CHECK(date_of_day(day_number(d)) == d);
  }
}

TEST_CASE("make_event_layer: the bundled sample events") {
  const auto& events = sample_events();
  REQUIRE(events.size() == 13);
  const MapProjection projection;
  const EventLayer layer = make_event_layer("sample", events, projection);

  CHECK(layer.name == "sample");
  REQUIRE(layer.points.size() == 13);
  REQUIRE(layer.events.size() == 13);
  CHECK(layer.types == std::vector<std::string>{"Battles", "Strategic developments"});
  CHECK(layer.sides == std::vector<std::string>{"", "AF", "TJ"});
  REQUIRE_FALSE(layer.actors.empty());
  CHECK(layer.actors.front() == "Taliban");  // named in 8 of the 13

  int located = 0;
  for (std::size_t i = 0; i < layer.points.size(); ++i) {
    const EventPoint& p = layer.points[i];
    const events::Event& e = layer.events[i];
    INFO("event ", i, " ", e.id);
    CHECK(layer.types[p.type] == e.event_type);
    CHECK(layer.sides[p.side] == e.border.side);
    CHECK(p.located == (e.location.lat && e.location.lon));
    if (p.located) {
      ++located;
      CHECK(std::isfinite(p.at.x));
      CHECK(layer.extent.contains(p.at));
      CHECK(p.lonlat.lat == doctest::Approx(*e.location.lat));
    }
    CHECK(p.first == day_number(*e.date_start));
    CHECK(p.last == day_number(*e.date_end));
    CHECK(p.geo_precision == e.geo_precision);
    CHECK(std::isnan(p.border_km) == !e.border.border_km.has_value());
    const bool taliban = e.actor1 == "Taliban" || e.actor2 == "Taliban" ||
                         std::find(e.assoc_actors.begin(), e.assoc_actors.end(), "Taliban") != e.assoc_actors.end();
    CHECK(((p.actors_mask & 1u) != 0) == taliban);
  }
  CHECK(located == 9);  // three country-wide statements are listed, not drawn; one has no place
  CHECK(layer.first_day == day_number({2021, 8, 28}));
  CHECK(layer.last_day == day_number({2021, 9, 27}));
  CHECK(layer.points[1].border_km == doctest::Approx(789.61).epsilon(1e-4));
  CHECK(layer.points[1].distance_km == doctest::Approx(59.32).epsilon(1e-4));
}

TEST_CASE("make_event_layer: day range, grade and position rules") {
  std::vector<events::Event> ev(6);
  ev[0] = dated({2021, 9, 25});                         // single day
  ev[1].date_start = events::Date{2021, 9, 20};         // start only: a one-day range
  ev[2].date_start = events::Date{2021, 9, 27};         // reversed range is put in order
  ev[2].date_end = events::Date{2021, 9, 22};
  ev[3].event_date = events::Date{2021, 2, 30};         // impossible: undated, not a failure
  ev[4].source_reliability = "c";
  ev[4].info_credibility = "2";
  ev[4].location.lat = 37.1;
  ev[4].location.lon = 70.5;
  ev[5].source_reliability = "G";                       // not a grade
  ev[5].info_credibility = "7";
  ev[5].location.lat = 137.0;                           // off the globe: not located
  ev[5].location.lon = 70.0;
  ev[5].geo_precision = 9;

  const EventLayer layer = make_event_layer("rules", ev, MapProjection{});
  CHECK(layer.points[0].first == 18895);
  CHECK(layer.points[0].last == 18895);
  CHECK(layer.points[1].first == layer.points[1].last);
  CHECK(layer.points[2].first == day_number({2021, 9, 22}));
  CHECK(layer.points[2].last == day_number({2021, 9, 27}));
  CHECK(layer.points[3].first == kNoDay);
  CHECK(layer.points[4].reliability == 3);
  CHECK(layer.points[4].credibility == 2);
  CHECK(layer.points[4].located);
  CHECK(layer.points[5].reliability == 0);
  CHECK(layer.points[5].credibility == 0);
  CHECK_FALSE(layer.points[5].located);
  CHECK(layer.points[5].geo_precision == 3);
  CHECK(layer.types == std::vector<std::string>{""});
  CHECK(layer.sides == std::vector<std::string>{""});
  CHECK(layer.first_day == day_number({2021, 9, 20}));
  CHECK(layer.last_day == day_number({2021, 9, 27}));
}

TEST_CASE("update_event: new type and side keep every other point's names") {
  EventLayer layer = make_event_layer("edit", sample_events(), MapProjection{});
  const MapProjection projection;
  events::Event edited = layer.events[3];
  edited.event_type = "Armed clash (analyst)";   // sorts between the two existing types
  edited.border.side = "BA";                     // sorts before AF
  edited.actor1 = "Somebody New";
  edited.location.lat = 37.5;
  edited.location.lon = 71.5;
  update_event(layer, 3, edited, projection);

  REQUIRE(layer.events.size() == sample_events().size());
  for (std::size_t i = 0; i < layer.points.size(); ++i) {
    INFO("event ", i);
    CHECK(layer.types[layer.points[i].type] == layer.events[i].event_type);
    CHECK(layer.sides[layer.points[i].side] == layer.events[i].border.side);
  }
  CHECK(layer.sides.front().empty());
  CHECK(layer.points[3].located);
  CHECK(layer.extent.contains(layer.points[3].at));
  CHECK(layer.actors.back() == "Somebody New");
  CHECK(layer.actors.front() == "Taliban");
  CHECK_THROWS_AS(update_event(layer, 99, edited, projection), InputError);
}

TEST_CASE("reproject: positions follow the projection, extent too") {
  EventLayer layer = make_event_layer("proj", sample_events(), MapProjection{ProjectionKind::LambertConic});
  const MapProjection utm(ProjectionKind::Utm42N);
  reproject(layer, utm);
  for (const auto& p : layer.points) {
    if (!p.located) continue;
    const XY expected = utm.forward(p.lonlat);
    CHECK(p.at.x == doctest::Approx(expected.x).epsilon(1e-9));
    CHECK(p.at.y == doctest::Approx(expected.y).epsilon(1e-9));
    CHECK(layer.extent.contains(p.at));
  }
}

}  // TEST_SUITE
