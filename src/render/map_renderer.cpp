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

struct SymbolInstance {
  float x, y;
  std::uint8_t r, g, b, a;
  float size, shape, hollow, outline;
};

void set_color(GLint location, map::Rgba c, float alpha_scale = 1.0f) {
  glUniform4f(location, c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f * alpha_scale);
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
  map::BasemapColors colors;

  // The uploaded basemap and what it was made from; held so the pointer stays unique.
  std::shared_ptr<const map::ProjectedBasemap> basemap_key;
  std::shared_ptr<const map::BasemapSource> source_key;
  std::optional<BasemapBuffers> basemap;

  GlVertexArray symbol_vao = make_vertex_array();
  GlBuffer corner_vbo = make_buffer(), instance_vbo = make_buffer();
  GlVertexArray empty_vao = make_vertex_array();
  GlTexture density_texture = make_texture();
  std::vector<SymbolInstance> instances;
  MapOverlay overlay;

  Impl() {
    const float corners[] = {-1, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1};
    glBindVertexArray(symbol_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, corner_vbo.get());
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
    glBindBuffer(GL_ARRAY_BUFFER, instance_vbo.get());
    auto stride = static_cast<GLsizei>(sizeof(SymbolInstance));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(SymbolInstance, x)));
    glVertexAttribDivisor(1, 1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(SymbolInstance, r)));
    glVertexAttribDivisor(2, 1);
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(SymbolInstance, size)));
    glVertexAttribDivisor(3, 1);
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
    instances.clear();
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
        instances.push_back({static_cast<float>(p.at.x - origin.x), static_cast<float>(p.at.y - origin.y),
                             st.color.r, st.color.g, st.color.b,
                             static_cast<std::uint8_t>(std::lround(std::clamp(alpha, 0.0f, 1.0f) * 255)),
                             map::symbol_size_px(p.geo_precision) * k, static_cast<float>(st.shape),
                             map::hollow_symbol(p.geo_precision) ? 1.0f : 0.0f, 1.1f * k});
      }
    }
    if (instances.empty()) return 0;
    glUseProgram(symbol.get());
    auto clip = vp.clip_from_world(origin);
    glUniformMatrix4fv(uniform(symbol, "u_clip_from_world"), 1, GL_FALSE, clip.data());
    glUniform2f(uniform(symbol, "u_clip_per_px"), 2.0f / static_cast<float>(vp.width),
                2.0f / static_cast<float>(vp.height));
    glBindVertexArray(symbol_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, instance_vbo.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(instances.size() * sizeof(SymbolInstance)),
                 instances.data(), GL_STREAM_DRAW);
    glDrawArraysInstanced(GL_TRIANGLES, 0, 6, static_cast<GLsizei>(instances.size()));
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return instances.size();
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

  if (impl_->basemap) impl_->draw_basemap(snapshot);
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

void MapRenderer::draw_overlay(ImDrawList* list, const FrameSnapshot& snapshot) {
  draw_overlay(list, snapshot, OverlayOptions{});
}

void MapRenderer::draw_overlay(ImDrawList* list, const FrameSnapshot& snapshot, const OverlayOptions& options) {
  impl_->overlay.draw(list, snapshot, options);
}

}  // namespace bordermap::render
