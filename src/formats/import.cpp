#include "formats/import.hpp"

#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "formats/import_readers.hpp"
#include "util/error.hpp"
#include "util/safe_path.hpp"

namespace bordermap::events {
namespace {

enum class Sniffed { geojson, csv, gpkg };

// By content, not by name: a file called .csv that holds JSON is read as JSON.
Sniffed sniff(const std::filesystem::path& file, const std::string& head) {
  if (head.size() >= 16 && std::memcmp(head.data(), "SQLite format 3", 16) == 0) return Sniffed::gpkg;
  std::size_t i = head.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && (head[i] == '{' || head[i] == '[')) return Sniffed::geojson;
  auto ext = file.extension().string();
  if (i == head.size() && (ext == ".geojson" || ext == ".json")) return Sniffed::geojson;
  return Sniffed::csv;
}

}  // namespace

namespace detail {

std::string id_problem(std::string_view id) {
  for (std::size_t i = 0; i < id.size(); ++i) {
    const auto c = static_cast<unsigned char>(id[i]);
    if (c < 0x20 || c == 0x7f) {
      char code[8];
      std::snprintf(code, sizeof code, "0x%02X", c);
      return std::string("the id holds a control character (") + code + " at byte " + std::to_string(i) +
             "); ids must be printable";
    }
  }
  return {};
}

}  // namespace detail

ImportResult import_events(const std::filesystem::path& file) {
  util::require_local_path(file.string(), util::PathUse::input, "cannot import");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec))
    throw InputError("cannot read " + file.string() + ": " +
                     (std::filesystem::exists(file, ec) ? "not a regular file" : "no such file"));
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError("cannot read " + file.string() + ": permission denied or unreadable");
  std::string head(512, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.find_first_not_of(" \t\r\n") == std::string::npos && head.size() < 512)
    throw InputError(file.string() + ": the file is empty");
  in.clear();
  in.seekg(0);

  switch (sniff(file, head)) {
    case Sniffed::gpkg:
      in.close();
      return detail::import_gpkg(file);
    case Sniffed::geojson: {
      std::ostringstream all;
      all << in.rdbuf();
      return detail::import_geojson(file, all.view());
    }
    case Sniffed::csv:
      return detail::import_csv(file, in);
  }
  return {};
}

}  // namespace bordermap::events
