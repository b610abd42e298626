#pragma once
// The map's text and furniture, drawn through an ImGui draw list over the GL layers:
// place labels placed by priority, border km ticks and labels, graticule labels at the
// frame, the scale bar, the north arrow, hover/selection rings and the measure line.
#include <map>
#include <memory>

#include "map/projection.hpp"
#include "render/frame.hpp"
#include "render/map_renderer.hpp"

struct ImDrawList;

namespace bordermap::render {

class MapOverlay {
 public:
  void draw(ImDrawList* list, const FrameSnapshot& snapshot, const OverlayOptions& options);

 private:
  const map::MapProjection& projection(map::ProjectionKind kind);
  std::map<map::ProjectionKind, std::unique_ptr<map::MapProjection>> projections_;
};

}  // namespace bordermap::render
