#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "geo/geodesic.hpp"

using namespace bordermap::geo;

TEST_CASE("geodesic lengths of known segments") {
  // One degree of latitude at the equator is 110.574 km on WGS84.
  CHECK(geodesic_km({0, 0}, {0, 1}) == doctest::Approx(110.574).epsilon(1e-5));
  // One degree of longitude along the equator: a * pi / 180.
  CHECK(geodesic_km({0, 0}, {1, 0}) == doctest::Approx(111.319491).epsilon(1e-6));
  // GeographicLib's worked example, JFK to LHR: 5,551.759400 km.
  CHECK(geodesic_km({-73.8, 40.6}, {-0.5, 51.6}) == doctest::Approx(5551.759400).epsilon(1e-8));
}

TEST_CASE("polyline length and running length agree") {
  std::vector<LonLat> line{{0, 0}, {0, 1}, {1, 1}, {1, 2}};
  auto run = cumulative_km(line);
  REQUIRE(run.size() == 4);
  CHECK(run.front() == 0);
  CHECK(run.back() == doctest::Approx(geodesic_length_km(line)));
  CHECK(run[1] == doctest::Approx(110.574).epsilon(1e-5));
  CHECK(geodesic_length_km(std::vector<LonLat>{}) == 0);
}

TEST_CASE("Lambert's formula stays within 10 m of the exact geodesic up to thousands of km") {
  const std::vector<std::pair<LonLat, LonLat>> pairs{
      {{71.55304, 37.48974}, {69.17, 34.53}},   // Khorugh - Kabul
      {{67.78, 37.19}, {74.9, 37.2}},           // along the border
      {{69.0, 37.0}, {69.0001, 37.0001}},       // ~14 m
      {{-73.8, 40.6}, {-0.5, 51.6}},            // JFK - LHR
      {{70.0, 37.0}, {70.0, -20.0}},            // meridian, across the equator
  };
  for (const auto& [a, b] : pairs) {
    const double exact = geodesic_km(a, b);
    CHECK(std::abs(lambert_km(a, b) - exact) < 0.010);
  }
  CHECK(lambert_km({70, 37}, {70, 37}) == 0);
}
