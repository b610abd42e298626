#include "map/style.hpp"

#include <cstddef>

namespace bordermap::map {

namespace {

bool equal_folded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (fold(a[i]) != fold(b[i])) return false;
  }
  return true;
}

struct NamedStyle {
  std::string_view type;
  TypeStyle style;
};

// ACLED's six event types, each with its own shape so that they stay apart in greyscale
// print and for every kind of colour blindness. Colours from the Okabe–Ito palette
// (M. Okabe and K. Ito, "Color Universal Design", 2008, https://jfly.uni-koeln.de/color/),
// chosen away from the basemap's blues (water, rivers) and the border's red; its yellow
// is left out because it vanishes on the pale land.
constexpr NamedStyle kAcled[] = {
    {"Battles", {Shape::Star, {213, 94, 0, 255}}},                      // vermillion
    {"Explosions/Remote violence", {Shape::Diamond, {230, 159, 0, 255}}},  // orange
    {"Violence against civilians", {Shape::Triangle, {204, 121, 167, 255}}},  // reddish purple
    {"Protests", {Shape::Circle, {0, 158, 115, 255}}},                   // bluish green
    {"Riots", {Shape::Cross, {0, 0, 0, 255}}},                           // black
    {"Strategic developments", {Shape::Square, {0, 114, 178, 255}}},     // blue
};

// Any other type: Paul Tol's "muted" qualitative scheme (P. Tol, "Colour Schemes",
// SRON/EPS/TN/09-002, https://personal.sron.nl/~pault/), also safe for colour-blind readers.
constexpr Rgba kMuted[] = {
    {204, 102, 119, 255},  // rose
    {51, 34, 136, 255},    // indigo
    {221, 204, 119, 255},  // sand
    {17, 119, 51, 255},    // green
    {136, 204, 238, 255},  // cyan
    {136, 34, 85, 255},    // wine
    {68, 170, 153, 255},   // teal
    {153, 153, 51, 255},   // olive
    {170, 68, 153, 255},   // purple
};
constexpr Shape kOtherShapes[] = {Shape::Circle, Shape::Square, Shape::Triangle, Shape::Diamond};

// FNV-1a: fixed across runs, builds and platforms (std::hash is not), so a type keeps its
// colour from one session, export or briefing to the next.
std::uint64_t stable_hash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

TypeStyle style_for_type(std::string_view event_type) {
  for (const auto& named : kAcled)
    if (equal_folded(named.type, event_type)) return named.style;
  if (event_type.empty()) return {Shape::Circle, {128, 128, 128, 255}};  // untyped: neutral grey
  const std::uint64_t h = stable_hash(event_type);
  return {kOtherShapes[(h >> 32) % std::size(kOtherShapes)], kMuted[h % std::size(kMuted)]};
}

float symbol_size_px(int geo_precision) {
  switch (geo_precision) {
    case 1: return 10.0f;  // the town itself
    case 2: return 8.0f;   // near a town or part of a region
    default: return 7.0f;  // a region or natural feature: drawn hollow, so smaller still reads
  }
}

bool hollow_symbol(int geo_precision) { return geo_precision != 1 && geo_precision != 2; }

float opacity_for_reliability(int reliability) {
  switch (reliability) {
    case 1: return 1.0f;    // A completely reliable
    case 2: return 0.92f;   // B usually reliable
    case 3: return 0.82f;   // C fairly reliable
    case 4: return 0.62f;   // D not usually reliable
    case 5: return 0.45f;   // E unreliable
    // F means "reliability cannot be judged": no worse than an ungraded report.
    default: return 0.8f;
  }
}

}  // namespace bordermap::map
