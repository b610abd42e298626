#pragma once
// Everything the viewer knows between frames: the data (basemap, event layers), the
// view, the timeline clock, the filters, the selection and the panels' settings. Panels
// read and change it; each frame turns it into an immutable render::FrameSnapshot.
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "events/event.hpp"
#include "map/basemap.hpp"
#include "map/event_filter.hpp"
#include "map/event_layer.hpp"
#include "map/projection.hpp"
#include "map/timeline.hpp"
#include "map/viewport.hpp"
#include "render/frame.hpp"
#include "ui/layer_source.hpp"

namespace bordermap::ui {

// One analyst edit, kept so that it can be undone: the event as it was before.
struct UndoEntry {
  std::size_t layer = 0, index = 0;
  events::Event before;
};

struct ViewerLayer {
  LayerSource source;
  std::shared_ptr<map::EventLayer> layer;   // replaced (copy on write) after an edit
  std::vector<std::uint32_t> visible;       // after time + attribute filters
  std::vector<std::uint32_t> attr_visible;  // after the attribute filter only (histogram)
  bool shown = true;
  float opacity = 1.0f;
};

struct ViewerState {
  std::filesystem::path data_dir;
  std::string pair = "AF-TJ";
  std::unique_ptr<map::MapProjection> projection;
  std::shared_ptr<const map::BasemapSource> basemap_source;
  std::shared_ptr<const map::ProjectedBasemap> basemap;
  std::vector<ViewerLayer> layers;          // bottom to top

  map::Viewport viewport;
  map::Playback playback;
  map::AttributeFilter filter;
  render::LayerToggles toggles;
  render::EventDrawMode draw_mode = render::EventDrawMode::Auto;
  float ui_scale = 1.0f;

  std::optional<std::pair<std::size_t, std::uint32_t>> selected, hovered;  // (layer, event)
  std::vector<std::uint32_t> brushed;       // in layer 0
  bool center_on_selection = false;         // set by the table, consumed by the map

  // Measure tool: click two points on the map.
  bool measuring = false;
  std::vector<geo::LonLat> measure_points;
  // Inspector "pick on map": the next map click sets the selected event's place.
  bool picking_place = false;
  std::optional<geo::LonLat> picked_place;  // consumed by the inspector

  std::deque<UndoEntry> undo;
  std::string status;                       // last message, shown in the status bar
  bool status_is_error = false;
  bool filters_dirty = true;                // recompute visible sets before the next draw
  std::uint64_t generation = 0;             // bumped whenever visible sets change (table caches)
};

}  // namespace bordermap::ui
