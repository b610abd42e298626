#pragma once
// How events look: a shape and a colour per event type (ACLED's six types fixed, the rest
// from a colour-blind-safe palette by name), sizes by precision, opacity by grade.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace bordermap::map {

enum class Shape : std::uint8_t { Circle = 0, Square = 1, Triangle = 2, Diamond = 3, Star = 4, Cross = 5 };

struct Rgba {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
};

struct TypeStyle {
  Shape shape = Shape::Circle;
  Rgba color;
};

TypeStyle style_for_type(std::string_view event_type);
// Symbol diameter in pixels (before UI scale): town-precise events largest.
float symbol_size_px(int geo_precision);
// Region-precision events (ACLED 3) are drawn as hollow rings.
bool hollow_symbol(int geo_precision);
// Opacity from the Admiralty source reliability (0 ungraded, 1 = A … 6 = F).
float opacity_for_reliability(int reliability);

// Basemap palette.
struct BasemapColors {
  Rgba water{198, 219, 239}, land{242, 239, 233}, land_af{245, 237, 220}, land_tj{232, 240, 226};
  Rgba country_outline{150, 150, 150}, border{200, 30, 45}, tick{120, 20, 30};
  Rgba river{110, 160, 210}, graticule{160, 160, 170, 120}, label{40, 40, 40}, halo{255, 255, 255, 200};
};

}  // namespace bordermap::map
