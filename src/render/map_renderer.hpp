#pragma once
// Draws a FrameSnapshot with bordermap's own shaders (shaders/*.glsl, embedded at build
// time) into the currently bound framebuffer: relief, countries, rivers, graticule, the
// border with its km ticks, then event symbols (instanced, one shape per type) or the
// density raster. Text and map furniture are drawn by the overlay through ImGui's draw
// lists, so the window and the headless images share one code path.
// Needs a current OpenGL 3.3 core context; not thread-safe.
#include <memory>

#include "render/frame.hpp"

struct ImDrawList;

namespace bordermap::render {

// What the overlay draws and where: the briefing places the map inside a larger image
// and draws its own furniture around it.
struct OverlayOptions {
  float origin_x = 0, origin_y = 0;   // draw-list position of the map's top-left pixel
  bool place_labels = true, border_labels = true, graticule_labels = true;
  bool scale_bar = true, north_arrow = true;
};

struct RenderStats {
  std::size_t symbols = 0;      // event symbols drawn
  bool density = false;         // the density raster was drawn instead
  double cpu_ms = 0;            // time spent preparing and issuing draws
};

class MapRenderer {
 public:
  MapRenderer();   // compiles shaders; throws RenderError with the GL log
  ~MapRenderer();
  MapRenderer(const MapRenderer&) = delete;
  MapRenderer& operator=(const MapRenderer&) = delete;

  // Clears to the water colour and draws the map layers; glViewport must match
  // snapshot.viewport's width/height. Buffers are re-uploaded only when the basemap or
  // a layer object changes (pointer identity).
  RenderStats draw(const FrameSnapshot& snapshot);

  // Keep the drawn basemap in a texture and copy it while the view and the basemap
  // toggles stay the same (the viewer's play and hover frames); one-off images skip it.
  // The target framebuffer must be single-sampled.
  void set_basemap_cache(bool enabled);

  // Place labels, border km labels, graticule labels, scale bar, north arrow, hover
  // and selection highlight, measure line — into an ImGui draw list.
  void draw_overlay(ImDrawList* list, const FrameSnapshot& snapshot);
  void draw_overlay(ImDrawList* list, const FrameSnapshot& snapshot, const OverlayOptions& options);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bordermap::render
