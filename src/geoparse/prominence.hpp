#pragma once
// How well known a place is, before any context: feature rank and population, 0..1.
#include <algorithm>
#include <cmath>

#include "gazetteer/gazetteer.hpp"

namespace bordermap::geoparse {

inline double prominence(const gazetteer::Gazetteer& g, std::uint32_t place) {
  double pop = static_cast<double>(std::max<std::int64_t>(0, g.population(place)));
  return 0.55 * g.rank(place) / 7.0 + 0.45 * std::clamp(std::log10(pop + 1) / 7.0, 0.0, 1.0);
}

}  // namespace bordermap::geoparse
