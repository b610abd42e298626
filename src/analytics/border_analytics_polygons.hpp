#pragma once
// The side of a point by point-in-polygon against the DCW country polygons of the two
// countries of a border: the fallback for places the gazetteer gives no country (rivers,
// regions). Point-in-polygon is unreliable at river villages, which is why it is only
// the fallback.
#include <filesystem>
#include <mutex>
#include <string>

#include "geo/geos_handle.hpp"
#include "geo/lonlat.hpp"

namespace bordermap::events::detail {

class CountryPolygons {
 public:
  // Reads the countries_dcw layer of <data_dir>/borders.gpkg; DataError when a or b is absent.
  CountryPolygons(const std::filesystem::path& data_dir, const std::string& a, const std::string& b);

  // a or b when the point lies in (or on) its polygon; inside neither, the nearer of the
  // two when within the slack that separates independently quantised DCW outlines; else "".
  std::string side_of(geo::LonLat p) const;

 private:
  std::string a_, b_;
  geo::GeosContext ctx_;
  geo::GeosGeom area_a_, area_b_;
  geo::GeosPrepared prep_a_, prep_b_;
  mutable std::mutex mutex_;  // a GEOS context serves one thread at a time
};

}  // namespace bordermap::events::detail
