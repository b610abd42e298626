// Noto in the ImGui atlas (Latin, Cyrillic, Arabic), and the thick-line mesh.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>
#include <filesystem>

#include "render/fonts.hpp"
#include "render/line_mesh.hpp"

using namespace bordermap;
using namespace bordermap::render;

TEST_CASE("render fonts: Noto Sans with Cyrillic and Arabic glyphs, bold found by name") {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGuiContext* context = ImGui::CreateContext();
  ImGui::SetCurrentContext(context);
  auto fonts = load_map_fonts(16);
  REQUIRE(fonts.regular != nullptr);
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  CHECK(w > 0);
  if (std::filesystem::exists("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")) {
    CHECK(fonts.noto);
    CHECK(fonts.warning.empty());
    CHECK(fonts.regular->FindGlyphNoFallback(0x014D) != nullptr);  // ō (Khorugh's romanisations)
    CHECK(fonts.regular->FindGlyphNoFallback(0x04EF) != nullptr);  // Tajik ӯ
    CHECK(fonts.regular->FindGlyphNoFallback(0x0628) != nullptr);  // Arabic beh
    CHECK(fonts.bold != fonts.regular);
    CHECK(find_bold_font() == fonts.bold);
  } else {
    MESSAGE("fonts-noto-core is not installed: only the fallback is checked");
    CHECK_FALSE(fonts.noto);
  }
  ImGui::DestroyContext(context);
  ImGui::SetCurrentContext(previous);
}

TEST_CASE("render lines: two triangles per segment, miters at joins, repeated points skipped") {
  std::vector<LineVertex> out;
  const map::XY corner[] = {{100, 100}, {200, 100}, {200, 100}, {200, 200}};
  append_polyline(out, corner, {100, 100});
  REQUIRE(out.size() == 12);  // two segments after the repeated point is dropped
  CHECK(out[0].x == doctest::Approx(0));
  // At the right-angle corner the miter is √2 long, pointing along the bisector.
  bool found = false;
  for (const auto& v : out)
    if (v.x == doctest::Approx(100) && v.y == doctest::Approx(0)) {
      CHECK(std::hypot(v.ex, v.ey) == doctest::Approx(std::sqrt(2.0)).epsilon(1e-4));
      found = true;
    }
  CHECK(found);
  // Ends get a plain unit normal.
  CHECK(std::hypot(out[0].ex, out[0].ey) == doctest::Approx(1.0));

  std::vector<LineVertex> none;
  const map::XY single[] = {{5, 5}, {5, 5}};
  append_polyline(none, single, {});
  CHECK(none.empty());
  append_segment(none, {0, 0}, {10, 0}, {});
  CHECK(none.size() == 6);
}
