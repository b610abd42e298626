#pragma once
// The shared land border between two countries, as precomputed by
// `bordermap data build-borders` into borders.gpkg, and the measures the rest of the
// program takes against it.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/lonlat.hpp"

namespace bordermap::geo {

struct Tripoint {
  std::string third_country;  // ISO alpha-2 of the country meeting both
  LonLat at;
};

class Border {
 public:
  std::string a, b;                         // ISO alpha-2, in the order asked ("AF", "TJ")
  std::vector<std::vector<LonLat>> lines;   // merged parts, ordered from the western end
  double length_km = 0;                     // geodesic on WGS84
  std::vector<Tripoint> tripoints;          // western first
  std::string source;                       // e.g. "DCW 1:1M via GMT (gmt-dcw 2.1.1)"
  std::optional<double> reference_km;       // a published figure for the same border
  std::string reference_source;             // who published it

  // Distance in km from a point to the border line; fast enough to call for every
  // gazetteer candidate of a document (a simplified copy of the line is used).
  double distance_km(LonLat p) const;
  // km along the border from its western end to the point of the line nearest p.
  double along_km(LonLat p) const;

  // Filled by load_border: the simplified line in a local metric frame.
  struct Index;
  std::shared_ptr<const Index> index;
};

// Loads the border of `pair` ("AF-TJ", order-insensitive) from <data_dir>/borders.gpkg.
// Throws InputError naming the pair when the two countries share no border in the data.
Border load_border(const std::filesystem::path& data_dir, std::string_view pair);

// The pairs the data holds, "AF-TJ" style, sorted.
std::vector<std::string> available_pairs(const std::filesystem::path& data_dir);

}  // namespace bordermap::geo
