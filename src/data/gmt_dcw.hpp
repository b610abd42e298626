#pragma once
// DCW country outlines as exported by `gmt coast -EXX -M > dcw_XX.txt`.
#include <filesystem>
#include <string>
#include <vector>

#include "geo/geos_handle.hpp"
#include "geo/ring_assembly.hpp"

namespace bordermap::data {

struct DcwCountry {
  std::string code;  // ISO alpha-2, from the file name
  std::string name;  // from the segment headers ("Tajikistan Segment 0")
  geo::GeosGeom area;  // valid MultiPolygon
  geo::AssemblyStats stats;
};

// dcw_XX.txt files of a folder, sorted by code.
std::vector<std::filesystem::path> find_dcw_files(const std::filesystem::path& raw_dir);

// The country code a dcw_XX.txt name carries, or "" when the name is not of that form.
std::string dcw_code_of(const std::filesystem::path& file);

// The DCW version GMT reports (`gmt --show-dcw`), or "" when gmt is not at hand.
std::string gmt_dcw_version();

DcwCountry read_dcw_country(const geo::GeosContext& ctx, const std::filesystem::path& file);

}  // namespace bordermap::data
