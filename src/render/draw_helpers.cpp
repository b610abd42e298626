#include "render/draw_helpers.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace bordermap::render {
namespace {

constexpr float kPi = 3.14159265f;
const ImU32 kDark = IM_COL32(30, 30, 36, 255);

void polygon(ImDrawList* list, const std::vector<ImVec2>& pts, ImU32 fill, ImU32 outline, float outline_px) {
  if (fill & IM_COL32_A_MASK) list->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()), fill);
  list->AddPolyline(pts.data(), static_cast<int>(pts.size()), outline, ImDrawFlags_Closed, outline_px);
}

std::vector<ImVec2> regular(ImVec2 c, float r, int n, float start) {
  std::vector<ImVec2> pts;
  for (int i = 0; i < n; ++i) {
    float a = start + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
    pts.push_back({c.x + r * std::sin(a), c.y - r * std::cos(a)});
  }
  return pts;
}

}  // namespace

ImU32 to_imcolor(map::Rgba c, float alpha_scale) {
  return IM_COL32(c.r, c.g, c.b, static_cast<int>(std::lround(std::clamp(c.a * alpha_scale, 0.0f, 255.0f))));
}

ImVec2 text_size(ImFont* font, float size, std::string_view text) {
  return font->CalcTextSizeA(size, 1e9f, 0.0f, text.data(), text.data() + text.size());
}

void text_with_halo(ImDrawList* list, ImFont* font, float size, ImVec2 pos, std::string_view text, ImU32 color,
                    ImU32 halo, float halo_px) {
  const char* b = text.data();
  const char* e = b + text.size();
  if (halo & IM_COL32_A_MASK) {
    // The four diagonal copies already close a one-pixel halo on every side, at half the
    // glyphs (labels are most of what llvmpipe fills per frame); wider halos need all eight.
    static const float offsets[8][2] = {{-1, -1}, {1, -1}, {-1, 1}, {1, 1}, {0, -1}, {-1, 0}, {1, 0}, {0, 1}};
    const int n = halo_px < 1.5f ? 4 : 8;
    for (int i = 0; i < n; ++i)
      list->AddText(font, size, {pos.x + offsets[i][0] * halo_px, pos.y + offsets[i][1] * halo_px}, halo, b, e);
  }
  list->AddText(font, size, pos, color, b, e);
}

void draw_symbol_icon(ImDrawList* list, ImVec2 c, map::Shape shape, map::Rgba color, float diameter, bool hollow,
                      float scale) {
  float r = diameter / 2;
  float outline = 1.1f * scale;
  ImU32 fill = hollow ? 0 : to_imcolor(color);
  if (hollow) {
    float band = std::max(1.6f * scale, r * 0.32f);
    list->AddCircle(c, r - band / 2, kDark, 0, band + 2 * outline);
    list->AddCircle(c, r - band / 2, to_imcolor(color), 0, band);
    return;
  }
  switch (shape) {
    case map::Shape::Square: {
      float h = r * 0.82f;
      polygon(list, {{c.x - h, c.y - h}, {c.x + h, c.y - h}, {c.x + h, c.y + h}, {c.x - h, c.y + h}}, fill, kDark,
              outline);
      break;
    }
    case map::Shape::Triangle:
      polygon(list, regular({c.x, c.y + r * 0.2f}, r * 1.15f, 3, 0), fill, kDark, outline);
      break;
    case map::Shape::Diamond:
      polygon(list, regular(c, r * 1.1f, 4, 0), fill, kDark, outline);
      break;
    case map::Shape::Star: {
      auto outer = regular(c, r * 1.15f, 5, 0), inner = regular(c, r * 0.5f, 5, kPi / 5);
      std::vector<ImVec2> star;
      for (int i = 0; i < 5; ++i) {
        star.push_back(outer[i]);
        star.push_back(inner[i]);
      }
      // Concave: fill as ten triangles around the centre, without ImGui's antialiased
      // fringe (fringes of neighbours would blend into a darker star), then outline.
      ImDrawListFlags flags = list->Flags;
      list->Flags &= ~ImDrawListFlags_AntiAliasedFill;
      for (int i = 0; i < 10; ++i) list->AddTriangleFilled(c, star[i], star[(i + 1) % 10], fill);
      list->Flags = flags;
      list->AddPolyline(star.data(), 10, kDark, ImDrawFlags_Closed, outline);
      break;
    }
    case map::Shape::Cross: {
      float a = r, w = r * 0.34f;
      std::vector<ImVec2> plus = {{c.x - w, c.y - a}, {c.x + w, c.y - a}, {c.x + w, c.y - w}, {c.x + a, c.y - w},
                                  {c.x + a, c.y + w}, {c.x + w, c.y + w}, {c.x + w, c.y + a}, {c.x - w, c.y + a},
                                  {c.x - w, c.y + w}, {c.x - a, c.y + w}, {c.x - a, c.y - w}, {c.x - w, c.y - w}};
      list->AddRectFilled({c.x - w, c.y - a}, {c.x + w, c.y + a}, fill);
      list->AddRectFilled({c.x - a, c.y - w}, {c.x + a, c.y + w}, fill);
      list->AddPolyline(plus.data(), static_cast<int>(plus.size()), kDark, ImDrawFlags_Closed, outline);
      break;
    }
    case map::Shape::Circle:
    default:
      list->AddCircleFilled(c, r, fill, 24);
      list->AddCircle(c, r, kDark, 24, outline);
      break;
  }
}

ImVec4 draw_scale_bar(ImDrawList* list, ImFont* font, float font_size, ImVec2 at, const map::ScaleBar& bar,
                      float scale) {
  float len = static_cast<float>(bar.length_px);
  if (!(len > 0)) return {at.x, at.y, at.x, at.y};
  float h = 5 * scale;
  ImVec2 label = text_size(font, font_size, bar.label);
  float pad = 6 * scale;
  ImVec4 box{at.x - pad, at.y - h - label.y - 3 * scale - pad, at.x + std::max(len, label.x) + pad, at.y + pad};
  list->AddRectFilled({box.x, box.y}, {box.z, box.w}, IM_COL32(255, 255, 255, 200), 3 * scale);
  // Four alternating quarters: the eye reads fractions of the length from them.
  for (int i = 0; i < 4; ++i) {
    float x0 = at.x + len * static_cast<float>(i) / 4, x1 = at.x + len * static_cast<float>(i + 1) / 4;
    list->AddRectFilled({x0, at.y - h}, {x1, at.y}, i % 2 ? IM_COL32(255, 255, 255, 255) : kDark);
  }
  list->AddRect({at.x, at.y - h}, {at.x + len, at.y}, kDark, 0, 0, 1.0f * scale);
  list->AddText(font, font_size, {at.x, at.y - h - label.y - 2 * scale}, kDark, "0");
  ImVec2 end_pos{at.x + len - label.x, at.y - h - label.y - 2 * scale};
  list->AddText(font, font_size, end_pos, kDark, bar.label.c_str());
  return box;
}

ImVec4 draw_north_arrow(ImDrawList* list, ImFont* font, float font_size, ImVec2 centre, float angle, float scale) {
  float r = 20 * scale;
  list->AddCircleFilled(centre, r + 6 * scale, IM_COL32(255, 255, 255, 200), 32);
  auto rot = [&](float x, float y) {  // (x right, y up) rotated clockwise by angle
    float c = std::cos(angle), s = std::sin(angle);
    return ImVec2{centre.x + x * c + y * s, centre.y - (-x * s + y * c)};
  };
  ImVec2 tip = rot(0, r * 0.45f), left = rot(-r * 0.38f, -r * 0.8f), right = rot(r * 0.38f, -r * 0.8f);
  ImVec2 mid = rot(0, -r * 0.5f);
  list->AddTriangleFilled(tip, left, mid, kDark);
  list->AddTriangleFilled(tip, mid, right, IM_COL32(255, 255, 255, 255));
  list->AddTriangle(tip, right, mid, kDark, 1.0f * scale);
  ImVec2 n = text_size(font, font_size, "N");
  ImVec2 label = rot(0, r * 0.82f);
  list->AddText(font, font_size, {label.x - n.x / 2, label.y - n.y / 2}, IM_COL32(30, 30, 36, 255), "N");
  float R = r + 6 * scale;
  return {centre.x - R, centre.y - R, centre.x + R, centre.y + R};
}

}  // namespace bordermap::render
