#pragma once
// An offscreen colour target with readback, and the tiling that renders images larger
// than the GL implementation's largest framebuffer piece by piece.
#include <functional>

#include "map/image_file.hpp"
#include "render/gl_objects.hpp"

namespace bordermap::render {

// RGBA8 framebuffer, 4× multisampled when the implementation allows, resolved into a
// single-sample one for readback. Binds itself as the draw framebuffer on bind().
class OffscreenTarget {
 public:
  OffscreenTarget(int width, int height, int samples = 0);  // throws RenderError when incomplete
  void bind();
  int width() const { return width_; }
  int height() const { return height_; }
  // Resolves and copies the w × h pixels at GL's origin (bottom-left) into `image` at
  // (x, y) (top-left origin), flipping GL's bottom-up rows.
  void read_into(map::Image& image, int x, int y, int w, int h);

 private:
  int width_, height_, samples_;
  GlFramebuffer draw_fbo_, resolve_fbo_;
  GlRenderbuffer draw_color_, resolve_color_;
};

// The largest tile edge this context can render: GL_MAX_RENDERBUFFER_SIZE and
// GL_MAX_VIEWPORT_DIMS, capped at `cap` (tests force small tiles this way).
int max_tile_size(int cap = 4096);

struct Tile {
  int x = 0, y = 0, width = 0, height = 0;  // in the whole image, top-left origin
};

// Renders a width × height image tile by tile: `draw(tile)` is called with the tile's
// target bound and glViewport(0, 0, tile.width, tile.height); its pixels are then copied
// into the image. Drawing code maps image pixel (x, y) to GL (x - tile.x,
// tile.height - (y - tile.y)).
map::Image render_tiled(int width, int height, int tile_size, const std::function<void(const Tile&)>& draw);

}  // namespace bordermap::render
