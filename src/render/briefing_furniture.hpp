#pragma once
// The parts of a briefing around the map, drawn into an ImGui draw list: banners, the
// title block with the date stamp, the legend with counts, the sources list, the inset's
// frame and the footer. Pure layout and text; the GL map passes are drawn elsewhere.
#include <imgui.h>

#include <map>
#include <string>
#include <vector>

#include "map/style.hpp"
#include "render/briefing.hpp"
#include "render/briefing_layout.hpp"
#include "render/frame.hpp"

namespace bordermap::render {

struct BriefingFonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  ImFont* title = nullptr;  // a larger bold face
  float base_px = 13, title_px = 26;
};

// What the snapshot shows, counted once for the legend, the sources and the empty message.
struct ShownEvents {
  struct Type {
    std::string name;
    map::TypeStyle style;
    std::size_t count = 0;
  };
  std::vector<Type> types;          // most frequent first
  std::size_t total = 0;            // located events drawn
  bool any_hollow = false;
  std::vector<std::pair<std::string, std::size_t>> sources;  // publication, events; most first
};
ShownEvents count_shown(const FrameSnapshot& frame);

// The legend's colours are the ones the map is drawn with, so a test can look for them.
constexpr ImU32 kBannerColor = IM_COL32(176, 28, 38, 255);

void draw_banners(ImDrawList* list, const BriefingLayout& layout, const BriefingSpec& spec, const BriefingFonts& f);
void draw_title_block(ImDrawList* list, const BriefingLayout& layout, const BriefingSpec& spec,
                      const BriefingFonts& f);
void draw_map_frame(ImDrawList* list, const BriefingLayout& layout);
// Returns the y where the legend ended.
float draw_legend(ImDrawList* list, const BriefingLayout& layout, const ShownEvents& shown, bool border_shown,
                  const BriefingFonts& f);
void draw_sources(ImDrawList* list, const BriefingLayout& layout, float top, const ShownEvents& shown,
                  const BriefingFonts& f);
void draw_no_events(ImDrawList* list, const BriefingLayout& layout, const BriefingSpec& spec,
                    const BriefingFonts& f);
void draw_footer(ImDrawList* list, const BriefingLayout& layout, const std::string& attribution,
                 const std::string& right_note, const BriefingFonts& f);

}  // namespace bordermap::render
