#include "render/map_overlay.hpp"

#include <imgui.h>

#include <cmath>
#include <string>
#include <vector>

#include "map/hit_test.hpp"
#include "map/labels.hpp"
#include "map/measure.hpp"
#include "map/style.hpp"
#include "render/draw_helpers.hpp"
#include "render/fonts.hpp"

namespace bordermap::render {
namespace {

constexpr std::size_t kMaxPlaceCandidates = 400;
// Beyond this many symbols on screen, labels stop avoiding them: the map is about
// density then, and the obstacle test would cost more than the frame.
constexpr std::size_t kMaxSymbolObstacles = 3000;

// Map-local boxes of the event symbols the GL pass draws, so that place labels keep
// clear of them and a town dot does not sit on top of an event at that town.
std::vector<map::ScreenRect> symbol_boxes(const FrameSnapshot& s, float k) {
  std::vector<map::ScreenRect> out;
  if (!s.toggles.events) return out;
  std::size_t visible = 0;
  for (const auto& view : s.layers)
    if (view.shown && view.layer) visible += view.visible.size();
  bool dense = s.draw_mode == EventDrawMode::Density ||
               (s.draw_mode == EventDrawMode::Auto && visible > map::kDensityThreshold);
  if (dense || visible > kMaxSymbolObstacles) return out;
  const auto& vp = s.viewport;
  for (const auto& view : s.layers) {
    if (!view.shown || !view.layer) continue;
    for (auto index : view.visible) {
      if (index >= view.layer->points.size()) continue;
      const auto& p = view.layer->points[index];
      if (!p.located) continue;
      auto q = vp.to_screen(p.at);
      if (q.x < -20 || q.y < -20 || q.x > vp.width + 20 || q.y > vp.height + 20) continue;
      double half = 0.5 * map::symbol_size_px(p.geo_precision) * k + 1.0 * k;
      out.push_back({q.x - half, q.y - half, q.x + half, q.y + half});
    }
  }
  return out;
}

bool inside_any(const std::vector<map::ScreenRect>& boxes, double x, double y) {
  for (const auto& b : boxes)
    if (x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1) return true;
  return false;
}

struct LabelText {
  std::string text;
  ImFont* font;
  float size;
  ImU32 color;
  ImVec2 dot;        // marker drawn when the label is placed; x < 0 for none
  bool has_dot = false;
};

}  // namespace

const map::MapProjection& MapOverlay::projection(map::ProjectionKind kind) {
  auto& slot = projections_[kind];
  if (!slot) slot = std::make_unique<map::MapProjection>(kind);
  return *slot;
}

void MapOverlay::draw(ImDrawList* list, const FrameSnapshot& s, const OverlayOptions& options) {
  const auto& vp = s.viewport;
  const float k = s.ui_scale > 0 ? s.ui_scale : 1.0f;
  const ImVec2 o{options.origin_x, options.origin_y};
  const auto w = static_cast<float>(vp.width), h = static_cast<float>(vp.height);
  auto screen = [&](map::XY p) {
    auto q = vp.to_screen(p);
    return ImVec2{o.x + static_cast<float>(q.x), o.y + static_cast<float>(q.y)};
  };
  auto on_map = [&](ImVec2 p, float margin) {
    return p.x >= o.x - margin && p.x <= o.x + w + margin && p.y >= o.y - margin && p.y <= o.y + h + margin;
  };
  ImFont* regular = ImGui::GetFont();
  ImFont* bold = find_bold_font();
  map::BasemapColors colors;
  const ImU32 label_color = to_imcolor(colors.label), halo = to_imcolor(colors.halo);

  list->PushClipRect(o, {o.x + w, o.y + h}, true);
  std::vector<map::ScreenRect> obstacles;  // map-local pixels
  auto obstacle = [&](ImVec4 r) { obstacles.push_back({r.x - o.x, r.y - o.y, r.z - o.x, r.w - o.y}); };

  const map::ProjectedBasemap* basemap = s.basemap.get();
  if (basemap) {
    const auto& proj = projection(basemap->projection);
    if (options.scale_bar) {
      auto bar = map::scale_bar(vp, proj, 150.0 * k);
      obstacle(draw_scale_bar(list, regular, 12 * k, {o.x + 16 * k, o.y + h - 14 * k}, bar, k));
    }
    if (options.north_arrow) {
      auto north = static_cast<float>(proj.north_angle(proj.inverse(vp.center)));
      if (std::isfinite(north)) obstacle(draw_north_arrow(list, bold, 13 * k, {o.x + w - 36 * k, o.y + 36 * k}, north, k));
    }
    if (options.graticule_labels && s.toggles.graticule) {
      for (const auto& label : map::graticule_edge_labels(*basemap, vp)) {
        ImVec2 size = text_size(regular, 11 * k, label.text);
        ImVec2 at{o.x + static_cast<float>(label.at.x), o.y + static_cast<float>(label.at.y)};
        ImVec2 pos = label.on_left_or_right
                         ? ImVec2{at.x < o.x + w / 2 ? o.x + 3 * k : o.x + w - size.x - 3 * k, at.y - size.y / 2}
                         : ImVec2{at.x - size.x / 2, at.y > o.y + h / 2 ? o.y + h - size.y - 2 * k : o.y + 2 * k};
        text_with_halo(list, regular, 11 * k, pos, label.text, IM_COL32(70, 70, 80, 255), halo, k);
        obstacle({pos.x, pos.y, pos.x + size.x, pos.y + size.y});
      }
    }

    std::vector<map::LabelCandidate> candidates;
    std::vector<LabelText> texts;
    if (s.toggles.border && s.toggles.border_ticks) {
      const ImU32 tick = to_imcolor(colors.tick);
      // Ticks are drawn only when they are at least a few pixels apart.
      bool legible = basemap->tick_km * 1000 / vp.meters_per_pixel >= 4 * k;
      for (const auto& t : basemap->border_ticks) {
        ImVec2 p = screen(t.at);
        if (!on_map(p, 0)) continue;
        if (!legible && !t.major) continue;
        float len = (t.major ? 6.0f : 3.5f) * k;
        ImVec2 n{static_cast<float>(t.normal.x), -static_cast<float>(t.normal.y)};
        list->AddLine({p.x - n.x * len, p.y - n.y * len}, {p.x + n.x * len, p.y + n.y * len}, tick,
                      (t.major ? 1.6f : 1.0f) * k);
        if (t.major && options.border_labels) {
          std::string text = std::to_string(static_cast<long>(std::lround(t.km))) + " km";
          ImVec2 size = text_size(regular, 10.5f * k, text);
          candidates.push_back({{p.x - o.x + n.x * len, p.y - o.y + n.y * len}, size.x, size.y, -1.0 - t.km * 1e-6,
                                3.0 * k});
          texts.push_back({text, regular, 10.5f * k, tick, {}, false});
        }
      }
    }
    auto symbols = symbol_boxes(s, k);
    obstacles.insert(obstacles.end(), symbols.begin(), symbols.end());
    if (s.toggles.places && options.place_labels && s.basemap_source) {
      const auto& places = s.basemap_source->places;
      std::size_t n = std::min(places.size(), basemap->place_at.size());
      for (std::size_t i = 0; i < n && candidates.size() < kMaxPlaceCandidates; ++i) {
        ImVec2 p = screen(basemap->place_at[i]);
        if (!on_map(p, -2 * k)) continue;
        const auto& place = places[i];
        bool major = place.population >= 100000 || place.kind == "admin1";
        float size_px = (major ? 13.0f : 11.5f) * k;
        ImFont* font = major ? bold : regular;
        ImVec2 size = text_size(font, size_px, place.name);
        // An event symbol at the town stands in for its dot; the label moves out past it.
        bool covered = inside_any(symbols, p.x - o.x, p.y - o.y);
        candidates.push_back({{p.x - o.x, p.y - o.y}, size.x, size.y, place.prominence, (covered ? 8.0 : 4.0) * k});
        texts.push_back({place.name, font, size_px, label_color, p, place.kind != "admin1" && !covered});
      }
    }
    auto placed = map::place_labels(candidates, w, h, obstacles);
    for (const auto& label : placed) {
      const auto& t = texts[label.candidate];
      if (t.has_dot) {
        list->AddCircleFilled(t.dot, 2.6f * k, IM_COL32(255, 255, 255, 230), 12);
        list->AddCircleFilled(t.dot, 1.8f * k, IM_COL32(45, 45, 50, 255), 12);
      }
      text_with_halo(list, t.font, t.size, {o.x + static_cast<float>(label.box.x0), o.y + static_cast<float>(label.box.y0)},
                     t.text, t.color, halo, 1.0f * k);
    }
  }

  // Hover and selection rings on top of everything the GL pass drew.
  auto ring = [&](const std::optional<std::pair<std::size_t, std::uint32_t>>& which, ImU32 color, float radius) {
    if (!which || which->first >= s.layers.size() || !s.layers[which->first].layer) return;
    const auto& layer = *s.layers[which->first].layer;
    if (which->second >= layer.points.size() || !layer.points[which->second].located) return;
    ImVec2 p = screen(layer.points[which->second].at);
    list->AddCircle(p, radius + 1.5f * k, IM_COL32(255, 255, 255, 220), 32, 4.0f * k);
    list->AddCircle(p, radius + 1.5f * k, color, 32, 2.2f * k);
  };
  if (!s.brushed.empty() && !s.layers.empty() && s.layers[0].layer) {
    const auto& layer = *s.layers[0].layer;
    for (auto i : s.brushed)
      if (i < layer.points.size() && layer.points[i].located)
        list->AddCircle(screen(layer.points[i].at), 8 * k, IM_COL32(20, 110, 200, 220), 20, 1.6f * k);
  }
  ring(s.hovered, IM_COL32(40, 40, 40, 255), 9 * k);
  ring(s.selected, IM_COL32(255, 170, 0, 255), 10 * k);

  if (s.measure && basemap) {
    const auto& proj = projection(basemap->projection);
    auto [a, b] = *s.measure;
    ImVec2 pa = screen(proj.forward(a)), pb = screen(proj.forward(b));
    list->AddLine(pa, pb, IM_COL32(255, 255, 255, 230), 4.5f * k);
    list->AddLine(pa, pb, IM_COL32(20, 20, 30, 255), 2.0f * k);
    list->AddCircleFilled(pa, 4 * k, IM_COL32(20, 20, 30, 255));
    list->AddCircleFilled(pb, 4 * k, IM_COL32(20, 20, 30, 255));
    auto m = map::geodesic_measure(a, b);
    char text[96];
    std::snprintf(text, sizeof text, "%.1f km  %03.0f\xC2\xB0", m.km, m.azimuth_deg);
    text_with_halo(list, bold, 13 * k, {(pa.x + pb.x) / 2 + 6 * k, (pa.y + pb.y) / 2 - 18 * k}, text,
                   IM_COL32(20, 20, 30, 255), halo, 1.2f * k);
  }
  list->PopClipRect();
}

}  // namespace bordermap::render
