#include "ui/map_input.hpp"

#include <imgui.h>

#include <cmath>

#include "map/hit_test.hpp"
#include "map/measure.hpp"
#include "ui/event_text.hpp"

namespace bordermap::ui {

namespace {

constexpr double kPickRadiusPx = 8;
constexpr float kClickSlopPx = 4;

std::optional<std::pair<std::size_t, std::uint32_t>> pick(const ViewerState& s, map::ScreenPt at) {
  // Top layer first: it is drawn last, so it is what the user sees under the cursor.
  for (std::size_t k = s.layers.size(); k-- > 0;) {
    const auto& l = s.layers[k];
    if (!l.shown) continue;
    if (auto hit = map::pick_event(*l.layer, l.visible, s.viewport, at, kPickRadiusPx * s.ui_scale))
      return std::make_pair(k, *hit);
  }
  return std::nullopt;
}

}  // namespace

void handle_map_input(ViewerState& s, MapInput& in, const MapRect& rect) {
  ImGuiIO& io = ImGui::GetIO();
  map::ScreenPt local{io.MousePos.x - rect.x, io.MousePos.y - rect.y};
  bool inside = local.x >= 0 && local.y >= 0 && local.x < rect.w && local.y < rect.h;
  bool free = !io.WantCaptureMouse;

  if (in.dragging) {
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      s.viewport.pan_pixels(io.MouseDelta.x, io.MouseDelta.y);
      in.drag_distance += std::fabs(io.MouseDelta.x) + std::fabs(io.MouseDelta.y);
    } else {
      in.dragging = false;
      if (in.drag_distance < kClickSlopPx && inside) {
        auto world = s.viewport.to_world(local);
        auto lonlat = s.projection->inverse(world);
        if (s.measuring) {
          if (s.measure_points.size() >= 2) s.measure_points.clear();
          s.measure_points.push_back(lonlat);
        } else if (s.picking_place) {
          s.picked_place = lonlat;
          s.picking_place = false;
        } else {
          s.selected = pick(s, local);
          s.brushed.clear();
        }
      }
    }
  }
  if (!inside || !free) {
    if (!in.dragging) s.hovered.reset();
    return;
  }
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    in.dragging = true;
    in.drag_distance = 0;
  }
  if (io.MouseWheel != 0) s.viewport.zoom_about(local, std::pow(1.25, io.MouseWheel));
  s.viewport.clamp_scale();
  s.hovered = in.dragging ? std::nullopt : pick(s, local);
}

void draw_hover_tooltip(const ViewerState& s) {
  if (!s.hovered) return;
  const auto& l = *s.layers[s.hovered->first].layer;
  auto i = s.hovered->second;
  if (i >= l.events.size()) return;
  const auto& e = l.events[i];
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(event_title(e).c_str());
  ImGui::TextDisabled("%s", event_when(e).c_str());
  if (!e.claimant.empty()) ImGui::Text("claimed by %s", e.claimant.c_str());
  if (!e.source.publication.empty()) ImGui::Text("source: %s", e.source.publication.c_str());
  ImGui::TextDisabled("%s", grades_text(e).c_str());
  ImGui::EndTooltip();
}

}  // namespace bordermap::ui
