#include <doctest/doctest.h>

#include <cmath>

#include "map/viewport.hpp"

using namespace bordermap::map;

TEST_CASE("viewport screen and world round trip") {
  Viewport v;
  v.center = {1000, -2000};
  v.meters_per_pixel = 250;
  ScreenPt mid = v.to_screen(v.center);
  CHECK(mid.x == doctest::Approx(640));
  CHECK(mid.y == doctest::Approx(400));
  XY north = v.to_world({640, 0});
  CHECK(north.y > v.center.y);
  for (ScreenPt s : {ScreenPt{0, 0}, ScreenPt{1280, 800}, ScreenPt{17.5, 733.25}}) {
    ScreenPt back = v.to_screen(v.to_world(s));
    CHECK(back.x == doctest::Approx(s.x));
    CHECK(back.y == doctest::Approx(s.y));
  }
}

TEST_CASE("zoom_about keeps the anchor fixed and pan moves content with the drag") {
  Viewport v;
  v.center = {5000, 7000};
  ScreenPt anchor{200, 650};
  XY under = v.to_world(anchor);
  v.zoom_about(anchor, 2.5);
  CHECK(v.meters_per_pixel == doctest::Approx(400));
  XY after = v.to_world(anchor);
  CHECK(after.x == doctest::Approx(under.x));
  CHECK(after.y == doctest::Approx(under.y));
  ScreenPt before = v.to_screen(under);
  v.pan_pixels(30, -12);
  ScreenPt moved = v.to_screen(under);
  CHECK(moved.x - before.x == doctest::Approx(30));
  CHECK(moved.y - before.y == doctest::Approx(-12));
  v.meters_per_pixel = 1e9;
  v.clamp_scale();
  CHECK(v.meters_per_pixel == 50000);
}

TEST_CASE("fit shows the whole extent, centred") {
  Viewport v;
  Extent e;
  e.include(XY{-300000, -100000});
  e.include(XY{500000, 250000});
  v.fit(e, 24);
  Extent vis = v.visible_extent();
  CHECK(vis.min_x <= e.min_x);
  CHECK(vis.max_x >= e.max_x);
  CHECK(vis.min_y <= e.min_y);
  CHECK(vis.max_y >= e.max_y);
  ScreenPt lo = v.to_screen({e.min_x, e.min_y});
  CHECK(lo.x == doctest::Approx(24));  // the width is the binding side here
}

TEST_CASE("clip matrix maps the visible corners to ±1") {
  Viewport v;
  v.center = {123456, -654321};
  v.meters_per_pixel = 321;
  XY origin{100000, -600000};
  auto m = v.clip_from_world(origin);
  Extent vis = v.visible_extent();
  auto clip = [&](XY p) {
    double x = p.x - origin.x, y = p.y - origin.y;
    return std::pair{m[0] * x + m[4] * y + m[12], m[1] * x + m[5] * y + m[13]};
  };
  auto [x0, y0] = clip({vis.min_x, vis.min_y});
  auto [x1, y1] = clip({vis.max_x, vis.max_y});
  CHECK(x0 == doctest::Approx(-1).epsilon(1e-5));
  CHECK(y0 == doctest::Approx(-1).epsilon(1e-5));
  CHECK(x1 == doctest::Approx(1).epsilon(1e-5));
  CHECK(y1 == doctest::Approx(1).epsilon(1e-5));
  CHECK(m[15] == 1);
}
