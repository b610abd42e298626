#pragma once
// One frame as the renderer sees it: an immutable snapshot of the view, the layers and
// what is visible. The viewer and `bordermap render` both fill one and hand it over;
// the renderer never reads a store, a file or UI state.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "map/basemap.hpp"
#include "map/event_filter.hpp"
#include "map/event_layer.hpp"
#include "map/projection.hpp"
#include "map/viewport.hpp"

namespace bordermap::render {

struct LayerToggles {
  bool relief = true, countries = true, rivers = true, graticule = true;
  bool border = true, border_ticks = true, places = true, events = true;
  float relief_opacity = 0.45f, events_opacity = 1.0f, places_opacity = 1.0f;
  bool operator==(const LayerToggles&) const = default;
  // Draw order of the event layers relative to the basemap is fixed (events on top);
  // among event layers, `FrameSnapshot::layers` order is bottom to top.
};

enum class EventDrawMode { Auto, Symbols, Density };

struct EventLayerView {
  std::shared_ptr<const map::EventLayer> layer;
  std::vector<std::uint32_t> visible;  // indices into layer->points
  bool shown = true;
  float opacity = 1.0f;
};

struct FrameSnapshot {
  map::Viewport viewport;
  std::shared_ptr<const map::ProjectedBasemap> basemap;
  std::shared_ptr<const map::BasemapSource> basemap_source;  // names, relief pixels
  std::vector<EventLayerView> layers;
  LayerToggles toggles;
  EventDrawMode draw_mode = EventDrawMode::Auto;
  std::optional<std::pair<std::size_t, std::uint32_t>> selected;  // (layer, event)
  std::optional<std::pair<std::size_t, std::uint32_t>> hovered;
  std::vector<std::uint32_t> brushed;                               // in layer 0
  float ui_scale = 1.0f;                                            // HiDPI / print scaling of symbols and text
  std::optional<std::pair<geo::LonLat, geo::LonLat>> measure;       // measure tool line
};

}  // namespace bordermap::render
