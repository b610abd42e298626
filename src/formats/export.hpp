#pragma once
// Event layers for other tools: GeoJSON (RFC 7946, 6 decimals, ISO 8601 times with a time
// part), GeoPackage, KML (TimeSpan, placemarks styled by type) and CSV with ACLED's columns.
// Every file is written atomically.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "events/event.hpp"

namespace bordermap::events {

enum class ExportFormat { geojson, gpkg, kml, csv };

std::optional<ExportFormat> parse_export_format(const std::string& name);

void export_events(const std::vector<Event>& events, ExportFormat format, const std::filesystem::path& out);

}  // namespace bordermap::events
