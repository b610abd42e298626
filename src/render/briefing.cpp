#include "render/briefing.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "map/projection.hpp"
#include "render/briefing_furniture.hpp"
#include "render/briefing_layout.hpp"
#include "render/fonts.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen.hpp"
#include "render/render_error.hpp"

namespace bordermap::render {
namespace {

// Puts the caller's ImGui context back however render() leaves.
class ImGuiContextSwitch {
 public:
  explicit ImGuiContextSwitch(ImGuiContext* ours) : previous_(ImGui::GetCurrentContext()) {
    ImGui::SetCurrentContext(ours);
  }
  ~ImGuiContextSwitch() { ImGui::SetCurrentContext(previous_); }
  ImGuiContextSwitch(const ImGuiContextSwitch&) = delete;
  ImGuiContextSwitch& operator=(const ImGuiContextSwitch&) = delete;

 private:
  ImGuiContext* previous_;
};

// Puts the caller's framebuffer and viewport back (the viewer renders into its window).
class GlTargetRestore {
 public:
  GlTargetRestore() {
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &framebuffer_);
    glGetIntegerv(GL_VIEWPORT, viewport_);
  }
  ~GlTargetRestore() {
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(framebuffer_));
    glViewport(viewport_[0], viewport_[1], viewport_[2], viewport_[3]);
  }
  GlTargetRestore(const GlTargetRestore&) = delete;
  GlTargetRestore& operator=(const GlTargetRestore&) = delete;

 private:
  GLint framebuffer_ = 0, viewport_[4] = {0, 0, 0, 0};
};

struct PixelRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  int w() const { return x1 - x0; }
  int h() const { return y1 - y0; }
};

PixelRect pixels(const map::ScreenRect& r) {
  return {static_cast<int>(std::lround(r.x0)), static_cast<int>(std::lround(r.y0)), static_cast<int>(std::lround(r.x1)),
          static_cast<int>(std::lround(r.y1))};
}

map::Viewport viewport_for(const map::Extent& extent, const PixelRect& r, const map::Viewport& fallback) {
  map::Viewport vp = fallback;
  vp.width = std::max(1, r.w());
  vp.height = std::max(1, r.h());
  if (!extent.empty() && extent.width() > 0 && extent.height() > 0) vp.fit(extent, 0);
  return vp;
}

}  // namespace

std::string default_attribution() {
  // The GeoNames sentence is the one CC BY 4.0 asks for (geodata/SOURCES.md).
  return "Contains data from GeoNames (www.geonames.org), licensed under CC BY 4.0. Boundaries: Natural Earth; "
         "Digital Chart of the World and WDBII via GMT (LGPL-3+). Relief: ETOPO5 (NOAA).";
}

struct BriefingRenderer::Impl {
  MapRenderer renderer;
  ImGuiContext* context = nullptr;
  float font_scale = -1;
  BriefingFonts fonts;
  map::Viewport last_viewport;

  ~Impl() { drop_context(); }

  void drop_context() {
    if (!context) return;
    ImGuiContextSwitch use(context);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(context);
    context = nullptr;
  }

  // One ImGui context per text scale: the atlas is rasterised at the sizes printed.
  void ensure_context(float scale) {
    if (context && std::abs(scale - font_scale) < 1e-3f) return;
    drop_context();
    ImGuiContext* previous = ImGui::GetCurrentContext();
    context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    fonts.base_px = std::max(6.0f, std::round(13 * scale));
    fonts.title_px = std::max(9.0f, std::round(26 * scale));
    auto small = load_map_fonts(fonts.base_px);          // first: the overlay's default face
    auto large = load_map_fonts(fonts.title_px, false);
    fonts.regular = small.regular;
    fonts.bold = small.bold;
    fonts.title = large.bold;
    bool ok = ImGui_ImplOpenGL3_Init("#version 330");
    ImGui::SetCurrentContext(previous);
    if (!ok) {
      ImGui::DestroyContext(context);
      context = nullptr;
      throw RenderError("ImGui's OpenGL 3 backend did not start on this context");
    }
    font_scale = scale;
  }

  void draw_map_part(const FrameSnapshot& snapshot, const PixelRect& rect, const Tile& tile) {
    PixelRect in{std::max(rect.x0, tile.x), std::max(rect.y0, tile.y), std::min(rect.x1, tile.x + tile.width),
                 std::min(rect.y1, tile.y + tile.height)};
    if (in.w() <= 0 || in.h() <= 0) return;
    FrameSnapshot part = snapshot;
    part.viewport.width = in.w();
    part.viewport.height = in.h();
    part.viewport.center = snapshot.viewport.to_world(
        {in.x0 - rect.x0 + in.w() / 2.0, in.y0 - rect.y0 + in.h() / 2.0});
    glViewport(in.x0 - tile.x, tile.height - (in.y0 - tile.y) - in.h(), in.w(), in.h());
    renderer.draw(part);
  }

  map::Image render(const BriefingSpec& spec, const FrameSnapshot& frame) {
    BriefingLayout layout = layout_briefing(spec);
    GlTargetRestore restore_target;
    ensure_context(layout.scale);
    ImGuiContextSwitch use(context);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(spec.width), static_cast<float>(spec.height));
    io.DeltaTime = 1.0f / 60.0f;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImDrawList* list = ImGui::GetBackgroundDrawList();

    // The map: what the caller's viewport shows, fitted into the map frame.
    PixelRect map_px = pixels(layout.map);
    FrameSnapshot main = frame;
    main.viewport = viewport_for(frame.viewport.visible_extent(), map_px, frame.viewport);
    main.ui_scale = layout.scale * std::max(0.1f, frame.ui_scale);
    last_viewport = main.viewport;
    OverlayOptions overlay;
    overlay.origin_x = static_cast<float>(map_px.x0);
    overlay.origin_y = static_cast<float>(map_px.y0);
    overlay.scale_bar = spec.scale_bar;
    overlay.north_arrow = spec.north_arrow;
    overlay.graticule_labels = spec.graticule_labels;
    renderer.draw_overlay(list, main, overlay);

    ShownEvents shown = count_shown(main);
    std::optional<FrameSnapshot> inset;
    PixelRect inset_px = pixels(layout.inset);
    if (!spec.map_only) {
      draw_banners(list, layout, spec, fonts);
      draw_title_block(list, layout, spec, fonts);
      draw_map_frame(list, layout);
      float y = static_cast<float>(layout.legend.y0);
      if (spec.legend) y = draw_legend(list, layout, shown, frame.toggles.border && frame.basemap, fonts);
      if (spec.sources) draw_sources(list, layout, y, shown, fonts);
      std::string note = spec.projection_note;
      if (note.empty() && frame.basemap) note = std::string(map::projection_label(frame.basemap->projection));
      draw_footer(list, layout, spec.attribution.empty() ? default_attribution() : spec.attribution, note, fonts);
      if (shown.total == 0) draw_no_events(list, layout, spec, fonts);
      if (spec.inset && inset_px.w() > 8 && inset_px.h() > 8 && frame.basemap) inset = inset_snapshot(frame, main, inset_px, list, layout);
    } else if (shown.total == 0) {
      draw_no_events(list, layout, spec, fonts);
    }
    ImGui::Render();
    ImDrawData* draw_data = ImGui::GetDrawData();

    int tile_size = max_tile_size(std::max(16, spec.max_tile));
    return render_tiled(spec.width, spec.height, tile_size, [&](const Tile& tile) {
      glDisable(GL_SCISSOR_TEST);
      glClearColor(1.0f, 1.0f, 1.0f, 1.0f);  // paper
      glClear(GL_COLOR_BUFFER_BIT);
      draw_map_part(main, map_px, tile);
      if (inset) draw_map_part(*inset, inset_px, tile);
      draw_data->DisplayPos = ImVec2(static_cast<float>(tile.x), static_cast<float>(tile.y));
      draw_data->DisplaySize = ImVec2(static_cast<float>(tile.width), static_cast<float>(tile.height));
      draw_data->FramebufferScale = ImVec2(1, 1);
      ImGui_ImplOpenGL3_RenderDrawData(draw_data);
    });
  }

  // The locator: the whole basemap region, countries and the border only, with the main
  // map's extent outlined.
  FrameSnapshot inset_snapshot(const FrameSnapshot& frame, const FrameSnapshot& main, const PixelRect& r,
                               ImDrawList* list, const BriefingLayout& layout) {
    FrameSnapshot inset;
    inset.basemap = frame.basemap;
    inset.basemap_source = frame.basemap_source;
    inset.toggles = LayerToggles{};
    inset.toggles.rivers = inset.toggles.graticule = inset.toggles.border_ticks = inset.toggles.places = false;
    inset.toggles.events = false;
    inset.toggles.relief = frame.toggles.relief;
    inset.ui_scale = std::max(0.5f, layout.scale * 0.6f);
    map::Extent region = frame.basemap->region_extent;
    region.include(main.viewport.visible_extent());
    inset.viewport = viewport_for(region, r, main.viewport);
    float s = layout.scale;
    list->AddText(fonts.bold, fonts.base_px * 0.95f, {static_cast<float>(r.x0), static_cast<float>(r.y0) - fonts.base_px * 1.35f},
                  IM_COL32(28, 30, 36, 255), "Locator");
    auto shown = main.viewport.visible_extent();
    auto a = inset.viewport.to_screen({shown.min_x, shown.max_y}), b = inset.viewport.to_screen({shown.max_x, shown.min_y});
    ImVec2 pa{static_cast<float>(r.x0 + a.x), static_cast<float>(r.y0 + a.y)};
    ImVec2 pb{static_cast<float>(r.x0 + b.x), static_cast<float>(r.y0 + b.y)};
    list->PushClipRect({static_cast<float>(r.x0), static_cast<float>(r.y0)}, {static_cast<float>(r.x1), static_cast<float>(r.y1)}, true);
    list->AddRect(pa, pb, IM_COL32(255, 255, 255, 200), 0, 0, 4.0f * s);
    list->AddRect(pa, pb, IM_COL32(20, 20, 30, 255), 0, 0, 2.0f * s);
    list->PopClipRect();
    list->AddRect({static_cast<float>(r.x0) - 0.5f, static_cast<float>(r.y0) - 0.5f},
                  {static_cast<float>(r.x1) + 0.5f, static_cast<float>(r.y1) + 0.5f}, IM_COL32(60, 62, 70, 255), 0, 0,
                  std::max(1.0f, s));
    return inset;
  }
};

BriefingRenderer::BriefingRenderer() : impl_(std::make_unique<Impl>()) {}
BriefingRenderer::~BriefingRenderer() = default;

map::Image BriefingRenderer::render(const BriefingSpec& spec, const FrameSnapshot& frame) {
  return impl_->render(spec, frame);
}

const map::Viewport& BriefingRenderer::last_map_viewport() const { return impl_->last_viewport; }

map::Image render_briefing(const BriefingSpec& spec, const FrameSnapshot& frame) {
  layout_briefing(spec);  // bad sizes fail before any GL work
  BriefingRenderer renderer;
  return renderer.render(spec, frame);
}

}  // namespace bordermap::render
