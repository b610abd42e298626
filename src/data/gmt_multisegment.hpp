#pragma once
// GMT's multi-segment ASCII tables (what `gmt coast -M` prints): a '>' line opens a
// segment and carries its header text; the lines after it hold "lon lat" pairs.
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "geo/lonlat.hpp"

namespace bordermap::data {

struct GmtSegment {
  std::string header;  // the text after '>', trimmed
  std::vector<geo::LonLat> points;
};

// `source` names the input in InputError messages ("dcw_TJ.txt:12: ...").
std::vector<GmtSegment> parse_gmt_multisegment(std::istream& in, const std::string& source);
std::vector<GmtSegment> read_gmt_multisegment(const std::filesystem::path& path);

// The integer following `key` in a header ("River Bin # 3990, Level 2", "Level"),
// or `fallback` when the header does not carry it.
int header_int(const std::string& header, const std::string& key, int fallback);

}  // namespace bordermap::data
