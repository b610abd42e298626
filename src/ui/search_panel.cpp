#include <imgui.h>

#include <algorithm>
#include <cctype>

#include "map/measure.hpp"
#include "ui/panels.hpp"

namespace bordermap::ui {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

void draw_search_panel(ViewerState& s, SearchUi& ui) {
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##place", "Find a place (any script)…", ui.query, sizeof ui.query);
  std::string q = lower(ui.query);
  if (q.size() < 2 || !s.basemap_source) return;
  // The basemap's places are ordered by prominence, so the first matches are the ones
  // an analyst most likely means (Fayzabad, AF before the Tajik village).
  int shown = 0;
  const auto& places = s.basemap_source->places;
  for (std::size_t i = 0; i < places.size() && shown < 12; ++i) {
    const auto& p = places[i];
    if (lower(p.name).find(q) == std::string::npos && lower(p.alt_name).find(q) == std::string::npos) continue;
    std::string label = p.name + " (" + p.country + (p.admin1.empty() ? "" : ", " + p.admin1) + ")##" + p.id;
    if (ImGui::Selectable(label.c_str())) {
      s.viewport.center = i < s.basemap->place_at.size() ? s.basemap->place_at[i] : s.projection->forward(p.at);
      s.viewport.meters_per_pixel = std::min(s.viewport.meters_per_pixel, 150.0);
      s.viewport.clamp_scale();
    }
    ++shown;
  }
  if (shown == 0) ImGui::TextDisabled("no place of that name in the map region");
}

void draw_measure_panel(ViewerState& s) {
  if (ImGui::Checkbox("Measure (click two points)", &s.measuring)) s.measure_points.clear();
  if (s.measure_points.size() == 2) {
    auto m = map::geodesic_measure(s.measure_points[0], s.measure_points[1]);
    ImGui::Text("%.1f km, bearing %.1f°", m.km, m.azimuth_deg);
    ImGui::TextDisabled("from %s", map::format_lonlat(s.measure_points[0]).c_str());
    ImGui::TextDisabled("to   %s", map::format_lonlat(s.measure_points[1]).c_str());
  } else if (s.measuring) {
    ImGui::TextDisabled(s.measure_points.empty() ? "click the first point" : "click the second point");
  }
  if (!s.measure_points.empty() && ImGui::SmallButton("Clear measure")) s.measure_points.clear();
}

}  // namespace bordermap::ui
