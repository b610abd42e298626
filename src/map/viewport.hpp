#pragma once
// What part of the projected plane a window or image shows, and the transforms between
// projected metres and pixels. Pure arithmetic, no GL.
#include <array>

#include "map/geometry.hpp"

namespace bordermap::map {

struct Viewport {
  XY center;                      // projected metres at the middle of the screen
  double meters_per_pixel = 1000; // > 0
  int width = 1280, height = 800; // pixels
  double rotation = 0;            // always 0 for now: north-up maps of the projection

  ScreenPt to_screen(XY p) const;
  XY to_world(ScreenPt s) const;
  Extent visible_extent() const;

  void pan_pixels(double dx, double dy);                  // content moves with the drag
  void zoom_about(ScreenPt anchor, double factor);        // factor > 1 zooms in; anchor stays put
  void fit(const Extent& e, double margin_px = 24);       // whole extent visible, centred
  void clamp_scale(double min_mpp = 2, double max_mpp = 50000);

  // Column-major 4×4 matrix taking (x - origin.x, y - origin.y) in metres to GL clip
  // space. Vertex buffers hold coordinates relative to `origin` so that float keeps
  // sub-metre precision.
  std::array<float, 16> clip_from_world(XY origin) const;
};

}  // namespace bordermap::map
