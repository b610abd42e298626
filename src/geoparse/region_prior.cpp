#include "geoparse/region_prior.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "geo/border.hpp"

namespace bordermap::geoparse {

namespace {
constexpr double kMarginDeg = 12.0;  // beyond ~1,000 km the prior is nil anyway
constexpr double kEfoldKm = 250.0;
}  // namespace

RegionPrior::RegionPrior(const geo::Border& border) {
  double w = 180, e = -180, s = 90, n = -90;
  for (const auto& line : border.lines)
    for (const auto& p : line) {
      w = std::min(w, p.lon);
      e = std::max(e, p.lon);
      s = std::min(s, p.lat);
      n = std::max(n, p.lat);
    }
  if (w > e) return;
  lon0_ = std::floor(w - kMarginDeg);
  lat0_ = std::max(-90.0, std::floor(s - kMarginDeg));
  nx_ = static_cast<int>(std::ceil((e + kMarginDeg - lon0_) / step_)) + 1;
  ny_ = static_cast<int>(std::ceil((std::min(90.0, n + kMarginDeg) - lat0_) / step_)) + 1;
  km_.resize(static_cast<size_t>(nx_) * static_cast<size_t>(ny_));
  for (int j = 0; j < ny_; ++j)
    for (int i = 0; i < nx_; ++i)
      km_[static_cast<size_t>(j) * static_cast<size_t>(nx_) + static_cast<size_t>(i)] =
          static_cast<float>(border.distance_km({lon0_ + i * step_, lat0_ + j * step_}));
}

double RegionPrior::distance_km(double lon, double lat) const {
  if (km_.empty()) return std::numeric_limits<double>::infinity();
  int i = static_cast<int>(std::lround((lon - lon0_) / step_));
  int j = static_cast<int>(std::lround((lat - lat0_) / step_));
  if (i < 0 || j < 0 || i >= nx_ || j >= ny_) return std::numeric_limits<double>::infinity();
  return km_[static_cast<size_t>(j) * static_cast<size_t>(nx_) + static_cast<size_t>(i)];
}

double RegionPrior::at(double lon, double lat) const {
  double d = distance_km(lon, lat);
  return std::isfinite(d) ? std::exp(-d / kEfoldKm) : 0.0;
}

}  // namespace bordermap::geoparse
