#include "render/briefing_furniture.hpp"

#include <algorithm>
#include <map>

#include "map/timeline.hpp"
#include "render/draw_helpers.hpp"

namespace bordermap::render {
namespace {

const ImU32 kInk = IM_COL32(28, 30, 36, 255);
const ImU32 kMuted = IM_COL32(92, 96, 106, 255);
const ImU32 kRule = IM_COL32(190, 192, 198, 255);

ImVec2 v(double x, double y) { return {static_cast<float>(x), static_cast<float>(y)}; }

// Cuts `text` to fit `width` pixels, ending in an ellipsis.
std::string fit_text(ImFont* font, float size, const std::string& text, float width) {
  if (text_size(font, size, text).x <= width) return text;
  std::string cut = text;
  while (!cut.empty() && text_size(font, size, cut + "\xE2\x80\xA6").x > width) {
    cut.pop_back();
    while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();  // whole UTF-8
    if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0) cut.pop_back();
  }
  return cut + "\xE2\x80\xA6";
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  for (auto& c : s)
    if (c == '_') c = ' ';
  return s;
}

}  // namespace

ShownEvents count_shown(const FrameSnapshot& frame) {
  ShownEvents shown;
  std::map<std::string, ShownEvents::Type> types;
  std::map<std::string, std::size_t> sources;
  if (!frame.toggles.events) return shown;
  for (const auto& view : frame.layers) {
    if (!view.shown || !view.layer) continue;
    const auto& layer = *view.layer;
    for (auto i : view.visible) {
      if (i >= layer.points.size() || !layer.points[i].located) continue;
      const auto& p = layer.points[i];
      std::string name = p.type < layer.types.size() ? layer.types[p.type] : "";
      auto& t = types[name];
      if (t.count == 0) {
        t.name = name.empty() ? "Untyped" : name;
        t.style = map::style_for_type(name);
      }
      ++t.count;
      ++shown.total;
      shown.any_hollow |= map::hollow_symbol(p.geo_precision);
      if (i < layer.events.size() && !layer.events[i].source.publication.empty())
        ++sources[layer.events[i].source.publication];
    }
  }
  for (auto& [name, t] : types) shown.types.push_back(t);
  std::stable_sort(shown.types.begin(), shown.types.end(), [](auto& a, auto& b) { return a.count > b.count; });
  shown.sources.assign(sources.begin(), sources.end());
  std::stable_sort(shown.sources.begin(), shown.sources.end(), [](auto& a, auto& b) { return a.second > b.second; });
  return shown;
}

void draw_banners(ImDrawList* list, const BriefingLayout& L, const BriefingSpec& spec, const BriefingFonts& f) {
  if (spec.banner.empty()) return;
  float size = f.base_px * 1.05f;
  for (const auto& r : {L.banner_top, L.banner_bottom}) {
    list->AddRectFilled(v(r.x0, r.y0), v(r.x1, r.y1), kBannerColor);
    std::string text = fit_text(f.bold, size, spec.banner, static_cast<float>(r.x1 - r.x0) - 8);
    ImVec2 t = text_size(f.bold, size, text);
    list->AddText(f.bold, size, v((r.x0 + r.x1 - t.x) / 2, (r.y0 + r.y1 - t.y) / 2), IM_COL32(255, 255, 255, 255),
                  text.c_str());
  }
}

void draw_title_block(ImDrawList* list, const BriefingLayout& L, const BriefingSpec& spec, const BriefingFonts& f) {
  const auto& r = L.title;
  float s = L.scale;
  std::string date = map::describe_range(spec.range, spec.mode);
  float date_px = f.base_px * 1.15f;
  ImVec2 date_size = text_size(f.bold, date_px, date);
  float text_w = static_cast<float>(r.x1 - r.x0) - date_size.x - 24 * s;
  std::string title = spec.title.empty() ? "Afghanistan \xE2\x80\x93 Tajikistan border" : spec.title;
  list->AddText(f.title, f.title_px, v(r.x0, r.y0), kInk, fit_text(f.title, f.title_px, title, text_w).c_str());
  if (!spec.subtitle.empty())
    list->AddText(f.regular, f.base_px * 1.15f, v(r.x0, r.y0 + f.title_px * 1.3f), kMuted,
                  fit_text(f.regular, f.base_px * 1.15f, spec.subtitle, text_w).c_str());
  // The date stamp sits right-aligned on the title's baseline: the first thing a reader checks.
  float dy = f.title_px * 1.3f - date_size.y - 2 * s;
  list->AddText(f.bold, date_px, v(r.x1 - date_size.x, r.y0 + dy), kInk, date.c_str());
  list->AddLine(v(r.x0, r.y1 + 2 * s), v(r.x1, r.y1 + 2 * s), kRule, 1.0f * s);
}

void draw_map_frame(ImDrawList* list, const BriefingLayout& L) {
  list->AddRect(v(L.map.x0 - 0.5, L.map.y0 - 0.5), v(L.map.x1 + 0.5, L.map.y1 + 0.5), IM_COL32(60, 62, 70, 255), 0,
                0, std::max(1.0f, L.scale));
}

float draw_legend(ImDrawList* list, const BriefingLayout& L, const ShownEvents& shown, bool border_shown,
                  const BriefingFonts& f) {
  const auto& r = L.legend;
  float s = L.scale, y = static_cast<float>(r.y0);
  float row = std::max(f.base_px * 1.55f, 18 * s);
  float x0 = static_cast<float>(r.x0), x1 = static_cast<float>(r.x1);
  char total[64];
  std::snprintf(total, sizeof total, "%zu", shown.total);
  list->AddText(f.bold, f.base_px * 1.1f, {x0, y}, kInk, "Events shown");
  ImVec2 tw = text_size(f.bold, f.base_px * 1.1f, total);
  list->AddText(f.bold, f.base_px * 1.1f, {x1 - tw.x, y}, kInk, total);
  y += row * 1.1f;
  float icon = 14 * s, text_x = x0 + icon + 10 * s;
  for (const auto& t : shown.types) {
    if (y + row > r.y1) break;
    draw_symbol_icon(list, {x0 + icon / 2 + 2 * s, y + row / 2 - 1 * s}, t.style.shape, t.style.color, icon, false, s);
    char count[32];
    std::snprintf(count, sizeof count, "%zu", t.count);
    ImVec2 cw = text_size(f.regular, f.base_px, count);
    std::string name = fit_text(f.regular, f.base_px, capitalised(t.name), x1 - text_x - cw.x - 8 * s);
    float ty = y + (row - f.base_px * 1.3f) / 2;
    list->AddText(f.regular, f.base_px, {text_x, ty}, kInk, name.c_str());
    list->AddText(f.regular, f.base_px, {x1 - cw.x, ty}, kMuted, count);
    y += row;
  }
  if (shown.types.empty() && y + row <= r.y1) {
    list->AddText(f.regular, f.base_px, {x0, y}, kMuted, "none in this range");
    y += row;
  }
  y += 6 * s;
  list->AddLine({x0, y}, {x1, y}, kRule, 1.0f * s);
  y += 6 * s;
  map::BasemapColors colors;
  auto key_row = [&](auto draw_key, const char* label) {
    if (y + row > r.y1) return;
    draw_key(ImVec2{x0 + icon / 2 + 2 * s, y + row / 2 - 1 * s});
    list->AddText(f.regular, f.base_px * 0.95f, {text_x, y + (row - f.base_px * 1.25f) / 2}, kMuted, label);
    y += row;
  };
  if (shown.any_hollow)
    key_row([&](ImVec2 c) { draw_symbol_icon(list, c, map::Shape::Circle, {120, 120, 120, 255}, icon, true, s); },
            "Located only to a region");
  key_row([&](ImVec2 c) {
    draw_symbol_icon(list, c, map::Shape::Circle, {120, 120, 120, 110}, icon, false, s);
  }, "Paler: less reliable source");
  if (border_shown)
    key_row([&](ImVec2 c) {
      list->AddLine({c.x - icon, c.y}, {c.x + icon * 0.6f, c.y}, IM_COL32(255, 255, 255, 160), 6.4f * s);
      list->AddLine({c.x - icon, c.y}, {c.x + icon * 0.6f, c.y}, to_imcolor(colors.border), 3.0f * s);
    }, "International border, km ticks");
  return y;
}

void draw_sources(ImDrawList* list, const BriefingLayout& L, float top, const ShownEvents& shown,
                  const BriefingFonts& f) {
  float s = L.scale, y = top + 8 * s, x0 = static_cast<float>(L.legend.x0), x1 = static_cast<float>(L.legend.x1);
  float row = f.base_px * 1.35f;
  if (y + row * 2 > L.legend.y1) return;
  list->AddText(f.bold, f.base_px, {x0, y}, kInk, "Sources of the events shown");
  y += row * 1.15f;
  if (shown.sources.empty()) {
    list->AddText(f.regular, f.base_px * 0.92f, {x0, y}, kMuted, "none named");
    return;
  }
  for (const auto& [name, n] : shown.sources) {
    if (y + row > L.legend.y1) break;
    std::string line = name + " (" + std::to_string(n) + ")";
    list->AddText(f.regular, f.base_px * 0.92f, {x0, y}, kInk, fit_text(f.regular, f.base_px * 0.92f, line, x1 - x0).c_str());
    y += row;
  }
}

void draw_no_events(ImDrawList* list, const BriefingLayout& L, const BriefingSpec& spec, const BriefingFonts& f) {
  float s = L.scale;
  std::string head = "No events in this range";
  std::string range = map::describe_range(spec.range, spec.mode);
  ImVec2 a = text_size(f.title, f.title_px * 0.8f, head), b = text_size(f.regular, f.base_px * 1.1f, range);
  float w = std::max(a.x, b.x) + 36 * s, h = a.y + b.y + 26 * s;
  float cx = static_cast<float>(L.map.x0 + L.map.x1) / 2, cy = static_cast<float>(L.map.y0 + L.map.y1) / 2;
  list->AddRectFilled({cx - w / 2, cy - h / 2}, {cx + w / 2, cy + h / 2}, IM_COL32(255, 255, 255, 235), 6 * s);
  list->AddRect({cx - w / 2, cy - h / 2}, {cx + w / 2, cy + h / 2}, IM_COL32(60, 62, 70, 255), 6 * s, 0, 1.2f * s);
  list->AddText(f.title, f.title_px * 0.8f, {cx - a.x / 2, cy - h / 2 + 10 * s}, kInk, head.c_str());
  list->AddText(f.regular, f.base_px * 1.1f, {cx - b.x / 2, cy - h / 2 + 14 * s + a.y}, kMuted, range.c_str());
}

void draw_footer(ImDrawList* list, const BriefingLayout& L, const std::string& attribution,
                 const std::string& right_note, const BriefingFonts& f) {
  float size = f.base_px * 0.85f;
  const auto& r = L.footer;
  ImVec2 rn = text_size(f.regular, size, right_note);
  float room = static_cast<float>(r.x1 - r.x0) - rn.x - 20 * L.scale;
  list->AddText(f.regular, size, v(r.x0, r.y0), kMuted, fit_text(f.regular, size, attribution, room).c_str());
  list->AddText(f.regular, size, v(r.x1 - rn.x, r.y0), kMuted, right_note.c_str());
}

}  // namespace bordermap::render
