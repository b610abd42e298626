#pragma once
// A briefing image: title block, the map, a legend of the event types shown with counts,
// a geodesic scale bar, a north arrow, graticule labels, the date range, an inset
// locator, the attribution line, an optional handling banner top and bottom, and
// optionally the sources of the events shown. Rendered offscreen (tiled beyond the
// maximum framebuffer size) from the same FrameSnapshot the viewer draws.
#include <optional>
#include <string>
#include <vector>

#include "map/image_file.hpp"
#include "map/timeline.hpp"
#include "render/frame.hpp"

namespace bordermap::render {

struct BriefingSpec {
  int width = 1920, height = 1080;   // pixels of the whole image
  std::string title, subtitle, banner;
  bool legend = true, scale_bar = true, north_arrow = true, inset = true, sources = false;
  bool graticule_labels = true;
  map::TimeRange range;              // shown as the date stamp
  map::TimeMode mode = map::TimeMode::Window;
  std::string attribution;           // default_attribution() when empty
  float ui_scale = 1.0f;             // text and symbol scale (grows with DPI for paper sizes)
};

std::string default_attribution();

// Needs a current GL context (HeadlessGl, or the viewer's). `frame.viewport` gives the
// map's projection extent; the map area is laid out inside the spec's size.
map::Image render_briefing(const BriefingSpec& spec, const FrameSnapshot& frame);

}  // namespace bordermap::render
