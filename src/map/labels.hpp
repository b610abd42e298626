#pragma once
// Greedy label placement: most important first, four positions around the anchor tried
// in cartographic order (right, left, above, below), no overlap with placed labels or
// with the obstacles (legend, scale bar), nothing off screen.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "map/geometry.hpp"

namespace bordermap::map {

struct LabelCandidate {
  ScreenPt anchor;
  double width_px = 0, height_px = 0;
  double priority = 0;      // higher first
  double gap_px = 4;        // between the anchor and the text
};

struct PlacedLabel {
  std::size_t candidate = 0;
  ScreenRect box;           // where the text goes
};

std::vector<PlacedLabel> place_labels(std::span<const LabelCandidate> candidates, double screen_w, double screen_h,
                                      std::span<const ScreenRect> obstacles = {});

}  // namespace bordermap::map
