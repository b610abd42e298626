#include <doctest/doctest.h>

#include <algorithm>

#include "geo/geos_convert.hpp"
#include "geo/ring_assembly.hpp"

using namespace bordermap::geo;

namespace {
std::vector<LonLat> square(double x0, double y0, double x1, double y1) {
  return {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}};  // clockwise, as DCW prints
}
double area(const GeosContext& ctx, const GeosGeom& g) {
  double a = 0;
  GEOSArea_r(ctx.get(), g.get(), &a);
  return a;
}
}  // namespace

TEST_CASE("nesting and not orientation makes holes and an outline given twice counts once") {
  GeosContext ctx;
  auto hole = square(0.4, 0.4, 0.6, 0.6);
  auto hole_ccw = hole;
  std::reverse(hole_ccw.begin(), hole_ccw.end());
  // Like DCW's Kyrgyzstan: the enclave outline once per orientation, both clockwise
  // shells elsewhere; plus an island with a lake holding an islet (depth 2: a shell).
  AssemblyStats st;
  auto g = assemble_polygons(ctx,
                             {hole, square(0, 0, 1, 1), hole_ccw, square(2, 0, 3, 1),
                              square(2.2, 0.2, 2.8, 0.8), square(2.4, 0.4, 2.6, 0.6)},
                             &st);
  CHECK(st.duplicates == 1);
  CHECK(st.shells == 3);
  CHECK(st.holes == 2);
  CHECK_FALSE(st.made_valid);
  CHECK(GEOSGeomTypeId_r(ctx.get(), g.get()) == GEOS_MULTIPOLYGON);
  CHECK(GEOSisValid_r(ctx.get(), g.get()) == 1);
  // 1 - 0.04 + 1 - 0.36 + 0.04
  CHECK(area(ctx, g) == doctest::Approx(1.64));
  GeosGeom in_hole = make_point(ctx, {0.5, 0.5});
  GeosGeom on_islet = make_point(ctx, {2.5, 0.5});
  CHECK(GEOSContains_r(ctx.get(), g.get(), in_hole.get()) == 0);
  CHECK(GEOSContains_r(ctx.get(), g.get(), on_islet.get()) == 1);
}

TEST_CASE("degenerate rings are dropped, open rings closed, self-crossing rings repaired") {
  GeosContext ctx;
  std::vector<LonLat> open_square{{0, 0}, {0, 1}, {1, 1}, {1, 0}};
  std::vector<LonLat> flat{{5, 5}, {6, 5}, {5, 5}, {5, 5}};
  std::vector<LonLat> bow_tie{{10, 0}, {11, 1}, {11, 0}, {10, 1}, {10, 0}};
  AssemblyStats st;
  auto g = assemble_polygons(ctx, {open_square, flat, bow_tie}, &st);
  CHECK(st.degenerate == 1);
  CHECK(st.made_valid);
  CHECK(GEOSisValid_r(ctx.get(), g.get()) == 1);
  CHECK(GEOSGeomTypeId_r(ctx.get(), g.get()) == GEOS_MULTIPOLYGON);
  CHECK(area(ctx, g) == doctest::Approx(1.5));  // the square and the bow tie's two halves
}
