// The real Afghanistan-Tajikistan border from the derived data. CI always builds the
// data; these tests skip only when the data folder does not exist at all.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>

#include "geo/border.hpp"
#include "geo/geodesic.hpp"
#include "util/data_dir.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::geo;

namespace {

bool data_present() {
  auto dir = resolve_data_dir();
  if (std::filesystem::is_directory(dir)) return true;
  MESSAGE("skipped: no runtime data folder at " << dir.string() << " (build target geodata)");
  return false;
}

// Distance to the full-resolution line, sampled densely: the reference for the index.
double brute_distance_km(const Border& b, LonLat p) {
  double best = 1e18;
  for (const auto& l : b.lines)
    for (size_t i = 0; i + 1 < l.size(); ++i)
      for (int k = 0; k <= 4; ++k) {
        double t = k / 4.0;
        best = std::min(best, lambert_km(p, {l[i].lon + t * (l[i + 1].lon - l[i].lon),
                                             l[i].lat + t * (l[i + 1].lat - l[i].lat)}));
      }
  return best;
}

}  // namespace

TEST_CASE("real data: the AF-TJ border") {
  if (!data_present()) return;
  const auto t0 = std::chrono::steady_clock::now();
  Border b = load_border(resolve_data_dir(), "AF-TJ");
  const double load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("load_border AF-TJ: " << load_ms << " ms, " << b.length_km << " km");

  CHECK(b.a == "AF");
  CHECK(b.b == "TJ");
  CHECK(b.length_km > 1150);
  CHECK(b.length_km < 1300);
  REQUIRE(b.tripoints.size() == 2);
  CHECK(b.tripoints[0].third_country == "UZ");
  CHECK(b.tripoints[1].third_country == "CN");
  CHECK(b.tripoints[0].at.lon < b.tripoints[1].at.lon);
  // Near the published tripoints (Amu Darya / Pyandzh confluence area; Wakhan east end).
  CHECK(geodesic_km(b.tripoints[0].at, {67.78, 37.19}) < 10);
  CHECK(geodesic_km(b.tripoints[1].at, {74.9, 37.2}) < 10);
  REQUIRE(b.reference_km);
  CHECK(*b.reference_km == 1357);
  CHECK(b.lines.front().front().lon < b.lines.back().back().lon);

  const LonLat khorugh{71.55304, 37.48974};
  const LonLat kabul{69.17, 34.53};
  CHECK(b.distance_km(khorugh) < 5);
  CHECK(b.distance_km(kabul) > 100);
  const double along = b.along_km(khorugh);
  CHECK(along > 0);
  CHECK(along < b.length_km);

  // The fast index against the full line within 500 km of the border.
  for (LonLat p : {khorugh, kabul, LonLat{68.78, 38.56}, LonLat{70.58, 37.12}, LonLat{71.04, 38.41},
                   LonLat{73.0, 39.5}, LonLat{66.0, 34.0}, LonLat{75.5, 36.0}}) {
    INFO("point " << p.lon << "," << p.lat);
    CHECK(std::abs(b.distance_km(p) - brute_distance_km(b, p)) < 1.0);
  }

  // Speed: reported, not asserted (timing in a shared CI runner is noise).
  const int n = 200000;
  double sink = 0;
  const auto t1 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) sink += b.distance_km({60.0 + (i % 1000) * 0.02, 30.0 + (i % 997) * 0.012});
  const double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t1).count() / n;
  MESSAGE("distance_km: " << ns << " ns/call (checksum " << sink << ")");
}

TEST_CASE("real data: pair order, unknown pairs, available pairs") {
  if (!data_present()) return;
  Border tj = load_border(resolve_data_dir(), "tj-af");
  CHECK(tj.a == "TJ");
  CHECK(tj.b == "AF");
  auto pairs = available_pairs(resolve_data_dir());
  CHECK(std::find(pairs.begin(), pairs.end(), "AF-TJ") != pairs.end());
  CHECK(std::is_sorted(pairs.begin(), pairs.end()));
  CHECK_THROWS_WITH_AS(load_border(resolve_data_dir(), "AF-KG"), doctest::Contains("AF-TJ"), InputError);
  CHECK_THROWS_AS(load_border(resolve_data_dir(), "AF-XX"), InputError);
  CHECK_THROWS_AS(load_border(resolve_data_dir(), "AF"), InputError);
}
