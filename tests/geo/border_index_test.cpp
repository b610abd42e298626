#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>

#include "geo/border_index.hpp"
#include "geo/geodesic.hpp"

using namespace bordermap::geo;

namespace {

// A Border over `lines` with the index load_border would build.
Border make_border(std::vector<std::vector<LonLat>> lines, double tolerance_km) {
  Border b;
  b.lines = std::move(lines);
  for (const auto& l : b.lines) b.length_km += geodesic_length_km(l);
  b.index = make_border_index(simplify_for_index(b.lines, tolerance_km), tolerance_km);
  return b;
}

// Brute force: the nearest of many points sampled along the full line, on the ellipsoid.
double brute_distance_km(const Border& b, LonLat p) {
  double best = 1e18;
  for (const auto& l : b.lines)
    for (size_t i = 0; i + 1 < l.size(); ++i)
      for (int k = 0; k <= 50; ++k) {
        double t = k / 50.0;
        best = std::min(best, geodesic_km(p, {l[i].lon + t * (l[i + 1].lon - l[i].lon),
                                              l[i].lat + t * (l[i + 1].lat - l[i].lat)}));
      }
  return best;
}

// A winding line like a river border: 600 km west to east near 37 N.
std::vector<LonLat> winding() {
  std::vector<LonLat> l;
  for (int i = 0; i <= 600; ++i) {
    double lon = 68 + 7.0 * i / 600;
    l.push_back({lon, 37.2 + 0.4 * std::sin(i / 15.0) + 0.05 * std::sin(i / 2.0)});
  }
  return l;
}

}  // namespace

TEST_CASE("distance and along on a straight line along the equator") {
  Border b = make_border({{{0, 0}, {1, 0}, {2, 0}}}, 0.25);
  // Half a degree of latitude north of the middle: 55.29 km away, 111.32 km along.
  CHECK(b.distance_km({1, 0.5}) == doctest::Approx(55.287).epsilon(1e-3));
  CHECK(b.along_km({1, 0.5}) == doctest::Approx(111.319).epsilon(1e-3));
  // Beyond the eastern end: distance to the end point, along = the whole length.
  CHECK(b.distance_km({3, 0}) == doctest::Approx(111.319).epsilon(1e-3));
  CHECK(b.along_km({3, 0}) == doctest::Approx(b.length_km).epsilon(1e-9));
  CHECK(b.along_km({-1, 0}) == doctest::Approx(0).epsilon(1e-9));
  CHECK(b.distance_km({1, 0}) < 1e-6);
}

TEST_CASE("several parts chain west to east for along_km") {
  Border b = make_border({{{0, 0}, {1, 0}}, {{2, 0}, {3, 0}}}, 0.25);
  const double first = geodesic_km({0, 0}, {1, 0});
  CHECK(b.along_km({2.5, 0.1}) == doctest::Approx(first + geodesic_km({2, 0}, {2.5, 0})).epsilon(1e-4));
  CHECK(b.distance_km({1.5, 0}) == doctest::Approx(geodesic_km({1, 0}, {1.5, 0})).epsilon(1e-4));
}

TEST_CASE("the simplified index stays within its tolerance of the full line, near and far") {
  Border b = make_border({winding()}, 0.25);
  REQUIRE(b.index);
  CHECK(b.index->vertices.size() < winding().size());
  // along on kept vertices is measured on the full line
  CHECK(b.index->vertices.back().along_km == doctest::Approx(b.length_km).epsilon(1e-6));
  for (LonLat p : {LonLat{70.3, 37.3}, LonLat{71.0, 38.0}, LonLat{72.5, 35.5}, LonLat{69.0, 40.5},
                   LonLat{75.5, 37.0}, LonLat{66.0, 33.0}}) {
    const double want = brute_distance_km(b, p);
    INFO("point " << p.lon << "," << p.lat << " brute " << want);
    CHECK(std::abs(b.distance_km(p) - want) < 0.5);
  }
  // Far away it is still the great-circle distance to the nearest end or bend.
  for (LonLat p : {LonLat{0.0, 51.5}, LonLat{-74.0, 40.7}, LonLat{151.2, -33.9}}) {
    const double want = brute_distance_km(b, p);
    CHECK(std::abs(b.distance_km(p) - want) / want < 0.002);
  }
}

TEST_CASE("douglas_peucker keeps ends and corners, drops what lies within tolerance") {
  std::vector<std::pair<double, double>> xy{{0, 0}, {1, 0.05}, {2, 0}, {3, 5}, {4, 0}};
  auto kept = douglas_peucker(xy, 0.1);
  CHECK(kept == std::vector<size_t>{0, 2, 3, 4});
  CHECK(douglas_peucker({{0, 0}, {1, 1}}, 1).size() == 2);
}

TEST_CASE("the index survives its JSON form") {
  IndexParts parts{{{68.1, 37.1, 0}, {68.2, 37.15, 10.5}}, {{69, 37, 20}, {70, 37.5, 120.25}}};
  auto back = index_from_json(index_to_json(parts, 0.25), "test");
  REQUIRE(back.size() == 2);
  CHECK(back[1][1].along_km == doctest::Approx(120.25));
  CHECK(back[0][1].lat == doctest::Approx(37.15));
  CHECK_THROWS(index_from_json("{\"parts\": 3}", "test"));
}

TEST_CASE("a Border without an index says so") {
  Border b;
  CHECK_THROWS_AS(b.distance_km({0, 0}), std::logic_error);
}
