#include "render/map_renderer.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <optional>
#include <string>

#include "map/hit_test.hpp"
#include "map/style.hpp"
#include "render/basemap_buffers.hpp"
#include "render/gl_program.hpp"
#include "render/map_overlay.hpp"
#include "render/render_error.hpp"

namespace bordermap::render {
namespace {

// Six of these per symbol (two triangles). Instancing would send one per symbol, but
// llvmpipe runs its vertex pipeline once per instance, which cost ~2.5 µs per symbol.
struct SymbolVertex {
  float x, y;
  float cx, cy;  // quad corner, ±1
  std::uint8_t r, g, b, a;
  float size, shape, hollow, outline;
};

void set_color(GLint location, map::Rgba c, float alpha_scale = 1.0f) {
  glUniform4f(location, c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f * alpha_scale);
}

constexpr float kCorners[6][2] = {{-1, -1}, {1, -1}, {1, 1}, {-1, -1}, {1, 1}, {-1, 1}};

// The symbol atlas: one tile per shape (columns) and location precision (rows: town,
// near a town, region), drawn once per scale by the distance-field shader. Sampling it
// costs llvmpipe a third of evaluating the distance per pixel.
constexpr int kAtlasTile = 64, kAtlasCols = 6, kAtlasRows = 3;
constexpr int kAtlasPrecision[kAtlasRows] = {1, 2, 3};

int atlas_row(int geo_precision) { return geo_precision == 1 ? 0 : geo_precision == 2 ? 1 : 2; }

// Keep in step with symbol.vert.glsl: the farthest point of the shape plus the soft edge.
float symbol_reach(float size_px, int shape) {
  return size_px * 0.5f * (shape == 2 || shape == 4 ? 1.42f : 1.18f) + 0.75f;
}

map::Rgba fill_color(const std::string& iso_a2, const map::BasemapColors& colors) {
  if (iso_a2 == "AF") return colors.land_af;
  if (iso_a2 == "TJ") return colors.land_tj;
  return colors.land;
}

}  // namespace

struct MapRenderer::Impl {
  GlProgram fill = build_program("fill.vert.glsl", "fill.frag.glsl");
  GlProgram line = build_program("line.vert.glsl", "line.frag.glsl");
  GlProgram relief = build_program("relief.vert.glsl", "relief.frag.glsl");
  GlProgram symbol = build_program("symbol.vert.glsl", "symbol.frag.glsl");
  GlProgram density = build_program("density.vert.glsl", "density.frag.glsl");
  GlProgram symbol_atlas = build_program("symbol_atlas.vert.glsl", "symbol_atlas.frag.glsl");
  map::BasemapColors colors;

  // The uploaded basemap and what it was made from; held so the pointer stays unique.
  std::shared_ptr<const map::ProjectedBasemap> basemap_key;
  std::shared_ptr<const map::BasemapSource> source_key;
  std::optional<BasemapBuffers> basemap;

  GlVertexArray symbol_vao = make_vertex_array();
  GlBuffer symbol_vbo = make_buffer();
  GlVertexArray empty_vao = make_vertex_array();
  GlTexture density_texture = make_texture();
  std::vector<SymbolVertex> vertices;
  MapOverlay overlay;

  struct SymbolAtlas {
    GlTexture texture = make_texture();
    GlFramebuffer fbo = make_framebuffer();
    float scale = 0;  // the ui_scale it was drawn for; 0 = not drawn
  } atlas;

  static bool atlas_holds(float k) { return symbol_reach(map::symbol_size_px(1) * k, 4) < kAtlasTile / 2.0f - 1; }

  void ensure_atlas(float k) {
    if (atlas.scale == k) return;
    GLint draw_fb = 0, old_viewport[4];
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw_fb);
    glGetIntegerv(GL_VIEWPORT, old_viewport);
    GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST), blend = glIsEnabled(GL_BLEND);
    const int w = kAtlasTile * kAtlasCols, h = kAtlasTile * kAtlasRows;
    glBindTexture(GL_TEXTURE_2D, atlas.texture.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RG8, w, h, 0, GL_RG, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindFramebuffer(GL_FRAMEBUFFER, atlas.fbo.get());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, atlas.texture.get(), 0);
    bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    if (complete) {
      glDisable(GL_SCISSOR_TEST);
      glDisable(GL_BLEND);
      glViewport(0, 0, w, h);
      glClearColor(0, 0, 0, 0);
      glClear(GL_COLOR_BUFFER_BIT);
      glUseProgram(symbol.get());
      const std::array<float, 16> identity{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
      glUniformMatrix4fv(uniform(symbol, "u_clip_from_world"), 1, GL_FALSE, identity.data());
      glUniform2f(uniform(symbol, "u_clip_per_px"), 2.0f / kAtlasTile, 2.0f / kAtlasTile);
      glUniform1i(uniform(symbol, "u_channels"), 1);
      glBindVertexArray(symbol_vao.get());
      glBindBuffer(GL_ARRAY_BUFFER, symbol_vbo.get());
      for (int row = 0; row < kAtlasRows; ++row)
        for (int col = 0; col < kAtlasCols; ++col) {
          int precision = kAtlasPrecision[row];
          SymbolVertex v{0, 0, 0, 0, 255, 255, 255, 255, map::symbol_size_px(precision) * k, static_cast<float>(col),
                         map::hollow_symbol(precision) ? 1.0f : 0.0f, 1.1f * k};
          std::vector<SymbolVertex> quad;
          for (const auto& c : kCorners) {
            v.cx = c[0];
            v.cy = c[1];
            quad.push_back(v);
          }
          glViewport(col * kAtlasTile, row * kAtlasTile, kAtlasTile, kAtlasTile);
          glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(quad.size() * sizeof(SymbolVertex)), quad.data(),
                       GL_STREAM_DRAW);
          glDrawArrays(GL_TRIANGLES, 0, 6);
        }
      glUniform1i(uniform(symbol, "u_channels"), 0);
      glBindBuffer(GL_ARRAY_BUFFER, 0);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(draw_fb));
    glViewport(old_viewport[0], old_viewport[1], old_viewport[2], old_viewport[3]);
    if (scissor) glEnable(GL_SCISSOR_TEST);
    if (blend) glEnable(GL_BLEND);
    if (!complete) throw RenderError("the symbol atlas framebuffer is incomplete");
    atlas.scale = k;
  }

  struct BasemapCache {
    bool enabled = false, valid = false;
    GlFramebuffer fbo = make_framebuffer();
    GlTexture color = make_texture();
    int width = 0, height = 0;
    map::Viewport viewport;
    LayerToggles toggles;
    float ui_scale = 0;
    const map::ProjectedBasemap* basemap = nullptr;
  } cache;

  bool cache_fresh(const FrameSnapshot& s) const {
    const auto& v = s.viewport;
    return cache.valid && cache.basemap == s.basemap.get() && cache.width == v.width && cache.height == v.height &&
           cache.viewport.center.x == v.center.x && cache.viewport.center.y == v.center.y &&
           cache.viewport.meters_per_pixel == v.meters_per_pixel && cache.toggles == s.toggles &&
           cache.ui_scale == s.ui_scale;
  }

  // Draws the basemap into the cache texture when the view changed, then copies it into
  // the caller's viewport. `target` is the caller's viewport (x, y, w, h).
  void draw_basemap_cached(const FrameSnapshot& s, const GLint target[4]) {
    GLint draw_fb = 0, read_fb = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw_fb);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &read_fb);
    const auto& v = s.viewport;
    if (!cache_fresh(s)) {
      if (cache.width != v.width || cache.height != v.height) {
        glBindTexture(GL_TEXTURE_2D, cache.color.get());
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, v.width, v.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glBindFramebuffer(GL_FRAMEBUFFER, cache.fbo.get());
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, cache.color.get(), 0);
        if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
          glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(draw_fb));
          glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(read_fb));
          throw RenderError("the basemap cache framebuffer is incomplete");
        }
        cache.width = v.width;
        cache.height = v.height;
      }
      glBindFramebuffer(GL_FRAMEBUFFER, cache.fbo.get());
      glViewport(0, 0, v.width, v.height);
      glScissor(0, 0, v.width, v.height);
      auto water = colors.water;
      glClearColor(water.r / 255.f, water.g / 255.f, water.b / 255.f, 1.0f);
      glClear(GL_COLOR_BUFFER_BIT);
      draw_basemap(s);
      cache.valid = true;
      cache.viewport = v;
      cache.toggles = s.toggles;
      cache.ui_scale = s.ui_scale;
      cache.basemap = s.basemap.get();
      glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(draw_fb));
      glViewport(target[0], target[1], target[2], target[3]);
      glScissor(target[0], target[1], target[2], target[3]);
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, cache.fbo.get());
    glBlitFramebuffer(0, 0, v.width, v.height, target[0], target[1], target[0] + v.width, target[1] + v.height,
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(read_fb));
  }

  Impl() {
    glBindVertexArray(symbol_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, symbol_vbo.get());
    auto stride = static_cast<GLsizei>(sizeof(SymbolVertex));
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(SymbolVertex, cx)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(SymbolVertex, x)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(SymbolVertex, r)));
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(SymbolVertex, size)));
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
  }

  void sync_basemap(const FrameSnapshot& s) {
    if (s.basemap == basemap_key && s.basemap_source == source_key && (basemap || !s.basemap)) return;
    basemap.reset();
    basemap_key = s.basemap;
    source_key = s.basemap_source;
    if (s.basemap) basemap.emplace(*s.basemap, s.basemap_source.get());
  }

  void draw_lines(const LineBatch& batch, const std::array<float, 16>& clip, float clip_px_x, float clip_px_y,
                  float half_width, map::Rgba color, float alpha_scale = 1.0f) {
    if (batch.count == 0 || half_width <= 0) return;
    glUseProgram(line.get());
    glUniformMatrix4fv(uniform(line, "u_clip_from_world"), 1, GL_FALSE, clip.data());
    glUniform2f(uniform(line, "u_clip_per_px"), clip_px_x, clip_px_y);
    glUniform1f(uniform(line, "u_half_width"), half_width);
    set_color(uniform(line, "u_color"), color, alpha_scale);
    batch.draw();
  }

  void draw_basemap(const FrameSnapshot& s) {
    const auto& vp = s.viewport;
    const auto& b = *basemap;
    auto clip = vp.clip_from_world(b.origin);
    float px_x = 2.0f / static_cast<float>(vp.width), px_y = 2.0f / static_cast<float>(vp.height);
    float k = s.ui_scale > 0 ? s.ui_scale : 1.0f;
    const auto& t = s.toggles;

    if (t.countries) {
      glUseProgram(fill.get());
      glUniformMatrix4fv(uniform(fill, "u_clip_from_world"), 1, GL_FALSE, clip.data());
      GLint color = uniform(fill, "u_color");
      glBindVertexArray(b.fill_vao.get());
      for (const auto& c : b.countries) {
        if (c.count == 0) continue;
        set_color(color, fill_color(c.iso_a2, colors));
        glDrawArrays(GL_TRIANGLES, c.first, c.count);
      }
    }
    if (t.relief && b.relief_indices > 0) {
      glUseProgram(relief.get());
      glUniformMatrix4fv(uniform(relief, "u_clip_from_world"), 1, GL_FALSE, clip.data());
      glUniform1f(uniform(relief, "u_opacity"), std::clamp(t.relief_opacity, 0.0f, 1.0f));
      glUniform1i(uniform(relief, "u_shade"), 0);
      glActiveTexture(GL_TEXTURE0);
      glBindTexture(GL_TEXTURE_2D, b.relief_texture.get());
      glBlendFuncSeparate(GL_DST_COLOR, GL_ZERO, GL_ZERO, GL_ONE);  // multiply, keep alpha
      glBindVertexArray(b.relief_vao.get());
      glDrawElements(GL_TRIANGLES, b.relief_indices, GL_UNSIGNED_INT, nullptr);
      glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    }
    if (t.rivers)
      for (const auto& [level, batch] : b.rivers) {
        float width = level <= 1 ? 1.5f : level == 2 ? 1.0f : 0.7f;
        draw_lines(batch, clip, px_x, px_y, 0.5f * width * k, colors.river);
      }
    if (t.countries) draw_lines(b.outlines, clip, px_x, px_y, 0.45f * k, colors.country_outline);
    if (t.graticule) draw_lines(b.graticule, clip, px_x, px_y, 0.4f * k, colors.graticule);
    if (t.border) {
      // A pale casing under the line keeps it legible over relief and rivers.
      draw_lines(b.border, clip, px_x, px_y, 3.2f * k, map::Rgba{255, 255, 255, 150});
      draw_lines(b.border, clip, px_x, px_y, 1.5f * k, colors.border);
    }
  }

  std::size_t draw_symbols(const FrameSnapshot& s) {
    const auto& vp = s.viewport;
    float k = s.ui_scale > 0 ? s.ui_scale : 1.0f;
    map::XY origin = basemap ? basemap->origin : vp.center;
    auto extent = vp.visible_extent();
    double pad = 20 * k * vp.meters_per_pixel;
    vertices.clear();
    const bool use_atlas = atlas_holds(k);
    if (use_atlas) ensure_atlas(k);
    for (const auto& view : s.layers) {
      if (!view.shown || !view.layer) continue;
      const auto& layer = *view.layer;
      std::vector<map::TypeStyle> styles;
      for (const auto& type : layer.types) styles.push_back(map::style_for_type(type));
      float layer_alpha = std::clamp(view.opacity * s.toggles.events_opacity, 0.0f, 1.0f);
      for (auto index : view.visible) {
        if (index >= layer.points.size()) continue;
        const auto& p = layer.points[index];
        if (!p.located || !std::isfinite(p.at.x) || !std::isfinite(p.at.y)) continue;
        if (p.at.x < extent.min_x - pad || p.at.x > extent.max_x + pad || p.at.y < extent.min_y - pad ||
            p.at.y > extent.max_y + pad)
          continue;
        map::TypeStyle st = p.type < styles.size() ? styles[p.type] : map::style_for_type("");
        float alpha = st.color.a / 255.f * map::opacity_for_reliability(p.reliability) * layer_alpha;
        const float size = map::symbol_size_px(p.geo_precision) * k;
        const int shape = static_cast<int>(st.shape);
        SymbolVertex v{static_cast<float>(p.at.x - origin.x), static_cast<float>(p.at.y - origin.y), 0, 0,
                       st.color.r, st.color.g, st.color.b,
                       static_cast<std::uint8_t>(std::lround(std::clamp(alpha, 0.0f, 1.0f) * 255)),
                       size, static_cast<float>(shape), map::hollow_symbol(p.geo_precision) ? 1.0f : 0.0f, 1.1f * k};
        if (use_atlas) {
          v.size = symbol_reach(size, shape);
          v.hollow = static_cast<float>(atlas_row(p.geo_precision));  // the atlas row, in that slot
          v.outline = 0;
        }
        for (const auto& c : kCorners) {
          v.cx = c[0];
          v.cy = c[1];
          vertices.push_back(v);
        }
      }
    }
    if (vertices.empty()) return 0;
    const GlProgram& program = use_atlas ? symbol_atlas : symbol;
    glUseProgram(program.get());
    auto clip = vp.clip_from_world(origin);
    glUniformMatrix4fv(uniform(program, "u_clip_from_world"), 1, GL_FALSE, clip.data());
    glUniform2f(uniform(program, "u_clip_per_px"), 2.0f / static_cast<float>(vp.width),
                2.0f / static_cast<float>(vp.height));
    if (use_atlas) {
      glUniform1f(uniform(program, "u_tile_px"), static_cast<float>(kAtlasTile));
      glUniform2f(uniform(program, "u_atlas_px"), static_cast<float>(kAtlasTile * kAtlasCols),
                  static_cast<float>(kAtlasTile * kAtlasRows));
      glUniform1i(uniform(program, "u_atlas"), 0);
      glActiveTexture(GL_TEXTURE0);
      glBindTexture(GL_TEXTURE_2D, atlas.texture.get());
    }
    glBindVertexArray(symbol_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, symbol_vbo.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(SymbolVertex)), vertices.data(),
                 GL_STREAM_DRAW);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(vertices.size()));
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return vertices.size() / 6;
  }

  void draw_density(const FrameSnapshot& s) {
    const auto& vp = s.viewport;
    int cell = std::max(2, static_cast<int>(std::lround(4 * (s.ui_scale > 0 ? s.ui_scale : 1.0f))));
    map::DensityRaster total;
    for (const auto& view : s.layers) {
      if (!view.shown || !view.layer) continue;
      auto r = map::density_raster(*view.layer, view.visible, vp, cell);
      if (total.counts.empty()) {
        total = std::move(r);
        continue;
      }
      if (r.width != total.width || r.height != total.height) continue;
      for (std::size_t i = 0; i < r.counts.size(); ++i) total.counts[i] += r.counts[i];
    }
    if (total.counts.empty() || total.width <= 0 || total.height <= 0) return;
    total.max_count = *std::max_element(total.counts.begin(), total.counts.end());
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, density_texture.get());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, total.width, total.height, 0, GL_RED, GL_FLOAT, total.counts.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glUseProgram(density.get());
    glUniform1i(uniform(density, "u_counts"), 0);
    glUniform1f(uniform(density, "u_max_count"), total.max_count);
    glUniform1f(uniform(density, "u_opacity"), std::clamp(s.toggles.events_opacity, 0.0f, 1.0f));
    glUniform2f(uniform(density, "u_uv_scale"),
                static_cast<float>(vp.width) / static_cast<float>(total.width * total.cell_px),
                static_cast<float>(vp.height) / static_cast<float>(total.height * total.cell_px));
    glBindVertexArray(empty_vao.get());
    glDrawArrays(GL_TRIANGLES, 0, 3);
  }
};

MapRenderer::MapRenderer() : impl_(std::make_unique<Impl>()) {}
MapRenderer::~MapRenderer() = default;

RenderStats MapRenderer::draw(const FrameSnapshot& snapshot) {
  auto start = std::chrono::steady_clock::now();
  RenderStats stats;
  const auto& vp = snapshot.viewport;
  if (vp.width <= 0 || vp.height <= 0 || !(vp.meters_per_pixel > 0))
    throw RenderError("map viewport of " + std::to_string(vp.width) + "x" + std::to_string(vp.height) +
                      " pixels cannot be drawn");
  impl_->sync_basemap(snapshot);

  // Clear only our viewport: the briefing and the viewer draw the map inside a larger target.
  GLint viewport[4] = {0, 0, 0, 0};
  glGetIntegerv(GL_VIEWPORT, viewport);
  glEnable(GL_SCISSOR_TEST);
  glScissor(viewport[0], viewport[1], viewport[2], viewport[3]);
  auto water = impl_->colors.water;
  glClearColor(water.r / 255.f, water.g / 255.f, water.b / 255.f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

  if (impl_->basemap && impl_->cache.enabled) impl_->draw_basemap_cached(snapshot, viewport);
  else if (impl_->basemap) impl_->draw_basemap(snapshot);
  if (snapshot.toggles.events) {
    std::size_t visible = 0;
    for (const auto& view : snapshot.layers)
      if (view.shown && view.layer) visible += view.visible.size();
    bool dense = snapshot.draw_mode == EventDrawMode::Density ||
                 (snapshot.draw_mode == EventDrawMode::Auto && visible > map::kDensityThreshold);
    if (dense) {
      impl_->draw_density(snapshot);
      stats.density = true;
    } else {
      stats.symbols = impl_->draw_symbols(snapshot);
    }
  }
  glBindVertexArray(0);
  glUseProgram(0);
  glDisable(GL_SCISSOR_TEST);
  stats.cpu_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

void MapRenderer::set_basemap_cache(bool enabled) {
  impl_->cache.enabled = enabled;
  impl_->cache.valid = false;
}

void MapRenderer::draw_overlay(ImDrawList* list, const FrameSnapshot& snapshot) {
  draw_overlay(list, snapshot, OverlayOptions{});
}

void MapRenderer::draw_overlay(ImDrawList* list, const FrameSnapshot& snapshot, const OverlayOptions& options) {
  impl_->overlay.draw(list, snapshot, options);
}

}  // namespace bordermap::render
