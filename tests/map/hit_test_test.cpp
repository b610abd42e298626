// Picking, rectangle and space-time brushing, and the density raster.
#include <doctest/doctest.h>

#include <cmath>
#include <numeric>

#include "map/hit_test.hpp"

using namespace bordermap;
using namespace bordermap::map;

namespace {

// 1 km per pixel, the world origin in the middle of a 1000×800 screen.
Viewport test_viewport() {
  Viewport v;
  v.center = {0, 0};
  v.meters_per_pixel = 1000;
  v.width = 1000;
  v.height = 800;
  return v;
}

// A point at screen pixel (sx, sy) of test_viewport().
EventPoint at_pixel(double sx, double sy) {
  EventPoint p;
  p.at = {(sx - 500) * 1000, (400 - sy) * 1000};
  p.located = true;
  p.first = p.last = 100;
  return p;
}

std::vector<std::uint32_t> all_of(const EventLayer& layer) {
  std::vector<std::uint32_t> v(layer.points.size());
  std::iota(v.begin(), v.end(), 0u);
  return v;
}

}  // namespace

TEST_SUITE("map.hit_test") {

TEST_CASE("pick_event: nearest within the radius, ties to the later index, hidden ones skipped") {
  EventLayer layer;
  layer.points = {at_pixel(100, 100), at_pixel(104, 100), at_pixel(96, 100), at_pixel(300, 300), at_pixel(101, 100)};
  layer.points[4].located = false;  // unlocated: never picked even though nearest
  const Viewport v = test_viewport();
  const auto all = all_of(layer);

  CHECK(pick_event(layer, all, v, {100.5, 100}, 6) == 0u);
  CHECK(pick_event(layer, all, v, {103, 100}, 6) == 1u);
  CHECK(pick_event(layer, all, v, {100, 100}, 6) == 0u);
  // 102 is 2 px from point 0 and from point 1 (104): the later index wins.
  CHECK(pick_event(layer, all, v, {102, 100}, 6) == 1u);
  CHECK_FALSE(pick_event(layer, all, v, {200, 200}, 6).has_value());
  CHECK(pick_event(layer, all, v, {300, 305}, 5) == 3u);  // on the radius counts
  CHECK_FALSE(pick_event(layer, all, v, {300, 305.1}, 5).has_value());
  // Only the visible ones count.
  CHECK(pick_event(layer, {2, 3}, v, {100.5, 100}, 6) == 2u);
  CHECK_FALSE(pick_event(layer, {}, v, {100, 100}, 6).has_value());
}

TEST_CASE("events_in_rect: inside a dragged rectangle, in either drag direction") {
  EventLayer layer;
  layer.points = {at_pixel(10, 10), at_pixel(50, 50), at_pixel(90, 90), at_pixel(50, 200)};
  const Viewport v = test_viewport();
  const auto all = all_of(layer);
  CHECK(events_in_rect(layer, all, v, {0, 0, 60, 60}) == std::vector<std::uint32_t>{0, 1});
  CHECK(events_in_rect(layer, all, v, {60, 60, 0, 0}) == std::vector<std::uint32_t>{0, 1});
  CHECK(events_in_rect(layer, all, v, {40, 40, 100, 300}) == std::vector<std::uint32_t>{1, 2, 3});
  CHECK(events_in_rect(layer, {1, 3}, v, {0, 0, 1000, 800}) == std::vector<std::uint32_t>{1, 3});
}

TEST_CASE("events_in_space_time: border km and day range both have to meet the brush") {
  EventLayer layer;
  layer.points.resize(5);
  auto set = [&](std::size_t i, float km, Day first, Day last) {
    layer.points[i].border_km = km;
    layer.points[i].first = first;
    layer.points[i].last = last;
  };
  set(0, 100, 10, 10);
  set(1, 250, 10, 20);
  set(2, 250, 30, 30);
  set(3, std::numeric_limits<float>::quiet_NaN(), 10, 10);  // no place along the border
  set(4, 120, kNoDay, kNoDay);                               // undated
  const auto all = all_of(layer);
  CHECK(events_in_space_time(layer, all, 0, 300, 15, 25) == std::vector<std::uint32_t>{1});
  CHECK(events_in_space_time(layer, all, 300, 0, 0, 100) == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(events_in_space_time(layer, all, 90, 110, 0, 100) == std::vector<std::uint32_t>{0});
  CHECK(events_in_space_time(layer, all, 0, 1000, kNoDay, 10) == std::vector<std::uint32_t>{0, 1});
}

TEST_CASE("density_raster: counts per cell, maximum, off-screen and unprojectable points left out") {
  EventLayer layer;
  layer.points = {at_pixel(0, 0),     at_pixel(3.9, 3.9), at_pixel(4, 0),      at_pixel(999.5, 799.5),
                  at_pixel(1000, 10), at_pixel(-1, 10),   at_pixel(500, 400)};
  EventPoint nan_point;
  nan_point.located = true;
  nan_point.at = {std::nan(""), std::nan("")};
  layer.points.push_back(nan_point);
  const Viewport v = test_viewport();

  const DensityRaster r = density_raster(layer, all_of(layer), v, 4);
  CHECK(r.width == 250);
  CHECK(r.height == 200);
  CHECK(r.cell_px == 4);
  REQUIRE(r.counts.size() == 250u * 200u);
  CHECK(r.counts[0] == 2);
  CHECK(r.counts[1] == 1);
  CHECK(r.counts[199 * 250 + 249] == 1);
  CHECK(r.counts[100 * 250 + 125] == 1);
  CHECK(r.max_count == 2);
  float total = 0;
  for (float c : r.counts) total += c;
  CHECK(total == 5);  // the two outside the screen and the NaN one are not counted

  // A width that is no multiple of the cell gets a partial last column.
  Viewport odd = v;
  odd.width = 1001;
  CHECK(density_raster(layer, all_of(layer), odd, 4).width == 251);
  // A nonsensical cell size is clamped, not divided by.
  CHECK(density_raster(layer, all_of(layer), v, 0).cell_px == 1);
  Viewport empty = v;
  empty.width = 0;
  CHECK(density_raster(layer, all_of(layer), empty, 4).counts.empty());
}

}  // TEST_SUITE
