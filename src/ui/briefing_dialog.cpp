#include <imgui.h>

#include "map/image_file.hpp"
#include "render/briefing.hpp"
#include "ui/panels.hpp"
#include "ui/viewer_screen.hpp"

namespace bordermap::ui {

void draw_briefing_dialog(ViewerState&, BriefingUi& ui) {
  if (ui.open) {
    ImGui::OpenPopup("Briefing image");
    ui.open = false;
  }
  if (!ImGui::BeginPopupModal("Briefing image", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::InputText("title", ui.title, sizeof ui.title);
  ImGui::InputInt("width px", &ui.width);
  ImGui::InputInt("height px", &ui.height);
  ImGui::InputText("file", ui.path, sizeof ui.path);
  if (ImGui::Button("Render")) ui.pending = true;  // after the map is drawn this frame
  ImGui::SameLine();
  if (ImGui::Button("Close")) ImGui::CloseCurrentPopup();
  if (!ui.result.empty()) ImGui::TextWrapped("%s", ui.result.c_str());
  ImGui::EndPopup();
}

void take_pending_briefing(ViewerState& s, BriefingUi& ui, const render::FrameSnapshot& snapshot) {
  if (!ui.pending) return;
  ui.pending = false;
  try {
    if (!ui.renderer) ui.renderer = std::make_shared<render::BriefingRenderer>();
    render::BriefingSpec spec;
    spec.width = ui.width;
    spec.height = ui.height;
    spec.title = ui.title;
    spec.range = s.playback.range;
    spec.mode = s.playback.mode;
    auto image = ui.renderer->render(spec, snapshot);
    map::write_png(ui.path, image, {{"Title", ui.title}, {"TimeRange", map::describe_range(spec.range, spec.mode)}});
    ui.result = "wrote " + std::string(ui.path);
  } catch (const std::exception& e) {
    ui.result = std::string("could not render: ") + e.what();
  }
  s.status = ui.result;
}

}  // namespace bordermap::ui
