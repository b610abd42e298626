#pragma once
// Small ImDrawList drawings shared by the map overlay and the briefing layout: text with
// a halo, an event symbol like the GL one, the scale bar and the north arrow.
#include <imgui.h>

#include <string_view>

#include "map/measure.hpp"
#include "map/style.hpp"

namespace bordermap::render {

ImU32 to_imcolor(map::Rgba c, float alpha_scale = 1.0f);

// Text whose top-left is at `pos`, ringed by a halo so it reads over any background.
void text_with_halo(ImDrawList* list, ImFont* font, float size, ImVec2 pos, std::string_view text, ImU32 color,
                    ImU32 halo, float halo_px = 1.0f);
ImVec2 text_size(ImFont* font, float size, std::string_view text);

// An event symbol of `diameter` pixels centred at `c`, with the dark outline the map uses.
void draw_symbol_icon(ImDrawList* list, ImVec2 c, map::Shape shape, map::Rgba color, float diameter, bool hollow,
                      float scale);

// A two-tone bar `bar.length_px` long with its label above; `at` is its bottom-left.
// Returns the rectangle it covers (for label obstacles).
ImVec4 draw_scale_bar(ImDrawList* list, ImFont* font, float font_size, ImVec2 at, const map::ScaleBar& bar,
                      float scale);

// An arrow pointing to true north: `angle` clockwise from screen-up, radians.
ImVec4 draw_north_arrow(ImDrawList* list, ImFont* font, float font_size, ImVec2 centre, float angle, float scale);

}  // namespace bordermap::render
