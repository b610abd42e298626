#pragma once
// countries.gpkg: the Natural Earth countries of world-atlas' TopoJSON, with ISO codes.
#include <filesystem>

#include "data/countries_iso.hpp"

namespace bordermap::data {

inline constexpr const char* kCountriesFile = "countries.gpkg";
inline constexpr const char* kCountriesLayer = "countries";

struct CountriesSummary {
  size_t features = 0;
  size_t without_code = 0;  // no numeric id, or one iso-codes does not know
};

// Reads the TopoJSON object "countries" and writes `out` (atomically, one transaction):
// fields iso_a2, iso_a3, iso_n3, name; MultiPolygon EPSG:4326.
CountriesSummary write_countries_gpkg(const std::filesystem::path& topojson, const IsoByNumeric& iso,
                                      const std::filesystem::path& out);

}  // namespace bordermap::data
