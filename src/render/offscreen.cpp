#include "render/offscreen.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "render/render_error.hpp"

namespace bordermap::render {

OffscreenTarget::OffscreenTarget(int width, int height, int samples)
    : width_(width), height_(height), samples_(samples) {
  if (width <= 0 || height <= 0)
    throw RenderError("offscreen target of " + std::to_string(width) + "x" + std::to_string(height) + " pixels");
  GLint max_samples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  samples_ = std::clamp(samples_, 0, static_cast<int>(max_samples));

  draw_color_ = make_renderbuffer();
  glBindRenderbuffer(GL_RENDERBUFFER, draw_color_.get());
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_RGBA8, width, height);
  draw_fbo_ = make_framebuffer();
  glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo_.get());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, draw_color_.get());
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    throw RenderError("offscreen framebuffer of " + std::to_string(width) + "x" + std::to_string(height) +
                      " is incomplete");
  if (samples_ > 0) {
    resolve_color_ = make_renderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, resolve_color_.get());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    resolve_fbo_ = make_framebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, resolve_fbo_.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolve_color_.get());
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
      throw RenderError("offscreen resolve framebuffer is incomplete");
  }
  glBindRenderbuffer(GL_RENDERBUFFER, 0);
  bind();
}

void OffscreenTarget::bind() {
  glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo_.get());
  glViewport(0, 0, width_, height_);
}

void OffscreenTarget::read_into(map::Image& image, int x, int y, int w, int h) {
  GLuint source = draw_fbo_.get();
  if (samples_ > 0) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, draw_fbo_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve_fbo_.get());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    source = resolve_fbo_.get();
  }
  glBindFramebuffer(GL_READ_FRAMEBUFFER, source);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  int copy_w = std::min({w, width_, image.width - x}), copy_h = std::min({h, height_, image.height - y});
  if (copy_w <= 0 || copy_h <= 0) return;
  std::vector<std::uint8_t> rows(static_cast<std::size_t>(copy_w) * copy_h * 4);
  glReadPixels(0, 0, copy_w, copy_h, GL_RGBA, GL_UNSIGNED_BYTE, rows.data());
  glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo_.get());
  // GL's rows run bottom-up; images are top row first.
  for (int r = 0; r < copy_h; ++r) {
    const std::uint8_t* src = &rows[static_cast<std::size_t>(copy_h - 1 - r) * copy_w * 4];
    std::memcpy(image.pixel(x, y + r), src, static_cast<std::size_t>(copy_w) * 4);
  }
}

int max_tile_size(int cap) {
  GLint renderbuffer = 0, viewport[2] = {0, 0};
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
  glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
  int limit = std::min({static_cast<int>(renderbuffer), static_cast<int>(viewport[0]), static_cast<int>(viewport[1])});
  if (limit <= 0) limit = 2048;  // a driver that reports nothing: stay well inside GL 3.3's minimum
  return std::max(16, std::min(limit, cap));
}

map::Image render_tiled(int width, int height, int tile_size, const std::function<void(const Tile&)>& draw) {
  if (width <= 0 || height <= 0) throw RenderError("cannot render an image of " + std::to_string(width) + "x" +
                                                   std::to_string(height) + " pixels");
  map::Image image;
  image.width = width;
  image.height = height;
  image.rgba.assign(static_cast<std::size_t>(width) * height * 4, 0);
  int tw = std::min(width, tile_size), th = std::min(height, tile_size);
  OffscreenTarget target(tw, th);
  for (int y = 0; y < height; y += th)
    for (int x = 0; x < width; x += tw) {
      target.bind();
      Tile tile{x, y, std::min(tw, width - x), std::min(th, height - y)};
      // Edge tiles reuse the full-size target and draw into its bottom-left corner, where
      // GL's viewport (and ImGui's backend) put a smaller one.
      glViewport(0, 0, tile.width, tile.height);
      draw(tile);
      target.read_into(image, x, y, tile.width, tile.height);
    }
  return image;
}

}  // namespace bordermap::render
