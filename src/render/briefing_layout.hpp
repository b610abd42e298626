#pragma once
// Where each part of a briefing image goes, as plain rectangles: computed before any
// drawing so that tests can check the layout and tiles can be drawn independently.
#include "map/geometry.hpp"
#include "render/briefing.hpp"

namespace bordermap::render {

struct BriefingLayout {
  float scale = 1;                        // text and line scale actually used
  map::ScreenRect banner_top, banner_bottom;  // empty (zero height) without a banner
  map::ScreenRect title;                  // title, subtitle and date stamp
  map::ScreenRect map;                    // the map frame
  map::ScreenRect sidebar;                // inset, legend, sources; zero width when none
  map::ScreenRect inset;                  // zero size when not drawn
  map::ScreenRect legend;                 // top of the legend; it grows downwards
  map::ScreenRect footer;                 // attribution line
};

// Throws InputError when the size leaves no room for a map.
BriefingLayout layout_briefing(const BriefingSpec& spec);

int rect_width(const map::ScreenRect& r);
int rect_height(const map::ScreenRect& r);

}  // namespace bordermap::render
