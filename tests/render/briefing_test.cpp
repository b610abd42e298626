// Briefing images from a synthetic map: a golden image, each layout element where it
// belongs, an event's pixel in its type's colour only inside the time window, and the
// "no events" image.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cstdlib>
#include <filesystem>

#include "map/event_filter.hpp"
#include "map/image_file.hpp"
#include "map/style.hpp"
#include "render/briefing.hpp"
#include "render/briefing_furniture.hpp"
#include "render/briefing_layout.hpp"
#include "render/headless_gl.hpp"
#include "support/temp_dir.hpp"
#include "shared_gl.hpp"
#include "synthetic_frame.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::render;

namespace {

HeadlessGl& gl() { return test::shared_gl(); }

BriefingSpec spec_of(int w, int h) {
  BriefingSpec spec;
  spec.width = w;
  spec.height = h;
  spec.title = "Synthetic border";
  spec.subtitle = "render test";
  spec.range = {map::day_number({2021, 9, 18}), map::day_number({2021, 9, 30})};
  return spec;
}

bool near(const std::uint8_t* px, map::Rgba c, int tolerance) {
  return std::abs(px[0] - c.r) <= tolerance && std::abs(px[1] - c.g) <= tolerance && std::abs(px[2] - c.b) <= tolerance;
}

// Pixels in the rectangle that are not paper white.
std::size_t inked(const map::Image& img, const map::ScreenRect& r) {
  std::size_t n = 0;
  for (int y = static_cast<int>(r.y0); y < static_cast<int>(r.y1); ++y)
    for (int x = static_cast<int>(r.x0); x < static_cast<int>(r.x1); ++x) {
      auto* p = img.pixel(x, y);
      if (p[0] < 240 || p[1] < 240 || p[2] < 240) ++n;
    }
  return n;
}

std::size_t pixels_like(const map::Image& img, const map::ScreenRect& r, map::Rgba c, int tolerance) {
  std::size_t n = 0;
  for (int y = static_cast<int>(r.y0); y < static_cast<int>(r.y1); ++y)
    for (int x = static_cast<int>(r.x0); x < static_cast<int>(r.x1); ++x)
      if (near(img.pixel(x, y), c, tolerance)) ++n;
  return n;
}

}  // namespace

TEST_CASE("render briefing: golden image at 320x200 within tolerance") {
  gl();
  auto m = test::synthetic_map(320, 200);
  auto spec = spec_of(320, 200);
  spec.banner = "TEST BANNER";
  auto image = render_briefing(spec, m.frame);
  REQUIRE(image.width == 320);
  REQUIRE(image.height == 200);
  std::filesystem::path golden = std::filesystem::path(BORDERMAP_TEST_DATA_DIR) / "render" / "briefing-320x200.png";
  const char* update = std::getenv("BORDERMAP_UPDATE_GOLDEN");
  if ((update && std::string(update) == "1") || !std::filesystem::exists(golden)) {
    std::filesystem::create_directories(golden.parent_path());
    map::write_png(golden, image);
    MESSAGE("golden image written: " << golden.string() << " (look at it before committing)");
    return;
  }
  auto expected = map::read_png(golden);
  REQUIRE(expected.width == image.width);
  REQUIRE(expected.height == image.height);
  auto diff = map::compare_images(image, expected, 24);
  CAPTURE(diff.mean_abs);
  CAPTURE(diff.changed_fraction);
  CHECK(diff.mean_abs < 3.0);
  CHECK(diff.changed_fraction < 0.03);
}

TEST_CASE("render briefing: banner, title, legend, inset, scale bar and footer are where the layout puts them") {
  gl();
  auto m = test::synthetic_map(960, 540);
  auto spec = spec_of(960, 540);
  spec.banner = "UNCLASSIFIED";
  auto image = render_briefing(spec, m.frame);
  auto L = layout_briefing(spec);
  map::Rgba banner{176, 28, 38};
  CHECK(near(image.pixel(3, 3), banner, 4));
  CHECK(near(image.pixel(image.width - 3, image.height - 3), banner, 4));
  CHECK(inked(image, L.title) > 200);                         // the title's letters
  CHECK(inked(image, L.footer) > 100);                        // the attribution line
  CHECK(inked(image, L.inset) > static_cast<std::size_t>(rect_width(L.inset) * rect_height(L.inset) / 2));
  // The legend draws each type's symbol in the map's colour.
  for (const char* type : {"Battles", "Protests", "Strategic developments"}) {
    CAPTURE(type);
    CHECK(pixels_like(image, L.legend, map::style_for_type(type).color, 10) >= 3);
  }
  // The scale bar's dark quarters near the map's bottom-left corner.
  map::ScreenRect scale{L.map.x0, L.map.y1 - 60 * L.scale, L.map.x0 + 200 * L.scale, L.map.y1};
  CHECK(pixels_like(image, scale, {30, 30, 36}, 12) > 20);
  // The map is not paper: water, land and lines fill it.
  CHECK(inked(image, L.map) > static_cast<std::size_t>(rect_width(L.map) * rect_height(L.map)) / 3);
}

TEST_CASE("render briefing: an event's pixel has its type colour only inside the time window") {
  gl();
  auto m = test::synthetic_map(400, 300);
  auto spec = spec_of(400, 300);
  spec.map_only = true;
  BriefingRenderer renderer;
  auto image = renderer.render(spec, m.frame);
  auto at = renderer.last_map_viewport().to_screen(m.layer->points[m.battle].at);
  auto battles = map::style_for_type("Battles").color;
  REQUIRE(at.x > 2);
  REQUIRE(at.y > 2);
  CHECK(near(image.pixel(static_cast<int>(at.x), static_cast<int>(at.y)), battles, 30));

  // A window after the battle's day: the same pixel is basemap again.
  map::TimeRange later{map::day_number({2021, 9, 22}), map::day_number({2021, 9, 30})};
  m.frame.layers[0].visible = map::visible_events(*m.layer, later, map::TimeMode::Window, map::AttributeFilter{});
  CHECK(m.frame.layers[0].visible.size() < m.layer->points.size());
  auto without = renderer.render(spec, m.frame);
  CHECK_FALSE(near(without.pixel(static_cast<int>(at.x), static_cast<int>(at.y)), battles, 30));
}

TEST_CASE("render briefing: a range with no events renders an image that says so") {
  gl();
  auto m = test::synthetic_map(640, 360);
  m.frame.layers[0].visible.clear();
  auto spec = spec_of(640, 360);
  auto image = render_briefing(spec, m.frame);
  auto L = layout_briefing(spec);
  CHECK(count_shown(m.frame).total == 0);
  // The message box is near-white in the middle of the map, where water or land would be.
  int cx = static_cast<int>((L.map.x0 + L.map.x1) / 2), cy = static_cast<int>((L.map.y0 + L.map.y1) / 2);
  map::ScreenRect box{cx - 20.0, cy - 4.0, cx + 20.0, cy + 4.0};
  map::BasemapColors colors;
  for (auto c : {colors.water, colors.land, colors.land_af, colors.land_tj}) CHECK(pixels_like(image, box, c, 3) == 0);
  CHECK(pixels_like(image, box, {255, 255, 255}, 12) > 40);
  CHECK(inked(image, box) > 10);  // its text
}

TEST_CASE("render briefing: tiles, the caller's ImGui context and bad sizes") {
  gl();
  auto m = test::synthetic_map(300, 200);
  auto spec = spec_of(300, 200);
  auto whole = render_briefing(spec, m.frame);
  spec.max_tile = 64;
  auto tiled = render_briefing(spec, m.frame);
  auto diff = map::compare_images(whole, tiled, 8);
  CHECK(diff.changed_fraction < 0.01);

  ImGuiContext* mine = ImGui::CreateContext();
  ImGui::SetCurrentContext(mine);
  render_briefing(spec, m.frame);
  CHECK(ImGui::GetCurrentContext() == mine);
  ImGui::DestroyContext(mine);

  spec.width = 0;
  CHECK_THROWS_AS(render_briefing(spec, m.frame), InputError);
}
