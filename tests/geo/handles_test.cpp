// The RAII wrappers: each owns exactly one handle, moves it, and frees it once.
#include <doctest/doctest.h>

#include <type_traits>

#include "geo/gdal_handle.hpp"
#include "geo/geos_convert.hpp"
#include "geo/geos_handle.hpp"
#include "geo/proj_handle.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::geo;

static_assert(!std::is_copy_constructible_v<GeosContext> && std::is_nothrow_move_constructible_v<GeosContext>);
static_assert(!std::is_copy_constructible_v<GeosGeom> && std::is_nothrow_move_constructible_v<GeosGeom>);
static_assert(!std::is_copy_constructible_v<GeosPrepared> && std::is_nothrow_move_constructible_v<GeosPrepared>);
static_assert(!std::is_copy_constructible_v<GdalDataset> && std::is_nothrow_move_constructible_v<GdalDataset>);
static_assert(!std::is_copy_constructible_v<OgrGeometry> && std::is_nothrow_move_constructible_v<OgrGeometry>);
static_assert(!std::is_copy_constructible_v<PjContext> && std::is_nothrow_move_constructible_v<PjContext>);
static_assert(!std::is_copy_constructible_v<Pj> && std::is_nothrow_move_constructible_v<Pj>);

TEST_CASE("GeosGeom moves ownership and release hands the geometry back") {
  GeosContext ctx;
  GeosGeom a = make_point(ctx, {69.2, 34.5});
  GEOSGeometry* raw = a.get();
  GeosGeom b = std::move(a);
  CHECK_FALSE(a);
  CHECK(b.get() == raw);
  GeosGeom c;
  c = std::move(b);
  CHECK(c.get() == raw);
  GEOSGeometry* released = c.release();
  CHECK_FALSE(c);
  CHECK(released == raw);
  GEOSGeom_destroy_r(ctx.get(), released);  // ours now
}

TEST_CASE("GeosContext turns a GEOS failure into a GeoError with GEOS's message") {
  GeosContext ctx;
  GeosContext moved = std::move(ctx);
  CHECK(moved.get() != nullptr);
  CHECK(ctx.get() == nullptr);
  GeosGeom line = make_line(moved, std::vector<LonLat>{{0, 0}, {1, 1}});
  // A ring that is not closed: GEOS refuses, and the message names the operation.
  const std::vector<LonLat> open{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  CHECK_THROWS_AS(make_ring(moved, open), GeoError);
  try {
    make_ring(moved, open);
  } catch (const GeoError& e) {
    CHECK(std::string(e.what()).find("creating a ring") != std::string::npos);
    CHECK_FALSE(moved.last_error().empty());
  }
}

TEST_CASE("GeosPrepared answers containment and moves") {
  GeosContext ctx;
  std::vector<LonLat> sq{{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
  GeosGeom poly = make_polygon(ctx, make_ring(ctx, sq), {});
  GeosPrepared p(ctx, poly.get());
  GeosPrepared q = std::move(p);
  CHECK(p.get() == nullptr);
  GeosGeom inside = make_point(ctx, {0.5, 0.5});
  CHECK(GEOSPreparedContains_r(ctx.get(), q.get(), inside.get()) == 1);
}

TEST_CASE("GDAL handles: a missing file is a GeoError naming it and geometries move") {
  CHECK_THROWS_WITH_AS(open_vector("/nonexistent/borders.gpkg"),
                       doctest::Contains("/nonexistent/borders.gpkg"), GeoError);
  OgrGeometry g(OGR_G_CreateGeometry(wkbPoint));
  REQUIRE(g);
  OGRGeometryH raw = g.get();
  OgrGeometry h = std::move(g);
  CHECK_FALSE(g);
  CHECK(h.get() == raw);
  OGRGeometryH back = h.release();
  CHECK_FALSE(h);
  OGR_G_DestroyGeometry(back);
  auto srs = wgs84_lonlat();
  CHECK(srs);
}

TEST_CASE("PROJ handles: a bad definition is a GeoError naming it") {
  PjContext ctx;
  CHECK_THROWS_WITH_AS(make_projection(ctx, "+proj=nonsense"), doctest::Contains("+proj=nonsense"), GeoError);
  Pj aeqd = make_projection(ctx, "+proj=aeqd +lat_0=37 +lon_0=70 +ellps=WGS84");
  REQUIRE(aeqd);
  Pj moved = std::move(aeqd);
  CHECK_FALSE(aeqd);
  PJ_COORD c = proj_trans(moved.get(), PJ_FWD, proj_coord(proj_torad(70.0), proj_torad(37.0), 0, 0));
  CHECK(c.xy.x == doctest::Approx(0).epsilon(1e-6));
  PjContext other = std::move(ctx);
  CHECK(ctx.get() == nullptr);
  CHECK(other.get() != nullptr);
}

TEST_CASE("set_feature_geometry: a feature with no geometry field takes the point and frees it once") {
  // OGR_F_SetGeometryDirectly frees its argument when it fails; the wrapper must not
  // free it again (a double free under ASan, a crash or heap damage without).
  OGRFeatureDefnH defn = OGR_FD_Create("no_geometry");
  OGR_FD_SetGeomType(defn, wkbNone);
  OGR_FD_Reference(defn);
  {
    OgrFeature f(OGR_F_Create(defn));
    REQUIRE(f);
    OgrGeometry pt(OGR_G_CreateGeometry(wkbPoint));
    OGR_G_SetPoint_2D(pt.get(), 0, 70.5, 37.1);
    CHECK(set_feature_geometry(f.get(), std::move(pt)) != OGRERR_NONE);
    CHECK_FALSE(pt);
    CHECK(OGR_F_GetGeometryRef(f.get()) == nullptr);
  }
  OGR_FD_Release(defn);
}
