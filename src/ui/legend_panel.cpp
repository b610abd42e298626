#include <imgui.h>

#include <map>

#include "map/style.hpp"
#include "render/draw_helpers.hpp"
#include "ui/panels.hpp"

namespace bordermap::ui {

void draw_legend(const ViewerState& s) {
  // Counts per type name over every shown layer, so that the legend says what the map shows.
  std::map<std::string, std::size_t> counts;
  bool hollow = false;
  for (const auto& l : s.layers) {
    if (!l.shown) continue;
    for (auto i : l.visible) {
      const auto& p = l.layer->points[i];
      ++counts[l.layer->types[p.type]];
      hollow |= map::hollow_symbol(p.geo_precision);
    }
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float row = ImGui::GetTextLineHeightWithSpacing();
  for (const auto& [type, n] : counts) {
    auto st = map::style_for_type(type);
    ImVec2 c = ImGui::GetCursorScreenPos();
    render::draw_symbol_icon(dl, ImVec2(c.x + row / 2, c.y + row / 2), st.shape, st.color, row * 0.7f, false, 1.0f);
    ImGui::Dummy(ImVec2(row, row));
    ImGui::SameLine();
    ImGui::Text("%s  %zu", type.empty() ? "(untyped)" : type.c_str(), n);
  }
  if (hollow) {
    ImVec2 c = ImGui::GetCursorScreenPos();
    render::draw_symbol_icon(dl, ImVec2(c.x + row / 2, c.y + row / 2), map::Shape::Circle, {90, 90, 90, 255},
                             row * 0.7f, true, 1.0f);
    ImGui::Dummy(ImVec2(row, row));
    ImGui::SameLine();
    ImGui::TextDisabled("ring: located to a region only");
  }
  ImGui::TextDisabled("faded: lower source reliability");
}

}  // namespace bordermap::ui
