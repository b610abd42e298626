#include "analytics/border_analytics.hpp"

#include <cmath>

#include "analytics/border_analytics_polygons.hpp"
#include "analytics/border_analytics_sections.hpp"
#include "geo/border.hpp"

namespace bordermap::events {

struct BorderAnalyzer::Impl {
  geo::Border border;  // a copy: the analyzer must not depend on the caller's lifetimes
  std::string pair;
  std::vector<detail::SectionSample> sections;
  detail::CountryPolygons polygons;

  Impl(const geo::Border& b, const gazetteer::Gazetteer& gaz, const std::filesystem::path& data_dir)
      : border(b), pair(b.a + "-" + b.b), sections(detail::sample_sections(b, gaz)), polygons(data_dir, b.a, b.b) {}
};

BorderAnalyzer::BorderAnalyzer(const geo::Border& border, const gazetteer::Gazetteer& gazetteer,
                               const std::filesystem::path& data_dir)
    : impl_(std::make_shared<const Impl>(border, gazetteer, data_dir)) {}

void BorderAnalyzer::annotate(Event& event) const {
  event.border = {};
  const auto& loc = event.location;
  const auto& im = *impl_;
  // A country-wide event has no point, but it has a side.
  if (loc.place_id.starts_with("country:") && (loc.country == im.border.a || loc.country == im.border.b)) {
    event.border.pair = im.pair;
    event.border.side = loc.country;
  }
  if (!loc.lat || !loc.lon || !std::isfinite(*loc.lat) || !std::isfinite(*loc.lon)) return;  // nothing to measure
  const geo::LonLat p{*loc.lon, *loc.lat};

  event.border.pair = im.pair;
  // The gazetteer's country decides (polygons misplace river villages); the polygon only
  // speaks for places of no country. A third country's place is on neither side.
  if (loc.country.empty()) event.border.side = im.polygons.side_of(p);
  else if (loc.country == im.border.a || loc.country == im.border.b) event.border.side = loc.country;

  // A whole country stands at a label point that says nothing about where along the
  // border the event was: it gets a side, not a distance or a section.
  if (loc.place_id.starts_with("country:")) return;
  // 10 m is finer than any gazetteer point; more digits would be noise in every export.
  auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
  event.border.distance_to_border_km = round2(im.border.distance_km(p));
  const double along = im.border.along_km(p);
  event.border.border_km = round2(along);
  event.border.border_section = detail::section_at(im.sections, along);
}

}  // namespace bordermap::events
