// Greedy label placement: properties that must hold for any input, and the tie-breaks.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "map/labels.hpp"

using namespace bordermap::map;

namespace {

LabelCandidate label(double x, double y, double priority, double w = 60, double h = 14) {
  LabelCandidate c;
  c.anchor = {x, y};
  c.width_px = w;
  c.height_px = h;
  c.priority = priority;
  return c;
}

// The properties every placement must have.
void check_valid(const std::vector<PlacedLabel>& placed, const std::vector<LabelCandidate>& candidates, double w,
                 double h, const std::vector<ScreenRect>& obstacles = {}) {
  std::vector<char> seen(candidates.size(), 0);
  int overlaps = 0, off_screen = 0, on_obstacle = 0, repeated = 0, wrong_size = 0;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const ScreenRect& b = placed[i].box;
    const LabelCandidate& c = candidates.at(placed[i].candidate);
    if (seen[placed[i].candidate]++) ++repeated;
    if (b.x0 < 0 || b.y0 < 0 || b.x1 > w || b.y1 > h) ++off_screen;
    if (std::abs((b.x1 - b.x0) - c.width_px) > 1e-9 || std::abs((b.y1 - b.y0) - c.height_px) > 1e-9) ++wrong_size;
    for (const auto& o : obstacles)
      if (b.overlaps(o)) ++on_obstacle;
    for (std::size_t j = i + 1; j < placed.size(); ++j)
      if (b.overlaps(placed[j].box)) ++overlaps;
  }
  CHECK(overlaps == 0);
  CHECK(off_screen == 0);
  CHECK(on_obstacle == 0);
  CHECK(repeated == 0);
  CHECK(wrong_size == 0);
}

struct Lcg {
  std::uint64_t s = 12345;
  double unit() {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<double>(s >> 11) / 9007199254740992.0;
  }
};

}  // namespace

TEST_SUITE("map.labels") {

TEST_CASE("place_labels: right of the anchor first, then left, above, below") {
  const std::vector<LabelCandidate> one{label(100, 100, 1)};
  auto placed = place_labels(one, 800, 600);
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].box.x0 == doctest::Approx(104));  // the default 4 px gap
  CHECK(placed[0].box.y0 == doctest::Approx(93));   // centred vertically

  // Near the right edge the right position is off screen: left.
  placed = place_labels(std::vector{label(780, 100, 1)}, 800, 600);
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].box.x1 == doctest::Approx(776));

  // Squeezed between both side edges: above, or below when at the top edge too.
  placed = place_labels(std::vector{label(40, 100, 1)}, 80, 600);
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].box.y1 == doctest::Approx(96));
  placed = place_labels(std::vector{label(40, 5, 1)}, 80, 600);
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].box.y0 == doctest::Approx(9));

  // No position fits at all: the label is dropped.
  CHECK(place_labels(std::vector{label(10, 10, 1, 500, 14)}, 80, 60).empty());
}

TEST_CASE("place_labels: the higher priority wins a conflict whatever the input order") {
  // Two anchors at the same spot: only one label fits around it in a 140×20 screen band.
  const std::vector<LabelCandidate> c{label(70, 10, 1), label(70, 10, 5), label(70, 10, 3)};
  const auto placed = place_labels(c, 140, 20);
  check_valid(placed, c, 140, 20);
  REQUIRE(placed.size() == 2);  // right and left of the anchor
  CHECK(placed[0].candidate == 1);
  CHECK(placed[1].candidate == 2);
}

TEST_CASE("place_labels: equal priorities keep the caller's order") {
  const std::vector<LabelCandidate> c{label(70, 10, 2), label(70, 10, 2), label(70, 10, 2)};
  const auto placed = place_labels(c, 140, 20);
  REQUIRE(placed.size() == 2);
  CHECK(placed[0].candidate == 0);
  CHECK(placed[1].candidate == 1);
}

TEST_CASE("place_labels: obstacles (legend, scale bar) are never covered") {
  const std::vector<ScreenRect> obstacles{{100, 80, 300, 120}, {0, 500, 800, 600}};
  const std::vector<LabelCandidate> c{label(100, 100, 1), label(400, 480, 1), label(90, 100, 2, 10, 10)};
  const auto placed = place_labels(c, 800, 600, obstacles);
  check_valid(placed, c, 800, 600, obstacles);
  // The small, more important label takes the left of the legend; the first one is then
  // blocked on every side (legend right, above and below; the small label left).
  REQUIRE(placed.size() == 2);
  CHECK(placed[0].candidate == 2);
  CHECK(placed[0].box.x1 == doctest::Approx(86));
  CHECK(placed[1].candidate == 1);
}

TEST_CASE("place_labels: 5,000 random candidates: no overlaps, nothing off screen") {
  Lcg rng;
  std::vector<LabelCandidate> c;
  for (int i = 0; i < 5000; ++i)
    c.push_back(label(rng.unit() * 1920, rng.unit() * 1080, rng.unit(), 20 + rng.unit() * 120, 12 + rng.unit() * 6));
  const std::vector<ScreenRect> obstacles{{1600, 900, 1900, 1060}};
  const auto placed = place_labels(c, 1920, 1080, obstacles);
  check_valid(placed, c, 1920, 1080, obstacles);
  CHECK(placed.size() > 300);   // a crowded screen still gets a useful number of labels
  CHECK(placed.size() < 5000);

  // Greedy by priority: the most important label lands where it would if it were alone.
  std::size_t top = 0;
  for (std::size_t i = 1; i < c.size(); ++i)
    if (c[i].priority > c[top].priority) top = i;
  const auto alone = place_labels(std::vector{c[top]}, 1920, 1080, obstacles);
  REQUIRE(alone.size() == 1);
  REQUIRE_FALSE(placed.empty());
  CHECK(placed[0].candidate == top);
  CHECK(placed[0].box.x0 == alone[0].box.x0);
  CHECK(placed[0].box.y0 == alone[0].box.y0);
}

TEST_CASE("place_labels: bad input gives no labels, not a crash") {
  const std::vector<LabelCandidate> c{label(std::nan(""), 10, 1), label(10, 10, 1, -5, 10)};
  CHECK(place_labels(c, 800, 600).empty());
  CHECK(place_labels(std::vector{label(10, 10, 1)}, 0, 600).empty());
  const std::vector<ScreenRect> nan_obstacle{{std::nan(""), 0, 10, 10}};
  CHECK(place_labels(std::vector{label(100, 100, 1)}, 800, 600, nan_obstacle).size() == 1);
}

}  // TEST_SUITE
