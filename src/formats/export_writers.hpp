#pragma once
// One writer per export format (export_geojson.cpp, export_gpkg.cpp, export_kml.cpp,
// export_csv.cpp); export_events() picks one. Each writes atomically.
#include <filesystem>
#include <vector>

#include "events/event.hpp"

namespace bordermap::events::detail {

void write_geojson(const std::vector<Event>& events, const std::filesystem::path& out);
void write_gpkg(const std::vector<Event>& events, const std::filesystem::path& out);
void write_kml(const std::vector<Event>& events, const std::filesystem::path& out);
void write_csv(const std::vector<Event>& events, const std::filesystem::path& out);

// A point an export can write: both coordinates present, finite and on WGS84. Throws
// InputError naming the event when they are present but impossible, so a broken record
// is reported rather than silently written without its place.
bool has_point(const Event& e);

}  // namespace bordermap::events::detail
