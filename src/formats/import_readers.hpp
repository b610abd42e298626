#pragma once
// One reader per import format; import_events() (import.cpp) detects which one a file needs.
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>

#include "formats/import.hpp"

namespace bordermap::events::detail {

ImportResult import_geojson(const std::filesystem::path& file, std::string_view text);
ImportResult import_csv(const std::filesystem::path& file, std::istream& in);
ImportResult import_gpkg(const std::filesystem::path& file);

// "" or why `id` cannot be an event id: a control character (NUL, ESC, …) would cut the
// id short in C strings and SQL, or reach a terminal as an escape sequence.
std::string id_problem(std::string_view id);

}  // namespace bordermap::events::detail
