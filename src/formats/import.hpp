#pragma once
// Events from other tools: GeoJSON, bordermap's own CSV, and ACLED's CSV export. Unknown
// columns are kept as attributes; a bad row is reported by line (or feature) number and
// the good rows still come in.
#include <filesystem>
#include <string>
#include <vector>

#include "events/event.hpp"

namespace bordermap::events {

struct ImportResult {
  std::string detected_format;       // "geojson", "csv", "acled-csv"
  std::vector<Event> events;
  std::vector<std::string> errors;   // "file.csv:17: field event_date: '2021-02-30' is not a date"
};

// Throws InputError only when the file as a whole cannot be read or recognised.
ImportResult import_events(const std::filesystem::path& file);

}  // namespace bordermap::events
