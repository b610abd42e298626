#pragma once
// The viewer's screen around its panels: the fixed layout (panels left, right and
// bottom, the map in the middle), the menu and status bars, keyboard shortcuts, the
// framebuffer readback for --screenshot and the view it records in the PNG.
#include "map/image_file.hpp"
#include "render/frame.hpp"
#include "ui/map_input.hpp"
#include "ui/panels.hpp"

namespace bordermap::ui {

struct ScreenLayout {
  MapRect map, left, right, bottom;
  float menu_h = 0, status_h = 0;
};
ScreenLayout screen_layout(float width, float height, float ui_scale);

// Returns the menu bar's height.
float draw_menu_bar(ViewerState& state, ExportUi& exporter, BriefingUi& briefing);
void draw_status_bar(const ViewerState& state, const ScreenLayout& layout);
void handle_shortcuts(ViewerState& state);

// The default framebuffer's pixels, top row first.
map::Image read_framebuffer(int width, int height);
// What a test needs to find an event's pixel: the map rectangle, the viewport, the projection.
map::ImageMetadata view_metadata(const ViewerState& state, const ScreenLayout& layout);

void take_pending_briefing(ViewerState& state, BriefingUi& ui, const render::FrameSnapshot& snapshot);

}  // namespace bordermap::ui
