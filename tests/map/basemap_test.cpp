#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <filesystem>

#include <unistd.h>

#include "map/basemap.hpp"
#include "util/data_dir.hpp"
#include "util/error.hpp"

using namespace bordermap;

namespace {

const map::BasemapSource* shared_basemap() {
  static const std::optional<map::BasemapSource> source = []() -> std::optional<map::BasemapSource> {
    auto dir = resolve_data_dir();
    if (!std::filesystem::exists(dir / "borders.gpkg") || !std::filesystem::exists(dir / "gazetteer.gpkg")) return std::nullopt;
    return map::load_basemap(dir);
  }();
  if (!source) MESSAGE("runtime data not built (scripts/build.sh); skipping");
  return source ? &*source : nullptr;
}

double ring_area(const std::vector<geo::LonLat>& r) {
  double a = 0;
  for (std::size_t i = 0; i + 1 < r.size(); ++i) a += r[i].lon * r[i + 1].lat - r[i + 1].lon * r[i].lat;
  return a / 2;
}

}  // namespace

TEST_CASE("basemap loads AF and TJ as triangles covering their polygons") {
  const auto* src = shared_basemap();
  if (!src) return;
  int found = 0;
  for (const auto& c : src->countries) {
    if (c.iso_a2 != "AF" && c.iso_a2 != "TJ") continue;
    ++found;
    CAPTURE(c.iso_a2);
    REQUIRE(!c.triangles.empty());
    CHECK(c.triangles.size() % 3 == 0);
    double tri = 0, poly = 0;
    for (std::size_t i = 0; i + 2 < c.triangles.size(); i += 3) {
      const auto &a = c.triangles[i], &b = c.triangles[i + 1], &d = c.triangles[i + 2];
      const double cross = (b.lon - a.lon) * (d.lat - a.lat) - (d.lon - a.lon) * (b.lat - a.lat);
      CHECK(cross >= 0);  // counter-clockwise
      tri += cross / 2;
    }
    for (const auto& r : c.rings) poly += ring_area(r);  // holes are clockwise, so they subtract
    CHECK(tri == doctest::Approx(poly).epsilon(0.01));
  }
  CHECK(found == 2);
}

TEST_CASE("basemap has the border, rivers, graticule and prominent places") {
  const auto* src = shared_basemap();
  if (!src) return;
  CHECK(src->pair == "AF-TJ");
  CHECK(src->border_length_km > 1100);
  CHECK(src->border_length_km < 1500);
  CHECK(!src->rivers.empty());
  CHECK(src->rivers.size() == src->river_level.size());
  CHECK(src->graticule.size() == 21 + 11);  // 60..80°E, 32..42°N
  REQUIRE(!src->places.empty());
  for (std::size_t i = 1; i < src->places.size(); ++i) CHECK(src->places[i - 1].prominence >= src->places[i].prominence);
  bool kabul_before_maymay = false, seen_kabul = false, fayzabad = false;
  for (const auto& p : src->places) {
    if (p.id == "geonames:1138958") seen_kabul = true;
    if (p.id == "geonames:1133657") kabul_before_maymay = seen_kabul;
    if (p.id == "geonames:1142170") fayzabad = true;
  }
  CHECK(kabul_before_maymay);
  CHECK(fayzabad);
}

TEST_CASE("projected basemap: Fayzabad inside the border extent, ticks every 10 km") {
  const auto* src = shared_basemap();
  if (!src) return;
  map::MapProjection proj;
  auto pb = map::project_basemap(*src, proj, 10);
  CHECK(pb.border_extent.contains(proj.forward({70.58002, 37.11664})));
  CHECK(pb.region_extent.contains(pb.border_extent.center()));
  const double expected = src->border_length_km / 10;
  CHECK(std::fabs(static_cast<double>(pb.border_ticks.size()) - expected) <= 2);
  REQUIRE(pb.border_ticks.size() > 10);
  CHECK(pb.border_ticks[0].km == 0);
  CHECK(pb.border_ticks[0].major);
  CHECK(!pb.border_ticks[1].major);
  CHECK(pb.border_ticks[5].major);
  for (const auto& t : pb.border_ticks) CHECK(std::hypot(t.normal.x, t.normal.y) == doctest::Approx(1));
  CHECK(pb.place_at.size() == src->places.size());
  // Everything is in world metres, the frame events are projected into; only the GPU
  // buffers subtract `origin` (a mix-up once drew the basemap 120 km east of the events).
  for (std::size_t i = 0; i < src->places.size(); i += 97) {
    auto at = proj.forward(src->places[i].at);
    CHECK(pb.place_at[i].x == doctest::Approx(at.x).epsilon(1e-9));
    CHECK(pb.place_at[i].y == doctest::Approx(at.y).epsilon(1e-9));
  }
  REQUIRE(!pb.border.empty());
  auto first = proj.forward(src->border.front().front());
  CHECK(pb.border.front().front().x == doctest::Approx(first.x).epsilon(1e-9));
  CHECK(pb.border_ticks[0].at.x == doctest::Approx(first.x).epsilon(1e-6));
  CHECK(pb.countries.size() == src->countries.size());
  if (pb.relief_mesh) {
    CHECK(pb.relief_mesh->positions.size() == static_cast<std::size_t>(pb.relief_mesh->nx * pb.relief_mesh->ny));
    CHECK(pb.relief_mesh->uv.size() == pb.relief_mesh->positions.size() * 2);
  }
}

TEST_CASE("basemap refuses a data folder without the files") {
  CHECK_THROWS_AS(map::load_basemap("/nonexistent/bordermap-data"), bordermap::DataError);
}

TEST_CASE("basemap: the pre-clipped countries give the same map as the full DCW polygons") {
  const auto* clipped = shared_basemap();
  if (!clipped) return;
  auto dir = resolve_data_dir();
  if (!std::filesystem::exists(dir / "basemap.gpkg")) {
    MESSAGE("no basemap.gpkg in the runtime data; skipping");
    return;
  }
  // The same data folder without the cache: links to everything but basemap.gpkg.
  auto full_dir = std::filesystem::temp_directory_path() / ("bordermap_basemap_full_" + std::to_string(::getpid()));
  std::filesystem::create_directories(full_dir);
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().filename() != "basemap.gpkg")
      std::filesystem::create_symlink(entry.path(), full_dir / entry.path().filename());
  map::BasemapOptions options;
  options.relief = false;
  auto full = map::load_basemap(full_dir, options);
  std::filesystem::remove_all(full_dir);

  REQUIRE(full.countries.size() == clipped->countries.size());
  for (std::size_t i = 0; i < full.countries.size(); ++i) {
    const auto &a = full.countries[i], &b = clipped->countries[i];
    CHECK(a.iso_a2 == b.iso_a2);
    double area_a = 0, area_b = 0;
    for (const auto& r : a.rings) area_a += ring_area(r);
    for (const auto& r : b.rings) area_b += ring_area(r);
    INFO(a.iso_a2);
    CHECK(area_b == doctest::Approx(area_a).epsilon(0.002));
  }

  // A region beyond the cache's clip box falls back to the full polygons.
  options.region = {40, 25, 90, 50};
  options.max_places = 10;
  auto wide = map::load_basemap(dir, options);
  double west = 180;
  for (const auto& c : wide.countries)
    for (const auto& r : c.rings)
      for (const auto& p : r) west = std::min(west, p.lon);
  CHECK(west < 57);
}
