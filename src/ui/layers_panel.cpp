#include <imgui.h>

#include "ui/panels.hpp"
#include "ui/viewer_model.hpp"

namespace bordermap::ui {

void draw_layers_panel(ViewerState& s) {
  ImGui::TextDisabled("Event layers (top drawn last)");
  for (std::size_t k = 0; k < s.layers.size(); ++k) {
    auto& l = s.layers[k];
    ImGui::PushID(static_cast<int>(k));
    ImGui::Checkbox("##shown", &l.shown);
    ImGui::SameLine();
    ImGui::Text("%s  (%zu / %zu)", l.layer->name.c_str(), l.visible.size(), l.layer->points.size());
    ImGui::SetNextItemWidth(-60);
    ImGui::SliderFloat("##opacity", &l.opacity, 0.0f, 1.0f, "opacity %.2f");
    ImGui::SameLine();
    if (ImGui::ArrowButton("##down", ImGuiDir_Down) && k > 0) std::swap(s.layers[k], s.layers[k - 1]);
    ImGui::SameLine();
    if (ImGui::ArrowButton("##up", ImGuiDir_Up) && k + 1 < s.layers.size()) std::swap(s.layers[k], s.layers[k + 1]);
    ImGui::PopID();
  }
  ImGui::Separator();
  ImGui::TextDisabled("Basemap");
  auto& t = s.toggles;
  ImGui::Checkbox("Relief", &t.relief);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  ImGui::SliderFloat("##relief", &t.relief_opacity, 0.0f, 1.0f, "%.2f");
  ImGui::Checkbox("Countries", &t.countries);
  ImGui::SameLine(140);
  ImGui::Checkbox("Rivers", &t.rivers);
  ImGui::Checkbox("Border", &t.border);
  ImGui::SameLine(140);
  ImGui::Checkbox("km ticks", &t.border_ticks);
  ImGui::Checkbox("Places", &t.places);
  ImGui::SameLine(140);
  ImGui::Checkbox("Graticule", &t.graticule);
  ImGui::Checkbox("Events", &t.events);
  ImGui::SameLine(140);
  int mode = static_cast<int>(s.draw_mode);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::Combo("##mode", &mode, "auto\0symbols\0density\0")) s.draw_mode = static_cast<render::EventDrawMode>(mode);

  ImGui::Separator();
  ImGui::TextDisabled("Projection");
  auto current = s.projection->kind();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##projection", std::string(map::projection_label(current)).c_str())) {
    for (auto k : map::all_projections()) {
      bool chosen = k == current;
      if (ImGui::Selectable(std::string(map::projection_label(k)).c_str(), chosen)) set_projection(s, k);
    }
    ImGui::EndCombo();
  }
  if (ImGui::Button("Fit border")) fit_border(s);
  ImGui::SameLine();
  if (ImGui::Button("Fit layers")) fit_layers(s);
}

}  // namespace bordermap::ui
