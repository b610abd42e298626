#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "map/hit_test.hpp"
#include "map/style.hpp"
#include "ui/panels.hpp"

namespace bordermap::ui {

namespace {
struct Brush {
  bool active = false;
  ImVec2 a, b;
};
Brush g_brush;
}  // namespace

// x = km along the border from its western end, y = time (earliest at the top), one dot
// per visible event of the first layer; a drag brushes events onto the map and table.
void draw_spacetime_panel(ViewerState& s) {
  if (s.layers.empty() || !s.basemap) return;
  const auto& vl = s.layers.front();
  const auto& layer = *vl.layer;
  double km_max = std::max(1.0, s.basemap_source ? s.basemap_source->border_length_km : 1.0);
  map::Day d0 = s.playback.first, d1 = std::max(s.playback.last, s.playback.first + 1);
  if (d0 == map::kNoDay) {
    ImGui::TextDisabled("no dated events");
    return;
  }
  ImVec2 size = ImGui::GetContentRegionAvail();
  size.y = std::max(120.0f, size.y - ImGui::GetTextLineHeightWithSpacing());
  ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("spacetime", size);
  ImVec2 p1(p0.x + size.x, p0.y + size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p0, p1, IM_COL32(252, 252, 252, 255));
  dl->AddRect(p0, p1, IM_COL32(180, 180, 180, 255));
  auto x_of = [&](double km) { return static_cast<float>(p0.x + km / km_max * size.x); };
  auto y_of = [&](double d) { return static_cast<float>(p0.y + (d - d0) / (d1 - d0) * size.y); };
  for (double km = 0; km <= km_max; km += 100) {
    dl->AddLine(ImVec2(x_of(km), p0.y), ImVec2(x_of(km), p1.y), IM_COL32(230, 230, 230, 255));
    if (static_cast<int>(km) % 500 == 0)
      dl->AddText(ImVec2(x_of(km) + 2, p1.y - 14), IM_COL32(120, 120, 120, 255), (std::to_string(int(km)) + " km").c_str());
  }
  std::vector<bool> brushed(layer.points.size(), false);
  for (auto i : s.brushed)
    if (i < brushed.size()) brushed[i] = true;
  for (auto i : vl.visible) {
    const auto& p = layer.points[i];
    if (std::isnan(p.border_km) || p.first == map::kNoDay) continue;
    auto c = map::style_for_type(layer.types[p.type]).color;
    ImVec2 at(x_of(p.border_km), y_of(0.5 * (p.first + p.last)));
    dl->AddCircleFilled(at, brushed[i] ? 4.0f : 2.5f, IM_COL32(c.r, c.g, c.b, 230));
    if (brushed[i]) dl->AddCircle(at, 5.0f, IM_COL32(20, 20, 20, 255));
  }
  ImVec2 m = ImGui::GetIO().MousePos;
  if (ImGui::IsItemActivated()) g_brush = {true, m, m};
  if (g_brush.active && ImGui::IsItemActive()) g_brush.b = m;
  if (g_brush.active) {
    dl->AddRect(g_brush.a, g_brush.b, IM_COL32(40, 90, 160, 255));
    if (!ImGui::IsItemActive()) {
      g_brush.active = false;
      float xa = std::min(g_brush.a.x, g_brush.b.x), xb = std::max(g_brush.a.x, g_brush.b.x);
      float ya = std::min(g_brush.a.y, g_brush.b.y), yb = std::max(g_brush.a.y, g_brush.b.y);
      double k0 = (xa - p0.x) / size.x * km_max, k1 = (xb - p0.x) / size.x * km_max;
      auto day = [&](float y) { return static_cast<map::Day>(std::floor(d0 + (y - p0.y) / size.y * (d1 - d0))); };
      s.brushed = map::events_in_space_time(layer, vl.visible, k0, k1, day(ya), day(yb));
    }
  }
  ImGui::TextDisabled("x: km along the border (west → east), y: time (down). Drag to brush; %zu brushed.",
                      s.brushed.size());
  ImGui::SameLine();
  if (!s.brushed.empty() && ImGui::SmallButton("clear")) s.brushed.clear();
}

}  // namespace bordermap::ui
