#include <doctest/doctest.h>

#include <cmath>

#include "geo/geodesic.hpp"
#include "map/projection.hpp"
#include "map/viewport.hpp"

using namespace bordermap;
using map::MapProjection;
using map::ProjectionKind;

TEST_CASE("map projections round-trip under a millimetre over the region") {
  for (ProjectionKind kind : map::all_projections()) {
    MapProjection p(kind);
    CAPTURE(map::projection_key(kind));
    CHECK(map::parse_projection(map::projection_key(kind)) == kind);
    for (double lon = 60; lon <= 80; lon += 2.5)
      for (double lat = 32; lat <= 42.5; lat += 1.5) {
        map::XY xy = p.forward({lon, lat});
        geo::LonLat back = p.inverse(xy);
        map::XY again = p.forward(back);
        CHECK(std::hypot(again.x - xy.x, again.y - xy.y) < 1e-3);
        CHECK(std::fabs(back.lon - lon) < 1e-8);
        CHECK(std::fabs(back.lat - lat) < 1e-8);
      }
  }
}

TEST_CASE("lon/lat order is x/y and the projections are north-up") {
  MapProjection lcc;
  map::XY fayzabad = lcc.forward({70.58002, 37.11664});
  map::XY east = lcc.forward({71.58002, 37.11664});
  map::XY north = lcc.forward({70.58002, 38.11664});
  CHECK(east.x > fayzabad.x);
  CHECK(north.y > fayzabad.y);
  // The projection origin is 71.3°E 37.5°N: Fayzabad lies west and south of it.
  CHECK(fayzabad.x < 0);
  CHECK(fayzabad.y < 0);
}

TEST_CASE("north angle is zero on the central meridian and turns with the meridian convergence") {
  MapProjection lcc;
  CHECK(std::fabs(lcc.north_angle({71.3, 37.5})) < 1e-6);
  // East of lon_0 the meridians lean towards the pole to the west: north points left.
  CHECK(lcc.north_angle({75, 37.5}) < -0.01);
  CHECK(lcc.north_angle({66, 37.5}) > 0.01);
  // Convergence of a conic = n * dlon, n = sin(37.5°) approximately.
  CHECK(lcc.north_angle({75, 37.5}) == doctest::Approx(-std::sin(37.5 * M_PI / 180) * 3.7 * M_PI / 180).epsilon(0.02));
  MapProjection merc(ProjectionKind::WebMercator);
  CHECK(std::fabs(merc.north_angle({75, 37.5})) < 1e-9);
}

TEST_CASE("UTM 42N keeps the scale factor 0.9996 on its central meridian 69°E") {
  MapProjection utm(ProjectionKind::Utm42N);
  CHECK(utm.epsg() == "EPSG:32642");
  map::XY a = utm.forward({69, 37}), b = utm.forward({69, 37.01});
  // On the central meridian projected metres are ground metres times 0.9996.
  const double ground_m = geo::geodesic_km({69, 37}, {69, 37.01}) * 1000;
  CHECK((b.y - a.y) / ground_m == doctest::Approx(0.9996).epsilon(1e-6));
  CHECK(a.x == doctest::Approx(500000).epsilon(1e-9));
  // 3° off the central meridian the scale grows by about (1 + x²/2R²): ~0.9996 * 1.00105.
  map::XY c = utm.forward({72, 37}), d = utm.forward({72, 37.01});
  const double ground2 = geo::geodesic_km({72, 37}, {72, 37.01}) * 1000;
  CHECK(std::hypot(d.x - c.x, d.y - c.y) / ground2 == doctest::Approx(0.9996 * 1.00105).epsilon(2e-4));
  CHECK(utm.wkt().find("UTM zone 42N") != std::string::npos);
  MapProjection lcc;
  CHECK(lcc.wkt().find("Lambert") != std::string::npos);
}

TEST_CASE("forward_many agrees with forward") {
  MapProjection p;
  std::vector<geo::LonLat> in{{70, 37}, {71.5, 38.2}, {68.1, 36.9}};
  std::vector<map::XY> out;
  p.forward_many(in, out);
  REQUIRE(out.size() == 3);
  for (std::size_t i = 0; i < in.size(); ++i) {
    map::XY one = p.forward(in[i]);
    CHECK(out[i].x == doctest::Approx(one.x));
    CHECK(out[i].y == doctest::Approx(one.y));
  }
}
