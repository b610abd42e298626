#include "formats/export.hpp"

#include <cmath>

#include "formats/export_writers.hpp"
#include "util/error.hpp"
#include "util/safe_path.hpp"

namespace bordermap::events {

std::optional<ExportFormat> parse_export_format(const std::string& name) {
  if (name == "geojson" || name == "json") return ExportFormat::geojson;
  if (name == "gpkg" || name == "geopackage") return ExportFormat::gpkg;
  if (name == "kml") return ExportFormat::kml;
  if (name == "csv") return ExportFormat::csv;
  return std::nullopt;
}

void export_events(const std::vector<Event>& events, ExportFormat format, const std::filesystem::path& out) {
  if (out.empty()) throw InputError("no output file given");
  util::require_local_path(out.string(), util::PathUse::output, "cannot write");
  auto dir = out.parent_path();
  if (!dir.empty() && !std::filesystem::is_directory(dir))
    throw InputError("cannot write " + out.string() + ": folder " + dir.string() + " does not exist");
  switch (format) {
    case ExportFormat::geojson: detail::write_geojson(events, out); break;
    case ExportFormat::gpkg: detail::write_gpkg(events, out); break;
    case ExportFormat::kml: detail::write_kml(events, out); break;
    case ExportFormat::csv: detail::write_csv(events, out); break;
  }
}

namespace detail {

bool has_point(const Event& e) {
  const auto& l = e.location;
  if (!l.lat || !l.lon) return false;
  if (!std::isfinite(*l.lat) || !std::isfinite(*l.lon) || std::fabs(*l.lat) > 90 || std::fabs(*l.lon) > 180)
    throw InputError("event " + e.id + " has coordinates outside WGS84 (lat " + std::to_string(*l.lat) + ", lon " +
                     std::to_string(*l.lon) + "); not exported");
  return true;
}

}  // namespace detail
}  // namespace bordermap::events
