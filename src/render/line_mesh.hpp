#pragma once
// Thick polylines for the line shader: every vertex twice, pushed either way along the
// miter of its two segments, as plain triangles so that many lines go in one draw call.
#include <span>
#include <vector>

#include "map/geometry.hpp"

namespace bordermap::render {

struct LineVertex {
  float x, y;     // metres relative to the mesh origin
  float ex, ey;   // miter vector (unit normal scaled by 1/cos of half the turn, capped)
  float side;     // -1 or +1
};

// Appends the triangles of one polyline. Repeated points are skipped; a line with fewer
// than two distinct points adds nothing.
void append_polyline(std::vector<LineVertex>& out, std::span<const map::XY> points, map::XY origin);

// Appends one straight segment (ticks and other short marks).
void append_segment(std::vector<LineVertex>& out, map::XY a, map::XY b, map::XY origin);

}  // namespace bordermap::render
