// Where the parts of a briefing go, and the sizes no layout fits.
#include <doctest/doctest.h>

#include "render/briefing_layout.hpp"
#include "util/error.hpp"

using namespace bordermap;
using namespace bordermap::render;

namespace {

bool inside(const map::ScreenRect& r, double w, double h) {
  return r.x0 >= 0 && r.y0 >= 0 && r.x1 <= w && r.y1 <= h && r.x0 <= r.x1 && r.y0 <= r.y1;
}

}  // namespace

TEST_CASE("render layout: every part inside the image, the map beside the sidebar, banners when asked") {
  BriefingSpec spec;
  spec.banner = "UNCLASSIFIED";
  auto L = layout_briefing(spec);
  for (const auto* r : {&L.banner_top, &L.banner_bottom, &L.title, &L.map, &L.sidebar, &L.inset, &L.legend, &L.footer})
    CHECK(inside(*r, spec.width, spec.height));
  CHECK(rect_height(L.banner_top) > 0);
  CHECK(L.banner_bottom.y1 == doctest::Approx(spec.height));
  CHECK(L.title.y0 >= L.banner_top.y1);
  CHECK(L.map.y0 >= L.title.y1);
  CHECK(L.map.x1 <= L.sidebar.x0);
  CHECK(L.footer.y0 >= L.map.y1);
  CHECK(L.footer.y1 <= L.banner_bottom.y0);
  CHECK(rect_width(L.map) > spec.width / 2);
  CHECK(L.inset.y1 <= L.legend.y0);

  spec.banner.clear();
  CHECK(rect_height(layout_briefing(spec).banner_top) == 0);
  spec.legend = spec.inset = spec.sources = false;
  CHECK(rect_width(layout_briefing(spec).map) > spec.width - 60);  // margins only
}

TEST_CASE("render layout: text scale follows the page and the DPI") {
  BriefingSpec small;
  small.width = 320;
  small.height = 200;
  BriefingSpec slide;
  BriefingSpec paper;
  paper.width = 3508;  // A4 landscape at 300 dpi
  paper.height = 2480;
  paper.ui_scale = 300.0f / 96.0f;
  CHECK(layout_briefing(small).scale < layout_briefing(slide).scale);
  CHECK(layout_briefing(paper).scale > 2.0f);
  CHECK(layout_briefing(paper).scale < 3.2f);
}

TEST_CASE("render layout: sizes no map fits are refused with the size in the message") {
  BriefingSpec spec;
  spec.width = 0;
  CHECK_THROWS_WITH_AS(layout_briefing(spec), doctest::Contains("0x1080"), InputError);
  spec.width = -5;
  CHECK_THROWS_AS(layout_briefing(spec), InputError);
  spec.width = 100;
  spec.height = 60;
  CHECK_THROWS_WITH_AS(layout_briefing(spec), doctest::Contains("too small"), InputError);
  spec.width = 40000;
  spec.height = 1000;
  CHECK_THROWS_WITH_AS(layout_briefing(spec), doctest::Contains("too large"), InputError);
  spec.width = 200;
  spec.height = 120;
  spec.map_only = true;
  CHECK(rect_width(layout_briefing(spec).map) == 200);
}
