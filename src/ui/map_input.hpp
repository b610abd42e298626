#pragma once
// Mouse on the map canvas: drag pans, the wheel zooms about the cursor, hover picks the
// event for the tooltip, a click selects it (or sets a measure point, or the place being
// edited). Only when ImGui's panels do not want the mouse.
#include "map/geometry.hpp"
#include "ui/viewer_state.hpp"

namespace bordermap::ui {

struct MapRect {
  float x = 0, y = 0, w = 0, h = 0;  // in ImGui (window) coordinates
};

struct MapInput {
  bool dragging = false;
  float drag_distance = 0;  // a press that moved less than a few pixels is a click
};

// Returns a clicked geographic position when a map click should set a place (picking).
void handle_map_input(ViewerState& state, MapInput& input, const MapRect& rect);

// The hover tooltip for the event under the cursor.
void draw_hover_tooltip(const ViewerState& state);

}  // namespace bordermap::ui
