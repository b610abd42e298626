#pragma once
// Which event is under the cursor, which are inside a brushed rectangle, and the CPU
// density raster drawn instead of points when too many are visible.
#include <cstdint>
#include <optional>
#include <vector>

#include "map/event_layer.hpp"
#include "map/viewport.hpp"

namespace bordermap::map {

// The nearest visible located event within radius_px of `at`, ties to the later index
// (drawn on top).
std::optional<std::uint32_t> pick_event(const EventLayer& layer, const std::vector<std::uint32_t>& visible,
                                        const Viewport& viewport, ScreenPt at, double radius_px);

std::vector<std::uint32_t> events_in_rect(const EventLayer& layer, const std::vector<std::uint32_t>& visible,
                                          const Viewport& viewport, ScreenRect rect);

// Space-time brushing: events with border_km in [km0, km1] and a day range meeting [d0, d1].
std::vector<std::uint32_t> events_in_space_time(const EventLayer& layer, const std::vector<std::uint32_t>& visible,
                                                double km0, double km1, Day d0, Day d1);

struct DensityRaster {
  int width = 0, height = 0;      // cells; cell (0,0) at the screen's top-left
  int cell_px = 4;
  std::vector<float> counts;      // row-major
  float max_count = 0;
};
DensityRaster density_raster(const EventLayer& layer, const std::vector<std::uint32_t>& visible,
                             const Viewport& viewport, int cell_px);

// Points beyond which the map switches from symbols to the density raster. Past ~10k,
// symbols at border scale merge into a carpet that hides the pattern the raster shows,
// and on llvmpipe they cost ~2 µs each per frame (bench/viewer_frame_bench).
constexpr std::size_t kDensityThreshold = 10000;

}  // namespace bordermap::map
