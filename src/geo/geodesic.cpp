#include "geo/geodesic.hpp"

#include <geodesic.h>

#include <cmath>
#include <numbers>

namespace bordermap::geo {
namespace {

constexpr double kWgs84A = 6378137.0;
constexpr double kWgs84F = 1 / 298.257223563;
constexpr double kDeg = std::numbers::pi / 180;

const geod_geodesic& wgs84() {
  static const geod_geodesic g = [] {
    geod_geodesic init{};
    geod_init(&init, kWgs84A, kWgs84F);
    return init;
  }();
  return g;
}

}  // namespace

double geodesic_km(LonLat a, LonLat b) {
  double s12 = 0;
  geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, nullptr, nullptr);
  return s12 / 1000.0;
}

GeodesicInverse geodesic_inverse(LonLat a, LonLat b) {
  double s12 = 0, azi1 = 0, azi2 = 0;
  geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, &azi1, &azi2);
  // geod_inverse gives (-180, 180]; bearings read better as 0–360.
  double az = std::fmod(azi1 + 360.0, 360.0);
  if (az >= 360.0) az -= 360.0;
  return {s12 / 1000.0, az};
}

double geodesic_length_km(std::span<const LonLat> line) {
  double total = 0;
  for (size_t i = 1; i < line.size(); ++i) total += geodesic_km(line[i - 1], line[i]);
  return total;
}

std::vector<double> cumulative_km(std::span<const LonLat> line) {
  std::vector<double> out(line.size(), 0.0);
  for (size_t i = 1; i < line.size(); ++i) out[i] = out[i - 1] + geodesic_km(line[i - 1], line[i]);
  return out;
}

double lambert_km(LonLat a, LonLat b) {
  // Reduced latitudes turn the ellipsoid problem into a sphere one plus a
  // first-order flattening correction.
  const double b1 = std::atan((1 - kWgs84F) * std::tan(a.lat * kDeg));
  const double b2 = std::atan((1 - kWgs84F) * std::tan(b.lat * kDeg));
  const double dlon = (b.lon - a.lon) * kDeg;
  const double sdb = std::sin((b2 - b1) / 2), sdl = std::sin(dlon / 2);
  const double h = sdb * sdb + std::cos(b1) * std::cos(b2) * sdl * sdl;
  const double sigma = 2 * std::asin(std::sqrt(std::fmin(1.0, h)));
  if (sigma < 1e-12) return 0;
  const double p = (b1 + b2) / 2, q = (b2 - b1) / 2;
  const double sp = std::sin(p), cp = std::cos(p), sq = std::sin(q), cq = std::cos(q);
  const double sh = std::sin(sigma / 2), ch = std::cos(sigma / 2);
  double x = 0, y = 0;
  if (ch > 1e-12) x = (sigma - std::sin(sigma)) * sp * sp * cq * cq / (ch * ch);
  y = (sigma + std::sin(sigma)) * cp * cp * sq * sq / (sh * sh);
  return kWgs84A * (sigma - kWgs84F / 2 * (x + y)) / 1000.0;
}

}  // namespace bordermap::geo
