#include <doctest/doctest.h>

#include <cmath>

#include "geo/geodesic.hpp"
#include "map/measure.hpp"

using namespace bordermap;

TEST_CASE("scale bar is a round length, true on the ellipsoid at the centre") {
  map::MapProjection proj;
  for (double mpp : {30.0, 250.0, 1800.0}) {
    map::Viewport v;
    v.center = proj.forward({70.5, 37.2});
    v.meters_per_pixel = mpp;
    auto bar = map::scale_bar(v, proj, 200);
    CAPTURE(mpp);
    REQUIRE(bar.length_m > 0);
    CHECK(bar.length_px <= 200);
    CHECK(bar.length_px > 200 / 2.5 - 1);
    const double mant = bar.length_m / std::pow(10.0, std::floor(std::log10(bar.length_m) + 1e-9));
    CHECK((std::fabs(mant - 1) < 1e-9 || std::fabs(mant - 2) < 1e-9 || std::fabs(mant - 5) < 1e-9));
    // Independently: the geodesic between the bar's ends centred on the screen.
    auto a = proj.inverse(v.to_world({v.width / 2.0 - bar.length_px / 2, v.height / 2.0}));
    auto b = proj.inverse(v.to_world({v.width / 2.0 + bar.length_px / 2, v.height / 2.0}));
    CHECK(geo::geodesic_km(a, b) * 1000 == doctest::Approx(bar.length_m).epsilon(0.01));
  }
  map::Viewport v;
  v.center = proj.forward({70.5, 37.2});
  v.meters_per_pixel = 250;
  CHECK(map::scale_bar(v, proj, 200).label == "50 km");
  v.meters_per_pixel = 3;
  CHECK(map::scale_bar(v, proj, 200).label == "500 m");
}

TEST_CASE("geodesic measure gives distance and initial bearing") {
  auto north = map::geodesic_measure({70, 37}, {70, 38});
  CHECK(north.km == doctest::Approx(111.0).epsilon(0.005));
  CHECK(north.azimuth_deg == doctest::Approx(0).epsilon(1e-9));
  auto west = map::geodesic_measure({71, 37}, {70, 37});
  CHECK(west.azimuth_deg > 269);
  CHECK(west.azimuth_deg < 271);
  auto fk = map::geodesic_measure({70.58002, 37.11664}, {71.55304, 37.48974});  // Fayzabad → Khorugh
  CHECK(fk.km == doctest::Approx(geo::geodesic_km({70.58002, 37.11664}, {71.55304, 37.48974})));
  CHECK(fk.azimuth_deg > 45);
  CHECK(fk.azimuth_deg < 90);
}

TEST_CASE("coordinates and graticule labels") {
  CHECK(map::format_lonlat({67.7881, 37.1871}) == "37.1871\xC2\xB0N 67.7881\xC2\xB0" "E");
  map::MapProjection proj;
  map::BasemapSource src;
  src.region = {};
  map::ProjectedBasemap pb;
  pb.origin = {};
  // A meridian at 71°E and a parallel at 37°N, straight enough for this test.
  pb.graticule.push_back({true, 71, {proj.forward({71, 30}), proj.forward({71, 45})}});
  pb.graticule.push_back({false, 37, {proj.forward({60, 37}), proj.forward({80, 37})}});
  map::Viewport v;
  v.center = proj.forward({71.3, 37.5});
  v.meters_per_pixel = 500;
  auto labels = map::graticule_edge_labels(pb, v);
  REQUIRE(labels.size() == 4);
  CHECK(labels[0].text == "71\xC2\xB0" "E");
  CHECK(!labels[0].on_left_or_right);
  CHECK(labels[0].at.y == doctest::Approx(v.height));
  CHECK(labels[1].text == "37\xC2\xB0N");
  CHECK(labels[1].on_left_or_right);
}
