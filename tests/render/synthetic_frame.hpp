#pragma once
// A small synthetic map for render tests: two countries meeting along a wavy border near
// the Panj, rivers, a graticule, ticks, a few places and events of known types and days,
// independent of the runtime data so that golden images stay stable.
#include <memory>

#include "render/frame.hpp"

namespace bordermap::test {

struct SyntheticMap {
  render::FrameSnapshot frame;                 // all events visible, viewport fitted to the border
  std::shared_ptr<map::EventLayer> layer;
  std::uint32_t battle = 0;                    // index of a lone Battles event (town precision, grade A)
};

// `width` × `height` is the viewport's size before the briefing refits it.
SyntheticMap synthetic_map(int width, int height);

}  // namespace bordermap::test
