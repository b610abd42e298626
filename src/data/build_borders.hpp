#pragma once
// `bordermap data build-borders`: countries.gpkg (Natural Earth, ISO codes) and
// borders.gpkg (DCW countries, WDBII rivers, the shared border of every DCW pair).
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "data/countries_topojson.hpp"
#include "geo/border.hpp"

namespace bordermap::data {

struct BuildBordersOptions {
  std::filesystem::path topojson, iso_codes, raw_dir, out_dir;
  double tolerance_m = 250;         // see geo::SharedBorderOptions
  double min_part_km = 1.0;
  double tripoint_m = 3000;
  double index_tolerance_km = 0.25; // simplification of the runtime copy
  std::string dcw_version;          // empty: ask gmt
};

struct PairResult {
  std::string pair;
  double length_km = 0;       // along the first country's outline (the one stored)
  double other_side_km = 0;   // along the second's: how far the two copies disagree
  size_t parts = 0;
  size_t dropped_parts = 0;
  size_t vertices = 0, index_vertices = 0;
  std::vector<geo::Tripoint> tripoints;
  std::optional<double> reference_km;
};

struct BuildBordersReport {
  CountriesSummary countries;
  std::vector<std::string> dcw_codes;
  size_t repaired_polygons = 0;
  size_t river_lines = 0;
  std::vector<PairResult> pairs;
};

// Progress goes to `log` (may be null).
BuildBordersReport build_borders(const BuildBordersOptions& options, std::ostream* log);

}  // namespace bordermap::data
