#pragma once
// The viewer's panels, each in its own file, each drawing into the ImGui window the
// layout gives it and changing only ViewerState (and its own small UI state).
#include <memory>
#include <string>
#include <vector>

#include "ui/viewer_state.hpp"

namespace bordermap::render {
class BriefingRenderer;
}

namespace bordermap::ui {

// layers_panel.cpp: visibility, opacity and order of event layers; basemap toggles;
// projection and draw mode.
void draw_layers_panel(ViewerState& state);
// filters_panel.cpp: type, actor, claimant, reliability, side of the border.
void draw_filters_panel(ViewerState& state);
// search_panel.cpp: jump to a gazetteer place; the geodesic measure tool.
struct SearchUi {
  char query[128] = {};
};
void draw_search_panel(ViewerState& state, SearchUi& ui);
void draw_measure_panel(ViewerState& state);
// event_table.cpp: sortable, searchable; a row click selects and centres the map.
struct TableUi {
  char query[128] = {};
  std::vector<std::pair<std::size_t, std::uint32_t>> rows;  // cached (layer, event)
  std::uint64_t generation = ~0ull;
  std::string last_query;
  int sort_column = 0;
  bool sort_ascending = true;
  double last_rebuild = -1;  // ImGui time of the last rebuild
};
void draw_event_table(ViewerState& state, TableUi& ui);
// inspector.cpp: every field, the source sentence, editing with undo.
struct InspectorUi {
  std::optional<std::pair<std::size_t, std::uint32_t>> editing;  // which event the draft belongs to
  char type[96] = {}, date_start[16] = {}, date_end[16] = {}, place[128] = {}, reliability[4] = {},
       credibility[4] = {}, notes[1024] = {};
  double lat = 0, lon = 0;
  bool has_location = false;
  std::string error;
};
void draw_inspector(ViewerState& state, InspectorUi& ui);
// spacetime_panel.cpp: km along the border × time, brushing.
void draw_spacetime_panel(ViewerState& state);
// timeline_panel.cpp: histogram, range slider, playback.
void draw_timeline_panel(ViewerState& state, float seconds_elapsed);
// export_dialog.cpp: the current filter to GeoJSON / GPKG / KML / CSV.
struct ExportUi {
  bool open = false;
  int format = 0;
  char path[512] = "bordermap-export.geojson";
  std::string result;
};
void draw_export_dialog(ViewerState& state, ExportUi& ui);
// briefing_dialog.cpp: "Screenshot" — a briefing image of the current view at a chosen size.
struct BriefingUi {
  bool open = false;
  bool pending = false;  // render at the end of this frame, with this frame's snapshot
  int width = 1920, height = 1080;
  char title[256] = "Afghanistan–Tajikistan border";
  char path[512] = "bordermap-briefing.png";
  std::string result;
  std::shared_ptr<render::BriefingRenderer> renderer;  // made on first use; shaders and atlas are costly
};
void draw_briefing_dialog(ViewerState& state, BriefingUi& ui);
// ingest_panel.cpp: paste or open text → proposed events → accept → stored.
void draw_ingest_panel(ViewerState& state);
// legend_panel.cpp: the event types on the map with their symbols and counts.
void draw_legend(const ViewerState& state);

}  // namespace bordermap::ui
