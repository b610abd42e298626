// The viewer's frame loop: input → filters → snapshot → GL map → overlay → panels →
// present. With --frames it runs a fixed number of frames and can write the last one.
#include "ui/viewer_app.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "map/image_file.hpp"
#include "render/briefing.hpp"
#include "render/map_renderer.hpp"
#include "ui/gl_window.hpp"
#include "ui/map_input.hpp"
#include "ui/panels.hpp"
#include "ui/viewer_model.hpp"
#include "ui/viewer_screen.hpp"

namespace bordermap::ui {

namespace {

constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

struct PanelsUi {
  SearchUi search;
  TableUi table;
  InspectorUi inspector;
  ExportUi exporter;
  BriefingUi briefing;
  int right_tab = 0;
};

// Runs one panel body, turning an exception into the status line instead of a crash.
template <class F>
void guarded(ViewerState& s, F&& body) {
  try {
    body();
  } catch (const std::exception& e) {
    s.status = e.what();
    s.status_is_error = true;
  }
}

void place_window(const char* name, float x, float y, float w, float h) {
  ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Always);
  ImGui::Begin(name, nullptr, kPanelFlags);
}

void draw_panels(ViewerState& s, PanelsUi& ui, const ScreenLayout& lay, float seconds, GlWindow& window) {
  float menu_h = draw_menu_bar(s, ui.exporter, ui.briefing);
  (void)menu_h;

  place_window("Map", lay.left.x, lay.left.y, lay.left.w, lay.left.h);
  guarded(s, [&] {
    if (ImGui::CollapsingHeader("Layers", ImGuiTreeNodeFlags_DefaultOpen)) draw_layers_panel(s);
    if (ImGui::CollapsingHeader("Legend", ImGuiTreeNodeFlags_DefaultOpen)) draw_legend(s);
    if (ImGui::CollapsingHeader("Filters")) draw_filters_panel(s);
    if (ImGui::CollapsingHeader("Find a place", ImGuiTreeNodeFlags_DefaultOpen)) draw_search_panel(s, ui.search);
    if (ImGui::CollapsingHeader("Measure")) draw_measure_panel(s);
  });
  ImGui::End();

  place_window("Events", lay.right.x, lay.right.y, lay.right.w, lay.right.h);
  guarded(s, [&] {
    if (ImGui::BeginTabBar("right")) {
      if (ImGui::BeginTabItem("Table")) {
        draw_event_table(s, ui.table);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem("Inspector", nullptr, s.selected && ui.right_tab != 1 ? ImGuiTabItemFlags_SetSelected : 0)) {
        draw_inspector(s, ui.inspector);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem("Space-time")) {
        draw_spacetime_panel(s);
        ImGui::EndTabItem();
      }
      if (ImGui::BeginTabItem("Ingest")) {
        draw_ingest_panel(s);
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
    }
  });
  // The inspector comes forward once per new selection, then the analyst may switch away.
  ui.right_tab = s.selected ? 1 : 0;
  ImGui::End();

  place_window("Timeline", lay.bottom.x, lay.bottom.y, lay.bottom.w, lay.bottom.h);
  guarded(s, [&] { draw_timeline_panel(s, seconds); });
  ImGui::End();

  draw_status_bar(s, lay);
  guarded(s, [&] { draw_export_dialog(s, ui.exporter); });
  guarded(s, [&] { draw_briefing_dialog(s, ui.briefing); });
  (void)window;
}

// The first frames upload the basemap and the font atlas: reported apart from the rest.
void print_frame_stats(std::vector<double> ms, const ViewerState& s) {
  constexpr std::size_t kWarmup = 3;
  std::size_t visible = 0, events = 0;
  for (const auto& l : s.layers) {
    visible += l.visible.size();
    if (l.layer) events += l.layer->points.size();
  }
  if (ms.size() <= kWarmup) {
    std::fprintf(stderr, "frame stats: too few frames (%zu) to report\n", ms.size());
    return;
  }
  double first = ms.front();
  ms.erase(ms.begin(), ms.begin() + kWarmup);
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * ms.size()))]; };
  std::printf("frames %zu (after %zu warm-up, first %.1f ms)  events %zu, on the map at the end %zu  "
              "median %.1f ms  p95 %.1f ms  max %.1f ms\n",
              ms.size(), kWarmup, first, events, visible, at(0.5), at(0.95), ms.back());
}

}  // namespace

int run_viewer(const ViewerOptions& options) {
  auto state = open_viewer_state(options);
  GlWindow window(options.width, options.height, "bordermap — " + state.pair + " border", options.ui_scale, true);
  state.ui_scale = window.ui_scale();
  render::MapRenderer renderer;
  renderer.set_basemap_cache(true);
  MapInput input;
  PanelsUi ui;
  bool first_frame = true;
  double last_time = glfwGetTime();
  int frames = 0;
  std::vector<double> frame_ms;
  if (options.window_days) {
    state.playback.mode = map::TimeMode::Window;
    state.playback.range.to = state.playback.range.from + std::max(1, *options.window_days) - 1;
    state.filters_dirty = true;
  }
  if (options.play) state.playback.playing = true;

  while (!window.should_close()) {
    auto frame_start = std::chrono::steady_clock::now();
    double now = glfwGetTime();
    // A fixed step in frame mode keeps scripted runs independent of the machine's speed.
    float seconds = options.frames ? 1.0f / 30 : static_cast<float>(now - last_time);
    last_time = now;
    window.begin_frame();
    int fb_w = 0, fb_h = 0;
    window.framebuffer_size(fb_w, fb_h);
    auto lay = screen_layout(ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y, state.ui_scale);

    // The map keeps its centre when the window (or the panels) change size.
    state.viewport.width = std::max(1, static_cast<int>(lay.map.w));
    state.viewport.height = std::max(1, static_cast<int>(lay.map.h));
    if (first_frame) {
      fit_border(state);
      first_frame = false;
    }
    guarded(state, [&] {
      handle_map_input(state, input, lay.map);
      handle_shortcuts(state);
    });
    draw_panels(state, ui, lay, seconds, window);
    if (state.filters_dirty) refresh_visible(state);

    auto snapshot = make_snapshot(state);
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.93f, 0.93f, 0.93f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glViewport(static_cast<GLint>(lay.map.x), fb_h - static_cast<GLint>(lay.map.y + lay.map.h),
               snapshot.viewport.width, snapshot.viewport.height);
    guarded(state, [&] {
      renderer.draw(snapshot);
      ImDrawList* bg = ImGui::GetBackgroundDrawList();
      bg->PushClipRect(ImVec2(lay.map.x, lay.map.y), ImVec2(lay.map.x + lay.map.w, lay.map.y + lay.map.h));
      render::OverlayOptions overlay;
      overlay.origin_x = lay.map.x;
      overlay.origin_y = lay.map.y;
      renderer.draw_overlay(bg, snapshot, overlay);
      bg->PopClipRect();
    });
    if (!ImGui::GetIO().WantCaptureMouse) draw_hover_tooltip(state);
    guarded(state, [&] { take_pending_briefing(state, ui.briefing, snapshot); });
    glViewport(0, 0, fb_w, fb_h);
    window.end_frame();
    if (options.frame_stats) {
      glFinish();  // the frame counts once the GPU (llvmpipe's threads) has drawn it
      frame_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frame_start).count());
    }

    ++frames;
    if (options.frames && frames >= *options.frames) {
      if (!options.screenshot.empty()) {
        auto image = read_framebuffer(fb_w, fb_h);
        map::write_png(options.screenshot, image, view_metadata(state, lay));
        std::printf("wrote %s (%dx%d)\n", options.screenshot.string().c_str(), image.width, image.height);
      }
      break;
    }
    glfwSwapBuffers(window.handle());
  }
  if (options.frame_stats) print_frame_stats(frame_ms, state);
  return 0;
}

}  // namespace bordermap::ui
