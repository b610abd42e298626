#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "map/style.hpp"
#include "map/timeline.hpp"
#include "ui/panels.hpp"

namespace bordermap::ui {

namespace {

ImU32 type_color(const std::string& type, float alpha = 1.0f) {
  auto c = map::style_for_type(type).color;
  return IM_COL32(c.r, c.g, c.b, static_cast<int>(255 * alpha));
}

std::string day_text(map::Day d) {
  if (d == map::kNoDay) return "…";
  auto date = map::date_of_day(d);
  char b[16];
  std::snprintf(b, sizeof b, "%04d-%02d-%02d", date.year % 10000, date.month % 100, date.day % 100);
  return b;
}

// Drag state of the histogram: a new brush, or moving the window.
struct Drag {
  bool active = false, moving = false;
  map::Day anchor = 0, from0 = 0, to0 = 0;
};
Drag g_drag;  // one timeline per process

void draw_histogram(ViewerState& s, ImVec2 size) {
  auto& pb = s.playback;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("histogram", size);
  ImVec2 p1(p0.x + size.x, p0.y + size.y);
  dl->AddRectFilled(p0, p1, IM_COL32(250, 250, 250, 255));
  dl->AddRect(p0, p1, IM_COL32(180, 180, 180, 255));
  if (pb.first == map::kNoDay || s.layers.empty()) {
    dl->AddText(ImVec2(p0.x + 8, p0.y + 8), IM_COL32(120, 120, 120, 255), "no dated events");
    return;
  }
  map::Day first = pb.first, last = std::max(pb.last, pb.first + 1);
  // Pad the span so that a single-day layer still shows as a bar, not a sliver.
  auto bin = map::choose_bin(first, last, std::max(20, static_cast<int>(size.x / 4)));
  map::Day lo = map::bin_start(first, bin), hi = map::next_bin(map::bin_start(last, bin), bin);
  double px_per_day = size.x / std::max(1, hi - lo);
  auto x_of = [&](map::Day d) { return static_cast<float>(p0.x + (d - lo) * px_per_day); };
  auto day_at = [&](float x) { return static_cast<map::Day>(std::floor(lo + (x - p0.x) / px_per_day)); };

  // The range first, under the bars.
  map::Day rf = pb.range.from == map::kNoDay ? lo : pb.range.from;
  map::Day rt = pb.range.to == map::kNoDay ? hi - 1 : pb.range.to;
  if (pb.mode == map::TimeMode::Cumulative) rf = lo;
  dl->AddRectFilled(ImVec2(x_of(rf), p0.y), ImVec2(x_of(rt + 1), p1.y), IM_COL32(200, 220, 245, 255));

  const auto& layer = *s.layers.front().layer;
  auto hist = map::make_histogram(layer, s.layers.front().attr_visible, bin);
  float usable = size.y - 16;
  for (std::size_t b = 0; b < hist.starts.size(); ++b) {
    float x0 = x_of(hist.starts[b]), x1 = x_of(map::next_bin(hist.starts[b], bin)) - 1;
    float y = p1.y - 2;
    for (std::size_t t = 0; t < hist.counts[b].size(); ++t) {
      auto n = hist.counts[b][t];
      if (!n || hist.max_total == 0) continue;
      float h = usable * static_cast<float>(n) / static_cast<float>(hist.max_total);
      dl->AddRectFilled(ImVec2(x0, y - h), ImVec2(std::max(x1, x0 + 1), y), type_color(layer.types[t]));
      y -= h;
    }
  }
  dl->AddLine(ImVec2(x_of(rf), p0.y), ImVec2(x_of(rf), p1.y), IM_COL32(40, 90, 160, 255), 2);
  dl->AddLine(ImVec2(x_of(rt + 1), p0.y), ImVec2(x_of(rt + 1), p1.y), IM_COL32(40, 90, 160, 255), 2);
  dl->AddText(ImVec2(p0.x + 4, p0.y + 2), IM_COL32(90, 90, 90, 255), day_text(lo).c_str());
  auto end_text = day_text(hi - 1);
  dl->AddText(ImVec2(p1.x - ImGui::CalcTextSize(end_text.c_str()).x - 4, p0.y + 2), IM_COL32(90, 90, 90, 255),
              end_text.c_str());

  // Drag on the histogram: inside the window moves it, elsewhere brushes a new one.
  if (ImGui::IsItemActivated()) {
    map::Day d = day_at(ImGui::GetIO().MousePos.x);
    g_drag = {true, pb.mode == map::TimeMode::Window && d >= rf && d <= rt, d, rf, rt};
  }
  if (g_drag.active && ImGui::IsItemActive()) {
    map::Day d = std::clamp(day_at(ImGui::GetIO().MousePos.x), lo, hi - 1);
    if (g_drag.moving) {
      map::Day shift = d - g_drag.anchor;
      pb.range = {g_drag.from0 + shift, g_drag.to0 + shift};
    } else if (pb.mode == map::TimeMode::Cumulative) {
      pb.range.to = d;
    } else {
      pb.range = {std::min(d, g_drag.anchor), std::max(d, g_drag.anchor)};
    }
    pb.playing = false;
    s.filters_dirty = true;
  }
  if (!ImGui::IsItemActive()) g_drag.active = false;
  if (ImGui::IsItemHovered() && !g_drag.active) {
    ImGui::SetTooltip("%s  (drag: new range; drag inside the range: move it)",
                      day_text(day_at(ImGui::GetIO().MousePos.x)).c_str());
  }
}

}  // namespace

void draw_timeline_panel(ViewerState& s, float seconds) {
  auto& pb = s.playback;
  if (pb.advance(seconds)) s.filters_dirty = true;

  // The range in words, always readable, above the controls.
  if (ImGui::GetFont()) ImGui::TextUnformatted(map::describe_range(pb.range, pb.mode).c_str());
  ImGui::SameLine();
  std::size_t shown = 0, total = 0;
  for (const auto& l : s.layers) {
    shown += l.shown ? l.visible.size() : 0;
    total += l.layer->points.size();
  }
  ImGui::TextDisabled("  %zu of %zu events on the map", shown, total);

  if (ImGui::Button(pb.playing ? "Pause" : "Play")) pb.playing = !pb.playing;
  ImGui::SameLine();
  if (ImGui::ArrowButton("##back", ImGuiDir_Left)) {
    pb.step(-1);
    s.filters_dirty = true;
  }
  ImGui::SameLine();
  if (ImGui::ArrowButton("##fwd", ImGuiDir_Right)) {
    pb.step(1);
    s.filters_dirty = true;
  }
  ImGui::SameLine();
  if (ImGui::Button("Start")) {
    pb.reset_to_start();
    s.filters_dirty = true;
  }
  ImGui::SameLine();
  if (ImGui::Button("All")) {
    pb.range = {pb.first, pb.last};
    s.filters_dirty = true;
  }
  ImGui::SameLine();
  ImGui::Checkbox("loop", &pb.loop);
  ImGui::SameLine();
  int mode = pb.mode == map::TimeMode::Window ? 0 : 1;
  ImGui::SetNextItemWidth(120);
  if (ImGui::Combo("##mode", &mode, "window\0cumulative\0")) {
    pb.mode = mode == 0 ? map::TimeMode::Window : map::TimeMode::Cumulative;
    s.filters_dirty = true;
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(150);
  float speed = static_cast<float>(pb.days_per_second);
  if (ImGui::SliderFloat("days/s", &speed, 0.25f, 120.0f, "%.2f", ImGuiSliderFlags_Logarithmic))
    pb.days_per_second = speed;
  ImGui::SameLine();
  int step = pb.step_days;
  ImGui::SetNextItemWidth(90);
  if (ImGui::InputInt("step days", &step)) pb.step_days = std::max(1, step);

  ImVec2 avail = ImGui::GetContentRegionAvail();
  draw_histogram(s, ImVec2(avail.x, std::max(40.0f, avail.y - ImGui::GetTextLineHeightWithSpacing() - 4)));
}

}  // namespace bordermap::ui
