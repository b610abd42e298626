// Event symbols: ACLED's six types apart from each other and from the basemap, other types
// stable and from the palette, sizes and opacities ordered as the legend explains them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "map/style.hpp"

using namespace bordermap::map;

namespace {

const std::vector<std::string> kAcledTypes{"Battles",  "Explosions/Remote violence", "Violence against civilians",
                                           "Protests", "Riots",                      "Strategic developments"};

// Plain RGB distance: enough to tell "the same colour" from "clearly another one".
double distance(Rgba a, Rgba b) {
  const double dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b;
  return std::sqrt(dr * dr + dg * dg + db * db);
}

// The event_type column of events/event_types.tsv: the types bordermap itself produces.
std::set<std::string> produced_types() {
  std::ifstream in(std::filesystem::path(BORDERMAP_SOURCE_DIR) / "events" / "event_types.tsv");
  std::set<std::string> types;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    types.insert(line.substr(0, line.find('\t')));
  }
  return types;
}

}  // namespace

TEST_SUITE("map.style") {

TEST_CASE("style_for_type: ACLED's six types have six shapes and clearly different colours") {
  std::set<Shape> shapes;
  for (std::size_t i = 0; i < kAcledTypes.size(); ++i) {
    const TypeStyle a = style_for_type(kAcledTypes[i]);
    shapes.insert(a.shape);
    CHECK(a.color.a == 255);
    for (std::size_t j = i + 1; j < kAcledTypes.size(); ++j) {
      INFO(kAcledTypes[i], " vs ", kAcledTypes[j]);
      CHECK(distance(a.color, style_for_type(kAcledTypes[j]).color) > 60);
    }
  }
  CHECK(shapes.size() == 6);
}

TEST_CASE("style_for_type: event symbols stand apart from the basemap's water, land and border") {
  const BasemapColors base;
  for (const auto& t : kAcledTypes) {
    INFO(t);
    const Rgba c = style_for_type(t).color;
    CHECK(distance(c, base.land) > 100);
    CHECK(distance(c, base.water) > 100);
    CHECK(distance(c, base.border) > 60);
  }
}

TEST_CASE("style_for_type: every type bordermap produces is one of ACLED's six, styled as such") {
  const auto produced = produced_types();
  REQUIRE_FALSE(produced.empty());
  for (const auto& t : produced) {
    INFO(t);
    CHECK(std::find(kAcledTypes.begin(), kAcledTypes.end(), t) != kAcledTypes.end());
  }
  // The bundled sample layer holds Battles and Strategic developments: different at a glance.
  const TypeStyle battles = style_for_type("Battles"), strategic = style_for_type("Strategic developments");
  CHECK(battles.shape != strategic.shape);
  CHECK(distance(battles.color, strategic.color) > 100);
}

TEST_CASE("style_for_type: case does not matter for ACLED names; other names are stable") {
  CHECK(style_for_type("battles").shape == style_for_type("Battles").shape);
  const TypeStyle x = style_for_type("Smuggling"), y = style_for_type("Smuggling");
  CHECK(x.shape == y.shape);
  CHECK(distance(x.color, y.color) == 0);
  // Unknown types are not drawn like the ACLED types they are not.
  int same_as_acled = 0;
  for (const char* name : {"Smuggling", "Refugee movement", "Natural disaster", "Drug seizure", "Other"})
    for (const auto& t : kAcledTypes) {
      const TypeStyle a = style_for_type(name), b = style_for_type(t);
      if (a.shape == b.shape && distance(a.color, b.color) < 30) ++same_as_acled;
    }
  CHECK(same_as_acled == 0);
  CHECK(style_for_type("").shape == Shape::Circle);
}

TEST_CASE("symbol sizes, hollow rings and opacity follow precision and grade") {
  CHECK(symbol_size_px(1) > symbol_size_px(2));
  CHECK(symbol_size_px(2) > symbol_size_px(3));
  CHECK(symbol_size_px(0) == symbol_size_px(3));  // out of range: treated as vaguest
  CHECK_FALSE(hollow_symbol(1));
  CHECK_FALSE(hollow_symbol(2));
  CHECK(hollow_symbol(3));
  CHECK(opacity_for_reliability(1) == 1.0f);
  for (int g = 1; g < 5; ++g) CHECK(opacity_for_reliability(g) > opacity_for_reliability(g + 1));
  CHECK(opacity_for_reliability(5) > 0.3f);  // still visible
  CHECK(opacity_for_reliability(6) == opacity_for_reliability(0));  // F: cannot be judged
}

}  // TEST_SUITE
