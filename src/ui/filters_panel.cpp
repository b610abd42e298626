#include <imgui.h>

#include <cstring>

#include "ui/panels.hpp"

namespace bordermap::ui {

namespace {

// Types and sides are indices into each layer's own lists; the filter is per name in the
// first layer (the others share the vocabulary in practice).
template <class Names, class Hidden>
bool toggle_list(const Names& names, Hidden& hidden, const char* empty_label) {
  bool changed = false;
  for (std::size_t i = 0; i < names.size(); ++i) {
    bool on = !hidden.count(static_cast<std::uint16_t>(i));
    std::string label = names[i].empty() ? empty_label : names[i];
    if (ImGui::Checkbox((label + "##" + std::to_string(i)).c_str(), &on)) {
      if (on) hidden.erase(static_cast<std::uint16_t>(i));
      else hidden.insert(static_cast<std::uint16_t>(i));
      changed = true;
    }
  }
  return changed;
}

}  // namespace

void draw_filters_panel(ViewerState& s) {
  if (s.layers.empty()) return;
  const auto& layer = *s.layers.front().layer;
  bool changed = false;
  if (ImGui::TreeNodeEx("Event type", ImGuiTreeNodeFlags_DefaultOpen)) {
    changed |= toggle_list(layer.types, s.filter.hidden_types, "(untyped)");
    ImGui::TreePop();
  }
  if (ImGui::TreeNodeEx("Side of the border", ImGuiTreeNodeFlags_DefaultOpen)) {
    changed |= toggle_list(layer.sides, s.filter.hidden_sides, "(unknown side)");
    ImGui::TreePop();
  }
  if (ImGui::TreeNode("Actor")) {
    for (std::size_t i = 0; i < layer.actors.size() && i < 32; ++i) {
      const auto& a = layer.actors[i];
      bool on = std::find(s.filter.actors.begin(), s.filter.actors.end(), a) != s.filter.actors.end();
      if (ImGui::Checkbox(a.c_str(), &on)) {
        if (on) s.filter.actors.push_back(a);
        else s.filter.actors.erase(std::find(s.filter.actors.begin(), s.filter.actors.end(), a));
        changed = true;
      }
    }
    ImGui::TextDisabled(s.filter.actors.empty() ? "none ticked: any actor" : "any ticked actor");
    ImGui::TreePop();
  }
  char claimant[128];
  std::snprintf(claimant, sizeof claimant, "%s", s.filter.claimant.c_str());
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputTextWithHint("##claimant", "claimant contains…", claimant, sizeof claimant)) {
    s.filter.claimant = claimant;
    changed = true;
  }
  static const char* grades[] = {"A", "B", "C", "D", "E", "F"};
  int grade = s.filter.max_reliability - 1;
  ImGui::SetNextItemWidth(120);
  if (ImGui::SliderInt("reliability", &grade, 0, 5, grades[std::clamp(grade, 0, 5)])) {
    s.filter.max_reliability = grade + 1;
    changed = true;
  }
  changed |= ImGui::Checkbox("ungraded", &s.filter.show_ungraded);
  ImGui::SameLine();
  changed |= ImGui::Checkbox("undated", &s.filter.show_undated);
  if (ImGui::Button("Clear filters")) {
    s.filter = map::AttributeFilter{};
    changed = true;
  }
  if (changed) s.filters_dirty = true;
}

}  // namespace bordermap::ui
