#pragma once
// The viewer's operations on its state that involve no window: loading, filtering,
// re-projecting, framing, editing with undo, and building the frame snapshot. Kept apart
// from GLFW and ImGui so that every rule here can run headless.
#include "ui/viewer_app.hpp"
#include "ui/viewer_state.hpp"

namespace bordermap::ui {

// Loads the basemap and the event layers named by the options; frames the border.
ViewerState open_viewer_state(const ViewerOptions& options);

// Recomputes each layer's visible events when filters or the time range changed.
void refresh_visible(ViewerState& state);

void set_projection(ViewerState& state, map::ProjectionKind kind);
void fit_border(ViewerState& state);
void fit_layers(ViewerState& state);
void center_on(ViewerState& state, map::XY at);

// Replaces an event after an edit: keeps the previous value for undo, writes it back
// to the layer's source (store transaction or atomic file export), refreshes the layer.
void apply_edit(ViewerState& state, std::size_t layer, std::size_t index, events::Event edited);
// Reverts the last edit (and saves the reverted value). Returns false when nothing to undo.
bool undo_last_edit(ViewerState& state);

// Adds (or refreshes, by id) events from the Ingest panel and stores them in the layer's source.
void add_events(ViewerState& state, std::size_t layer, const std::vector<events::Event>& added);

render::FrameSnapshot make_snapshot(const ViewerState& state);

// The events every visible layer shows (the Export dialog's "current filter").
std::vector<events::Event> filtered_events(const ViewerState& state);

}  // namespace bordermap::ui
