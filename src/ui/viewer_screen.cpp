#include "ui/viewer_screen.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "render/gl_objects.hpp"
#include "ui/viewer_model.hpp"

namespace bordermap::ui {

ScreenLayout screen_layout(float width, float height, float k) {
  ScreenLayout l;
  l.menu_h = ImGui::GetFrameHeight();
  l.status_h = ImGui::GetFrameHeight();
  // Panels shrink on small windows so that the map always keeps most of the screen.
  float left_w = std::min(290 * k, width * 0.25f), right_w = std::min(400 * k, width * 0.3f);
  float bottom_h = std::min(190 * k, height * 0.3f);
  float top = l.menu_h, body_h = height - top - bottom_h - l.status_h;
  l.left = {0, top, left_w, body_h};
  l.right = {width - right_w, top, right_w, body_h};
  l.bottom = {0, top + body_h, width, bottom_h};
  l.map = {left_w, top, std::max(1.0f, width - left_w - right_w), std::max(1.0f, body_h)};
  return l;
}

float draw_menu_bar(ViewerState& s, ExportUi& exporter, BriefingUi& briefing) {
  float h = 0;
  if (ImGui::BeginMainMenuBar()) {
    if (ImGui::BeginMenu("File")) {
      if (ImGui::MenuItem("Export filtered events…")) exporter.open = true;
      if (ImGui::MenuItem("Screenshot / briefing image…")) briefing.open = true;
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
      if (ImGui::MenuItem("Undo edit", "Ctrl+Z", false, !s.undo.empty())) undo_last_edit(s);
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
      if (ImGui::MenuItem("Fit border", "B")) fit_border(s);
      if (ImGui::MenuItem("Fit layers", "F")) fit_layers(s);
      for (auto k : map::all_projections())
        if (ImGui::MenuItem(std::string(map::projection_label(k)).c_str(), nullptr, s.projection->kind() == k))
          set_projection(s, k);
      ImGui::EndMenu();
    }
    h = ImGui::GetWindowSize().y;
    ImGui::EndMainMenuBar();
  }
  return h;
}

void draw_status_bar(const ViewerState& s, const ScreenLayout& l) {
  const auto& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, io.DisplaySize.y - l.status_h));
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, l.status_h));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 2));
  ImGui::Begin("##status", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  map::ScreenPt local{io.MousePos.x - l.map.x, io.MousePos.y - l.map.y};
  if (local.x >= 0 && local.y >= 0 && local.x < l.map.w && local.y < l.map.h) {
    auto ll = s.projection->inverse(s.viewport.to_world(local));
    ImGui::Text("%.4f°N %.4f°E", ll.lat, ll.lon);
    ImGui::SameLine();
  }
  ImGui::TextDisabled("| %s | 1 px = %.0f m |", std::string(map::projection_label(s.projection->kind())).c_str(),
                      s.viewport.meters_per_pixel);
  if (!s.status.empty()) {
    ImGui::SameLine();
    if (s.status_is_error) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", s.status.c_str());
    else ImGui::TextUnformatted(s.status.c_str());
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

void handle_shortcuts(ViewerState& s) {
  const auto& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Z)) undo_last_edit(s);
  if (!io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_F)) fit_layers(s);
  if (!io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_B)) fit_border(s);
  if (ImGui::IsKeyPressed(GLFW_KEY_SPACE)) s.playback.playing = !s.playback.playing;
  if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) {
    s.selected.reset();
    s.measuring = s.picking_place = false;
  }
}

map::Image read_framebuffer(int width, int height) {
  map::Image image;
  image.width = width;
  image.height = height;
  image.rgba.resize(static_cast<std::size_t>(width) * height * 4);
  std::vector<std::uint8_t> rows(image.rgba.size());
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rows.data());
  // GL's rows start at the bottom.
  std::size_t stride = static_cast<std::size_t>(width) * 4;
  for (int y = 0; y < height; ++y)
    std::copy_n(rows.data() + static_cast<std::size_t>(height - 1 - y) * stride, stride, image.rgba.data() + y * stride);
  for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;
  return image;
}

map::ImageMetadata view_metadata(const ViewerState& s, const ScreenLayout& l) {
  char rect[128], view[160];
  std::snprintf(rect, sizeof rect, "%.0f %.0f %d %d", l.map.x, l.map.y, s.viewport.width, s.viewport.height);
  std::snprintf(view, sizeof view, "%.3f %.3f %.6f", s.viewport.center.x, s.viewport.center.y,
                s.viewport.meters_per_pixel);
  // GDAL splits metadata items at ':' as well as '=', so the keys avoid it.
  return {{"MapRect", rect},
          {"Viewport", view},
          {"ProjectionKey", std::string(map::projection_key(s.projection->kind()))},
          {"TimeRange", map::describe_range(s.playback.range, s.playback.mode)},
          {"Software", "bordermap view"}};
}

}  // namespace bordermap::ui
