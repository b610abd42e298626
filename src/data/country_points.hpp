#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace bordermap::data {

struct CountryPoint {
  std::string iso_a2;
  std::string name;
  double lat = 0;
  double lon = 0;
  double area = 0;  // of the part the point lies on, square degrees: picks among features sharing a code
};

// One representative point per country of countries.gpkg (a point on the surface of
// its largest polygon), for the gazetteer's country entries.
std::vector<CountryPoint> read_country_points(const std::filesystem::path& gpkg);

}  // namespace bordermap::data
