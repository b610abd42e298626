#include "analytics/border_analytics_sections.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>

#include "gazetteer/gazetteer.hpp"
#include "geo/border.hpp"
#include "geo/geodesic.hpp"

namespace bordermap::events::detail {
namespace {

constexpr double kKmPerDegLat = 110.57;
constexpr double kKmPerDegLonEquator = 111.32;

struct Candidate {
  double lon, lat;
  int side;  // 0 = border.a, 1 = border.b
  std::string_view admin1_code;  // into the mapped gazetteer
  std::uint32_t index;
};

// Points every step_km along each part of the line, ends included.
std::vector<geo::LonLat> sample_points(const geo::Border& border, double step_km) {
  std::vector<geo::LonLat> out;
  for (const auto& part : border.lines) {
    if (part.empty()) continue;
    const auto cum = geo::cumulative_km(part);
    double next = 0;
    for (std::size_t i = 0; i + 1 < part.size(); ++i) {
      const double seg = cum[i + 1] - cum[i];
      while (next <= cum[i + 1]) {
        const double t = seg > 0 ? (next - cum[i]) / seg : 0;
        out.push_back({part[i].lon + t * (part[i + 1].lon - part[i].lon),
                       part[i].lat + t * (part[i + 1].lat - part[i].lat)});
        next += step_km;
      }
    }
    out.push_back(part.back());
  }
  return out;
}

// One pass over the gazetteer: places of either country within the line's bounding box
// grown by the radius. Reads only the fixed-size records, never builds a Place.
std::vector<Candidate> candidates_near(const geo::Border& border, const gazetteer::Gazetteer& gaz, double radius_km) {
  double w = 180, s = 90, e = -180, n = -90;
  for (const auto& part : border.lines)
    for (const auto& p : part) {
      w = std::min(w, p.lon), e = std::max(e, p.lon);
      s = std::min(s, p.lat), n = std::max(n, p.lat);
    }
  const double dlat = radius_km / kKmPerDegLat;
  const double max_lat = std::min(89.0, std::max(std::abs(s), std::abs(n)) + dlat);
  const double dlon = radius_km / (kKmPerDegLonEquator * std::cos(max_lat * std::numbers::pi / 180));
  w -= dlon, e += dlon, s -= dlat, n += dlat;

  std::vector<Candidate> out;
  for (std::uint32_t i = 0, size = gaz.size(); i < size; ++i) {
    const double lat = gaz.lat(i), lon = gaz.lon(i);
    if (lat < s || lat > n || lon < w || lon > e) continue;
    const auto kind = gaz.kind(i);
    if (kind != gazetteer::Kind::populated_place && kind != gazetteer::Kind::admin1) continue;
    const auto country = gaz.country(i);
    const int side = country == border.a ? 0 : country == border.b ? 1 : -1;
    if (side < 0 || gaz.admin1_code(i).empty()) continue;
    out.push_back({lon, lat, side, gaz.admin1_code(i), i});
  }
  return out;
}

// Equirectangular km: within ~0.5% at the tens of km that matter here, and no trig per pair.
double approx_km(geo::LonLat p, double cos_lat, const Candidate& c) {
  const double dx = (c.lon - p.lon) * kKmPerDegLonEquator * cos_lat;
  const double dy = (c.lat - p.lat) * kKmPerDegLat;
  return std::sqrt(dx * dx + dy * dy);
}

// Samples whose side found no place borrow the nearest sample's unit on that side: admin1
// units span hundreds of km, so a gap in settlement (the Wakhan, high Pamir) is no new unit.
void fill_gaps(std::vector<std::string>& names, const std::vector<double>& along) {
  std::vector<std::string> filled = names;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!names[i].empty()) continue;
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t j = 0; j < names.size(); ++j)
      if (!names[j].empty() && std::abs(along[j] - along[i]) < best) {
        best = std::abs(along[j] - along[i]);
        filled[i] = names[j];
      }
  }
  names.swap(filled);
}

}  // namespace

std::vector<SectionSample> sample_sections(const geo::Border& border, const gazetteer::Gazetteer& gaz,
                                           const SectionOptions& options) {
  const auto points = sample_points(border, options.step_km);
  const auto cands = candidates_near(border, gaz, options.radius_km);

  // admin1 code → name, from the first place of the unit met (every place of a unit
  // carries the unit's name); a handful of Place builds, no id lookups.
  std::map<std::string_view, std::string> unit_names;
  auto unit_name = [&](const Candidate& c) -> const std::string& {
    auto it = unit_names.find(c.admin1_code);
    if (it != unit_names.end()) return it->second;
    std::string name = gaz.place(c.index).admin1;
    if (name.empty()) name = std::string(c.admin1_code);
    return unit_names.emplace(c.admin1_code, std::move(name)).first->second;
  };
  std::vector<double> along(points.size());
  std::vector<std::string> side_a(points.size()), side_b(points.size());
  for (std::size_t k = 0; k < points.size(); ++k) {
    const auto p = points[k];
    along[k] = border.along_km(p);
    const double cos_lat = std::cos(p.lat * std::numbers::pi / 180);
    double best[2] = {options.radius_km, options.radius_km};
    const Candidate* hit[2] = {nullptr, nullptr};
    for (const auto& c : cands) {
      const double d = approx_km(p, cos_lat, c);
      if (d <= best[c.side]) best[c.side] = d, hit[c.side] = &c;
    }
    if (hit[0]) side_a[k] = unit_name(*hit[0]);
    if (hit[1]) side_b[k] = unit_name(*hit[1]);
  }
  fill_gaps(side_a, along);
  fill_gaps(side_b, along);

  std::vector<SectionSample> out(points.size());
  for (std::size_t k = 0; k < points.size(); ++k) {
    auto label = [](const std::string& unit, const std::string& country) {
      return unit.empty() ? country : unit + " (" + country + ")";
    };
    out[k] = {along[k], label(side_a[k], border.a) + " \u2013 " + label(side_b[k], border.b)};
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const SectionSample& x, const SectionSample& y) { return x.along_km < y.along_km; });
  return out;
}

const std::string& section_at(const std::vector<SectionSample>& samples, double along_km) {
  static const std::string none;
  if (samples.empty()) return none;
  auto it = std::lower_bound(samples.begin(), samples.end(), along_km,
                             [](const SectionSample& s, double v) { return s.along_km < v; });
  if (it == samples.end()) return samples.back().name;
  if (it != samples.begin() && along_km - std::prev(it)->along_km < it->along_km - along_km) --it;
  return it->name;
}

}  // namespace bordermap::events::detail
