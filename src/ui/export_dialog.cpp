#include <imgui.h>

#include "formats/export.hpp"
#include "ui/panels.hpp"
#include "ui/viewer_model.hpp"

namespace bordermap::ui {

void draw_export_dialog(ViewerState& s, ExportUi& ui) {
  if (ui.open) {
    ImGui::OpenPopup("Export events");
    ui.open = false;
    ui.result.clear();
  }
  if (!ImGui::BeginPopupModal("Export events", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  static const char* names[] = {"GeoJSON", "GeoPackage", "KML", "CSV"};
  static const char* keys[] = {"geojson", "gpkg", "kml", "csv"};
  auto events = filtered_events(s);
  ImGui::Text("%zu events pass the current filters and time range.", events.size());
  ImGui::Combo("format", &ui.format, names, 4);
  ImGui::InputText("file", ui.path, sizeof ui.path);
  if (ImGui::Button("Export")) {
    try {
      auto format = events::parse_export_format(keys[ui.format]);
      events::export_events(events, *format, ui.path);
      ui.result = "wrote " + std::to_string(events.size()) + " events to " + ui.path;
      s.status = ui.result;
      s.status_is_error = false;
    } catch (const std::exception& e) {
      ui.result = std::string("export failed: ") + e.what();
    }
  }
  ImGui::SameLine();
  if (ImGui::Button("Close")) ImGui::CloseCurrentPopup();
  if (!ui.result.empty()) ImGui::TextWrapped("%s", ui.result.c_str());
  ImGui::EndPopup();
}

}  // namespace bordermap::ui
