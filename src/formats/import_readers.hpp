#pragma once
// One reader per import format; import_events() (import.cpp) detects which one a file needs.
#include <filesystem>
#include <istream>
#include <string_view>

#include "formats/import.hpp"

namespace bordermap::events::detail {

ImportResult import_geojson(const std::filesystem::path& file, std::string_view text);
ImportResult import_csv(const std::filesystem::path& file, std::istream& in);
ImportResult import_gpkg(const std::filesystem::path& file);

}  // namespace bordermap::events::detail
