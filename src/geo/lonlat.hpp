#pragma once

namespace bordermap::geo {

// A position on WGS84 in degrees, longitude first as in GeoJSON.
struct LonLat {
  double lon = 0;
  double lat = 0;
};

}  // namespace bordermap::geo
