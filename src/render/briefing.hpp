#pragma once
// A briefing image: title block, the map, a legend of the event types shown with counts,
// a geodesic scale bar, a north arrow, graticule labels, the date range, an inset
// locator, the attribution line, an optional handling banner top and bottom, and
// optionally the sources of the events shown. Rendered offscreen (tiled beyond the
// maximum framebuffer size) from the same FrameSnapshot the viewer draws.
#include <memory>
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
  std::string projection_note;       // printed in the footer; "" = the projection's label
  bool map_only = false;             // just the map with its labels, edge to edge (GeoTIFF)
  int max_tile = 4096;               // tile edge cap (the GL limit applies too); tests force tiling
};

std::string default_attribution();

// Needs a current GL context (HeadlessGl, or the viewer's). `frame.viewport` gives the
// map's projection extent; the map area is laid out inside the spec's size.
// Throws InputError for a size no layout fits (zero, negative, too small, too large).
map::Image render_briefing(const BriefingSpec& spec, const FrameSnapshot& frame);

// Keeps shaders, buffers and the font atlas between images (time series, screenshots).
// Uses its own ImGui context and restores the caller's, so the viewer may call it from
// inside its frame loop; restores the framebuffer binding and viewport too.
class BriefingRenderer {
 public:
  BriefingRenderer();
  ~BriefingRenderer();
  BriefingRenderer(const BriefingRenderer&) = delete;
  BriefingRenderer& operator=(const BriefingRenderer&) = delete;
  map::Image render(const BriefingSpec& spec, const FrameSnapshot& frame);
  // The map frame's viewport in the last image (its extent georeferences a map_only image).
  const map::Viewport& last_map_viewport() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bordermap::render
