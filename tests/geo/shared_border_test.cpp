#include <doctest/doctest.h>

#include <algorithm>

#include "geo/geodesic.hpp"
#include "geo/geos_convert.hpp"
#include "geo/shared_border.hpp"

using namespace bordermap::geo;

namespace {

// A clockwise square with `n` vertices per side, as DCW rings come.
std::vector<LonLat> square(double x0, double y0, double x1, double y1, int n = 10) {
  std::vector<LonLat> r;
  auto edge = [&](LonLat a, LonLat b) {
    for (int i = 0; i < n; ++i) r.push_back({a.lon + (b.lon - a.lon) * i / n, a.lat + (b.lat - a.lat) * i / n});
  };
  edge({x0, y0}, {x0, y1});
  edge({x0, y1}, {x1, y1});
  edge({x1, y1}, {x1, y0});
  edge({x1, y0}, {x0, y0});
  r.push_back(r.front());
  return r;
}

CountryShape country(const GeosContext& ctx, const char* code, const std::vector<LonLat>& ring) {
  return make_country_shape(ctx, code,
                            make_collection(ctx, GEOS_MULTIPOLYGON, [&] {
                              std::vector<GeosGeom> v;
                              v.push_back(make_polygon(ctx, make_ring(ctx, ring), {}));
                              return v;
                            }()));
}

const double kDegLatKm = 110.574;  // one degree of latitude at the equator

}  // namespace

TEST_CASE("two squares sharing an edge with shared vertices") {
  GeosContext ctx;
  std::vector<CountryShape> all;
  all.push_back(country(ctx, "AA", square(0, 0, 1, 1)));
  all.push_back(country(ctx, "BB", square(1, 0, 2, 1)));
  auto b = derive_shared_border(ctx, all[0], all[1], all);
  REQUIRE(b.parts.size() == 1);
  CHECK(b.length_km == doctest::Approx(kDegLatKm).epsilon(0.005));
  CHECK(b.tripoints.empty());
  // The two ends are where the squares' corners are, within the tolerance.
  auto ends = std::minmax(b.parts[0].front().lat, b.parts[0].back().lat);
  CHECK(ends.first == doctest::Approx(0).epsilon(0.003));
  CHECK(ends.second == doctest::Approx(1).epsilon(0.003));
}

TEST_CASE("neighbours without shared vertices, 30 m apart, still share the whole edge") {
  GeosContext ctx;
  auto b_ring = square(1.00027, 0, 2, 1, 7);  // 7 vertices a side: none at A's latitudes
  std::vector<CountryShape> all;
  all.push_back(country(ctx, "AA", square(0, 0, 1, 1)));
  all.push_back(country(ctx, "BB", b_ring));
  auto b = derive_shared_border(ctx, all[0], all[1], all);
  REQUIRE(b.parts.size() == 1);
  CHECK(b.length_km == doctest::Approx(kDegLatKm).epsilon(0.005));
  // A tolerance below the gap finds nothing.
  SharedBorderOptions tight;
  tight.tolerance_m = 10;
  CHECK(derive_shared_border(ctx, all[0], all[1], all, tight).empty());
  // Squares 20 km apart share nothing.
  std::vector<CountryShape> apart;
  apart.push_back(country(ctx, "AA", square(0, 0, 1, 1)));
  apart.push_back(country(ctx, "CC", square(1.2, 0, 2, 1)));
  CHECK(derive_shared_border(ctx, apart[0], apart[1], apart).empty());
}

TEST_CASE("a third country touching the end makes a tripoint and parts run west to east") {
  GeosContext ctx;
  std::vector<CountryShape> all;
  // AA south-west, BB south-east, CC along the north of both, 11 m off.
  all.push_back(country(ctx, "AA", square(0, 0, 1, 1)));
  all.push_back(country(ctx, "BB", square(1, 0, 2, 1)));
  all.push_back(country(ctx, "CC", square(0, 1.0001, 2, 2, 20)));

  auto ab = derive_shared_border(ctx, all[0], all[1], all);
  REQUIRE(ab.tripoints.size() == 1);
  CHECK(ab.tripoints[0].third_country == "CC");
  CHECK(ab.tripoints[0].at.lon == doctest::Approx(1).epsilon(0.005));
  CHECK(ab.tripoints[0].at.lat == doctest::Approx(1).epsilon(0.005));

  // AA-CC runs along AA's north edge: oriented from the west, tripoint BB at the east end.
  auto ac = derive_shared_border(ctx, all[0], all[2], all);
  REQUIRE(ac.parts.size() == 1);
  CHECK(ac.parts[0].front().lon < ac.parts[0].back().lon);
  CHECK(ac.length_km == doctest::Approx(111.32).epsilon(0.01));
  REQUIRE(ac.tripoints.size() == 1);
  CHECK(ac.tripoints[0].third_country == "BB");
  CHECK(ac.tripoints[0].at.lon == doctest::Approx(1).epsilon(0.005));
}

TEST_CASE("order_west_to_east reverses lines and rotates rings to their western vertex") {
  std::vector<std::vector<LonLat>> parts{
      {{5, 0}, {4, 1}},                                   // east to west: reversed
      {{2, 0}, {3, 0}, {3, 1}, {1, 1}, {2, 0}},           // ring: starts at lon 1
  };
  order_west_to_east(parts);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].front().lon == 1);
  CHECK(parts[0].back().lon == 1);
  CHECK(parts[0].size() == 5);
  CHECK(parts[1].front().lon == 4);
  CHECK(parts[1].back().lon == 5);
}
