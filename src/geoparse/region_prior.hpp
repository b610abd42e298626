#pragma once
// Nearness to the active border as a cheap lookup: a grid of distances filled once, so
// scoring thousands of candidates per document costs a table read each.
#include <vector>

namespace bordermap::geo { class Border; }

namespace bordermap::geoparse {

class RegionPrior {
 public:
  RegionPrior() = default;  // no border: every prior is 0
  explicit RegionPrior(const geo::Border& border);

  // 1 on the border, falling with distance (e-folding 250 km), 0 beyond the grid.
  double at(double lon, double lat) const;
  double distance_km(double lon, double lat) const;  // +inf beyond the grid

 private:
  double lon0_ = 0, lat0_ = 0, step_ = 0.25;
  int nx_ = 0, ny_ = 0;
  std::vector<float> km_;
};

}  // namespace bordermap::geoparse
