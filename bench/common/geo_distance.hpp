#pragma once
// Great-circle distance on the mean Earth sphere (the convention of geoparsing evaluations).
#include <algorithm>
#include <cmath>
#include <numbers>

namespace bench {

inline constexpr double kAccuracyKm = 161.0;       // 100 miles, the field's "accuracy" threshold
inline constexpr double kMaxErrorKm = 20039.0;     // half the circumference: the worst possible

inline double great_circle_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double r = 6371.0088;
  constexpr double d2r = std::numbers::pi / 180.0;
  double dlat = (lat2 - lat1) * d2r, dlon = (lon2 - lon1) * d2r;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * d2r) * std::cos(lat2 * d2r) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * r * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace bench
