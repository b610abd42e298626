#pragma once
// Lengths on the WGS84 ellipsoid through PROJ's geodesic routines (Karney), which
// are exact to nanometres: the reference every faster approximation is tested against.
#include <span>
#include <vector>

#include "geo/lonlat.hpp"

namespace bordermap::geo {

double geodesic_km(LonLat a, LonLat b);

// The inverse problem: distance and the initial bearing at `a`, degrees clockwise from
// true north in [0, 360).
struct GeodesicInverse {
  double km = 0;
  double azimuth_deg = 0;
};
GeodesicInverse geodesic_inverse(LonLat a, LonLat b);

// Length of a polyline, segment by segment along geodesics.
double geodesic_length_km(std::span<const LonLat> line);

// Running length at each vertex (first 0, last the whole length).
std::vector<double> cumulative_km(std::span<const LonLat> line);

// Lambert's formula: the ellipsoidal distance to about 10 m over thousands of km at
// a fraction of the cost of the exact solution; for per-candidate hot paths.
double lambert_km(LonLat a, LonLat b);

}  // namespace bordermap::geo
