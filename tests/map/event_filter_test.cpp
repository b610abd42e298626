// Time ranges (window and cumulative) and the attribute filters, on a hand-built layer.
#include <doctest/doctest.h>

#include "event_points.hpp"

#include "map/event_filter.hpp"

using namespace bordermap;
using namespace bordermap::map;

namespace {

EventPoint point(Day first, Day last, std::uint16_t type = 0) { return test::located_point(first, last, type); }

// Five events: days 10–12, 20, 30–40, undated, and an unlocated one on day 15.
EventLayer small_layer() {
  EventLayer layer;
  layer.types = {"Battles", "Protests", "Strategic developments"};
  layer.sides = {"", "AF", "TJ"};
  layer.actors = {"Taliban", "National Resistance Front"};
  layer.points = {point(10, 12, 0), point(20, 20, 1), point(30, 40, 2), point(kNoDay, kNoDay, 2), point(15, 15, 0)};
  layer.points[4].located = false;
  layer.points[0].side = 1;
  layer.points[1].side = 2;
  layer.points[0].actors_mask = 0b01;
  layer.points[2].actors_mask = 0b10;
  layer.points[1].reliability = 1;  // A
  layer.points[2].reliability = 4;  // D
  layer.events.resize(layer.points.size());
  layer.events[0].claimant = "Tajik media";
  layer.events[2].claimant = "Taliban spokesman Zabihullah Mujahid";
  layer.events[0].actor1 = "Taliban";
  layer.events[2].actor1 = "National Resistance Front";
  layer.first_day = 10;
  layer.last_day = 40;
  return layer;
}

std::vector<std::uint32_t> ids(std::initializer_list<std::uint32_t> l) { return l; }

}  // namespace

TEST_SUITE("map.event_filter") {

TEST_CASE("in_time: a window keeps every event whose day range meets it") {
  const EventPoint p = point(10, 12);
  CHECK(in_time(p, {12, 20}, TimeMode::Window, true));   // touches the last day
  CHECK(in_time(p, {0, 10}, TimeMode::Window, true));    // touches the first day
  CHECK(in_time(p, {11, 11}, TimeMode::Window, true));   // inside
  CHECK(in_time(p, {0, 100}, TimeMode::Window, true));   // around
  CHECK_FALSE(in_time(p, {13, 20}, TimeMode::Window, true));
  CHECK_FALSE(in_time(p, {0, 9}, TimeMode::Window, true));
  CHECK(in_time(p, {kNoDay, 10}, TimeMode::Window, true));  // open start
  CHECK(in_time(p, {12, kNoDay}, TimeMode::Window, true));  // open end
  CHECK_FALSE(in_time(p, {13, kNoDay}, TimeMode::Window, true));
  CHECK(in_time(p, {}, TimeMode::Window, true));
}

TEST_CASE("in_time: cumulative keeps what began on or before `to`") {
  const EventPoint p = point(10, 12);
  CHECK(in_time(p, {50, 10}, TimeMode::Cumulative, true));  // `from` is ignored
  CHECK(in_time(p, {kNoDay, 100}, TimeMode::Cumulative, true));
  CHECK_FALSE(in_time(p, {kNoDay, 9}, TimeMode::Cumulative, true));
  CHECK(in_time(p, {}, TimeMode::Cumulative, true));
}

TEST_CASE("in_time: undated events follow the flag, whatever the range") {
  const EventPoint p = point(kNoDay, kNoDay);
  CHECK(in_time(p, {10, 20}, TimeMode::Window, true));
  CHECK_FALSE(in_time(p, {10, 20}, TimeMode::Window, false));
  CHECK_FALSE(in_time(p, {}, TimeMode::Cumulative, false));
}

TEST_CASE("visible_events: time range and the located/undated flags") {
  const EventLayer layer = small_layer();
  AttributeFilter f;
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({0, 1, 2, 3}));
  CHECK(visible_events(layer, {11, 25}, TimeMode::Window, f) == ids({0, 1, 3}));
  f.show_undated = false;
  CHECK(visible_events(layer, {11, 25}, TimeMode::Window, f) == ids({0, 1}));
  f.show_unlocated = true;
  CHECK(visible_events(layer, {11, 25}, TimeMode::Window, f) == ids({0, 1, 4}));
  CHECK(visible_events(layer, {kNoDay, 30}, TimeMode::Cumulative, f) == ids({0, 1, 2, 4}));
  CHECK(visible_events(layer, {kNoDay, 14}, TimeMode::Cumulative, f) == ids({0}));
}

TEST_CASE("visible_events: hidden types and sides") {
  const EventLayer layer = small_layer();
  AttributeFilter f;
  f.hidden_types = {2};
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({0, 1}));
  f.hidden_types.clear();
  f.hidden_sides = {0};  // unknown side
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({0, 1}));
  f.hidden_sides = {1, 2};
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({2, 3}));
  f.hidden_types = {99};  // an index the layer lacks hides nothing and breaks nothing
  f.hidden_sides = {};
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({0, 1, 2, 3}));
}

TEST_CASE("visible_events: grade filter with and without ungraded events") {
  const EventLayer layer = small_layer();
  AttributeFilter f;
  f.max_reliability = 3;  // A–C
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({0, 1, 3}));
  f.show_ungraded = false;
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({1}));
  f.max_reliability = 6;
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({1, 2}));
}

TEST_CASE("visible_events: actors (any of them) and claimant substring, case-insensitive") {
  const EventLayer layer = small_layer();
  AttributeFilter f;
  f.actors = {"Taliban"};
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({0}));
  f.actors = {"Taliban", "National Resistance Front"};
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({0, 2}));
  f.actors = {"Nobody"};
  CHECK(visible_events(layer, {}, TimeMode::Window, f).empty());
  f.actors.clear();
  f.claimant = "MUJAHID";
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({2}));
  f.claimant = "ta";  // Tajik media, Taliban spokesman
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({0, 2}));
  CHECK(passes_attributes(layer, 2, f));
  CHECK_FALSE(passes_attributes(layer, 1, f));
  CHECK_FALSE(passes_attributes(layer, 99, f));
}

TEST_CASE("visible_events: actors beyond the 32 mask bits are matched by name") {
  EventLayer layer;
  layer.types = {""};
  layer.sides = {""};
  for (int i = 0; i < 40; ++i) layer.actors.push_back("actor " + std::to_string(i));
  layer.points = {point(1, 1), point(2, 2)};
  layer.events.resize(2);
  layer.events[1].assoc_actors = {"actor 35"};
  AttributeFilter f;
  f.actors = {"actor 35"};
  CHECK(visible_events(layer, {}, TimeMode::Window, f) == ids({1}));
}

}  // TEST_SUITE
